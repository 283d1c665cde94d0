"""The pages «Trích xuất báo cáo» and «Nguồn số liệu», opened with Streamlit's AppTest on a private
copy of the test warehouse: extract, accept, save; then the sources page lists the document and the
conflict it creates with a seed report."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from danvan import labels

ROOT = Path(__file__).resolve().parent.parent
TEXT = (
    "Ban Dân vận Thành ủy Cần Thơ\n"
    "Huyện Vĩnh Thạnh tổng kết công tác dân vận năm 2017\n"
    "Năm 2017, MTTQ và các đoàn thể huyện Vĩnh Thạnh có 63.400 đoàn viên, hội viên; dư nợ ủy thác qua các "
    "hội, đoàn thể đạt 265 tỷ đồng, với 13.480 hộ còn dư nợ. Năm 2018, các đoàn thể phấn đấu kết nạp "
    "2.000 hội viên mới."
)


@pytest.fixture
def db(writable_db, monkeypatch) -> Path:
    monkeypatch.setenv("DANVAN_DB", str(writable_db))
    return writable_db


def page(name: str) -> AppTest:
    return AppTest.from_file(str(ROOT / "app_pages" / f"{name}.py"), default_timeout=120)


def test_extract_page_highlights_lists_and_saves(db):
    at = page("extract")
    at.run()
    assert not at.exception
    assert at.title[0].value == labels.EXT_PAGE_TITLE
    at.text_area(key="ext_text").input(TEXT)
    at.date_input(key="ext_given_date").set_value(__import__("datetime").date(2017, 12, 28))
    at.button(key="ext_run").click().run()
    assert not at.exception
    assert labels.EXT_FOUND.format(n=3) in [s.value for s in at.success]
    html = " ".join(str(e.proto) for e in at.get("html"))
    assert "<mark" in html and "63.400" in html and "2.000</mark>" not in html
    # the target is not dropped silently: it is under «Các số khác», with why
    assert labels.EXT_PASSED_HEADER.format(n=1) in [e.label for e in at.expander]

    at.button(key="ext_save").click().run()
    assert not at.exception
    assert any(s.value.startswith("Đã lưu 3 số liệu") for s in at.success)

    con = duckdb.connect(str(db), read_only=True)
    try:
        rows = con.execute(
            "select f.indicator, f.value, f.locality_id, f.period_id, f.organization, f.evidence, s.kind, s.doc_text "
            "from fact f join source s using (source_id) where s.source_id like 'doc:%' and s.source_id not like "
            "'doc:seed-%' order by f.indicator"
        ).fetchall()
        resolved = con.execute(
            "select value from fact_resolved where locality_id = 'L924' and indicator = 'members' and period_id = '2017'"
        ).fetchall()
    finally:
        con.close()
    assert [(r[0], r[1], r[2], r[3], r[4]) for r in rows] == [
        ("borrowing_households", 13480, "L924", "2017", "combined"),
        ("loan_balance", 265e9, "L924", "2017", "combined"),
        ("members", 63400, "L924", "2017", "combined"),
    ]
    assert all(r[6] == "document" and r[7].startswith("Ban Dân vận") and "63.400" in r[5] for r in rows)
    assert resolved == [(63400.0,)]  # a newer document wins over the seed report of September 2017


def test_a_passed_over_number_says_why_and_can_be_picked_into_the_review_table():
    from danvan.extract import extract, review

    result = extract(TEXT, None, published=__import__("datetime").date(2017, 12, 28))
    (target,) = result.passed_over
    frame = review.passed_frame(result.passed_over, {"new_members": "Số hội viên kết nạp mới"})
    assert frame.to_dict("records")[0] | {"confidence": None} == {
        "pick": False,
        "value": "2.000",
        "indicator": "Số hội viên kết nạp mới",
        "verdict": "chỉ tiêu, kế hoạch",
        "confidence": None,
        "sentence": target.sentence,
        "at": 0,
    }
    table = review.candidates_frame(result.candidates)
    grown = review.with_picked(table, result.passed_over, [0])
    added = grown.iloc[-1]
    assert len(grown) == 4 and added["row"] == 4 and added["decision"] == review.PENDING
    assert (added["indicator"], added["value"], added["held"]) == (
        "new_members",
        2000.0,
        labels.EXT_PASSED_PICKED,
    )
    assert review.with_picked(table, result.passed_over, []) is table


def test_the_passed_over_numbers_show_the_likeliest_figures_first():
    from dataclasses import replace

    from danvan.extract import extract, review

    result = extract(TEXT, None, published=__import__("datetime").date(2017, 12, 28))
    (target,) = result.passed_over
    passed = [replace(target, confidence=0.2), replace(target, value=7.0, confidence=0.6)]
    frame = review.passed_frame(passed, {})
    assert list(frame["value"]) == ["7", "2.000"] and list(frame["at"]) == [1, 0]


def test_extract_page_reports_empty_text_and_qualitative_text(db):
    at = page("extract")
    at.run()
    at.button(key="ext_run").click().run()
    assert labels.EXT_ERR_EMPTY in [w.value for w in at.warning]
    at.text_area(key="ext_text").input(
        "Ngày 11/4/2019, Thành ủy Hà Nội giao ban với MTTQ và các đoàn thể; hội nghị nghe 6 ý kiến tham luận."
    )
    at.button(key="ext_run").click().run()
    assert not at.exception
    assert labels.EXT_NONE in [i.value for i in at.info]


def test_sources_page_lists_documents_and_conflicts(db):
    at = page("extract")
    at.run()
    at.text_area(key="ext_text").input(TEXT)
    at.button(key="ext_run").click().run()
    at.button(key="ext_save").click().run()
    assert not at.exception

    src = page("sources")
    src.run()
    assert not src.exception
    assert src.title[0].value == labels.SRC_PAGE_TITLE
    listing = src.dataframe[0].value
    titles = list(listing[labels.SRC_COLUMNS["title"]])
    assert "Huyện Vĩnh Thạnh tổng kết công tác dân vận năm 2017" in titles
    conflicts = src.dataframe[-1].value
    members = conflicts[conflicts[labels.SRC_COLUMNS["indicator"]] == "Số hội viên, đoàn viên"]
    assert sorted(members[[labels.SRC_COLUMNS["value_a"], labels.SRC_COLUMNS["value_b"]]].iloc[0]) == [
        62170,
        63400,
    ]


def test_sources_page_on_an_empty_selection(db):
    src = page("sources")
    src.run()
    src.multiselect(key="src_kinds").set_value([]).run()
    assert not src.exception
    assert labels.SRC_NONE in [i.value for i in src.info]


def test_every_reason_a_number_is_passed_over_is_said_in_vietnamese():
    """Each verdict the extractor can give (a literal in its code) has the reviewer's words."""
    import re

    from danvan.extract import extractor, scorer

    code = Path(extractor.__file__).read_text(encoding="utf-8") + Path(scorer.__file__).read_text(
        encoding="utf-8"
    )
    verdicts = set(re.findall(r'_pass\([^,]+, [^,]+, "([a-z_]+)"\)', code))
    verdicts |= set(re.findall(r'verdict="([a-z_]+)"', code))
    verdicts |= set(re.findall(r'_passed_reading\(s, [^,]+, [^,]+, "([a-z_]+)"', code))
    assert len(verdicts) >= 20
    assert sorted(v for v in verdicts if v not in labels.EXT_PASSED_WHY) == []
    assert "cue" in labels.EXT_PASSED_WHY  # "cue:cho" and the like, by their head


def test_a_source_with_no_figures_says_so_instead_of_an_empty_grid(db):
    """An empty grid draws Streamlit's English «empty» in its canvas: a source with no figures (a
    qualitative seed report) says so in Vietnamese."""
    src = page("sources")
    src.run()
    src.selectbox(key="src_pick").set_value("doc:seed-003").run()
    assert not src.exception
    assert labels.SRC_FACTS_NONE in [i.value for i in src.info]
