"""Committing a checked file as one import batch; listing and rolling back batches.

A batch is a `source` row (kind 'import', source_id 'batch:<id>') with its facts. The rules:
* By default a file with any error is rejected whole. With `skip_invalid` exactly the records
  the report calls valid are written.
* One transaction through the one write path (danvan/store/write.py): the source row, the facts,
  the new periods and the refreshed derived tables commit together or not at all. The callers
  write on the draft of the warehouse's next version (store/versions.py), published when done: a
  killed process leaves the published warehouse as it was.
* The same file (same SHA-256) already imported and active: nothing changes.
* A newer batch wins over older values for the same key when deriving; nothing is deleted, so
  history stays. Rollback marks the batch 'rolled_back' and re-derives.
* The original file is kept under <warehouse dir>/archive/<batch_id>__<file name>.
"""

from __future__ import annotations

import getpass
import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pandas as pd

from danvan import labels
from danvan.accounts import audit, scope
from danvan.accounts.roles import Action, User
from danvan.intake.validate import Report
from danvan.store import compact, versions, write
from danvan.store import impact as impacts

_SAFE_NAME = re.compile(r"[^\w.\-]+", re.UNICODE)


class CommitError(RuntimeError):
    """A commit or rollback that cannot be done; Vietnamese message."""


@dataclass
class Outcome:
    status: str  # committed, unchanged (same file already active), rejected, dry_run
    batch_id: str | None
    accepted: int
    message: str
    # what the write changes on screen (store/impact.py), and the warnings among it
    impact: pd.DataFrame | None = None
    impact_warnings: list[str] = field(default_factory=list)


@dataclass
class RolledBack:
    facts: int  # the batch's facts that stop counting
    impact: pd.DataFrame
    impact_warnings: list[str] = field(default_factory=list)


def default_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"


def warehouse_dir(con: duckdb.DuckDBPyConnection) -> Path:
    """The warehouse's folder (beside its link, not among its versions)."""
    path = con.execute(
        "select path from duckdb_databases() where database_name = current_database()"
    ).fetchall()[0][0]
    return versions.home(Path(path)) if path else Path.cwd()


def archive_path(con: duckdb.DuckDBPyConnection, batch_id: str, file_name: str) -> Path:
    safe = _SAFE_NAME.sub("_", Path(file_name).name) or "file"
    return warehouse_dir(con) / "archive" / f"{batch_id}__{safe}"


def sweep_archive(con: duckdb.DuckDBPyConnection) -> list[str]:
    """Remove the archived files of batches the warehouse does not know: a writer killed after it
    kept the original and before it published left them. Called by a writer (under the write lock,
    so no other batch is on its way); returns the names removed."""
    folder = warehouse_dir(con) / "archive"
    if not folder.is_dir():
        return []
    known = {r[0] for r in con.execute("select source_id from source where kind = 'import'").fetchall()}
    removed = []
    for file in folder.iterdir():
        batch_id = file.name.split("__", 1)[0]
        if "__" in file.name and f"batch:{batch_id}" not in known:
            file.unlink(missing_ok=True)
            removed.append(file.name)
    return removed


def _active_batch(con, sha: str) -> str | None:
    row = con.execute(
        "select source_id from source where kind = 'import' and status = 'active' and file_sha256 = $sha "
        "order by imported_at desc limit 1",
        {"sha": sha},
    ).fetchall()
    return row[0][0].removeprefix("batch:") if row else None


def _new_batch_id(con, sha: str, now: datetime) -> str:
    base = f"{now:%Y%m%d-%H%M%S}-{sha[:8]}"
    batch_id, n = base, 1
    while con.execute("select 1 from source where source_id = $id", {"id": f"batch:{batch_id}"}).fetchall():
        n += 1
        batch_id = f"{base}-{n}"
    return batch_id


# The report's valid records become facts in SQL, read from the records frame as it is (no copy,
# no per-cell conversion): the evidence is "sheet!cell" (and the row's note), and the rows go in key
# order, which writes faster than the file's order (1 M rows: 0.37 s against 0.49 s).
_FACTS = (
    "select locality_id, organization, indicator, breakdown, period_id, value, approx, "
    "concat(sheet, '!', letter, row, case when note = '' then '' else ' — ' || note end) as evidence "
    "from intake_records where valid order by locality_id, organization, indicator, breakdown, period_id"
)


