"""Second DEVELOPMENT set of real-shaped Vietnamese mass-organization report pages, written by a helper session (dev set 2) after reading 84 stored real pages (see dev2/MANIFEST.md); all wording, names, figures and addresses are invented, places are real names from localities.csv. 30 documents, 160 expected figures. Shapes: provincial-newspaper chrome (menus, breadcrumbs, date lines in several formats, bylines, photo captions, share text, 'Tin liên quan'/'Tin cũ hơn' sidebars with older dates); pages whose only date is in the URL (/202103/, /202206/, /202309/) and two pages with no date and no URL (year only from 'năm 2021' / 'nhiệm kỳ 2024 - 2029'); hosts implying the province with bodies that never name it; official reports (Báo cáo số …/BC-HPN, …-BC/HNDT) with numbered sections and TAB-separated appendix tables per commune/district (counts and 'triệu đồng' balances); lists by organization that do not repeat 'dư nợ' (…/… slash forms); congress reports (2018–2023, 2017–2022, 2021–2025, 2023–2025 terms, MTTQ 2019–2024); half-year, nine-month, quarter and 'tính đến ngày 30/6/2025' reports at the reorganization; post-1/7/2025 new communes and merged provinces (Tây Ninh, Gia Lai, Cần Thơ, Vĩnh Long, Lâm Đồng, Ninh Bình, Phú Thọ, Đồng Tháp, An Giang, Thanh Hóa) and 2026 figures. Distractors: targets/plans, % of target, increases vs earlier dates, before-merger counts, sub-populations (đảng viên, dân tộc, nữ, ≥80 tuổi), loans by programme, whole-bank balances, disbursements/doanh số, other lenders (Agribank, commercial banks, Quỹ Hỗ trợ nông dân), audiences (lượt), commended models, tổ TK&VV counts, money raised, page-view counters. Judgement calls: totals of balances/households entrusted across the 4 organizations are annotated (the tuple has no organization field); 'hội viên vay vốn' under an ủy thác balance is annotated as borrowing_households; when both cơ sở Hội and chi hội counts are stated, both are 'associations'; in a table with 'đăng ký' and 'được công nhận' DVK columns only the recognised column is annotated."""

