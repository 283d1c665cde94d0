"""The warehouse's one write path and its published versions.

* `versions` — the published versions: `writing(path)` makes the next one and publishes it
  atomically; `open_snapshot(path)` opens the published one read-only; old ones are removed once
  no reader holds them.
* `readers` — the versions a long-running process (a dashboard server) reads, pinned per page run.
* `write` — `write_source`: one source's row and facts in one transaction, derived tables
  refreshed for what they touch, and what that changes on screen (`impact`).
* `derive` — the derivation runner: the derived tables in build order, named for what they hold
  (SQL in `derived/`), each with the part of it a write re-derives.
* `compact` — a derived table rewritten in its layout once a fifth of it is deleted or appended
  unsorted by writes (after a write, in a process of its own; nightly).
"""
