"""The page «Nhập dữ liệu», opened directly (AppTest.from_file) on a copy of the test warehouse."""

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from danvan import labels

PAGE = str(Path(__file__).resolve().parent.parent / "app_pages" / "import_data.py")
HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị"


@pytest.fixture
def app(writable_db, monkeypatch):
    monkeypatch.setenv("DANVAN_DB", str(writable_db))
    at = AppTest.from_file(PAGE, default_timeout=60)
    at.run()
    assert not at.exception
    return at


def n_batches(db):
    # Read-only, as the page's own reader: DuckDB shares one instance per file in a process.
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(
            "select count(*) from source where kind = 'import' and status = 'active'"
        ).fetchone()[0]


def upload(at, text, name="f.csv"):
    at.file_uploader[0].set_value((name, text.encode(), "text/csv"))
    at.run()
    assert not at.exception, at.exception


def test_page_opens_with_templates_and_no_batches(app):
    assert app.title[0].value == labels.IMP_PAGE_TITLE
    assert [b.label for b in app.get("download_button")] == [
        labels.IMP_TEMPLATE_DOWNLOAD_XLSX,
        labels.IMP_TEMPLATE_DOWNLOAD_CSV,
    ]
    assert any(c.value == labels.IMP_NO_BATCHES for c in app.caption)


def test_file_with_errors_cannot_be_committed_until_asked(app, writable_db):
    upload(app, f"{HEADER}\nLai Châu,Hội LHPN,Hội viên,2021,200\nLai Chua,Hội LHPN,Hội viên,2021,5\n")
    assert any(w.value == labels.IMP_CANNOT_COMMIT for w in app.warning)
    errors = app.dataframe[0].value
    assert errors[labels.IMP_ISSUE_COLUMNS["row"]].tolist() == [3]
    assert not [b for b in app.button if b.label == labels.IMP_COMMIT_BUTTON]

    next(c for c in app.checkbox if c.label == labels.IMP_SKIP_INVALID).check()
    app.run()
    commit_button = next(b for b in app.button if b.label == labels.IMP_COMMIT_BUTTON)
    commit_button.click()
    app.run()
    assert not app.exception, app.exception
    assert n_batches(writable_db) == 1
    assert any("1 số liệu" in s.value for s in app.success)


def test_commit_then_rollback_from_the_page(app, writable_db):
    upload(app, f"{HEADER}\nLai Châu,Hội LHPN,Hội viên,2021,200\n")
    next(b for b in app.button if b.label == labels.IMP_COMMIT_BUTTON).click()
    app.run()
    assert n_batches(writable_db) == 1
    next(c for c in app.checkbox if c.label == labels.IMP_ROLLBACK_CONFIRM).check()
    app.run()
    next(b for b in app.button if b.label == labels.IMP_ROLLBACK_BUTTON).click()
    app.run()
    assert not app.exception, app.exception
    assert n_batches(writable_db) == 0
    assert any("Đã hủy lô" in s.value for s in app.success)


def test_report_csv_never_carries_a_live_formula(small_db):
    import duckdb as db

    from danvan.intake import display, validate

    text = f"{HEADER}\n=cmd|' /C calc'!A0,Hội LHPN,Hội viên,2021,=1+2\n"
    with db.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, text.encode(), "=evil.csv")
    out = display.report_csv(report).decode("utf-8-sig")
    cells = [c for line in out.splitlines()[1:] for c in line.split(",")]
    assert not any(c.lstrip('"').startswith(("=", "+", "@")) for c in cells)
    assert "'=1+2" in out and "'=cmd|' /C calc'!A0" in out


def test_report_csv_neutralises_every_formula_start_and_quotes_as_csv_does():
    import numpy as np
    import pandas as pd

    from danvan.intake import display, validate

    issues = pd.DataFrame(
        {
            "severity": ["error", "warning", "error"],
            "sheet": ["s", "s", "s"],
            "row": [2, None, 3],
            "column": ["Giá trị", "", "\tTab"],
            "value": ["=1+2", np.nan, "@SUM"],
            "message": ["m", "a, b", 'say "hi"'],
            "suggestion": ["", "+x", "\r-1"],
        }
    )
    report = validate.Report(file_name="-f.csv", sha256="", size=0, issues=issues)
    assert display.report_csv(report).decode("utf-8") == (
        "\ufeffTệp,Mức,Trang tính,Dòng,Cột,Giá trị,Vấn đề,Gợi ý\r\n"
        "'-f.csv,Lỗi,s,2,Giá trị,'=1+2,m,\r\n"
        "'-f.csv,Cảnh báo,s,,,,\"a, b\",'+x\r\n"
        '\'-f.csv,Lỗi,s,3,\'\tTab,\'@SUM,"say ""hi""","\'\r-1"\r\n'
    )


def test_preview_shows_the_first_valid_rows_in_file_order(small_db):
    from danvan.intake import display, validate

    rows = [
        "Lai Châu,Hội LHPN,Hội viên,2021,1",
        "Lai Chua,Hội LHPN,Hội viên,2021,2",  # unknown locality: not previewed
        "Lai Châu,Hội LHPN,Hội viên,2022,3",
        "Lai Châu,Hội LHPN,Hội viên,2023,4",
    ]
    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, "\n".join([HEADER, *rows]).encode(), "f.csv")
    shown = display.preview(report, limit=2)
    value = labels.IMP_PREVIEW_COLUMNS["value"]
    assert shown[value].tolist() == [1.0, 3.0]
    assert display.preview(report)[value].tolist() == [1.0, 3.0, 4.0]


def test_a_long_list_of_issues_is_cut_on_the_page_and_says_so(small_db):
    from danvan.intake import display, validate

    rows = [f"Lai Chua,Hội LHPN,Hội viên,{year},1" for year in (2019, 2020, 2021)]  # three unknown names
    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, "\n".join([HEADER, *rows]).encode(), "f.csv")
    table, caption = display.shown_issues(report.errors, limit=2)
    assert table[labels.IMP_ISSUE_COLUMNS["row"]].tolist() == [2, 3]
    assert caption == labels.IMP_ISSUES_LIMIT.format(shown=2, total=3)
    table, caption = display.shown_issues(report.errors, limit=3)
    assert len(table) == 3 and caption == ""
    assert len(display.report_csv(report).decode("utf-8-sig").splitlines()) == 1 + 3  # the download: all


def test_a_file_that_kills_its_reader_is_an_error_on_the_page_and_the_page_goes_on(app, monkeypatch):
    """The upload is read in a worker process (danvan/intake/worker.py): here the worker dies the
    way a reader aborts on a hostile file, and the page reports it for that file alone."""
    from danvan.intake import worker

    real = worker.run_isolated
    monkeypatch.setattr(
        worker,
        "run_isolated",
        lambda module, job, *a, **k: real("tests.data.worker_faults", {"fault": "abort"}, *a, **k),
    )
    upload(app, f"{HEADER}\nLai Châu,Hội LHPN,Hội viên,2021,200\n", "độc.csv")
    errors = app.dataframe[0].value
    assert errors[labels.IMP_ISSUE_COLUMNS["message"]].tolist() == [
        labels.WORKER_ERR_CRASH.format(signal="SIGABRT")
    ]
    assert not [b for b in app.button if b.label == labels.IMP_COMMIT_BUTTON]
    monkeypatch.setattr(worker, "run_isolated", real)  # the next file is read as usual
    upload(app, f"{HEADER}\nLai Châu,Hội LHPN,Hội viên,2021,200\n", "lành.csv")
    assert [b for b in app.button if b.label == labels.IMP_COMMIT_BUTTON]
