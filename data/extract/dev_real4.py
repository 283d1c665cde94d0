"""Fourth development set (dev4) of real-shaped Vietnamese press/official pages about the mass
organizations, written by a helper session after reading ~65 stored real pages of the genre (see
MANIFEST.md). 30 documents, 163 expected figures, dates spread 2019-2026 (legacy codes up to
2025-06-30, current codes after). This set weighs DISTRACTORS heavily: targets/plans/chỉ tiêu,
increases and comparisons, percentages, previous values before a merger, delegates, audiences
(lượt), other lenders (Agribank, Quỹ HTND, Quỹ trợ vốn), disbursements/doanh số/thu nợ, loans by
programme, the bank's whole balance, one savings group's figures, sub-populations, counts of
savings groups/clubs/tổ hội nghề nghiệp/BCH members, document numbers, phone numbers, page
counters, related-news links and captions repeating figures. True figures also come in unusual
wording ("quy tụ", "tập hợp được", "thay mặt cho", "số hộ còn dư nợ là", "118.420 người là hội
viên"), TAB-separated tables (rows per commune/district, money in triệu đồng), an official report
(Báo cáo số …-BC/HCCB), a page with its date only in the address and one with no date at all
(year None). All texts are invented; places are real names from localities.csv."""

DOCS = [
    {
        "name": "yen_the_hnd_tong_ket_2023_table",
        "url": "https://bacgiangtoday.vn/chinh-tri/hoi-nong-dan-yen-the-ket-nap-1126-hoi-vien-moi-trong-nam-2023-t48213.html",
        "text": """\
BẮC GIANG TODAY | Thời sự | Chính trị | Kinh tế | Xã hội | Văn hóa
Trang chủ > Chính trị > Đoàn thể
Thứ Năm, 28/12/2023 15:20
Hội Nông dân huyện Yên Thế: Kết nạp 1.126 hội viên mới trong năm 2023
(BGT) - Chiều 27/12, Hội Nông dân huyện Yên Thế tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có 96 đại biểu là cán bộ Hội chủ chốt các xã, thị trấn.
Năm 2023, các cấp Hội trong huyện kết nạp được 1.126 hội viên, vượt 12,6% chỉ tiêu Hội Nông dân tỉnh giao (1.000 hội viên), nâng tổng số hội viên toàn huyện lên 24.318 người, sinh hoạt tại 21 cơ sở Hội với 197 chi hội. Qua đánh giá, 181/197 chi hội xếp loại vững mạnh.
Hội tiếp tục phối hợp với Phòng giao dịch Ngân hàng Chính sách xã hội huyện quản lý nguồn vốn ủy thác; đến 30/11/2023, dư nợ ủy thác qua Hội đạt 213,7 tỷ đồng với 4.296 hộ đang vay, tăng 14,2 tỷ đồng so với cuối năm 2022; tỷ lệ nợ quá hạn 0,08%. Bên cạnh đó, Hội phối hợp với Agribank chi nhánh Yên Thế cho 1.840 hộ hội viên vay 356 tỷ đồng; nguồn Quỹ Hỗ trợ nông dân các cấp đang cho 212 hộ vay với số tiền 9,8 tỷ đồng.
Trong năm, Hội tổ chức 64 lớp tập huấn chuyển giao khoa học kỹ thuật cho 4.150 lượt hội viên; thành lập mới 7 tổ hội nông dân nghề nghiệp với 84 thành viên.
Kết quả phát triển hội viên năm 2023 của một số cơ sở (đơn vị: người):
STT\tCơ sở Hội\tChỉ tiêu giao\tKết nạp mới\tTổng số hội viên
1\tXã Đồng Kỳ\t60\t74\t1.652
2\tXã Tam Tiến\t45\t51\t1.208
3\tXã Canh Nậu\t50\t63\t1.377
4\tThị trấn Bố Hạ\t40\t38\t946
Năm 2024, Hội Nông dân huyện phấn đấu kết nạp 1.000 hội viên mới, 90% chi hội đạt vững mạnh, dư nợ ủy thác tăng thêm 10 tỷ đồng.
Dịp này, 12 tập thể và 18 cá nhân được Hội Nông dân tỉnh tặng Giấy khen.
Ảnh: Lãnh đạo Hội Nông dân huyện trao Giấy khen cho các tập thể có thành tích xuất sắc năm 2023.
Minh Khuê
Chia sẻ: Facebook | Zalo | In bài
Tin liên quan
- Yên Thế: Hơn 2.000 hộ đăng ký sản xuất kinh doanh giỏi (14/06/2023)
- Hội Nông dân xã Đồng Lạc đại hội nhiệm kỳ 2023 - 2028 (02/03/2023)
""",
        "expected": [
            ("new_members", 1126, "L215", 2023),
            ("members", 24318, "L215", 2023),
            ("associations", 21, "L215", 2023),
            ("associations", 197, "L215", 2023),
            ("loan_balance", 213_700_000_000, "L215", 2023),
            ("borrowing_households", 4296, "L215", 2023),
            ("new_members", 74, "L07282", 2023),
            ("members", 1652, "L07282", 2023),
            ("new_members", 51, "L07252", 2023),
            ("members", 1208, "L07252", 2023),
            ("new_members", 63, "L07246", 2023),
            ("members", 1377, "L07246", 2023),
            ("new_members", 38, "L07294", 2023),
            ("members", 946, "L07294", 2023),
        ],
    },
    {
        "name": "dak_nong_nhcsxh_by_org_2020",
        "url": "https://daknongtoday.vn/kinh-te/gan-3000-ty-dong-von-chinh-sach-qua-kenh-hoi-doan-the-81902.html",
        "text": """\
ĐẮK NÔNG TODAY - Tin tức - Kinh tế - Ngân hàng
Kinh tế - Ngày đăng : 08:41, 21/01/2021
Gần 3.000 tỷ đồng vốn chính sách đến với người dân qua kênh hội, đoàn thể
Theo Chi nhánh Ngân hàng Chính sách xã hội (NHCSXH) tỉnh, đến 31/12/2020, tổng dư nợ các chương trình tín dụng chính sách toàn chi nhánh đạt 2.962 tỷ đồng, tăng 196 tỷ đồng so với đầu năm, với 71.804 khách hàng còn dư nợ. Hầu hết nguồn vốn được chuyển tải theo phương thức ủy thác từng phần qua 4 tổ chức chính trị - xã hội, chiếm 99,9% tổng dư nợ.
Cụ thể, Hội Liên hiệp Phụ nữ nhận ủy thác 834,6 tỷ đồng, với 19.742 hộ vay; Hội Nông dân 791 tỷ đồng, 18.915 hộ còn dư nợ; Hội Cựu chiến binh 672,3 tỷ đồng với 15.860 hộ; Đoàn Thanh niên 661,8 tỷ đồng, 15.244 hộ.
Trong năm 2020, doanh số cho vay đạt 742 tỷ đồng, giúp 18.330 lượt hộ nghèo và đối tượng chính sách tiếp cận vốn; doanh số thu nợ 541 tỷ đồng. Nợ quá hạn và nợ khoanh chiếm 0,31% tổng dư nợ. Chương trình cho vay hộ nghèo có dư nợ 512 tỷ đồng, hộ cận nghèo 498 tỷ đồng, nước sạch và vệ sinh môi trường nông thôn 401 tỷ đồng.
Toàn tỉnh hiện có 2.214 tổ tiết kiệm và vay vốn hoạt động tại 71 điểm giao dịch xã. Năm 2021, chi nhánh phấn đấu tăng trưởng dư nợ từ 8 - 10%.
Ảnh: Cán bộ NHCSXH giải ngân vốn vay tại một điểm giao dịch xã. (Ảnh minh họa)
Trần Hoàng Phúc
Bình luận của bạn về bài viết...
""",
        "expected": [
            ("loan_balance", 834_600_000_000, "L67", 2020),
            ("borrowing_households", 19742, "L67", 2020),
            ("loan_balance", 791_000_000_000, "L67", 2020),
            ("borrowing_households", 18915, "L67", 2020),
            ("loan_balance", 672_300_000_000, "L67", 2020),
            ("borrowing_households", 15860, "L67", 2020),
            ("loan_balance", 661_800_000_000, "L67", 2020),
            ("borrowing_households", 15244, "L67", 2020),
        ],
    },
    {
        "name": "hoa_an_ccb_dai_hoi_2022",
        "url": "https://caobangdientu.vn/chinh-tri/dai-hoi-dai-bieu-hoi-cuu-chien-binh-huyen-hoa-an-lan-thu-vii-nhiem-ky-2022-2027-1153.html",
        "text": """\
Cao Bằng Điện tử | Chính trị | Quốc phòng - An ninh | Kinh tế | Xã hội
Cập nhật lúc 10:35 ngày 14/4/2022
Đại hội đại biểu Hội Cựu chiến binh huyện Hòa An lần thứ VII, nhiệm kỳ 2022 – 2027
Ngày 13/4, Hội Cựu chiến binh (CCB) huyện Hòa An tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 – 2027. Dự đại hội có 142 đại biểu chính thức thay mặt cho 3.412 hội viên của 22 cơ sở hội trong toàn huyện.
Nhiệm kỳ 2017 – 2022, Hội CCB huyện luôn giữ vững bản chất, truyền thống Bộ đội Cụ Hồ, tích cực tham gia xây dựng, bảo vệ Đảng, chính quyền. Công tác xây dựng tổ chức Hội được chú trọng; toàn huyện hiện có 168 chi hội; 5 năm qua kết nạp 627 hội viên mới, trong đó 41 hội viên là quân nhân xuất ngũ năm 2021. Hằng năm có trên 96% cơ sở hội đạt trong sạch, vững mạnh.
Hội nhận ủy thác của Ngân hàng Chính sách xã hội huyện, quản lý 38 tổ tiết kiệm và vay vốn, tổng dư nợ đạt 96,45 tỷ đồng với 2.104 hộ vay, không có nợ quá hạn. Các cấp Hội vận động xây dựng, sửa chữa 19 nhà "Nghĩa tình đồng đội" trị giá 950 triệu đồng; hội viên hiến 12.600 m2 đất, đóng góp 4.300 ngày công xây dựng nông thôn mới.
Nhiệm kỳ 2022 – 2027, Đại hội đề ra 10 chỉ tiêu, trong đó phấn đấu mỗi năm kết nạp từ 120 hội viên trở lên; 100% chi hội có Quỹ Hội từ 5 triệu đồng trở lên.
Đại hội đã bầu 21 đồng chí vào Ban Chấp hành Hội CCB huyện khóa VII và 13 đại biểu dự Đại hội Hội CCB tỉnh.
Ảnh: Ban Chấp hành Hội CCB huyện Hòa An khóa VII ra mắt Đại hội.
Hoàng Thu
""",
        "expected": [
            ("members", 3412, "L051", 2022),
            ("associations", 22, "L051", 2022),
            ("associations", 168, "L051", 2022),
            ("new_members", 627, "L051", 2022),
            ("loan_balance", 96_450_000_000, "L051", 2022),
            ("borrowing_households", 2104, "L051", 2022),
        ],
    },
    {
        "name": "ea_kly_hlhpn_dai_hoi_date_in_url",
        "url": "https://krongpac.daklak.gov.vn/tin-tuc/2021/04/dai-hoi-phu-nu-xa-ea-kly-nhiem-ky-2021-2026.html",
        "text": """\
CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN KRÔNG PẮC
Trang chủ » Tin tức - Sự kiện » Hoạt động đoàn thể
ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ XÃ EA KLY LẦN THỨ XII, NHIỆM KỲ 2021 – 2026
Sáng 16/4, Hội Liên hiệp Phụ nữ xã Ea Kly tổ chức Đại hội đại biểu phụ nữ lần thứ XII, nhiệm kỳ 2021 – 2026. Về dự có 92 đại biểu chính thức thay mặt cho 1.640 hội viên đang sinh hoạt tại 14 chi hội.
Trong nhiệm kỳ qua, Hội đã kết nạp 318 hội viên mới; so với đầu nhiệm kỳ, tổng số hội viên tăng thêm 206 chị. Trong tổng số hội viên có 634 chị là người dân tộc thiểu số.
Hội quản lý 9 tổ tiết kiệm và vay vốn của Ngân hàng Chính sách xã hội với tổng dư nợ 28,6 tỷ đồng; số hộ còn dư nợ là 512 hộ. Riêng tổ tiết kiệm và vay vốn buôn Ea Kly 2 do chị H'Loan Niê làm tổ trưởng có 58 thành viên, dư nợ 3,4 tỷ đồng. Phong trào "Nuôi heo đất" tiết kiệm được 86 triệu đồng; Hội vận động xây tặng 12 "Mái ấm tình thương".
Nhiệm kỳ 2021 – 2026, Hội phấn đấu hằng năm kết nạp ít nhất 50 hội viên; 90% hội viên tham gia sinh hoạt thường xuyên; 100% chi hội xây dựng được quỹ hội.
Đại hội bầu Ban Chấp hành khóa XII gồm 13 đồng chí.
Phương Thảo - Hội LHPN xã Ea Kly
Lượt xem: 418
""",
        "expected": [
            ("members", 1640, "L24496", 2021),
            ("associations", 14, "L24496", 2021),
            ("new_members", 318, "L24496", 2021),
            ("loan_balance", 28_600_000_000, "L24496", 2021),
            ("borrowing_households", 512, "L24496", 2021),
        ],
    },
    {
        "name": "thach_thanh_dan_van_kheo_2024",
        "url": "https://thachthanh.thanhhoa.gov.vn/tin-tuc/thach-thanh-tong-ket-phong-trao-thi-dua-dan-van-kheo-nam-2024-5521.htm",
        "text": """\
Cổng TTĐT huyện Thạch Thành | Giới thiệu | Tin tức | Văn bản | Liên hệ
16:02 | 19/12/2024
Thạch Thành tổng kết phong trào thi đua "Dân vận khéo" năm 2024
Chiều 18/12, Ban Dân vận Huyện ủy Thạch Thành tổ chức hội nghị tổng kết công tác dân vận, phong trào thi đua "Dân vận khéo" năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, toàn huyện xây dựng và được công nhận 148 mô hình "Dân vận khéo" mới, tăng 27 mô hình so với năm 2023; trong đó có 104 mô hình tập thể và 44 mô hình cá nhân. Lũy kế từ năm 2009 đến nay, toàn huyện có 1.216 mô hình dân vận khéo trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị. Một số địa phương có nhiều mô hình là thị trấn Kim Tân 14 mô hình, xã Thành Minh 11 mô hình, xã Thạch Quảng 9 mô hình.
Ban Dân vận Huyện ủy đã đề nghị Ban Dân vận Tỉnh ủy công nhận 6 mô hình cấp tỉnh; khen thưởng 15 tập thể và 9 cá nhân có thành tích xuất sắc.
Hội nghị cũng quán triệt Kế hoạch số 86-KH/HU ngày 10/12/2024 của Ban Thường vụ Huyện ủy; năm 2025 phấn đấu mỗi cơ quan, đơn vị, địa phương đăng ký ít nhất 2 mô hình.
Ảnh: Mô hình "Đường hoa nông thôn mới" tại xã Thành Minh - một trong 11 mô hình dân vận khéo của xã năm 2024.
Lê Hà (Trung tâm VH-TT&TT huyện)
""",
        "expected": [
            ("dvk_models", 148, "L391", 2024),
            ("dvk_models", 1216, "L391", 2024),
            ("dvk_models", 14, "L15187", 2024),
            ("dvk_models", 11, "L15232", 2024),
            ("dvk_models", 9, "L15199", 2024),
        ],
    },
    {
        "name": "quang_binh_thang_thanh_nien_2023",
        "url": "https://quangbinhnews.vn/xa-hoi/202304/thang-thanh-nien-2023-cac-chi-tieu-deu-vuot-ke-hoach-22714/",
        "text": """\
QUẢNG BÌNH NEWS
Xã hội | Giáo dục | Thanh niên
Cập nhật: 17:05, 12/04/2023 (GMT+7)
Tháng Thanh niên 2023: Các chỉ tiêu đều vượt kế hoạch
Chiều 12/4, Tỉnh Đoàn tổ chức hội nghị tổng kết Tháng Thanh niên năm 2023.
Anh Trương Quốc Bảo, Bí thư Tỉnh Đoàn trao Bằng khen cho các tập thể xuất sắc.
Trong tháng 3, các cấp bộ Đoàn đã tổ chức cho hơn 41.800 lượt đoàn viên, thanh niên học tập Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII; 100% cơ sở Đoàn ra quân Ngày Chủ nhật xanh; xây dựng 3 ngôi nhà "Khăn quàng đỏ" (đạt 150%); kết nạp mới 6.120 đoàn viên (đạt 306% chỉ tiêu tháng), giới thiệu 612 đoàn viên ưu tú cho Đảng xem xét kết nạp.
Hiện toàn tỉnh có 78.540 đoàn viên sinh hoạt tại 2.311 chi đoàn. Từ nay đến cuối năm, Tỉnh Đoàn phấn đấu kết nạp thêm 4.000 đoàn viên mới.
Anh Trương Quốc Bảo, Bí thư Tỉnh Đoàn trao Bằng khen cho các tập thể xuất sắc.
Bài, ảnh: Khánh Vy
""",
        "expected": [
            ("new_members", 6120, "L44", 2023),
            ("members", 78540, "L44", 2023),
            ("associations", 2311, "L44", 2023),
        ],
    },
    {
        "name": "phu_cu_cong_doan_dai_hoi_2023",
        "url": "https://hungyen24h.vn/cong-doan/dai-hoi-cong-doan-huyen-phu-cu-lan-thu-xvi-nhiem-ky-2023-2028-a20871.html",
        "text": """\
HƯNG YÊN 24H | Thời sự | Công đoàn | Kinh tế | Văn hóa
Thứ Sáu, 09/06/2023 - 10:12
Đại hội Công đoàn huyện Phù Cừ lần thứ XVI, nhiệm kỳ 2023 – 2028
Ngày 8/6, Liên đoàn Lao động huyện Phù Cừ tổ chức Đại hội Công đoàn huyện lần thứ XVI, nhiệm kỳ 2023 – 2028. Dự đại hội có 112 đại biểu chính thức thay mặt cho 4.318 đoàn viên công đoàn đang sinh hoạt ở 97 công đoàn cơ sở (CĐCS) trên địa bàn huyện.
Nhiệm kỳ 2018 – 2023, các cấp công đoàn huyện phát triển mới 1.260 đoàn viên, thành lập mới 11 CĐCS khu vực ngoài nhà nước; phối hợp tổ chức 212 hội nghị cán bộ, công chức, viên chức và 64 cuộc đối thoại tại nơi làm việc; xây dựng, sửa chữa 32 "Mái ấm công đoàn" trị giá 1,6 tỷ đồng.
Nhiệm kỳ 2023 – 2028, Đại hội đề ra mục tiêu phát triển 1.500 đoàn viên, thành lập mới 12 CĐCS; 80% CĐCS đạt hoàn thành tốt nhiệm vụ trở lên.
Đại hội đã bầu 19 đồng chí vào Ban Chấp hành Công đoàn huyện khóa XVI và 9 đại biểu đi dự Đại hội Công đoàn tỉnh.
Đức Trung
Chia sẻ bài viết
""",
        "expected": [
            ("members", 4318, "L333", 2023),
            ("associations", 97, "L333", 2023),
            ("new_members", 1260, "L333", 2023),
        ],
    },
    {
        "name": "thanh_ba_hnd_xa_moi_2025",
        "url": "https://phuthotoday.vn/dai-hoi-dai-bieu-hoi-nong-dan-xa-thanh-ba-lan-thu-i-nhiem-ky-2025-2030-60817.htm",
        "text": """\
PHÚ THỌ TODAY
Chính trị | Xã hội | Nông nghiệp | Đoàn thể
Thứ Tư, 22/10/2025 - 16:40
Đại hội đại biểu Hội Nông dân xã Thanh Ba lần thứ I, nhiệm kỳ 2025 – 2030
Ngày 22/10, Hội Nông dân xã Thanh Ba tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030 với sự tham dự của 124 đại biểu chính thức.
Hội Nông dân xã Thanh Ba đi vào hoạt động từ ngày 1/7/2025 trên cơ sở hợp nhất tổ chức Hội của ba đơn vị hành chính cũ. Trước sắp xếp, ba cơ sở Hội có tổng cộng 41 chi hội; sau khi rà soát, kiện toàn, hiện Hội quy tụ 3.952 hội viên sinh hoạt tại 34 chi hội.
Giai đoạn 2023 – 2025, các cơ sở Hội đã kết nạp 146 hội viên mới; vận động đóng góp 1,92 tỷ đồng xây dựng Quỹ Hỗ trợ nông dân, hiện đang cho 57 hộ vay. Hội quản lý 19 tổ tiết kiệm và vay vốn nhận ủy thác của Ngân hàng Chính sách xã hội với tổng dư nợ 61,35 tỷ đồng, 1.108 hộ vay; tỷ lệ nợ quá hạn chỉ 0,02%. Bình quân mỗi năm có 1.240 hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp; thu nhập bình quân đầu người năm 2025 ước đạt 62 triệu đồng.
Nhiệm kỳ 2025 – 2030, Đại hội đề ra 12 chỉ tiêu, trong đó hằng năm kết nạp từ 40 hội viên trở lên, 85% chi hội xếp loại vững mạnh.
Đại hội đã công bố quyết định chỉ định Ban Chấp hành gồm 23 đồng chí.
Ảnh: Lãnh đạo Hội Nông dân tỉnh tặng hoa chúc mừng Đại hội.
Thu Hằng
""",
        "expected": [
            ("members", 3952, "08152", 2025),
            ("associations", 34, "08152", 2025),
            ("new_members", 146, "08152", 2025),
            ("loan_balance", 61_350_000_000, "08152", 2025),
            ("borrowing_households", 1108, "08152", 2025),
        ],
    },
    {
        "name": "tay_ninh_hlhpn_tong_ket_2025_after_merger",
        "url": "https://tayninhnews.vn/doan-the/hoi-lhpn-tinh-tong-ket-nam-2025-hoan-thanh-kien-toan-to-chuc-hoi-sau-hop-nhat-30417.html",
        "text": """\
TÂY NINH NEWS - Đoàn thể
Thứ Ba, 23/12/2025 | 09:15
Hội LHPN tỉnh tổng kết năm 2025: Hoàn thành kiện toàn tổ chức Hội sau hợp nhất
Sáng 22/12, Hội Liên hiệp Phụ nữ tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026.
Đây là năm đầu tiên Hội hoạt động theo mô hình mới sau khi hợp nhất Hội LHPN tỉnh Long An và Hội LHPN tỉnh Tây Ninh (cũ). Trước hợp nhất, Hội LHPN tỉnh Long An có 241.380 hội viên, Hội LHPN tỉnh Tây Ninh (cũ) có 167.050 hội viên.
Tính đến ngày 30/11/2025, toàn tỉnh có 96 cơ sở Hội cấp xã, phường với 1.204 chi hội và 414.870 hội viên; trong năm kết nạp mới 5.842 hội viên, đạt 146% kế hoạch.
Các cấp Hội nhận ủy thác từ Ngân hàng Chính sách xã hội với tổng dư nợ 4.012,6 tỷ đồng, 98.770 hộ vay, thông qua 3.214 tổ tiết kiệm và vay vốn; tỷ lệ nợ quá hạn 0,07%. Bên cạnh đó, Quỹ trợ vốn của Hội đang cho 6.400 thành viên vay 112 tỷ đồng.
Năm 2025, các cấp Hội có 214 mô hình "Dân vận khéo" được cấp ủy công nhận; trao 385 "Mái ấm tình thương" trị giá 19,2 tỷ đồng; 1.850 trẻ em được nhận đỡ đầu.
Năm 2026, Hội phấn đấu kết nạp 4.000 hội viên mới, 100% cơ sở Hội có ít nhất 1 mô hình dân vận khéo.
Ảnh: Lãnh đạo Hội LHPN tỉnh trao Bằng khen cho 24 tập thể xuất sắc năm 2025.
Ngọc Bích
""",
        "expected": [
            ("associations", 96, "80", 2025),
            ("associations", 1204, "80", 2025),
            ("members", 414870, "80", 2025),
            ("new_members", 5842, "80", 2025),
            ("loan_balance", 4_012_600_000_000, "80", 2025),
            ("borrowing_households", 98770, "80", 2025),
            ("dvk_models", 214, "80", 2025),
        ],
    },
    {
        "name": "kon_tum_ccb_bao_cao_6_thang_2024",
        "url": None,
        "text": """\
HỘI CCB VIỆT NAM\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HỘI CCB TỈNH KON TUM\tĐộc lập - Tự do - Hạnh phúc
Số: 45-BC/HCCB\tKon Tum, ngày 20 tháng 6 năm 2024
BÁO CÁO
Kết quả công tác Hội 6 tháng đầu năm, phương hướng nhiệm vụ 6 tháng cuối năm 2024
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ
1. Công tác xây dựng tổ chức Hội
Tính đến ngày 15/6/2024, toàn tỉnh có 108 cơ sở Hội, 641 chi hội với 11.826 hội viên. 6 tháng đầu năm, các cấp Hội kết nạp 214 hội viên, đạt 71,3% kế hoạch năm (300 hội viên); 97/108 cơ sở Hội được xếp loại trong sạch, vững mạnh năm 2023.
2. Công tác phối hợp, nhận ủy thác cho vay vốn
Các cấp Hội quản lý 187 tổ tiết kiệm và vay vốn, tổng dư nợ ủy thác đạt 812,44 tỷ đồng, 17.045 hộ còn dư nợ, tăng 21,6 tỷ đồng so với 31/12/2023; nợ quá hạn chiếm 0,09%. Doanh số cho vay 6 tháng đạt 138 tỷ đồng.
3. Phong trào "CCB gương mẫu"
Hỗ trợ xây dựng 7 nhà "Nghĩa tình đồng đội" trị giá 350 triệu đồng; toàn tỉnh có 62 trang trại, gia trại và 14 doanh nghiệp do hội viên làm chủ.
II. PHƯƠNG HƯỚNG NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024
1. Kết nạp ít nhất 90 hội viên, hoàn thành kế hoạch năm.
2. Phấn đấu dư nợ ủy thác đạt 830 tỷ đồng, giữ tỷ lệ nợ quá hạn dưới 0,1%.
Nơi nhận:
- TW Hội CCB Việt Nam (b/c);
- Thường trực Tỉnh ủy (b/c);
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
""",
        "expected": [
            ("associations", 108, "L62", 2024),
            ("associations", 641, "L62", 2024),
            ("members", 11826, "L62", 2024),
            ("new_members", 214, "L62", 2024),
            ("loan_balance", 812_440_000_000, "L62", 2024),
            ("borrowing_households", 17045, "L62", 2024),
        ],
    },
    {
        "name": "can_tho_hnd_so_ket_2022_related_news",
        "url": "https://cantho-news.vn/chinh-tri/hoi-nong-dan-thanh-pho-so-ket-6-thang-dau-nam-2022-a140522.html",
        "text": """\
CẦN THƠ NEWS | Chính trị | Kinh tế | Nông nghiệp | Xã hội
21/06/2022 - 14:30
Hội Nông dân thành phố sơ kết 6 tháng đầu năm 2022
Ngày 20-6, Hội Nông dân thành phố tổ chức hội nghị sơ kết công tác Hội và phong trào nông dân 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.
Hiện toàn thành phố có 72.415 hội viên nông dân; 6 tháng đầu năm, các cơ sở Hội kết nạp mới 1.108 hội viên. Các cấp Hội giải ngân nguồn Quỹ Hỗ trợ nông dân 6,4 tỷ đồng cho 170 hộ vay; phối hợp Agribank cho hơn 2.300 hộ vay vốn. Hội Nông dân các quận, huyện mở 64 lớp dạy nghề cho 1.900 lượt hội viên.
6 tháng cuối năm, Hội tập trung chuẩn bị Đại hội Hội Nông dân các cấp nhiệm kỳ 2023 - 2028; phấn đấu cả năm kết nạp 2.000 hội viên.
Dịp này, Hội Nông dân thành phố tặng Giấy khen cho 6 tập thể và 11 cá nhân.
KIM NGÂN
Tin liên quan
- Thốt Nốt: Kết nạp 230 hội viên nông dân mới (12/10/2021)
- Hội Nông dân thành phố có trên 71.000 hội viên (05/01/2022)
- Ô Môn: 1.450 hộ đạt danh hiệu sản xuất, kinh doanh giỏi (30/05/2022)
""",
        "expected": [
            ("members", 72415, "L92", 2022),
            ("new_members", 1108, "L92", 2022),
        ],
    },
    {
        "name": "tan_phuoc_hlhpn_so_ket_date_only_in_url",
        "url": "https://tiengiangnews.vn/202307/hoi-lhpn-huyen-tan-phuoc-so-ket-6-thang-dau-nam-1034215/",
        "text": """\
TIỀN GIANG NEWS
Trang chủ / Xã hội / Phụ nữ
Hội LHPN huyện Tân Phước sơ kết 6 tháng đầu năm
Sáng 28/6, Hội Liên hiệp Phụ nữ huyện Tân Phước tổ chức hội nghị sơ kết công tác Hội và phong trào phụ nữ 6 tháng đầu năm, triển khai phương hướng 6 tháng cuối năm.
Toàn huyện hiện có 14.826 hội viên, chiếm 72,4% tổng số phụ nữ từ 18 tuổi trở lên; 6 tháng qua kết nạp 296 hội viên mới.
Vốn ủy thác Ngân hàng Chính sách xã hội do các cấp Hội quản lý có tổng dư nợ trên 118 tỷ 640 triệu đồng, giúp 3.105 hộ vay; tiền tiết kiệm huy động trong các tổ đạt 2 tỷ 410 triệu đồng. Các cấp Hội trao 1.150 phần quà "San sẻ yêu thương", xây tặng 6 mái ấm; 21 em mồ côi được nhận đỡ đầu.
6 tháng cuối năm, Hội phấn đấu kết nạp thêm 200 hội viên, giữ tỷ lệ nợ quá hạn dưới 0,3%.
Bảo Trân
""",
        "expected": [
            ("members", 14826, "L818", 2023),
            ("new_members", 296, "L818", 2023),
            ("loan_balance", 118_640_000_000, "L818", 2023),
            ("borrowing_households", 3105, "L818", 2023),
        ],
    },
    {
        "name": "bo_ha_ccb_dai_hoi_2022",
        "url": "https://yenthe.bacgiang.gov.vn/tin-tuc/hoi-ccb-thi-tran-bo-ha-dai-hoi-nhiem-ky-2022-2027-2291.html",
        "text": """\
UBND HUYỆN YÊN THẾ - Cổng thông tin điện tử
Tin tức > Hoạt động các xã, thị trấn
Thứ Hai, 14/03/2022 09:05
Hội CCB thị trấn Bố Hạ đại hội nhiệm kỳ 2022 – 2027
Ngày 12/3, Hội Cựu chiến binh thị trấn Bố Hạ tổ chức Đại hội đại biểu lần thứ VIII, nhiệm kỳ 2022 – 2027. Về dự có 55 đại biểu đại diện cho 286 hội viên sinh hoạt ở 9 chi hội.
Nhiệm kỳ qua, Hội kết nạp 41 hội viên mới; 100% hội viên được học tập các chỉ thị, nghị quyết. Hội quản lý 3 tổ tiết kiệm và vay vốn với dư nợ ủy thác 7,25 tỷ đồng cho 148 hộ vay; Quỹ "Nghĩa tình đồng đội" đạt 86 triệu đồng.
Đại hội bầu Ban Chấp hành gồm 11 đồng chí; bầu 17 đại biểu dự Đại hội Hội CCB huyện.
Vũ Hải
Lượt xem: 312
""",
        "expected": [
            ("members", 286, "L07294", 2022),
            ("associations", 9, "L07294", 2022),
            ("new_members", 41, "L07294", 2022),
            ("loan_balance", 7_250_000_000, "L07294", 2022),
            ("borrowing_households", 148, "L07294", 2022),
        ],
    },
    {
        "name": "huu_lung_nhcsxh_4_orgs_2024",
        "url": "https://langsonnews.vn/kinh-te/huu-lung-von-chinh-sach-vuot-moc-1-000-ty-dong-71920.html",
        "text": """\
LẠNG SƠN NEWS > Kinh tế > Tài chính - Ngân hàng
Cập nhật lúc 08:20 ngày 06/01/2025
Hữu Lũng: Vốn chính sách vượt mốc 1.000 tỷ đồng
Năm 2024, Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hữu Lũng có tổng nguồn vốn 1.021 tỷ đồng, trong đó vốn ngân sách địa phương ủy thác sang để cho vay là 38,6 tỷ đồng. Đến 31/12/2024, tổng dư nợ đạt 1.012 tỷ đồng, tăng 76 tỷ đồng so với năm 2023, với 19.404 khách hàng còn dư nợ.
Dư nợ ủy thác qua Hội Nông dân là 298,4 tỷ đồng, 5.812 hộ; Hội Phụ nữ 341,2 tỷ đồng, 6.450 hộ; Hội Cựu chiến binh 210,7 tỷ đồng, 4.013 hộ; Đoàn Thanh niên 158,9 tỷ đồng với 3.026 hộ.
Doanh số cho vay năm 2024 đạt 312 tỷ đồng, doanh số thu nợ 236 tỷ đồng. Nợ quá hạn chiếm 0,05% tổng dư nợ. Trong đó, chương trình cho vay hộ nghèo có dư nợ 221 tỷ đồng, hộ mới thoát nghèo 187 tỷ đồng, học sinh sinh viên 12 tỷ đồng.
Toàn huyện có 164 tổ tiết kiệm và vay vốn, giao dịch định kỳ tại 26 điểm giao dịch xã.
Năm 2025, đơn vị phấn đấu tăng trưởng dư nợ 7%.
Ảnh: Giao dịch tại điểm giao dịch xã.
Hoàng Giang
""",
        "expected": [
            ("loan_balance", 298_400_000_000, "L186", 2024),
            ("borrowing_households", 5812, "L186", 2024),
            ("loan_balance", 341_200_000_000, "L186", 2024),
            ("borrowing_households", 6450, "L186", 2024),
            ("loan_balance", 210_700_000_000, "L186", 2024),
            ("borrowing_households", 4013, "L186", 2024),
            ("loan_balance", 158_900_000_000, "L186", 2024),
            ("borrowing_households", 3026, "L186", 2024),
        ],
    },
    {
        "name": "quynh_luu_hnd_tong_ket_2019",
        "url": "https://nghean24h.vn/doan-the/quynh-luu-ket-nap-hon-1-200-hoi-vien-nong-dan-moi-a84211.html",
        "text": """\
NGHỆ AN 24H | Thời sự | Chính trị | Đoàn thể | Kinh tế
Thứ Sáu, 27/12/2019 | 10:48
Quỳnh Lưu: Kết nạp hơn 1.200 hội viên nông dân mới
Chiều 26/12, Hội Nông dân huyện Quỳnh Lưu tổng kết công tác Hội và phong trào nông dân năm 2019.
Năm 2019, các cấp Hội kết nạp 1.207 hội viên mới, đạt 120,7% chỉ tiêu, tăng 132 hội viên so với năm 2018. Toàn huyện hiện có 48.215 hội viên sinh hoạt tại 33 cơ sở Hội, 398 chi hội.
Dư nợ ủy thác của Ngân hàng Chính sách xã hội qua Hội đạt 402,6 tỷ đồng với 9.816 hộ vay. Hội cũng tín chấp cho 7.200 hộ vay vốn Agribank với dư nợ 1.104 tỷ đồng. Có 216 mô hình kinh tế tập thể, tổ hợp tác do hội viên tham gia.
Năm 2020, Hội Nông dân huyện phấn đấu kết nạp 1.000 hội viên, 85% cơ sở Hội xếp loại vững mạnh.
Hồ Nhung
Chia sẻ | Bình luận (0)
""",
        "expected": [
            ("new_members", 1207, "L421", 2019),
            ("members", 48215, "L421", 2019),
            ("associations", 33, "L421", 2019),
            ("associations", 398, "L421", 2019),
            ("loan_balance", 402_600_000_000, "L421", 2019),
            ("borrowing_households", 9816, "L421", 2019),
        ],
    },
    {
        "name": "muong_khuong_doan_dai_hoi_2022",
        "url": "https://laocai24h.vn/thanh-nien/dai-hoi-doan-huyen-muong-khuong-lan-thu-xvi-19421.html",
        "text": """\
LÀO CAI 24H
Thanh niên | Giáo dục | Dân tộc - Miền núi
15:10 | 16/06/2022
Đại hội Đoàn huyện Mường Khương lần thứ XVI, nhiệm kỳ 2022 – 2027
Ngày 15/6, Huyện đoàn Mường Khương tổ chức Đại hội đại biểu Đoàn TNCS Hồ Chí Minh huyện lần thứ XVI, nhiệm kỳ 2022 – 2027. Tham dự có 126 đại biểu đại diện cho 2.864 đoàn viên đang sinh hoạt tại 38 cơ sở Đoàn, 164 chi đoàn; trong đó 2.110 đoàn viên là người dân tộc thiểu số.
Nhiệm kỳ qua, các cấp bộ Đoàn kết nạp 1.952 đoàn viên mới, giới thiệu 312 đoàn viên ưu tú cho Đảng, trong đó 196 đoàn viên đã được kết nạp Đảng. Đoàn Thanh niên huyện nhận ủy thác, quản lý 12 tổ tiết kiệm và vay vốn với dư nợ 48,3 tỷ đồng; thực hiện 27 công trình thanh niên trị giá 2,1 tỷ đồng.
Nhiệm kỳ 2022 – 2027, Đại hội phấn đấu mỗi năm kết nạp 350 đoàn viên mới trở lên.
Đại hội bầu 25 đồng chí vào Ban Chấp hành Huyện đoàn khóa XVI.
Ảnh: 126 đại biểu dự Đại hội biểu quyết thông qua Nghị quyết.
Giàng Mai
""",
        "expected": [
            ("members", 2864, "L083", 2022),
            ("associations", 38, "L083", 2022),
            ("associations", 164, "L083", 2022),
            ("new_members", 1952, "L083", 2022),
            ("loan_balance", 48_300_000_000, "L083", 2022),
        ],
    },
    {
        "name": "bac_lieu_hoi_nguoi_cao_tuoi_2023",
        "url": "https://baclieutoday.vn/xa-hoi/phat-huy-vai-tro-nguoi-cao-tuoi-trong-giai-doan-moi-40218.html",
        "text": """\
BẠC LIÊU TODAY | Xã hội
Thứ Năm, 28/09/2023 - 07:45
Phát huy vai trò người cao tuổi trong giai đoạn mới
Hướng tới kỷ niệm Ngày Quốc tế Người cao tuổi (1/10), Hội Người cao tuổi tỉnh tổ chức họp mặt biểu dương người cao tuổi tiêu biểu.
Toàn tỉnh hiện có hơn 131.000 người cao tuổi, trong đó 118.420 người là hội viên Hội Người cao tuổi, sinh hoạt tại 512 chi hội. Các cấp Hội duy trì 96 câu lạc bộ liên thế hệ tự giúp nhau với 4.300 thành viên; tổ chức mừng thọ cho 8.412 cụ; trao 1.210 phần quà; Quỹ chăm sóc và phát huy vai trò người cao tuổi đạt 6,4 tỷ đồng.
Thời gian tới, Hội phấn đấu 90% người cao tuổi tham gia sinh hoạt Hội.
Ảnh: Lãnh đạo tỉnh tặng quà người cao tuổi tiêu biểu.
Trúc Linh
""",
        "expected": [
            ("members", 118420, "L95", 2023),
            ("associations", 512, "L95", 2023),
        ],
    },
    {
        "name": "tan_phuoc_1_hlhpn_xa_moi_2025",
        "url": "https://dongthaptv.vn/tin-tuc/hoi-lhpn-xa-tan-phuoc-1-tong-ket-nam-2025-a52117.html",
        "text": """\
Đồng Tháp TV | Tin tức | Địa phương
Cập nhật: 15/12/2025
Hội LHPN xã Tân Phước 1 tổng kết năm 2025
Ngày 13/12, Hội Liên hiệp Phụ nữ xã Tân Phước 1 tổ chức hội nghị tổng kết công tác Hội năm 2025.
Sau sắp xếp đơn vị hành chính, Hội có 27 chi hội với 5.216 hội viên; từ ngày 1/7/2025 đến nay kết nạp 86 hội viên mới. Vốn Ngân hàng Chính sách xã hội ủy thác qua Hội đạt 52,73 tỷ đồng, 1.064 hộ còn dư nợ, sinh hoạt trong 14 tổ tiết kiệm và vay vốn. Nhóm phụ nữ tiết kiệm ấp 3 có 21 thành viên, tiết kiệm được 64 triệu đồng.
Năm 2026, Hội phấn đấu kết nạp 120 hội viên mới; 100% chi hội có mô hình tiết kiệm.
Thanh Tâm - Hội LHPN xã Tân Phước 1
""",
        "expected": [
            ("associations", 27, "28321", 2025),
            ("members", 5216, "28321", 2025),
            ("new_members", 86, "28321", 2025),
            ("loan_balance", 52_730_000_000, "28321", 2025),
            ("borrowing_households", 1064, "28321", 2025),
        ],
    },
    {
        "name": "thanh_hoa_hnd_tong_ket_2025_page_2026",
        "url": "https://thanhhoa-today.vn/chinh-tri/hoi-nong-dan-tinh-tong-ket-nam-2025-80314.htm",
        "text": """\
THANH HÓA TODAY
Chính trị | Kinh tế | Nông nghiệp | Đoàn thể
Thứ Sáu, 23/01/2026 18:02
Hội Nông dân tỉnh tổng kết năm 2025: Kiện toàn tổ chức, đổi mới phương thức hoạt động
Ngày 23/1, Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai nhiệm vụ năm 2026.
Tính đến ngày 31/12/2025, Hội Nông dân tỉnh có 166 cơ sở Hội cấp xã, phường với 4.812 chi hội và 498.364 hội viên. Năm 2025, các cấp Hội kết nạp 4.810 hội viên; thành lập 281 tổ hội và 23 chi hội nông dân nghề nghiệp; Quỹ Hội tăng 3.610 triệu đồng. Có 401.520 hội viên cài đặt, sử dụng nền tảng số nông dân, đạt 80,6%.
Năm 2026, Hội phấn đấu kết nạp 4.000 hội viên mới, 90% cơ sở Hội xếp loại vững mạnh.
Ảnh: Đồng chí Chủ tịch Hội Nông dân tỉnh phát biểu tại hội nghị.
Lê Phượng
""",
        "expected": [
            ("associations", 166, "38", 2025),
            ("associations", 4812, "38", 2025),
            ("members", 498364, "38", 2025),
            ("new_members", 4810, "38", 2025),
        ],
    },
    {
        "name": "gio_linh_dan_van_kheo_2021",
        "url": "https://quangtrionline.vn/chinh-tri/gio-linh-tong-ket-phong-trao-dan-van-kheo-nam-2021-61522.htm",
        "text": """\
QUẢNG TRỊ ONLINE | Chính trị | Xã hội
14:22, 16/12/2021
Gio Linh tổng kết phong trào "Dân vận khéo" năm 2021
Ngày 15/12, Ban Dân vận Huyện ủy Gio Linh tổ chức hội nghị tổng kết công tác dân vận năm 2021.
Năm 2021, toàn huyện xây dựng 87 mô hình "Dân vận khéo", tăng 12 mô hình so với năm 2020. Lũy kế từ năm 2016 đến nay, toàn huyện có 402 mô hình, điển hình dân vận khéo. Ban Thường vụ Huyện ủy ban hành Quyết định số 1120-QĐ/HU khen thưởng 21 mô hình tiêu biểu.
Năm 2022, mỗi cơ quan, đơn vị phấn đấu xây dựng ít nhất 1 mô hình mới.
Minh Đức
Đường dây nóng: 0233 3 856 214 | Email: toasoan@quangtrionline.vn
""",
        "expected": [
            ("dvk_models", 87, "L466", 2021),
            ("dvk_models", 402, "L466", 2021),
        ],
    },
    {
        "name": "tuy_phuoc_hnd_dai_hoi_2023_old_sidebar",
        "url": "https://binhdinhplus.vn/doan-the/dai-hoi-hoi-nong-dan-huyen-tuy-phuoc-lan-thu-xi-71302.html",
        "text": """\
BÌNH ĐỊNH PLUS
Đoàn thể | Kinh tế | Xã hội | Pháp luật
Thứ Hai, 27/03/2023
Đại hội Hội Nông dân huyện Tuy Phước lần thứ XI, nhiệm kỳ 2023 – 2028
Ngày 25/3, Hội Nông dân huyện Tuy Phước tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 – 2028. Dự Đại hội có 185 đại biểu đại diện cho hơn 21.400 hội viên sinh hoạt tại 13 cơ sở Hội, 126 chi hội.
Nhiệm kỳ 2018 – 2023, các cấp Hội kết nạp 2.916 hội viên mới; mỗi năm có trên 8.200 hộ đăng ký thi đua sản xuất, kinh doanh giỏi. Nguồn Quỹ Hỗ trợ nông dân các cấp đạt 12,5 tỷ đồng, đang cho 410 hộ vay.
Nhiệm kỳ mới, Hội phấn đấu kết nạp 2.000 hội viên, 85% cơ sở Hội vững mạnh.
Xuân Lâm
Tin cũ hơn
- Tuy Phước: Hội Nông dân có trên 20.100 hội viên (18/10/2019)
- Hội Nông dân xã Phước Quang sơ kết công tác Hội (19/07/2022)
Tòa soạn: 0256 3 822 914
""",
        "expected": [
            ("members", 21400, "L550", 2023),
            ("associations", 13, "L550", 2023),
            ("associations", 126, "L550", 2023),
            ("new_members", 2916, "L550", 2023),
        ],
    },
    {
        "name": "ninh_thuan_hlhpn_phu_luc_table_2022",
        "url": "https://phununinhthuan.org.vn/van-ban/bao-cao-tong-ket-cong-tac-hoi-nam-2022-412.html",
        "text": """\
HỘI LHPN TỈNH NINH THUẬN - Văn bản - Báo cáo
Ninh Thuận, ngày 12 tháng 12 năm 2022
Báo cáo số 112/BC-HLHPN tổng kết công tác Hội và phong trào phụ nữ năm 2022
(trích)
Năm 2022, các cấp Hội trong tỉnh kết nạp 2.915 hội viên, đạt 132,5% chỉ tiêu. Các cấp Hội phối hợp tổ chức 142 lớp tập huấn cho 6.800 lượt hội viên; giải quyết việc làm cho 1.120 lao động nữ.
Phụ lục: Một số chỉ tiêu công tác Hội năm 2022 (số liệu tính đến 30/11/2022)
STT\tĐơn vị\tSố hội viên\tKết nạp mới\tChỉ tiêu kết nạp\tDư nợ ủy thác NHCSXH (triệu đồng)\tSố hộ vay\tTỷ lệ nợ quá hạn (%)
1\tHuyện Bác Ái\t5.612\t214\t150\t96.420\t2.318\t0,21
2\tHuyện Ninh Sơn\t12.045\t387\t300\t204.780\t4.602\t0,11
3\tHuyện Ninh Phước\t18.230\t512\t400\t287.150\t6.120\t0,06
\tToàn tỉnh\t98.760\t2.915\t2.200\t1.386.500\t31.240\t0,09
Năm 2023, Hội LHPN tỉnh phấn đấu kết nạp 2.500 hội viên mới, tỷ lệ nợ quá hạn dưới 0,1%.
""",
        "expected": [
            ("members", 5612, "L584", 2022),
            ("new_members", 214, "L584", 2022),
            ("loan_balance", 96_420_000_000, "L584", 2022),
            ("borrowing_households", 2318, "L584", 2022),
            ("members", 12045, "L585", 2022),
            ("new_members", 387, "L585", 2022),
            ("loan_balance", 204_780_000_000, "L585", 2022),
            ("borrowing_households", 4602, "L585", 2022),
            ("members", 18230, "L587", 2022),
            ("new_members", 512, "L587", 2022),
            ("loan_balance", 287_150_000_000, "L587", 2022),
            ("borrowing_households", 6120, "L587", 2022),
            ("members", 98760, "L58", 2022),
            ("new_members", 2915, "L58", 2022),
            ("loan_balance", 1_386_500_000_000, "L58", 2022),
            ("borrowing_households", 31240, "L58", 2022),
        ],
    },
    {
        "name": "soc_trang_doan_uy_thac_2021",
        "url": "https://soctrangonline.vn/thanh-nien/doan-thanh-nien-quan-ly-gan-600-ty-dong-von-chinh-sach-52810.html",
        "text": """\
SÓC TRĂNG ONLINE
Thanh niên | Kinh tế | Xã hội
Cập nhật lúc 10:05, Thứ Tư, 20/10/2021 (GMT+7)
Đoàn Thanh niên quản lý gần 600 tỷ đồng vốn chính sách
Theo Tỉnh Đoàn, đến 30/9/2021, các cấp bộ Đoàn trong tỉnh quản lý 596,2 tỷ đồng dư nợ ủy thác của Ngân hàng Chính sách xã hội với 14.106 hộ đang vay, chiếm 17,6% tổng dư nợ của Chi nhánh NHCSXH tỉnh (3.388 tỷ đồng), tăng 38 tỷ đồng so với cùng kỳ năm 2020. Riêng chương trình cho vay học sinh, sinh viên có dư nợ 112 tỷ đồng. Đoàn Thanh niên phụ trách 458 tổ tiết kiệm và vay vốn; 9 tháng giải ngân 146 tỷ đồng.
Dịp này, Tỉnh Đoàn trao 120 suất học bổng cho học sinh nghèo hiếu học.
Hữu Thọ
""",
        "expected": [
            ("loan_balance", 596_200_000_000, "L94", 2021),
            ("borrowing_households", 14106, "L94", 2021),
        ],
    },
    {
        "name": "gia_lai_cong_doan_9_thang_2025",
        "url": "https://gialainews.vn/cong-doan/ldld-tinh-so-ket-9-thang-nam-2025-40917.html",
        "text": """\
GIA LAI NEWS | Công đoàn | Lao động - Việc làm
Thứ Năm, 16/10/2025 - 20:10
LĐLĐ tỉnh sơ kết 9 tháng năm 2025
Chiều 16/10, Liên đoàn Lao động (LĐLĐ) tỉnh Gia Lai tổ chức hội nghị sơ kết hoạt động công đoàn 9 tháng năm 2025.
Sau khi hợp nhất LĐLĐ tỉnh Bình Định và LĐLĐ tỉnh Gia Lai (cũ), LĐLĐ tỉnh hiện tập hợp được 152.416 đoàn viên công đoàn sinh hoạt tại 4.318 công đoàn cơ sở. Trước hợp nhất, LĐLĐ tỉnh Gia Lai (cũ) có 2.207 công đoàn cơ sở với 78.900 đoàn viên.
9 tháng năm 2025, các cấp công đoàn kết nạp 3.205 đoàn viên mới, đạt 80% chỉ tiêu cả năm (4.000 đoàn viên); thành lập 19 công đoàn cơ sở. Các cấp công đoàn trao 12.400 suất quà cho đoàn viên khó khăn, hỗ trợ xây dựng 18 "Mái ấm công đoàn".
Ảnh: Quang cảnh hội nghị.
Phương Vy
""",
        "expected": [
            ("members", 152416, "52", 2025),
            ("associations", 4318, "52", 2025),
            ("new_members", 3205, "52", 2025),
        ],
    },
    {
        "name": "krong_pac_hnd_no_date",
        "url": None,
        "text": """\
Hội Nông dân huyện Krông Pắc: 6 tháng đầu năm kết nạp 412 hội viên
6 tháng đầu năm, Hội Nông dân huyện Krông Pắc kết nạp 412 hội viên mới, đạt 68,7% chỉ tiêu cả năm (600 hội viên), nâng tổng số hội viên toàn huyện lên 31.856 người.
Dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội đạt 356,8 tỷ đồng với 7.020 hộ vay. Nguồn Quỹ Hỗ trợ nông dân các cấp 4,2 tỷ đồng đang cho 140 hộ vay. Hội phối hợp tổ chức tập huấn kỹ thuật trồng cà phê, sầu riêng cho 2.300 lượt hội viên.
6 tháng cuối năm, Hội tiếp tục vận động kết nạp hội viên, phấn đấu hoàn thành chỉ tiêu năm.
Hồng Nhung
""",
        "expected": [
            ("new_members", 412, "L654", None),
            ("members", 31856, "L654", None),
            ("loan_balance", 356_800_000_000, "L654", None),
            ("borrowing_households", 7020, "L654", None),
        ],
    },
    {
        "name": "tien_lang_ccb_tong_ket_2020_two_levels",
        "url": "https://haiphongonline.vn/doan-the/hoi-ccb-huyen-tien-lang-tong-ket-nam-2020-20917.html",
        "text": """\
HẢI PHÒNG ONLINE | Đoàn thể | Quốc phòng
Chủ nhật, 27/12/2020 - 08:00
Hội CCB huyện Tiên Lãng tổng kết năm 2020
Ngày 26/12, Hội Cựu chiến binh huyện Tiên Lãng tổ chức hội nghị tổng kết công tác Hội năm 2020.
Năm 2020, các cơ sở Hội kết nạp 312 hội viên mới. Nếu như cuối năm 2019 toàn huyện có 8.150 hội viên thì đến nay con số này là 8.426 hội viên, sinh hoạt tại 23 cơ sở Hội.
Hội quản lý 58 tổ tiết kiệm và vay vốn, dư nợ ủy thác 142,6 tỷ đồng, 3.318 hộ vay. Quỹ "CCB giúp nhau làm kinh tế" đạt 2,8 tỷ đồng; hỗ trợ xây dựng 18 nhà "Nghĩa tình đồng đội"; toàn huyện có 4 doanh nghiệp và 11 hợp tác xã do CCB làm chủ.
Năm 2021, Hội phấn đấu kết nạp 250 hội viên trở lên.
Văn Thành
""",
        "expected": [
            ("new_members", 312, "L315", 2020),
            ("members", 8150, "L315", 2019),
            ("members", 8426, "L315", 2020),
            ("associations", 23, "L315", 2020),
            ("loan_balance", 142_600_000_000, "L315", 2020),
            ("borrowing_households", 3318, "L315", 2020),
        ],
    },
    {
        "name": "ke_sach_hnd_uy_thac_9_thang_2024",
        "url": "https://soctrang24h.vn/kinh-te/ke-sach-hoi-nong-dan-quan-ly-tot-von-uy-thac-33108.html",
        "text": """\
SÓC TRĂNG 24H > Kinh tế > Nông nghiệp
Thứ Sáu, 04/10/2024
Kế Sách: Hội Nông dân quản lý tốt vốn ủy thác
Tổng dư nợ ủy thác qua Hội Nông dân huyện Kế Sách đến 30/9/2024 đạt 187,32 tỷ đồng; số hộ còn dư nợ là 4.905 hộ, thông qua 71 tổ tiết kiệm và vay vốn. Riêng tổ tiết kiệm và vay vốn ấp 4 do ông Lâm Văn Sang làm tổ trưởng có dư nợ 3,1 tỷ đồng với 62 hộ vay.
Nợ quá hạn 312 triệu đồng, chiếm 0,17% tổng dư nợ. 9 tháng, doanh số giải ngân đạt 64,5 tỷ đồng cho 1.380 lượt hộ.
Hội phấn đấu đến cuối năm dư nợ ủy thác đạt 195 tỷ đồng.
Thạch Dũng
""",
        "expected": [
            ("loan_balance", 187_320_000_000, "L943", 2024),
            ("borrowing_households", 4905, "L943", 2024),
        ],
    },
    {
        "name": "ca_mau_hnd_co_so_xa_table_2025",
        "url": "https://camau-online.vn/doan-the/hoi-nong-dan-tinh-cung-co-to-chuc-hoi-cap-xa-sau-sap-xep-55120.html",
        "text": """\
CÀ MAU ONLINE | Đoàn thể | Nông nghiệp
Thứ Hai, 29/12/2025 | 14:20
Hội Nông dân tỉnh củng cố tổ chức Hội cấp xã sau sắp xếp
Theo Hội Nông dân tỉnh Cà Mau, sau sắp xếp đơn vị hành chính, toàn tỉnh có 64 cơ sở Hội cấp xã, phường với 182.460 hội viên. Từ ngày 1/7/2025 đến nay, nhiều cơ sở đã rà soát, sáp nhập chi hội, kết nạp hội viên mới.
Kết quả tại một số cơ sở Hội khu vực Bạc Liêu (cũ):
Cơ sở Hội\tChi hội\tHội viên\tKết nạp từ 01/7/2025\tChỉ tiêu năm 2026
Xã Hồng Dân\t22\t3.184\t47\t80
Xã Ninh Quới\t18\t2.716\t35\t60
Xã Vĩnh Lộc\t15\t2.091\t28\t50
Năm 2026, Hội Nông dân tỉnh phấn đấu 100% cơ sở Hội có Quỹ Hỗ trợ nông dân, kết nạp 3.000 hội viên mới.
Ảnh: Hội viên nông dân xã Hồng Dân thu hoạch lúa - tôm.
Minh Luân
""",
        "expected": [
            ("associations", 64, "96", 2025),
            ("members", 182460, "96", 2025),
            ("associations", 22, "31843", 2025),
            ("members", 3184, "31843", 2025),
            ("new_members", 47, "31843", 2025),
            ("associations", 18, "31849", 2025),
            ("members", 2716, "31849", 2025),
            ("new_members", 35, "31849", 2025),
            ("associations", 15, "31858", 2025),
            ("members", 2091, "31858", 2025),
            ("new_members", 28, "31858", 2025),
        ],
    },
    {
        "name": "yen_bai_hlhpn_dai_hoi_tinh_2021",
        "url": "https://yenbaionline.vn/chinh-tri/dai-hoi-dai-bieu-phu-nu-tinh-nhiem-ky-2021-2026-27114.html",
        "text": """\
YÊN BÁI ONLINE | Chính trị | Xã hội | Dân tộc
Thứ Năm, 14/10/2021 | 11:30
Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 – 2026
Ngày 13 và 14/10, Hội Liên hiệp Phụ nữ tỉnh tổ chức Đại hội đại biểu Phụ nữ tỉnh nhiệm kỳ 2021 – 2026. Dự Đại hội có 280 đại biểu đại diện cho hơn 156.000 hội viên phụ nữ các dân tộc trong tỉnh.
Nhiệm kỳ 2016 – 2021, công tác xây dựng tổ chức Hội được quan tâm; toàn tỉnh có 173 cơ sở Hội, 1.532 chi hội; 5 năm kết nạp 19.360 hội viên mới. Hội quản lý dư nợ ủy thác Ngân hàng Chính sách xã hội 1.824 tỷ đồng với 41.260 hộ vay; hỗ trợ 4.820 hộ hội viên thoát nghèo.
Nhiệm kỳ 2021 – 2026, Đại hội đề ra mục tiêu hằng năm thu hút thêm 2% phụ nữ vào Hội, 80% cơ sở Hội xếp loại vững mạnh.
Ảnh: 280 đại biểu dự Đại hội.
Thanh Hà
""",
        "expected": [
            ("members", 156000, "L15", 2021),
            ("associations", 173, "L15", 2021),
            ("associations", 1532, "L15", 2021),
            ("new_members", 19360, "L15", 2021),
            ("loan_balance", 1_824_000_000_000, "L15", 2021),
            ("borrowing_households", 41260, "L15", 2021),
        ],
    },
    {
        "name": "lam_dong_tinh_doan_tong_ket_2025",
        "url": "https://lamdongtoday.vn/thanh-nien/tinh-doan-tong-ket-cong-tac-doan-nam-2025-38221.html",
        "text": """\
LÂM ĐỒNG TODAY | Thanh niên | Giáo dục | Xã hội
Thứ Bảy, 07/02/2026 - 09:30
Tỉnh Đoàn tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025
Ngày 6/2, Tỉnh Đoàn tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2025.
Năm 2025, các cấp bộ Đoàn kết nạp 9.410 đoàn viên mới; tính đến ngày 31/12/2025, toàn tỉnh có 142.630 đoàn viên. Các cơ sở Đoàn duy trì 1.012 câu lạc bộ, đội, nhóm; thực hiện 240 công trình thanh niên trị giá 18,6 tỷ đồng. Đoàn Thanh niên quản lý dư nợ ủy thác 1.106,4 tỷ đồng với 23.880 hộ đang vay.
Năm 2026, Tỉnh Đoàn phấn đấu kết nạp 8.000 đoàn viên mới.
Ảnh: Bí thư Tỉnh Đoàn trao Bằng khen cho các tập thể xuất sắc.
Hoài Nam
""",
        "expected": [
            ("new_members", 9410, "68", 2025),
            ("members", 142630, "68", 2025),
            ("loan_balance", 1_106_400_000_000, "68", 2025),
            ("borrowing_households", 23880, "68", 2025),
        ],
    },
]
