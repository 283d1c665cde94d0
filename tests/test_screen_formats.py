"""What the work pages show (issue 17): Vietnam's time, period names, names for codes, thousands
grouped with dots, never "None" or "nan" — with hand-computed expectations, and the pages themselves
(«Nhập dữ liệu», «Trích xuất báo cáo») opened with AppTest on a private copy of the test warehouse."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest
from streamlit.testing.v1 import AppTest

from danvan import formatting, labels, profile
from ui import extraction

ROOT = Path(__file__).resolve().parent.parent


def shown(styler) -> list[list[str]]:
    """The cells a Styler shows (its display values), row by row, without the index."""
    text = styler.hide(axis="index").to_string(delimiter="\t")
    return [line.split("\t") for line in text.splitlines()[1:]]


def display_values(element) -> pd.DataFrame:
    """What an st.dataframe given a Styler draws: the display values Streamlit sends with the data."""
    raw = element.proto.arrow_data.styler.display_values
    return pa.ipc.open_stream(raw).read_all().to_pandas()


# Helpers -----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("moment", "expected"),
    [
        (datetime(2026, 12, 3, 1, 30, tzinfo=UTC), "03/12/2026 08:30"),
        (datetime(2026, 12, 31, 20, 5), "01/01/2027 03:05"),  # no zone: UTC, as the warehouse stores it
        (pd.Timestamp("2026-07-01 16:59:59"), "01/07/2026 23:59"),
        (datetime(2026, 3, 5, 9, 0, tzinfo=UTC) - timedelta(hours=9), "05/03/2026 07:00"),
        (None, ""),
        (pd.NaT, ""),
    ],
)
def test_local_time_is_vietnam_time(moment, expected):
    assert formatting.local_time(moment) == expected


@pytest.mark.parametrize(
    ("period_id", "expected"),
    [
        ("2026-Q3", "Quý III/2026"),
        ("2025-9M", "9 tháng năm 2025"),
        ("2024-H1", "6 tháng đầu năm 2024"),
        ("2021", "Năm 2021"),
        ("2020-03", "Tháng 3/2020"),
        ("2017-08-01", "Ngày 01/08/2017"),
        ("2011/2017", "Giai đoạn 2011–2017"),
        ("", ""),
        (None, ""),
        (float("nan"), ""),
        ("2026-Q5", "2026-Q5"),  # not a period: shown as written, so the mistake stays visible
    ],
)
def test_period_name(period_id, expected):
    assert formatting.period_name(period_id) == expected


NAMES = {
    "organization": {"hoi_nd": "Hội Nông dân", "hoi_lhpn": "Hội LHPN"},
    "indicator": {"loan_balance": "Dư nợ ủy thác", "members": "Số hội viên, đoàn viên"},
    "breakdown": {"level:province": "Cấp tỉnh"},
    "unit": {"loan_balance": "đồng", "members": "người", "overdue_ratio": "%"},
}


def test_fact_rows_show_names_periods_and_values_in_their_unit():
    rows = pd.DataFrame(
        {
            "sheet": ["f.csv", "f.csv", "f.csv"],
            "row": [2, 3.0, None],
            "locality_id": ["12", "L12", None],
            "organization": ["hoi_nd", "hoi_lhpn", "hoi_xyz"],
            "indicator": ["loan_balance", "members", "overdue_ratio"],
            "breakdown": ["", None, "level:province"],
            "period_id": ["2026-Q3", "2021", float("nan")],
            "value": [3_500_000_000_000, 3346145.0, 0.0325],
            "approx": [None, "hơn", float("nan")],
        }
    )
    out = formatting.fact_rows(rows, NAMES, {"12": "Tỉnh Lai Châu"})
    assert list(out.columns) == [
        "sheet",
        "row",
        "locality_id",
        "locality",
        "organization",
        "indicator",
        "breakdown",
        "period_id",
        "value",
        "approx",
    ]
    assert out.to_dict("records") == [
        {
            "sheet": "f.csv",
            "row": "2",
            "locality_id": "12",
            "locality": "Tỉnh Lai Châu",
            "organization": "Hội Nông dân",
            "indicator": "Dư nợ ủy thác",
            "breakdown": "",
            "period_id": "Quý III/2026",
            "value": "3.500 tỷ đồng",
            "approx": "",
        },
        {
            "sheet": "f.csv",
            "row": "3",
            "locality_id": "L12",
            "locality": "",
            "organization": "Hội LHPN",
            "indicator": "Số hội viên, đoàn viên",
            "breakdown": "",
            "period_id": "Năm 2021",
            "value": "3.346.145",
            "approx": "hơn",
        },
        {
            "sheet": "f.csv",
            "row": "",
            "locality_id": "",
            "locality": "",
            "organization": "hoi_xyz",  # no name known: the code as written
            "indicator": "overdue_ratio",
            "breakdown": "Cấp tỉnh",
            "period_id": "",
            "value": "3,25%",
            "approx": "",
        },
    ]


def test_styled_shows_vietnamese_numbers_and_keeps_them_numbers():
    frame = pd.DataFrame({"n": [3346145, 12, None], "at": [datetime(2026, 12, 3, 1, 30), None, None]})
    styler = formatting.styled(frame, {"n": formatting.number, "at": formatting.local_time, "nope": str})
    assert shown(styler) == [["3.346.145", "03/12/2026 08:30"], ["12", ""], ["", ""]]
    assert styler.data["n"].tolist()[:2] == [3346145, 12]  # still sorts as numbers


def test_ranking_table_groups_thousands_with_dots():
    rank = pd.DataFrame(
        {
            "locality_name": ["Tỉnh A", "Tỉnh B", "Tỉnh C"],
            "value": [3346145.0, 98765.0, None],
        }
    )
    table = profile.ranking_table(rank, "người")
    value_column = f"{labels.COL_VALUE} (người)"
    assert list(table.data.columns) == [labels.COL_RANK, labels.COL_LOCALITY, value_column]
    assert table.data[value_column].tolist() == [3346145.0, 98765.0]  # numbers: the table sorts by them
    assert shown(table) == [["1", "Tỉnh A", "3.346.145"], ["2", "Tỉnh B", "98.765"]]

    money = profile.ranking_table(pd.DataFrame({"locality_name": ["X"], "value": [81.658e9]}), "đồng")
    assert shown(money) == [["1", "X", "81,66"]]
    assert f"{labels.COL_VALUE} (tỷ đồng)" in money.data.columns


# The review table's choice columns -----------------------------------------------------------------
def test_review_table_blanks_round_trip():
    table = pd.DataFrame(
        {
            "approx": ["", "hơn"],
            "breakdown": [None, "level:province"],
            "period": ["2025-9M", ""],
            "row": [1, 2],
        }
    )
    shown_ = extraction.editable(table)
    assert shown_["approx"].tolist() == [extraction.BLANK, "hơn"]
    assert shown_["breakdown"].tolist() == [extraction.BLANK, "level:province"]
    assert shown_["period"].tolist() == ["2025-9M", extraction.BLANK]
    back = extraction.from_editor(shown_)
    assert back["approx"].tolist() == ["", "hơn"]
    assert back["breakdown"].tolist() == ["", "level:province"]
    assert back["period"].tolist() == ["2025-9M", ""]
    assert extraction.period_label(extraction.BLANK) == labels.EXT_PERIOD_NONE
    assert extraction.period_label("2025-9M") == "9 tháng năm 2025"
    assert extraction.approx_label(extraction.BLANK) == "—"
    assert extraction.breakdown_label(extraction.BLANK, {}) == labels.EXT_BREAKDOWN_TOTAL
    assert extraction.breakdown_label("level:province", {"level:province": "Cấp tỉnh"}) == "Cấp tỉnh"


def test_period_options_cover_the_years_read_and_keep_every_row_value():
    table = pd.DataFrame({"period": ["2025-9M", "2017-08-01", "2011/2017", "bad", extraction.BLANK]})
    options = extraction.period_options(table, date(2025, 10, 1))
    assert options[0] == extraction.BLANK
    assert options[-1] == "bad"  # not a period, yet the row keeps it
    for wanted in ("2025-9M", "2017-08-01", "2011/2017", "2024-Q1", "2025", "2016", "2010-H2"):
        assert wanted in options
    # oldest first; of two ending the same day, the shorter first
    assert options.index("2025-Q3") + 1 == options.index("2025-9M")
    assert (
        options.index("2024-Q4") < options.index("2024-H2") < options.index("2024") < options.index("2025-Q1")
    )
    assert len(options) == len(set(options))


# The pages --------------------------------------------------------------------------------------
def test_import_page_shows_names_periods_amounts_and_vietnam_time(writable_db, monkeypatch):
    monkeypatch.setenv("DANVAN_DB", str(writable_db))
    at = AppTest.from_file(str(ROOT / "app_pages" / "import_data.py"), default_timeout=120)
    at.run()
    text = (
        "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\n"
        "Lai Châu,Hội Nông dân,Dư nợ ủy thác,2026-Q3,3500000000000\n"
        "Lai Châu,Hội LHPN,Hội viên,2021,3346145\n"
    )
    at.file_uploader[0].set_value(("f.csv", text.encode(), "text/csv"))
    at.run()
    assert not at.exception, at.exception
    c = labels.IMP_PREVIEW_COLUMNS
    preview = next(d.value for d in at.dataframe if c["period_id"] in d.value.columns)
    assert preview[c["period_id"]].tolist() == ["Quý III/2026", "Năm 2021"]
    assert preview[c["value"]].tolist() == ["3.500 tỷ đồng", "3.346.145"]
    assert preview[c["organization"]].tolist() == ["Hội Nông dân", "Hội LHPN"]
    assert preview[c["indicator"]].tolist() == ["Dư nợ ủy thác", "Số hội viên, đoàn viên"]
    assert preview[labels.IMP_PREVIEW_LOCALITY].str.contains("Lai Châu").all()
    cells = [str(v) for v in preview.to_numpy().ravel()]
    assert not {"None", "nan", "NaN", "<NA>"} & set(cells)

    next(b for b in at.button if b.label == labels.IMP_COMMIT_BUTTON).click()
    at.run()
    assert not at.exception, at.exception
    with duckdb.connect(str(writable_db), read_only=True) as con:
        batch_id, stored = con.execute(
            "select replace(source_id, 'batch:', ''), imported_at from source where kind = 'import'"
        ).fetchone()
    local = (stored + timedelta(hours=7)).strftime("%d/%m/%Y %H:%M")  # stored in UTC, without a zone
    batches = next(d for d in at.dataframe if labels.IMP_BATCH_COLUMNS["batch_id"] in d.value.columns)
    assert labels.IMP_BATCH_COLUMNS["imported_at"] not in batches.value.columns  # the "(UTC)" header
    on_screen = display_values(batches)
    assert on_screen[labels.IMP_BATCH_IMPORTED_AT].tolist() == [local]
    assert at.selectbox[0].options == [
        labels.IMP_ROLLBACK_OPTION.format(batch_id=batch_id, file="f.csv", time=local)
    ]


def test_extract_page_names_periods_and_never_leaves_a_choice_empty(writable_db, monkeypatch):
    monkeypatch.setenv("DANVAN_DB", str(writable_db))
    at = AppTest.from_file(str(ROOT / "app_pages" / "extract.py"), default_timeout=120)
    at.run()
    at.text_area(key="ext_text").input(
        "Ban Dân vận Thành ủy Cần Thơ\nHuyện Vĩnh Thạnh sơ kết công tác dân vận 9 tháng năm 2017\n"
        "Trong 9 tháng năm 2017, MTTQ và các đoàn thể huyện Vĩnh Thạnh có 63.400 đoàn viên, hội viên; "
        "dư nợ ủy thác qua các hội, đoàn thể đạt 265 tỷ đồng."
    )
    at.date_input(key="ext_given_date").set_value(date(2017, 10, 1))
    at.button(key="ext_run").click().run()
    assert not at.exception, at.exception
    editor = at.dataframe[0]
    data = editor.value
    assert data["period"].tolist() == ["2017-9M", "2017-9M"]
    # a choice cell holding '' is drawn as "None": the table never gets one
    for column in ("approx", "breakdown", "period"):
        assert "" not in set(data[column]) and not data[column].isna().any(), column
    config = json.loads(editor.proto.columns)
    options = {o["value"]: o["label"] for o in config["period"]["type_config"]["options"]}
    assert options["2017-9M"] == "9 tháng năm 2017"
    assert options[extraction.BLANK] == labels.EXT_PERIOD_NONE
    breakdown = {o["value"]: o["label"] for o in config["breakdown"]["type_config"]["options"]}
    assert breakdown[extraction.BLANK] == labels.EXT_BREAKDOWN_TOTAL

    at.button(key="ext_save").click().run()
    assert not at.exception, at.exception
    with duckdb.connect(str(writable_db), read_only=True) as con:
        saved = con.execute(
            "select period_id, breakdown, approx from fact where source_id like 'doc:%' "
            "and source_id not like 'doc:seed-%' order by value"
        ).fetchall()
    assert saved == [("2017-9M", "", ""), ("2017-9M", "", "đạt")]  # '' again, not the blank's stand-in


def test_localities_ranking_table_reads_the_vietnamese_way(writable_db, monkeypatch):
    from ui.components import FIRST_SCREEN_DONE

    monkeypatch.setenv("DANVAN_DB", str(writable_db))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=120)
    at.session_state[FIRST_SCREEN_DONE] = True  # the whole page, as after the first screen is drawn
    at.run()
    at.switch_page("app_pages/localities.py")
    at.run()
    assert not at.exception, at.exception
    ranking = next(d for d in at.dataframe if labels.COL_RANK in d.value.columns)
    value_column = next(c for c in ranking.value.columns if c.startswith(labels.COL_VALUE))
    numbers = ranking.value[value_column].tolist()
    on_screen = display_values(ranking)[value_column].tolist()
    assert on_screen == [formatting.number(v) for v in numbers]  # what is drawn: dots, no decimals
    big = max(numbers)
    assert big >= 1000 and "." in formatting.number(big) and "," not in "".join(on_screen)
