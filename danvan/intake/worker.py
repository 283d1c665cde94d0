"""Reading and checking a file in a process of its own, with limits on memory and time.

An uploaded file is read by libraries in C and Rust (python-calamine, pandas' parser, the PDF
reader): a file made to break them can abort the process that reads it, or take all its memory. The dashboard serves the
whole office from one process, so it never reads an upload itself: `check_file` runs
`validate.check` in a child process (`python -m danvan.intake.worker`) against the same published
version the page reads, and gets the report back. A child that is killed by a signal (an abort, a
segmentation fault), exits with an error, grows past the memory limit or runs past the time limit
becomes a report with one Vietnamese error for that file; the process that asked goes on.
`document_text` does the same for a document uploaded for extraction, and `import_file` runs the
command line's whole import in a child (check, write, publish: only the printed answer comes back,
not the million-row report).

`run_isolated` is the supervisor itself (any module speaking the same small protocol): the
progress goes line by line on the child's stdout as JSON, the answer is a pickle in a file.
Limits come from DANVAN_WORKER_MEMORY_MB and DANVAN_WORKER_SECONDS, or the defaults below.
"""

from __future__ import annotations

import json
import logging
import os
import pickle
import queue
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from danvan import labels

log = logging.getLogger(__name__)

# A million-row file's check holds about 2 GB of Python objects at its peak; four is room enough,
# and far from what the machine (24 GB, shared by the office) can give.
DEFAULT_MEMORY_MB = 4096
DEFAULT_SECONDS = 600.0
_POLL = 0.1


@dataclass(frozen=True)
class Limits:
    memory_mb: int = DEFAULT_MEMORY_MB
    seconds: float = DEFAULT_SECONDS

    @classmethod
    def from_env(cls) -> Limits:
        return cls(
            int(os.environ.get("DANVAN_WORKER_MEMORY_MB", DEFAULT_MEMORY_MB)),
            float(os.environ.get("DANVAN_WORKER_SECONDS", DEFAULT_SECONDS)),
        )


class WorkerFailed(RuntimeError):
    """The child did not answer; the message is Vietnamese and says why."""


def run_isolated(
    module: str,
    job: dict,
    payload: bytes,
    progress: Callable[[float, str], None] | None = None,
    limits: Limits | None = None,
):
    """Run `python -m module` on `job` (JSON) and `payload` (bytes, in a file), under limits;
    return what it answered. Raises WorkerFailed with a Vietnamese message otherwise."""
    limits = limits or Limits.from_env()
    step = progress or (lambda _f, _m: None)
    with tempfile.TemporaryDirectory(prefix="danvan-worker-") as tmp:
        folder = Path(tmp)
        (folder / "input").write_bytes(payload)
        (folder / "job.json").write_text(json.dumps(job, ensure_ascii=False), encoding="utf-8")
        root = str(Path(__file__).resolve().parent.parent.parent)  # where `danvan` is importable from
        python_path = os.pathsep.join(p for p in (root, os.environ.get("PYTHONPATH", "")) if p)
        child = subprocess.Popen(
            [sys.executable, "-m", module, str(folder)],
            env=os.environ | {"PYTHONPATH": python_path},
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            preexec_fn=_child_limits,  # sets one limit; nothing else runs between fork and exec
        )
        lines: queue.Queue[bytes | None] = queue.Queue()
        threading.Thread(target=_pump, args=(child.stdout, lines), daemon=True).start()
        errors: list[bytes] = []
        threading.Thread(target=_collect, args=(child.stderr, errors), daemon=True).start()
        started = time.monotonic()
        peak_mb = 0.0
        reason = None
        while child.poll() is None:
            _read_progress(lines, step)
            peak_mb = max(peak_mb, _rss_mb(child.pid))
            if peak_mb > limits.memory_mb:
                reason = labels.WORKER_ERR_MEMORY.format(mb=limits.memory_mb)
            elif time.monotonic() - started > limits.seconds:
                reason = labels.WORKER_ERR_TIME.format(seconds=int(limits.seconds))
            if reason:
                child.kill()
                child.wait()
                break
            time.sleep(_POLL)
        _read_progress(lines, step)
        if reason:
            raise WorkerFailed(reason)
        answer = folder / "answer.pickle"
        if child.returncode == 0 and answer.exists():
            with answer.open("rb") as fh:
                return pickle.load(fh)  # written by our own child, in our own private folder
        detail = b"".join(errors).decode("utf-8", errors="replace")[-4000:]
        if child.returncode < 0:
            name = signal.Signals(-child.returncode).name
            log.error("worker %s killed by %s\n%s", module, name, detail)
            raise WorkerFailed(labels.WORKER_ERR_CRASH.format(signal=name))
        log.error("worker %s exited with %s\n%s", module, child.returncode, detail)
        raise WorkerFailed(labels.WORKER_ERR_FAILED.format(code=child.returncode))


