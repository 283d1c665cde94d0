"""Downloaded tables (issue 17): values in the chart's unit, a header saying what the file holds,
real number formats in Excel, file names that carry the filters. Expectations worked out by hand.

The XLSX is read as what it is, a zip of XML (styles.xml, the sheet, the shared strings), so the
test sees each cell's stored value and number format without another spreadsheet library."""

from __future__ import annotations

import io
import re
import zipfile
from datetime import UTC, date, datetime, timedelta, timezone
from xml.etree import ElementTree as ET

import duckdb
import numpy as np
import pandas as pd
import pytest

from danvan import exports, labels, report
from danvan import queries as q

MADE = datetime(2026, 12, 3, 1, 30, tzinfo=UTC)  # 08:30 in Hà Nội (UTC+7)
SUBTITLE = "Quý I/2024 – Quý IV/2024 · Lai Châu · Địa giới hiện nay · Tất cả tổ chức"
PERIOD = "Quý I/2024 – Quý IV/2024"


def money_frame() -> pd.DataFrame:
    """What ui.components.download_table makes for a money chart: values in đồng."""
    return pd.DataFrame(
        {
            labels.COL_PERIOD: ["Quý I/2024", "Quý II/2024"],
            labels.COL_ORG: ['=HYPERLINK("http://evil.example")', "Hội Nông dân"],
            labels.COL_VALUE: [3_500_000_000_000.0, 81_658_000_000.0],
            labels.COL_UNIT: ["đồng", "đồng"],
            labels.COL_UNITS_REPORTING: [41.0, np.nan],
            labels.COL_UNITS_EXPECTED: [54.0, 54.0],
        }
    )


def money_header(demo: bool = True) -> list[tuple[str, str]]:
    return exports.header(
        "Dư nợ ủy thác theo tổ chức", SUBTITLE, PERIOD, "đồng", "Nguồn: Báo cáo số 12/BC-HND", MADE, demo
    )


# The header ---------------------------------------------------------------------------------------------
def test_header_lines_say_chart_filters_period_unit_source_date_and_demo():
    assert money_header() == [
        ("Biểu đồ", "Dư nợ ủy thác theo tổ chức"),
        ("Bộ lọc", SUBTITLE),
        ("Kỳ", PERIOD),
        ("Đơn vị", "tỷ đồng"),
        ("Nguồn", "Báo cáo số 12/BC-HND"),
        ("Ngày xuất", "03/12/2026 08:30"),
        ("Tình trạng số liệu", "Dữ liệu minh họa (số liệu giả lập, không phải số liệu thật)"),
    ]
    sourced = exports.header("Hội viên", SUBTITLE, PERIOD, "người", "", MADE, False)
    assert ("Đơn vị", "người") in sourced
    assert ("Nguồn", labels.DL_NO_SOURCE) in sourced
    assert all(key != "Tình trạng số liệu" for key, _ in sourced)


def test_export_date_is_vietnam_time_whatever_the_zone_given():
    # 23:10 UTC on 31/12 is already the next year in Hà Nội
    assert exports.made_text(datetime(2025, 12, 31, 23, 10, tzinfo=UTC)) == "01/01/2026 06:10"
    paris = timezone(timedelta(hours=1))
    assert exports.made_text(datetime(2026, 12, 3, 2, 30, tzinfo=paris)) == "03/12/2026 08:30"
    assert exports.made_text(datetime(2026, 12, 3, 1, 30)) == "03/12/2026 08:30"  # naive = UTC


# Values in the chart's unit -----------------------------------------------------------------------------
def test_money_in_ty_dong_and_counts_as_whole_numbers():
    out = exports.in_chart_unit(money_frame(), "đồng")
    assert list(out.columns) == [
        "Kỳ",
        "Tổ chức",
        "Giá trị (tỷ đồng)",
        "Đơn vị tính",
        "Số xã đã báo cáo",
        "Số xã phải báo cáo",
    ]
    assert out["Giá trị (tỷ đồng)"].tolist() == [3500.0, 81.658]  # 3 500 000 000 000 / 10⁹
    assert out["Đơn vị tính"].tolist() == ["tỷ đồng", "tỷ đồng"]
    assert str(out["Số xã đã báo cáo"].dtype) == "Int64"
    assert out["Số xã đã báo cáo"].tolist() == [41, pd.NA]


