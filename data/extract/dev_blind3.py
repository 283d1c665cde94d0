"""A third held-out set, written on 02/12/2026 by a helper who never saw the extractor, and measured
once per change while blind (precision 0.97, recall 0.97, unit and year 1.00). Development data since
03/12/2026: its misses were printed and read while the scorer was built, so it no longer measures
anything it has not seen (data/extract/blind4.py took its place)."""

from __future__ import annotations

DOCS = [
    {
        "name": "hlhpn_nghe_an_2025",
        "published": "2025-12-18",
        "text": (
            "Tại hội nghị tổng kết công tác năm 2025 tổ chức ngày 17/12, Hội Liên hiệp Phụ nữ tỉnh Nghệ An "
            "cho biết toàn tỉnh hiện có 612.450 hội viên; trong năm đã kết nạp mới 8.315 hội viên, tăng 4,5% "
            "so với năm 2024. Tổng dư nợ các chương trình tín dụng chính sách do Hội nhận ủy thác từ Ngân hàng "
            "Chính sách xã hội đạt 5,87 nghìn tỷ đồng, với 118.640 hộ còn dư nợ. Năm 2026, Hội phấn đấu kết nạp "
            "thêm 10.000 hội viên."
        ),
        "expected": [
            ("members", 612450, "40", 2025),
            ("new_members", 8315, "40", 2025),
            ("loan_balance", 5_870_000_000_000, "40", 2025),
            ("borrowing_households", 118640, "40", 2025),
        ],
    },
    {
        "name": "hnd_thanh_hoa_2023",
        "published": "2024-01-12",
        "text": (
            "Tính đến ngày 31/12/2023, Hội Nông dân tỉnh Thanh Hóa có 4.312 chi hội với 410.280 hội viên. "
            "Dư nợ vốn vay Ngân hàng Chính sách xã hội ủy thác qua các cấp Hội đạt 3.418 tỷ đồng, với 72.905 hộ "
            "đang còn dư nợ. Trong năm, các cấp Hội đã tổ chức 1.250 cuộc đối thoại giữa nông dân với cấp ủy, "
            "chính quyền."
        ),
        "expected": [
            ("associations", 4312, "L38", 2023),
            ("members", 410280, "L38", 2023),
            ("loan_balance", 3_418_000_000_000, "L38", 2023),
            ("borrowing_households", 72905, "L38", 2023),
        ],
    },
    {
        "name": "ccb_quang_ninh_q3_2024",
        "published": "2024-10-08",
        "text": (
            "Trong quý III/2024, Hội Cựu chiến binh tỉnh Quảng Ninh kết nạp mới 412 hội viên, nâng tổng số hội "
            "viên toàn tỉnh lên 41.365 người. Các cấp Hội đã tổ chức 126 buổi gặp mặt truyền thống và vận động "
            "được 1,3 tỷ đồng ủng hộ Quỹ nghĩa tình đồng đội."
        ),
        "expected": [
            ("new_members", 412, "L22", 2024),
            ("members", 41365, "L22", 2024),
        ],
    },
    {
        "name": "doan_thu_dau_mot_2025",
        "published": "2025-11-05",
        "text": (
            "Đoàn Thanh niên phường Thủ Dầu Một (TP. Hồ Chí Minh) hiện quản lý 1.842 đoàn viên. Từ đầu năm 2025 "
            "đến nay, Đoàn phường đã kết nạp 156 đoàn viên mới, đồng thời tổ chức 24 đợt ra quân tình nguyện với "
            "hơn 3.000 lượt đoàn viên, thanh niên tham gia."
        ),
        "expected": [
            ("members", 1842, "25747", 2025),
            ("new_members", 156, "25747", 2025),
        ],
    },
    {
        "name": "mttq_ha_tinh_dvk_2022",
        "published": "2022-12-20",
        "text": (
            "Năm 2022, Ủy ban MTTQ và Ban Dân vận các cấp tỉnh Hà Tĩnh đã xây dựng, nhân rộng 1.265 mô hình "
            '"Dân vận khéo" trên các lĩnh vực. Cũng trong năm, Quỹ "Vì người nghèo" các cấp vận động được '
            "42,6 tỷ đồng, tăng 12% so với năm 2021."
        ),
        "expected": [
            ("dvk_models", 1265, "L42", 2022),
        ],
    },
    {
        "name": "hlhpn_binh_dinh_6t_2025",
        "published": "2025-06-24",
        "text": (
            "Sơ kết 6 tháng đầu năm 2025, Hội LHPN tỉnh Bình Định cho biết đã kết nạp mới 3.027 hội viên, nâng "
            "tổng số hội viên lên 247.918 người, sinh hoạt tại 1.082 chi hội. Dư nợ ủy thác qua Hội đạt "
            "2.156,8 tỷ đồng. Chỉ tiêu cả năm là kết nạp 5.000 hội viên mới."
        ),
        "expected": [
            ("new_members", 3027, "L52", 2025),
            ("members", 247918, "L52", 2025),
            ("associations", 1082, "L52", 2025),
            ("loan_balance", 2_156_800_000_000, "L52", 2025),
        ],
    },
    {
        "name": "hnd_xa_ba_thuoc_q1_2026",
        "published": "2026-04-10",
        "text": (
            "Đến hết quý I/2026, Hội Nông dân xã Bá Thước (tỉnh Thanh Hóa) có 3.415 hội viên, sinh hoạt ở 27 chi "
            "hội. Dư nợ vốn vay chính sách ủy thác qua Hội đạt 86,4 tỷ đồng, với 1.973 hộ còn dư nợ. Năm 2026, "
            'xã phấn đấu xây dựng thêm 10 mô hình "Dân vận khéo".'
        ),
        "expected": [
            ("members", 3415, "14923", 2026),
            ("associations", 27, "14923", 2026),
            ("loan_balance", 86_400_000_000, "14923", 2026),
            ("borrowing_households", 1973, "14923", 2026),
        ],
    },
    {
        "name": "ccb_huyen_ba_thuoc_2021",
        "published": "2021-12-28",
        "text": (
            "Hội Cựu chiến binh huyện Bá Thước hiện có 97 chi hội với 2.760 hội viên. Năm 2021, các cấp Hội đã "
            "vận động hội viên đóng góp xây dựng 5 ngôi nhà nghĩa tình trị giá 250 triệu đồng."
        ),
        "expected": [
            ("associations", 97, "L386", 2021),
            ("members", 2760, "L386", 2021),
        ],
    },
    {
        "name": "tinh_doan_binh_duong_2019",
        "published": "2020-01-10",
        "text": (
            "Năm 2019, Tỉnh đoàn Bình Dương kết nạp 6.418 đoàn viên mới, nâng tổng số đoàn viên toàn tỉnh lên "
            "hơn 62.170 người. Chiến dịch Thanh niên tình nguyện hè thu hút 15.000 lượt đoàn viên tham gia."
        ),
        "expected": [
            ("new_members", 6418, "L74", 2019),
            ("members", 62170, "L74", 2019),
        ],
    },
    {
        "name": "cau_giay_dvk_2025",
        "published": "2025-10-20",
        "text": (
            "Sau hơn ba tháng vận hành chính quyền địa phương hai cấp, phường Cầu Giấy (Hà Nội) đã có 18 mô hình "
            '"Dân vận khéo" được công nhận trong năm 2025. Hội LHPN phường hiện có 4.206 hội viên; nhân dịp '
            "Ngày Phụ nữ Việt Nam 20/10, Hội đã trao 35 suất quà cho hội viên có hoàn cảnh khó khăn."
        ),
        "expected": [
            ("dvk_models", 18, "00167", 2025),
            ("members", 4206, "00167", 2025),
        ],
    },
    {
        "name": "hlhpn_tphcm_2025",
        "published": "2025-12-30",
        "text": (
            "Báo cáo tổng kết năm 2025 của Hội LHPN Thành phố Hồ Chí Minh nêu rõ, sau khi hợp nhất với Bình "
            "Dương và Bà Rịa - Vũng Tàu, Hội hiện có gần 1,2 triệu hội viên. Dư nợ ủy thác qua Hội đạt "
            '9.560 tỷ đồng, với 205.300 hộ còn dư nợ; chương trình "Mái ấm tình thương" vận động được '
            "18 tỷ đồng."
        ),
        "expected": [
            ("members", 1_200_000, "79", 2025),
            ("loan_balance", 9_560_000_000_000, "79", 2025),
            ("borrowing_households", 205300, "79", 2025),
        ],
    },
    {
        "name": "hnd_ben_tre_2020",
        "published": "2020-12-22",
        "text": (
            "Năm 2020, Hội Nông dân tỉnh Bến Tre kết nạp mới 2.941 hội viên; toàn tỉnh có 1.187 chi hội với "
            "142.635 hội viên, chiếm 78,6% số hộ nông dân. Dư nợ ủy thác qua Hội tại Ngân hàng Chính sách xã "
            "hội đạt 1.052 tỷ đồng."
        ),
        "expected": [
            ("new_members", 2941, "L83", 2020),
            ("associations", 1187, "L83", 2020),
            ("members", 142635, "L83", 2020),
            ("loan_balance", 1_052_000_000_000, "L83", 2020),
        ],
    },
]
