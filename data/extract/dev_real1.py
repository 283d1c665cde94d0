"""DEVELOPMENT set of real-shaped Vietnamese press/official report pages about the mass
organizations (Hội Nông dân, Hội LHPN, Hội CCB, Đoàn Thanh niên, Công đoàn, MTTQ and hội quần chúng),
written on 03/12/2026 by a helper session (dev-set writer, who never saw the extractor) after reading 50
real pages of the genre through the stored "pages" corpus (addresses in data/extract/PAGES_READ.md). All wording, names, figures and web addresses are
invented; only the shapes follow the real pages. 30 documents, 159 expected figures.
Shapes covered: page chrome (site/menu lines, breadcrumbs, date lines in several styles, bylines,
photo captions repeating a figure, share/comment widgets, stale dates in headers, "Tin cũ hơn" /
"Tin liên quan" sidebars with old dates); pages with the date only in the address (/201906/,
/202405/, /202201/, a 14-digit stamp) or with no year anywhere but the congress term; host-only
province (body says only "toàn tỉnh"); district/commune subdomains; lists by organization that do not
repeat "dư nợ"; "trong đó" parts by unit and sub-populations (dân tộc, có đạo, đảng viên, cựu quân
nhân) that are NOT annotated; slash forms (".../97 tổ TK&VV/6.118 hộ vay", "15.630 hội viên/18.902 phụ
nữ", "118/118 tổ"); head noun after the amount ("412 tỷ đồng dư nợ ủy thác"); overdue/frozen debt
percentages; targets inside achievements and plans; comparisons ("tăng 215 tỷ đồng so với cuối năm
2023"); merger before/after (only the after value is annotated); audiences of activities; other
lenders (Agribank, Quỹ Hỗ trợ nông dân, nhóm tiết kiệm) and disbursements/doanh số (not annotated);
"đại diện cho hơn N hội viên/đoàn viên" (annotated as members); borrowers worded "hội viên đang vay
vốn" (annotated as borrowing_households); organization named only in the title; "năm nay", "tính
đến thời điểm này", "6 tháng đầu năm", "từ đầu năm đến nay", quarter I/2026; congress reports for a
term (year = end of the term reported); TAB-separated tables (per-commune rows; per-organization
rows of a district bank report); two official reports (Báo cáo số …/BC-HND, …/BC-HPN) with numbered
items; a nationwide figure (locality None); figure dates 2019–2026 with legacy codes up to 2025-06-30
and current (34-province / new commune) codes after. Deliberate judgement calls: a total entrusted
through all organizations together (no single organization) is not annotated (one such total,
in uy_thac_tinh_list_by_org_2020, was added by the engineer: the product stores it as "combined"); a savings-group (tổ)
figure is not annotated; both "cơ sở hội" and "chi hội" counts are annotated as associations; new and
cumulative Dân vận khéo counts on one page are both annotated.
"""

