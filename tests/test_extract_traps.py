"""Things that look like figures and are not: each trap in a sentence of our own, read to nothing.

Every sentence names an organization, a place and a period, so only the trap itself can keep a
number out; a few sentences also carry a true figure that must survive next to the trap.
"""

from __future__ import annotations

from datetime import date

import duckdb
import pytest

from danvan.extract import extract
from danvan.localities import LocalityIndex

PUBLISHED = date(2024, 1, 18)


@pytest.fixture(scope="module")
def index(seeds_db):
    con = duckdb.connect(str(seeds_db), read_only=True)
    yield LocalityIndex(con)
    con.close()


def read(index, text):
    return [(c.indicator, c.value) for c in extract(text, index, published=PUBLISHED).candidates]


TRAPS = {
    "target_phan_dau": "Năm 2024, Hội Nông dân tỉnh Sóc Trăng phấn đấu kết nạp 5.000 hội viên mới.",
    "target_chi_tieu": "Chỉ tiêu được giao cho Đoàn Thanh niên tỉnh Sóc Trăng năm 2023 là kết nạp 800 đoàn viên.",
    "target_ke_hoach": "Theo kế hoạch, năm 2024 các cấp Hội Phụ nữ tỉnh Sóc Trăng thành lập 25 chi hội.",
    "target_muc_tieu": "Mục tiêu đến năm 2025, Hội Cựu chiến binh tỉnh Sóc Trăng có 30.000 hội viên.",
    "plan_future_period": "Trong năm 2025, Hội Nông dân tỉnh Sóc Trăng sẽ kết nạp 4.200 hội viên.",
    "document_numbers": (
        "Năm 2023, Hội Nông dân tỉnh Sóc Trăng quán triệt Chỉ thị số 17-CT/TW, Quyết định 217-QĐ/TW, "
        "Kết luận 102- KL/TW về hội quần chúng đến các chi hội."
    ),
    "document_number_before_noun": "Năm 2023, các cấp Hội triển khai Nghị quyết 18 hội viên tham gia góp ý.",
    "dates": "Ngày 15/3/2023, Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng tổ chức Đại hội đại biểu lần thứ XII; ngày 20 tháng 11 năm 2023 tổng kết.",
    "speeches_tasks_breakthroughs": (
        "Hội nghị tổng kết năm 2023 của Hội Nông dân tỉnh Sóc Trăng nghe 9 ý kiến tham luận, thống nhất "
        "4 nhiệm vụ trọng tâm, 6 nhóm giải pháp và 3 khâu đột phá."
    ),
    "page_counters": "Trang 3/12\n7\nHội Nông dân tỉnh Sóc Trăng tổng kết năm 2023.\n12",
    "disbursement_turns": (
        "Năm 2023, Hội Phụ nữ tỉnh Sóc Trăng phối hợp Ngân hàng Chính sách xã hội giải ngân cho 2.340 lượt "
        "hộ vay với số tiền 96 tỷ đồng, tổng cộng 4.500 lượt vay."
    ),
    "other_lender_agribank": "Năm 2023, Hội Nông dân tỉnh Sóc Trăng phối hợp với Agribank cho 1.150 hộ vay với dư nợ 210 tỷ đồng.",
    "other_lender_fund": "Đến cuối năm 2023, Quỹ hỗ trợ nông dân tỉnh Sóc Trăng có dư nợ 35 tỷ đồng cho 900 hộ vay.",
    "prices": "Năm 2023, giá lúa tươi ở Sóc Trăng ở mức 7.200 đồng/kg; mỗi con bò giống trị giá 15 triệu đồng.",
    "change_not_level": "Năm 2023, số hội viên Hội Nông dân tỉnh Sóc Trăng tăng 1.200 hội viên so với năm 2022.",
    "audience_not_members": (
        "Năm 2023, Hội Phụ nữ tỉnh Sóc Trăng tổ chức 320 buổi tuyên truyền cho 8.000 lượt hội viên, "
        "hỗ trợ 120 hội viên nghèo và khen thưởng 45 hội viên tiêu biểu."
    ),
    "percent_only": "Năm 2023, tỷ lệ thu lãi qua Hội Cựu chiến binh tỉnh Sóc Trăng là 98,8%, 100% chi hội đạt vững mạnh.",
    "money_not_a_loan": "Năm 2023, MTTQ tỉnh Sóc Trăng vận động 12 tỷ đồng ủng hộ Quỹ Vì người nghèo, xây 145 nhà Đại đoàn kết.",
    "non_dvk_models": "Năm 2023, Hội Nông dân tỉnh Sóc Trăng xây dựng 35 mô hình kinh tế tập thể.",
}


@pytest.mark.parametrize("name", sorted(TRAPS))
def test_trap_gives_nothing(index, name):
    assert read(index, TRAPS[name]) == []


def test_achievement_measured_against_a_target_is_kept(index):
    text = "Năm 2023, Hội Nông dân tỉnh Sóc Trăng kết nạp 3.150 hội viên mới, đạt 105% chỉ tiêu."
    assert read(index, text) == [("new_members", 3150)]


