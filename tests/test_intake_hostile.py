"""Hostile files: each one, generated here, is read into a Vietnamese error that says what is wrong
and where — never an exception, never a crash of the process that reads it.

* an XLSX of 1.8 KB whose only cell sits at XFD1048576 (read from A1, 17 billion cells: python-calamine
  panics or the process runs out of memory);
* a CSV with a 1 MB cell (the csv module's field limit);
* a UTF-16 CSV cut in the middle of a character;
* a UTF-8 BOM followed by legacy bytes, mixed with UTF-8, and a legacy file with a stray BOM.
"""

from __future__ import annotations

import io
import subprocess
import sys

import pytest
import xlsxwriter

from danvan import labels
from danvan.intake import reading, validate
from tests.conftest import ROOT

HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\n"


def corner_xlsx() -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.add_worksheet("Số liệu").write(1_048_575, 16_383, 1)
    book.close()
    return out.getvalue()


def errors_of(con, data: bytes, name: str) -> list[str]:
    report = validate.check(con, data, name)
    assert report.rows == 0
    return report.errors["message"].tolist()


def test_a_sheet_whose_last_cell_is_at_the_far_corner_is_refused_by_its_extent(small_con):
    data = corner_xlsx()
    assert len(data) < 6_000
    [message] = errors_of(small_con, data, "góc.xlsx")
    assert "«Số liệu»" in message and "XFD1048576" in message
    assert "17.179.869.184 ô" in message and "20.000.000" in message  # 1048576 × 16384


def test_the_far_corner_sheet_in_a_fresh_process_ends_with_a_message_not_an_abort(small_db, tmp_path):
    path = tmp_path / "góc.xlsx"
    path.write_bytes(corner_xlsx())
    out = subprocess.run(
        [sys.executable, "-m", "danvan", "--db", str(small_db), "import", str(path), "--dry-run", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode not in (0,) and out.returncode > 0  # a refusal, not a signal
    assert "Traceback" not in out.stderr and "XFD1048576" in out.stdout


def test_a_csv_cell_of_a_megabyte_names_its_line(small_con):
    data = (HEADER + "Hà Nội,Hội LHPN,Hội viên,2024,1\n" + "x" * 1_048_576 + ",a,b,c,1\n").encode("utf-8")
    [message] = errors_of(small_con, data, "ô dài.csv")
    assert message == labels.IMP_ERR_CSV_LONG_CELL.format(line=3, limit="131.072")


def test_a_utf16_file_cut_in_the_middle_of_a_character(small_con):
    data = (HEADER + "Hà Nội,Hội LHPN,Hội viên,2024,1\n").encode("utf-16")[:-1]
    [message] = errors_of(small_con, data, "cắt.csv")
    assert message == labels.IMP_ERR_UTF16_CUT.format(line=2)  # the cut falls in line 2's newline


def test_a_bom_then_utf8_mixed_with_legacy_bytes_names_the_line_and_byte(small_con):
    head = (HEADER + "Hà Nội,Hội LHPN,Hội viên,2024,1\n").encode("utf-8")
    data = b"\xef\xbb\xbf" + head + b"L\xe0i Ch\xa9u,x,y,2024,2\n"  # line 3: legacy bytes
    [message] = errors_of(small_con, data, "trộn.csv")
    position = 3 + len(head) + 2  # the BOM, lines 1-2, then "L" and the first bad byte
    assert message == labels.IMP_ERR_UNDECODABLE.format(line=3, position=position)


def test_a_legacy_file_behind_a_stray_bom_is_read_as_legacy():
    tcvn3 = b"Dia phuong,Gia tri\r\nLai Ch\xa9u,1\r\nH\xb5 N\xe9i,2\r\n"
    book = reading.read(b"\xef\xbb\xbf" + tcvn3, "tcvn3.csv")
    assert book.legacy == "tcvn3"
    assert reading.read(tcvn3, "tcvn3.csv").legacy == "tcvn3"


@pytest.mark.parametrize("index, name", [(0, "A"), (25, "Z"), (26, "AA"), (701, "ZZ"), (16_383, "XFD")])
def test_column_letters(index, name):
    assert reading.letter(index) == name