def commit(
    con: duckdb.DuckDBPyConnection,
    report: Report,
    data: bytes,
    *,
    skip_invalid: bool = False,
    imported_by: str | None = None,
    progress=None,
    user: User | None = None,
) -> Outcome:
    """Write the report's accepted records as one batch (or nothing); see the module docstring.
    On behalf of `user` (the dashboard always names one): its role must allow imports and every
    row lie inside its scope, or nothing is written; the batch names the user."""
    if user is not None:
        refused = _refused(con, report, user, skip_invalid)
        if refused:
            return Outcome("rejected", None, 0, refused)
        imported_by = user.name or imported_by
    return _write(con, report, data, skip_invalid, imported_by, progress, keep=True)


def trial(
    con: duckdb.DuckDBPyConnection, report: Report, *, skip_invalid: bool = False, progress=None
) -> Outcome:
    """What a commit would change on screen, without keeping anything: the same write, its
    derived tables refreshed and read, then rolled back (status 'dry_run' with the impact)."""
    return _write(con, report, b"", skip_invalid, None, progress, keep=False)


def _write(
    con, report: Report, data: bytes, skip_invalid: bool, imported_by, progress, keep: bool
) -> Outcome:
    step = progress or (lambda _f, _m: None)
    accepted = report.accepted(skip_invalid)
    if not report.errors.empty and not skip_invalid:
        return Outcome("rejected", None, 0, labels.IMP_MSG_REJECTED.format(errors=len(report.errors)))
    if accepted == 0:
        return Outcome("rejected", None, 0, labels.IMP_MSG_NOTHING_VALID)
    existing = _active_batch(con, report.sha256)
    if existing:
        return Outcome("unchanged", existing, 0, labels.IMP_MSG_UNCHANGED.format(batch_id=existing))
    if keep:
        sweep_archive(con)
    now = datetime.now(UTC).replace(tzinfo=None)  # microseconds: orders two batches of one second
    batch_id = _new_batch_id(con, report.sha256, now)
    archived = archive_path(con, batch_id, report.file_name)

    def keep_original() -> None:
        step(0.97, labels.IMP_STEP_SAVING)
        archived.parent.mkdir(parents=True, exist_ok=True)
        with open(archived, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())

    source = {
        "kind": "import",
        "title": labels.IMP_SOURCE_TITLE.format(file=report.file_name),
        "file_name": report.file_name,
        "file_sha256": report.sha256,
        "imported_by": imported_by or default_user(),
        "imported_at": now,
        "rows_total": report.rows,
        "rows_accepted": report.n_valid,
        "status": "active",
    }
    con.register("intake_records", report.records)
    try:
        written = write.write_source(
            con,
            f"batch:{batch_id}",
            source=source,
            facts=con.sql(_FACTS),
            keep=keep,
            before_commit=keep_original if keep else None,
            progress=step,
        )
    except BaseException:
        if keep:
            archived.unlink(missing_ok=True)
        raise
    finally:
        con.unregister("intake_records")
    if not keep:
        message = labels.IMP_MSG_DRY_RUN_OK.format(n=written.facts)
        return Outcome("dry_run", None, written.facts, message, written.impact, written.impact_warnings)
    return Outcome(
        "committed",
        batch_id,
        written.facts,
        labels.IMP_MSG_COMMITTED.format(batch_id=batch_id, n=written.facts),
        written.impact,
        written.impact_warnings,
    )


