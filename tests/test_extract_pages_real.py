"""Shapes of real report pages (issue 18), each on a short passage of our own with hand-made
expectations: page chrome, dates, places from the site or the issuing office, plan sections,
sub-populations, the bank's own totals, programmes, mergers, related-news lists."""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from danvan.extract import extract
from danvan.localities import LocalityIndex


@pytest.fixture(scope="module")
def index(seeds_db):
    con = duckdb.connect(str(seeds_db), read_only=True)
    yield LocalityIndex(con)
    con.close()


def figures(result):
    return [(c.indicator, c.value, c.period) for c in result.candidates]


def test_the_banner_date_and_the_menus_are_not_the_articles():
    page = (
        "HOTLINE: 0299.3821.456 Thứ hai, ngày 07/03/2016\n"
        "Thời sự | Chính trị | Kinh tế\n"
        "Hội Nông dân huyện Mường Tè kết nạp 120 hội viên mới\n"
        "13/01/2020 | 10:12\n"
        "Năm 2019, Hội Nông dân huyện Mường Tè kết nạp 120 hội viên mới.\n"
        "Tin liên quan\n"
        "- Hội Nông dân huyện Sìn Hồ kết nạp 215 hội viên (14/03/2016)\n"
    )
    result = extract(page, None)
    assert result.header.published.day == date(2020, 1, 13)
    assert result.header.title == "Hội Nông dân huyện Mường Tè kết nạp 120 hội viên mới"
    # the title repeats the body's figure (one figure); the related article's is not read
    assert figures(result) == [("new_members", 120, "2019")]


def test_an_official_reports_plan_section_is_not_its_results():
    report = (
        "BCH HỘI NÔNG DÂN HUYỆN MƯỜNG TÈ\n"
        "BÁO CÁO\n"
        "Kết quả công tác Hội năm 2024\n"
        "I. KẾT QUẢ\n"
        "Năm 2024, các cấp Hội kết nạp mới 486 hội viên, đạt 108% kế hoạch (kế hoạch giao 450 hội viên).\n"
        "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
        "Kết nạp 500 hội viên mới.\n"
    )
    result = extract(report, None, published=date(2024, 12, 10))
    assert figures(result) == [("new_members", 486, "2024")]
    assert {c.value: c.verdict for c in result.passed_over if c.value in (450, 500)} == {
        450: "target",
        500: "target",
    }


def test_the_issuing_office_names_the_unit(index):
    report = (
        "HỘI NÔNG DÂN VIỆT NAM\n"
        "BCH HỘI NÔNG DÂN HUYỆN MƯỜNG TÈ\n"
        "BÁO CÁO\n"
        "Kết quả công tác Hội năm 2024\n"
        "Toàn huyện hiện có 1.250 hội viên.\n"
    )
    (c,) = extract(report, index, published=date(2024, 12, 10)).candidates
    assert (c.indicator, c.locality_code) == ("members", "L107")  # huyện Mường Tè


def test_a_districts_own_site_names_the_unit(index):
    page = "Tín dụng chính sách qua hội, đoàn thể\nNăm 2024, dư nợ ủy thác qua các hội đạt 412 tỷ đồng."
    (c,) = extract(
        page, index, published=date(2024, 12, 10), url="https://muongte.laichau.gov.vn/tin/1"
    ).candidates
    assert (c.indicator, c.locality_code) == ("loan_balance", "L107")


def test_sub_populations_bank_totals_programmes_and_mergers_are_passed_over():
    text = (
        "Năm 2024, toàn tỉnh Lai Châu có 486.200 hội viên Hội Người cao tuổi, trong đó 52.400 hội viên từ 80 "
        "tuổi trở lên. Tổng dư nợ của Chi nhánh Ngân hàng CSXH tỉnh đạt 20.115 tỷ đồng; dư nợ ủy thác qua các "
        "hội đạt 19.800 tỷ đồng. Riêng chương trình cho vay hộ nghèo có dư nợ 960 tỷ đồng. Sau sắp xếp, toàn "
        "tỉnh hiện có 85 cơ sở Hội (trước sắp xếp là 98), với 118.406 hội viên."
    )
    result = extract(text, None, published=date(2025, 1, 10))
    assert [(c.indicator, c.value) for c in result.candidates] == [
        ("members", 486200),
        ("loan_balance", 19_800e9),
        ("associations", 85),
        ("members", 118406),
    ]
    assert {c.value: c.verdict for c in result.passed_over if c.value in (52400, 20_115e9, 960e9, 98)} == {
        52400: "sub_population",
        20_115e9: "bank_total",
        960e9: "programme",
        98: "merger",
    }


def test_an_undated_page_about_a_quarter_is_dated_by_it():
    page = "Hội CCB xã Hải Hưng sơ kết quý I/2026\nHội hiện có 1.486 hội viên ở 29 chi hội."
    result = extract(page, None)
    assert figures(result) == [("members", 1486, "2026"), ("associations", 29, "2026")]


def test_a_year_review_written_in_january_dates_its_stocks_at_the_years_end():
    page = "Hội LHPN huyện Mường Tè tổng kết năm 2020\nNăm 2020, Hội hiện có 21.605 hội viên."
    result = extract(page, None, published=date(2021, 1, 5))
    assert figures(result) == [("members", 21605, "2020")]


def test_an_organization_that_is_not_the_titles_waits_for_the_reviewer():
    from danvan import labels
    from danvan.extract import review

    page = (
        "Hội Nông dân huyện Mường Tè tổng kết năm 2024\n"
        "Năm 2024, Hội Liên hiệp Phụ nữ huyện có 8.000 hội viên; Hội Nông dân huyện có 9.000 hội viên."
    )
    result = extract(page, None, published=date(2024, 12, 20))
    rows = review.candidates_frame(result.candidates).to_dict("records")
    by_org = {r["organization"]: r for r in rows}
    assert labels.EXT_WHY["org:not_the_titles"] in by_org["hoi_lhpn"]["held"]
    assert "org:not_the_titles" not in next(c for c in result.candidates if c.organization == "hoi_nd").why


