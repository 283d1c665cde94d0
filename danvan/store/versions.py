"""Published versions of the warehouse: one writer makes the next, readers open the current one.

The warehouse a path names (`data/warehouse.duckdb`) is a symbolic link to the published version,
`data/warehouse.duckdb.versions/000007.duckdb`. Every version is complete and never written again.

* A writer takes the write lock (`write.lock`, an exclusive `flock`: the kernel releases it when
  the process dies, even by `kill -9`), copies the published version to `000008.duckdb.next` (or
  starts an empty one, for a build), writes there, checkpoints and closes it, renames it to
  `000008.duckdb` and swaps the link in one `rename`. Until that rename readers see version 7 and
  nothing of the write; after it, the next reader opens version 8. A killed writer leaves a
  `.next` file that the next writer deletes.
* A reader resolves the link, takes a shared `flock` on the version's `.readers` file and opens the
  version read-only (DuckDB lets any number of processes read one file). The shared lock says "a
  reader may still need this version".
* Old versions are removed by whoever notices them first (a writer after publishing, a reader
  when it lets go of one): a version other than the published one whose `.readers` lock can be
  taken exclusively has no reader left. Disk use: the published version, the one being written,
  and any an open reader still holds (the dashboard lets go of one within seconds of a publish).

A plain file at the path (a warehouse from before versions, or a test's copy) is read as it is
and becomes version 1 at the first write.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import re
import shutil
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import duckdb

from danvan import labels

_VERSION = re.compile(r"^(\d{6})\.duckdb$")
_NEXT = re.compile(r"^(\d{6})\.duckdb\.next(\.wal)?$")
# How long a reader retries when a version vanishes between resolving the link and locking it (two
# publishes in that instant): each try resolves the link again.
_OPEN_TRIES = 50


class StoreError(RuntimeError):
    """A problem a user can act on, with a Vietnamese message."""


class WriterBusy(StoreError):
    """Another process is writing and did not finish within the wait."""


def versions_dir(path: Path) -> Path:
    path = Path(path).absolute()  # compared with resolved links below: never a relative path
    return path.with_name(path.name + ".versions")


def _fsync(path: Path) -> None:
    """Flush a file, or a folder's entries (a rename), to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def published(path: Path) -> Path | None:
    """The file the path stands for now: the published version, or the plain file; None if none."""
    path = Path(path)
    if path.is_symlink():
        return (path.parent / os.readlink(path)).resolve()
    return path.resolve() if path.exists() else None


def home(file: Path) -> Path:
    """The folder of the warehouse a file belongs to (beside the link, not among the versions)."""
    folder = file.resolve().parent
    return folder.parent if folder.name.endswith(".versions") else folder


def version_of(file: Path) -> str:
    """A version's name ("000007"), or "0" for a plain file."""
    match = _VERSION.match(file.name)
    return match.group(1) if match else "0"


def _numbers(folder: Path) -> list[int]:
    if not folder.is_dir():
        return []
    return sorted(
        int(m.group(1)) for name in os.listdir(folder) if (m := _VERSION.match(name) or _NEXT.match(name))
    )


def _next_number(folder: Path) -> int:
    return max(_numbers(folder), default=0) + 1


def _readers_lock(file: Path) -> Path:
    return file.with_name(file.name + ".readers")


# Readers -----------------------------------------------------------------------------------------


@dataclass
class Snapshot:
    """One published version, open read-only, with the shared lock that keeps it on disk."""

    version: str
    file: Path
    con: duckdb.DuckDBPyConnection
    _lock_fd: int | None
    _local: threading.local = field(default_factory=threading.local)

    def cursor(self) -> duckdb.DuckDBPyConnection:
        """This thread's cursor (a DuckDB connection refuses concurrent calls from threads)."""
        cur = getattr(self._local, "cursor", None)
        if cur is None:
            cur = self._local.cursor = self.con.cursor()
            cur.execute("set enable_progress_bar = false")
        return cur

    def close(self) -> None:
        with contextlib.suppress(duckdb.Error):
            self.con.close()
        if self._lock_fd is not None:
            os.close(self._lock_fd)  # releases the shared lock
            self._lock_fd = None


def _lock_shared(file: Path) -> int | None:
    """The shared lock on a version's readers file; None when the version is gone (retry)."""
    try:
        fd = os.open(_readers_lock(file), os.O_RDONLY)
    except FileNotFoundError:
        return None
    try:
        fcntl.flock(fd, fcntl.LOCK_SH | fcntl.LOCK_NB)
    except BlockingIOError:  # a cleaner is deleting it right now
        os.close(fd)
        return None
    if os.fstat(fd).st_nlink == 0 or not file.exists():  # deleted between our open and the lock
        os.close(fd)
        return None
    return fd


def open_snapshot(path: Path, memory_limit: str | None = None) -> Snapshot:
    """Open the published version read-only (see the module docstring). No connection options:
    DuckDB shares one instance per file in a process and refuses a second connection with other
    options, so a limit is set once open."""
    for _ in range(_OPEN_TRIES):
        file = published(path)
        if file is None:
            raise StoreError(labels.ERR_NO_WAREHOUSE.format(path=path))
        fd = None
        if path.is_symlink():
            fd = _lock_shared(file)
            if fd is None:
                time.sleep(0.01)
                continue
        try:
            con = duckdb.connect(str(file), read_only=True)
            if memory_limit:
                con.execute("set memory_limit = $limit", {"limit": memory_limit})
        except duckdb.IOException as exc:
            if fd is not None:
                os.close(fd)
            # a plain file that a process of an older version holds open for writing
            raise StoreError(labels.ERR_WAREHOUSE_BUSY.format(path=path)) from exc
        return Snapshot(version_of(file), file, con, fd)
    if published(path) is None or not published(path).exists():
        raise StoreError(labels.ERR_NO_WAREHOUSE.format(path=path))
    raise StoreError(labels.ERR_WAREHOUSE_BUSY.format(path=path))


