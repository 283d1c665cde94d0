"""The four roles, what each may do, and the one notion of a user.

Roles nest: an analyst may do what a viewer does, an editor what an analyst does, an admin
everything. A page or button a role may not use is not shown; the write path checks `may` again.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Action(StrEnum):
    VIEW = "view"  # charts, tables, sources
    DOWNLOAD = "download"  # CSV, images, decks, PDF reports
    IMPORT = "import"  # import files, roll back own-scope batches
    REVIEW = "review"  # save documents reviewed in «Trích xuất báo cáo»
    ROLLBACK_ANY = "rollback_any"  # roll back any batch
    MANAGE_USERS = "manage_users"


ROLES = ("viewer", "analyst", "editor", "admin")
_GRANTS: dict[str, frozenset[Action]] = {
    "viewer": frozenset({Action.VIEW}),
    "analyst": frozenset({Action.VIEW, Action.DOWNLOAD}),
    "editor": frozenset({Action.VIEW, Action.DOWNLOAD, Action.IMPORT, Action.REVIEW}),
    "admin": frozenset(Action),
}


def may(role: str, action: Action) -> bool:
    return action in _GRANTS.get(role, frozenset())


@dataclass(frozen=True)
class User:
    """Who is using the dashboard or the command line on someone's behalf."""

    name: str
    role: str
    scope: str | None = None  # locality_id of a province or commune; None: the whole country
    via: str = "local"  # 'local' (accounts database), 'oidc' (the office's provider), 'none' (no sign-in)

    def may(self, action: Action) -> bool:
        return may(self.role, action)
