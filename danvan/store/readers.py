"""The published versions a long-running process reads (a dashboard server), one snapshot each.

A page's run pins the version published when it starts (`pinned()`), so every figure of one screen
comes from one version even if a write publishes meanwhile; the next run pins the new one. A
version nobody has pinned is closed as soon as a newer one is published — at the next pin, or by a
watcher thread that looks every few seconds, so that an idle server does not keep an old version
on disk — and then removed from disk if no other process reads it (versions.remove_unused).
"""

from __future__ import annotations

import atexit
import contextlib
import threading
from collections.abc import Iterator
from pathlib import Path

from danvan.store import versions


class Readers:
    def __init__(self, path: str | Path, memory_limit: str | None = None, watch_seconds: float = 2.0) -> None:
        self.path = Path(path)
        self.memory_limit = memory_limit
        self.watch_seconds = watch_seconds
        self._lock = threading.Lock()
        self._current: versions.Snapshot | None = None
        self._pins: dict[int, int] = {}  # id(snapshot) -> runs using it
        self._retired: list[versions.Snapshot] = []
        self._watcher: threading.Thread | None = None
        self._closed = threading.Event()
        atexit.register(self.close)  # close DuckDB before the interpreter tears its bindings down

    def _published_changed(self) -> bool:
        return self._current is None or versions.published(self.path) != self._current.file

    def _refresh(self) -> None:
        """Open the published version if it is new; close the old ones nobody pins (lock held)."""
        if self._published_changed():
            snap = versions.open_snapshot(self.path, self.memory_limit)
            if self._current is not None:
                self._retired.append(self._current)
            self._current = snap
        self._close_retired()

    def _close_retired(self) -> None:
        closed = False
        for snap in list(self._retired):
            if not self._pins.get(id(snap)):
                self._retired.remove(snap)
                self._pins.pop(id(snap), None)
                snap.close()
                closed = True
        if closed:
            versions.remove_unused(self.path)

    def acquire(self) -> versions.Snapshot:
        """The published version, pinned until `release`."""
        with self._lock:
            self._refresh()
            snap = self._current
            self._pins[id(snap)] = self._pins.get(id(snap), 0) + 1
        self._watch()
        return snap

    def release(self, snap: versions.Snapshot) -> None:
        with self._lock:
            self._pins[id(snap)] = max(0, self._pins.get(id(snap), 0) - 1)
            self._close_retired()

    @contextlib.contextmanager
    def pinned(self) -> Iterator[versions.Snapshot]:
        snap = self.acquire()
        try:
            yield snap
        finally:
            self.release(snap)

    def current(self) -> versions.Snapshot:
        """The published version, unpinned (for a call outside a pinned run)."""
        with self._lock:
            self._refresh()
            return self._current

    def _watch(self) -> None:
        if self._watcher is not None or self.watch_seconds <= 0:
            return
        self._watcher = threading.Thread(target=self._loop, name="danvan-readers", daemon=True)
        self._watcher.start()

    def _loop(self) -> None:
        while not self._closed.wait(self.watch_seconds):
            with self._lock, contextlib.suppress(versions.StoreError):
                if self._current is not None and self._published_changed():
                    self._refresh()

    def close(self) -> None:
        self._closed.set()
        with self._lock:
            for snap in [*self._retired, *([self._current] if self._current else [])]:
                snap.close()
            self._retired, self._current = [], None