DOCS = [
    {
        "name": "nd_tinh_tong_ket_2023_host_only",
        "url": "https://longan24h.vn/chinh-tri/hoi-nong-dan-tinh-tong-ket-cong-tac-hoi-nam-2023-a51872.html",
        "text": (
            "LONG AN 24H | Thời sự | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Video\n"
            "Trang chủ > Chính trị > Đoàn thể\n"
            "Thứ Sáu, 29/12/2023 15:20\n"
            "Hội Nông dân tỉnh: Năm 2023 kết nạp hơn 3.400 hội viên mới\n"
            "Chiều 28/12, Ban Chấp hành Hội Nông dân tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2023, triển khai nhiệm vụ năm 2024. Phó Bí thư Tỉnh ủy Trần Minh Khoa dự và chỉ đạo hội nghị.\n"
            "Theo báo cáo, năm nay các cấp Hội kết nạp 3.412 hội viên mới, đạt 113% so với chỉ tiêu là 3.000 hội viên, nâng tổng số hội viên toàn tỉnh lên 148.905 người, sinh hoạt tại 1.012 chi hội. Trong đó có 9.860 hội viên là đảng viên. Các cấp Hội tổ chức 612 cuộc tuyên truyền cho gần 29.000 lượt hội viên, nông dân tham dự.\n"
            "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi tiếp tục lan tỏa với 41.208 hộ đăng ký; 18.730 hộ đạt danh hiệu các cấp. Quỹ Hỗ trợ nông dân các cấp đạt 96,4 tỷ đồng, đang cho 2.150 hộ vay.\n"
            "Ảnh: Lãnh đạo Hội Nông dân tỉnh trao bằng khen cho các tập thể. (Ảnh: THANH TÂM)\n"
            "Về hoạt động nhận ủy thác với Ngân hàng Chính sách xã hội, đến ngày 30/11/2023, tổng dư nợ ủy thác qua Hội đạt 2.118 tỷ đồng với 41.276 hộ vay, tăng 164 tỷ đồng so với cuối năm 2022; tỷ lệ nợ quá hạn chỉ còn 0,08%. Trong năm, doanh số cho vay đạt 612 tỷ đồng.\n"
            "Năm 2024, Hội Nông dân tỉnh phấn đấu kết nạp mới 3.000 hội viên; 75% chi hội đạt tiêu chí vững mạnh; tăng trưởng dư nợ ủy thác từ 8% trở lên.\n"
            "THANH TÂM\n"
            "Chia sẻ: Facebook | Zalo | Twitter | In bài\n"
            "Tin cũ hơn\n"
            "• Hội Nông dân tỉnh sơ kết 6 tháng đầu năm (14/07/2021)\n"
            "• Nông dân vùng Đồng Tháp Mười tập huấn kỹ thuật trồng lúa (03/03/2021)\n"
        ),
        "expected": [
            ("members", 148905, "L80", 2023),
            ("new_members", 3412, "L80", 2023),
            ("associations", 1012, "L80", 2023),
            ("loan_balance", 2_118_000_000_000, "L80", 2023),
            ("borrowing_households", 41276, "L80", 2023),
        ],
    },
    {
        "name": "dvk_huyen_ghi_nhan_2022_commune_list",
        "url": "https://backantoday.vn/ba-be-131-mo-hinh-dan-van-kheo-duoc-ghi-nhan-nam-2022-post4127.html",
        "text": (
            "BẮC KẠN TODAY\n"
            "Chính trị - Xây dựng Đảng - Dân vận\n"
            "Cập nhật lúc 10:05 ngày 18/11/2022\n"
            "Ba Bể: 131 mô hình “Dân vận khéo” được ghi nhận trong năm 2022\n"
            "Sau đợt rà soát cuối năm, Ban Chỉ đạo phong trào “Dân vận khéo” huyện Ba Bể đã ra quyết định ghi nhận 131 mô hình đạt yêu cầu năm 2022, nhiều hơn năm trước 17 mô hình.\n"
            "Vườn cam sạch của gia đình ông Hoàng Văn Pằn ở thôn Bản Vài, xã Khang Ninh - một trong 131 mô hình được ghi nhận.\n"
            "Xét theo chủ thể thực hiện, 73 mô hình do tập thể xây dựng, 58 mô hình do cá nhân đảm nhận; lĩnh vực kinh tế vẫn chiếm nhiều nhất. Dẫn đầu về số lượng là xã Khang Ninh với 9 mô hình, kế đến Hà Hiệu 7 mô hình và Chu Hương 6 mô hình.\n"
            "Ban Chỉ đạo cũng lựa chọn 52 mô hình tiêu biểu để giới thiệu nhân rộng, đồng thời đề nghị Ban Dân vận Tỉnh ủy khen 4 mô hình xuất sắc. Riêng nhóm mô hình về giao thông nông thôn đã vận động người dân góp hơn 14.000 m2 đất mở đường.\n"
            "Mục tiêu năm 2023 là mỗi xã, thị trấn trong huyện có từ 5 mô hình trở lên được ghi nhận.\n"
            "Minh Hằng\n"
            "Xem thêm\n"
        ),
        "expected": [
            ("dvk_models", 131, "L061", 2022),
            ("dvk_models", 9, "L01906", 2022),
            ("dvk_models", 7, "L01897", 2022),
            ("dvk_models", 6, "L01921", 2022),
        ],
    },
    {
        "name": "uy_thac_tinh_list_by_org_2020",
        "url": "http://www.daknongxanh.org.vn/print/91244.html",
        "text": (
            "Vốn chính sách đến với người nghèo chủ yếu qua kênh hội, đoàn thể\n"
            "Kinh tế - Ngày đăng : 09:12, 27/01/2021\n"
            "Ngân hàng Chính sách xã hội chi nhánh tỉnh cho biết, khép lại năm 2020, nguồn vốn cho vay ủy thác qua 4 tổ chức chính trị - xã hội có tổng dư nợ 3.126 tỷ đồng, cao hơn đầu năm 205 tỷ đồng và chiếm 99,91% dư nợ của chi nhánh.\n"
            "Cụ thể, qua Hội Liên hiệp Phụ nữ 902,4 tỷ đồng, 20.318 hộ vay; Hội Nông dân 861 tỷ đồng với 19.744 hộ còn dư nợ; Hội Cựu chiến binh 702,6 tỷ đồng, 16.093 hộ; Đoàn Thanh niên 660 tỷ đồng, 15.210 hộ còn dư nợ.\n"
            "Toàn tỉnh hiện có 1.904 tổ tiết kiệm và vay vốn đang hoạt động, bình quân mỗi tổ quản lý dư nợ 1,64 tỷ đồng. Tỷ lệ nợ quá hạn toàn chi nhánh ở mức 0,21%, nợ khoanh 0,09%.\n"
            "Ảnh minh họa\n"
            "Hoàng Long\n"
            "Tin liên quan:\n"
            "- Giải ngân hơn 150 tỷ đồng cho vay hộ nghèo ngay sau Tết (15/02/2019)\n"
        ),
        "expected": [
            # the four organizations together (organization "combined"): a figure of the product's,
            # added 03/12/2026 (the writer had left totals across organizations out)
            ("loan_balance", 3_126_000_000_000, "L67", 2020),
            ("loan_balance", 902_400_000_000, "L67", 2020),
            ("borrowing_households", 20318, "L67", 2020),
            ("loan_balance", 861_000_000_000, "L67", 2020),
            ("borrowing_households", 19744, "L67", 2020),
            ("loan_balance", 702_600_000_000, "L67", 2020),
            ("borrowing_households", 16093, "L67", 2020),
            ("loan_balance", 660_000_000_000, "L67", 2020),
            ("borrowing_households", 15210, "L67", 2020),
        ],
    },
    {
        "name": "ccb_huyen_dai_hoi_2022_2027",
        "url": "http://cuuchienbinhhagiang.vn/dai-hoi-hoi-ccb-huyen-hoang-su-phi-lan-thu-vii-nhiem-ky-2022-2027/",
        "text": (
            "CỰU CHIẾN BINH HÀ GIANG\n"
            "Trang chủ » Hoạt động Hội » Đại hội các cấp\n"
            "Đại hội Hội CCB huyện Hoàng Su Phì lần thứ VII, nhiệm kỳ 2022 – 2027\n"
            "Đăng ngày 09/06/2022\n"
            "Trong hai ngày 8 và 9/6, Hội Cựu chiến binh (CCB) huyện Hoàng Su Phì tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 – 2027. Dự đại hội có lãnh đạo Hội CCB tỉnh, lãnh đạo huyện cùng 128 đại biểu chính thức.\n"
            "Trong 5 năm 2017 – 2022, công tác xây dựng tổ chức được chú trọng, các cấp Hội kết nạp thêm 612 hội viên mới. Đến nay, toàn huyện có 3.412 hội viên CCB sinh hoạt ở 198 chi hội thuộc 25 cơ sở hội; trong số này 1.206 người là đảng viên, 1.870 người là đồng bào dân tộc thiểu số.\n"
            "Hội viên CCB đóng góp 6.200 ngày công, 1,4 tỷ đồng cùng nhân dân làm hơn 9 km đường bê tông liên thôn. Thông qua 41 tổ tiết kiệm và vay vốn, dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội CCB đạt 118,6 tỷ đồng với 2.904 hộ vay; không có nợ quá hạn. Hội viên còn được Quỹ Hỗ trợ phát triển kinh tế CCB cho vay 1,2 tỷ đồng.\n"
            "Ban Chấp hành Hội CCB huyện khóa VII ra mắt Đại hội.\n"
            "Nhiệm kỳ 2022 – 2027, Hội phấn đấu mỗi năm kết nạp từ 100 hội viên trở lên; 100% cơ sở hội hoàn thành tốt nhiệm vụ. Đại hội đã bầu 23 đồng chí vào Ban Chấp hành khóa VII; đồng chí Vàng Văn Sử tiếp tục được bầu giữ chức Chủ tịch Hội CCB huyện.\n"
            "Trần Quốc Hưng\n"
        ),
        "expected": [
            ("associations", 25, "L032", 2022),
            ("associations", 198, "L032", 2022),
            ("members", 3412, "L032", 2022),
            ("new_members", 612, "L032", 2022),
            ("loan_balance", 118_600_000_000, "L032", 2022),
            ("borrowing_households", 2904, "L032", 2022),
        ],
    },
    {
        "name": "nd_xa_moi_sau_hop_nhat_2025",
        "url": "https://kienhung.haiphong.gov.vn/tin-tuc-su-kien/hoi-nong-dan-xa-kien-hung-dai-hoi-lan-thu-i-802417",
        "text": (
            "Cổng thông tin điện tử xã Kiến Hưng\n"
            "Trang chủ / Tin tức - Sự kiện\n"
            "14:30 | 22/10/2025\n"
            "Hội Nông dân xã Kiến Hưng: Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030\n"
            "Ngày 21/10, Hội Nông dân xã Kiến Hưng tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 – 2030 với sự tham dự của 110 đại biểu chính thức.\n"
            "Từ 1/7/2025, khi xã mới đi vào hoạt động, tổ chức Hội của 3 xã cũ được gộp lại thành Hội Nông dân xã Kiến Hưng. Trước sắp xếp, 3 xã có tổng cộng 32 chi hội; qua rà soát, sáp nhập theo địa bàn thôn mới, hiện Hội có 24 chi hội với 4.870 hội viên. Không có chi hội xếp loại yếu.\n"
            "Phong trào nông dân thi đua sản xuất, kinh doanh giỏi được duy trì với 2.104 hộ đăng ký. Hội phối hợp mở 36 lớp tập huấn kỹ thuật cho 2.300 lượt hội viên. Qua 22 tổ tiết kiệm và vay vốn, dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội đạt 96,4 tỷ đồng, giúp 1.538 hộ còn dư nợ phát triển sản xuất, không có nợ quá hạn.\n"
            "Tiết mục văn nghệ chào mừng Đại hội.\n"
            "Nhiệm kỳ 2025 – 2030, Hội đặt mục tiêu mỗi năm kết nạp 60 hội viên mới, 70% chi hội vững mạnh. Đại hội đã công bố quyết định chỉ định Ban Chấp hành gồm 35 đồng chí.\n"
            "Quang Huy\n"
        ),
        "expected": [
            ("associations", 24, "11728", 2025),
            ("members", 4870, "11728", 2025),
            ("loan_balance", 96_400_000_000, "11728", 2025),
            ("borrowing_households", 1538, "11728", 2025),
        ],
    },
    {
        "name": "nd_huyen_bang_xa_tab_2019",
        "url": "https://bacgiangnews.vn/luc-ngan-hoi-nong-dan-tong-ket-nam-2019.bbg",
        "text": (
            "BẮC GIANG NEWS - Thời sự | Kinh tế | Nông nghiệp | Xã hội\n"
            "Thứ Hai, 16/12/2019 07:45\n"
            "Lục Ngạn: Hội Nông dân tổng kết năm 2019\n"
            "Ngày 14/12, Hội Nông dân huyện Lục Ngạn tổng kết công tác Hội và phong trào nông dân năm 2019.\n"
            "Năm 2019, toàn huyện có 30 cơ sở Hội với 236 chi hội, 27.415 hội viên. Các cơ sở Hội kết nạp 1.102 hội viên mới, vượt 10% chỉ tiêu. Một số đơn vị có kết quả nổi bật như sau:\n"
            "STT\tĐơn vị\tSố hội viên\tKết nạp mới năm 2019\n"
            "1\tXã Biên Sơn\t1.126\t38\n"
            "2\tXã Giáp Sơn\t985\t27\n"
            "3\tXã Kiên Lao\t1.304\t41\n"
            "4\tXã Nam Dương\t1.448\t52\n"
            "Năm qua, Hội đã phối hợp tổ chức 48 lớp tập huấn kỹ thuật trồng, chăm sóc vải thiều VietGAP cho 3.120 lượt hội viên; hỗ trợ tiêu thụ 180 tấn vải. Quỹ Hỗ trợ nông dân huyện đạt 4,1 tỷ đồng.\n"
            "Năm 2020, Hội Nông dân huyện phấn đấu kết nạp 1.000 hội viên, 80% chi hội đạt khá, vững mạnh.\n"
            "Tin, ảnh: Ngọc Anh\n"
        ),
        "expected": [
            ("associations", 30, "L219", 2019),
            ("associations", 236, "L219", 2019),
            ("members", 27415, "L219", 2019),
            ("new_members", 1102, "L219", 2019),
            ("members", 1126, "L07555", 2019),
            ("new_members", 38, "L07555", 2019),
            ("members", 985, "L07570", 2019),
            ("new_members", 27, "L07570", 2019),
            ("members", 1304, "L07552", 2019),
            ("new_members", 41, "L07552", 2019),
            ("members", 1448, "L07603", 2019),
            ("new_members", 52, "L07603", 2019),
        ],
    },
    {
        "name": "bao_cao_hnd_huyen_2024_official",
        "url": None,
        "text": (
            "HỘI NÔNG DÂN VIỆT NAM\n"
            "BCH HỘI NÔNG DÂN HUYỆN YÊN LẬP\n"
            "Số: 112/BC-HND\tYên Lập, ngày 10 tháng 12 năm 2024\n"
            "BÁO CÁO\n"
            "Kết quả công tác Hội và phong trào nông dân năm 2024,\n"
            "phương hướng, nhiệm vụ năm 2025\n"
            "I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024\n"
            "1. Công tác xây dựng tổ chức Hội\n"
            "Toàn huyện hiện có 17 cơ sở Hội, 182 chi hội. Trong năm, các cấp Hội kết nạp mới 486 hội viên, đạt 108% kế hoạch (kế hoạch giao 450 hội viên), nâng tổng số hội viên toàn huyện lên 17.932 hội viên; 100% chi hội có quỹ hoạt động.\n"
            "2. Phong trào thi đua “Dân vận khéo”\n"
            "Các cấp Hội đăng ký và xây dựng được 14 mô hình “Dân vận khéo”, trong đó 9 mô hình trên lĩnh vực kinh tế, 5 mô hình trên lĩnh vực văn hóa - xã hội.\n"
            "3. Công tác hỗ trợ vốn\n"
            "- Đến ngày 30/11/2024, tổng dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội: 312.540 triệu đồng/97 tổ TK&VV/6.118 hộ vay; nợ quá hạn 156 triệu đồng, chiếm 0,05%.\n"
            "- Phối hợp với Agribank chi nhánh huyện cho 812 hội viên vay 46 tỷ đồng theo Nghị quyết liên tịch.\n"
            "- Quỹ Hỗ trợ nông dân các cấp đạt 3,2 tỷ đồng, đang cho 96 hộ vay.\n"
            "4. Công tác dạy nghề, chuyển giao khoa học kỹ thuật\n"
            "Phối hợp tổ chức 64 lớp tập huấn cho 4.250 lượt hội viên, nông dân.\n"
            "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025\n"
            "1. Phấn đấu kết nạp mới 400 hội viên; 85% chi hội đạt khá, vững mạnh.\n"
            "2. Tăng trưởng dư nợ ủy thác 20 tỷ đồng; giữ tỷ lệ nợ quá hạn dưới 0,1%.\n"
            "Nơi nhận:\n"
            "- TW Hội NDVN (b/c);\n"
            "- Hội ND tỉnh (b/c);\n"
            "- Lưu VP.\n"
            "TM. BAN THƯỜNG VỤ\n"
            "CHỦ TỊCH\n"
            "Hà Văn Lực\n"
        ),
        "expected": [
            ("associations", 17, "L234", 2024),
            ("associations", 182, "L234", 2024),
            ("new_members", 486, "L234", 2024),
            ("members", 17932, "L234", 2024),
            ("dvk_models", 14, "L234", 2024),
            ("loan_balance", 312_540_000_000, "L234", 2024),
            ("borrowing_households", 6118, "L234", 2024),
        ],
    },
    {
        "name": "doan_huyen_6_thang_2023",
        "url": "https://tuoitrenamgiang.vn/so-ket-cong-tac-doan-6-thang-dau-nam-2023/",
        "text": (
            "TUỔI TRẺ NAM GIANG\n"
            "Trang chủ | Tin hoạt động | Công tác Đoàn | Đội - Phong trào thiếu nhi\n"
            "Đăng ngày: 05/07/2023\n"
            "Huyện đoàn Nam Giang sơ kết công tác Đoàn 6 tháng đầu năm\n"
            "Sáng 4/7, Huyện đoàn Nam Giang họp sơ kết công tác Đoàn, Hội, Đội nửa đầu năm và bàn giải pháp cho 6 tháng cuối năm 2023.\n"
            "Theo báo cáo, tổ chức Đoàn toàn huyện gồm 16 cơ sở đoàn trực thuộc, 74 chi đoàn, với 2.305 đoàn viên đang sinh hoạt. Nửa đầu năm, các cơ sở đã làm lễ trưởng thành Đoàn cho 312 đoàn viên mới, phần đông là học sinh các trường THCS (205 em là người Cơ Tu); 46 đoàn viên ưu tú được giới thiệu cho chi bộ xem xét kết nạp Đảng.\n"
            "Các cơ sở đoàn thực hiện 21 công trình, phần việc thanh niên với tổng kinh phí gần 300 triệu đồng; tổ chức 9 đợt hiến máu tình nguyện với 410 đơn vị máu. Dư nợ ủy thác Ngân hàng Chính sách xã hội qua tổ chức Đoàn đạt 54,2 tỷ đồng với 1.126 hộ vay.\n"
            "6 tháng cuối năm, Huyện đoàn phấn đấu kết nạp thêm 200 đoàn viên, hoàn thành 100% chỉ tiêu năm.\n"
            "Quang cảnh hội nghị.\n"
            "Bích Tuyền\n"
            "Trả lời\n"
            "Email của bạn sẽ không được hiển thị công khai.\n"
        ),
        "expected": [
            ("associations", 16, "L510", 2023),
            ("associations", 74, "L510", 2023),
            ("members", 2305, "L510", 2023),
            ("new_members", 312, "L510", 2023),
            ("loan_balance", 54_200_000_000, "L510", 2023),
            ("borrowing_households", 1126, "L510", 2023),
        ],
    },
    {
        "name": "cong_doan_tinh_thang_5_2019_district_list",
        "url": "https://travinhnews.com.vn/thoi-su/201906/thang-5-phat-trien-3876-doan-vien-cong-doan-3011472/",
        "text": (
            "Thời sự\n"
            "Tháng 5/2019: Kết nạp 3.876 đoàn viên công đoàn\n"
            "Tháng Công nhân năm nay là dịp các cấp công đoàn trong tỉnh tập trung vận động người lao động gia nhập tổ chức, nhất là ở khu vực doanh nghiệp ngoài nhà nước.\n"
            "Đại diện LĐLĐ TP Trà Vinh trao quyết định công nhận Ban Chấp hành công đoàn cơ sở (CĐCS) tại một công ty may. |\n"
            "Kết quả, riêng tháng 5/2019 có thêm 5 CĐCS ra đời và 3.876 đoàn viên được kết nạp (gấp 2,87 lần kế hoạch tháng). Như vậy, đến nay toàn tỉnh có 1.146 CĐCS với 61.420 đoàn viên công đoàn/72.305 công nhân, viên chức, lao động.\n"
            "Ở cấp huyện, LĐLĐ huyện Càng Long có thêm 1 CĐCS, kết nạp 318 đoàn viên; LĐLĐ TP Trà Vinh thêm 2 CĐCS, kết nạp 264 đoàn viên; huyện Cầu Kè kết nạp 211 đoàn viên; huyện Tiểu Cần thêm 1 CĐCS, kết nạp 178 đoàn viên…\n"
            "Trong tháng, các cấp công đoàn cũng tổ chức 34 cuộc đối thoại tại doanh nghiệp và thăm, tặng 1.250 suất quà cho công nhân có hoàn cảnh khó khăn, trị giá hơn 600 triệu đồng.\n"
            "Tin, ảnh: KIM NGÂN\n"
            "Ý kiến bạn đọc | Gửi ý kiến\n"
        ),
        "expected": [
            ("new_members", 3876, "L84", 2019),
            ("associations", 1146, "L84", 2019),
            ("members", 61420, "L84", 2019),
            ("new_members", 318, "L844", 2019),
            ("new_members", 264, "L842", 2019),
            ("new_members", 211, "L845", 2019),
            ("new_members", 178, "L846", 2019),
        ],
    },
    {
        "name": "phu_nu_tinh_2019_subpopulations",
        "url": "http://soctrangtoday.com.vn/thoi-su-trong-tinh/toan-tinh-co-hon-236-000-hoi-vien-phu-nu-71820.html",
        "text": (
            "HOTLINE: 0299.3821.456 Thứ hai, ngày 07/03/2016\n"
            "81,204,337 lượt truy cập\n"
            "Toàn tỉnh có hơn 236.000 hội viên phụ nữ\n"
            "13/01/2020 | 10:12 GMT+7\n"
            "(ST) - Báo cáo tổng kết năm 2019 của Hội Liên hiệp Phụ nữ tỉnh cho thấy số hội viên tiếp tục tăng dù nhiều chị em rời địa phương đi làm công nhân ở các tỉnh miền Đông.\n"
            "Trong năm, các cơ sở Hội kết nạp 6.218 hội viên mới; sau rà soát, 1.904 trường hợp không còn sinh hoạt tại địa phương được xóa tên, nên số hội viên tăng thực 4.314 người so với năm 2018.\n"
            "Hiện toàn tỉnh có 236.410 hội viên, sinh hoạt tại 1.487 chi hội; trong đó có 68.925 hội viên là người dân tộc Khmer, 5.112 hội viên có đạo. Tỷ lệ tập hợp phụ nữ vào tổ chức Hội đạt 78,6%.\n"
            "Có 165.300/212.448 hộ gia đình hội viên đạt tiêu chí “5 không, 3 sạch”; 42 căn nhà “Mái ấm tình thương” trị giá 2,3 tỷ đồng được trao cho hội viên nghèo.\n"
            "K.N\n"
            "Viết bình luận mới\n"
        ),
        "expected": [
            ("new_members", 6218, "L94", 2019),
            ("members", 236410, "L94", 2019),
            ("associations", 1487, "L94", 2019),
        ],
    },
    {
        "name": "phu_nu_huyen_uy_thac_slash_2021",
        "url": "https://binhthuanmoi.vn/hoi-lhpn-tanh-linh-quan-ly-tot-nguon-von-uy-thac-a41507.html",
        "text": (
            "BÌNH THUẬN MỚI\n"
            "Xã hội > Phụ nữ - Gia đình\n"
            "Thứ Năm, 20/01/2022 09:15\n"
            "Hội LHPN Tánh Linh quản lý tốt nguồn vốn ủy thác\n"
            "Hội LHPN huyện Tánh Linh đang tập hợp 15.630 hội viên/18.902 phụ nữ từ 18 tuổi trở lên trên địa bàn; nhiều chị em làm nông, buôn bán nhỏ, thường xuyên cần vốn xoay vòng.\n"
            "Cùng với Phòng giao dịch Ngân hàng Chính sách xã hội huyện, Hội rà soát định kỳ các tổ tiết kiệm và vay vốn; trong năm 2021 đã kiểm tra 118/118 tổ ở 14/14 xã, thị trấn.\n"
            "Tổng dư nợ ủy thác đến 31/12/2021 là 214.806.000.000 đồng/4.975 hộ vay/118 tổ (tăng 38 tỷ đồng so với cuối năm 2020); nợ quá hạn 186.000.000 đồng/19 món, chiếm 0,09%, nằm trong giới hạn 0,5% mà Hội và ngân hàng thống nhất.\n"
            "Ngoài nguồn vốn chính sách, các chi hội còn duy trì 96 nhóm tiết kiệm với số tiền tiết kiệm trên 1,8 tỷ đồng, giúp 640 lượt chị em vay không lãi.\n"
            "Chị Nguyễn Thị Hồng, tổ trưởng tổ tiết kiệm và vay vốn thôn 3 cho biết, tổ hiện có 52 thành viên, chưa để phát sinh nợ quá hạn.\n"
            "Bài, ảnh: Thu Hà\n"
            "Chia sẻ | In bài | Lên đầu trang\n"
        ),
        "expected": [
            ("members", 15630, "L599", 2021),
            ("loan_balance", 214_806_000_000, "L599", 2021),
            ("borrowing_households", 4975, "L599", 2021),
        ],
    },
    {
        "name": "hoi_quan_chung_sap_xep_tinh_moi_2025",
        "url": "https://dongthapnews.vn/chinh-tri/sap-xep-hoi-quan-chung-sau-hop-nhat-tinh-p24518.html",
        "text": (
            "ĐỒNG THÁP NEWS - Tin tức | Chính trị | Mặt trận - Đoàn thể | Kinh tế\n"
            "Chủ nhật, 21/09/2025 16:40\n"
            "Hoàn thành sắp xếp các hội quần chúng cấp tỉnh sau hợp nhất\n"
            "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh vừa có báo cáo kết quả sắp xếp, tinh gọn các hội quần chúng được Đảng, Nhà nước giao nhiệm vụ ở cấp tỉnh sau khi hợp nhất tỉnh Đồng Tháp và tỉnh Tiền Giang (cũ).\n"
            "Theo đó, trước sắp xếp, hai tỉnh có 61 hội quần chúng cấp tỉnh; sau sắp xếp, toàn tỉnh còn 37 hội, giảm 24 đầu mối. Các hội có cùng tính chất, đối tượng như Hội Khuyến học, Hội Chữ thập đỏ, Hội Người cao tuổi, Hội Cựu thanh niên xung phong… đều được hợp nhất thành một tổ chức.\n"
            "Sau hợp nhất, Hội Người cao tuổi tỉnh có 498.300 hội viên; Hội Chữ thập đỏ tỉnh có 112.600 hội viên, hơn 21.000 tình nguyện viên.\n"
            "Ban Thường trực Ủy ban MTTQ tỉnh đề nghị các hội sớm ổn định tổ chức, kiện toàn nhân sự, hoàn thành đại hội nhiệm kỳ 2025 – 2030 trước quý II/2026.\n"
            "Phương Nghi\n"
            "Tin liên quan\n"
            "» Hội Chữ thập đỏ tỉnh tổng kết năm 2022 (28/12/2022)\n"
        ),
        "expected": [
            ("associations", 37, "82", 2025),
            ("members", 498300, "82", 2025),
            ("members", 112600, "82", 2025),
        ],
    },
    {
        "name": "dvk_tinh_2022_district_list",
        "url": "https://binhphuoc24h.vn/chinh-tri/202212/nam-2022-toan-tinh-co-2315-mo-hinh-dan-van-kheo-1049211/",
        "text": (
            "BÌNH PHƯỚC 24H\n"
            "Chính trị\n"
            "09:20, 15/12/2022\n"
            "Năm 2022, toàn tỉnh có 2.315 mô hình “Dân vận khéo”\n"
            "Sáng 14/12, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết công tác dân vận và phong trào thi đua “Dân vận khéo” năm 2022.\n"
            "Năm 2022, toàn tỉnh có 2.315 mô hình “Dân vận khéo” được đăng ký xây dựng và triển khai, tăng 198 mô hình so với năm 2021. Trong đó, huyện Bù Đăng có 246 mô hình, Đồng Phú 187 mô hình, Lộc Ninh 203, Hớn Quản 171.\n"
            "Các mô hình tập trung vào phát triển kinh tế, giảm nghèo, giữ gìn an ninh trật tự và xây dựng nông thôn mới. Thông qua các mô hình, nhân dân đã hiến hơn 36 ha đất, đóng góp hơn 41 tỷ đồng làm đường giao thông nông thôn.\n"
            "Nhân dịp này, 24 tập thể và 10 cá nhân được UBND tỉnh khen thưởng vì đóng góp nổi bật cho phong trào.\n"
            "Năm 2023, Ban Dân vận Tỉnh ủy đề ra mục tiêu mỗi xã, phường, thị trấn có ít nhất 3 mô hình được công nhận cấp huyện.\n"
            "HẢI ĐĂNG\n"
        ),
        "expected": [
            ("dvk_models", 2315, "L70", 2022),
            ("dvk_models", 246, "L696", 2022),
            ("dvk_models", 187, "L695", 2022),
            ("dvk_models", 203, "L692", 2022),
            ("dvk_models", 171, "L694", 2022),
        ],
    },
    {
        "name": "ccb_xa_moi_dai_hoi_2025",
        "url": "https://phuthotoday.vn/dai-hoi-dai-bieu-hoi-cuu-chien-binh-xa-cao-duong-nhiem-ky-2025-2030-241611.htm",
        "text": (
            "PHÚ THỌ TODAY\n"
            "Xã hội | Quốc phòng - An ninh\n"
            "Đại hội đại biểu Hội Cựu chiến binh xã Cao Dương nhiệm kỳ 2025 – 2030\n"
            "17/10/2025 08:40\n"
            "Ngày 16/10, Hội Cựu chiến binh (CCB) xã Cao Dương tổ chức Đại hội đại biểu nhiệm kỳ 2025 – 2030. Dự Đại hội có 98 đại biểu đại diện cho 1.742 hội viên đang sinh hoạt tại 26 chi hội trong toàn xã.\n"
            "Lãnh đạo Hội CCB tỉnh tặng hoa chúc mừng Đại hội.\n"
            "5 năm qua, CCB trong xã giữ vai trò nòng cốt ở khu dân cư, từ hòa giải mâu thuẫn đến làm đường, giữ vệ sinh môi trường. Hội phối hợp với Ngân hàng Chính sách xã hội duy trì 8 tổ tiết kiệm và vay vốn; dư nợ ủy thác qua Hội CCB đạt 38,7 tỷ đồng, giúp 246 hộ hội viên vay vốn phát triển sản xuất. Toàn xã hiện có 96 mô hình CCB làm kinh tế giỏi.\n"
            "Quỹ “Nghĩa tình đồng đội” của Hội đạt 92 triệu đồng, dùng để thăm hỏi hội viên ốm đau và góp sửa 7 căn nhà xuống cấp. Số hộ hội viên nghèo hiện chỉ còn 21 hộ.\n"
            "Nhiệm kỳ 2025 – 2030, Hội phấn đấu mỗi năm kết nạp từ 40 đến 50 hội viên mới; 95% gia đình hội viên đạt danh hiệu gia đình văn hóa.\n"
            "Đình Tuấn\n"
        ),
        "expected": [
            ("members", 1742, "05047", 2025),
            ("associations", 26, "05047", 2025),
            ("loan_balance", 38_700_000_000, "05047", 2025),
            ("borrowing_households", 246, "05047", 2025),
        ],
    },
    {
        "name": "nd_xa_dai_hoi_no_date",
        "url": "https://gialainongdan.vn/hoi-nong-dan-xa-ia-pet-dai-hoi-lan-thu-x-post2418.html",
        "text": (
            "Hội Nông dân xã Ia Pết đại hội lần thứ X\n"
            "(GLN) - Ngày 9-3, Hội Nông dân xã Ia Pết (huyện Đak Đoa) tổ chức đại hội đại biểu lần thứ X, nhiệm kỳ 2023-2028.\n"
            "Báo cáo chính trị cho biết, 5 năm qua Hội chú trọng sinh hoạt ở chi hội thôn, làng. Trong nhiệm kỳ, Hội kết nạp mới 187 hội viên, nâng tổng số hội viên lên 1.046 hội viên, sinh hoạt ở 14 chi hội; 1.012 hội viên là người Jrai.\n"
            "Hội đã phối hợp thành lập 2 tổ hợp tác trồng cà phê với 34 thành viên; phối hợp với Quỹ Hỗ trợ nông dân cho 31 hộ vay 2,4 tỷ đồng. Hiện Hội quản lý 9 tổ tiết kiệm và vay vốn với tổng dư nợ ủy thác Ngân hàng Chính sách xã hội 21,8 tỷ đồng cho 412 hộ.\n"
            "Ban Chấp hành khóa X gồm 11 người; ông Rơ Châm H’Lun tiếp tục được tín nhiệm làm Chủ tịch. Đoàn đại biểu đi dự đại hội Hội Nông dân huyện có 9 người.\n"
        ),
        "expected": [
            ("new_members", 187, "L23716", 2023),
            ("members", 1046, "L23716", 2023),
            ("associations", 14, "L23716", 2023),
            ("loan_balance", 21_800_000_000, "L23716", 2023),
            ("borrowing_households", 412, "L23716", 2023),
        ],
    },
    {
        "name": "phu_nu_huyen_date_in_url_2024",
        "url": "https://daklakonline.vn/xa-hoi/202405/hoi-phu-nu-krong-pac-dong-hanh-cung-hoi-vien-phat-trien-kinh-te-3f81c20/",
        "text": (
            "ĐẮK LẮK ONLINE\n"
            "Xã hội\n"
            "Hội Phụ nữ Krông Pắc đồng hành cùng hội viên phát triển kinh tế\n"
            "Tính đến thời điểm này, Hội LHPN huyện Krông Pắc có 16 cơ sở hội, 241 chi hội với 28.614 hội viên. Từ đầu năm đến nay, các cấp hội kết nạp mới 362 hội viên, trong đó 118 hội viên là người dân tộc thiểu số.\n"
            "Hội quản lý 412 tỷ đồng dư nợ ủy thác của Ngân hàng Chính sách xã hội với 8.906 hộ còn dư nợ, thông qua 196 tổ tiết kiệm và vay vốn; tỷ lệ nợ quá hạn 0,11%. Bên cạnh đó, Hội còn phối hợp với Ngân hàng Nông nghiệp và Phát triển nông thôn giải ngân 37 tỷ đồng cho 540 hội viên.\n"
            "Chị H’Mai Niê, Chủ tịch Hội LHPN xã Ea Kly, cho biết nhờ được vay 50 triệu đồng từ chương trình hộ cận nghèo, nhiều chị em đã đầu tư trồng sầu riêng, nuôi bò sinh sản, thoát nghèo bền vững.\n"
            "Hội viên phụ nữ xã Ea Kly chăm sóc vườn sầu riêng. Ảnh: Hoài Thu\n"
            "Hoài Thu\n"
            "Bình luận (0)\n"
        ),
        "expected": [
            ("associations", 16, "L654", 2024),
            ("associations", 241, "L654", 2024),
            ("members", 28614, "L654", 2024),
            ("new_members", 362, "L654", 2024),
            ("loan_balance", 412_000_000_000, "L654", 2024),
            ("borrowing_households", 8906, "L654", 2024),
        ],
    },
    {
        "name": "nd_tinh_moi_sau_hop_nhat_2025_old_sidebar",
        "url": "https://baotayninhmoi.vn/hoi-nong-dan-tinh-on-dinh-to-chuc-sau-hop-nhat-a198320.html",
        "text": (
            "TÂY NINH MỚI | Thời sự | Chính trị | Kinh tế | Nông nghiệp | Xã hội | Pháp luật\n"
            "Thứ Tư, 15/10/2025 10:10\n"
            "Hội Nông dân tỉnh ổn định tổ chức sau hợp nhất\n"
            "(TNM) - Sau hơn 3 tháng hợp nhất Hội Nông dân tỉnh Tây Ninh và tỉnh Long An (cũ), tổ chức Hội các cấp đã nhanh chóng ổn định, duy trì hoạt động thông suốt.\n"
            "Trước sắp xếp, Hội Nông dân hai tỉnh có 2.104 chi hội. Hiện nay, Hội Nông dân tỉnh có 96 cơ sở Hội cấp xã, phường với 1.321 chi hội và 279.560 hội viên. Hội đã hoàn thành việc bàn giao hồ sơ hội viên, quỹ hội từ các huyện về cấp xã.\n"
            "Về hoạt động ủy thác, tính đến 30/9/2025, dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội Nông dân tỉnh đạt 4.862 tỷ đồng với 93.404 hộ vay, thông qua 2.911 tổ tiết kiệm và vay vốn; tỷ lệ nợ quá hạn 0,07%. Từ đầu năm, doanh số cho vay qua Hội đạt 1.120 tỷ đồng.\n"
            "Ông Nguyễn Văn Tâm, Chủ tịch Hội Nông dân tỉnh cho biết, thời gian tới Hội tập trung chỉ đạo đại hội Hội Nông dân cấp xã nhiệm kỳ 2025 – 2030, phấn đấu hoàn thành trước ngày 31/10.\n"
            "VĨNH AN\n"
            "Tin cũ hơn\n"
            "• Nông dân Bến Cầu thu hoạch lúa hè thu (12/01/2021)\n"
            "• Hội Nông dân huyện Châu Thành tổng kết năm 2020 (28/12/2020)\n"
        ),
        "expected": [
            ("associations", 96, "80", 2025),
            ("associations", 1321, "80", 2025),
            ("members", 279560, "80", 2025),
            ("loan_balance", 4_862_000_000_000, "80", 2025),
            ("borrowing_households", 93404, "80", 2025),
        ],
    },
    {
        "name": "phu_nu_tinh_moi_quy_1_2026",
        "url": "https://lamdongnews.vn/xa-hoi/hoi-lhpn-tinh-so-ket-quy-i-2026-p91407.html",
        "text": (
            "LÂM ĐỒNG NEWS\n"
            "Trang chủ > Xã hội > Phụ nữ\n"
            "14:05 | 08/04/2026\n"
            "Hội LHPN tỉnh sơ kết công tác quý I/2026\n"
            "Ngày 7/4, Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh tổ chức hội nghị sơ kết công tác Hội quý I, triển khai nhiệm vụ quý II/2026.\n"
            "Trong quý I, các cấp Hội kết nạp mới 2.114 hội viên, nâng tổng số hội viên toàn tỉnh lên 412.806 người. Các cơ sở Hội tổ chức 1.240 buổi sinh hoạt chuyên đề cho hơn 86.000 lượt hội viên, phụ nữ tham dự.\n"
            "Đến 31/3/2026, tổng dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội đạt 6.135,8 tỷ đồng với 121.670 hộ vay, tăng 142 tỷ đồng so với ngày 31/12/2025; nợ quá hạn chiếm 0,06%.\n"
            "Dịp này, Hội LHPN tỉnh trao 35 mái ấm tình thương cho hội viên nghèo, mỗi căn trị giá 60 triệu đồng.\n"
            "Quý II, Hội phấn đấu kết nạp thêm 2.000 hội viên và hoàn thành việc kiện toàn chi hội tại các thôn, tổ dân phố sau sáp nhập.\n"
            "Thu Hiền\n"
            "Chia sẻ bài viết: Facebook | Zalo\n"
        ),
        "expected": [
            ("new_members", 2114, "68", 2026),
            ("members", 412806, "68", 2026),
            ("loan_balance", 6_135_800_000_000, "68", 2026),
            ("borrowing_households", 121670, "68", 2026),
        ],
    },
    {
        "name": "cong_doan_huyen_dai_hoi_2023_video",
        "url": "https://cantho24h.vn/video/xem-video/dai-hoi-cong-doan-huyen-co-do-nhiem-ky-2023-2028-3128.html",
        "text": (
            "CẦN THƠ 24H | Video\n"
            "Đại hội Công đoàn huyện Cờ Đỏ, nhiệm kỳ 2023-2028\n"
            "(CT24) - Sáng 22-6-2023, Đại hội Công đoàn huyện Cờ Đỏ lần thứ V, nhiệm kỳ 2023-2028 bước vào phiên làm việc chính thức với 118 đại biểu chính thức, thay mặt hơn 2.340 đoàn viên công đoàn đang sinh hoạt ở 64 công đoàn cơ sở trực thuộc.\n"
            "Nhiệm kỳ 2018-2023, các cấp công đoàn trong huyện phát triển mới 426 đoàn viên, thành lập mới 9 CĐCS khu vực ngoài nhà nước; tổ chức 112 cuộc đối thoại tại nơi làm việc; hỗ trợ xây dựng 14 “Mái ấm Công đoàn” trị giá hơn 700 triệu đồng.\n"
            "Nhiệm kỳ 2023-2028, Đại hội đề ra chỉ tiêu phát triển mới 500 đoàn viên, 80% CĐCS đạt vững mạnh.\n"
            "Thực hiện: T.Vy - Q.Minh\n"
        ),
        "expected": [
            ("members", 2340, "L925", 2023),
            ("associations", 64, "L925", 2023),
            ("new_members", 426, "L925", 2023),
        ],
    },
    {
        "name": "nd_xa_dai_hoi_other_lenders_only",
        "url": "https://thanhhoa-nongdan.vn/hoi-nong-dan-xa-te-loi-dai-hoi-dai-bieu-lan-thu-xii-18472.htm",
        "text": (
            "NÔNG DÂN XỨ THANH\n"
            "Trang chủ › Hoạt động Hội › Đại hội các cấp\n"
            "Thứ Bảy, 25/02/2023 - 16:12\n"
            "Hội Nông dân xã Tế Lợi đại hội đại biểu lần thứ XII\n"
            "Ngày 24/2, Hội Nông dân xã Tế Lợi (huyện Nông Cống) tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2023 – 2028.\n"
            "Nhiệm kỳ qua, Hội đã kết nạp mới 164 hội viên, nâng tổng số hội viên lên 1.378 người, sinh hoạt tại 11 chi hội. Hằng năm, có trên 60% hộ hội viên đăng ký thi đua sản xuất, kinh doanh giỏi.\n"
            "Hội phối hợp với Agribank chi nhánh huyện Nông Cống cho 215 hội viên vay 28 tỷ đồng theo hình thức tín chấp; nguồn Quỹ Hỗ trợ nông dân hiện có dư nợ 1,6 tỷ đồng với 34 hộ vay, giúp hội viên mở rộng chăn nuôi lợn, trồng rau an toàn.\n"
            "Hội viên nông dân xã Tế Lợi thu hoạch rau an toàn. (Ảnh: P.V)\n"
            "Nhiệm kỳ 2023 – 2028, Hội phấn đấu mỗi năm kết nạp từ 25 hội viên trở lên; 100% chi hội xếp loại khá, vững mạnh.\n"
            "Lê Hòa\n"
            "Chia sẻ: Facebook | Zalo | Email\n"
        ),
        "expected": [
            ("new_members", 164, "L16315", 2023),
            ("members", 1378, "L16315", 2023),
            ("associations", 11, "L16315", 2023),
        ],
    },
    {
        "name": "bao_cao_hlhpn_tinh_2022_official",
        "url": None,
        "text": (
            "HỘI LHPN VIỆT NAM\n"
            "BAN CHẤP HÀNH HỘI LHPN TỈNH QUẢNG TRỊ\n"
            "Số: 215/BC-HPN\tQuảng Trị, ngày 15 tháng 12 năm 2022\n"
            "BÁO CÁO\n"
            "Kết quả công tác Hội và phong trào phụ nữ năm 2022\n"
            "Phương hướng, nhiệm vụ năm 2023\n"
            "PHẦN I\n"
            "KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022\n"
            "1. Công tác xây dựng tổ chức Hội\n"
            "- Năm 2022, các cấp Hội kết nạp mới 4.236 hội viên, đạt 107% so với chỉ tiêu là 3.960 hội viên.\n"
            "- Tổng số hội viên toàn tỉnh: 146.312 hội viên, sinh hoạt tại 1.058 chi hội; tỷ lệ tập hợp đạt 80,2%.\n"
            "2. Hoạt động hỗ trợ phụ nữ phát triển kinh tế\n"
            "- Tổng dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội: 1.642,3 tỷ đồng, 34.587 hộ vay; nợ quá hạn 0,06%. Trong đó, dư nợ chương trình cho vay hộ nghèo 412 tỷ đồng, chương trình nước sạch và vệ sinh môi trường 296 tỷ đồng.\n"
            "- Phối hợp giải ngân 318 tỷ đồng cho 7.140 lượt hộ vay trong năm.\n"
            "3. Phong trào thi đua “Dân vận khéo”\n"
            "- Có 86 mô hình “Dân vận khéo” của các cấp Hội được công nhận năm 2022.\n"
            "PHẦN II\n"
            "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023\n"
            "- Phấn đấu kết nạp mới 4.000 hội viên; 75% cơ sở Hội xếp loại xuất sắc, vững mạnh.\n"
            "- Giữ vững chất lượng tín dụng ủy thác, tỷ lệ nợ quá hạn dưới 0,1%.\n"
            "Nơi nhận:\n"
            "- TW Hội LHPN Việt Nam (b/c);\n"
            "- Thường trực Tỉnh ủy (b/c);\n"
            "- Lưu VT.\n"
            "TM. BAN THƯỜNG VỤ\n"
            "CHỦ TỊCH\n"
        ),
        "expected": [
            ("new_members", 4236, "L45", 2022),
            ("members", 146312, "L45", 2022),
            ("associations", 1058, "L45", 2022),
            ("loan_balance", 1_642_300_000_000, "L45", 2022),
            ("borrowing_households", 34587, "L45", 2022),
            ("dvk_models", 86, "L45", 2022),
        ],
    },
    {
        "name": "mttq_xa_dvk_and_org_list_2024",
        "url": "https://doluong.nghean.gov.vn/xa-da-son/tin-tuc/mat-tran-xa-da-son-tong-ket-nam-2024-18213.html",
        "text": (
            "CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN ĐÔ LƯƠNG\n"
            "Trang chủ > Tin xã, thị trấn > Xã Đà Sơn\n"
            "Cập nhật lúc 16:22 ngày 12/12/2024\n"
            "Mặt trận xã Đà Sơn tổng kết công tác năm 2024\n"
            "Chiều 11/12, Ủy ban MTTQ xã Đà Sơn tổ chức hội nghị tổng kết công tác Mặt trận và chương trình phối hợp với các đoàn thể chính trị - xã hội năm 2024.\n"
            "Năm 2024, Ủy ban MTTQ xã và các đoàn thể xây dựng 7 mô hình “Dân vận khéo”; lũy kế từ năm 2021 đến nay, toàn xã có 23 mô hình được công nhận. Các đoàn thể tiếp tục củng cố tổ chức: Hội Nông dân xã có 1.126 hội viên, Hội Phụ nữ 1.340 hội viên, Hội Cựu chiến binh 418 hội viên, Đoàn Thanh niên 286 đoàn viên.\n"
            "Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” được 12 khu dân cư hưởng ứng; nhân dân đóng góp hơn 2,6 tỷ đồng, hiến 3.200 m2 đất làm đường. Quỹ “Vì người nghèo” xã vận động được 186 triệu đồng, hỗ trợ xây mới 3 nhà Đại đoàn kết.\n"
            "Năm 2025, Mặt trận xã phấn đấu xây dựng thêm 5 mô hình “Dân vận khéo”.\n"
            "Nguyễn Thị Lan (Đài TT-VH huyện)\n"
        ),
        "expected": [
            ("dvk_models", 7, "L17668", 2024),
            ("dvk_models", 23, "L17668", 2024),
            ("members", 1126, "L17668", 2024),
            ("members", 1340, "L17668", 2024),
            ("members", 418, "L17668", 2024),
            ("members", 286, "L17668", 2024),
        ],
    },
    {
        "name": "ccb_tinh_6_thang_2024_comparison",
        "url": "https://hatinhnews.vn/hoi-ccb-tinh-so-ket-6-thang-dau-nam-2024-d318402.html",
        "text": (
            "HÀ TĨNH NEWS | Chính trị | Quốc phòng - An ninh | Kinh tế | Xã hội\n"
            "14:05 | 03/07/2024\n"
            "Hội CCB tỉnh sơ kết 6 tháng đầu năm 2024\n"
            "(HTN) - Sáng 2/7, Hội Cựu chiến binh tỉnh tổ chức hội nghị sơ kết công tác Hội 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.\n"
            "6 tháng đầu năm, các cấp Hội kết nạp 1.118 hội viên mới, nâng tổng số hội viên toàn tỉnh lên 62.940 người, sinh hoạt tại 216 cơ sở hội và 2.120 chi hội.\n"
            "Đến 30/6/2024, dư nợ ủy thác Ngân hàng Chính sách xã hội qua Hội CCB đạt 1.274 tỷ đồng, tăng 215 tỷ đồng so với cuối năm 2023, với 26.306 hội viên đang vay vốn; nợ quá hạn 0,04%. Ngoài ra, Quỹ hỗ trợ hội viên các cấp đạt 21,5 tỷ đồng.\n"
            "Các cấp Hội đã tổ chức 96 buổi tuyên truyền cho hơn 12.000 lượt hội viên; tham gia hòa giải thành 84 vụ việc ở cơ sở.\n"
            "6 tháng cuối năm, Hội phấn đấu kết nạp thêm 800 hội viên; tăng trưởng dư nợ ủy thác 5% trở lên.\n"
            "Ảnh: Chủ tịch Hội CCB tỉnh phát biểu tại hội nghị.\n"
            "Đức Thịnh\n"
        ),
        "expected": [
            ("new_members", 1118, "L42", 2024),
            ("members", 62940, "L42", 2024),
            ("associations", 216, "L42", 2024),
            ("associations", 2120, "L42", 2024),
            ("loan_balance", 1_274_000_000_000, "L42", 2024),
            ("borrowing_households", 26306, "L42", 2024),
        ],
    },
    {
        "name": "tinh_doan_dai_hoi_2022_2027",
        "url": "https://tuoitrekiengiang.vn/tin-tuc/dai-hoi-doan-tinh-lan-thu-xi-nhiem-ky-2022-2027-nt1288",
        "text": (
            "TUỔI TRẺ KIÊN GIANG - Trang tin của Đoàn TNCS Hồ Chí Minh tỉnh\n"
            "Thứ Năm, 21/07/2022\n"
            "Khai mạc Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XI, nhiệm kỳ 2022 – 2027\n"
            "Sáng 21/7, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh lần thứ XI, nhiệm kỳ 2022 – 2027 chính thức khai mạc với 298 đại biểu chính thức, đại diện cho hơn 136.500 đoàn viên trong toàn tỉnh.\n"
            "Nhiệm kỳ 2017 – 2022, tổ chức Đoàn các cấp tiếp tục được củng cố. Hiện Tỉnh đoàn có 28 đơn vị trực thuộc, 412 cơ sở đoàn và 3.916 chi đoàn. Các cấp bộ Đoàn đã kết nạp 58.204 đoàn viên mới, đạt 116% chỉ tiêu Đại hội đề ra; giới thiệu 9.870 đoàn viên ưu tú cho Đảng xem xét kết nạp.\n"
            "Thông qua 398 tổ tiết kiệm và vay vốn do Đoàn quản lý, dư nợ ủy thác Ngân hàng Chính sách xã hội đạt 864 tỷ đồng với 17.412 hộ còn dư nợ; tỷ lệ nợ quá hạn 0,15%.\n"
            "Đại hội đề ra 16 chỉ tiêu cho nhiệm kỳ mới, trong đó phấn đấu kết nạp 60.000 đoàn viên mới.\n"
            "Đoàn Chủ tịch điều hành phiên khai mạc Đại hội. Ảnh: TRUNG HIẾU\n"
        ),
        "expected": [
            ("members", 136500, "L91", 2022),
            ("associations", 412, "L91", 2022),
            ("associations", 3916, "L91", 2022),
            ("new_members", 58204, "L91", 2022),
            ("loan_balance", 864_000_000_000, "L91", 2022),
            ("borrowing_households", 17412, "L91", 2022),
        ],
    },
    {
        "name": "ccb_toan_quoc_dai_hoi_2022",
        "url": "https://cuuchienbinhvn.org/dai-hoi-dai-bieu-toan-quoc-hoi-ccb-viet-nam-lan-thu-vii-khai-mac/",
        "text": (
            "BÁO ĐIỆN TỬ CỰU CHIẾN BINH\n"
            "Trang chủ > Sự kiện\n"
            "30/12/2022 09:15\n"
            "Khai mạc Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII\n"
            "Sáng 30/12, Đại hội đại biểu toàn quốc Hội Cựu chiến binh Việt Nam lần thứ VII (nhiệm kỳ 2022 – 2027) đã khai mạc tại Thủ đô. Hơn 500 đại biểu về dự, thay mặt gần 3 triệu hội viên trên cả nước.\n"
            "Báo cáo trình Đại hội nêu rõ, trong 5 năm qua các cấp Hội kết nạp thêm 205.770 hội viên mới. Tính đến cuối nhiệm kỳ, toàn Hội có 2.987.530 hội viên (cao hơn đầu nhiệm kỳ 70.420 người), gồm 2.402.110 cựu chiến binh và 585.420 cựu quân nhân.\n"
            "Cũng trong nhiệm kỳ, hơn 9.000 căn nhà “Nghĩa tình đồng đội” được xây mới, sửa chữa; hàng trăm nghìn hộ hội viên vươn lên thoát nghèo.\n"
            "Văn Quang\n"
        ),
        "expected": [
            ("new_members", 205770, None, 2022),
            ("members", 2987530, None, 2022),
        ],
    },
    {
        "name": "phu_nu_huyen_2020_commune_list_text",
        "url": "https://hatinhonline.vn/xa-hoi/hoi-lhpn-thach-ha-tong-ket-nam-2020-d226014.html",
        "text": (
            "Hà Tĩnh Online\n"
            "Xã hội | Phụ nữ\n"
            "Thứ Ba, 05/01/2021 08:30\n"
            "Hội LHPN Thạch Hà tổng kết công tác Hội năm 2020\n"
            "Ngày 4/1, Hội LHPN huyện Thạch Hà tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2020.\n"
            "Năm 2020, dù chịu ảnh hưởng của dịch COVID-19 và mưa lũ, các cấp Hội vẫn kết nạp 742 hội viên mới. Toàn huyện hiện có 21.605 hội viên; nhiều cơ sở có số hội viên lớn như Thạch Đài 1.210 hội viên, Việt Tiến 986, Nam Điền 1.054, Tân Lâm Hương 1.322.\n"
            "Các cấp Hội vận động hội viên tham gia 1.260 ngày công dọn vệ sinh sau lũ, hỗ trợ 540 suất quà cho phụ nữ khó khăn trị giá 270 triệu đồng. Hội tiếp tục duy trì 64 mô hình “Phụ nữ tiết kiệm” với số tiền trên 900 triệu đồng.\n"
            "Năm 2021, Hội phấn đấu kết nạp 600 hội viên, 100% chi hội có sinh hoạt chuyên đề.\n"
            "Phan Trâm\n"
        ),
        "expected": [
            ("new_members", 742, "L445", 2020),
            ("members", 21605, "L445", 2020),
            ("members", 1210, "L18643", 2020),
            ("members", 986, "L18601", 2020),
            ("members", 1054, "L18667", 2020),
            ("members", 1322, "L18652", 2020),
        ],
    },
    {
        "name": "uy_thac_huyen_tab_by_org_2024",
        "url": "https://nongcong.thanhhoa.gov.vn/portal/Pages/2024-10-11/Tin-dung-chinh-sach-qua-kenh-hoi-doan-the.aspx",
        "text": (
            "Cổng thông tin điện tử huyện Nông Cống\n"
            "Kinh tế - Xã hội\n"
            "Thứ Sáu, 11/10/2024\n"
            "Tín dụng chính sách qua kênh hội, đoàn thể: Điểm tựa cho hộ nghèo\n"
            "Tính đến 30/9/2024, tổng dư nợ các chương trình tín dụng chính sách tại Phòng giao dịch Ngân hàng Chính sách xã hội huyện đạt 590,9 tỷ đồng, trong đó 99,5% được ủy thác qua 4 tổ chức hội, đoàn thể. Kết quả cụ thể như sau:\n"
            "Tổ chức nhận ủy thác\tSố tổ TK&VV\tDư nợ (triệu đồng)\tSố hộ còn dư nợ\tTỷ lệ nợ quá hạn (%)\n"
            "Hội Nông dân\t68\t198.420\t4.512\t0,05\n"
            "Hội LHPN\t74\t215.630\t4.906\t0,03\n"
            "Hội CCB\t39\t112.870\t2.544\t0,00\n"
            "Đoàn Thanh niên\t21\t61.250\t1.318\t0,08\n"
            "Trong 9 tháng, doanh số cho vay đạt 142 tỷ đồng, giúp 3.108 lượt hộ vay vốn; doanh số thu nợ 96 tỷ đồng.\n"
            "Bà Lê Thị Hoa, Tổ trưởng tổ tiết kiệm và vay vốn thôn Đông, cho biết tổ hiện quản lý 2,8 tỷ đồng với 54 hộ vay.\n"
            "Minh Thu\n"
        ),
        "expected": [
            ("loan_balance", 198_420_000_000, "L404", 2024),
            ("borrowing_households", 4512, "L404", 2024),
            ("loan_balance", 215_630_000_000, "L404", 2024),
            ("borrowing_households", 4906, "L404", 2024),
            ("loan_balance", 112_870_000_000, "L404", 2024),
            ("borrowing_households", 2544, "L404", 2024),
            ("loan_balance", 61_250_000_000, "L404", 2024),
            ("borrowing_households", 1318, "L404", 2024),
        ],
    },
    {
        "name": "uy_thac_tinh_list_no_keyword_repeat_2021",
        "url": "https://quangngaitoday.vn/kinh-te/202201/hoi-doan-the-nhan-uy-thac-gop-phan-giam-ngheo-5c2a9e1/",
        "text": (
            "QUẢNG NGÃI TODAY\n"
            "Kinh tế | Tài chính - Ngân hàng\n"
            "Hội, đoàn thể nhận ủy thác góp phần giảm nghèo bền vững\n"
            "Đăng lúc 07:30 ngày 14/01/2022\n"
            "Năm 2021, hoạt động ủy thác cho vay giữa Ngân hàng Chính sách xã hội chi nhánh tỉnh với 4 tổ chức chính trị - xã hội tiếp tục được duy trì hiệu quả, dù chịu tác động của dịch COVID-19.\n"
            "Đến 31/12/2021, dư nợ ủy thác qua Hội Nông dân 1.318 tỷ đồng với 24.615 hộ vay; Hội Phụ nữ 1.096,5 tỷ đồng, 20.874 hộ; Hội Cựu chiến binh 742 tỷ đồng, 13.902 hộ; Đoàn Thanh niên 589 tỷ đồng. Tỷ lệ nợ quá hạn bình quân qua các hội, đoàn thể 0,12%, nợ khoanh 0,05%.\n"
            "Trong năm, doanh số cho vay đạt 1.105 tỷ đồng, giúp 27.300 lượt hộ nghèo, hộ cận nghèo và đối tượng chính sách vay vốn; riêng cho vay người lao động gặp khó khăn do đại dịch 46,2 tỷ đồng.\n"
            "Ông Trương Văn Đức, Giám đốc chi nhánh, cho biết năm 2022 sẽ tiếp tục phối hợp với các hội, đoàn thể rà soát, củng cố các tổ tiết kiệm và vay vốn hoạt động yếu kém.\n"
            "Bài, ảnh: NGỌC DIỆP\n"
            "Từ khóa: ủy thác, tín dụng chính sách\n"
        ),
        "expected": [
            ("loan_balance", 1_318_000_000_000, "L51", 2021),
            ("borrowing_households", 24615, "L51", 2021),
            ("loan_balance", 1_096_500_000_000, "L51", 2021),
            ("borrowing_households", 20874, "L51", 2021),
            ("loan_balance", 742_000_000_000, "L51", 2021),
            ("borrowing_households", 13902, "L51", 2021),
            ("loan_balance", 589_000_000_000, "L51", 2021),
        ],
    },
    {
        "name": "phu_nu_phuong_moi_2025_merger",
        "url": "https://chuongmy.hanoi.gov.vn/tin-tuc/hoi-lhpn-phuong-chuong-my-tong-ket-nam-2025-20251219083012.htm",
        "text": (
            "ỦY BAN NHÂN DÂN PHƯỜNG CHƯƠNG MỸ\n"
            "Trang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính\n"
            "Hội LHPN phường Chương Mỹ tổng kết công tác Hội năm 2025\n"
            "Sáng 18/12, Hội Liên hiệp Phụ nữ phường Chương Mỹ tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2025, triển khai nhiệm vụ năm 2026.\n"
            "Đây là năm đầu tiên Hội hoạt động theo mô hình chính quyền hai cấp: tổ chức Hội của 3 đơn vị cũ được gộp về phường từ ngày 1/7/2025. Con số 45 chi hội trước sắp xếp nay được tổ chức lại còn 38 chi hội, quy tụ 9.412 hội viên. Cả năm 2025, các chi hội kết nạp mới 286 hội viên.\n"
            "Các cấp Hội đã tổ chức 76 buổi truyền thông về phòng chống bạo lực gia đình, chuyển đổi số cho hơn 5.400 lượt hội viên; vận động hỗ trợ 2 “Mái ấm tình thương” trị giá 160 triệu đồng.\n"
            "Năm 2026, Hội phấn đấu kết nạp mới 250 hội viên, 100% chi hội có mô hình sinh hoạt chuyên đề.\n"
            "Thanh Xuân\n"
            "Chia sẻ: Facebook | Zalo | In trang\n"
        ),
        "expected": [
            ("associations", 38, "10015", 2025),
            ("members", 9412, "10015", 2025),
            ("new_members", 286, "10015", 2025),
        ],
    },
    {
        "name": "nd_huyen_org_only_in_title_2021",
        "url": "https://binhphuoc24h.vn/kinh-te/202201/hoi-nong-dan-huyen-dong-phu-vuot-kho-trong-nam-dich-benh-1002318/",
        "text": (
            "BÌNH PHƯỚC 24H\n"
            "Kinh tế\n"
            "Hội Nông dân huyện Đồng Phú: Vượt khó trong năm dịch bệnh\n"
            "08:15, 07/01/2022\n"
            "Năm 2021, dù ảnh hưởng nặng nề của dịch COVID-19, các cấp Hội trong huyện vẫn kết nạp 296 hội viên mới, nâng tổng số hội viên lên 10.874 người, sinh hoạt tại 11 cơ sở Hội, 96 chi hội.\n"
            "Các cấp Hội tổ chức 42 lớp tập huấn kỹ thuật trồng, chăm sóc điều, cao su cho 1.650 lượt hội viên; phối hợp tiêu thụ hơn 120 tấn nông sản cho nông dân trong thời gian giãn cách.\n"
            "Hiện Hội đang quản lý 57 tổ tiết kiệm và vay vốn với dư nợ ủy thác Ngân hàng Chính sách xã hội 126,7 tỷ đồng, 2.935 hộ vay; không có nợ quá hạn. Nguồn Quỹ Hỗ trợ nông dân huyện đạt 2,1 tỷ đồng, đang cho 78 hộ vay.\n"
            "Năm 2022, Hội phấn đấu kết nạp 250 hội viên, tăng trưởng dư nợ ủy thác 10 tỷ đồng.\n"
            "Hội viên nông dân xã Tân Lập chăm sóc vườn điều. Ảnh: P.V\n"
            "THANH TÚ\n"
        ),
        "expected": [
            ("new_members", 296, "L695", 2021),
            ("members", 10874, "L695", 2021),
            ("associations", 11, "L695", 2021),
            ("associations", 96, "L695", 2021),
            ("loan_balance", 126_700_000_000, "L695", 2021),
            ("borrowing_households", 2935, "L695", 2021),
        ],
    },
]