def test_parts_are_checked_against_their_whole():
    """Where the text gives a whole and its parts: they add up (said), or the parts exceed the whole
    (every one of them waits for the reviewer, with why); fewer parts than the whole is normal."""
    from danvan import labels
    from danvan.extract import review

    def sums(text):
        result = extract(text, None, published=date(2025, 1, 5))
        return result, [[w for w in c.why if w.startswith("sum:")] for c in result.candidates]

    whole = "Năm 2024, toàn huyện Mường Tè có 14 mô hình Dân vận khéo, trong đó "
    _, matches = sums(whole + "9 mô hình trên lĩnh vực kinh tế, 5 mô hình trên lĩnh vực văn hóa - xã hội.")
    assert matches == [["sum:matches"]] * 3
    result, exceeds = sums(
        whole + "9 mô hình trên lĩnh vực kinh tế, 7 mô hình trên lĩnh vực văn hóa - xã hội."
    )
    assert exceeds == [["sum:exceeds"]] * 3
    rows = review.candidates_frame(result.candidates).to_dict("records")
    assert all(labels.EXT_WHY["sum:exceeds"] in r["held"] for r in rows)
    _, fewer = sums(whole + "9 mô hình trên lĩnh vực kinh tế, 2 mô hình trên lĩnh vực văn hóa - xã hội.")
    assert fewer == [[]] * 3


def test_bulleted_lists_and_lists_of_organizations_carry_their_reading():
    text = (
        "Đến 30/9/2019, dư nợ ủy thác qua 4 tổ chức hội, đoàn thể tỉnh Lai Châu đạt 3.100 tỷ đồng.\n"
        "Cụ thể:\n"
        "- Hội Nông dân: 1.064.250 triệu đồng/1.093 tổ/27.640 hộ vay;\n"
        "- Hội Phụ nữ: 1.127.800 triệu đồng/1.152 tổ/29.115 hộ.\n"
        "Năm 2019, Hội Nông dân tỉnh có 61.245 hội viên, Hội Liên hiệp Phụ nữ 71.118, Hội Cựu chiến binh 23.600."
    )
    result = extract(text, None, published=date(2019, 10, 14))
    got = {(c.indicator, c.value, c.organization) for c in result.candidates}
    assert {
        ("loan_balance", 1_064_250e6, "hoi_nd"),
        ("borrowing_households", 27640, "hoi_nd"),
        ("loan_balance", 1_127_800e6, "hoi_lhpn"),
        ("borrowing_households", 29115, "hoi_lhpn"),
        ("members", 61245, "hoi_nd"),
        ("members", 71118, "hoi_lhpn"),
        ("members", 23600, "hoi_ccb"),
    } <= got
    assert 1093 not in {c.value for c in result.candidates}  # savings groups, not households


def test_parts_in_brackets_are_parts_and_an_associations_name_is_no_place(index):
    text = (
        "Hội Khuyến học huyện Mường Tè: năm 2024, toàn huyện có 56 chi hội (38 chi hội thôn và 18 chi hội "
        "trường học) với 4.120 hội viên. Các đoàn thể huyện. Hội đã tổ chức 12 buổi sinh hoạt."
    )
    result = extract(text, index, published=date(2024, 12, 20))
    assert [(c.indicator, c.value) for c in result.candidates] == [("associations", 56), ("members", 4120)]
    assert {c.value: c.verdict for c in result.passed_over if c.value in (38, 18)} == {38: "part", 18: "part"}
    assert {c.locality_code for c in result.candidates} == {"L107"}  # never a unit named «Hội …»


def test_a_figure_repeated_in_a_caption_is_one_figure():
    """Issue 18, class 9: headline, caption and body are one figure, whatever place each names."""
    page = (
        "Hội Nông dân huyện Mường Tè tổng kết năm 2024\n"
        "Năm 2024, Hội Nông dân huyện Mường Tè có 9.120 hội viên.\n"
        "Ảnh: Xã Bum Nưa năm 2024 có 9.120 hội viên Hội Nông dân sinh hoạt. (Ảnh: P.V)\n"
    )
    result = extract(page, None, published=date(2024, 12, 20))
    assert [(c.indicator, c.value, c.locality) for c in result.candidates] == [("members", 9120, "Mường Tè")]
    assert [c.verdict for c in result.passed_over if c.value == 9120] == ["repeat"]


def test_a_link_list_is_skipped_but_not_what_follows_it():
    """ "Xem thêm" and its links are other articles; a long paragraph after them is this one's again."""
    body = (
        "Năm 2024, Hội Nông dân huyện Mường Tè có 9.120 hội viên, sinh hoạt tại 102 chi hội ở các xã, "
        "thị trấn; các cấp Hội đã phối hợp tổ chức nhiều lớp tập huấn, hội thảo cho hội viên nông dân."
    )
    page = (
        "Hội Nông dân huyện Mường Tè tổng kết năm 2024\n"
        "Năm 2024, Hội Nông dân huyện Mường Tè kết nạp 315 hội viên mới.\n"
        "Xem thêm:\n"
        "- Hội Nông dân huyện Sìn Hồ kết nạp 215 hội viên (14/03/2021)\n" + body + "\n"
    )
    result = extract(page, None, published=date(2024, 12, 20))
    assert [(c.indicator, c.value) for c in result.candidates] == [
        ("new_members", 315),
        ("members", 9120),
        ("associations", 102),
    ]
