"""Tables in reports (issue 18): rows pasted with TABs, and the tables of a .docx — each cell's
figure with its row's unit or organization and its column's header, the money in the header's unit."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import duckdb
import pytest

from danvan.extract import extract
from danvan.extract.documents import text_of
from danvan.extract.tables import column_reading
from danvan.localities import LocalityIndex

# Our own passage, in the shape of a district bank's report on the entrusted loans.
BY_ORGANIZATION = (
    "Tín dụng chính sách qua hội, đoàn thể huyện Mường Tè\n"
    "Tính đến 30/9/2024, dư nợ ủy thác qua các hội, đoàn thể huyện Mường Tè như sau:\n"
    "Tổ chức nhận ủy thác\tSố tổ TK&VV\tDư nợ (triệu đồng)\tSố hộ còn dư nợ\tTỷ lệ nợ quá hạn (%)\n"
    "Hội Nông dân\t41\t96.250\t2.105\t0,04\n"
    "Hội LHPN\t38\t88.410,5\t1.987\t-\n"
    "Tổng cộng\t79\t184.660,5\t4.092\t0,03\n"
    "Trong 9 tháng, doanh số cho vay đạt 61 tỷ đồng."
)
BY_COMMUNE = (
    "Hội Nông dân huyện Tam Đường tổng kết năm 2021\n"
    "Năm 2021, các cơ sở Hội có kết quả như sau:\n"
    "STT\tĐơn vị\tSố hội viên\tKết nạp mới\n"
    "1\tXã Bản Bo\t1.126\t38\n"
    "2\tXã Bình Lư\t985\t27\n"
)


@pytest.fixture(scope="module")
def index(seeds_db):
    con = duckdb.connect(str(seeds_db), read_only=True)
    yield LocalityIndex(con)
    con.close()


def test_headers_say_what_a_column_counts_and_in_which_unit():
    assert column_reading("Dư nợ (triệu đồng)") == ("loan_balance", 1e6)
    assert column_reading("Dư nợ") is None  # money without its unit: not guessed
    assert column_reading("Số hộ còn dư nợ") == ("borrowing_households", 1.0)
    assert column_reading("Số hội viên") == ("members", 1.0)
    assert column_reading("Kết nạp mới năm 2019") == ("new_members", 1.0)
    assert column_reading("Tỷ lệ nợ quá hạn (%)") == ("overdue_ratio", 1.0)
    assert column_reading("Tỷ lệ hội viên/dân số (%)") is None
    assert column_reading("Đơn vị") is None


def test_a_table_by_organization(index):
    result = extract(BY_ORGANIZATION, index, published=date(2024, 10, 8))
    got = {(c.indicator, c.organization, c.value, c.period) for c in result.candidates}
    assert {
        ("loan_balance", "hoi_nd", 96_250e6, "2024-09-30"),
        ("loan_balance", "hoi_lhpn", 88_410.5e6, "2024-09-30"),
        ("borrowing_households", "hoi_nd", 2105, "2024-09-30"),
        ("borrowing_households", "hoi_lhpn", 1987, "2024-09-30"),
        ("overdue_ratio", "hoi_nd", 0.04, "2024-09-30"),
    } <= got
    # the total row is the district's, all organizations together
    assert ("loan_balance", "combined", 184_660.5e6, "2024-09-30") in got
    # huyện Mường Tè (L107), from the sentence that introduces the table
    assert all(c.locality_code == "L107" for c in result.candidates if "table:row" in c.why)
    nd = next(c for c in result.candidates if c.value == 96_250e6)
    assert nd.sentence == "Hội Nông dân\t41\t96.250\t2.105\t0,04"
    assert "table:column:Dư nợ (triệu đồng)" in nd.why
    # the savings groups' column is read too (not a measured indicator), the disbursement is not
    assert 61e9 not in {c.value for c in result.candidates}


def test_a_table_by_commune_takes_each_rows_unit(index):
    result = extract(BY_COMMUNE, index, published=date(2022, 1, 10))
    got = {(c.indicator, c.value, c.locality, c.period) for c in result.candidates}
    assert got == {
        ("members", 1126, "Xã Bản Bo", "2021"),
        ("new_members", 38, "Xã Bản Bo", "2021"),
        ("members", 985, "Xã Bình Lư", "2021"),
        ("new_members", 27, "Xã Bình Lư", "2021"),
    }


def _docx_with_table(before: str, rows: list[list[str]]) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text):
        return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"

    table = "".join(
        "<w:tr>" + "".join(f"<w:tc>{para(cell)}</w:tc>" for cell in row) + "</w:tr>" for row in rows
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>'
        f"{para(before)}<w:tbl>{table}</w:tbl>{para('Hết.')}</w:body></w:document>"
    )
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", xml)
    return buf.getvalue()


def test_a_docx_table_arrives_as_rows_of_cells(index):
    rows = [["STT", "Đơn vị", "Số hội viên", "Kết nạp mới"], ["1", "Xã Bản Bo", "1.126", "38"]]
    text = text_of(
        "phu-luc.docx", _docx_with_table("Năm 2021, các cơ sở Hội Nông dân có kết quả như sau:", rows)
    )
    assert text.split("\n")[1:3] == ["STT\tĐơn vị\tSố hội viên\tKết nạp mới", "1\tXã Bản Bo\t1.126\t38"]
    result = extract(text, index, published=date(2022, 1, 10), locality="Tam Đường")
    assert {(c.indicator, c.value, c.locality, c.organization) for c in result.candidates} == {
        ("members", 1126, "Xã Bản Bo", "hoi_nd"),
        ("new_members", 38, "Xã Bản Bo", "hoi_nd"),
    }


def _pdf_with_table(before: str, rows: list[list[str]]) -> bytes:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.add_font("Noto", "", "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf")
    pdf.set_font("Noto", size=11)
    pdf.multi_cell(0, 6, before)
    with pdf.table(col_widths=(15, 60, 40, 40), first_row_as_headings=False) as table:
        for cells in rows:
            row = table.row()
            for cell in cells:
                row.cell(cell)
    pdf.multi_cell(0, 6, "Hết.")
    return bytes(pdf.output())


def test_a_pdf_table_arrives_as_rows_of_cells(index):
    rows = [
        ["STT", "Đơn vị", "Số hội viên", "Kết nạp mới"],
        ["1", "Xã Bản Bo", "1.126", "38"],
        ["2", "Xã Bình Lư", "985", "27"],
    ]
    text = text_of(
        "bao-cao.pdf", _pdf_with_table("Năm 2021, các cơ sở Hội Nông dân có kết quả như sau:", rows)
    )
    assert "STT\tĐơn vị\tSố hội viên\tKết nạp mới\n1\tXã Bản Bo\t1.126\t38\n2\tXã Bình Lư\t985\t27" in text
    result = extract(text, index, published=date(2022, 1, 10), locality="Tam Đường")
    assert {(c.indicator, c.value, c.locality) for c in result.candidates} == {
        ("members", 1126, "Xã Bản Bo"),
        ("new_members", 38, "Xã Bản Bo"),
        ("members", 985, "Xã Bình Lư"),
        ("new_members", 27, "Xã Bình Lư"),
    }
