"""Third development set of real-shaped Vietnamese mass-organization report pages (dev3), written by a helper
session after reading ~75 stored public pages (see MANIFEST.md). 30 documents, 168 expected figures, dated 2019-2026,
legacy units up to 2025-06-30 and the 34-province/new-commune units after. Shapes: varied chrome (banner dates,
site-today dates beside older article dates, date after the byline, date only in the address, no date at all,
"Tin liên quan"/"Tin cũ hơn" sidebars with old dates, photo captions), place only from host/office heading/title,
official reports (Số …/BC-…) with TAB-separated appendix tables (commune rows, district rows, organization rows),
congress pages (term reporting), half-year/nine-month/quarter reports, several organizations and several years in one
page, lists that do not repeat the noun, slash forms, "trong đó" parts vs sub-populations, merger before/after, and
distractors (targets, percentages, increases, other lenders, Quỹ HTND, disbursements, programme sub-balances,
audiences, gifts/money, tổ TK&VV counts, volunteers, delegates)."""

DOCS = [
    {
        "name": "cuu_tnxp_ha_tinh_congress_2022",
        "url": "https://hatinhnews.vn/chinh-tri/hoi-cuu-tnxp-tinh-dai-hoi-lan-thu-iv-giu-tron-nghia-tinh-dong-doi-a41237.html",
        "text": (
            "HÀ TĨNH NEWS  |  Thời sự  |  Chính trị  |  Kinh tế  |  Xã hội  |  Văn hóa  |  Video\n"
            "Trang chủ > Chính trị > Mặt trận - Đoàn thể\n"
            "Hội Cựu TNXP tỉnh đại hội lần thứ IV: Giữ trọn nghĩa tình đồng đội\n"
            "Thứ Sáu, 15/07/2022 - 10:42\n"
            "(HTN) - Sáng 15/7, Hội Cựu thanh niên xung phong (TNXP) tỉnh Hà Tĩnh tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2022 - 2027. Về dự có 180 đại biểu chính thức, đại diện cho hơn 9.460 hội viên đang sinh hoạt ở các cấp hội trong tỉnh.\n"
            "Ảnh: Các đại biểu biểu quyết thông qua Nghị quyết Đại hội. (Ảnh: Thu Hằng)\n"
            "Báo cáo của Ban Chấp hành khóa III cho thấy, 5 năm qua, công tác xây dựng tổ chức được các cấp hội quan tâm đặc biệt. Từ năm 2017 đến nay, các cấp hội đã vận động, kết nạp 1.126 hội viên mới; thành lập thêm 4 hội cơ sở ở những địa bàn trước đây chưa có tổ chức hội, đưa số cơ sở hội trên toàn tỉnh lên 208. Hiện có 2.315 hội viên đang hưởng chế độ trợ cấp theo Quyết định 40 của Thủ tướng Chính phủ; 1.870 hội viên trên 75 tuổi.\n"
            'Phong trào "Lúc trẻ xung phong, về già gương mẫu" lan tỏa sâu rộng. Các cấp hội đã phối hợp xây mới, sửa chữa 37 nhà nghĩa tình đồng đội với tổng trị giá gần 1,9 tỷ đồng; trao 420 sổ tiết kiệm cho nữ cựu TNXP có hoàn cảnh khó khăn; tổ chức 64 chuyến hành quân về nguồn cho hơn 3.000 lượt hội viên.\n'
            "Nhiệm kỳ 2022 - 2027, Hội đặt mục tiêu mỗi năm kết nạp ít nhất 150 hội viên mới, 100% hội cơ sở có quỹ nghĩa tình đồng đội từ 10 triệu đồng trở lên.\n"
            "Đại hội đã hiệp thương cử 25 đồng chí vào Ban Chấp hành khóa IV; ông Nguyễn Đình Lợi được tín nhiệm giữ chức Chủ tịch Hội.\n"
            "Thu Hằng\n"
            "Chia sẻ:  Facebook  |  Zalo  |  In bài\n"
            "Tin liên quan\n"
            "- Hội Cựu TNXP huyện Can Lộc đại hội nhiệm kỳ 2017 - 2022 (22/06/2017)\n"
            "- Gặp mặt kỷ niệm 70 năm Ngày truyền thống lực lượng TNXP (14/07/2020)\n"
        ),
        "expected": [
            ("members", 9460, "L42", 2022),
            ("new_members", 1126, "L42", 2022),
            ("associations", 208, "L42", 2022),
        ],
    },
    {
        "name": "nct_le_thuy_tong_ket_2023",
        "url": "https://lethuy.quangbinh.gov.vn/tin-tuc-su-kien/hoi-nguoi-cao-tuoi-huyen-tong-ket-cong-tac-hoi-nam-2023-1187.html",
        "text": (
            "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN LỆ THỦY\n"
            "Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ\n"
            "Tin tức - Sự kiện > Hoạt động các đoàn thể\n"
            "Hội Người cao tuổi huyện Lệ Thủy tổng kết công tác Hội năm 2023\n"
            "Chiều qua, Hội Người cao tuổi (NCT) huyện tổ chức hội nghị tổng kết công tác Hội và phong trào NCT năm 2023, triển khai nhiệm vụ năm 2024.\n"
            "Năm 2023, các cấp hội tiếp tục củng cố tổ chức, nâng cao chất lượng sinh hoạt. Trong năm, toàn huyện kết nạp mới 1.032 hội viên, đạt 129% kế hoạch; đến nay Hội NCT huyện có 21.385 hội viên, sinh hoạt tại 214 chi hội ở các thôn, tổ dân phố. Trong số này có 4.120 hội viên từ 80 tuổi trở lên và 26 cụ trên 100 tuổi.\n"
            "Nhiều cơ sở hội hoạt động nổi bật. Hội NCT xã Sen Thủy hiện có 1.470 hội viên, tỷ lệ tập hợp đạt 98% số NCT trên địa bàn; các câu lạc bộ dưỡng sinh, văn nghệ duy trì sinh hoạt đều đặn.\n"
            "Quỹ chăm sóc và phát huy vai trò NCT của các cấp hội đạt trên 2,4 tỷ đồng. Nhân Tháng hành động vì NCT, các cấp hội phối hợp tổ chức chúc thọ, mừng thọ cho 3.216 cụ ở các độ tuổi 70, 75, 80, 85, 90 và trên 90 tuổi; thăm, tặng 870 suất quà cho NCT ốm đau, neo đơn.\n"
            "Năm 2024, Hội NCT huyện phấn đấu kết nạp thêm 900 hội viên, 85% chi hội xếp loại hoạt động tốt.\n"
            "Dịp này, Hội NCT huyện tặng giấy khen cho 12 tập thể và 20 cá nhân có thành tích xuất sắc.\n"
            "Hoàng Yến - Trung tâm VH-TT&TT huyện\n"
            "28/12/2023 15:20\n"
            "Lượt xem: 412\n"
        ),
        "expected": [
            ("new_members", 1032, "L457", 2023),
            ("members", 21385, "L457", 2023),
            ("associations", 214, "L457", 2023),
            ("members", 1470, "L19312", 2023),
        ],
    },
    {
        "name": "ctd_ninh_binh_nam_2024",
        "url": "https://ninhbinhtoday.vn/xa-hoi/hoi-chu-thap-do-ninh-binh-78-nam-vi-nguoi-ngheo-va-nguoi-de-bi-ton-thuong-p28811.html",
        "text": (
            "Ninh Bình Today\n"
            "Thứ Hai, 25/11/2024 | 07:15\n"
            "Xã hội\n"
            "Hội Chữ thập đỏ Ninh Bình: 78 năm vì người nghèo và người dễ bị tổn thương\n"
            "Ngày 23/11, Hội Chữ thập đỏ (CTĐ) tỉnh tổ chức lễ kỷ niệm 78 năm Ngày thành lập Hội CTĐ Việt Nam (23/11/1946 - 23/11/2024) và biểu dương điển hình tiên tiến giai đoạn 2019 - 2024.\n"
            "Theo báo cáo của Thường trực Hội, tổ chức hội hiện có mặt ở 100% xã, phường, thị trấn, nhiều trường học, bệnh viện và doanh nghiệp. Toàn tỉnh có 1.386 chi hội với 58.240 hội viên; bên cạnh đó là 12.700 tình nguyện viên và 9.650 thanh, thiếu niên chữ thập đỏ tham gia các hoạt động nhân đạo. Từ đầu năm đến nay, các cấp hội đã phát triển mới 3.105 hội viên.\n"
            "Ảnh: Lãnh đạo tỉnh trao bằng khen cho các tập thể tiêu biểu. (Ảnh: Minh Đức)\n"
            'Năm 2024, phong trào "Tết Nhân ái" trao 18.400 suất quà trị giá hơn 9,6 tỷ đồng; chương trình hiến máu tình nguyện tiếp nhận 9.820 đơn vị máu, đạt 104% kế hoạch. Hội đã vận động xây dựng 46 "ngôi nhà chữ thập đỏ" và hỗ trợ khẩn cấp cho hàng nghìn hộ bị ảnh hưởng bởi cơn bão số 3 với tổng giá trị 14,2 tỷ đồng.\n'
            "Mục tiêu năm 2025 là mỗi chi hội phát triển thêm ít nhất 3 hội viên, phấn đấu tỷ lệ hội viên đạt 6% dân số.\n"
            "Minh Đức\n"
        ),
        "expected": [
            ("associations", 1386, "L37", 2024),
            ("members", 58240, "L37", 2024),
            ("new_members", 3105, "L37", 2024),
        ],
    },
    {
        "name": "khuyen_hoc_tu_my_dai_hoi_2025",
        "url": "https://tumy.hatinh.gov.vn/tin-tuc/dai-hoi-hoi-khuyen-hoc-xa-tu-my-lan-thu-i-nhiem-ky-2025-2030",
        "text": (
            "ỦY BAN NHÂN DÂN XÃ TỨ MỸ - TỈNH HÀ TĨNH\n"
            "Trang chủ | Tin tức | Thông báo | Văn bản điều hành\n"
            "Đại hội Hội Khuyến học xã Tứ Mỹ lần thứ I, nhiệm kỳ 2025 - 2030\n"
            "06/09/2025 | 16:40\n"
            "Sáng 6/9, Hội Khuyến học xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đây là kỳ đại hội đầu tiên sau khi xã Tứ Mỹ được thành lập trên cơ sở hợp nhất ba xã cũ.\n"
            "Trước sắp xếp, Hội Khuyến học ba xã có tổng cộng 47 chi hội với 5.920 hội viên. Sau khi hợp nhất, tổ chức hội được kiện toàn; hiện toàn xã có 56 chi hội (38 chi hội thôn và 18 chi hội ở trường học, dòng họ, cơ quan) với 6.214 hội viên. Từ tháng 7 đến nay, Hội kết nạp thêm 294 hội viên mới.\n"
            'Nhiệm kỳ qua, quỹ khuyến học các cấp vận động được hơn 1,2 tỷ đồng; trao 860 suất học bổng, phần thưởng cho học sinh nghèo vượt khó, học sinh giỏi. Có 1.940 hộ được công nhận "Gia đình học tập", 21 dòng họ đạt danh hiệu "Dòng họ học tập".\n'
            'Nhiệm kỳ 2025 - 2030, Hội phấn đấu 75% số hộ đạt danh hiệu "Gia đình học tập", mỗi năm phát triển thêm 150 hội viên.\n'
            "Đại hội bầu Ban Chấp hành gồm 15 đồng chí; bà Lê Thị Thanh Hương được bầu làm Chủ tịch Hội.\n"
            "Ban biên tập\n"
        ),
        "expected": [
            ("associations", 56, "18202", 2025),
            ("members", 6214, "18202", 2025),
            ("new_members", 294, "18202", 2025),
        ],
    },
    {
        "name": "cong_doan_giao_duc_thanh_hoa_2023",
        "url": "https://thanhhoa24h.vn/giao-duc/dai-hoi-cong-doan-giao-duc-tinh-lan-thu-xiii-nhiem-ky-2023-2028-t66120.html",
        "text": (
            "Thanh Hóa 24h - Tin tức Xứ Thanh\n"
            "Giáo dục > Công đoàn\n"
            "Cập nhật lúc 09:12 ngày 22/3/2023\n"
            "Đại hội Công đoàn Giáo dục tỉnh lần thứ XIII, nhiệm kỳ 2023 - 2028\n"
            "Ngày 21/3, Công đoàn ngành Giáo dục Thanh Hóa khai mạc Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2023 - 2028, với 300 đại biểu đại diện cho gần 48.600 đoàn viên công đoàn của 2.040 công đoàn cơ sở (CĐCS) trong toàn ngành.\n"
            "Nhiệm kỳ 2018 - 2023, các cấp công đoàn ngành đã phát triển mới 6.120 đoàn viên; thành lập mới 46 CĐCS tại các trường ngoài công lập. Số đoàn viên nữ chiếm 35.902 người. Toàn ngành có 1.612 CĐCS được xếp loại hoàn thành xuất sắc nhiệm vụ năm 2022.\n"
            'Hoạt động chăm lo đời sống đoàn viên được chú trọng: hỗ trợ xây 58 "Mái ấm công đoàn" trị giá 2,9 tỷ đồng; thăm hỏi, trợ cấp cho 7.400 lượt đoàn viên khó khăn.\n'
            "Đại hội đề ra mục tiêu đến năm 2028 phát triển thêm 5.000 đoàn viên, 95% CĐCS đạt vững mạnh.\n"
            "Trần Thủy\n"
            "Ảnh: Đoàn Chủ tịch điều hành phiên khai mạc. (Ảnh: T.T)\n"
        ),
        "expected": [
            ("members", 48600, "L38", 2023),
            ("associations", 2040, "L38", 2023),
            ("new_members", 6120, "L38", 2023),
        ],
    },
    {
        "name": "doan_truong_hoc_bac_giang_2024",
        "url": "https://bacgiang24h.vn/tuoi-tre-truong-hoc-bac-giang-ket-nap-hon-14-nghin-doan-vien-post77620.html",
        "text": (
            "Bắc Giang 24h\n"
            "Thứ Năm, 15/08/2024\n"
            "Thời sự | Đoàn thể | Giáo dục | Đời sống\n"
            "Tuổi trẻ trường học Bắc Giang kết nạp hơn 14 nghìn đoàn viên\n"
            "Hội nghị tổng kết công tác Đoàn, Hội, Đội khối trường học năm học 2023 - 2024 vừa được Tỉnh đoàn phối hợp với Sở Giáo dục và Đào tạo tổ chức.\n"
            "Năm học 2023 - 2024, các cơ sở Đoàn khối trường học đã kết nạp 14.386 đoàn viên mới, đạt 112% chỉ tiêu được giao. Hiện toàn khối có 2.148 chi đoàn với 61.930 đoàn viên ở 72 trường THPT, cao đẳng và trung cấp; trong đó 41.200 đoàn viên là học sinh THPT.\n"
            "Các nhà trường tổ chức 1.150 hoạt động ngoại khóa, thu hút hơn 90 nghìn lượt học sinh; 324 công trình, phần việc thanh niên được thực hiện với tổng trị giá 3,1 tỷ đồng.\n"
            "Năm học 2024 - 2025, Tỉnh đoàn phấn đấu kết nạp ít nhất 14.000 đoàn viên trong khối trường học; 100% chi đoàn học sinh tổ chức sinh hoạt chủ điểm hằng tháng.\n"
            "Hải Yến\n"
            "Chia sẻ Facebook | Gửi bài | In\n"
        ),
        "expected": [
            ("new_members", 14386, "L24", 2024),
            ("associations", 2148, "L24", 2024),
            ("members", 61930, "L24", 2024),
        ],
    },
    {
        "name": "mttq_xa_thai_son_dai_hoi_2024",
        "url": "https://hamyentv.vn/tin-tuc/2024/04/dai-hoi-mttq-xa-thai-son-nhiem-ky-2024-2029-a3321.html",
        "text": (
            "Truyền hình Hàm Yên\n"
            "Tin tức | Chính trị | Mặt trận - Đoàn thể\n"
            "Đại hội đại biểu MTTQ xã Thái Sơn nhiệm kỳ 2024 - 2029\n"
            "Ngày 12/4, Ủy ban MTTQ Việt Nam xã Thái Sơn tổ chức Đại hội đại biểu lần thứ XX, nhiệm kỳ 2024 - 2029, với 95 đại biểu chính thức.\n"
            'Nhiệm kỳ 2019 - 2024, Mặt trận và các tổ chức thành viên đã phối hợp vận động Nhân dân đóng góp trên 3,6 tỷ đồng và hơn 4.200 ngày công làm đường giao thông nông thôn; Quỹ "Vì người nghèo" vận động được 412 triệu đồng; tổ chức 14 cuộc giám sát và 10 hội nghị đối thoại. Các tổ chức thành viên xây dựng 6 mô hình "Dân vận khéo" được công nhận.\n'
            "Công tác xây dựng tổ chức của các đoàn thể tiếp tục được củng cố. Hội Nông dân xã có 1.245 hội viên, Hội Liên hiệp Phụ nữ 1.118, Hội Cựu chiến binh 236, Đoàn Thanh niên 310 đoàn viên.\n"
            "Tổng dư nợ ủy thác qua 4 tổ chức hội, đoàn thể đạt 48,6 tỷ đồng với 1.076 hộ vay; trong đó qua Hội Nông dân 19,2 tỷ đồng, qua Hội Phụ nữ 16,8 tỷ đồng. Tỷ lệ nợ quá hạn chỉ còn 0,05%.\n"
            "Đại hội đã hiệp thương cử 37 vị vào Ủy ban MTTQ xã khóa XX; bà Hoàng Thị Nguyệt tiếp tục giữ chức Chủ tịch Ủy ban MTTQ xã.\n"
            "Tuấn Anh\n"
        ),
        "expected": [
            ("dvk_models", 6, "L02407", 2024),
            ("members", 1245, "L02407", 2024),
            ("members", 1118, "L02407", 2024),
            ("members", 236, "L02407", 2024),
            ("members", 310, "L02407", 2024),
            ("loan_balance", 48_600_000_000, "L02407", 2024),
            ("borrowing_households", 1076, "L02407", 2024),
            ("loan_balance", 19_200_000_000, "L02407", 2024),
            ("loan_balance", 16_800_000_000, "L02407", 2024),
        ],
    },
    {
        "name": "hnd_yen_the_bao_cao_2023_phu_luc",
        "url": "https://yenthe.bacgiang.gov.vn/documents/20182/bao-cao-112-bc-hnd-ket-qua-cong-tac-hoi-nam-2023.docx",
        "text": (
            "HỘI NÔNG DÂN VIỆT NAM\n"
            "BCH HỘI NÔNG DÂN HUYỆN YÊN THẾ\n"
            "Số: 112/BC-HND\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n"
            "Yên Thế, ngày 12 tháng 12 năm 2023\n"
            "BÁO CÁO\n"
            "Kết quả công tác Hội và phong trào nông dân năm 2023,\n"
            "phương hướng, nhiệm vụ năm 2024\n"
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2023\n"
            "1. Công tác xây dựng tổ chức Hội\n"
            "Đến nay 17/17 xã, thị trấn có tổ chức Hội với 199 chi hội; tổng số hội viên toàn huyện là 18.945 hội viên, đạt tỷ lệ tập hợp 78,1% số hộ nông nghiệp. Năm 2023, các cơ sở Hội kết nạp 612 hội viên mới, đạt 122% chỉ tiêu (chỉ tiêu giao 500 hội viên). Có 161/199 chi hội được xếp loại vững mạnh.\n"
            "2. Công tác phối hợp cho vay vốn\n"
            "Hội nhận ủy thác từ Phòng giao dịch NHCSXH huyện, quản lý 76 tổ tiết kiệm và vay vốn; dư nợ đến 30/11/2023 đạt 286.430 triệu đồng với 6.512 hộ vay, tăng 18.200 triệu đồng so với đầu năm; nợ quá hạn chiếm 0,08%. Ngoài ra, Hội tín chấp với Agribank cho 1.304 hộ vay 97.500 triệu đồng; Quỹ Hỗ trợ nông dân huyện đang cho 58 hộ vay 2.900 triệu đồng.\n"
            "3. Các phong trào thi đua\n"
            "Năm 2023 có 5.870 hộ đăng ký sản xuất, kinh doanh giỏi các cấp; tổ chức 96 lớp tập huấn cho 6.240 lượt hội viên.\n"
            "II. PHƯƠNG HƯỚNG NĂM 2024\n"
            "Phấn đấu kết nạp 500 hội viên mới; 85% chi hội xếp loại vững mạnh; tăng trưởng dư nợ ủy thác từ 5% trở lên.\n"
            "Nơi nhận: - TT Hội ND tỉnh; - TT Huyện ủy; - Lưu VP.\n"
            "TM. BAN THƯỜNG VỤ\n"
            "CHỦ TỊCH\n"
            "Nguyễn Văn Khải\n"
            "PHỤ LỤC\n"
            "Số liệu hội viên các cơ sở Hội năm 2023\n"
            "(Kèm theo Báo cáo số 112/BC-HND)\n"
            "STT\tĐơn vị\tSố hội viên\tTỷ lệ tập hợp (%)\tHội phí đã thu (triệu đồng)\n"
            "1\tXã Đồng Tiến\t1.046\t78,2\t10,5\n"
            "2\tXã Canh Nậu\t1.285\t81,0\t12,9\n"
            "3\tXã Xuân Lương\t1.172\t76,4\t11,7\n"
            "4\tXã Tam Tiến\t1.238\t80,3\t12,4\n"
            "5\tXã Đồng Vương\t968\t74,9\t9,7\n"
            "6\tXã Đồng Hưu\t1.104\t79,5\t11,0\n"
            "7\tXã Đồng Tâm\t1.367\t83,1\t13,7\n"
            "8\tXã Tân Hiệp\t1.296\t80,8\t13,0\n"
            "9\tXã Tiến Thắng\t1.015\t77,6\t10,2\n"
            "10\tXã Đồng Lạc\t1.212\t79,9\t12,1\n"
            "11\tXã Đông Sơn\t1.057\t75,3\t10,6\n"
            "12\tXã Hương Vĩ\t1.326\t82,4\t13,3\n"
            "13\tXã Đồng Kỳ\t1.189\t78,8\t11,9\n"
            "14\tXã An Thượng\t1.083\t76,0\t10,8\n"
            "15\tTT Phồn Xương\t642\t52,7\t6,4\n"
            "16\tXã Tân Sỏi\t1.178\t80,1\t11,8\n"
            "17\tTT Bố Hạ\t767\t58,3\t7,7\n"
            "\tTổng cộng\t18.945\t78,1\t189,7\n"
        ),
        "expected": [
            ("associations", 199, "L215", 2023),
            ("members", 18945, "L215", 2023),
            ("new_members", 612, "L215", 2023),
            ("loan_balance", 286_430_000_000, "L215", 2023),
            ("borrowing_households", 6512, "L215", 2023),
            ("members", 1046, "L07243", 2023),
            ("members", 1285, "L07246", 2023),
            ("members", 1172, "L07249", 2023),
            ("members", 1238, "L07252", 2023),
            ("members", 968, "L07255", 2023),
            ("members", 1104, "L07258", 2023),
            ("members", 1367, "L07260", 2023),
            ("members", 1296, "L07261", 2023),
            ("members", 1015, "L07264", 2023),
            ("members", 1212, "L07270", 2023),
            ("members", 1057, "L07273", 2023),
            ("members", 1326, "L07279", 2023),
            ("members", 1189, "L07282", 2023),
            ("members", 1083, "L07285", 2023),
            ("members", 642, "L07288", 2023),
            ("members", 1178, "L07291", 2023),
            ("members", 767, "L07294", 2023),
        ],
    },
    {
        "name": "lhpn_kon_tum_6_thang_2024",
        "url": "https://kontumnews24.vn/doan-the/hoi-lhpn-tinh-so-ket-6-thang-dau-nam-2024-n52291.html",
        "text": (
            "KON TUM NEWS 24\n"
            "14:05 | 09/07/2024\n"
            "Đoàn thể\n"
            "Hội LHPN tỉnh sơ kết công tác 6 tháng đầu năm 2024\n"
            "Ngày 8/7, Hội Liên hiệp Phụ nữ (LHPN) tỉnh tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.\n"
            "6 tháng qua, các cấp hội kết nạp mới 1.412 hội viên, nâng tổng số hội viên toàn tỉnh lên 98.760, đạt tỷ lệ tập hợp 79,6%; trong đó có 57.300 hội viên là người dân tộc thiểu số. Các cấp hội đã thành lập mới 26 tổ hợp tác, câu lạc bộ do phụ nữ làm chủ.\n"
            "Về hỗ trợ vốn, dư nợ ủy thác từ Ngân hàng Chính sách xã hội qua Hội đạt 1.162 tỷ đồng với 25.418 hộ đang vay, tăng 63 tỷ đồng so với cuối năm 2023; tỷ lệ nợ quá hạn 0,15%. Ngoài ra, Hội phối hợp với Agribank giải ngân 86 tỷ đồng cho 1.020 hội viên vay phát triển kinh tế.\n"
            "Ảnh: Đại biểu dự hội nghị sơ kết. (Ảnh: Y Bình)\n"
            "6 tháng cuối năm, Hội LHPN tỉnh phấn đấu kết nạp thêm 1.500 hội viên, hỗ trợ 200 phụ nữ khởi nghiệp.\n"
            "Y Bình\n"
            "Tin khác\n"
            "- Hội LHPN tỉnh tổng kết công tác năm 2021 (18/12/2021)\n"
        ),
        "expected": [
            ("new_members", 1412, "L62", 2024),
            ("members", 98760, "L62", 2024),
            ("loan_balance", 1_162_000_000_000, "L62", 2024),
            ("borrowing_households", 25418, "L62", 2024),
        ],
    },
    {
        "name": "ldld_yen_phong_9_thang_2024",
        "url": "https://yenphong.bacninh.gov.vn/news/-/details/20182/ldld-huyen-phat-trien-doan-vien-9-thang-nam-2024",
        "text": (
            "Cổng thông tin điện tử huyện Yên Phong\n"
            "Tin tức > Hoạt động Mặt trận, đoàn thể\n"
            "LĐLĐ huyện: Phát triển 2.860 đoàn viên trong 9 tháng\n"
            "Ngày đăng: 04/10/2024\n"
            "Theo báo cáo của Liên đoàn Lao động (LĐLĐ) huyện, 9 tháng năm 2024 LĐLĐ huyện đã thành lập mới 7 công đoàn cơ sở, kết nạp 2.860 đoàn viên, nâng tổng số lên 139 CĐCS với 41.370 đoàn viên công đoàn. Trong cùng thời gian, 3 CĐCS bị giải thể do doanh nghiệp ngừng hoạt động.\n"
            "Chỉ tiêu cả năm 2024 là phát triển 3.500 đoàn viên; đến nay đã đạt 81,7%. Trên địa bàn huyện hiện có khoảng 68.000 lao động làm việc trong các khu, cụm công nghiệp.\n"
            "Cũng trong 9 tháng, các cấp công đoàn tổ chức 42 hội nghị đối thoại tại doanh nghiệp, thăm hỏi, tặng quà cho 3.240 lượt đoàn viên khó khăn với tổng kinh phí 1,35 tỷ đồng.\n"
            "Nguyễn Hà - LĐLĐ huyện\n"
        ),
        "expected": [
            ("new_members", 2860, "L258", 2024),
            ("associations", 139, "L258", 2024),
            ("members", 41370, "L258", 2024),
        ],
    },
    {
        "name": "nhcsxh_na_ri_uy_thac_2022",
        "url": "https://nari.backan.gov.vn/tin-tuc/du-no-uy-thac-qua-cac-to-chuc-hoi-doan-the-dat-412-ty-dong",
        "text": (
            "HUYỆN NA RÌ - CỔNG THÔNG TIN ĐIỆN TỬ\n"
            "Trang chủ > Tin tức > Kinh tế\n"
            "Dư nợ ủy thác qua các tổ chức hội, đoàn thể đạt 412 tỷ đồng\n"
            "Đến 31/12/2022, toàn huyện có 412 tỷ đồng dư nợ ủy thác của Phòng giao dịch Ngân hàng Chính sách xã hội huyện qua 4 tổ chức chính trị - xã hội, với 8.878 hộ còn dư nợ.\n"
            "Trong đó, Hội Nông dân huyện quản lý 138,2 tỷ đồng với 2.960 hộ; Hội Liên hiệp Phụ nữ 131,5 tỷ đồng, 2.847 hộ; Hội Cựu chiến binh 71,4 tỷ đồng với 1.512 hộ; Huyện đoàn 70,9 tỷ đồng, 1.559 hộ.\n"
            "Riêng chương trình cho vay hộ nghèo có dư nợ 96 tỷ đồng; chương trình nước sạch và vệ sinh môi trường 58 tỷ đồng. Doanh số cho vay năm 2022 đạt 118 tỷ đồng, doanh số thu nợ 91 tỷ đồng.\n"
            "Chất lượng tín dụng được giữ vững: nợ quá hạn 0,09%, nợ khoanh 312 triệu đồng. 100% tổ tiết kiệm và vay vốn được xếp loại khá, tốt.\n"
            "Ảnh: Cán bộ tín dụng giải ngân tại điểm giao dịch xã Kim Hỷ.\n"
            "Tác giả: Hoàng Thu\n"
            "Nguồn tin: Trung tâm VHTTTT\n"
        ),
        "expected": [
            ("loan_balance", 412_000_000_000, "L066", 2022),
            ("borrowing_households", 8878, "L066", 2022),
            ("loan_balance", 138_200_000_000, "L066", 2022),
            ("borrowing_households", 2960, "L066", 2022),
            ("loan_balance", 131_500_000_000, "L066", 2022),
            ("borrowing_households", 2847, "L066", 2022),
            ("loan_balance", 71_400_000_000, "L066", 2022),
            ("borrowing_households", 1512, "L066", 2022),
            ("loan_balance", 70_900_000_000, "L066", 2022),
            ("borrowing_households", 1559, "L066", 2022),
        ],
    },
    {
        "name": "hnd_tay_ninh_tong_ket_2025",
        "url": "https://baotayninh24.vn/chinh-tri/hoi-nong-dan-tinh-tong-ket-nam-2025-a190422.html",
        "text": (
            "BÁO TÂY NINH 24\n"
            "Thứ Ba, 16/12/2025 09:05\n"
            "Chính trị | Kinh tế | Xã hội | Nông nghiệp\n"
            "Hội Nông dân tỉnh: Năm đầu vận hành sau hợp nhất\n"
            "Sáng 15/12, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025.\n"
            "Năm 2025 là năm đặc biệt khi Hội Nông dân hai tỉnh Long An và Tây Ninh hợp nhất từ ngày 1/7. Trước sắp xếp, hai tỉnh có 246 cơ sở Hội cấp xã; nay còn 96 cơ sở Hội ở các xã, phường. Toàn tỉnh hiện có 268.450 hội viên; trong năm, các cấp Hội kết nạp 4.215 hội viên mới.\n"
            "Dư nợ ủy thác từ Ngân hàng Chính sách xã hội qua các cấp Hội đạt 5.684 tỷ đồng, với 103.220 hộ vay; tỷ lệ nợ quá hạn 0,11%. Nguồn vốn Quỹ Hỗ trợ nông dân các cấp đạt 165 tỷ đồng, đang cho 3.980 hộ vay.\n"
            "Năm 2026, Hội phấn đấu kết nạp 4.500 hội viên mới, 80% chi hội đạt vững mạnh.\n"
            "Minh Khang\n"
            "Tin cũ hơn\n"
            "- Hội Nông dân Long An tổng kết năm 2023 (20/12/2023)\n"
            "- Tây Ninh: Nông dân thi đua sản xuất giỏi (05/06/2021)\n"
        ),
        "expected": [
            ("associations", 96, "80", 2025),
            ("members", 268450, "80", 2025),
            ("new_members", 4215, "80", 2025),
            ("loan_balance", 5_684_000_000_000, "80", 2025),
            ("borrowing_households", 103220, "80", 2025),
        ],
    },
    {
        "name": "ccb_krong_pac_dai_hoi_2022",
        "url": "https://daklak-online.vn/chinh-tri/dai-hoi-hoi-ccb-huyen-krong-pac-lan-thu-vii-96154.html",
        "text": (
            "ĐẮK LẮK ONLINE\n"
            "Chính trị - Xã hội\n"
            "Cập nhật lúc 15:20 ngày 23/6/2022\n"
            "Đại hội Hội Cựu chiến binh huyện Krông Pắc lần thứ VII\n"
            "Trong hai ngày 22 và 23/6, Hội Cựu chiến binh (CCB) huyện Krông Pắc tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027.\n"
            "Ảnh: Ban Chấp hành Hội CCB huyện khóa VII ra mắt Đại hội.\n"
            'Phát huy bản chất "Bộ đội Cụ Hồ", nhiệm kỳ qua các cấp hội trong huyện đã kết nạp 612 hội viên. Hiện Hội CCB huyện có 26 cơ sở hội, 218 chi hội với 3.940 hội viên, trong đó 3.105 hội viên là cựu chiến binh, số còn lại là cựu quân nhân.\n'
            "Hội CCB huyện đang quản lý 32 tổ tiết kiệm và vay vốn, dư nợ ủy thác từ NHCSXH đạt 84,7 tỷ đồng, 1.936 hộ vay; không có nợ quá hạn. Phong trào CCB giúp nhau làm kinh tế có 214 mô hình kinh tế cho thu nhập từ 300 triệu đồng/năm trở lên.\n"
            "Trước đó, Hội CCB xã Ea Kly được chọn tổ chức đại hội điểm; hội có 162 hội viên.\n"
            "Nhiệm kỳ 2022 - 2027, Hội CCB huyện phấn đấu hằng năm có 80% cơ sở hội trở lên đạt trong sạch vững mạnh, giảm 50% số hộ nghèo trong hội viên.\n"
            "Đại hội bầu 21 đồng chí vào Ban Chấp hành khóa VII; ông Y Khuê Niê tái đắc cử Chủ tịch Hội.\n"
            "Quang Nhật\n"
        ),
        "expected": [
            ("new_members", 612, "L654", 2022),
            ("associations", 26, "L654", 2022),
            ("associations", 218, "L654", 2022),
            ("members", 3940, "L654", 2022),
            ("loan_balance", 84_700_000_000, "L654", 2022),
            ("borrowing_households", 1936, "L654", 2022),
            ("members", 162, "L24496", 2022),
        ],
    },
    {
        "name": "dvk_hai_hau_2023",
        "url": "https://haihau.namdinh.gov.vn/tin-tuc/hai-hau-nhan-rong-mo-hinh-dan-van-kheo",
        "text": (
            "HẢI HẬU ĐIỆN TỬ\n"
            "28/12/2023\n"
            'Hải Hậu nhân rộng mô hình "Dân vận khéo"\n'
            'Ban Dân vận Huyện ủy vừa tổng kết phong trào thi đua "Dân vận khéo" năm 2023.\n'
            'Năm 2023, toàn huyện xây dựng mới 64 mô hình "Dân vận khéo", nâng tổng số mô hình được công nhận từ trước đến nay lên 312. Trong 64 mô hình mới, Hội Nông dân huyện có 9 mô hình, Hội Liên hiệp Phụ nữ 11 mô hình, còn lại thuộc chính quyền, lực lượng vũ trang và các chi bộ.\n'
            'Nhiều địa phương có cách làm sáng tạo. Xã Hải Phong hiện có 14 mô hình "Dân vận khéo" được công nhận, tiêu biểu là mô hình "Ngõ xóm sáng - xanh - sạch - đẹp" đã vận động Nhân dân hiến 2.300 m2 đất mở rộng đường làng.\n'
            "Thông qua phong trào, Nhân dân toàn huyện đóng góp 18,5 tỷ đồng xây dựng nông thôn mới kiểu mẫu; 27/34 xã, thị trấn hoàn thành chỉ tiêu đăng ký mô hình. Năm 2024, Huyện ủy đặt mục tiêu mỗi cơ quan, đơn vị có ít nhất 1 mô hình mới.\n"
            "Dịp này, Ban Thường vụ Huyện ủy tặng giấy khen cho 25 tập thể và 30 cá nhân.\n"
            "Vũ Thảo\n"
        ),
        "expected": [
            ("dvk_models", 64, "L366", 2023),
            ("dvk_models", 312, "L366", 2023),
            ("dvk_models", 9, "L366", 2023),
            ("dvk_models", 11, "L366", 2023),
            ("dvk_models", 14, "L14281", 2023),
        ],
    },
    {
        "name": "cuu_tnxp_son_hoa_dai_hoi_2020",
        "url": "https://phuyentoday.vn/chinh-tri/son-hoa-dai-hoi-hoi-cuu-thanh-nien-xung-phong-nhiem-ky-2020-2025-102481.html",
        "text": (
            "PHÚ YÊN TODAY\n"
            "Thứ Sáu, 24/07/2020\n"
            "Sơn Hòa: Đại hội Hội Cựu thanh niên xung phong nhiệm kỳ 2020 - 2025\n"
            "Ngày 23/7, Hội Cựu thanh niên xung phong (TNXP) huyện Sơn Hòa tổ chức đại hội lần thứ III, nhiệm kỳ 2020 - 2025.\n"
            "Trong nhiệm kỳ qua, Hội đã vận động phát triển thêm 68 hội viên, vượt 36% chỉ tiêu đề ra. Hiện toàn huyện có 412 hội viên sinh hoạt ở 11 chi hội; trong số này có 58 hội viên từng tham gia kháng chiến chống thực dân Pháp và 137 hội viên tham gia xây dựng kinh tế sau năm 1975.\n"
            "Hội đã phối hợp tổ chức 9 đợt sinh hoạt truyền thống cho 1.800 lượt đoàn viên, học sinh; thăm hỏi, tặng 210 suất quà cho hội viên khó khăn. Các chi hội vận động xây dựng quỹ hội ít nhất 5 triệu đồng/năm.\n"
            "Đại hội bầu Ban Chấp hành nhiệm kỳ mới gồm 9 thành viên.\n"
            "LÊ HẠNH\n"
            "Nguồn: Phú Yên Today\n"
        ),
        "expected": [
            ("new_members", 68, "L560", 2020),
            ("members", 412, "L560", 2020),
            ("associations", 11, "L560", 2020),
        ],
    },
    {
        "name": "hnd_xa_tho_van_dai_hoi_2025",
        "url": "https://phuthonews.vn/dai-hoi-dai-bieu-hoi-nong-dan-xa-tho-van-lan-thu-i-nhiem-ky-2025-2030-251118.htm",
        "text": (
            "Phú Thọ News\n"
            "27/10/2025 | 15:12\n"
            "Đại hội đại biểu Hội Nông dân xã Thọ Văn lần thứ I, nhiệm kỳ 2025 - 2030\n"
            "Ngày 27/10, Hội Nông dân xã Thọ Văn tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Xã Thọ Văn được thành lập trên cơ sở hợp nhất 3 đơn vị hành chính cấp xã.\n"
            "Báo cáo tại Đại hội cho biết, sau sắp xếp, Hội có 31 chi hội với 3.062 hội viên. Trong nhiệm kỳ, các cơ sở Hội đã kết nạp 214 hội viên mới.\n"
            "Hội Nông dân xã hiện tín chấp, quản lý 18 tổ vay vốn Ngân hàng Chính sách xã hội với 1.046 hộ vay, tổng dư nợ 52,3 tỷ đồng. Bên cạnh đó, Hội phối hợp với Agribank cho 230 hộ vay 21 tỷ đồng; Quỹ Hỗ trợ nông dân xã có 1,4 tỷ đồng, giúp 36 hộ phát triển chăn nuôi.\n"
            "Trong 2 năm 2023 - 2024, toàn xã có 1.318 lượt hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp, đạt 112% chỉ tiêu.\n"
            "Ảnh: Lãnh đạo Hội Nông dân tỉnh tặng hoa chúc mừng Đại hội.\n"
            "Nhiệm kỳ 2025 - 2030, Hội đặt mục tiêu kết nạp 250 hội viên mới, 70% chi hội đạt vững mạnh.\n"
            "Thanh Nga\n"
        ),
        "expected": [
            ("associations", 31, "08479", 2025),
            ("members", 3062, "08479", 2025),
            ("new_members", 214, "08479", 2025),
            ("borrowing_households", 1046, "08479", 2025),
            ("loan_balance", 52_300_000_000, "08479", 2025),
        ],
    },
    {
        "name": "lhpn_can_giuoc_quy_1_2022",
        "url": "https://baolongan.vn/can-giuoc-hoi-lhpn-huyen-phat-trien-hoi-vien-quy-i-a134560.html",
        "text": (
            "Báo Long An điện tử\n"
            "Thứ Ba, 21/01/2025 11:15 (GMT +7)\n"
            "Tất cả chuyên mục\n"
            "Cần Giuộc: Hội LHPN huyện phát triển hội viên trong quý I\n"
            "Thứ 4, 20/04/2022 | 16:30:02 [GMT +7]\n"
            "Sáng 19/4, Hội LHPN huyện Cần Giuộc sơ kết công tác Hội quý I/2022.\n"
            "Quý I, các cấp Hội phát triển mới 52 hội viên, nâng tổng số hội viên toàn huyện lên 24.916. Hội LHPN xã Phước Lâm tiếp tục là đơn vị dẫn đầu với 1.350 hội viên, tỷ lệ tập hợp 92%.\n"
            "Hiện Hội quản lý 112 tổ tiết kiệm và vay vốn với 5.031 hộ vay, tổng dư nợ hơn 162 tỷ 400 triệu đồng; tỷ lệ hộ gửi tiết kiệm đạt trên 98%. Trong quý, Hội phối hợp Ngân hàng Chính sách xã hội huyện giải ngân 1,2 tỷ đồng cho 37 hộ.\n"
            "Các cấp Hội còn vận động 1.460 phần quà cho hội viên, phụ nữ khó khăn với tổng trị giá 640 triệu đồng; nhận đỡ đầu 12 trẻ mồ côi.\n"
            "Kim Ngân\n"
            "Tin liên quan:\n"
            "- Hội LHPN huyện Cần Giuộc đại hội nhiệm kỳ 2016 - 2021 (12/06/2016)\n"
        ),
        "expected": [
            ("new_members", 52, "L807", 2022),
            ("members", 24916, "L807", 2022),
            ("members", 1350, "L28183", 2022),
            ("borrowing_households", 5031, "L807", 2022),
            ("loan_balance", 162_400_000_000, "L807", 2022),
        ],
    },
    {
        "name": "hnd_soc_trang_2023_2024",
        "url": "https://soctrangnews.vn/nong-nghiep/hoi-nong-dan-tinh-hai-nam-lien-vuot-chi-tieu-phat-trien-hoi-vien-a58314.html",
        "text": (
            "SÓC TRĂNG NEWS\n"
            "Nông nghiệp - Nông thôn\n"
            "Cập nhật lúc 09:12 ngày 10/01/2025\n"
            "Hội Nông dân tỉnh hai năm liền vượt chỉ tiêu phát triển hội viên\n"
            "Hội Nông dân tỉnh Sóc Trăng vừa tổng kết công tác năm 2024.\n"
            "Năm 2023, toàn tỉnh có 182.540 hội viên; các cơ sở Hội kết nạp mới 3.950 hội viên. Sang năm 2024, Hội kết nạp thêm 4.108 hội viên, số hội viên đến cuối năm tăng lên 185.212, trong đó hội viên là người dân tộc Khmer chiếm hơn 31%.\n"
            "Huyện Mỹ Xuyên dẫn đầu toàn tỉnh về phát triển hội viên với 612 hội viên mới năm 2024, đạt 153% chỉ tiêu.\n"
            "Dư nợ ủy thác từ Ngân hàng Chính sách xã hội qua Hội đến cuối năm 2024 đạt 2.318 tỷ đồng, tăng 146 tỷ đồng so với năm 2023; tỷ lệ nợ quá hạn dưới 0,1%.\n"
            "Năm 2025, Hội Nông dân tỉnh phấn đấu kết nạp 4.000 hội viên mới.\n"
            "Huỳnh Như\n"
        ),
        "expected": [
            ("members", 182540, "L94", 2023),
            ("new_members", 3950, "L94", 2023),
            ("new_members", 4108, "L94", 2024),
            ("members", 185212, "L94", 2024),
            ("new_members", 612, "L947", 2024),
            ("loan_balance", 2_318_000_000_000, "L94", 2024),
        ],
    },
    {
        "name": "ccb_lang_son_bao_cao_2024_bieu",
        "url": "https://ccblangson.org.vn/van-ban/bao-cao-45-bc-ccb-tong-ket-cong-tac-hoi-nam-2024",
        "text": (
            "HỘI CỰU CHIẾN BINH VIỆT NAM\n"
            "BAN CHẤP HÀNH HỘI CCB TỈNH LẠNG SƠN\n"
            "Số: 45/BC-CCB\n"
            "Lạng Sơn, ngày 05 tháng 12 năm 2024\n"
            "BÁO CÁO\n"
            "Tổng kết công tác Hội và phong trào CCB năm 2024\n"
            "Phần thứ nhất\n"
            "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n"
            "I. Công tác xây dựng tổ chức Hội\n"
            "1. Tổ chức Hội được duy trì ổn định ở 11 huyện, thành phố. Trong năm, các cấp Hội kết nạp 467 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 34.205 (tăng 182 hội viên so với năm 2023 sau khi trừ số hội viên từ trần, chuyển đi). Chi tiết tại Biểu số 01 kèm theo.\n"
            "2. Tỷ lệ cơ sở hội trong sạch vững mạnh đạt 87,4%; 100% cán bộ chủ chốt cấp cơ sở được bồi dưỡng nghiệp vụ.\n"
            "II. Các phong trào thi đua\n"
            'Năm 2024, hội viên CCB hiến 41.200 m2 đất, đóng góp 6.300 ngày công làm đường giao thông nông thôn; xây mới, sửa chữa 52 nhà "Đồng đội" trị giá 3,4 tỷ đồng.\n'
            "Phần thứ hai\n"
            "PHƯƠNG HƯỚNG NĂM 2025: phấn đấu kết nạp 450 hội viên mới; 90% cơ sở hội trong sạch vững mạnh.\n"
            "Biểu số 01: Tổng hợp số lượng hội viên năm 2024\n"
            "STT\tĐơn vị\tTổng số hội viên\tTrong đó: CCB\tCựu quân nhân\n"
            "1\tThành phố Lạng Sơn\t2.815\t2.336\t479\n"
            "2\tHuyện Tràng Định\t3.640\t3.021\t619\n"
            "3\tHuyện Bình Gia\t2.970\t2.465\t505\n"
            "4\tHuyện Văn Lãng\t3.105\t2.577\t528\n"
            "5\tHuyện Cao Lộc\t3.412\t2.832\t580\n"
            "6\tHuyện Văn Quan\t2.268\t1.882\t386\n"
            "7\tHuyện Bắc Sơn\t3.386\t2.810\t576\n"
            "8\tHuyện Hữu Lũng\t4.210\t3.494\t716\n"
            "9\tHuyện Chi Lăng\t2.934\t2.435\t499\n"
            "10\tHuyện Lộc Bình\t3.518\t2.920\t598\n"
            "11\tHuyện Đình Lập\t1.947\t1.616\t331\n"
            "\tToàn tỉnh\t34.205\t28.388\t5.817\n"
        ),
        "expected": [
            ("new_members", 467, "L20", 2024),
            ("members", 34205, "L20", 2024),
            ("members", 2815, "L178", 2024),
            ("members", 3640, "L180", 2024),
            ("members", 2970, "L181", 2024),
            ("members", 3105, "L182", 2024),
            ("members", 3412, "L183", 2024),
            ("members", 2268, "L184", 2024),
            ("members", 3386, "L185", 2024),
            ("members", 4210, "L186", 2024),
            ("members", 2934, "L187", 2024),
            ("members", 3518, "L188", 2024),
            ("members", 1947, "L189", 2024),
        ],
    },
    {
        "name": "huyen_doan_nam_giang_6_thang_2023",
        "url": "https://namgiang.quangnam.gov.vn/webcenter/portal/namgiang/2023/07/huyen-doan-so-ket-cong-tac-doan-6-thang-dau-nam",
        "text": (
            "Cổng thông tin điện tử huyện Nam Giang\n"
            "Tin tức > Đoàn thể\n"
            "Huyện đoàn sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng\n"
            "Ban Thường vụ Huyện đoàn vừa tổ chức hội nghị sơ kết công tác Đoàn và phong trào thanh thiếu nhi 6 tháng đầu năm 2023.\n"
            "6 tháng đầu năm 2023, các cơ sở Đoàn trong huyện kết nạp 318 đoàn viên mới, trong đó hơn 75% được kết nạp từ đội viên Đội TNTP Hồ Chí Minh. Toàn huyện hiện có 118 chi đoàn với 2.614 đoàn viên. Đoàn xã Chà Vàl là đơn vị dẫn đầu với 41 đoàn viên mới được kết nạp.\n"
            "Các cấp bộ Đoàn ra quân Tháng Thanh niên với 86 công trình, phần việc, tổng trị giá hơn 420 triệu đồng; tổ chức 14 đợt tuyên truyền pháp luật cho 2.100 lượt đoàn viên, thanh niên.\n"
            "6 tháng cuối năm, Huyện đoàn phấn đấu kết nạp thêm 250 đoàn viên, hoàn thành 100% chỉ tiêu năm.\n"
            "Huyện đoàn Nam Giang\n"
        ),
        "expected": [
            ("new_members", 318, "L510", 2023),
            ("associations", 118, "L510", 2023),
            ("members", 2614, "L510", 2023),
            ("new_members", 41, "L20707", 2023),
        ],
    },
    {
        "name": "hnd_khanh_binh_tay_khong_ngay",
        "url": None,
        "text": (
            "Nông dân Khánh Bình Tây vươn lên từ vốn vay chính sách\n"
            "Chia sẻ   Facebook   Zalo   In bài\n"
            "Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, Hội Nông dân xã Khánh Bình Tây (huyện Trần Văn Thời) vẫn kết nạp 87 hội viên mới, nâng tổng số lên 2.340 hội viên sinh hoạt ở 14 chi hội.\n"
            "Hội đang tín chấp cho 604 hội viên vay vốn Ngân hàng Chính sách xã hội với tổng dư nợ 21,7 tỷ đồng, chủ yếu đầu tư nuôi tôm - lúa, nuôi cua và chăn nuôi heo. Không có nợ quá hạn.\n"
            'Anh Trần Văn Lực, ấp Kênh Hội, vay 50 triệu đồng năm 2019 để cải tạo vuông tôm, đến nay thu nhập mỗi năm trên 120 triệu đồng. "Có vốn, gia đình tôi mạnh dạn làm ăn, trả nợ đúng hạn", anh Lực chia sẻ.\n'
            "Ngoài vốn chính sách, Quỹ Hỗ trợ nông dân xã đang cho 22 hộ vay 640 triệu đồng.\n"
            "Hồng Nhung\n"
            "Bài viết cùng chuyên mục\n"
        ),
        "expected": [
            ("new_members", 87, "L32104", 2021),
            ("members", 2340, "L32104", 2021),
            ("associations", 14, "L32104", 2021),
            ("borrowing_households", 604, "L32104", 2021),
            ("loan_balance", 21_700_000_000, "L32104", 2021),
        ],
    },
    {
        "name": "khuyen_hoc_dinh_hoa_dai_hoi_2019",
        "url": "https://thainguyenonline.vn/201903/dinh-hoa-dai-hoi-hoi-khuyen-hoc-lan-thu-iv-8841203/",
        "text": (
            "Thái Nguyên Online\n"
            "Giáo dục\n"
            "Định Hóa: Đại hội Hội Khuyến học lần thứ IV\n"
            "Ngày 20-3, Hội Khuyến học huyện Định Hóa tổ chức Đại hội đại biểu lần thứ IV, nhiệm kỳ 2019 - 2024.\n"
            "Hiện nay, toàn huyện có 204 chi hội khuyến học ở các xóm, tổ dân phố, cơ quan với 19.850 hội viên (tăng 1.120 hội viên so với đầu nhiệm kỳ), chiếm 22% dân số. Nhiều cơ sở hội hoạt động hiệu quả như Hội Khuyến học xã Phú Đình với 1.015 hội viên.\n"
            'Nhiệm kỳ qua, các cấp hội đã tuyên dương, khen thưởng 1.840 lượt học sinh giỏi với số tiền 184 triệu đồng; trao 410 suất học bổng cho học sinh nghèo vượt khó. Toàn huyện có 10.320 lượt hộ đăng ký "Gia đình hiếu học", 44/52 dòng họ được công nhận "Dòng họ hiếu học".\n'
            "Đại hội đã bầu 21 người vào Ban Chấp hành khóa IV.\n"
            "Đức Anh\n"
        ),
        "expected": [
            ("associations", 204, "L167", 2019),
            ("members", 19850, "L167", 2019),
            ("members", 1015, "L05602", 2019),
        ],
    },
    {
        "name": "ctd_xa_trung_ly_dai_hoi_2026",
        "url": "https://thanhhoa24h.vn/xa-hoi/hoi-chu-thap-do-xa-trung-ly-dai-hoi-lan-thu-i-t80452.html",
        "text": (
            "Thanh Hóa 24h - Tin tức Xứ Thanh\n"
            "Xã hội > Nhân đạo\n"
            "28/01/2026 10:15\n"
            "Hội Chữ thập đỏ xã Trung Lý đại hội lần thứ I\n"
            "Sáng 27/1, Hội Chữ thập đỏ xã Trung Lý tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2026 - 2031.\n"
            "Trong nhiệm kỳ 2021 - 2026, hoạt động nhân đạo ở vùng cao biên giới này có nhiều chuyển biến. Tính đến nay, Hội có 19 chi hội với 612 hội viên và 46 tình nguyện viên; 2 câu lạc bộ hiến máu tình nguyện duy trì sinh hoạt.\n"
            "Nhiệm kỳ qua, Hội vận động được 415 triệu đồng hỗ trợ hộ nghèo đón Tết Nhân ái; 730 lượt người tham gia hiến máu.\n"
            "Nhiệm kỳ 2026 - 2031, Hội phấn đấu mỗi chi hội phát triển thêm 20 hội viên, 100% thôn, bản có chi hội hoạt động.\n"
            "Lê Hà\n"
        ),
        "expected": [
            ("associations", 19, "14857", 2026),
            ("members", 612, "14857", 2026),
        ],
    },
    {
        "name": "hnd_viet_nam_dai_hoi_viii_2023",
        "url": "https://nongdanvietnam24h.vn/hoat-dong-hoi/dai-hoi-viii-hoi-nong-dan-viet-nam-toan-hoi-co-hon-9-3-trieu-hoi-vien-d60331.html",
        "text": (
            "Nông dân Việt Nam 24h\n"
            "Hoạt động Hội\n"
            "Thứ Tư, ngày 13/12/2023 08:20 AM (GMT+7)\n"
            "Đại hội VIII Hội Nông dân Việt Nam: Toàn Hội có hơn 9,3 triệu hội viên\n"
            "Sáng 12/12, tại Hà Nội, Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ VIII, nhiệm kỳ 2023 - 2028 chính thức khai mạc với 1.000 đại biểu.\n"
            "Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2018 - 2023, các cấp Hội kết nạp 1.205.300 hội viên mới. Đến nay, toàn Hội có 9.342.100 hội viên, sinh hoạt tại 79.860 chi hội, trong đó có 1.012.400 hội viên là người dân tộc thiểu số.\n"
            "Hoạt động hỗ trợ vốn tiếp tục là điểm sáng: dư nợ ủy thác từ Ngân hàng Chính sách xã hội qua các cấp Hội đạt 87.500 tỷ đồng với 1.812.400 hộ vay, chất lượng tín dụng được giữ vững. Nguồn vốn Quỹ Hỗ trợ nông dân các cấp đạt trên 4.900 tỷ đồng. Mỗi năm có khoảng 4,3 triệu lượt hộ đăng ký thi đua sản xuất, kinh doanh giỏi.\n"
            "Ảnh: Các đại biểu dự phiên khai mạc Đại hội. (Ảnh: Hải Nam)\n"
            "Nhiệm kỳ 2023 - 2028, Hội đặt mục tiêu kết nạp thêm 1 triệu hội viên, 70% chi hội đạt vững mạnh.\n"
            "Hải Nam\n"
        ),
        "expected": [
            ("new_members", 1_205_300, None, 2023),
            ("members", 9_342_100, None, 2023),
            ("associations", 79860, None, 2023),
            ("loan_balance", 87_500_000_000_000, None, 2023),
            ("borrowing_households", 1_812_400, None, 2023),
        ],
    },
    {
        "name": "mttq_tam_nong_bao_cao_2021_phu_luc",
        "url": None,
        "text": (
            "ỦY BAN MTTQ VIỆT NAM TỈNH PHÚ THỌ\n"
            "ỦY BAN MTTQ VIỆT NAM HUYỆN TAM NÔNG\n"
            "Số: 86/BC-MTTQ-BTT\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Độc lập - Tự do - Hạnh phúc\n"
            "Tam Nông, ngày 15 tháng 12 năm 2021\n"
            "BÁO CÁO\n"
            "Kết quả công tác Mặt trận và phối hợp hoạt động của các tổ chức thành viên năm 2021\n"
            "I. TÌNH HÌNH CHUNG\n"
            "Năm 2021, trong điều kiện dịch bệnh Covid-19 diễn biến phức tạp, Ủy ban MTTQ huyện và các tổ chức thành viên đã chủ động đổi mới phương thức hoạt động, hướng về khu dân cư.\n"
            "II. KẾT QUẢ THỰC HIỆN\n"
            "1. Công tác tập hợp, đoàn kết Nhân dân\n"
            "Các tổ chức chính trị - xã hội tiếp tục củng cố tổ chức, phát triển hội viên, đoàn viên (số liệu tại Phụ lục 02).\n"
            "2. Phối hợp thực hiện chính sách tín dụng\n"
            "Tổng dư nợ ủy thác qua 4 tổ chức chính trị - xã hội đạt 440,8 tỷ đồng với 9.240 hộ vay; nợ quá hạn 0,06%. Doanh số cho vay năm 2021 đạt 132 tỷ đồng.\n"
            '3. Cuộc vận động "Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh"\n'
            'Nhân dân đóng góp 21,6 tỷ đồng, hiến 12.400 m2 đất; Quỹ "Vì người nghèo" các cấp vận động được 1,08 tỷ đồng, hỗ trợ xây mới 19 nhà đại đoàn kết.\n'
            "III. PHƯƠNG HƯỚNG NĂM 2022\n"
            "Phấn đấu mỗi tổ chức thành viên tăng 2% số hội viên, đoàn viên; 100% khu dân cư tổ chức Ngày hội Đại đoàn kết.\n"
            "TM. BAN THƯỜNG TRỰC\n"
            "CHỦ TỊCH\n"
            "Phụ lục 02\n"
            "SỐ LIỆU CÁC TỔ CHỨC CHÍNH TRỊ - XÃ HỘI NĂM 2021\n"
            "STT\tTổ chức\tSố hội viên, đoàn viên\tDư nợ ủy thác (triệu đồng)\n"
            "1\tHội Nông dân\t14.236\t168.540\n"
            "2\tHội LHPN\t15.108\t152.300\n"
            "3\tHội CCB\t4.512\t61.750\n"
            "4\tĐoàn TNCS Hồ Chí Minh\t5.930\t58.210\n"
            "\tCộng\t39.786\t440.800\n"
        ),
        "expected": [
            ("loan_balance", 440_800_000_000, "L236", 2021),
            ("borrowing_households", 9240, "L236", 2021),
            ("members", 14236, "L236", 2021),
            ("loan_balance", 168_540_000_000, "L236", 2021),
            ("members", 15108, "L236", 2021),
            ("loan_balance", 152_300_000_000, "L236", 2021),
            ("members", 4512, "L236", 2021),
            ("loan_balance", 61_750_000_000, "L236", 2021),
            ("members", 5930, "L236", 2021),
            ("loan_balance", 58_210_000_000, "L236", 2021),
        ],
    },
    {
        "name": "lhpn_xa_ham_tri_6_thang_2024",
        "url": "https://hamtri.hamthuanbac.binhthuan.gov.vn/tin-dia-phuong/hoi-lhpn-xa-ham-tri-so-ket-cong-tac-hoi-6-thang-dau-nam-2024-886104",
        "text": (
            "HỘI LHPN XÃ HÀM TRÍ SƠ KẾT CÔNG TÁC HỘI 6 THÁNG ĐẦU NĂM 2024\n"
            "Sáng ngày 10/7/2024, tại hội trường UBND xã, Hội LHPN xã Hàm Trí tổ chức sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2024. Tham dự có Thường trực Đảng ủy, UBMTTQ xã, chi hội trưởng các thôn và 50 hội viên.\n"
            "6 tháng qua, Hội đã tổ chức 12 buổi sinh hoạt chuyên đề cho 480 lượt hội viên; kết nạp 37 hội viên mới. Hiện Hội có 1.286 hội viên sinh hoạt tại 8 chi hội.\n"
            "Hội quản lý 6 tổ tiết kiệm và vay vốn với 342 hộ vay, dư nợ 14,85 tỷ đồng, không có nợ quá hạn. Từ đầu năm giải ngân 2,1 tỷ đồng cho 46 lượt hộ.\n"
            "6 tháng cuối năm, Hội phấn đấu kết nạp thêm 40 hội viên, hoàn thành chỉ tiêu năm.\n"
            "Tác giả: Nguyễn Thị Lan\n"
        ),
        "expected": [
            ("new_members", 37, "L23089", 2024),
            ("members", 1286, "L23089", 2024),
            ("associations", 8, "L23089", 2024),
            ("borrowing_households", 342, "L23089", 2024),
            ("loan_balance", 14_850_000_000, "L23089", 2024),
        ],
    },
    {
        "name": "tinh_doan_lam_dong_sau_hop_nhat_2025",
        "url": "https://lamdongnews.vn/doan-the/tinh-doan-lam-dong-on-dinh-to-chuc-sau-hop-nhat-b52019.html",
        "text": (
            "Lâm Đồng News\n"
            "Thứ Sáu, 17/10/2025\n"
            "Đoàn thể | Giáo dục | Thanh niên\n"
            "Tỉnh Đoàn Lâm Đồng ổn định tổ chức sau hợp nhất\n"
            "Sau hơn 3 tháng hoạt động theo mô hình tổ chức mới, Tỉnh Đoàn Lâm Đồng (trên cơ sở hợp nhất Tỉnh Đoàn ba tỉnh Lâm Đồng, Đắk Nông, Bình Thuận) đã cơ bản ổn định bộ máy.\n"
            "Hiện Tỉnh Đoàn có 124 Đoàn xã, phường, đặc khu trực thuộc với 186.400 đoàn viên. 9 tháng đầu năm 2025, các cấp bộ Đoàn kết nạp 7.312 đoàn viên mới, đạt 73% chỉ tiêu năm.\n"
            "Các cơ sở Đoàn tổ chức hơn 2.600 hoạt động tình nguyện hè, thu hút 95.000 lượt đoàn viên, thanh niên; xây dựng 38 công trình thanh niên trị giá 7,8 tỷ đồng.\n"
            "Thu Trang\n"
            "Tin cũ hơn\n"
            "- Tỉnh Đoàn Đắk Nông tổng kết công tác năm 2022 (20/12/2022)\n"
            "- Bình Thuận: kết nạp 5.000 đoàn viên mới (26/03/2021)\n"
        ),
        "expected": [
            ("associations", 124, "68", 2025),
            ("members", 186400, "68", 2025),
            ("new_members", 7312, "68", 2025),
        ],
    },
    {
        "name": "ccb_phuong_phong_dien_2025",
        "url": "https://huetoday.vn/chinh-tri/hoi-ccb-phuong-phong-dien-kien-toan-to-chuc-sau-sap-xep-h30112.html",
        "text": (
            "HUẾ TODAY\n"
            "Chính trị > Đoàn thể\n"
            "08/09/2025 14:40\n"
            "Hội CCB phường Phong Điền kiện toàn tổ chức sau sắp xếp\n"
            "Sau khi phường Phong Điền mới đi vào hoạt động từ ngày 1/7, Hội Cựu chiến binh (CCB) phường đã nhanh chóng kiện toàn tổ chức.\n"
            "Trước sắp xếp, trên địa bàn có 5 cơ sở hội cấp xã với 1.420 hội viên. Nay các cơ sở hội được hợp nhất thành Hội CCB phường với 34 chi hội, 1.436 hội viên. Từ ngày 1/7 đến nay, Hội kết nạp 16 hội viên mới.\n"
            "Hội CCB phường đang quản lý 9 tổ tiết kiệm và vay vốn; phối hợp tổ chức 3 lớp bồi dưỡng nghiệp vụ cho 120 cán bộ chi hội.\n"
            "Phạm Hoàng\n"
        ),
        "expected": [
            ("associations", 34, "19819", 2025),
            ("members", 1436, "19819", 2025),
            ("new_members", 16, "19819", 2025),
        ],
    },
    {
        "name": "uy_thac_dak_nong_9_thang_2019",
        "url": "https://daknongtv.vn/kinh-te/hon-3-100-ty-dong-von-uy-thac-qua-4-to-chuc-hoi-doan-the-n19042.html",
        "text": (
            "ĐẮK NÔNG TV\n"
            "Thứ Hai, 14/10/2019\n"
            "Kinh tế\n"
            "Hơn 3.100 tỷ đồng vốn ủy thác qua 4 tổ chức hội, đoàn thể\n"
            "Đến 30/9/2019, tổng dư nợ của Ngân hàng Chính sách xã hội tỉnh Đắk Nông ủy thác qua 4 tổ chức hội, đoàn thể đạt 3.103 tỷ đồng, với 78.937 hộ vay. Cụ thể:\n"
            "- Hội Nông dân: 1.064.250 triệu đồng/1.093 tổ/27.640 hộ vay;\n"
            "- Hội Phụ nữ: 1.127.800 triệu đồng/1.152 tổ/29.115 hộ;\n"
            "- Hội Cựu chiến binh: 512.340 triệu đồng/486 tổ/12.308 hộ;\n"
            "- Đoàn Thanh niên: 398.610 triệu đồng/402 tổ/9.874 hộ.\n"
            "Tỷ lệ nợ quá hạn toàn tỉnh 0,21%, giảm 0,05% so với cuối năm 2018. 9 tháng qua, doanh số cho vay đạt 812 tỷ đồng; chương trình cho vay hộ nghèo có dư nợ 705 tỷ đồng.\n"
            "Ảnh: Giao dịch tại điểm giao dịch xã. (Ảnh: Hoàng Long)\n"
            "Hoàng Long\n"
        ),
        "expected": [
            ("loan_balance", 3_103_000_000_000, "L67", 2019),
            ("borrowing_households", 78937, "L67", 2019),
            ("loan_balance", 1_064_250_000_000, "L67", 2019),
            ("borrowing_households", 27640, "L67", 2019),
            ("loan_balance", 1_127_800_000_000, "L67", 2019),
            ("borrowing_households", 29115, "L67", 2019),
            ("loan_balance", 512_340_000_000, "L67", 2019),
            ("borrowing_households", 12308, "L67", 2019),
            ("loan_balance", 398_610_000_000, "L67", 2019),
            ("borrowing_households", 9874, "L67", 2019),
        ],
    },
    {
        "name": "dvk_kien_giang_2021",
        "url": "https://baokiengiang24h.vn/chinh-tri/202112/lan-toa-phong-trao-dan-van-kheo-a61470/",
        "text": (
            "KIÊN GIANG 24H\n"
            "Chính trị\n"
            'Lan tỏa phong trào "Dân vận khéo"\n'
            'Ngày 24/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết phong trào thi đua "Dân vận khéo" năm 2021.\n'
            'Năm nay, toàn tỉnh xây dựng và được công nhận 1.702 mô hình "Dân vận khéo" trên các lĩnh vực (tăng 218 mô hình so với năm 2020); các cấp Hội Phụ nữ có 246 mô hình. Nhiều mô hình mang lại hiệu quả thiết thực như "Tổ tự quản đường thủy", "Ngôi nhà nhân ái cho hội viên nghèo"...\n'
            "Từ các mô hình, Nhân dân đã đóng góp trên 56 tỷ đồng, hiến 41.000 m2 đất làm đường, xây cầu nông thôn. Năm 2022, mỗi cơ quan, đơn vị phấn đấu có ít nhất 1 mô hình mới.\n"
            "Dịp này, UBND tỉnh tặng bằng khen cho 30 tập thể, 15 cá nhân.\n"
            "Khánh Vân\n"
        ),
        "expected": [
            ("dvk_models", 1702, "L91", 2021),
            ("dvk_models", 246, "L91", 2021),
        ],
    },
]