def _child_limits() -> None:
    """In the child, before it runs: no core file of a crash (a large file's memory on disk)."""
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _pump(stream, lines: queue.Queue) -> None:
    for line in stream:
        lines.put(line)
    lines.put(None)


def _collect(stream, errors: list[bytes]) -> None:
    for line in stream:
        errors.append(line)
        if len(errors) > 200:
            del errors[:100]


def _read_progress(lines: queue.Queue, step: Callable[[float, str], None]) -> None:
    while True:
        try:
            line = lines.get_nowait()
        except queue.Empty:
            return
        if line is None:
            return
        try:
            fraction, message = json.loads(line)
        except (ValueError, TypeError):
            continue  # a stray print: not progress
        step(float(fraction), str(message))


def _rss_mb(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    return 0.0


# What the dashboard and the command line call -----------------------------------------------


def check_file(
    warehouse_file: Path,
    data: bytes,
    file_name: str,
    progress: Callable[[float, str], None] | None = None,
    limits: Limits | None = None,
):
    """validate.check of `data` against the warehouse version in `warehouse_file` (opened
    read-only by the child), in a child process. Always returns a report."""
    from danvan.intake import validate

    try:
        return run_isolated(
            "danvan.intake.worker",
            {"task": "check", "warehouse": str(warehouse_file), "file_name": file_name},
            data,
            progress,
            limits,
        )
    except WorkerFailed as exc:
        return validate.failed(data, file_name, str(exc))


def document_text(data: bytes, file_name: str, limits: Limits | None = None) -> str:
    """The text of a document for extraction (documents.text_of: .docx XML, a PDF's text layer),
    read in a child process. Raises documents.DocumentError with a Vietnamese message."""
    from danvan.extract.documents import DocumentError

    try:
        kind, said = run_isolated(
            "danvan.intake.worker", {"task": "document", "file_name": file_name}, data, None, limits
        )
    except WorkerFailed as exc:
        raise DocumentError(str(exc)) from exc
    if kind == "error":
        raise DocumentError(said)
    return said


def import_file(path: Path, data: bytes, file_name: str, limits: Limits | None = None, **options) -> tuple:
    """The command line's import (commit.import_file: check, write, publish) in a child process.
    Only what the command prints comes back — ("done", the JSON summary, the unit names, the
    impact frame) or ("error", a Vietnamese message) — not the report's records. A child killed
    mid-write publishes nothing (its draft is thrown away)."""
    job = {"task": "import", "db": str(path), "file_name": file_name, **options}
    try:
        return run_isolated("danvan.intake.worker", job, data, None, limits)
    except WorkerFailed as exc:
        return ("error", str(exc))


# The child's side -------------------------------------------------------------------------------


def child_main(answer: Callable[[dict, bytes, Callable[[float, str], None]], object]) -> int:
    """The protocol, for a module run by run_isolated: argv[1] is the folder."""
    folder = Path(sys.argv[1])
    job = json.loads((folder / "job.json").read_text(encoding="utf-8"))
    payload = (folder / "input").read_bytes()

    def step(fraction: float, message: str) -> None:
        sys.stdout.write(json.dumps([fraction, message], ensure_ascii=False) + "\n")
        sys.stdout.flush()

    result = answer(job, payload, step)
    tmp = folder / "answer.pickle.tmp"
    with tmp.open("wb") as fh:
        pickle.dump(result, fh, protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(folder / "answer.pickle")
    return 0


# The child's tasks ----------------------------------------------------------------------------


def _check(job: dict, data: bytes, step: Callable[[float, str], None]):
    import duckdb

    from danvan.intake import validate

    with duckdb.connect(job["warehouse"], read_only=True) as con:
        return validate.check(con, data, job["file_name"], step)


def _document(job: dict, data: bytes, step: Callable[[float, str], None]):
    from danvan.extract.documents import DocumentError, text_of

    try:
        return ("text", text_of(job["file_name"], data))
    except DocumentError as exc:
        return ("error", str(exc))


def _import(job: dict, data: bytes, step: Callable[[float, str], None]):
    from danvan.accounts.roles import User
    from danvan.intake import commit
    from danvan.store import versions

    user = User(**job["user"]) if job.get("user") else None
    try:
        report, outcome, names = commit.import_file(
            Path(job["db"]),
            data,
            job["file_name"],
            dry_run=job["dry_run"],
            skip_invalid=job["skip_invalid"],
            imported_by=job["imported_by"],
            user=user,
        )
    except versions.StoreError as exc:
        return ("error", str(exc))
    return ("done", commit.summary(report, outcome), names, outcome.impact)


_TASKS = {"check": _check, "document": _document, "import": _import}


def _answer(job: dict, data: bytes, step: Callable[[float, str], None]):
    return _TASKS[job["task"]](job, data, step)


if __name__ == "__main__":
    raise SystemExit(child_main(_answer))