def test_counts_stay_integers_and_ratios_become_percent():
    counts = pd.DataFrame({labels.COL_VALUE: [180455.0, 2.0], labels.COL_UNIT: ["người", "người"]})
    out = exports.in_chart_unit(counts, "người")
    assert str(out["Giá trị (người)"].dtype) == "Int64"
    assert out["Giá trị (người)"].tolist() == [180455, 2]
    ratios = pd.DataFrame({labels.COL_VALUE: [0.032, 0.1234], labels.COL_UNIT: ["%", "%"]})
    out = exports.in_chart_unit(ratios, "%")
    assert out["Giá trị (%)"].tolist() == [3.2, 12.34]  # not 3.2000000000000006
    growth = pd.DataFrame({labels.COL_VALUE: [100.0], labels.DL_COL_GROWTH: [0.05]})
    out = exports.in_chart_unit(growth, "người", ratio_columns=[labels.DL_COL_GROWTH])
    assert out["Tăng so với cùng kỳ (%)"].tolist() == [5.0]


def test_rows_with_units_of_their_own_are_converted_row_by_row():
    kpis = pd.DataFrame(
        {
            labels.COL_INDICATOR: ["Hội viên", "Dư nợ", "Tỷ lệ nợ quá hạn"],
            labels.COL_VALUE: [180455.0, 3.5e12, 0.0125],
            labels.COL_UNIT: ["người", "đồng", "%"],
        }
    )
    out = exports.in_chart_unit(kpis, "")
    assert out[labels.COL_VALUE].tolist() == [180455, 3500, 1.25]
    assert out[labels.COL_UNIT].tolist() == ["người", "tỷ đồng", "%"]
    text = exports.to_csv(out).decode("utf-8-sig")
    assert text.splitlines()[1:] == ["Hội viên,180455,người", "Dư nợ,3500,tỷ đồng", "Tỷ lệ nợ quá hạn,1.25,%"]
    cells = read_xlsx(exports.to_xlsx(out))
    assert [cells[f"B{r}"][1] for r in (2, 3, 4)] == ["#,##0", "#,##0.00", "0.00"]


# CSV ----------------------------------------------------------------------------------------------------
def test_csv_starts_with_bom_and_header_then_the_table_in_ty_dong():
    data = exports.to_csv(exports.in_chart_unit(money_frame(), "đồng"), money_header())
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8-sig").split("\r\n") == [
        "Biểu đồ,Dư nợ ủy thác theo tổ chức",
        f"Bộ lọc,{SUBTITLE}",
        f"Kỳ,{PERIOD}",
        "Đơn vị,tỷ đồng",
        "Nguồn,Báo cáo số 12/BC-HND",
        "Ngày xuất,03/12/2026 08:30",
        'Tình trạng số liệu,"Dữ liệu minh họa (số liệu giả lập, không phải số liệu thật)"',
        "",
        "Kỳ,Tổ chức,Giá trị (tỷ đồng),Đơn vị tính,Số xã đã báo cáo,Số xã phải báo cáo",
        'Quý I/2024,"\'=HYPERLINK(""http://evil.example"")",3500,tỷ đồng,41,54',
        "Quý II/2024,Hội Nông dân,81.658,tỷ đồng,,54",
        "",
    ]


def test_csv_whole_numbers_without_trailing_zero_and_no_scientific_notation():
    frame = pd.DataFrame({"a": [180455.0, 3.5e13, 0.5], "b": pd.array([180455, None, 7], dtype="Int64")})
    lines = exports.to_csv(frame).decode("utf-8-sig").splitlines()
    assert lines == ["a,b", "180455,180455", "35000000000000,", "0.5,7"]


def test_csv_header_values_are_neutralised_too():
    data = exports.to_csv(pd.DataFrame({"x": [1]}), [("Nguồn", "=cmd|' /C calc'!A0")])
    assert data.decode("utf-8-sig").splitlines()[0] == "Nguồn,'=cmd|' /C calc'!A0"


# XLSX ---------------------------------------------------------------------------------------------------
_NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main"}
_BUILTIN_FORMATS = {0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 10: "0.00%", 11: "0.00E+00"}


