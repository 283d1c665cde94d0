"""The worker that reads uploads: whatever kills, starves or stalls it becomes one Vietnamese error
for that file, and the process that asked goes on (danvan/intake/worker.py)."""

from __future__ import annotations

import json
import signal

import pytest

from danvan import labels
from danvan.intake import validate, worker
from danvan.store import versions
from tests.test_intake_hostile import corner_xlsx

FAULTS = "tests.data.worker_faults"
QUICK = worker.Limits(memory_mb=400, seconds=20)


def test_an_answer_and_its_progress_come_back():
    seen = []
    got = worker.run_isolated(FAULTS, {"fault": "none"}, b"12345", lambda f, m: seen.append((f, m)), QUICK)
    assert got == 5 and seen == [(0.5, "nửa chừng")]


@pytest.mark.parametrize(
    "fault, message",
    [
        ("abort", labels.WORKER_ERR_CRASH.format(signal=signal.SIGABRT.name)),
        ("segfault", labels.WORKER_ERR_CRASH.format(signal=signal.SIGSEGV.name)),
        ("memory", labels.WORKER_ERR_MEMORY.format(mb=400)),
        ("raise", labels.WORKER_ERR_FAILED.format(code=1)),
    ],
)
def test_a_dead_starved_or_failing_child_is_one_vietnamese_message(fault, message):
    with pytest.raises(worker.WorkerFailed) as caught:
        worker.run_isolated(FAULTS, {"fault": fault}, b"", None, QUICK)
    assert str(caught.value) == message
    assert "internal detail" not in str(caught.value)


def test_a_stalled_child_is_stopped_at_the_time_limit():
    with pytest.raises(worker.WorkerFailed) as caught:
        worker.run_isolated(FAULTS, {"fault": "sleep"}, b"", None, worker.Limits(400, 2))
    assert str(caught.value) == labels.WORKER_ERR_TIME.format(seconds=2)


def test_check_file_gives_the_same_report_as_checking_in_process(small_db, small_con):
    data = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\nLai Châu,Hội LHPN,Hội viên,2021,200\n".encode()
    file = versions.published(small_db) or small_db
    isolated = worker.check_file(file, data, "một dòng.csv")
    here = validate.check(small_con, data, "một dòng.csv")
    assert isolated.rows == here.rows == 1 and isolated.n_valid == 1
    assert isolated.records.equals(here.records) and isolated.sha256 == here.sha256


def test_check_file_turns_a_refusal_into_the_report_of_that_file(small_db):
    report = worker.check_file(versions.published(small_db) or small_db, corner_xlsx(), "góc.xlsx")
    assert report.rows == 0 and "XFD1048576" in report.errors["message"].iloc[0]


def test_a_document_for_extraction_is_read_in_a_worker():
    from danvan.extract.documents import DocumentError, text_of

    data = "Hội LHPN tỉnh Lai Châu có 180.455 hội viên.\n".encode()
    assert worker.document_text(data, "báo cáo.txt") == text_of("báo cáo.txt", data)
    with pytest.raises(DocumentError) as here:
        text_of("hỏng.pdf", b"%PDF-1.4 not really")
    with pytest.raises(DocumentError) as isolated:  # its own Vietnamese error comes back as it is
        worker.document_text(b"%PDF-1.4 not really", "hỏng.pdf")
    assert str(isolated.value) == str(here.value) and str(here.value).startswith(
        "Không đọc được tệp «hỏng.pdf»"
    )


def test_a_document_that_kills_its_reader_is_a_document_error(monkeypatch):
    from danvan.extract.documents import DocumentError

    real = worker.run_isolated
    monkeypatch.setattr(
        worker, "run_isolated", lambda module, job, *a, **k: real(FAULTS, {"fault": "segfault"}, *a, **k)
    )
    with pytest.raises(DocumentError) as caught:
        worker.document_text(b"PK\x03\x04", "độc.docx")
    assert str(caught.value) == labels.WORKER_ERR_CRASH.format(signal="SIGSEGV")


def test_a_command_line_import_whose_worker_dies_says_so_and_writes_nothing(
    small_db, tmp_path, monkeypatch, capsys
):
    import shutil

    from danvan import cli

    db = tmp_path / "wh.duckdb"
    shutil.copyfile(small_db, db)
    with versions.writing(db):
        pass
    published = versions.published(db)
    real = worker.run_isolated
    monkeypatch.setattr(
        worker, "run_isolated", lambda module, job, *a, **k: real(FAULTS, {"fault": "abort"}, *a, **k)
    )
    csv = tmp_path / "độc.csv"
    csv.write_text(
        "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\nLai Châu,Hội LHPN,Hội viên,2021,200\n", encoding="utf-8"
    )
    assert cli.main(["--db", str(db), "import", str(csv)]) == 2
    assert capsys.readouterr().err.strip() == "Lỗi: " + labels.WORKER_ERR_CRASH.format(signal="SIGABRT")
    assert versions.published(db) == published


def test_a_command_line_import_runs_whole_in_the_worker(small_db, tmp_path, capsys):
    import shutil

    from danvan import cli

    db = tmp_path / "wh.duckdb"
    shutil.copyfile(small_db, db)
    csv = tmp_path / "một.csv"
    csv.write_text(
        "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\nLai Châu,Hội LHPN,Hội viên,2021,200\n", encoding="utf-8"
    )
    assert cli.main(["--db", str(db), "import", str(csv), "--json"]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["ok"] is True and answer["accepted"] == 1
    snap = versions.open_snapshot(db)
    try:
        assert snap.con.execute(
            "select value from fact join source using (source_id) where kind = 'import'"
        ).fetchall() == [(200.0,)]
    finally:
        snap.close()
