"""Backup and restore of what is not rebuilt from data/: import batches (their rows, facts, status
and archived files) and documents reviewed in the app (their text and facts).

    python -m danvan backup FILE      while the dashboard serves: reads the published version
    python -m danvan restore FILE     on this or a new machine: writes the next version

A backup is one zip file: `manifest.json` (what it holds, counts and a SHA-256 per member),
`source.parquet` and `fact.parquet` (the kept sources — warehouse.KEPT_SOURCE_KINDS, the shipped
seed documents excepted, which every build loads — and their facts), and `archive/…`, the original
file of every import batch the warehouse still knows (an archive file whose batch never committed
is not part of it), and `accounts.sqlite` — the accounts, sessions and audit trail
(danvan/accounts/), copied with SQLite's online backup so a sign-in meanwhile does not tear it. It is
written to FILE.tmp and renamed, so a half-written backup never has the name of a backup.

A restore checks every member against the manifest before it writes anything; builds the warehouse
first if there is none (at the backup's demo scale); then, in one write through the one write path
(the next version, published when complete), replaces the kept sources and their facts with the
backup's and derives every table again; the archive files are put back beside the warehouse
before the version is published. The accounts database is put back only where there is none (a
new machine, a lost disk): one that exists holds sign-ins and audit lines newer than the backup.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import duckdb

from danvan import labels, warehouse
from danvan.accounts import db as accounts_db
from danvan.store import derive, versions, write

FORMAT = "danvan-backup"
FORMAT_VERSION = 1
# What a backup holds: the kept sources (warehouse.KEPT_SOURCE_KINDS), not the shipped seed
# documents, which every build loads. Fixed statements: no SQL is built from values.
SOURCES = "select * from source where kind in ('import', 'document') and source_id not like 'doc:seed-%'"
FACTS = (
    "select f.* from fact as f semi join (select source_id from source "
    "where kind in ('import', 'document') and source_id not like 'doc:seed-%') as s using (source_id)"
)
COUNTS = (
    "select (select count(*) from source where kind in ('import', 'document') "
    "and source_id not like 'doc:seed-%'), "
    "(select count(*) from fact semi join (select source_id from source "
    "where kind in ('import', 'document') and source_id not like 'doc:seed-%') as s using (source_id))"
)
DELETE_FACTS = (
    "delete from fact where source_id in (select source_id from source "
    "where kind in ('import', 'document') and source_id not like 'doc:seed-%')"
)
DELETE_SOURCES = "delete from source where kind in ('import', 'document') and source_id not like 'doc:seed-%'"


class BackupError(RuntimeError):
    """A backup that cannot be written or restored; the message is Vietnamese."""


@dataclass(frozen=True)
class Summary:
    sources: int
    facts: int
    archive_files: int
    version: str
    accounts: str = "none"  # 'saved' / 'restored' / 'kept' (one exists) / 'none' (no accounts)


def backup(path: Path, out: Path) -> Summary:
    """Write a backup of the warehouse at `path` to `out` (read from its published version)."""
    from danvan.intake import commit

    snap = versions.open_snapshot(path)
    try:
        con = snap.cursor()
        with tempfile.TemporaryDirectory(prefix="danvan-backup-") as tmp:
            folder = Path(tmp)
            con.sql(SOURCES).write_parquet(str(folder / "source.parquet"))
            con.sql(FACTS).write_parquet(str(folder / "fact.parquet"))
            batches = con.execute(
                "select source_id, file_name from source where kind = 'import' order by source_id"
            ).fetchall()
            sources, facts = con.execute(COUNTS).fetchall()[0]
            scale = dict(con.execute("select key, value from build_info").fetchall()).get(
                "demo_scale", "default"
            )
            archive = []
            for source_id, file_name in batches:
                original = commit.archive_path(con, source_id.removeprefix("batch:"), file_name or "")
                if original.exists():
                    archive.append(original)
            members = {"source.parquet": folder / "source.parquet", "fact.parquet": folder / "fact.parquet"}
            members |= {f"archive/{p.name}": p for p in archive}
            if accounts_db.path_for(path).exists():
                members[ACCOUNTS] = _copy_accounts(path, folder / ACCOUNTS)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
                "warehouse_version": snap.version,
                "schema_version": warehouse.SCHEMA_VERSION,
                "demo_scale": scale,
                "counts": {"sources": sources, "facts": facts, "archive_files": len(archive)},
                "sha256": {name: _sha256(file) for name, file in members.items()},
            }
            _write_zip(out, manifest, members)
    except OSError as exc:
        raise BackupError(labels.BACKUP_ERR_WRITE.format(path=out, detail=exc.strerror or exc)) from exc
    finally:
        snap.close()
    return Summary(sources, facts, len(archive), snap.version, "saved" if ACCOUNTS in members else "none")


ACCOUNTS = "accounts.sqlite"


def _copy_accounts(path: Path, to: Path) -> Path:
    """A consistent copy of the accounts database (SQLite's online backup, while others write)."""
    import sqlite3

    with accounts_db.connect(path) as con, sqlite3.connect(to) as copy:
        con.backup(copy)
    return to


def _restore_accounts(path: Path, data: bytes | None) -> str:
    if data is None:
        return "none"
    target = accounts_db.path_for(path)
    if target.exists():
        return "kept"
    _put(target, data)
    return "restored"


def _write_zip(out: Path, manifest: dict, members: dict[str, Path]) -> None:
    tmp = out.with_name(out.name + ".tmp")
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as z:
            for name, file in members.items():
                z.write(file, name)
            z.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def _sha256(file: Path) -> str:
    digest = hashlib.sha256()
    with open(file, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _read_backup(file: Path) -> tuple[dict, dict[str, bytes]]:
    """The manifest and every member, checked; raises BackupError naming what is wrong."""
    try:
        with zipfile.ZipFile(file) as z:
            manifest = json.loads(z.read("manifest.json"))
            if manifest.get("format") != FORMAT or manifest.get("format_version") != FORMAT_VERSION:
                raise BackupError(labels.BACKUP_ERR_NOT_BACKUP.format(path=file))
            members = {}
            for name, expected in manifest["sha256"].items():
                data = z.read(name)
                if hashlib.sha256(data).hexdigest() != expected:
                    raise BackupError(labels.BACKUP_ERR_DAMAGED.format(path=file, member=name))
                members[name] = data
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BackupError(labels.BACKUP_ERR_NOT_BACKUP.format(path=file)) from exc
    except OSError as exc:
        raise BackupError(labels.BACKUP_ERR_READ.format(path=file, detail=exc.strerror or exc)) from exc
    return manifest, members


def restore(path: Path, file: Path) -> Summary:
    """Put the backup `file` back into the warehouse at `path` (built first if there is none)."""
    manifest, members = _read_backup(file)
    if versions.published(path) is None:
        warehouse.build(path, manifest.get("demo_scale", "default"))
    with tempfile.TemporaryDirectory(prefix="danvan-restore-") as tmp:
        folder = Path(tmp)
        for name in ("source.parquet", "fact.parquet"):
            (folder / name).write_bytes(members[name])
        with versions.writing(path) as draft:
            con = draft.con
            _replace_kept(con, folder)
            home = versions.home(draft.file)
            for name, data in members.items():
                if name.startswith("archive/"):
                    _put(home / "archive" / Path(name).name, data)
            n_sources, n_facts = con.execute(COUNTS).fetchall()[0]
    counts = manifest["counts"]
    if (n_sources, n_facts) != (counts["sources"], counts["facts"]):  # never expected: said if so
        raise BackupError(labels.BACKUP_ERR_COUNTS.format(path=file))
    accounts = _restore_accounts(path, members.get(ACCOUNTS))
    version = versions.version_of(versions.published(path))
    return Summary(n_sources, n_facts, counts["archive_files"], version, accounts)


def _replace_kept(con: duckdb.DuckDBPyConnection, folder: Path) -> None:
    """On the draft of the next version (published only when complete, so no transaction of its
    own: a build's derive creates and drops its intermediate tables, which DuckDB refuses to commit
    in one transaction)."""
    source, fact = str(folder / "source.parquet"), str(folder / "fact.parquet")
    con.execute(DELETE_FACTS)
    con.execute(DELETE_SOURCES)
    con.execute("insert into source by name select * from read_parquet($f)", {"f": source})
    periods = con.execute("select distinct period_id from read_parquet($f)", {"f": fact}).fetchall()
    write.ensure_periods(con, [r[0] for r in periods])
    con.execute("insert into fact by name select * from read_parquet($f)", {"f": fact})
    derive.derive_all(con)


def _put(target: Path, data: bytes) -> None:
    """An archive file back in place (written whole, then named)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".tmp")
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, target)
