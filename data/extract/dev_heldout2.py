"""A second held-out set, written after the first had been used for fixes, and measured once.

Same conventions as dev_heldout1.py: passages in our own words, expectations by hand as
(indicator, value, locality_code, year). New here: list-style reports ("- Kết nạp mới: …"), the
post-reform units (current provinces and wards), other nouns ("38.214 chị"), more lenders and
turnover figures as traps.
"""

from __future__ import annotations

DOCS = [
    {
        "name": "ccb_ba_dinh_2025",
        "published": "2025-10-20",
        "text": (
            "Phường Ba Đình (Hà Nội): Hội Cựu chiến binh phường hiện có 1.326 hội viên, sinh hoạt tại 21 chi "
            "hội. 9 tháng năm 2025, Hội kết nạp 48 hội viên mới."
        ),
        "expected": [
            ("members", 1326, "00004", 2025),
            ("associations", 21, "00004", 2025),
            ("new_members", 48, "00004", 2025),
        ],
    },
    {
        "name": "lhpn_nghe_an_q1_list",
        "published": "2024-04-12",
        "text": (
            "Kết quả quý I/2024 của Hội LHPN tỉnh Nghệ An:\n"
            "- Kết nạp mới: 3.410 hội viên;\n"
            "- Tổng số hội viên: 612.500;\n"
            "- Dư nợ ủy thác qua Hội: 6,2 nghìn tỷ đồng;\n"
            "- Số hộ còn dư nợ: 118.260 hộ.\n"
            "So với cùng kỳ năm 2023, dư nợ tăng 480 tỷ đồng."
        ),
        "expected": [
            ("new_members", 3410, "L40", 2024),
            ("members", 612500, "L40", 2024),
            ("loan_balance", 6.2e12, "L40", 2024),
            ("borrowing_households", 118260, "L40", 2024),
        ],
    },
    {
        "name": "dvk_duc_trong_h1",
        "published": "2023-07-05",
        "text": (
            "Huyện Đức Trọng (Lâm Đồng) sơ kết 6 tháng đầu năm 2023 công tác dân vận. Trong 6 tháng, các cấp "
            "đã công nhận 57 mô hình, điển hình “Dân vận khéo”, nâng tổng số mô hình từ năm 2016 đến nay lên "
            "1.034 mô hình. Đoàn viên, hội viên các đoàn thể toàn huyện đạt 71.250 người."
        ),
        "expected": [
            ("dvk_models", 57, "L678", 2023),
            ("dvk_models_cumulative", 1034, "L678", 2023),
            ("members", 71250, "L678", 2023),
        ],
    },
    {
        "name": "hnd_thai_binh_2021",
        "published": "2022-03-15",
        "text": (
            "Năm 2021, Hội Nông dân tỉnh Thái Bình quản lý dư nợ ủy thác 2.950 tỷ đồng cho 64.800 hộ vay; ngoài "
            "ra dư nợ Quỹ hỗ trợ nông dân đạt 52 tỷ đồng với 1.460 hộ vay. Toàn tỉnh có 243.600 hội viên nông "
            "dân sinh hoạt trong 2.115 chi hội."
        ),
        "expected": [
            ("loan_balance", 2950e9, "L34", 2021),
            ("borrowing_households", 64800, "L34", 2021),
            ("members", 243600, "L34", 2021),
            ("associations", 2115, "L34", 2021),
        ],
    },
    {
        "name": "doan_krong_pac_2019",
        "published": "2020-01-08",
        "text": (
            "Trong năm 2019, Đoàn Thanh niên huyện Krông Pắc (Đắk Lắk) kết nạp 1.215 đoàn viên mới, giới thiệu "
            "86 đoàn viên ưu tú cho Đảng xem xét kết nạp. Tổng số đoàn viên toàn huyện hiện là 9.870 đoàn viên, "
            "sinh hoạt tại 142 chi đoàn."
        ),
        "expected": [
            ("new_members", 1215, "L654", 2019),
            # "hiện là" in the review of 2019 published on 8 January 2020: 2019's end (re-annotated
            # 03/12/2026 to the convention of the real-shaped sets; was 2020)
            ("members", 9870, "L654", 2019),
            ("associations", 142, "L654", 2019),
        ],
    },
    {
        "name": "cong_doan_hai_phong_9m",
        "published": "2021-10-14",
        "text": (
            "9 tháng đầu năm 2021, các cấp Công đoàn thành phố Hải Phòng kết nạp 11.540 đoàn viên, thành lập 96 "
            "công đoàn cơ sở; tổng số đoàn viên công đoàn đạt trên 283 nghìn người. Công đoàn các cấp đã trao "
            "4.120 suất quà cho đoàn viên khó khăn."
        ),
        "expected": [
            ("new_members", 11540, "L31", 2021),
            ("members", 283000, "L31", 2021),
        ],
    },
    {
        "name": "dvk_quang_ngai_levels",
        "published": "2019-12-26",
        "text": (
            "Năm 2019, phong trào thi đua “Dân vận khéo” tỉnh Quảng Ngãi có 1.387 mô hình được đăng ký, trong "
            "đó cấp tỉnh 42 mô hình, cấp huyện 318 mô hình, cấp cơ sở 1.027 mô hình. Đề nghị khen thưởng 35 mô "
            "hình tiêu biểu. Năm 2020 phấn đấu mỗi cơ quan, đơn vị có ít nhất 1 mô hình."
        ),
        "expected": [
            ("dvk_models", 1387, "L51", 2019),
            ("dvk_models", 42, "L51", 2019),
            ("dvk_models", 318, "L51", 2019),
            ("dvk_models", 1027, "L51", 2019),
        ],
    },
    {
        "name": "ccb_thai_nguyen_web",
        "published": "2024-06-20",
        "text": (
            "https://baothainguyen.vn/tin-tuc/hoi-ccb-phat-huy\n"
            "Hội Cựu chiến binh tỉnh: Phát huy phẩm chất Bộ đội Cụ Hồ\n"
            "Hiện nay, toàn tỉnh có 31.842 hội viên cựu chiến binh, 178 hội cơ sở. Hội đang quản lý 412 tổ TK&VV "
            "với dư nợ 1.306 tỷ đồng, 24.705 hộ vay. Trong 5 tháng đầu năm, các cấp Hội kết nạp 412 hội viên."
        ),
        "expected": [
            ("members", 31842, "L19", 2024),
            ("associations", 178, "L19", 2024),
            ("loan_balance", 1306e9, "L19", 2024),
            ("borrowing_households", 24705, "L19", 2024),
            ("new_members", 412, "L19", 2024),
        ],
    },
    {
        "name": "traps_kon_tum",
        "published": "2022-11-02",
        "text": (
            "Sáng 1/11, Ban Dân vận Tỉnh ủy Kon Tum tổ chức hội nghị triển khai Quy định 08-QĐi/TW. Tại hội "
            "nghị, 7 đại biểu phát biểu ý kiến; Tỉnh ủy giao 5 nhiệm vụ, xác định 3 khâu đột phá. Mục tiêu năm "
            "2023 xây dựng 300 mô hình “Dân vận khéo”. Giá cà phê hiện ở mức 45.000 đồng/kg, tăng 3.000 đồng/kg "
            "so với đầu tháng."
        ),
        "expected": [],
    },
    {
        "name": "lhpn_chau_thanh_tay_ninh",
        "published": "2025-01-10",
        "text": (
            "Năm qua, Hội Liên hiệp Phụ nữ huyện Châu Thành (Tây Ninh) vận động 2.146 hội viên tham gia các tổ "
            "hợp tác; kết nạp 965 hội viên mới, nâng tổng số hội viên lên 38.214 chị."
        ),
        "expected": [
            ("new_members", 965, "L708", 2024),
            ("members", 38214, "L708", 2024),
        ],
    },
    {
        "name": "hnd_tien_du_loans",
        "published": "2018-08-10",
        "text": (
            "Tính đến 30/6/2018, dư nợ các chương trình tín dụng chính sách ủy thác qua Hội Nông dân huyện Tiên "
            "Du đạt 182,4 tỷ đồng, chiếm 34,2% tổng dư nợ toàn huyện; 5.620 hộ đang vay vốn. Doanh số cho vay 6 "
            "tháng đạt 41 tỷ đồng."
        ),
        "expected": [
            ("loan_balance", 182.4e9, "L260", 2018),
            ("borrowing_households", 5620, "L260", 2018),
        ],
    },
    {
        "name": "hnd_tuyen_quang_after_merger",
        "published": "2025-08-15",
        "text": (
            "Sau hợp nhất, Hội Nông dân tỉnh Tuyên Quang có 289.640 hội viên, sinh hoạt tại 1.932 chi hội. "
            "Tháng 7/2025, các cấp Hội kết nạp 1.180 hội viên mới."
        ),
        "expected": [
            ("members", 289640, "08", 2025),
            ("associations", 1932, "08", 2025),
            ("new_members", 1180, "08", 2025),
        ],
    },
]