def remove_unused(path: Path) -> list[str]:
    """Delete the versions no reader holds, other than the published one; their names."""
    folder = versions_dir(path).resolve()
    current = published(path)
    removed = []
    for number in _numbers(folder):
        file = folder / f"{number:06d}.duckdb"
        if not file.exists() or current is None or file == current:
            continue
        lock = _readers_lock(file)
        try:
            fd = os.open(lock, os.O_RDONLY)
        except FileNotFoundError:
            fd = None
        try:
            if fd is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    continue  # a reader still holds it
            if published(path) == file:  # published since we looked (cannot happen: versions only grow)
                continue
            file.unlink(missing_ok=True)
            Path(str(file) + ".wal").unlink(missing_ok=True)
            lock.unlink(missing_ok=True)
            removed.append(f"{number:06d}")
        finally:
            if fd is not None:
                os.close(fd)
    return removed


# The writer --------------------------------------------------------------------------------------


@contextlib.contextmanager
def _write_lock(path: Path, wait: float) -> Iterator[None]:
    folder = versions_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    fd = os.open(folder / "write.lock", os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WriterBusy(labels.ERR_WRITER_BUSY.format(path=path)) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


def _adopt_plain_file(path: Path) -> None:
    """A plain warehouse file becomes version 1, the path a link to it (under the write lock)."""
    if path.is_symlink() or not path.exists():
        return
    folder = versions_dir(path)
    first = folder / f"{_next_number(folder):06d}.duckdb"
    os.replace(path, first)
    _readers_lock(first).touch()
    _link(path, first)


def _link(path: Path, file: Path) -> None:
    """Point the path at a version in one rename (a reader sees the old link or the new one)."""
    tmp = path.with_name(path.name + ".link")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    os.symlink(os.path.relpath(file, path.parent), tmp)
    os.replace(tmp, path)
    _fsync(path.parent)


@dataclass
class Draft:
    """The next version while it is written: `con` is open read-write on it."""

    path: Path
    file: Path
    con: duckdb.DuckDBPyConnection
    base: Path | None  # the published version when the write began (copied unless started empty)
    publish: bool = True  # False: thrown away at the end (a trial write)


@contextlib.contextmanager
def writing(
    path: str | os.PathLike,
    *,
    empty: bool = False,
    publish: bool = True,
    wait: float = 0.0,
    config: dict | None = None,
) -> Iterator[Draft]:
    """Write the next version and publish it when the block ends without an error.

    empty: start from an empty file (a build) instead of a copy of the published version.
    publish: False for a trial: the draft is deleted at the end whatever happens.
    wait: seconds to wait for another writer; then WriterBusy (its message says who to wait for).
    """
    path = Path(path)
    try:
        with _writing(path, empty, publish, wait, config) as draft:
            yield draft
    except StoreError:
        raise
    except (OSError, duckdb.Error) as exc:
        said = environment_error(exc, versions_dir(path))
        if said is None:
            raise
        raise StoreError(said) from exc


# What the environment does to a write, by errno, and as DuckDB words it in its IOException.
_ENVIRONMENT = (
    ((errno.ENOSPC, errno.EDQUOT), ("No space left on device", "Disk quota exceeded"), labels.ERR_DISK_FULL),
    ((errno.EROFS,), ("Read-only file system",), labels.ERR_READ_ONLY_FOLDER),
    ((errno.EACCES, errno.EPERM), ("Permission denied",), labels.ERR_NO_PERMISSION),
)


def environment_error(exc: BaseException, folder: Path) -> str | None:
    """A Vietnamese message naming what the machine refused (a full disk, a read-only folder, no
    permission), or None for an error that is not the environment's."""
    code = exc.errno if isinstance(exc, OSError) else None
    text = str(exc)
    for codes, words, message in _ENVIRONMENT:
        if code in codes or any(w in text for w in words):
            return message.format(path=folder)
    return None


@contextlib.contextmanager
def _writing(path: Path, empty: bool, publish: bool, wait: float, config: dict | None) -> Iterator[Draft]:
    path.parent.mkdir(parents=True, exist_ok=True)
    with _write_lock(path, wait):
        folder = versions_dir(path)
        for name in os.listdir(folder):  # what a killed writer left
            if _NEXT.match(name):
                (folder / name).unlink(missing_ok=True)
        _adopt_plain_file(path)
        base = published(path)
        if base is None and not empty:
            raise StoreError(labels.ERR_NO_WAREHOUSE.format(path=path))
        number = _next_number(folder)
        draft_file = folder / f"{number:06d}.duckdb.next"
        if not empty:
            try:
                shutil.copyfile(base, draft_file)
            except OSError:
                draft_file.unlink(missing_ok=True)
                raise  # said by writing(): a full disk, most likely
        con = duckdb.connect(str(draft_file), config=config or {})
        con.execute("set enable_progress_bar = false")
        draft = Draft(path, draft_file, con, base, publish)
        try:
            yield draft
            if not draft.publish:
                raise _Discard
            con.execute("checkpoint")
            con.close()
            _fsync(draft_file)
            final = folder / f"{number:06d}.duckdb"
            _readers_lock(final).touch()
            os.replace(draft_file, final)
            _link(path, final)
        except _Discard:
            pass
        finally:
            with contextlib.suppress(duckdb.Error):
                con.close()
            draft_file.unlink(missing_ok=True)
            Path(str(draft_file) + ".wal").unlink(missing_ok=True)
    remove_unused(path)


class _Discard(Exception):
    """Ends a trial write without publishing."""