def read_xlsx(data: bytes) -> dict[str, tuple[object, str, bool]]:
    """Cell reference → (value, number format, bold) of the first sheet; numbers as float."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        sheet = ET.fromstring(z.read("xl/worksheets/sheet1.xml"))
        styles = ET.fromstring(z.read("xl/styles.xml"))
        names = z.namelist()
        shared = (
            [
                "".join(t.text or "" for t in si.iter(f"{{{_NS['m']}}}t"))
                for si in ET.fromstring(z.read("xl/sharedStrings.xml")).findall("m:si", _NS)
            ]
            if "xl/sharedStrings.xml" in names
            else []
        )
    custom = {
        int(f.get("numFmtId")): f.get("formatCode") for f in styles.iterfind(".//m:numFmts/m:numFmt", _NS)
    }
    fonts = [f.find("m:b", _NS) is not None for f in styles.find("m:fonts", _NS)]
    xfs = [
        (int(x.get("numFmtId", 0)), fonts[int(x.get("fontId", 0))])
        for x in styles.find("m:cellXfs", _NS).findall("m:xf", _NS)
    ]
    cells = {}
    for c in sheet.iterfind(".//m:sheetData/m:row/m:c", _NS):
        fmt_id, bold = xfs[int(c.get("s", 0))]
        fmt = custom.get(fmt_id, _BUILTIN_FORMATS.get(fmt_id, str(fmt_id)))
        v = c.find("m:v", _NS)
        if c.get("t") == "s":
            value = shared[int(v.text)]
        elif c.get("t") == "str" or c.find("m:f", _NS) is not None:
            raise AssertionError(f"formula in {c.get('r')}")
        else:
            value = float(v.text) if v is not None else None
        cells[c.get("r")] = (value, fmt, bold)
    return cells


def _sheet_xml(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("xl/worksheets/sheet1.xml").decode()


def test_xlsx_header_on_top_and_real_number_formats():
    frame = exports.in_chart_unit(money_frame(), "đồng")
    frame[labels.COL_VALUE + " (đồng)"] = [3_500_000_000_000, 81_658_000_000]  # a 14-digit integer
    data = exports.to_xlsx(frame, money_header())
    cells = read_xlsx(data)
    # the header: bold keys in A, values in B, rows 1–7; the table's names on row 9
    assert [cells[f"A{r}"][0] for r in range(1, 8)] == [
        "Biểu đồ",
        "Bộ lọc",
        "Kỳ",
        "Đơn vị",
        "Nguồn",
        "Ngày xuất",
        "Tình trạng số liệu",
    ]
    assert all(cells[f"A{r}"][2] for r in range(1, 8))
    assert cells["B2"][0] == SUBTITLE and cells["B4"][0] == "tỷ đồng" and cells["B6"][0] == "03/12/2026 08:30"
    assert not any(ref.endswith("8") and ref[:-1].isalpha() for ref in cells)  # the blank row
    assert [cells[f"{c}9"][0] for c in "ABCDEFG"] == [*frame.columns]
    # values: numbers, never "General" (3.5E+12 on screen)
    assert cells["C10"] == (3500.0, "#,##0.00", False)
    assert cells["C11"] == (81.658, "#,##0.00", False)
    assert cells["E10"] == (41.0, "#,##0", False)
    assert "E11" not in cells  # a gap stays empty
    assert cells["G10"] == (3_500_000_000_000.0, "#,##0", False)
    # neutralised text, no formula, no link
    assert cells["B10"][0] == '\'=HYPERLINK("http://evil.example")'
    sheet = _sheet_xml(data)
    assert "<f>" not in sheet and "<hyperlink" not in sheet
    # frozen under the table's names (rows 1–9), and columns wider than the default for long names
    pane = re.search(r"<pane [^>]*/>", sheet).group(0)
    assert 'ySplit="9"' in pane and 'topLeftCell="A10"' in pane
    widths = {
        int(c.group(1)): float(c.group(2))
        for c in re.finditer(r'<col min="(\d+)"[^>]*width="([\d.]+)"', sheet)
    }
    assert widths[3] >= len("Giá trị (tỷ đồng)") and widths[7] >= len("3,500,000,000,000")


def test_xlsx_percent_values_are_already_times_100():
    ratios = pd.DataFrame(
        {labels.COL_PERIOD: ["Quý I/2024"], labels.COL_VALUE: [0.0125], labels.COL_UNIT: ["%"]}
    )
    cells = read_xlsx(exports.to_xlsx(exports.in_chart_unit(ratios, "%")))
    assert cells["B1"][0] == "Giá trị (%)"
    assert cells["B2"] == (1.25, "0.00", False)


def test_xlsx_without_header_keeps_the_table_on_top_with_default_formats():
    frame = pd.DataFrame({"a": ["=1+1", "Lai Châu"], "n": [180455, 7], "v": [2.5, 3.0]})
    data = exports.to_xlsx(frame)
    cells = read_xlsx(data)
    assert cells["A1"][0] == "a" and cells["A2"][0] == "'=1+1"
    assert cells["B2"] == (180455.0, "#,##0", False) and cells["C2"] == (2.5, "#,##0.00", False)
    assert 'ySplit="1"' in _sheet_xml(data)
    back = pd.read_excel(io.BytesIO(data), engine="calamine")
    assert back["n"].tolist() == [180455, 7]
    explicit = read_xlsx(exports.to_xlsx(frame, number_formats={"v": "0.0"}))
    assert explicit["C2"][1] == "0.0"


# File names ---------------------------------------------------------------------------------------------
def test_file_names_carry_page_chart_area_and_period_in_ascii():
    assert (
        exports.file_name("Hội viên", "members_by_org", "Quý I/2024 – Quý IV/2024", "Lai Châu", "csv")
        == "hoi-vien_members_by_org_lai-chau_quy-i-2024-quy-iv-2024.csv"
    )
    assert (
        exports.file_name("Hội viên", "members_by_org", ("2024-Q1", "2024-Q2", "2024-Q4"), "Lai Châu", "xlsx")
        == "hoi-vien_members_by_org_lai-chau_2024-q1-2024-q4.xlsx"
    )
    assert (
        exports.file_name("Dư nợ ủy thác", "loans_by_org", "Năm 2024", "Thành phố Đà Nẵng", ".CSV")
        == "du-no-uy-thac_loans_by_org_thanh-pho-da-nang_nam-2024.csv"
    )


def test_file_names_are_safe_and_short():
    name = exports.file_name('Địa phương/"..\\', "x:y", "Năm 2026 (đến Quý III)", "Xã " * 80, "xlsx")
    assert len(name) <= 120 and name.endswith(".xlsx")
    assert re.fullmatch(r"[a-z0-9_-]+\.xlsx", name)
    assert name.startswith("dia-phuong_x-y_xa-xa")


# With a real page ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def loans_report(small_db):
    with duckdb.connect(str(small_db), read_only=True) as con:
        buckets = ("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4")
        f = q.Filters(date_from=date(2024, 3, 31), date_to=date(2024, 12, 31), area_id="12")
        return report.build(con, "loans", report.View(f, buckets, "yoy", "Lai Châu"))


@pytest.mark.parametrize(
    ("key", "column", "unit"),
    [
        ("loans_by_org", "Giá trị (tỷ đồng)", "tỷ đồng"),
        ("overdue_ratio", "Giá trị (%)", "%"),
        ("households", "Giá trị (hộ)", "hộ"),
    ],
)
def test_the_file_holds_the_numbers_the_chart_shows(loans_report, key, column, unit):
    chart = next(c for c in loans_report.charts if c.key == key)
    frame = pd.DataFrame({labels.COL_VALUE: chart.data["value"].to_numpy(), labels.COL_UNIT: chart.unit})
    out = exports.in_chart_unit(frame, chart.unit)
    shown = np.concatenate([np.asarray(t.y, dtype=float) for t in chart.figure.data])
    assert np.allclose(np.sort(out[column].to_numpy(dtype=float)), np.sort(shown))
    if unit == "hộ":
        assert str(out[column].dtype) == "Int64"
    view = loans_report.view
    rows = dict(
        exports.header(
            chart.title, view.subtitle, view.period_text, chart.unit, chart.source_text, MADE, chart.is_demo
        )
    )
    assert rows["Đơn vị"] == unit and rows["Bộ lọc"].startswith("Quý I/2024 – Quý IV/2024 · Lai Châu")
    assert rows["Tình trạng số liệu"] == labels.DL_STATUS_DEMO
    csv_text = exports.to_csv(out, list(rows.items())).decode("utf-8-sig")
    assert not re.search(r"\d\.0(,|\r\n)", csv_text)