def test_true_figures_survive_next_to_traps(index):
    text = (
        "Năm 2023, Hội Nông dân tỉnh Sóc Trăng quản lý dư nợ ủy thác 1.460 tỷ đồng, với 28.300 hộ còn dư nợ; "
        "dư nợ tín chấp qua Agribank 310 tỷ đồng. Năm 2024, Hội phấn đấu tăng dư nợ ủy thác lên 1.600 tỷ đồng."
    )
    assert read(index, text) == [("loan_balance", 1.46e12), ("borrowing_households", 28300)]


def test_a_web_address_first_line_is_context_not_a_figure(index):
    text = "https://baosoctrang.org.vn/2023/12/hoi-nong-dan-1234\nNăm 2023, Hội Nông dân tỉnh có 121.400 hội viên."
    result = extract(text, index, published=PUBLISHED)
    assert [(c.indicator, c.value, c.locality_code) for c in result.candidates] == [
        ("members", 121400, "L94")
    ]
    assert result.header.host == "baosoctrang.org.vn"


# Issue 18, class 1: a page whose only date is in its address (a saved page's first line).
URL_PAGE = (
    "https://baolaichau.vn/xa-hoi/hoi-nong-dan-tinh-lai-chau-ket-nap-hoi-vien-20230911083012.htm\n"
    "Hội Nông dân tỉnh Lai Châu kết nạp hội viên mới\n"
    "Từ đầu năm đến nay, Hội Nông dân tỉnh Lai Châu đã kết nạp 1.250 hội viên mới, nâng tổng số hội "
    "viên toàn tỉnh lên 61.870 người, đạt 101% kế hoạch năm."
)


@pytest.mark.parametrize(
    ("url", "day", "exact"),
    [
        ("https://baolaichau.vn/xa-hoi/bai-viet-20230911083012.htm", date(2023, 9, 11), True),
        ("https://tinh.vn/2024/05/17/bai-viet", date(2024, 5, 17), True),
        ("https://tinh.vn/2024-05-17/bai-viet", date(2024, 5, 17), True),
        ("https://tinh.vn/202405/bai-viet-123.html", date(2024, 5, 31), False),  # the month: its last day
        ("https://tinh.vn/tin-tuc/bai-viet", None, False),
        ("https://tinh.vn/bai-viet-20231345.htm", None, False),  # no 13th month
    ],
)
def test_a_web_address_gives_the_publication_date(url, day, exact):
    from danvan.extract.header import _url_date

    assert _url_date(url) == (day, exact)


def test_a_page_dated_only_by_its_address_keeps_its_figures_with_that_year(index):
    result = extract(URL_PAGE, index)
    assert result.header.published_source == "url" and result.header.published.day == date(2023, 9, 11)
    got = {(c.indicator, c.value, c.period) for c in result.candidates}
    # «đến nay» on 11/09/2023: the stock on that day, the flow from January to August
    # (before, with no date found, both were dropped)
    assert got == {("members", 61870, "2023-09-11"), ("new_members", 1250, "2023-01/2023-08")}


def test_a_figure_with_no_period_and_no_date_is_kept_for_the_reviewer_not_dropped(index):
    """Issue 18, class 1: no period in the text and no date anywhere — the figures stay, undated,
    held back on the review page until someone gives the period (the confidence says how sure the
    reading is a figure; the missing period is the held-back reason)."""
    from danvan import labels
    from danvan.extract import review

    text = "Hội Nông dân tỉnh Lai Châu hiện có 61.870 hội viên, sinh hoạt tại 1.020 chi hội."
    result = extract(text, index)
    assert {(c.indicator, c.value, c.period) for c in result.candidates} == {
        ("members", 61870, None),
        ("associations", 1020, None),
    }
    assert all("period:undated" in c.why for c in result.candidates)
    rows = review.candidates_frame(result.candidates).to_dict("records")
    assert {r["decision"] for r in rows} == {review.PENDING}
    assert all(r["held"] == labels.EXT_WHY["period:undated"] and r["period"] == "" for r in rows)


def test_a_money_list_carries_its_keyword_and_dư_nợ_cho_vay_is_a_balance(index):
    """Issue 18, classes 2 and 3 (our own sentences, development data)."""
    listed = (
        "Năm 2023, dư nợ ủy thác qua Hội Nông dân tỉnh Lai Châu 1.205 tỷ đồng với 21.340 hộ vay; "
        "Hội Phụ nữ 987,5 tỷ đồng, 18.112 hộ; Đoàn Thanh niên 512 tỷ đồng."
    )
    got = {
        (c.indicator, c.value, c.organization) for c in extract(listed, index, published=PUBLISHED).candidates
    }
    assert {
        ("loan_balance", 1_205e9, "hoi_nd"),
        ("loan_balance", 987.5e9, "hoi_lhpn"),
        ("loan_balance", 512e9, "doan_tn"),
    } <= got
    lending = "Năm 2023, dư nợ cho vay qua Hội Nông dân tỉnh Lai Châu đạt 95,2 tỷ đồng."
    assert read(index, lending) == [("loan_balance", 95.2e9)]
    # an item with a money word of its own that is not a balance stays out
    assert ("loan_balance", 20e9) not in read(
        index, "Năm 2023, dư nợ ủy thác đạt 100 tỷ đồng; giải ngân 20 tỷ đồng."
    )
