"""Fuzzing the readers: for random bytes, mutated XLSX and CSV files and odd encodings, a check
gives a report — rows, or a Vietnamese error — and never raises. A reader that aborted the process
would end the test run itself (the dashboard reads uploads in a worker, tests/test_intake_worker.py).

Before these fixes such a run found a UTF-8 BOM followed by invalid bytes and an odd-length UTF-16
file within minutes (raw English codec errors)."""

from __future__ import annotations

import codecs
import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from danvan.intake import template, validate

BOMS = [b"", codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE]
ROWS = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\nLai Châu,Hội LHPN,Hội viên,2021,200\nHà Nội,CCB,Dư nợ,Quý I/2024,1,2\n"
ENCODINGS = ["utf-8", "utf-16-le", "utf-16-be", "cp1258", "latin-1"]
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def template_xlsx(small_db) -> bytes:
    import duckdb

    with duckdb.connect(str(small_db), read_only=True) as con:
        return template.xlsx(con)


def _report_or_error(con, data: bytes, name: str) -> None:
    report = validate.check(con, data, name)
    assert report.rows > 0 or not report.issues.empty  # figures, or words saying why there are none
    for message in report.issues["message"]:
        assert isinstance(message, str) and message
        assert "codec" not in message and "Traceback" not in message  # no raw English errors


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["x.csv", "x.xlsx", "x.ods", "x.xls"]))
def test_random_bytes(small_con, data, name):
    _report_or_error(small_con, data, name)


@FUZZ
@given(
    st.sampled_from(BOMS),
    st.sampled_from(ENCODINGS),
    st.binary(max_size=64),
    st.integers(0, 400),
    st.booleans(),
)
def test_csv_in_odd_encodings_cut_anywhere_with_bytes_spliced_in(small_con, bom, encoding, junk, at, cut):
    body = ROWS.encode(encoding, errors="replace")
    at = min(at, len(body))
    data = bom + body[:at] + junk + body[at:]
    if cut:
        data = data[: max(1, len(data) - 1 - at % 3)]  # odd lengths: UTF-16 cut mid-character
    _report_or_error(small_con, data, "x.csv")


@FUZZ
@given(st.data())
def test_mutated_xlsx(small_con, template_xlsx, data):
    raw = bytearray(template_xlsx)
    how = data.draw(st.sampled_from(["flip", "truncate", "member"]))
    if how == "flip":
        for _ in range(data.draw(st.integers(1, 20))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
    elif how == "truncate":
        raw = raw[: data.draw(st.integers(4, len(raw) - 1))]
    else:  # a well-formed zip whose sheet XML is damaged
        with zipfile.ZipFile(io.BytesIO(template_xlsx)) as z:
            members = {n: z.read(n) for n in z.namelist()}
        sheet = next(n for n in members if n.startswith("xl/worksheets/"))
        xml = members[sheet]
        at = data.draw(st.integers(0, len(xml)))
        members[sheet] = (
            xml[:at] + data.draw(st.binary(max_size=40)) + xml[at + data.draw(st.integers(0, 40)) :]
        )
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w") as z:
            for name, content in members.items():
                z.writestr(name, content)
        raw = bytearray(out.getvalue())
    _report_or_error(small_con, bytes(raw), "x.xlsx")


def _docx(text: str) -> bytes:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f'<w:document xmlns:w="{w}"><w:body><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:body></w:document>'
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", xml)
    return out.getvalue()


@FUZZ
@given(st.data())
def test_documents_for_extraction_read_or_say_why_in_vietnamese(data):
    from danvan.extract.documents import DocumentError, text_of

    kind = data.draw(st.sampled_from(["docx", "pdf", "txt"]))
    if kind == "docx":
        raw = bytearray(_docx("Hội LHPN có 180.455 hội viên."))
        for _ in range(data.draw(st.integers(0, 12))):
            raw[data.draw(st.integers(0, len(raw) - 1))] = data.draw(st.integers(0, 255))
        raw = raw[: data.draw(st.integers(1, len(raw)))]
    elif kind == "pdf":
        raw = b"%PDF-1." + data.draw(st.binary(max_size=400))
    else:
        raw = data.draw(st.sampled_from(BOMS)) + data.draw(st.binary(max_size=200))
    try:
        text = text_of(f"x.{kind}", bytes(raw))
    except DocumentError as exc:
        message = str(exc)
        assert message.startswith("Không đọc được tệp «x.") or "PDF" in message
        assert "Error" not in message and "codec" not in message  # no library's English words
    else:
        assert isinstance(text, str)