DOCS = [
    {
        "name": "hnd_huong_khe_dai_hoi_2023",
        "url": "https://baohatinh.vn/chinh-tri/dai-hoi-hoi-nong-dan-huyen-huong-khe-lan-thu-xi-post248113.html",
        "text": (
            "Báo Hà Tĩnh điện tử | Thời sự | Chính trị | Kinh tế | Xã hội | Nông thôn mới\n"
            "Trang chủ > Chính trị > Mặt trận - Đoàn thể\n"
            "Đại hội Hội Nông dân huyện Hương Khê lần thứ XI, nhiệm kỳ 2023 - 2028\n"
            "Thứ Tư, 24/05/2023 15:40\n"
            "(Baohatinh.vn) - Ngày 24/5, Hội Nông dân huyện Hương Khê long trọng tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028. Về dự có 180 đại biểu chính thức, thay mặt cho 15.208 hội viên nông dân trong toàn huyện.\n"
            "Lãnh đạo Huyện ủy Hương Khê tặng hoa chúc mừng Đại hội. (Ảnh: Thu Hà)\n"
            "Nhìn lại nhiệm kỳ 2018 - 2023, các cấp Hội trong huyện đã kết nạp 2.146 hội viên mới, vượt 7,3% so với chỉ tiêu nghị quyết là 2.000 hội viên. Hiện Hội có 236 chi hội ở các thôn, tổ dân phố; 198/236 chi hội được xếp loại vững mạnh.\n"
            "Công tác hỗ trợ nông dân phát triển kinh tế có nhiều chuyển biến. Hội Nông dân huyện đang nhận ủy thác của Ngân hàng Chính sách xã hội với tổng dư nợ 186,4 tỷ đồng, 4.012 hộ đang vay, tăng 38,2 tỷ đồng so với đầu nhiệm kỳ; tỷ lệ nợ quá hạn chỉ còn 0,09%. Quỹ Hỗ trợ nông dân các cấp đạt 9,6 tỷ đồng, đang cho 312 hộ vay.\n"
            "Các cấp Hội phối hợp tổ chức 146 lớp tập huấn khoa học kỹ thuật cho 8.420 lượt hội viên; vận động hội viên hiến gần 21.000 m2 đất làm đường giao thông nông thôn.\n"
            "Nhiệm kỳ 2023 - 2028, Đại hội đề ra mục tiêu mỗi năm kết nạp ít nhất 350 hội viên mới; 85% chi hội đạt vững mạnh; 100% cơ sở Hội có tổ hợp tác hoặc câu lạc bộ nông dân.\n"
            "Đại hội đã bầu 27 đồng chí vào Ban Chấp hành khóa XI; ông Trần Văn Hậu tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Hội Nông dân huyện.\n"
            "Phan Minh\n"
            "Chia sẻ  Facebook  Zalo  In bài\n"
            "Tin liên quan\n"
            "Hội Nông dân Hương Khê sơ kết 6 tháng đầu năm (18/07/2022)\n"
        ),
        "expected": [
            ("members", 15_208, "L444", 2023),
            ("new_members", 2146, "L444", 2023),
            ("associations", 236, "L444", 2023),
            ("loan_balance", 186_400_000_000, "L444", 2023),
            ("borrowing_households", 4012, "L444", 2023),
        ],
    },
    {
        "name": "lhpn_thach_thanh_bao_cao_6_thang_2025",
        "url": "https://thachthanh.thanhhoa.gov.vn/van-ban/bao-cao-so-27-bc-hpn-ket-qua-cong-tac-hoi-6-thang-dau-nam-2025",
        "text": (
            "HỘI LHPN TỈNH THANH HÓA\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "BCH HỘI LHPN HUYỆN THẠCH THÀNH\tĐộc lập - Tự do - Hạnh phúc\n"
            "Số: 27/BC-HPN\tThạch Thành, ngày 30 tháng 6 năm 2025\n"
            "BÁO CÁO\n"
            "Kết quả công tác Hội và phong trào phụ nữ 6 tháng đầu năm 2025,\n"
            "phương hướng, nhiệm vụ 6 tháng cuối năm 2025\n"
            "I. ĐẶC ĐIỂM TÌNH HÌNH\n"
            "Tính đến ngày 30/6/2025, toàn huyện có 214 chi hội với 24.836 hội viên, sinh hoạt tại 20 xã, thị trấn; trong đó hội viên là người dân tộc Mường 9.417 người. Thực hiện chủ trương sắp xếp tổ chức bộ máy, từ ngày 01/7/2025 các cơ sở Hội sẽ được kiện toàn theo đơn vị hành chính cấp xã mới.\n"
            "II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ\n"
            "1. Công tác tuyên truyền, giáo dục\n"
            "Các cấp Hội tổ chức 312 buổi tuyên truyền, thu hút 14.650 lượt hội viên, phụ nữ tham gia.\n"
            "2. Hỗ trợ phụ nữ phát triển kinh tế\n"
            "Hội đang quản lý 132 tổ tiết kiệm và vay vốn, dư nợ ủy thác Ngân hàng CSXH 312.540 triệu đồng, 5.126 hộ còn dư nợ; 6 tháng giải ngân 48.200 triệu đồng cho 962 lượt hộ. Nợ quá hạn chiếm 0,04%.\n"
            "3. Công tác xây dựng tổ chức Hội\n"
            "6 tháng đầu năm, các cơ sở Hội kết nạp 418 hội viên mới, đạt 69,7% kế hoạch năm (600 hội viên). (Chi tiết tại biểu kèm theo)\n"
            "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025\n"
            "- Phấn đấu kết nạp thêm 200 hội viên; duy trì tỷ lệ nợ quá hạn dưới 0,1%.\n"
            "- Hoàn thành bàn giao hồ sơ, quỹ Hội về Hội LHPN các xã mới.\n"
            "BIỂU SỐ LIỆU MỘT SỐ CƠ SỞ HỘI (trích)\n"
            "STT\tĐơn vị\tSố hội viên\tKết nạp mới 6 tháng\n"
            "1\tThị trấn Kim Tân\t1.762\t31\n"
            "2\tXã Thạch Bình\t1.208\t22\n"
            "3\tXã Thành Vinh\t986\t17\n"
            "Nơi nhận:\tTM. BAN THƯỜNG VỤ\n"
            "- Hội LHPN tỉnh;\tCHỦ TỊCH\n"
            "- Lưu VP.\tLê Thị Hồng Nhung\n"
        ),
        "expected": [
            ("associations", 214, "L391", 2025),
            ("members", 24_836, "L391", 2025),
            ("loan_balance", 312_540_000_000, "L391", 2025),
            ("borrowing_households", 5126, "L391", 2025),
            ("new_members", 418, "L391", 2025),
            ("members", 1762, "L15187", 2025),
            ("new_members", 31, "L15187", 2025),
            ("members", 1208, "L15211", 2025),
            ("new_members", 22, "L15211", 2025),
            ("members", 986, "L15229", 2025),
            ("new_members", 17, "L15229", 2025),
        ],
    },
    {
        "name": "nhcsxh_hai_hau_uy_thac_2021",
        "url": "https://baonamdinh.vn/kinh-te/202103/von-uu-dai-den-voi-ho-ngheo-hai-hau-5a2c1f7/",
        "text": (
            "BÁO NAM ĐỊNH ĐIỆN TỬ\n"
            "Kinh tế | Tín dụng chính sách\n"
            "Vốn ưu đãi đến với hộ nghèo Hải Hậu\n"
            "Đến cuối tháng 2, tổng dư nợ của Phòng giao dịch Ngân hàng CSXH huyện Hải Hậu đạt 615,2 tỷ đồng, tăng 41,6 tỷ đồng so với ngày 31/12 năm trước. Trong đó, dư nợ ủy thác qua 4 tổ chức chính trị - xã hội là 612,7 tỷ đồng, chiếm 99,6%, với 15.154 hộ còn dư nợ, thông qua 268 tổ tiết kiệm và vay vốn.\n"
            "Cụ thể, Hội Liên hiệp Phụ nữ quản lý 248,3 tỷ đồng với 6.102 hộ; Hội Nông dân 197,5 tỷ đồng, 4.870 hộ; Hội Cựu chiến binh 112,4 tỷ đồng/2.805 hộ; Đoàn Thanh niên 54,5 tỷ đồng với 1.377 hộ vay.\n"
            "Nợ quá hạn toàn huyện còn 0,86 tỷ đồng, chiếm 0,14% tổng dư nợ. Riêng chương trình cho vay hộ nghèo có dư nợ 96,2 tỷ đồng; cho vay nước sạch và vệ sinh môi trường 171,8 tỷ đồng.\n"
            "Giao dịch tại điểm giao dịch xã Hải Tây. (Ảnh: Minh Châu)\n"
            "100% xã, thị trấn trong huyện duy trì điểm giao dịch cố định hằng tháng; các tổ tiết kiệm và vay vốn được xếp loại tốt chiếm 92%.\n"
            "Thu Hằng\n"
        ),
        "expected": [
            ("loan_balance", 612_700_000_000, "L366", 2021),
            ("borrowing_households", 15_154, "L366", 2021),
            ("loan_balance", 248_300_000_000, "L366", 2021),
            ("borrowing_households", 6102, "L366", 2021),
            ("loan_balance", 197_500_000_000, "L366", 2021),
            ("borrowing_households", 4870, "L366", 2021),
            ("loan_balance", 112_400_000_000, "L366", 2021),
            ("borrowing_households", 2805, "L366", 2021),
            ("loan_balance", 54_500_000_000, "L366", 2021),
            ("borrowing_households", 1377, "L366", 2021),
        ],
    },
    {
        "name": "ccb_cai_nuoc_9_thang_2024",
        "url": "https://baocamau.vn/hoi-ccb-cai-nuoc-so-ket-9-thang-a38712.html",
        "text": (
            "Báo Cà Mau | Chính trị | Kinh tế | Văn hóa - Xã hội | Quốc phòng - An ninh\n"
            "Chính trị - Đoàn thể\n"
            "Hội CCB Cái Nước: 9 tháng kết nạp 87 hội viên\n"
            "Cập nhật lúc 10:05 ngày 03/10/2024\n"
            "Ngày 2/10, Hội Cựu chiến binh (CCB) huyện Cái Nước tổ chức hội nghị sơ kết công tác Hội 9 tháng đầu năm, triển khai nhiệm vụ quý IV/2024.\n"
            "Theo báo cáo, 9 tháng qua các cấp Hội kết nạp 87 hội viên, nâng tổng số lên 3.114 hội viên, sinh hoạt ở 98 chi hội; trong đó có 1.402 hội viên là đảng viên.\n"
            "Phong trào CCB giúp nhau giảm nghèo, làm kinh tế giỏi tiếp tục được duy trì. Hội hiện quản lý 46 tổ tiết kiệm và vay vốn, nhận ủy thác của Ngân hàng CSXH với tổng dư nợ 74,2 tỷ đồng, 1.523 hộ vay; nợ quá hạn chiếm 0,08%. Quỹ hội các cấp đạt 3,1 tỷ đồng.\n"
            "Hội CCB huyện phấn đấu đến cuối năm kết nạp thêm 30 hội viên, giúp 5 hộ hội viên thoát nghèo.\n"
            "Hội nghị sơ kết 9 tháng của Hội CCB huyện Cái Nước. (Ảnh: Hoàng Vũ)\n"
            "Hoàng Vũ\n"
            "Tin cũ hơn\n"
            "- Hội CCB tỉnh tổng kết công tác Hội năm 2021 (12/01/2022)\n"
            "- Cái Nước: 95 hội viên CCB được tặng quà (25/07/2023)\n"
        ),
        "expected": [
            ("new_members", 87, "L969", 2024),
            ("members", 3114, "L969", 2024),
            ("associations", 98, "L969", 2024),
            ("loan_balance", 74_200_000_000, "L969", 2024),
            ("borrowing_households", 1523, "L969", 2024),
        ],
    },
    {
        "name": "doan_krong_pac_tong_ket_2023",
        "url": "https://baodaklak.vn/thoi-su/202312/huyen-doan-krong-pac-tong-ket-cong-tac-doan-nam-2023-8c31f0a/",
        "text": (
            "Báo Đắk Lắk | Thời sự | Kinh tế | Xã hội | Văn hóa\n"
            "Thời sự > Đoàn thể\n"
            "14:05 | 22/12/2023\n"
            "Huyện đoàn Krông Pắc tổng kết công tác Đoàn năm 2023\n"
            "Chiều 21/12, Huyện đoàn Krông Pắc tổ chức hội nghị tổng kết công tác Đoàn, Hội và phong trào thanh thiếu nhi năm 2023, triển khai nhiệm vụ năm 2024.\n"
            "Năm qua, các cấp bộ Đoàn trong huyện đã kết nạp 1.246 đoàn viên mới, đạt 124,6% chỉ tiêu được giao là 1.000 đoàn viên; giới thiệu 186 đoàn viên ưu tú cho Đảng xem xét kết nạp. Toàn huyện hiện có 7.890 đoàn viên sinh hoạt tại 312 chi đoàn, trong đó 2.030 đoàn viên là người đồng bào dân tộc thiểu số.\n"
            "Các cơ sở Đoàn đăng ký và xây dựng 14 mô hình “Dân vận khéo”, tập trung vào chuyển đổi số, bảo vệ môi trường, hỗ trợ thanh niên khởi nghiệp.\n"
            "Đoàn Thanh niên huyện đang quản lý 63 tổ tiết kiệm và vay vốn với tổng dư nợ ủy thác 96,8 tỷ đồng, 2.114 hộ vay; trong năm giải ngân mới 21,5 tỷ đồng.\n"
            "Anh Y Thuấn Mlô, Bí thư Huyện đoàn Krông Pắc trao giấy khen cho các tập thể xuất sắc. (Ảnh: H.N)\n"
            "Năm 2024, Huyện đoàn phấn đấu kết nạp 1.100 đoàn viên mới, xây dựng ít nhất 15 công trình thanh niên.\n"
            "Hồng Nhung\n"
        ),
        "expected": [
            ("new_members", 1246, "L654", 2023),
            ("members", 7890, "L654", 2023),
            ("associations", 312, "L654", 2023),
            ("dvk_models", 14, "L654", 2023),
            ("loan_balance", 96_800_000_000, "L654", 2023),
            ("borrowing_households", 2114, "L654", 2023),
        ],
    },
    {
        "name": "hnd_duc_hoa_tong_ket_2022",
        "url": "https://baolongan.vn/duc-hoa-hoi-nong-dan-tong-ket-cong-tac-nam-2022-a148302.html",
        "text": (
            "Trang chủ | Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp\n"
            "Trang chủ > Chính trị > Mặt trận - Đoàn thể\n"
            "Thứ Sáu, 06/01/2023 07:45\n"
            "Đức Hòa: Hội Nông dân tổng kết công tác năm 2022\n"
            "Ngày 5/1, Hội Nông dân huyện Đức Hòa tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2022, triển khai phương hướng năm 2023.\n"
            "Năm 2022, các cơ sở Hội kết nạp 1.034 hội viên mới, nâng tổng số hội viên toàn huyện lên 24.918 người, sinh hoạt tại 94 chi hội ấp, khu phố.\n"
            "Số liệu một số cơ sở Hội năm 2022:\n"
            "STT\tĐơn vị\tTổng số hội viên\tKết nạp mới năm 2022\n"
            "1\tThị trấn Hậu Nghĩa\t1.287\t58\n"
            "2\tXã Đức Lập Thượng\t1.105\t47\n"
            "3\tXã Mỹ Hạnh Nam\t1.362\t66\n"
            "Trong năm, các cấp Hội vận động hội viên hiến 3.200 m2 đất làm đường; Quỹ Hỗ trợ nông dân huyện đạt 5,2 tỷ đồng. Hội đang phối hợp Ngân hàng CSXH quản lý 71 tổ tiết kiệm và vay vốn.\n"
            "Năm 2023, Hội Nông dân huyện phấn đấu kết nạp 900 hội viên mới.\n"
            "Hội viên nông dân xã Mỹ Hạnh Nam chăm sóc vườn rau. (Ảnh: Quốc Thanh)\n"
            "Quốc Thanh\n"
        ),
        "expected": [
            ("new_members", 1034, "L802", 2022),
            ("members", 24_918, "L802", 2022),
            ("associations", 94, "L802", 2022),
            ("members", 1287, "L27931", 2022),
            ("new_members", 58, "L27931", 2022),
            ("members", 1105, "L27955", 2022),
            ("new_members", 47, "L27955", 2022),
            ("members", 1362, "L27976", 2022),
            ("new_members", 66, "L27976", 2022),
        ],
    },
    {
        "name": "dvk_nui_thanh_2024",
        "url": "https://baoquangnam.vn/nui-thanh-86-mo-hinh-dan-van-kheo-nam-2024-3148221.html",
        "text": (
            "Chính quyền - đoàn thể\n"
            "Núi Thành: 86 mô hình “Dân vận khéo” năm 2024\n"
            "(QNO) - Chiều 19/12, Ban Dân vận Huyện ủy Núi Thành tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua “Dân vận khéo” năm 2024.\n"
            "Năm 2024, các cơ quan, đơn vị, địa phương trong huyện xây dựng mới 86 mô hình “Dân vận khéo”, nâng tổng số mô hình từ năm 2019 đến nay lên 412 mô hình. Nhiều xã có số mô hình cao như Tam Anh Nam 9 mô hình, Tam Xuân I 7 mô hình.\n"
            "Dịp này, UBND huyện tặng giấy khen cho 18 mô hình tiêu biểu. Thông qua các mô hình, nhân dân đã đóng góp hơn 2,3 tỷ đồng, hiến 4.600 m2 đất để làm đường giao thông.\n"
            "Năm 2025, Ban Dân vận Huyện ủy phấn đấu mỗi cơ quan, đơn vị có ít nhất 1 mô hình mới.\n"
            "Mô hình “Tuyến đường nở hoa” ở xã Tam Hòa. Ảnh: V.L\n"
            "VĂN LỢI\n"
        ),
        "expected": [
            ("dvk_models", 86, "L517", 2024),
            ("dvk_models", 412, "L517", 2024),
            ("dvk_models", 9, "L20984", 2024),
            ("dvk_models", 7, "L20968", 2024),
        ],
    },
    {
        "name": "congdoan_vu_thu_dai_hoi_2023",
        "url": "https://baothaibinh.com.vn/tin-tuc/4/178415/dai-hoi-cong-doan-huyen-vu-thu-lan-thu-x",
        "text": (
            "Thứ Năm, 15/06/2023 | 16:20\n"
            "Đại hội Công đoàn huyện Vũ Thư lần thứ X, nhiệm kỳ 2023 - 2028\n"
            "Ngày 14/6, Liên đoàn Lao động huyện Vũ Thư tổ chức Đại hội Công đoàn huyện lần thứ X, nhiệm kỳ 2023 - 2028. 150 đại biểu chính thức thay mặt cho 6.215 đoàn viên công đoàn thuộc 127 công đoàn cơ sở (CĐCS) về dự.\n"
            "Nhiệm kỳ 2018 - 2023, LĐLĐ huyện thành lập mới 9 CĐCS, kết nạp 1.843 đoàn viên; 100% CĐCS khu vực nhà nước tổ chức hội nghị cán bộ, công chức, viên chức đúng quy định. Các cấp công đoàn thăm hỏi, tặng 3.920 suất quà với tổng trị giá 1,96 tỷ đồng.\n"
            "Nhiệm kỳ 2023 - 2028, Đại hội phấn đấu phát triển 1.500 đoàn viên, thành lập 8 CĐCS; 80% CĐCS đạt vững mạnh.\n"
            "Đại hội bầu 21 đồng chí vào Ban Chấp hành; bà Nguyễn Thị Thu Hường tái cử Chủ tịch LĐLĐ huyện.\n"
            "Ngọc Lan\n"
        ),
        "expected": [
            ("members", 6215, "L344", 2023),
            ("associations", 127, "L344", 2023),
            ("new_members", 1843, "L344", 2023),
        ],
    },
    {
        "name": "hnd_thanh_chuong_ket_nap_2019",
        "url": "https://baonghean.vn/hoi-nong-dan-thanh-chuong-ket-nap-1120-hoi-vien-moi-245603.html",
        "text": (
            "Xã hội > Nông thôn\n"
            "Cập nhật: 20/12/2019 08:30\n"
            "Hội Nông dân Thanh Chương kết nạp 1.120 hội viên mới\n"
            "(Baonghean) - Ngày 19/12, Hội Nông dân huyện Thanh Chương tổng kết công tác Hội năm 2019.\n"
            "Năm 2019, các cơ sở Hội kết nạp 1.120 hội viên mới, nâng tổng số hội viên trong huyện lên 38.704. Một số xã làm tốt như Hạnh Lâm kết nạp 64 hội viên, Phong Thịnh 52 hội viên.\n"
            "Hội phối hợp với Ngân hàng CSXH quản lý dư nợ ủy thác 402,6 tỷ đồng với 9.815 hộ vay; đồng thời phối hợp Agribank chi nhánh Thanh Chương cho 3.140 hộ vay 510 tỷ đồng. Quỹ Hỗ trợ nông dân giải ngân 2,4 tỷ đồng cho 76 hộ.\n"
            "Nông dân xã Phong Thịnh thu hoạch chè. Ảnh: Đức Thắng\n"
            "Đức Thắng\n"
        ),
        "expected": [
            ("new_members", 1120, "L428", 2019),
            ("members", 38_704, "L428", 2019),
            ("new_members", 64, "L17722", 2019),
            ("new_members", 52, "L17728", 2019),
            ("loan_balance", 402_600_000_000, "L428", 2019),
            ("borrowing_households", 9815, "L428", 2019),
        ],
    },
    {
        "name": "hnd_xa_can_giuoc_sau_sap_xep_2025",
        "url": "https://baotayninh.vn/hoi-nong-dan-xa-can-giuoc-on-dinh-to-chuc-sau-sap-xep-a195410.html",
        "text": (
            "Chính trị > Mặt trận, đoàn thể\n"
            "Thứ Ba, 19/08/2025 09:20\n"
            "Hội Nông dân xã Cần Giuộc ổn định tổ chức sau sắp xếp\n"
            "Sau hơn 1 tháng vận hành mô hình chính quyền địa phương 2 cấp, Hội Nông dân xã Cần Giuộc đã sớm ổn định tổ chức, duy trì sinh hoạt chi hội.\n"
            "Trước sắp xếp, trên địa bàn có 3 cơ sở Hội với 41 chi hội; hiện Hội Nông dân xã có 28 chi hội, 4.312 hội viên. Hội đang quản lý 19 tổ TK&VV với dư nợ ủy thác 58.640 triệu đồng/1.204 hộ vay, không có nợ quá hạn.\n"
            "Ông Lê Văn Tài, Chủ tịch Hội Nông dân xã cho biết, Hội phấn đấu đến cuối năm kết nạp thêm 150 hội viên, thành lập 2 tổ hợp tác trồng rau.\n"
            "Trước đó, ngày 12/8, Hội Nông dân tỉnh đã làm việc với Hội Nông dân các xã vùng hạ.\n"
            "Minh Thư\n"
        ),
        "expected": [
            ("associations", 28, "28159", 2025),
            ("members", 4312, "28159", 2025),
            ("loan_balance", 58_640_000_000, "28159", 2025),
            ("borrowing_households", 1204, "28159", 2025),
        ],
    },
    {
        "name": "ccb_gia_lai_sau_hop_nhat_2025",
        "url": "https://baogialai.com.vn/hoi-ccb-tinh-gia-lai-to-chuc-hoi-nghi-ban-chap-hanh-lan-thu-nhat-post569210.html",
        "text": (
            "Video | Báo Ảnh | Báo in | Podcast | Emagazine\n"
            "Chính trị\n"
            "Hội CCB tỉnh Gia Lai tổ chức hội nghị Ban Chấp hành lần thứ nhất\n"
            "(GLO)- Sáng 25-9, Hội Cựu chiến binh (CCB) tỉnh Gia Lai tổ chức hội nghị Ban Chấp hành lần thứ nhất sau hợp nhất tổ chức Hội.\n"
            "Trước khi hợp nhất, tính đến ngày 30/6/2025, Hội CCB tỉnh Gia Lai (cũ) có 36.200 hội viên, Hội CCB tỉnh Bình Định (cũ) có 28.670 hội viên. Hiện Hội CCB tỉnh có 64.870 hội viên, sinh hoạt tại 135 cơ sở Hội cấp xã.\n"
            "Các cấp Hội đang nhận ủy thác của Ngân hàng Chính sách xã hội với tổng dư nợ 1.146,3 tỷ đồng, 24.580 hộ còn dư nợ; tỷ lệ nợ quá hạn 0,06%.\n"
            "Hội nghị thống nhất chương trình công tác quý IV-2025, tập trung kiện toàn tổ chức, chuẩn bị Đại hội đại biểu Hội CCB tỉnh lần thứ I.\n"
            "Ban Chấp hành Hội CCB tỉnh ra mắt hội nghị. Ảnh: Minh Nguyệt\n"
            "MINH NGUYỆT\n"
        ),
        "expected": [
            ("members", 64_870, "52", 2025),
            ("associations", 135, "52", 2025),
            ("loan_balance", 1_146_300_000_000, "52", 2025),
            ("borrowing_households", 24_580, "52", 2025),
        ],
    },
    {
        "name": "mttq_xa_tam_nong_dai_hoi_2025",
        "url": "https://baophutho.vn/dai-hoi-dai-bieu-mttq-xa-tam-nong-lan-thu-i-nhiem-ky-2025-2030-239871.htm",
        "text": (
            "Thứ Tư, 01/10/2025 14:32\n"
            "Đại hội đại biểu MTTQ xã Tam Nông lần thứ I, nhiệm kỳ 2025 - 2030\n"
            "Ngày 1/10, Ủy ban MTTQ Việt Nam xã Tam Nông tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030 với 132 đại biểu đại diện các tầng lớp nhân dân.\n"
            "Thời gian qua, MTTQ và các tổ chức thành viên đã phát huy vai trò nòng cốt trong xây dựng khối đại đoàn kết. Các hội quần chúng hoạt động tích cực: Hội Người cao tuổi xã có 5.406 hội viên, sinh hoạt ở 31 chi hội; Hội Chữ thập đỏ có 1.230 hội viên và 212 tình nguyện viên.\n"
            "Phong trào thi đua “Dân vận khéo” có 12 mô hình được công nhận. Quỹ “Vì người nghèo” vận động được 1,26 tỷ đồng; hỗ trợ xây mới, sửa chữa 42 nhà cho hộ khó khăn.\n"
            "Nhiệm kỳ 2025 - 2030, Đại hội phấn đấu 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc hằng năm.\n"
            "Đại hội hiệp thương cử 38 ủy viên Ủy ban MTTQ xã khóa I.\n"
            "Thanh Nga\n"
        ),
        "expected": [
            ("members", 5406, "08434", 2025),
            ("associations", 31, "08434", 2025),
            ("members", 1230, "08434", 2025),
            ("dvk_models", 12, "08434", 2025),
        ],
    },
    {
        "name": "hlhpn_long_bien_tong_ket_2020",
        "url": "https://hanoimoi.vn/hoi-lhpn-quan-long-bien-tong-ket-nam-2020-428871.html",
        "text": (
            "Hànộimới | Chính trị | Kinh tế | Xã hội | Đô thị\n"
            "Thứ Bảy, 26/12/2020 16:10\n"
            "Phụ nữ Long Biên đoàn kết, sáng tạo\n"
            "(HNM) - Ngày 26/12, Hội Liên hiệp Phụ nữ quận Long Biên tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2020.\n"
            "Năm 2020, các cấp Hội kết nạp 1.318 hội viên mới, nâng tổng số lên 52.140 hội viên. Hội phối hợp với Ngân hàng CSXH quận quản lý nguồn vốn ủy thác với dư nợ 318,6 tỷ đồng, giúp 6.870 hội viên vay vốn phát triển kinh tế. Ngoài ra, Hội giới thiệu 412 hội viên vay vốn ngân hàng thương mại với số tiền 86 tỷ đồng.\n"
            "Hội cũng vận động ủng hộ phòng, chống dịch Covid-19 hơn 1,2 tỷ đồng, trao 2.650 suất quà cho phụ nữ khó khăn.\n"
            "Năm 2021, Hội LHPN quận phấn đấu kết nạp 1.000 hội viên mới.\n"
            "Thu Trang\n"
        ),
        "expected": [
            ("new_members", 1318, "L004", 2020),
            ("members", 52_140, "L004", 2020),
            ("loan_balance", 318_600_000_000, "L004", 2020),
            ("borrowing_households", 6870, "L004", 2020),
        ],
    },
    {
        "name": "hnd_can_tho_dai_hoi_lan_thu_i_2025",
        "url": "https://baocantho.com.vn/dai-hoi-dai-bieu-hoi-nong-dan-thanh-pho-can-tho-lan-thu-i-a192774.html",
        "text": (
            "Chính trị\n"
            "Đại hội đại biểu Hội Nông dân thành phố Cần Thơ lần thứ I, nhiệm kỳ 2025-2030\n"
            "Cập nhật: 03-12-2025 06:05:12 | Chính trị | Lượt xem: 1.245\n"
            "Ngày 2-12, Hội Nông dân thành phố tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030 với 250 đại biểu đại diện cho 271.430 hội viên.\n"
            "Đến nay, toàn thành phố có 103 cơ sở Hội, 1.802 chi hội. Giai đoạn 2023-2025, các cấp Hội kết nạp 9.870 hội viên mới.\n"
            "Dư nợ ủy thác qua Hội Nông dân đạt 2.984 tỷ đồng, 61.250 hộ đang vay; Quỹ Hỗ trợ nông dân các cấp đạt hơn 212 tỷ đồng, giải ngân cho 812 dự án.\n"
            "Nhiệm kỳ 2025-2030, Hội phấn đấu kết nạp 10.000 hội viên mới, 70% chi hội có tổ hợp tác.\n"
            "Tin liên quan\n"
            "- Hội Nông dân tỉnh Hậu Giang tổng kết năm 2024 (10-01-2025)\n"
            "- Sóc Trăng: 5.600 hộ nông dân đạt danh hiệu sản xuất, kinh doanh giỏi (22-11-2024)\n"
        ),
        "expected": [
            ("members", 271_430, "92", 2025),
            ("associations", 103, "92", 2025),
            ("associations", 1802, "92", 2025),
            ("new_members", 9870, "92", 2025),
            ("loan_balance", 2_984_000_000_000, "92", 2025),
            ("borrowing_households", 61_250, "92", 2025),
        ],
    },
    {
        "name": "doan_xa_cho_gao_thang_thanh_nien_2026",
        "url": "https://baodongthap.vn/doan-xa-cho-gao-ket-nap-146-doan-vien-moi-a128930.html",
        "text": (
            "08:15 | 30/03/2026\n"
            "Đoàn xã Chợ Gạo kết nạp 146 đoàn viên mới\n"
            "Nhân dịp kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh (26/3/1931 - 26/3/2026), Đoàn xã Chợ Gạo tổ chức lễ kết nạp 146 đoàn viên mới, đạt 146% chỉ tiêu Tháng Thanh niên.\n"
            "Với kết quả này, Đoàn xã hiện có 1.928 đoàn viên, sinh hoạt tại 24 chi đoàn. Trong Tháng Thanh niên, hơn 1.500 lượt đoàn viên, thanh niên tham gia ra quân vệ sinh môi trường, sửa chữa 2 nhà nhân ái.\n"
            "Anh Trần Minh Tâm, Bí thư Đoàn xã cho biết, sau khi sắp xếp, Đoàn xã đã rà soát, chuyển sinh hoạt cho đoàn viên từ các đơn vị cũ, kiện toàn ban chấp hành các chi đoàn ấp. Đoàn xã đang phối hợp Ngân hàng CSXH duy trì 5 tổ tiết kiệm và vay vốn do Đoàn quản lý.\n"
            "Các đoàn viên mới tuyên thệ tại lễ kết nạp. (Ảnh: K.Ngân)\n"
            "Kim Ngân\n"
            "Tin liên quan\n"
            "- Đoàn xã Chợ Gạo ra quân chiến dịch Mùa hè xanh (15/07/2025)\n"
        ),
        "expected": [
            ("new_members", 146, "28594", 2026),
            ("members", 1928, "28594", 2026),
            ("associations", 24, "28594", 2026),
        ],
    },
    {
        "name": "hlhpn_vinh_long_9_thang_2025",
        "url": "https://baovinhlong.com.vn/chinh-tri/202510/hoi-lhpn-tinh-so-ket-9-thang-nam-2025-3187642/",
        "text": (
            "Chính trị | Đoàn thể\n"
            "Hội LHPN tỉnh sơ kết 9 tháng năm 2025\n"
            "Ngày 9/10, Ban Thường vụ Hội LHPN tỉnh Vĩnh Long tổ chức hội nghị sơ kết công tác Hội 9 tháng năm 2025.\n"
            "Sau hợp nhất 3 tỉnh Vĩnh Long, Bến Tre, Trà Vinh, Hội LHPN tỉnh có 124 cơ sở Hội cấp xã với 423.650 hội viên (trước hợp nhất, 3 tỉnh có 313 cơ sở Hội). 9 tháng qua, các cấp Hội kết nạp 6.215 hội viên mới.\n"
            "Hội nhận ủy thác cho vay của Ngân hàng CSXH với dư nợ 4.126 tỷ đồng, 98.340 hộ vay; doanh số cho vay 9 tháng đạt 1.085 tỷ đồng.\n"
            "Quý IV, Hội tập trung chuẩn bị Đại hội đại biểu Phụ nữ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030.\n"
            "Phương Thảo\n"
        ),
        "expected": [
            ("associations", 124, "86", 2025),
            ("members", 423_650, "86", 2025),
            ("new_members", 6215, "86", 2025),
            ("loan_balance", 4_126_000_000_000, "86", 2025),
            ("borrowing_households", 98_340, "86", 2025),
        ],
    },
    {
        "name": "dvk_nghe_an_2021_khong_ngay",
        "url": None,
        "text": (
            "DÂN VẬN KHÉO – LAN TỎA TỪ CƠ SỞ\n"
            "Năm 2021, dù chịu ảnh hưởng của dịch Covid-19, phong trào thi đua “Dân vận khéo” trên địa bàn tỉnh Nghệ An vẫn được duy trì, đi vào chiều sâu.\n"
            "Toàn tỉnh xây dựng mới 1.968 mô hình “Dân vận khéo”, tăng 215 mô hình so với năm 2020. Một số địa phương có nhiều mô hình như: Yên Thành 146 mô hình, Quỳnh Lưu 131, Diễn Châu 120.\n"
            "Thông qua các mô hình, nhân dân đã hiến 126.000 m2 đất, đóng góp hàng chục tỷ đồng xây dựng nông thôn mới.\n"
            "Ban Dân vận Tỉnh ủy đề nghị UBND tỉnh tặng bằng khen cho 35 tập thể, 20 cá nhân có thành tích xuất sắc.\n"
            "Phan Hương\n"
        ),
        "expected": [
            ("dvk_models", 1968, "L40", 2021),
            ("dvk_models", 146, "L426", 2021),
            ("dvk_models", 131, "L421", 2021),
            ("dvk_models", 120, "L425", 2021),
        ],
    },
    {
        "name": "hnd_quang_tri_bao_cao_tong_ket_2024",
        "url": "https://hoinongdan.quangtri.gov.vn/van-ban/bao-cao-tong-ket-cong-tac-hoi-nam-2024.html",
        "text": (
            "HỘI NÔNG DÂN VIỆT NAM\tĐẢNG CỘNG SẢN VIỆT NAM\n"
            "BCH HỘI NÔNG DÂN TỈNH QUẢNG TRỊ\t\n"
            "Số: 118-BC/HNDT\tQuảng Trị, ngày 16 tháng 12 năm 2024\n"
            "BÁO CÁO\n"
            "Tổng kết công tác Hội và phong trào nông dân năm 2024,\n"
            "phương hướng, nhiệm vụ năm 2025\n"
            "Phần thứ nhất\n"
            "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n"
            "I. CÔNG TÁC XÂY DỰNG TỔ CHỨC HỘI\n"
            "1. Toàn tỉnh hiện có 125 cơ sở Hội với 87.962 hội viên. Năm 2024 kết nạp 2.106 hội viên mới, đạt 105,3% chỉ tiêu (2.000 hội viên).\n"
            "2. 100% cơ sở Hội tổ chức sinh hoạt định kỳ; 89/125 cơ sở Hội xếp loại vững mạnh.\n"
            "II. CÔNG TÁC HỖ TRỢ NÔNG DÂN\n"
            "1. Ủy thác cho vay Ngân hàng CSXH: tổng dư nợ 1.684,7 tỷ đồng, 31.405 hộ còn dư nợ, tăng 96,2 tỷ đồng so với năm 2023; nợ quá hạn 0,11%.\n"
            "2. Quỹ Hỗ trợ nông dân: tổng nguồn vốn 42,8 tỷ đồng, 146 dự án với 1.170 hộ vay.\n"
            "Phần thứ hai\n"
            "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
            "1. Kết nạp 2.000 hội viên mới; phấn đấu dư nợ ủy thác tăng 5%.\n"
            "PHỤ LỤC 01: SỐ LIỆU MỘT SỐ ĐƠN VỊ (trích)\n"
            "STT\tĐơn vị\tSố hội viên\tDư nợ ủy thác (triệu đồng)\tSố hộ còn dư nợ\n"
            "1\tHuyện Hải Lăng\t12.406\t241.380\t4.512\n"
            "2\tHuyện Triệu Phong\t11.873\t228.950\t4.207\n"
            "3\tHuyện Gio Linh\t9.615\t176.420\t3.388\n"
        ),
        "expected": [
            ("associations", 125, "L45", 2024),
            ("members", 87_962, "L45", 2024),
            ("new_members", 2106, "L45", 2024),
            ("loan_balance", 1_684_700_000_000, "L45", 2024),
            ("borrowing_households", 31_405, "L45", 2024),
            ("members", 12_406, "L470", 2024),
            ("loan_balance", 241_380_000_000, "L470", 2024),
            ("borrowing_households", 4512, "L470", 2024),
            ("members", 11_873, "L469", 2024),
            ("loan_balance", 228_950_000_000, "L469", 2024),
            ("borrowing_households", 4207, "L469", 2024),
            ("members", 9615, "L466", 2024),
            ("loan_balance", 176_420_000_000, "L466", 2024),
            ("borrowing_households", 3388, "L466", 2024),
        ],
    },
    {
        "name": "hnd_ha_nam_sau_sap_xep_xa_2025",
        "url": "https://baohanam.com.vn/chinh-tri/hoi-nong-dan-tinh-trien-khai-nhiem-vu-nam-2025-142870.html",
        "text": (
            "Chính trị | Mặt trận - Đoàn thể\n"
            "10:30 | 18/02/2025\n"
            "Hội Nông dân tỉnh triển khai nhiệm vụ năm 2025\n"
            "Ngày 17/2, Ban Thường vụ Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2024 và triển khai nhiệm vụ năm 2025.\n"
            "Năm 2024, các cấp Hội kết nạp 2.018 hội viên mới. Sau sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, toàn tỉnh hiện có 85 cơ sở Hội (trước sắp xếp là 98), với 118.406 hội viên. Trong đó, huyện Thanh Liêm từ 17 giảm còn 13 cơ sở Hội; thành phố Phủ Lý giảm 4 cơ sở Hội.\n"
            "Năm 2025, Hội Nông dân tỉnh phấn đấu kết nạp 1.500 hội viên, 80% chi hội có mô hình kinh tế tập thể.\n"
            "Tin liên quan\n"
            "- Hà Nam: Nông dân thi đua sản xuất, kinh doanh giỏi (05/11/2023)\n"
        ),
        "expected": [
            ("new_members", 2018, "L35", 2024),
            ("associations", 85, "L35", 2025),
            ("members", 118_406, "L35", 2025),
            ("associations", 13, "L351", 2025),
        ],
    },
    {
        "name": "hlhpn_xa_tanh_linh_dai_hoi_2025",
        "url": "https://baolamdong.vn/dai-hoi-dai-bieu-phu-nu-xa-tanh-linh-lan-thu-i-nhiem-ky-2025-2030-391204.html",
        "text": (
            "Thứ Bảy, 27/09/2025 - 11:02\n"
            "Đại hội đại biểu Phụ nữ xã Tánh Linh lần thứ I, nhiệm kỳ 2025 - 2030\n"
            "(LĐ online) - Ngày 27/9, Hội LHPN xã Tánh Linh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n"
            "Xã Tánh Linh được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập thị trấn và các xã lân cận thuộc huyện Tánh Linh (cũ). Hội LHPN xã hiện có 4.826 hội viên, sinh hoạt tại 52 chi hội.\n"
            "Nhiệm kỳ 2021 - 2025, các cấp Hội kết nạp 612 hội viên mới; hỗ trợ 37 hộ phụ nữ thoát nghèo. Hội đang quản lý 41 tổ TK&VV, dư nợ ủy thác 86,5 tỷ đồng, 1.742 hộ vay, tăng 9,8 tỷ đồng so với đầu nhiệm kỳ.\n"
            "Đại hội hiệp thương cử 19 đồng chí vào Ban Chấp hành Hội LHPN xã khóa I.\n"
            "Chia sẻ | Bình luận\n"
        ),
        "expected": [
            ("members", 4826, "23149", 2025),
            ("associations", 52, "23149", 2025),
            ("new_members", 612, "23149", 2025),
            ("loan_balance", 86_500_000_000, "23149", 2025),
            ("borrowing_households", 1742, "23149", 2025),
        ],
    },
    {
        "name": "ccb_duc_linh_dai_hoi_2022",
        "url": "https://baobinhthuan.com.vn/chinh-tri/202206/dai-hoi-hoi-ccb-huyen-duc-linh-lan-thu-vi-nhiem-ky-2022-2027-4b71c2d/",
        "text": (
            "Chính trị\n"
            "Đại hội Hội CCB huyện Đức Linh lần thứ VI, nhiệm kỳ 2022 - 2027\n"
            "Ngày 14/6, Hội Cựu chiến binh huyện Đức Linh tổ chức Đại hội đại biểu lần thứ VI. Dự đại hội có 160 đại biểu đại diện cho 3.640 hội viên CCB sinh hoạt tại 14 cơ sở Hội.\n"
            "Nhiệm kỳ qua, các cấp Hội kết nạp 412 hội viên mới; 100% cơ sở Hội đạt trong sạch, vững mạnh. Hội nhận ủy thác của Ngân hàng CSXH với dư nợ 61,3 tỷ đồng, 1.388 hộ vay, không có nợ quá hạn; vốn tự có của các chi hội 2,6 tỷ đồng cho 410 lượt hội viên vay không lãi.\n"
            "Nhiệm kỳ 2022 - 2027, Hội phấn đấu mỗi năm kết nạp 60 hội viên, 90% gia đình hội viên đạt gia đình văn hóa.\n"
            "Ban Chấp hành khóa mới ra mắt Đại hội. Ảnh: N.LÂN\n"
            "N.LÂN\n"
        ),
        "expected": [
            ("members", 3640, "L600", 2022),
            ("associations", 14, "L600", 2022),
            ("new_members", 412, "L600", 2022),
            ("loan_balance", 61_300_000_000, "L600", 2022),
            ("borrowing_households", 1388, "L600", 2022),
        ],
    },
    {
        "name": "congdoan_ha_tinh_tong_ket_2024",
        "url": "https://baohatinh.vn/cong-doan-ha-tinh-phat-trien-3412-doan-vien-trong-nam-2024-post279104.html",
        "text": (
            "Thứ Hai, 13/01/2025 10:12\n"
            "Công đoàn Hà Tĩnh phát triển 3.412 đoàn viên trong năm 2024\n"
            "(Baohatinh.vn) - Ngày 13/1, Liên đoàn Lao động tỉnh tổ chức hội nghị tổng kết hoạt động công đoàn năm 2024, triển khai nhiệm vụ năm 2025.\n"
            "Năm 2024, các cấp công đoàn phát triển 3.412 đoàn viên, thành lập 27 công đoàn cơ sở, vượt chỉ tiêu Tổng LĐLĐ Việt Nam giao. Đến 31/12/2024, toàn tỉnh có 1.304 CĐCS với 76.920 đoàn viên; trong đó 41.280 đoàn viên nữ.\n"
            "Các cấp công đoàn tổ chức “Tết Sum vầy” cho 5.600 đoàn viên, người lao động; hỗ trợ xây dựng 14 “Mái ấm công đoàn”.\n"
            "Năm 2025, LĐLĐ tỉnh phấn đấu phát triển 3.000 đoàn viên, thành lập 20 CĐCS.\n"
            "Thu Phương\n"
        ),
        "expected": [
            ("new_members", 3412, "L42", 2024),
            ("associations", 1304, "L42", 2024),
            ("members", 76_920, "L42", 2024),
        ],
    },
    {
        "name": "nhcsxh_an_giang_uy_thac_2025",
        "url": "https://baoangiang.com.vn/tin-dung-chinh-sach-dong-hanh-cung-nguoi-ngheo-a478120.html",
        "text": (
            "Kinh tế\n"
            "Cập nhật lúc 15:20 ngày 08/01/2026\n"
            "Tín dụng chính sách đồng hành cùng người nghèo\n"
            "Tính đến 31/12/2025, tổng dư nợ của Chi nhánh Ngân hàng CSXH tỉnh đạt 20.115 tỷ đồng; doanh số cho vay năm 2025 đạt 6.120 tỷ đồng. Dư nợ ủy thác qua 4 tổ chức chính trị - xã hội là 19.842 tỷ đồng, với 402.310 hộ còn dư nợ.\n"
            "Trong đó, Hội Liên hiệp Phụ nữ 7.020 tỷ đồng, 142.910 hộ; Hội Nông dân 6.312,4 tỷ đồng, 128.455 hộ; Hội Cựu chiến binh 3.604,6 tỷ đồng, 71.880 hộ; Đoàn Thanh niên 2.905 tỷ đồng, 59.065 hộ. Tỷ lệ nợ quá hạn 0,21%.\n"
            "Bà Nguyễn Thị Ánh, Giám đốc Chi nhánh cho biết, năm 2026, ngân hàng tiếp tục phối hợp với các hội, đoàn thể củng cố 9.860 tổ tiết kiệm và vay vốn.\n"
            "Hộ vay vốn ở xã Vĩnh Hòa Hưng chăm sóc vườn tiêu. (Ảnh: Hữu Huy)\n"
            "HỮU HUY\n"
        ),
        "expected": [
            ("loan_balance", 19_842_000_000_000, "91", 2025),
            ("borrowing_households", 402_310, "91", 2025),
            ("loan_balance", 7_020_000_000_000, "91", 2025),
            ("borrowing_households", 142_910, "91", 2025),
            ("loan_balance", 6_312_400_000_000, "91", 2025),
            ("borrowing_households", 128_455, "91", 2025),
            ("loan_balance", 3_604_600_000_000, "91", 2025),
            ("borrowing_households", 71_880, "91", 2025),
            ("loan_balance", 2_905_000_000_000, "91", 2025),
            ("borrowing_households", 59_065, "91", 2025),
        ],
    },
    {
        "name": "hoi_nct_thanh_hoa_tong_ket_2025",
        "url": "https://baothanhhoa.vn/hoi-nguoi-cao-tuoi-tinh-tong-ket-cong-tac-nam-2025-271044.htm",
        "text": (
            "Thứ Sáu, 26/12/2025 17:05\n"
            "Hội Người cao tuổi tỉnh tổng kết công tác năm 2025\n"
            "Chiều 26/12, Ban Đại diện Hội Người cao tuổi tỉnh tổ chức hội nghị tổng kết công tác Hội năm 2025.\n"
            "Sau sắp xếp tổ chức, toàn tỉnh có 166 Hội Người cao tuổi cấp xã với 486.200 hội viên, trong đó 52.400 hội viên từ 80 tuổi trở lên. Năm 2025, các cấp Hội kết nạp 9.340 hội viên mới.\n"
            "Các cấp Hội duy trì 1.812 câu lạc bộ liên thế hệ tự giúp nhau; vận động quỹ chăm sóc và phát huy vai trò người cao tuổi đạt 38,6 tỷ đồng.\n"
            "Ban Đại diện Hội NCT tỉnh tặng giấy khen cho các tập thể xuất sắc. Ảnh: Lê Hà\n"
            "Lê Hà\n"
        ),
        "expected": [
            ("associations", 166, "38", 2025),
            ("members", 486_200, "38", 2025),
            ("new_members", 9340, "38", 2025),
        ],
    },
    {
        "name": "hnd_quang_ninh_tong_ket_2019",
        "url": "https://baoquangninh.vn/hoi-nong-dan-tinh-nam-2019-ket-nap-1526-hoi-vien-2458713.html",
        "text": (
            "Chính trị | Mặt trận - Đoàn thể\n"
            "Cập nhật lúc 18:40 ngày 27/12/2019\n"
            "Hội Nông dân tỉnh: Năm 2019 kết nạp 1.526 hội viên\n"
            "Ngày 27/12, Hội Nông dân tỉnh tổng kết công tác Hội và phong trào nông dân năm 2019.\n"
            "Năm qua, các cấp Hội kết nạp 1.526 hội viên, nâng tổng số hội viên lên 81.233. Hội phối hợp với Ngân hàng CSXH tỉnh quản lý dư nợ ủy thác 1.108,5 tỷ đồng/19.720 hộ; phối hợp với Agribank cho vay 2.400 tỷ đồng.\n"
            "Các cấp Hội tổ chức 1.260 lớp tập huấn chuyển giao khoa học kỹ thuật cho 52.300 lượt hội viên; hỗ trợ thành lập 38 tổ hợp tác, 12 hợp tác xã nông nghiệp. Quỹ Hỗ trợ nông dân các cấp đạt 46,7 tỷ đồng.\n"
            "Năm 2020, Hội phấn đấu kết nạp 1.200 hội viên mới, 60% hộ đạt danh hiệu sản xuất, kinh doanh giỏi.\n"
            "Ông Nguyễn Văn Khải, Chủ tịch Hội Nông dân tỉnh trao bằng khen cho các tập thể. Ảnh: Hoàng Nga\n"
            "Hoàng Nga\n"
            "Tin liên quan\n"
            "- Nông dân Đầm Hà làm giàu từ nuôi gà (03/04/2017)\n"
        ),
        "expected": [
            ("new_members", 1526, "L22", 2019),
            ("members", 81_233, "L22", 2019),
            ("loan_balance", 1_108_500_000_000, "L22", 2019),
            ("borrowing_households", 19_720, "L22", 2019),
        ],
    },
    {
        "name": "dvk_dak_lak_9_thang_2024_bieu",
        "url": "https://bandanvan.daklak.gov.vn/tin-tuc/so-ket-phong-trao-dan-van-kheo-9-thang-nam-2024-1231.html",
        "text": (
            "BAN DÂN VẬN TỈNH ỦY ĐẮK LẮK\n"
            "Trang chủ > Tin hoạt động\n"
            "Sơ kết phong trào thi đua “Dân vận khéo” 9 tháng năm 2024\n"
            "Ngày đăng: 04/10/2024\n"
            "9 tháng năm 2024, toàn tỉnh có 1.206 mô hình “Dân vận khéo” được công nhận các cấp, tăng 88 mô hình so với cùng kỳ năm 2023. Số liệu một số địa phương:\n"
            "STT\tĐơn vị\tSố mô hình đăng ký\tSố mô hình được công nhận\n"
            "1\tHuyện Buôn Đôn\t64\t52\n"
            "2\tHuyện Ea Súp\t71\t58\n"
            "3\tHuyện Cư M'gar\t95\t81\n"
            "4\tHuyện Lắk\t48\t40\n"
            "Quý IV, Ban Dân vận Tỉnh ủy đề nghị các địa phương hoàn thành xét công nhận trước ngày 15/12/2024.\n"
        ),
        "expected": [
            ("dvk_models", 1206, "L66", 2024),
            ("dvk_models", 52, "L647", 2024),
            ("dvk_models", 58, "L646", 2024),
            ("dvk_models", 81, "L648", 2024),
            ("dvk_models", 40, "L656", 2024),
        ],
    },
    {
        "name": "ccb_xa_hai_hung_quy_i_2026",
        "url": "https://baoninhbinh.org.vn/hoi-ccb-xa-hai-hung-so-ket-quy-i-2026-a1172.htm",
        "text": (
            "Hội CCB xã Hải Hưng sơ kết quý I/2026\n"
            "Hội Cựu chiến binh xã Hải Hưng vừa tổ chức sơ kết công tác Hội quý I/2026, triển khai nhiệm vụ quý II.\n"
            "Hội hiện có 1.486 hội viên ở 29 chi hội; quý I kết nạp 18 hội viên. Hội duy trì 12 tổ tiết kiệm và vay vốn, dư nợ 38,9 tỷ đồng, 702 hộ vay.\n"
            "Trong quý, các chi hội tổ chức 29 buổi sinh hoạt chuyên đề về Nghị quyết Đại hội Đảng các cấp, thu hút 1.120 lượt hội viên tham gia; thăm hỏi, tặng 64 suất quà cho hội viên ốm đau, hoàn cảnh khó khăn với tổng trị giá 19,2 triệu đồng. Phong trào “Cựu chiến binh gương mẫu” được duy trì, 96% hội viên đăng ký gia đình văn hóa.\n"
            "Quý II, Hội tiếp tục vận động hội viên tham gia làm đường hoa, hỗ trợ 3 hội viên sửa nhà; phấn đấu cả năm kết nạp 45 hội viên mới.\n"
            "Hội viên CCB xã Hải Hưng tham gia trồng cây dọc tuyến đê biển. (Ảnh: N.H)\n"
            "Ngọc Hải\n"
            "Chia sẻ  |  In bài  |  Gửi bạn bè\n"
        ),
        "expected": [
            ("members", 1486, "14248", 2026),
            ("associations", 29, "14248", 2026),
            ("new_members", 18, "14248", 2026),
            ("loan_balance", 38_900_000_000, "14248", 2026),
            ("borrowing_households", 702, "14248", 2026),
        ],
    },
    {
        "name": "hnd_ha_giang_dai_hoi_2023",
        "url": "https://baohagiang.vn/chinh-tri/202309/dai-hoi-dai-bieu-hoi-nong-dan-tinh-lan-thu-x-7c21d9e/",
        "text": (
            "Chính trị\n"
            "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2023 - 2028\n"
            "Ngày 20/9, Hội Nông dân tỉnh khai mạc Đại hội đại biểu lần thứ X với 285 đại biểu đại diện cho 132.487 hội viên ở 193 cơ sở Hội; hội viên là người dân tộc thiểu số chiếm 87%.\n"
            "Nhiệm kỳ 2018 - 2023, các cấp Hội kết nạp 18.350 hội viên; tổ chức 4.260 lớp tập huấn cho 182.000 lượt hội viên.\n"
            "Nhiều mô hình kinh tế hiệu quả được nhân rộng, nhất là trồng cam, chè Shan tuyết và chăn nuôi bò; các cấp Hội phối hợp xây dựng 42 hợp tác xã, 316 tổ hợp tác. Quỹ Hỗ trợ nông dân các cấp đạt 28,5 tỷ đồng.\n"
            "Nhiệm kỳ 2023 - 2028, Đại hội phấn đấu thu hút 95% hộ nông dân tham gia tổ chức Hội; mỗi năm có 30% hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.\n"
            "Các đại biểu biểu quyết thông qua chương trình Đại hội. Ảnh: Đức Toàn\n"
            "Đức Toàn\n"
            "Tin khác\n"
            "- Hội Nông dân huyện Bắc Mê kết nạp 215 hội viên (14/03/2021)\n"
        ),
        "expected": [
            ("members", 132_487, "L02", 2023),
            ("associations", 193, "L02", 2023),
            ("new_members", 18_350, "L02", 2023),
        ],
    },
    {
        "name": "doan_yen_bai_6_thang_2024",
        "url": "https://baoyenbai.com.vn/12/331870/tinh-doan-so-ket-6-thang-dau-nam-2024.aspx",
        "text": (
            "Thứ Tư, 10/07/2024 | 09:05\n"
            "Tỉnh đoàn sơ kết công tác 6 tháng đầu năm 2024\n"
            "YBĐT - Ngày 9/7, Ban Thường vụ Tỉnh đoàn tổ chức hội nghị sơ kết công tác Đoàn, Hội, Đội 6 tháng đầu năm 2024.\n"
            "6 tháng đầu năm, các cấp bộ Đoàn kết nạp 2.316 đoàn viên mới; giới thiệu 640 đoàn viên ưu tú cho Đảng. Đoàn Thanh niên đang quản lý 402 tổ tiết kiệm và vay vốn với dư nợ 812,6 tỷ đồng, 16.204 hộ vay.\n"
            "Tổ chức 28 phiên giao dịch việc làm cho 3.100 lượt thanh niên; hỗ trợ 46 dự án thanh niên khởi nghiệp với tổng vốn 9,2 tỷ đồng. Toàn tỉnh triển khai 312 công trình, phần việc thanh niên, trị giá trên 14 tỷ đồng.\n"
            "6 tháng cuối năm, Tỉnh đoàn tiếp tục đẩy mạnh phong trào “Thanh niên tình nguyện”, phấn đấu cả năm kết nạp 4.500 đoàn viên mới.\n"
            "Đồng chí Bí thư Tỉnh đoàn phát biểu tại hội nghị. Ảnh: Thanh Ba\n"
            "Thanh Ba\n"
        ),
        "expected": [
            ("new_members", 2316, "L15", 2024),
            ("loan_balance", 812_600_000_000, "L15", 2024),
            ("borrowing_households", 16_204, "L15", 2024),
        ],
    },
    {
        "name": "mttq_vinh_linh_dai_hoi_2024_khong_ngay",
        "url": None,
        "text": (
            "ĐẠI HỘI ĐẠI BIỂU MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN VĨNH LINH LẦN THỨ XIII, NHIỆM KỲ 2024 - 2029\n"
            "Nhiệm kỳ 2019 - 2024, Ủy ban MTTQ Việt Nam huyện Vĩnh Linh và các tổ chức thành viên đã vận động nhân dân hiến hơn 58.000 m2 đất, đóng góp 46 tỷ đồng xây dựng nông thôn mới; xây dựng 126 mô hình “Dân vận khéo”.\n"
            "Các tổ chức thành viên không ngừng lớn mạnh: Hội Nông dân huyện hiện có 14.620 hội viên; Hội LHPN huyện 18.330 hội viên.\n"
            "Cuộc vận động “Ngày vì người nghèo” vận động được 12,6 tỷ đồng, hỗ trợ xây mới và sửa chữa 214 nhà cho hộ nghèo, cận nghèo. Công tác giám sát, phản biện xã hội được đổi mới, tổ chức 58 cuộc giám sát, 21 hội nghị phản biện.\n"
            "Nhiệm kỳ 2024 - 2029, Đại hội phấn đấu 100% khu dân cư tổ chức Ngày hội Đại đoàn kết toàn dân tộc; mỗi năm xây dựng ít nhất 20 mô hình “Dân vận khéo” mới.\n"
            "Đại hội hiệp thương cử 55 vị vào Ủy ban MTTQ Việt Nam huyện khóa XIII.\n"
        ),
        "expected": [
            ("dvk_models", 126, "L464", 2024),
            ("members", 14_620, "L464", 2024),
            ("members", 18_330, "L464", 2024),
        ],
    },
]
