"""Writes from the dashboard (an import, a rollback, a reviewed document): on the draft of the
warehouse's next version, published when the block ends (danvan/store/versions.py). Every open
session sees the new figures on its next run; a write that fails publishes nothing. A write that
published may start a compaction in a process of its own (danvan/store/compact.py).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import duckdb

from danvan.store import compact, versions
from ui import cache

# How long a page's write waits for another one in progress (an import from the command line, a
# build) before saying so; the command line waits longer (intake/commit.py).
PAGE_WAIT_SECONDS = 60.0


@contextlib.contextmanager
def draft(publish: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection on the next version (publish=False: a trial, thrown away). Raises
    versions.StoreError (WriterBusy included) with a Vietnamese message."""
    with versions.writing(cache.db_path(), publish=publish, wait=PAGE_WAIT_SECONDS) as d:
        yield d.con
    if d.publish:
        compact.start_if_due(Path(cache.db_path()))
