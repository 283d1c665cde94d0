"""Held-out sentences for measuring the extractor (written before the extractor, in our own words).

Short passages in the style of provincial reports and news articles: members, new members,
associations, Dân vận khéo models, entrusted loans and borrowing households, mixed with traps
(targets, document numbers, dates, turns, other lenders, prices, counts of activities).
Expectations are (indicator, value, locality_code, year), computed by hand. `year` is the year of
the figure's period (the end year of a range).
"""

from __future__ import annotations

DOCS = [
    {
        "name": "hnd_bac_giang_2023",
        "published": "2024-01-15",
        "text": (
            "Hội Nông dân tỉnh Bắc Giang tổng kết công tác năm 2023\n"
            "Năm qua, các cấp Hội đã kết nạp mới 4.215 hội viên, nâng tổng số hội viên toàn tỉnh lên "
            "187.306 người, sinh hoạt tại 2.034 chi hội. Hội phối hợp với Ngân hàng Chính sách xã hội "
            "tỉnh quản lý tổng dư nợ ủy thác 2.148,6 tỷ đồng, với 41.270 hộ còn dư nợ. Ngoài ra, Hội "
            "bảo lãnh cho hội viên vay vốn Agribank với dư nợ 1.320 tỷ đồng; nguồn Quỹ hỗ trợ nông dân "
            "các cấp đạt 68 tỷ đồng, giúp 2.100 hộ phát triển sản xuất. Năm 2024, Hội phấn đấu kết nạp "
            "4.000 hội viên mới và thành lập thêm 30 chi hội."
        ),
        "expected": [
            ("new_members", 4215, "L24", 2023),
            ("members", 187306, "L24", 2023),
            ("associations", 2034, "L24", 2023),
            ("loan_balance", 2148.6e9, "L24", 2023),
            ("borrowing_households", 41270, "L24", 2023),
        ],
    },
    {
        "name": "doan_quang_tri_h1",
        "published": "2023-07-20",
        "text": (
            "Sơ kết 6 tháng đầu năm 2023, Tỉnh đoàn Quảng Trị cho biết toàn tỉnh có 62.418 đoàn viên; "
            "6 tháng qua kết nạp 1.935 đoàn viên mới. Trong 6 tháng, các cơ sở Đoàn tổ chức 145 buổi "
            "tuyên truyền cho hơn 12.000 lượt đoàn viên, thanh niên. Đoàn Thanh niên đang quản lý 245 "
            "tổ tiết kiệm và vay vốn, dư nợ ủy thác 512,4 tỷ đồng, 9 810 hộ vay. Giải ngân 1.240 lượt "
            "hộ vay với số tiền 58 tỷ đồng."
        ),
        "expected": [
            ("members", 62418, "L45", 2023),
            ("new_members", 1935, "L45", 2023),
            ("loan_balance", 512.4e9, "L45", 2023),
            ("borrowing_households", 9810, "L45", 2023),
        ],
    },
    {
        "name": "dvk_yen_thanh_2018_2022",
        "published": "2022-12-28",
        "text": (
            "Huyện ủy Yên Thành (Nghệ An) tổng kết 5 năm phong trào thi đua “Dân vận khéo” giai đoạn "
            "2018–2022. Trong giai đoạn này, toàn huyện đã xây dựng và được công nhận 1.146 mô hình, "
            "điển hình “Dân vận khéo”, trong đó lĩnh vực kinh tế 498 mô hình, văn hóa – xã hội 352 mô "
            "hình, quốc phòng – an ninh 121 mô hình, xây dựng hệ thống chính trị 175 mô hình. Riêng năm "
            "2022 có 236 mô hình mới được công nhận. Hội nghị đã khen thưởng 25 tập thể và 40 cá nhân "
            "có thành tích xuất sắc."
        ),
        "expected": [
            ("dvk_models_cumulative", 1146, "L426", 2022),
            ("dvk_models_cumulative", 498, "L426", 2022),
            ("dvk_models_cumulative", 352, "L426", 2022),
            ("dvk_models_cumulative", 121, "L426", 2022),
            ("dvk_models_cumulative", 175, "L426", 2022),
            ("dvk_models", 236, "L426", 2022),
        ],
    },
    {
        "name": "mttq_tuyen_quang_q3_2025",
        "published": "2025-10-08",
        "text": (
            "Ngày 7/10, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Tuyên Quang tổ chức hội nghị giao ban "
            "quý III/2025. Theo báo cáo, 9 tháng năm 2025, Hội Liên hiệp Phụ nữ các cấp kết nạp 6.320 "
            "hội viên mới; Hội Cựu chiến binh kết nạp 1.104 hội viên. Đến ngày 30/9/2025, dư nợ ủy thác "
            "qua 4 tổ chức chính trị - xã hội đạt 7.412 tỷ đồng, chiếm 99,6% tổng dư nợ của Ngân hàng "
            "Chính sách xã hội tỉnh, với 142.530 khách hàng còn dư nợ. Tỷ lệ nợ quá hạn chiếm 0,12%. "
            "Hội nghị đề ra 7 nhiệm vụ trọng tâm quý IV."
        ),
        "expected": [
            ("new_members", 6320, "08", 2025),
            ("new_members", 1104, "08", 2025),
            ("loan_balance", 7412e9, "08", 2025),
            ("borrowing_households", 142530, "08", 2025),
        ],
    },
    {
        "name": "ldld_da_nang_q1_2021",
        "published": "2021-04-12",
        "text": (
            "Quý I/2021, Liên đoàn Lao động thành phố Đà Nẵng phát triển mới 3.216 đoàn viên, thành lập "
            "42 công đoàn cơ sở, nâng tổng số đoàn viên công đoàn lên 176 418 người. Trong quý, công đoàn "
            "các cấp đã thăm hỏi, tặng 2.450 suất quà cho đoàn viên có hoàn cảnh khó khăn với tổng trị giá "
            "1,2 tỷ đồng. Giá gạo hỗ trợ được tính 15.000 đồng/kg."
        ),
        "expected": [
            ("new_members", 3216, "L48", 2021),
            ("members", 176418, "L48", 2021),
        ],
    },
    {
        "name": "ccb_binh_phuoc_ytd",
        "published": "2019-11-05",
        "text": (
            "Từ đầu năm đến nay, Hội Cựu chiến binh tỉnh Bình Phước đã kết nạp 812 hội viên; hiện toàn "
            "tỉnh có 14,917 hội viên sinh hoạt tại 108 cơ sở hội. Hội đang quản lý dư nợ ủy thác trên "
            "149.452 triệu đồng cho 5.630 hộ vay."
        ),
        "expected": [
            ("new_members", 812, "L70", 2019),
            ("members", 14917, "L70", 2019),
            ("associations", 108, "L70", 2019),
            ("loan_balance", 149.452e9, "L70", 2019),
            ("borrowing_households", 5630, "L70", 2019),
        ],
    },
    {
        "name": "phu_nu_nghia_trung",
        "published": "2018-03-02",
        "text": (
            "Xã Nghĩa Trung (huyện Tư Nghĩa) hiện có 1.245 hội viên phụ nữ, sinh hoạt ở 9 chi hội. Năm "
            "2017, Hội LHPN xã vận động hội viên góp 320 triệu đồng xây dựng quỹ tiết kiệm, hỗ trợ 45 hội "
            "viên nghèo vay không lãi. Chị Nguyễn Thị H., Chủ tịch Hội cho biết, 3 năm qua có 12 hội viên "
            "thoát nghèo."
        ),
        "expected": [
            ("members", 1245, "L21277", 2018),
            ("associations", 9, "L21277", 2018),
        ],
    },
    {
        "name": "dvk_lam_dong_2024",
        "published": "2024-12-20",
        "text": (
            "Năm 2024, toàn tỉnh Lâm Đồng có 1.832 mô hình “Dân vận khéo” được đăng ký xây dựng; lũy kế "
            "từ năm 2016 đến nay có 9.475 mô hình. Kế hoạch năm 2025 phấn đấu mỗi xã có ít nhất 2 mô hình. "
            "Chỉ thị số 16-CT/TU và Kết luận 114-KL/TW được quán triệt đến 100% chi bộ."
        ),
        "expected": [
            ("dvk_models", 1832, "L68", 2024),
            ("dvk_models_cumulative", 9475, "L68", 2024),
        ],
    },
    {
        "name": "traps_only_district_meeting",
        "published": "2023-09-10",
        "locality": "huyện Mai Sơn",
        "text": (
            "Trang 2/5\n"
            "Sáng 8/9, Thường trực Huyện ủy Mai Sơn làm việc với Ban Dân vận về tình hình 8 tháng năm 2023. "
            "Hội nghị nghe 5 ý kiến phát biểu, thống nhất 6 nhóm giải pháp và 2 khâu đột phá. Theo Quyết "
            "định số 99-QĐ/TW ngày 3/10/2017, các đoàn thể cần phát huy vai trò giám sát. Chỉ tiêu năm 2023 "
            "là kết nạp 600 hội viên mới.\n"
            "3"
        ),
        "expected": [],
    },
    {
        "name": "hoi_qc_dak_nong",
        "published": "2016-08-15",
        "text": (
            "Qua 10 năm thực hiện Chỉ thị 17, tỉnh Đắk Nông có 21 hội quần chúng cấp tỉnh với trên 46.000 "
            "hội viên. Trong đó có 8 hội đặc thù. Năm 2015, các hội đã vận động hơn 12 tỷ đồng ủng hộ quỹ "
            "vì người nghèo."
        ),
        "expected": [
            ("associations", 21, "L67", 2016),
            ("members", 46000, "L67", 2016),
        ],
    },
    {
        "name": "hnd_ha_noi_h1_2020",
        "published": "2020-07-09",
        "text": (
            "6 tháng đầu năm 2020, Hội Nông dân thành phố Hà Nội kết nạp 2,3 nghìn hội viên mới. Dư nợ "
            "cho vay từ nguồn vốn ủy thác của Ngân hàng Chính sách xã hội qua Hội đạt 3.650 tỷ đồng, tăng "
            "215 tỷ đồng so với đầu năm."
        ),
        "expected": [
            ("new_members", 2300, "L01", 2020),
            ("loan_balance", 3650e9, "L01", 2020),
        ],
    },
    {
        "name": "phu_nu_can_gio_q1_2022",
        "published": "2022-05-03",
        "text": (
            "Tính đến 31/3/2022, Hội Phụ nữ huyện Cần Giờ quản lý 68 tổ tiết kiệm và vay vốn với tổng dư "
            "nợ 81,658 tỷ đồng, 2.915 hộ vay; nợ quá hạn 0,3 tỷ đồng."
        ),
        "expected": [
            ("loan_balance", 81.658e9, "L787", 2022),
            ("borrowing_households", 2915, "L787", 2022),
        ],
    },
    {
        "name": "doan_ha_tinh_2022",
        "published": "2023-01-10",
        "text": (
            "Báo cáo của Tỉnh đoàn Hà Tĩnh năm 2022: kết nạp gần 12 nghìn đoàn viên mới; tổng số đoàn viên "
            "đến cuối năm là 98.540. Các cơ sở Đoàn tổ chức 320 hoạt động tình nguyện, thu hút 45 nghìn "
            "lượt đoàn viên tham gia."
        ),
        "expected": [
            ("new_members", 12000, "L42", 2022),
            ("members", 98540, "L42", 2022),
        ],
    },
    {
        "name": "ccb_vinh_chau",
        "published": "2024-10-15",
        "text": (
            "Hội Cựu chiến binh thị xã Vĩnh Châu (Sóc Trăng) hiện có 2.106 hội viên, 12 hội cơ sở. Hội "
            "nhận ủy thác từ NHCSXH với 14 tổ TK&VV, dư nợ 46,7 tỷ đồng, có 1.284 hộ đang vay vốn."
        ),
        "expected": [
            ("members", 2106, "L950", 2024),
            ("associations", 12, "L950", 2024),
            ("loan_balance", 46.7e9, "L950", 2024),
            ("borrowing_households", 1284, "L950", 2024),
        ],
    },
    {
        "name": "hnd_quang_nam_term",
        "published": "2021-12-30",
        "text": (
            "Trong nhiệm kỳ 2016 - 2021, Hội Nông dân tỉnh Quảng Nam kết nạp 18.450 hội viên mới. Đến cuối "
            "năm 2021, toàn tỉnh có 176.000 hội viên nông dân. Hội tổ chức 1.240 lớp tập huấn khoa học kỹ "
            "thuật cho 62.000 lượt hội viên."
        ),
        "expected": [
            ("new_members", 18450, "L49", 2021),
            ("members", 176000, "L49", 2021),
        ],
    },
    {
        "name": "doan_the_mai_son_2023",
        "published": "2023-12-22",
        "text": (
            "Năm qua, MTTQ và các đoàn thể huyện Mai Sơn đã vận động xây dựng 145 nhà Đại đoàn kết, trị giá "
            "7,25 tỷ đồng. Các hội, đoàn thể nhận ủy thác quản lý dư nợ 612 tỷ đồng, 14.350 hộ còn dư nợ. "
            "Trong quý IV, các đoàn thể kết nạp 540 đoàn viên, hội viên."
        ),
        "expected": [
            ("loan_balance", 612e9, "L125", 2023),
            ("borrowing_households", 14350, "L125", 2023),
            ("new_members", 540, "L125", 2023),
        ],
    },
]