def batches(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Every import batch, newest first."""
    return con.execute(
        "select replace(source_id, 'batch:', '') as batch_id, status, file_name, file_sha256, imported_by, "
        "imported_at, rows_total, rows_accepted from source where kind = 'import' "
        "order by imported_at desc, source_id desc"
    ).df()


def rollback(con: duckdb.DuckDBPyConnection, batch_id: str, user: User | None = None) -> RolledBack:
    """Mark a batch rolled back and re-derive; returns how many of its facts stop counting and
    what that changes on screen (the reverse of its import). On behalf of `user`: an admin may
    roll back any batch, an editor one whose figures all lie in its scope (else CommitError)."""
    if user is not None:
        _may_roll_back(con, user, batch_id)
    source_id = batch_id if batch_id.startswith("batch:") else f"batch:{batch_id}"
    rows = con.execute(
        "select status from source where source_id = $id and kind = 'import'", {"id": source_id}
    ).fetchall()
    row = rows[0] if rows else None
    if row is None:
        raise CommitError(labels.IMP_ERR_NO_BATCH.format(batch_id=batch_id))
    if row[0] == "rolled_back":
        raise CommitError(labels.IMP_ERR_ALREADY_ROLLED_BACK.format(batch_id=batch_id))
    written = write.write_source(con, source_id, status="rolled_back")
    return RolledBack(written.facts, written.impact, written.impact_warnings)


def run_import(
    con: duckdb.DuckDBPyConnection,
    data: bytes,
    file_name: str,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    imported_by: str | None = None,
    progress=None,
) -> tuple[Report, Outcome]:
    """Check a file and, unless dry_run, commit it: what the page and the command line both do."""
    from danvan.intake.validate import check

    step = progress or (lambda _f, _m: None)
    report = check(con, data, file_name, lambda f, m: step(f * 0.8, m))
    outcome = _write_checked(con, report, data, dry_run, skip_invalid, imported_by, step)
    step(1.0, outcome.message)
    return report, outcome


def _write_checked(
    con, report: Report, data: bytes, dry_run: bool, skip_invalid: bool, imported_by, step
) -> Outcome:
    if dry_run:
        outcome = trial(con, report, skip_invalid=skip_invalid, progress=step)
        if outcome.status == "rejected":
            outcome.message = labels.IMP_MSG_DRY_RUN_BAD
    else:
        step(0.85, labels.IMP_STEP_COMMITTING)
        outcome = commit(con, report, data, skip_invalid=skip_invalid, imported_by=imported_by, progress=step)
    return outcome


# How long an import or rollback from the command line waits for a write in progress (another
# import, a build) before giving up with a message; the dashboard waits less (ui/writes.py).
CLI_WAIT_SECONDS = 300.0


def import_file(
    path: Path,
    data: bytes,
    file_name: str,
    *,
    dry_run: bool = False,
    skip_invalid: bool = False,
    imported_by: str | None = None,
    wait: float = CLI_WAIT_SECONDS,
    progress=None,
    user: User | None = None,
    address: str = audit.COMMAND_LINE,
) -> tuple[Report, Outcome, dict]:
    """The command line's import of the warehouse at `path`: the check reads the published
    version; the write goes to the draft of the next one, published when done (a dry run's draft
    is thrown away). Returns the report, the outcome and the names the impact is told with.
    On behalf of `user`: its role must allow imports and every row must lie inside its scope, or
    nothing is written; the batch names it, and the audit trail too (a committed import always
    is an audit line, by `imported_by` or the system's account without a user)."""
    from danvan.intake.validate import check

    step = progress or (lambda _f, _m: None)
    snap = versions.open_snapshot(path)
    try:
        report = check(snap.con, data, file_name, lambda f, m: step(f * 0.8, m))
        refused = _refused(snap.con, report, user, skip_invalid)
        names = impacts.names(snap.con) if refused else {}
    finally:
        snap.close()
    if refused:
        outcome = Outcome("rejected", None, 0, refused)
        step(1.0, outcome.message)
        return report, outcome, names
    by = user.name if user is not None else imported_by
    with versions.writing(path, publish=not dry_run, wait=wait) as draft:
        outcome = _write_checked(draft.con, report, data, dry_run, skip_invalid, by, step)
        names = impacts.names(draft.con)
    if outcome.status == "committed":
        record_import(path, outcome, file_name, by, address)
        compact.start_if_due(path)
    step(1.0, outcome.message)
    return report, outcome, names


def record_import(path: Path, outcome: Outcome, file_name: str, by: str | None, address: str) -> None:
    """The audit line of a committed import (written once its version is published)."""
    detail = labels.AUDIT_IMPORT.format(batch_id=outcome.batch_id, file=file_name, n=outcome.accepted)
    audit.append(path, "import", user=by or default_user(), detail=detail, address=address)


def record_rollback(path: Path, batch_id: str, user: User | None, address: str) -> None:
    by = (user.name if user else None) or default_user()
    audit.append(path, "rollback", user=by, detail=batch_id, address=address)


def _refused(con, report: Report, user: User | None, skip_invalid: bool) -> str | None:
    """Why an account may not write this file (its role, or rows outside its scope), or None."""
    if user is None:
        return None
    if not user.may(Action.IMPORT):
        return labels.ACC_ERR_MAY_NOT_IMPORT.format(
            name=user.name, role=labels.ROLE_NAME.get(user.role, user.role)
        )
    if user.scope is None or report.records.empty:
        return None
    records = report.valid_records() if skip_invalid else report.records
    outside = scope.outside_rows(con, user.scope, records)
    if outside.empty:
        return None
    return scope.refusal(user.name, scope.scope_name(con, user.scope), outside)


def rollback_batch(
    path: Path,
    batch_id: str,
    wait: float = CLI_WAIT_SECONDS,
    user: User | None = None,
    address: str = audit.COMMAND_LINE,
) -> tuple[RolledBack, dict]:
    """The command line's rollback: written to the next version and published. On behalf of a
    user: an admin may roll back any batch, an editor one whose figures all lie in its scope."""
    with versions.writing(path, wait=wait) as draft:
        done = rollback(draft.con, batch_id, user)
        names = impacts.names(draft.con)
    record_rollback(path, batch_id, user, address)
    compact.start_if_due(path)
    return done, names


def _may_roll_back(con, user: User, batch_id: str) -> None:
    if user.may(Action.ROLLBACK_ANY):
        return
    role = labels.ROLE_NAME.get(user.role, user.role)
    if not user.may(Action.IMPORT):
        raise CommitError(labels.ACC_ERR_MAY_NOT_IMPORT.format(name=user.name, role=role))
    if user.scope is None:
        return
    source_id = batch_id if batch_id.startswith("batch:") else f"batch:{batch_id}"
    units = [
        r[0]
        for r in con.execute(
            "select distinct locality_id from fact where source_id = $id", {"id": source_id}
        ).fetchall()
    ]
    if len(scope.inside(con, user.scope, units)) < len(units):
        raise CommitError(
            labels.ACC_ERR_MAY_NOT_ROLLBACK.format(
                name=user.name, role=role, scope=scope.scope_name(con, user.scope)
            )
        )


def summary(report: Report, outcome: Outcome) -> dict:
    """The JSON object of `python -m danvan import --json` (one object, see the README)."""

    def issues(frame: pd.DataFrame) -> list[dict]:
        # column by column: a million-row file can have hundreds of thousands of warnings
        sheet, column, message, suggestion = (
            frame[c].tolist() for c in ("sheet", "column", "message", "suggestion")
        )
        row = [None if pd.isna(r) else int(r) for r in frame["row"].tolist()]
        value = ["" if v is None else str(v) for v in frame["value"].tolist()]
        keys = ("sheet", "row", "column", "value", "message", "suggestion")
        return [
            dict(zip(keys, t, strict=True))
            for t in zip(sheet, row, column, value, message, suggestion, strict=True)
        ]

    ok = outcome.status in ("committed", "unchanged", "dry_run")
    said = [
        {"sheet": report.file_name, "row": None, "column": "", "value": "", "message": m, "suggestion": ""}
        for m in outcome.impact_warnings
    ]
    return {
        "ok": ok,
        "file": report.file_name,
        "rows": report.rows,
        "accepted": outcome.accepted,
        "errors": issues(report.errors),
        "warnings": issues(report.warnings) + said,
        "impact": impacts.as_json(outcome.impact) if outcome.impact is not None else [],
        "batch_id": outcome.batch_id,
        "status": outcome.status,
        "message": outcome.message,
        "sha256": report.sha256,
    }
