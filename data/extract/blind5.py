"""Blind evaluation set 5 for the mass-organization figure extractor. Written by a helper session
after reading about 70 real Vietnamese press/portal pages (listed in MANIFEST.md); every passage,
name, figure and address here is invented, only the shapes follow the real pages. 32 documents,
north to south, dated 2019-2026 (legacy provinces/districts up to 30/6/2025, the 34 new provinces
and new communes after), with page chrome of many kinds (menus, breadcrumbs, date lines in several
formats, bylines, captions, share-button text, sidebars with older dates, related links), pages
whose date sits only in the address, pages whose province is implied only by the host, lists by
organization without repeated keywords, TAB-separated tables pasted from office reports, slash
forms, "trong đó" parts and sub-populations, congress pages reporting the ending term, periodic
(6-month, quarterly, year-end) reviews, numbered official reports (BC-HND), merger before/after
figures, targets, changes, disbursements, other lenders, audiences and money distractors, and one
page with nothing to extract."""

DOCS = [
    {
        "name": "yenbai_vanchan_hnd_2023",
        "url": "https://tinyenbai.vn/xa-hoi/hoi-nong-dan-van-chan-vuot-chi-tieu-phat-trien-hoi-vien-73514.html",
        "text": """\
TIN YÊN BÁI | Thời sự | Kinh tế | Xã hội | Văn hóa | Video
Trang chủ > Xã hội > Đoàn thể
Thứ Ba, 19/12/2023 15:40
Hội Nông dân Văn Chấn vượt chỉ tiêu phát triển hội viên
Chiều 18/12, Hội Nông dân huyện Văn Chấn tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2023, bàn nhiệm vụ năm 2024.
Trong năm, các cơ sở hội trong huyện đã kết nạp 412 hội viên mới, đạt 103% kế hoạch (kế hoạch giao 400 hội viên), nâng tổng số hội viên toàn huyện lên 21.604 người, sinh hoạt tại 236 chi hội ở 31 xã, thị trấn.
Việc nhận ủy thác cho vay với Ngân hàng Chính sách xã hội tiếp tục được duy trì nền nếp. Đến ngày 30/11/2023, dư nợ do Hội quản lý đạt 318,6 tỷ đồng, với 6.042 hộ vay thông qua 139 tổ tiết kiệm và vay vốn; nợ quá hạn chỉ chiếm 0,08%. Từ nguồn Quỹ Hỗ trợ nông dân, Hội giải ngân 2,3 tỷ đồng cho 57 hộ hội viên thực hiện 6 dự án chăn nuôi bò, trồng quế.
Các cấp hội phối hợp mở 64 lớp tập huấn khoa học kỹ thuật cho 3.450 lượt hội viên; vận động hội viên góp 1,7 tỷ đồng và hiến 8.200 m2 đất làm đường giao thông nông thôn.
Ảnh: Lãnh đạo Hội Nông dân huyện trao giấy khen cho các tập thể tiêu biểu năm 2023. (Ảnh: Thu Hằng)
Năm 2024, Hội Nông dân huyện phấn đấu kết nạp 420 hội viên mới, có từ 75% chi hội trở lên xếp loại vững mạnh.
Thu Hằng
Chia sẻ: Facebook | Zalo | In bài
Tin liên quan
- Văn Chấn: Nông dân thu hơn 200 tỷ đồng từ cây chè (05/11/2023)
- Hội Nông dân tỉnh sơ kết 6 tháng đầu năm 2022 (14/07/2022)
""",
        "expected": [
            ("new_members", 412, "L140", 2023),
            ("members", 21604, "L140", 2023),
            ("associations", 236, "L140", 2023),
            ("loan_balance", 318_600_000_000, "L140", 2023),
            ("borrowing_households", 6042, "L140", 2023),
        ],
    },
    {
        "name": "chaudoc_hlhpn_table_2022",
        "url": "https://chaudoc.angiang.gov.vn/tin-tuc/mat-tran-doan-the/hoi-lhpn-thanh-pho-tong-ket-cong-tac-hoi-1289.html",
        "text": """\
CỔNG THÔNG TIN ĐIỆN TỬ THÀNH PHỐ CHÂU ĐỐC
Giới thiệu | Tin tức - Sự kiện | Văn bản | Thủ tục hành chính | Liên hệ
Trang chủ » Tin tức - Sự kiện » Mặt trận - Đoàn thể
Ngày đăng: 28/12/2022 | Lượt xem: 214
Hội LHPN thành phố tổng kết công tác Hội năm 2022
Sáng 27/12, Hội Liên hiệp Phụ nữ thành phố Châu Đốc tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2022.
Năm qua, các cơ sở Hội vận động kết nạp 318 hội viên mới, nâng tổng số hội viên toàn thành phố lên 14.925 chị. Hội đang quản lý 86 tổ tiết kiệm và vay vốn nhận ủy thác của Ngân hàng Chính sách xã hội, dư nợ 97,4 tỷ đồng, 2.508 hộ còn dư nợ.
Kết quả phát triển hội viên năm 2022 của một số đơn vị (số liệu Ban Tổ chức Hội LHPN thành phố):
STT\tĐơn vị\tTổng số hội viên\tKết nạp mới năm 2022
1\tPhường Châu Phú A\t2.614\t52
2\tPhường Núi Sam\t2.208\t47
3\tXã Vĩnh Tế\t2.316\t49
Các chi hội cũng vận động được 356 triệu đồng hỗ trợ 41 phụ nữ nghèo, phụ nữ đơn thân có hoàn cảnh khó khăn. Dịp này, 12 tập thể và 25 cá nhân được Hội LHPN thành phố tặng giấy khen.
Ngọc Trâm
Tin cũ hơn
- Hội LHPN thành phố sơ kết 6 tháng đầu năm 2021 (15/07/2021)
- Phường Vĩnh Mỹ ra mắt câu lạc bộ phụ nữ khởi nghiệp (02/03/2021)
""",
        "expected": [
            ("new_members", 318, "L884", 2022),
            ("members", 14925, "L884", 2022),
            ("loan_balance", 97_400_000_000, "L884", 2022),
            ("borrowing_households", 2508, "L884", 2022),
            ("members", 2614, "L30319", 2022),
            ("new_members", 52, "L30319", 2022),
            ("members", 2208, "L30325", 2022),
            ("new_members", 47, "L30325", 2022),
            ("members", 2316, "L30331", 2022),
            ("new_members", 49, "L30331", 2022),
        ],
    },
    {
        "name": "huongkhe_ccb_congress_2022",
        "url": "https://tinhatinh.vn/chinh-tri/202206/hoi-ccb-huong-khe-dai-hoi-lan-thu-vii-5fa21c0/",
        "text": """\
Thời sự | Chính trị | Quốc phòng - An ninh | Kinh tế | Xã hội
15:22, 09/06/2022
Hội CCB Hương Khê đại hội lần thứ VII, nhiệm kỳ 2022 - 2027
(TH) - Trong 2 ngày 8 và 9/6, Hội Cựu chiến binh huyện Hương Khê tổ chức Đại hội đại biểu lần thứ VII, nhiệm kỳ 2022 - 2027. Về dự có 142 đại biểu chính thức, đại diện cho 4.870 hội viên cựu chiến binh trong toàn huyện.
Nhiệm kỳ 2017 - 2022, các cấp hội luôn giữ vững bản chất "Bộ đội Cụ Hồ", tích cực tham gia xây dựng Đảng, chính quyền và phát triển kinh tế - xã hội ở địa phương. Công tác xây dựng tổ chức được chú trọng; hiện Hội có 22 cơ sở hội với 198 chi hội. Trong 5 năm, các cấp hội kết nạp 1.020 hội viên mới, trong đó có 312 hội viên là cựu quân nhân; số hội viên tăng 410 người so với đầu nhiệm kỳ.
Hội CCB huyện nhận ủy thác từ Ngân hàng CSXH với tổng dư nợ 142,8 tỷ đồng, 2.915 hộ còn dư nợ, không phát sinh nợ quá hạn. Phong trào "CCB giúp nhau giảm nghèo, làm kinh tế giỏi" giúp 186 hộ hội viên thoát nghèo; 27 mô hình kinh tế của hội viên cho thu nhập từ 500 triệu đồng/năm trở lên.
Ban Chấp hành Hội CCB huyện Hương Khê khóa VII ra mắt đại hội. Ảnh: Văn Đạt
Nhiệm kỳ 2022 - 2027, Đại hội đề ra mục tiêu hằng năm kết nạp từ 150 hội viên trở lên; 85% cơ sở hội đạt "trong sạch, vững mạnh"; không còn hộ hội viên nghèo vào cuối nhiệm kỳ.
Đại hội đã bầu Ban Chấp hành khóa VII gồm 21 đồng chí; ông Trần Đức Minh tái đắc cử Chủ tịch Hội CCB huyện.
Văn Đạt - Thu Phương
""",
        "expected": [
            ("members", 4870, "L444", 2022),
            ("associations", 22, "L444", 2022),
            ("associations", 198, "L444", 2022),
            ("new_members", 1020, "L444", 2022),
            ("loan_balance", 142_800_000_000, "L444", 2022),
            ("borrowing_households", 2915, "L444", 2022),
        ],
    },
    {
        "name": "krongpac_doan_6thang_2024",
        "url": "https://tuoitredaklak.vn/tin-tuc/krong-pac-so-ket-cong-tac-doan-6-thang-dau-nam-4417",
        "text": """\
TUỔI TRẺ ĐẮK LẮK - Trang thông tin điện tử Tỉnh đoàn
Trang chủ / Hoạt động cơ sở
Cập nhật lúc 10:25 ngày 18/7/2024
Huyện đoàn Krông Pắc sơ kết công tác Đoàn 6 tháng đầu năm
Ngày 17/7, Ban Thường vụ Huyện đoàn Krông Pắc tổ chức hội nghị sơ kết công tác Đoàn, Hội, Đội và phong trào thanh thiếu nhi 6 tháng đầu năm 2024.
Trong 6 tháng, các cơ sở đoàn kết nạp 356 đoàn viên mới, đạt 59% chỉ tiêu cả năm (600 đoàn viên). Toàn huyện hiện có 7.820 đoàn viên, sinh hoạt tại 312 chi đoàn.
Về công tác ủy thác, Đoàn Thanh niên huyện đang quản lý 41 tổ tiết kiệm và vay vốn, tổng dư nợ 96,4 tỷ đồng, 2.140 hộ còn dư nợ; nợ quá hạn 215 triệu đồng, chiếm 0,22%.
Trong Tháng Thanh niên, các cấp bộ Đoàn thực hiện 38 công trình, phần việc thanh niên trị giá hơn 1,1 tỷ đồng; tổ chức ngày hội hiến máu tiếp nhận 420 đơn vị máu.
6 tháng cuối năm, Huyện đoàn phấn đấu kết nạp thêm 250 đoàn viên, thành lập mới 2 chi đoàn tại doanh nghiệp.
CTV Hoàng Yến (Huyện đoàn Krông Pắc)
""",
        "expected": [
            ("new_members", 356, "L654", 2024),
            ("members", 7820, "L654", 2024),
            ("associations", 312, "L654", 2024),
            ("loan_balance", 96_400_000_000, "L654", 2024),
            ("borrowing_households", 2140, "L654", 2024),
        ],
    },
    {
        "name": "namdinh_ldld_tongket_2023",
        "url": "https://congdoannamdinh.vn/tin-tuc/ldld-tinh-tong-ket-cong-tac-cong-doan-nam-2023-post7321.html",
        "text": """\
CÔNG ĐOÀN NAM ĐỊNH
Trang chủ | Tin hoạt động | Chính sách pháp luật | Nữ công | Tư vấn
Thứ Sáu, 29/12/2023 - 16:10
Liên đoàn Lao động tỉnh tổng kết hoạt động công đoàn năm 2023
Ngày 28/12, Liên đoàn Lao động (LĐLĐ) tỉnh Nam Định tổ chức hội nghị tổng kết hoạt động công đoàn và phong trào công nhân, viên chức, lao động năm 2023.
Năm 2023, các cấp công đoàn trong tỉnh kết nạp mới 6.214 đoàn viên, đạt 113% chỉ tiêu Tổng LĐLĐ Việt Nam giao (5.500 đoàn viên); thành lập mới 21 công đoàn cơ sở (CĐCS). Đến ngày 15/12/2023, toàn tỉnh có 1.246 CĐCS với 168.532 đoàn viên công đoàn.
Các cấp công đoàn phối hợp tổ chức 214 cuộc đối thoại tại nơi làm việc; chương trình "Tết Sum vầy" chăm lo cho 12.000 đoàn viên, người lao động với tổng kinh phí 8,6 tỷ đồng; Quỹ "Mái ấm Công đoàn" hỗ trợ xây mới, sửa chữa 37 nhà.
Tại hội nghị, LĐLĐ tỉnh ký giao ước thi đua năm 2024 với 10 LĐLĐ huyện, thành phố và công đoàn ngành.
Minh Khôi
Xem thêm:
- LĐLĐ tỉnh sơ kết 6 tháng đầu năm 2021 (08/07/2021)
- Khánh thành "Mái ấm Công đoàn" tại huyện Hải Hậu (19/10/2023)
""",
        "expected": [
            ("new_members", 6214, "L36", 2023),
            ("associations", 1246, "L36", 2023),
            ("members", 168532, "L36", 2023),
        ],
    },
    {
        "name": "bentre_nhcsxh_uythac_2021",
        "url": "https://dongkhoi-news.vn/kinh-te/du-no-uy-thac-qua-cac-hoi-doan-the-dat-hon-4-212-ty-dong-62180.html",
        "text": """\
Kinh tế > Tài chính - Ngân hàng
Thứ Năm, 20/01/2022 | 08:12
Dư nợ ủy thác qua các hội, đoàn thể đạt hơn 4.212 tỷ đồng
Theo Ngân hàng Chính sách xã hội (NHCSXH) chi nhánh tỉnh Bến Tre, đến ngày 31/12/2021, tổng dư nợ của chi nhánh đạt 4.219 tỷ đồng; trong đó dư nợ ủy thác qua 4 tổ chức chính trị - xã hội là 4.212 tỷ đồng, chiếm 99,83%, với 118.450 hộ còn dư nợ, sinh hoạt trong 3.152 tổ tiết kiệm và vay vốn.
Cụ thể: Hội Liên hiệp Phụ nữ quản lý 1.530,2 tỷ đồng, 43.118 hộ; Hội Nông dân 1.398 tỷ đồng, 39.870 hộ; Hội Cựu chiến binh 781,5 tỷ đồng, 21.032 hộ; Đoàn Thanh niên 502,3 tỷ đồng với 14.430 hộ.
So với cuối năm 2020, dư nợ ủy thác tăng 286 tỷ đồng. Doanh số cho vay trong năm đạt 1.350 tỷ đồng, giúp 31.200 lượt hộ nghèo, cận nghèo và đối tượng chính sách vay vốn. Nợ quá hạn chiếm 0,15% tổng dư nợ.
Giao dịch viên NHCSXH giải ngân vốn vay tại điểm giao dịch xã. Ảnh: H.T
Hữu Tâm
""",
        "expected": [
            ("loan_balance", 4_212_000_000_000, "L83", 2021),
            ("borrowing_households", 118450, "L83", 2021),
            ("loan_balance", 1_530_200_000_000, "L83", 2021),
            ("borrowing_households", 43118, "L83", 2021),
            ("loan_balance", 1_398_000_000_000, "L83", 2021),
            ("borrowing_households", 39870, "L83", 2021),
            ("loan_balance", 781_500_000_000, "L83", 2021),
            ("borrowing_households", 21032, "L83", 2021),
            ("loan_balance", 502_300_000_000, "L83", 2021),
            ("borrowing_households", 14430, "L83", 2021),
        ],
    },
    {
        "name": "tamduong_dvk_2022",
        "url": "https://dangbolaichau.vn/dan-van/tam-duong-146-mo-hinh-dan-van-kheo-trong-nam-2022-3521",
        "text": """\
ĐẢNG BỘ TỈNH LAI CHÂU - TRANG THÔNG TIN ĐIỆN TỬ
Xây dựng Đảng | Dân vận | Tuyên giáo | Kiểm tra
Ngày 06/01/2023
Tam Đường: 146 mô hình "Dân vận khéo" trong năm 2022
Năm 2022, phong trào thi đua "Dân vận khéo" tiếp tục được các cấp ủy, chính quyền, Mặt trận và đoàn thể huyện Tam Đường triển khai gắn với xây dựng nông thôn mới và giảm nghèo.
Trong năm, toàn huyện đăng ký và xây dựng 146 mô hình "Dân vận khéo", trong đó 92 mô hình tập thể, 54 mô hình cá nhân; nâng tổng số mô hình từ năm 2021 đến nay lên 287 mô hình. Các xã có nhiều mô hình trong năm 2022 là Bản Giang 14 mô hình, Bình Lư 12 mô hình, Khun Há 9 mô hình.
Từ các mô hình, nhân dân trong huyện đã hiến 12.300 m2 đất, góp hơn 4.600 ngày công làm đường bê tông nội đồng; 214 hộ chuyển đổi diện tích lúa một vụ kém hiệu quả sang trồng chè, mắc ca.
Ban Chỉ đạo phong trào huyện đã biểu dương 25 mô hình tiêu biểu và đề nghị tỉnh khen thưởng 3 tập thể.
Mô hình "Dân vận khéo" trong vận động nhân dân làm đường giao thông ở bản Nà Luông, xã Bản Giang.
Lò Văn Thanh
""",
        "expected": [
            ("dvk_models", 146, "L106", 2022),
            ("dvk_models", 287, "L106", 2022),
            ("dvk_models", 14, "L03418", 2022),
            ("dvk_models", 12, "L03412", 2022),
            ("dvk_models", 9, "L03430", 2022),
        ],
    },
    {
        "name": "duchoa_hnd_url_date_only",
        "url": "https://longan-news.vn/hoi-nong-dan-duc-hoa-tong-ket-cong-tac-hoi-20240112151530.htm",
        "text": """\
Chính trị | Kinh tế | Nông nghiệp | Xã hội | Pháp luật
Hội Nông dân Đức Hòa: Hơn 5.900 hộ được vay vốn ủy thác
Hội Nông dân huyện Đức Hòa vừa tổng kết công tác Hội và phong trào nông dân năm 2023.
Trong năm, Hội kết nạp 538 hội viên, nâng tổng số hội viên toàn huyện lên 27.915 người, sinh hoạt ở 198 chi hội. Có 9.416 hộ đăng ký danh hiệu sản xuất, kinh doanh giỏi các cấp.
Hội đang quản lý 94 tổ tiết kiệm và vay vốn, dư nợ ủy thác Ngân hàng Chính sách xã hội 268,4 tỷ đồng, 5.932 hộ còn dư nợ. Trong năm, giải ngân mới 71 tỷ đồng cho 1.410 hộ. Ngoài ra, Hội phối hợp Agribank chi nhánh Đức Hòa cho 2.360 hội viên vay 415 tỷ đồng thông qua hình thức tín chấp.
Năm nay, Hội đề ra 12 chỉ tiêu, trong đó kết nạp 500 hội viên mới và xây dựng 3 tổ hợp tác trong nông nghiệp.
Hội viên nông dân Đức Hòa chăm sóc vườn rau ứng dụng công nghệ cao
Bảo Châu
Chia sẻ bài viết
""",
        "expected": [
            ("new_members", 538, "L802", 2023),
            ("members", 27915, "L802", 2023),
            ("associations", 198, "L802", 2023),
            ("loan_balance", 268_400_000_000, "L802", 2023),
            ("borrowing_households", 5932, "L802", 2023),
        ],
    },
    {
        "name": "lucnam_hnd_report_table_2024",
        "url": None,
        "text": """\
HỘI NÔNG DÂN TỈNH BẮC GIANG
BCH HỘI NÔNG DÂN HUYỆN LỤC NAM
Số: 112/BC-HND
Lục Nam, ngày 16 tháng 12 năm 2024
BÁO CÁO
Kết quả công tác Hội và phong trào nông dân năm 2024,
phương hướng, nhiệm vụ năm 2025
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2024
1. Công tác xây dựng tổ chức Hội
Năm 2024, các cơ sở Hội kết nạp 642 hội viên, đạt 107% so với chỉ tiêu (600 hội viên). Tổng số hội viên toàn huyện là 29.384, sinh hoạt tại 258 chi hội; 212/258 chi hội xếp loại vững mạnh.
Bảng 1. Số liệu tổ chức Hội một số đơn vị (tính đến 30/11/2024)
TT\tĐơn vị\tSố chi hội\tSố hội viên\tKết nạp năm 2024
1\tXã Bảo Đài\t14\t1.682\t38
2\tXã Cẩm Lý\t11\t1.205\t27
3\tXã Lan Mẫu\t9\t1.018\t22
2. Công tác phối hợp nhận ủy thác
Hội quản lý 101 tổ TK&VV, dư nợ 352.640 triệu đồng, 6.418 hộ vay; nợ quá hạn 0,11%. Đã tổ chức 24 buổi tập huấn nghiệp vụ cho 303 lượt cán bộ ban quản lý tổ.
3. Quỹ Hỗ trợ nông dân
Tổng nguồn quỹ 4,86 tỷ đồng, đang cho 96 hộ vay thực hiện 11 dự án.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025
Phấn đấu kết nạp 600 hội viên; 85% chi hội xếp loại vững mạnh; tăng trưởng dư nợ ủy thác từ 5% trở lên.
Nơi nhận:
- TT Hội Nông dân tỉnh;
- TT Huyện ủy, UBND huyện;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Nguyễn Văn Tuấn
""",
        "expected": [
            ("new_members", 642, "L218", 2024),
            ("members", 29384, "L218", 2024),
            ("associations", 258, "L218", 2024),
            ("associations", 14, "L07462", 2024),
            ("members", 1682, "L07462", 2024),
            ("new_members", 38, "L07462", 2024),
            ("associations", 11, "L07519", 2024),
            ("members", 1205, "L07519", 2024),
            ("new_members", 27, "L07519", 2024),
            ("associations", 9, "L07495", 2024),
            ("members", 1018, "L07495", 2024),
            ("new_members", 22, "L07495", 2024),
            ("loan_balance", 352_640_000_000, "L218", 2024),
            ("borrowing_households", 6418, "L218", 2024),
        ],
    },
    {
        "name": "tamquang_hlhpn_congress_2021",
        "url": "https://nuithanh.quangnam.gov.vn/tin-tuc/dai-hoi-phu-nu-xa-tam-quang-nhiem-ky-2021-2026-10744",
        "text": """\
UBND HUYỆN NÚI THÀNH - TRANG THÔNG TIN ĐIỆN TỬ
Tin tức > Hoạt động cơ sở
Thứ Hai, 26/04/2021 | 17:05
Đại hội đại biểu phụ nữ xã Tam Quang lần thứ XII
Sáng 25/4, Hội LHPN xã Tam Quang tổ chức Đại hội đại biểu phụ nữ xã lần thứ XII, nhiệm kỳ 2021 - 2026. 98 đại biểu đại diện cho hơn 1.850 hội viên phụ nữ của 12 chi hội trong xã về dự.
Nhiệm kỳ 2016 - 2021, Hội đã kết nạp 426 hội viên mới; tỷ lệ tập hợp hội viên đạt 78%. Hội nhận ủy thác Ngân hàng CSXH huyện, quản lý 9 tổ tiết kiệm và vay vốn với dư nợ 24,6 tỷ đồng, 612 hộ vay. Ngoài ra, hội duy trì mô hình "Heo đất tiết kiệm" được 185 triệu đồng, giúp 31 chị vay không lãi.
Hội còn vận động xây dựng 4 nhà "Mái ấm tình thương" cho hội viên nghèo, trị giá 240 triệu đồng.
Đại hội đề ra 8 chỉ tiêu nhiệm kỳ 2021 - 2026, trong đó hằng năm kết nạp mới từ 80 hội viên trở lên, 100% chi hội có tổ tiết kiệm.
Bà Trương Thị Hồng Vân tái đắc cử Chủ tịch Hội LHPN xã khóa XII.
Hoài Thương
""",
        "expected": [
            ("members", 1850, "L20998", 2021),
            ("associations", 12, "L20998", 2021),
            ("new_members", 426, "L20998", 2021),
            ("loan_balance", 24_600_000_000, "L20998", 2021),
            ("borrowing_households", 612, "L20998", 2021),
        ],
    },
    {
        "name": "myxuyen_hnd_official_report_2022",
        "url": None,
        "text": """\
HỘI NÔNG DÂN VIỆT NAM
BCH HỘI NÔNG DÂN HUYỆN MỸ XUYÊN
Số: 86/BC-HND\tMỹ Xuyên, ngày 12 tháng 12 năm 2022
BÁO CÁO
Tổng kết công tác Hội và phong trào nông dân năm 2022;
phương hướng, nhiệm vụ năm 2023
I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2022
1. Công tác tuyên truyền, giáo dục
Các cấp Hội tổ chức 326 cuộc tuyên truyền, thu hút 11.240 lượt hội viên tham dự.
2. Công tác xây dựng tổ chức Hội
Kết nạp mới 1.105 hội viên, đạt 110,5% chỉ tiêu Hội Nông dân tỉnh giao; nâng tổng số hội viên lên 31.240 hội viên, sinh hoạt tại 11 cơ sở Hội và 142 chi hội.
3. Hoạt động hỗ trợ nông dân
Phối hợp Ngân hàng CSXH huyện duy trì 118 tổ TK&VV, dư nợ ủy thác 412,7 tỷ đồng, 9.860 hộ còn dư nợ, tỷ lệ nợ quá hạn 0,09%. Quỹ Hỗ trợ nông dân huyện có 3,2 tỷ đồng, trong năm giải ngân 1,1 tỷ đồng cho 38 hộ.
II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2023
1. Kết nạp 1.000 hội viên mới; 70% cơ sở Hội đạt vững mạnh.
2. Tăng trưởng dư nợ ủy thác 5%; giữ tỷ lệ nợ quá hạn dưới 0,1%.
Nơi nhận:
- TT Hội Nông dân tỉnh;
- TT Huyện ủy;
- Lưu VP.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Lâm Thị Kim Phượng
""",
        "expected": [
            ("new_members", 1105, "L947", 2022),
            ("members", 31240, "L947", 2022),
            ("associations", 11, "L947", 2022),
            ("associations", 142, "L947", 2022),
            ("loan_balance", 412_700_000_000, "L947", 2022),
            ("borrowing_households", 9860, "L947", 2022),
        ],
    },
    {
        "name": "quanba_hlhpn_2020",
        "url": "https://hagiang-tv.vn/xa-hoi/hoi-lhpn-quan-ba-tong-ket-nam-2020-9182.html",
        "text": """\
Đài PT-TH Hà Giang
Thời sự | Xã hội | Dân tộc - Miền núi | Phóng sự
Cập nhật: 11:30 - 24/12/2020
Hội LHPN huyện Quản Bạ tổng kết công tác Hội năm 2020
Năm 2020, dù chịu ảnh hưởng của dịch Covid-19, Hội LHPN huyện Quản Bạ vẫn hoàn thành các chỉ tiêu được giao. Các cấp hội kết nạp 385 hội viên mới, nâng tổng số hội viên lên 9.412 người, trong đó 8.960 hội viên là người dân tộc thiểu số. Hội duy trì sinh hoạt đều đặn ở 112 chi hội phụ nữ thôn, bản.
Hội đang quản lý 74 tổ tiết kiệm và vay vốn với tổng dư nợ 156,2 tỷ đồng, 3.870 hộ vay, tăng 18,6 tỷ đồng so với năm 2019. Các chi hội còn duy trì 58 nhóm phụ nữ tiết kiệm với số tiền 410 triệu đồng.
Nhân dịp này, Hội LHPN huyện khen thưởng 9 tập thể và 14 cá nhân có thành tích xuất sắc.
BTV: Vàng Thị Dung
""",
        "expected": [
            ("new_members", 385, "L029", 2020),
            ("members", 9412, "L029", 2020),
            ("associations", 112, "L029", 2020),
            ("loan_balance", 156_200_000_000, "L029", 2020),
            ("borrowing_households", 3870, "L029", 2020),
        ],
    },
    {
        "name": "gialai_tinhdoan_2019",
        "url": "https://gialai-tuoitre.vn/tin-tuc/tinh-doan-tong-ket-cong-tac-doan-nam-2019-1042",
        "text": """\
TUỔI TRẺ GIA LAI
Tin tức | Phong trào | Gương sáng | Văn bản
10/01/2020 14:35
Tỉnh Đoàn tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2019
Sáng 9/1, Ban Thường vụ Tỉnh Đoàn Gia Lai tổ chức hội nghị tổng kết công tác Đoàn và phong trào thanh thiếu nhi năm 2019.
Năm 2019, toàn tỉnh kết nạp 5.912 đoàn viên mới, đạt 118% chỉ tiêu. Tổng số đoàn viên toàn tỉnh hiện nay là 62.410 đoàn viên.
Các cấp bộ Đoàn quản lý 498 tổ tiết kiệm và vay vốn, tổng dư nợ 702,5 tỷ đồng với 19.860 hộ vay. Trong năm, Đoàn phối hợp hỗ trợ 215 thanh niên vay 14,6 tỷ đồng từ Quỹ quốc gia giải quyết việc làm.
Đoàn viên, thanh niên tham gia hiến 3.120 đơn vị máu; thực hiện 612 công trình, phần việc thanh niên.
Đức Thành
Tin khác
- Đoàn Khối Doanh nghiệp tỉnh tổ chức đại hội (21/03/2018)
""",
        "expected": [
            ("new_members", 5912, "L64", 2019),
            ("members", 62410, "L64", 2019),
            ("loan_balance", 702_500_000_000, "L64", 2019),
            ("borrowing_households", 19860, "L64", 2019),
        ],
    },
    {
        "name": "lechan_hlhpn_after_merger_2025",
        "url": "https://phunuhaiphong.vn/tin-tuc/hoi-lhpn-quan-le-chan-kien-toan-to-chuc-sau-sap-xep-20250307",
        "text": """\
PHỤ NỮ HẢI PHÒNG
Trang chủ > Hoạt động Hội > Cơ sở
07/03/2025 09:20
Hội LHPN quận Lê Chân kiện toàn tổ chức sau sắp xếp
Thực hiện nghị quyết về sắp xếp đơn vị hành chính cấp xã giai đoạn 2023 - 2025, từ ngày 1/1/2025, Hội LHPN quận Lê Chân đã kiện toàn tổ chức các cơ sở hội. Trước sắp xếp, quận có 15 cơ sở hội và 203 chi hội; hiện nay Hội có 10 cơ sở hội với 186 chi hội, tập hợp 24.360 hội viên.
Năm 2024, các cấp hội trong quận kết nạp 612 hội viên mới. Tính đến hết tháng 2/2025, Hội quản lý dư nợ ủy thác Ngân hàng CSXH 118,9 tỷ đồng, 2.760 hộ vay.
Nhân kỷ niệm Ngày Quốc tế Phụ nữ 8/3, Hội LHPN quận trao 150 suất quà cho hội viên có hoàn cảnh khó khăn, mỗi suất trị giá 500.000 đồng.
Phạm Hương
""",
        "expected": [
            ("associations", 10, "L305", 2025),
            ("associations", 186, "L305", 2025),
            ("members", 24360, "L305", 2025),
            ("new_members", 612, "L305", 2024),
            ("loan_balance", 118_900_000_000, "L305", 2025),
            ("borrowing_households", 2760, "L305", 2025),
        ],
    },
    {
        "name": "ninhphuoc_dvk_2023",
        "url": "https://ninhthuan-online.vn/chinh-tri/ninh-phuoc-lan-toa-phong-trao-dan-van-kheo-2023-11.html",
        "text": """\
Chính trị - Xây dựng Đảng
Thứ Tư, 11/10/2023
Ninh Phước lan tỏa phong trào "Dân vận khéo"
Qua 3 năm thực hiện phong trào thi đua "Dân vận khéo" giai đoạn 2021 - 2023, toàn huyện Ninh Phước đã xây dựng 415 mô hình "Dân vận khéo", trong đó Hội Nông dân 42 mô hình, Hội LHPN 51 mô hình, Đoàn Thanh niên 36 mô hình. Riêng năm 2023 có 138 mô hình mới được đăng ký.
Nhiều mô hình hiệu quả như "Vận động đồng bào Chăm hiến đất mở đường", "Tổ tự quản đường làng"... Nhân dân đã hiến hơn 25.000 m2 đất, góp 3,2 tỷ đồng xây dựng đường giao thông nông thôn.
Đã có 16 mô hình được UBND tỉnh tặng bằng khen. Huyện đặt mục tiêu đến năm 2025 mỗi cơ quan, đơn vị, địa phương có ít nhất 2 mô hình.
Nguyễn Lâm
""",
        "expected": [
            ("dvk_models", 415, "L587", 2023),
            ("dvk_models", 42, "L587", 2023),
            ("dvk_models", 51, "L587", 2023),
            ("dvk_models", 36, "L587", 2023),
            ("dvk_models", 138, "L587", 2023),
        ],
    },
    {
        "name": "nganson_uythac_list_2024",
        "url": "https://nganson.backan.gov.vn/du-no-uy-thac-qua-cac-hoi-doan-the-dat-gan-400-ty-dong/",
        "text": """\
Tăng cỡ chữ   Giảm cỡ chữ   Gửi thư   In
Dư nợ ủy thác qua các hội, đoàn thể đạt gần 400 tỷ đồng
( Cập nhật ngày: 09/10/2024 )
Tính đến ngày 30/9/2024, tổng dư nợ ủy thác qua các tổ chức chính trị - xã hội của Phòng giao dịch Ngân hàng CSXH huyện Ngân Sơn đạt 398,6 tỷ đồng, tăng 21,7 tỷ đồng so với đầu năm, với 5.214 hộ còn dư nợ. Trong đó, Hội Phụ nữ quản lý 138,2 tỷ đồng; Hội Nông dân 121,4 tỷ đồng; Hội CCB 72,5 tỷ đồng; Đoàn Thanh niên 66,5 tỷ đồng.
Toàn huyện có 152 tổ tiết kiệm và vay vốn hoạt động ở 10 xã, thị trấn; nợ quá hạn chiếm 0,06%. Trong 9 tháng, Phòng giao dịch đã giải ngân 86,3 tỷ đồng cho 1.212 lượt hộ.
Hoàng Lan
""",
        "expected": [
            ("loan_balance", 398_600_000_000, "L062", 2024),
            ("borrowing_households", 5214, "L062", 2024),
            ("loan_balance", 138_200_000_000, "L062", 2024),
            ("loan_balance", 121_400_000_000, "L062", 2024),
            ("loan_balance", 72_500_000_000, "L062", 2024),
            ("loan_balance", 66_500_000_000, "L062", 2024),
        ],
    },
    {
        "name": "hoabinh_hnd_congress_2023",
        "url": "https://hoabinh-news.vn/chinh-tri/khai-mac-dai-hoi-hoi-nong-dan-tinh-lan-thu-ix-185302",
        "text": """\
HÒA BÌNH ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Văn hóa | Thể thao
Thứ Năm, 21/09/2023 - 11:45
Khai mạc Đại hội đại biểu Hội Nông dân tỉnh lần thứ IX
Sáng 20/9, Đại hội đại biểu Hội Nông dân tỉnh Hòa Bình lần thứ IX, nhiệm kỳ 2023 - 2028 khai mạc với 280 đại biểu chính thức, đại diện cho hơn 136.000 hội viên nông dân trong tỉnh.
Nhiệm kỳ 2018 - 2023, các cấp hội kết nạp 14.850 hội viên mới; 100% xã, phường, thị trấn có tổ chức hội. Hội Nông dân các cấp nhận ủy thác của Ngân hàng CSXH với dư nợ 1.912 tỷ đồng, 38.410 hộ vay; Quỹ Hỗ trợ nông dân các cấp đạt 61 tỷ đồng, giúp 4.100 lượt hộ vay phát triển sản xuất. Có 68.420 lượt hộ đạt danh hiệu sản xuất, kinh doanh giỏi các cấp.
Đại biểu biểu quyết thông qua chương trình Đại hội. Ảnh: Quang Huy
Nhiệm kỳ mới, Đại hội đề ra mục tiêu mỗi năm kết nạp 2.500 hội viên, 80% cơ sở hội vững mạnh.
Quang Huy
""",
        "expected": [
            ("members", 136000, "L17", 2023),
            ("new_members", 14850, "L17", 2023),
            ("loan_balance", 1_912_000_000_000, "L17", 2023),
            ("borrowing_households", 38410, "L17", 2023),
        ],
    },
    {
        "name": "phuyen_hlhpn_host_only_2019",
        "url": "https://tinphuyen.vn/xa-hoi/hoi-lhpn-tinh-tong-ket-cong-tac-nam-2019-47211.html",
        "text": """\
Thời sự | Xã hội | Kinh tế | Giáo dục | Thể thao
Thứ Sáu, 20/12/2019 | 10:05
Hội LHPN tỉnh tổng kết công tác năm 2019
Ngày 19/12, Hội LHPN tỉnh tổ chức hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2019, triển khai nhiệm vụ năm 2020.
Năm 2019, Hội LHPN các cấp trong tỉnh kết nạp mới 3.408 hội viên, nâng tổng số hội viên toàn tỉnh lên 148.260 người. Hội quản lý dư nợ ủy thác 1.126 tỷ đồng, với 31.540 hộ vay, tỷ lệ nợ quá hạn 0,21%; ngoài ra các chi hội duy trì 1.240 tổ, nhóm tiết kiệm với số tiền 28,5 tỷ đồng.
Các cấp hội vận động xây 35 "Mái ấm tình thương" trị giá 2,1 tỷ đồng. Năm 2020, Hội LHPN tỉnh đặt mục tiêu phát triển 3.000 hội viên mới.
KHÁNH LINH
""",
        "expected": [
            ("new_members", 3408, "L54", 2019),
            ("members", 148260, "L54", 2019),
            ("loan_balance", 1_126_000_000_000, "L54", 2019),
            ("borrowing_households", 31540, "L54", 2019),
        ],
    },
    {
        "name": "thapmuoi_hnd_slash_2020",
        "url": "https://dongthap-online.vn/xa-hoi/thap-muoi-hoi-nong-dan-dong-hanh-cung-hoi-vien-mua-dich-30218.html",
        "text": """\
Xã hội > Đoàn thể
14:05 | 21/06/2020
Tháp Mười: Hội Nông dân đồng hành cùng hội viên mùa dịch
Tính đến thời điểm này, Hội Nông dân huyện Tháp Mười có 18.740 hội viên; 6 tháng đầu năm, các cơ sở hội kết nạp 290 hội viên mới.
Hội tiếp tục làm tốt công tác ủy thác với Ngân hàng CSXH huyện, hiện quản lý 215.300 triệu đồng/58 tổ/4.916 hộ vay. Quỹ Hỗ trợ nông dân huyện đạt 2,4 tỷ đồng.
Trong đợt dịch Covid-19, các cấp hội trao 1.200 phần quà cho hội viên khó khăn, tổng trị giá 360 triệu đồng.
Ảnh: Hội viên Hội Nông dân xã Mỹ Hòa thu hoạch sen. (Ảnh: Thanh Tâm)
Thanh Tâm
""",
        "expected": [
            ("members", 18740, "L872", 2020),
            ("new_members", 290, "L872", 2020),
            ("loan_balance", 215_300_000_000, "L872", 2020),
            ("borrowing_households", 4916, "L872", 2020),
        ],
    },
    {
        "name": "melinh_hnd_2021",
        "url": "https://hanoi-nongthon.vn/me-linh-hoi-nong-dan-dong-hanh-cung-hoi-vien-20211224103512.htm",
        "text": """\
Nông thôn Thủ đô | Nông nghiệp | Hội Nông dân | Bạn nhà nông
24/12/2021 10:35
Mê Linh: Hội Nông dân đồng hành cùng hội viên phát triển kinh tế
Hội Nông dân huyện Mê Linh hiện có 24.615 hội viên, sinh hoạt tại 18 cơ sở hội. Năm 2021, các cơ sở hội kết nạp 392 hội viên mới.
Hội đang quản lý nguồn vốn ủy thác của Ngân hàng CSXH với dư nợ 486,2 tỷ đồng cho 7.620 hội viên vay vốn; đồng thời phối hợp Agribank Mê Linh bảo lãnh tín chấp cho 3.100 hội viên vay 1.200 tỷ đồng. Quỹ Hỗ trợ nông dân huyện đạt 9,8 tỷ đồng, đã cho 260 lượt hội viên vay.
Hội viên nông dân xã Tráng Việt chăm sóc vườn hoa.
Minh Phúc
""",
        "expected": [
            ("members", 24615, "L250", 2021),
            ("new_members", 392, "L250", 2021),
            ("loan_balance", 486_200_000_000, "L250", 2021),
            ("borrowing_households", 7620, "L250", 2021),
        ],
    },
    {
        "name": "cangiuoc_hnd_congress_2025",
        "url": "https://longan-tintuc.vn/hoi-nong-dan-xa-can-giuoc-dai-hoi-lan-thu-i-a211204.html",
        "text": """\
Tiếng Việt | English
23/10/2025 - 15:20
Hội Nông dân xã Cần Giuộc đại hội lần thứ I, nhiệm kỳ 2025 - 2030
Ngày 22/10, Hội Nông dân xã Cần Giuộc, tỉnh Tây Ninh tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030, với 95 đại biểu tham dự.
Hội Nông dân xã được thành lập trên cơ sở hợp nhất Hội Nông dân thị trấn Cần Giuộc và các xã Phước Lại, Long Hậu, Tân Kim. Trước sắp xếp, 4 đơn vị có 38 chi hội; hiện nay Hội có 3.412 hội viên, sinh hoạt ở 26 chi hội.
Hội phối hợp Ngân hàng CSXH quản lý 21 tổ tiết kiệm và vay vốn, dư nợ 96,8 tỷ đồng với 1.735 hộ đang vay. Có 1.090 lượt hộ đạt danh hiệu nông dân sản xuất, kinh doanh giỏi các cấp.
Đại hội bầu Ban Chấp hành khóa I gồm 15 đồng chí; ông Võ Minh Luân được bầu giữ chức Chủ tịch.
Ban Chấp hành Hội Nông dân xã Cần Giuộc khóa I ra mắt Đại hội
Kim Ngân
""",
        "expected": [
            ("members", 3412, "28159", 2025),
            ("associations", 26, "28159", 2025),
            ("loan_balance", 96_800_000_000, "28159", 2025),
            ("borrowing_households", 1735, "28159", 2025),
        ],
    },
    {
        "name": "camthach_hlhpn_congress_2025",
        "url": "https://thanhhoa-24h.vn/phu-nu-xa-cam-thach-dai-hoi-lan-thu-i-264512.htm",
        "text": """\
Thứ Bảy, 04/10/2025 16:48
Xã hội > Phụ nữ
Phụ nữ xã Cẩm Thạch đoàn kết, sáng tạo, xây dựng tổ chức Hội vững mạnh
Chiều 3/10, Hội LHPN xã Cẩm Thạch tổ chức Đại hội đại biểu phụ nữ xã lần thứ I, nhiệm kỳ 2025 - 2030.
Hội LHPN xã Cẩm Thạch được thành lập từ 3 xã cũ, hiện có hơn 3.860 hội viên sinh hoạt tại 28 chi hội, trong đó hội viên dân tộc Mường chiếm 61%.
Nhiệm kỳ qua, Hội nhận ủy thác với Ngân hàng CSXH cho 702 hộ hội viên vay với tổng dư nợ 41,3 tỷ đồng; phối hợp Agribank cho 230 hội viên vay 18 tỷ đồng; hơn 2.100 lượt hội viên được tập huấn kỹ thuật trồng trọt, chăn nuôi.
Lãnh đạo Hội LHPN tỉnh tặng hoa chúc mừng Đại hội.
Đại hội bầu 15 đồng chí vào Ban Chấp hành khóa I.
Lê Hà
""",
        "expected": [
            ("members", 3860, "15142", 2025),
            ("associations", 28, "15142", 2025),
            ("loan_balance", 41_300_000_000, "15142", 2025),
            ("borrowing_households", 702, "15142", 2025),
        ],
    },
    {
        "name": "daklak_uythac_after_merger_2025",
        "url": "https://daklak-kinhte.vn/ngan-hang/du-no-uy-thac-qua-4-to-chuc-dat-13-215-ty-dong-post52114.html",
        "text": """\
Kinh tế | Ngân hàng
Thứ Ba, 13/01/2026 - 07:30
Dư nợ ủy thác qua 4 tổ chức chính trị - xã hội đạt 13.215 tỷ đồng
Theo Ngân hàng CSXH chi nhánh tỉnh Đắk Lắk, đến 31/12/2025, tổng dư nợ ủy thác qua 4 tổ chức chính trị - xã hội đạt 13.215 tỷ đồng, với 299.500 hộ còn dư nợ, tăng 1.102 tỷ đồng so với đầu năm (số liệu đầu năm đã cộng gộp của tỉnh Phú Yên trước đây).
Cụ thể: qua Hội Nông dân 4.206 tỷ đồng, 96.120 hộ; Hội Liên hiệp Phụ nữ 5.318 tỷ đồng, 121.450 hộ; Hội Cựu chiến binh 2.012 tỷ đồng, 44.870 hộ; Đoàn Thanh niên 1.679 tỷ đồng, 37.060 hộ.
Tỷ lệ nợ quá hạn và nợ khoanh chiếm 0,18% tổng dư nợ. Doanh số cho vay năm 2025 đạt 3.940 tỷ đồng.
Hà Phương
""",
        "expected": [
            ("loan_balance", 13_215_000_000_000, "66", 2025),
            ("borrowing_households", 299500, "66", 2025),
            ("loan_balance", 4_206_000_000_000, "66", 2025),
            ("borrowing_households", 96120, "66", 2025),
            ("loan_balance", 5_318_000_000_000, "66", 2025),
            ("borrowing_households", 121450, "66", 2025),
            ("loan_balance", 2_012_000_000_000, "66", 2025),
            ("borrowing_households", 44870, "66", 2025),
            ("loan_balance", 1_679_000_000_000, "66", 2025),
            ("borrowing_households", 37060, "66", 2025),
        ],
    },
    {
        "name": "angiang_hnd_tongket_2025",
        "url": "https://angiang-24h.vn/chinh-tri/hoi-nong-dan-tinh-tong-ket-nam-2025-a78812.html",
        "text": """\
Chính trị | Kinh tế | Xã hội | Quốc phòng - An ninh
20/01/2026 | 15:00
Hội Nông dân tỉnh tổng kết công tác năm 2025
Ngày 19/1, Hội Nông dân tỉnh An Giang tổ chức hội nghị tổng kết công tác Hội và phong trào nông dân năm 2025, triển khai nhiệm vụ năm 2026. Đây là năm đầu tiên hoạt động sau hợp nhất Hội Nông dân hai tỉnh An Giang và Kiên Giang.
Tính đến cuối năm 2025, toàn tỉnh có 102 cơ sở hội, 2.318 chi hội với 412.560 hội viên; trong năm kết nạp mới 9.140 hội viên, đạt 114% kế hoạch.
Hội Nông dân các cấp đang quản lý dư nợ ủy thác Ngân hàng CSXH 5.842 tỷ đồng với 121.300 hộ vay. Quỹ Hỗ trợ nông dân các cấp đạt 198 tỷ đồng.
Năm 2026, Hội phấn đấu kết nạp 8.000 hội viên mới.
Tin liên quan:
- Hội Nông dân Kiên Giang tổng kết năm 2023 (12/01/2024)
- Nông dân An Giang thi đua sản xuất giỏi (05/09/2022)
""",
        "expected": [
            ("associations", 102, "91", 2025),
            ("associations", 2318, "91", 2025),
            ("members", 412560, "91", 2025),
            ("new_members", 9140, "91", 2025),
            ("loan_balance", 5_842_000_000_000, "91", 2025),
            ("borrowing_households", 121300, "91", 2025),
        ],
    },
    {
        "name": "dinhcong_hlhpn_quy1_2026",
        "url": "https://dinhcong.hanoi.gov.vn/mat-tran-doan-the/hoi-lhpn-phuong-so-ket-quy-i-2026-2871.htm",
        "text": """\
UBND PHƯỜNG ĐỊNH CÔNG
Trang chủ | Tin tức | Mặt trận - Đoàn thể | Thủ tục hành chính | Hỏi đáp
Trang chủ / Mặt trận - Đoàn thể
Thứ Năm, 02/04/2026 07:50
Hội LHPN phường sơ kết công tác quý I/2026
Chiều 31/3, Ban Thường vụ Hội LHPN phường Định Công tổ chức hội nghị sơ kết công tác Hội quý I, triển khai nhiệm vụ quý II/2026.
Theo báo cáo, phường hiện có 9.845 hội viên sinh hoạt tại 54 chi hội tổ dân phố. Trong quý, các chi hội kết nạp 132 hội viên mới, chủ yếu là nữ công nhân, lao động tự do đang tạm trú trên địa bàn.
Hội quản lý 12 tổ tiết kiệm và vay vốn với dư nợ 28,4 tỷ đồng, 596 hộ vay; không có nợ quá hạn. Dịp Tết Nguyên đán, Hội tổ chức "Chợ 0 đồng" với 300 suất quà, trao 45 suất học bổng cho con hội viên khó khăn, tổng trị giá gần 120 triệu đồng.
Quý II, Hội LHPN phường phấn đấu kết nạp thêm 100 hội viên, ra mắt 2 câu lạc bộ "Gia đình hạnh phúc".
Thu Hà
Chia sẻ | In trang | Quay lại
""",
        "expected": [
            ("members", 9845, "00316", 2026),
            ("associations", 54, "00316", 2026),
            ("new_members", 132, "00316", 2026),
            ("loan_balance", 28_400_000_000, "00316", 2026),
            ("borrowing_households", 596, "00316", 2026),
        ],
    },
    {
        "name": "tamnong_dvk_date_in_path_2025",
        "url": "https://phutho-tintuc.vn/dan-van/202512/xa-tam-nong-37-mo-hinh-dan-van-kheo-a8f21c3/",
        "text": """\
Chính trị | Dân vận | Kinh tế | Xã hội | Video
Xã Tam Nông: 37 mô hình "Dân vận khéo" lan tỏa trong đời sống
Ngay sau khi đi vào hoạt động theo mô hình chính quyền hai cấp, Đảng ủy xã Tam Nông (tỉnh Phú Thọ) đã chỉ đạo Ủy ban MTTQ và các đoàn thể rà soát, đăng ký lại các mô hình "Dân vận khéo" cũ của các xã trước sắp xếp.
Năm 2025, Đảng ủy xã đã xét, công nhận 37 mô hình "Dân vận khéo", trong đó 21 mô hình tập thể và 16 mô hình cá nhân. Nhiều mô hình gắn với an ninh trật tự và chỉnh trang khu dân cư; riêng mô hình "Camera an ninh" đã lắp đặt 64 camera tại các khu dân cư, kinh phí do nhân dân đóng góp hơn 300 triệu đồng.
Hội Nông dân xã hiện có 4.210 hội viên sinh hoạt ở 32 chi hội, là lực lượng nòng cốt trong các mô hình phát triển kinh tế như trồng bưởi, nuôi cá lồng trên sông Hồng. Năm 2026, xã phấn đấu mỗi chi bộ có ít nhất 1 mô hình "Dân vận khéo".
Người dân khu 5 cùng lắp đặt camera an ninh. Ảnh: B.N
Bích Ngọc
""",
        "expected": [
            ("dvk_models", 37, "08434", 2025),
            ("members", 4210, "08434", 2025),
            ("associations", 32, "08434", 2025),
        ],
    },
    {
        "name": "gialai_ldld_after_merger_2025",
        "url": "https://congdoangialai.vn/tin-tuc/cong-doan-tinh-sau-hop-nhat-post1188.html",
        "text": """\
CÔNG ĐOÀN GIA LAI
Trang chủ | Tin hoạt động | Chính sách - Pháp luật | Nữ công | Liên hệ
Tin hoạt động > Tổ chức
Thứ Hai, 15/12/2025 14:20
Công đoàn tỉnh sau 6 tháng hợp nhất: Ổn định tổ chức, hướng mạnh về cơ sở
Sáng 14/12, Ban Thường vụ Liên đoàn Lao động tỉnh họp đánh giá 6 tháng hoạt động sau hợp nhất LĐLĐ hai tỉnh Bình Định và Gia Lai.
Theo báo cáo, từ ngày 1/7/2025, Công đoàn tỉnh Gia Lai có 2.906 công đoàn cơ sở (CĐCS) với 218.470 đoàn viên. Trước hợp nhất, LĐLĐ tỉnh Bình Định có 1.312 CĐCS, LĐLĐ tỉnh Gia Lai có 1.640 CĐCS; một số CĐCS đã giải thể do doanh nghiệp ngừng hoạt động.
Từ đầu năm đến nay, các cấp công đoàn kết nạp 7.315 đoàn viên, thành lập 34 CĐCS mới; tổ chức 126 cuộc đối thoại tại nơi làm việc. Chương trình "Tết Sum vầy" 2026 dự kiến chăm lo cho 45.000 đoàn viên, người lao động với kinh phí khoảng 27 tỷ đồng.
Ngọc Sơn
Tin khác
- Công đoàn Bình Định trao "Mái ấm Công đoàn" tại An Nhơn (14/05/2024)
""",
        "expected": [
            ("associations", 2906, "52", 2025),
            ("members", 218470, "52", 2025),
            ("new_members", 7315, "52", 2025),
        ],
    },
    {
        "name": "myhiep_hnd_report_2025",
        "url": None,
        "text": """\
HỘI NÔNG DÂN TỈNH ĐỒNG THÁP\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
BCH HỘI NÔNG DÂN XÃ MỸ HIỆP\tĐộc lập - Tự do - Hạnh phúc
Số: 12/BC-HND\tMỹ Hiệp, ngày 10 tháng 12 năm 2025
BÁO CÁO
Kết quả công tác Hội và phong trào nông dân năm 2025,
phương hướng, nhiệm vụ năm 2026
Phần thứ nhất
KẾT QUẢ THỰC HIỆN NHIỆM VỤ NĂM 2025
1. Công tác xây dựng tổ chức Hội
Sau sắp xếp đơn vị hành chính, Hội Nông dân xã được kiện toàn trên cơ sở 3 xã trước đây. Hiện Hội có 17 chi hội, 2.845 hội viên. Từ ngày 01/7/2025 đến nay kết nạp 64 hội viên; cả năm (tính cả các xã trước sắp xếp) kết nạp 131 hội viên.
2. Công tác phối hợp nhận ủy thác
Hội quản lý 14 tổ TK&VV, dư nợ 38.650 triệu đồng, 812 hộ; không có nợ quá hạn. Trong năm, phối hợp giải ngân 9.200 triệu đồng cho 215 lượt hộ.
3. Các hoạt động khác
Tổ chức 18 cuộc tập huấn cho 640 lượt hội viên; vận động 2 tổ hợp tác trồng xoài liên kết tiêu thụ.
Phần thứ hai
PHƯƠNG HƯỚNG NHIỆM VỤ NĂM 2026
Kết nạp 120 hội viên; 80% chi hội đạt vững mạnh; duy trì không có nợ quá hạn.
Nơi nhận: - HND tỉnh; - Đảng ủy xã; - Lưu.
TM. BAN THƯỜNG VỤ
CHỦ TỊCH
Trần Văn Tỏ
""",
        "expected": [
            ("associations", 17, "30112", 2025),
            ("members", 2845, "30112", 2025),
            ("new_members", 64, "30112", 2025),
            ("new_members", 131, "30112", 2025),
            ("loan_balance", 38_650_000_000, "30112", 2025),
            ("borrowing_households", 812, "30112", 2025),
        ],
    },
    {
        "name": "thuanhoa_ccb_after_merger_2025",
        "url": "https://hue-news.vn/chinh-tri/hoi-ccb-phuong-thuan-hoa-on-dinh-to-chuc-158211.html",
        "text": """\
HUẾ NEWS
Chính trị | Xã hội | Văn hóa - Du lịch | Đời sống
Cập nhật 16:05, 18/09/2025
Hội CCB phường Thuận Hóa ổn định tổ chức, giữ vững nền nếp sinh hoạt
Ngày 17/9, Hội Cựu chiến binh phường Thuận Hóa tổ chức hội nghị Ban Chấp hành mở rộng, đánh giá hoạt động sau hai tháng vận hành theo mô hình mới.
Hội CCB phường được thành lập trên cơ sở hợp nhất Hội CCB 5 phường trước đây. Trước sắp xếp có 5 cơ sở hội, 41 chi hội; hiện hội có 1.426 hội viên, sinh hoạt tại 38 chi hội tổ dân phố.
Hội CCB phường đang quản lý dư nợ ủy thác 32,7 tỷ đồng với 690 hộ vay, tỷ lệ nợ quá hạn 0,05%. Quỹ hội do hội viên đóng góp đạt 410 triệu đồng, giúp 52 hội viên vay làm ăn.
Dịp Quốc khánh 2/9, Hội tặng 60 suất quà cho hội viên là thương binh, bệnh binh, nạn nhân chất độc da cam.
Ông Nguyễn Văn Thọ, Chủ tịch Hội CCB phường (thứ hai từ trái) trao quà cho hội viên. Ảnh: T.H
Thanh Hải
""",
        "expected": [
            ("members", 1426, "19786", 2025),
            ("associations", 38, "19786", 2025),
            ("loan_balance", 32_700_000_000, "19786", 2025),
            ("borrowing_households", 690, "19786", 2025),
        ],
    },
    {
        "name": "national_ccb_2024",
        "url": "https://cuuchienbinh-news.vn/tin-tuc/tong-ket-cong-tac-hoi-nam-2024-31882",
        "text": """\
BÁO ĐIỆN TỬ CỰU CHIẾN BINH
Thời sự | Hoạt động Hội | Gương sáng | Pháp luật | Bạn đọc
Thứ Bảy, 28/12/2024 09:00
Trung ương Hội CCB Việt Nam tổng kết công tác Hội năm 2024
Ngày 27/12, tại Hà Nội, Ban Chấp hành Trung ương Hội Cựu chiến binh Việt Nam tổ chức hội nghị tổng kết công tác Hội năm 2024, triển khai nhiệm vụ năm 2025.
Theo báo cáo, năm 2024 toàn Hội kết nạp 58.210 hội viên, nâng tổng số hội viên lên 3.108.540; trong đó 2.402.115 hội viên là CCB, còn lại là cựu quân nhân. 98,6% cơ sở hội hoàn thành tốt nhiệm vụ trở lên.
Các cấp Hội quản lý dư nợ ủy thác Ngân hàng CSXH 44.380 tỷ đồng, với 1.021.450 hộ còn dư nợ, tăng 3.260 tỷ đồng so với năm 2023. Hội viên CCB đã góp hơn 1.400 tỷ đồng, hiến gần 2,7 triệu m2 đất xây dựng nông thôn mới.
Năm 2025, toàn Hội phấn đấu kết nạp 50.000 hội viên, tập trung chuẩn bị đại hội các cấp.
Đại biểu dự hội nghị. Ảnh: Hữu Nghị
Văn Hùng
""",
        "expected": [
            ("new_members", 58210, None, 2024),
            ("members", 3108540, None, 2024),
            ("loan_balance", 44_380_000_000_000, None, 2024),
            ("borrowing_households", 1021450, None, 2024),
        ],
    },
    {
        "name": "laocai_hoi_quan_chung_2024",
        "url": "https://laocai-dcs.vn/dan-van/nang-cao-chat-luong-hoat-dong-cac-hoi-quan-chung-7714",
        "text": """\
ĐẢNG BỘ TỈNH LÀO CAI
Xây dựng Đảng | Dân vận | Tuyên giáo | Nội chính
Thứ Tư, 06/11/2024
Nâng cao chất lượng hoạt động các hội quần chúng
Những năm qua, Ban Dân vận Tỉnh ủy Lào Cai thường xuyên tham mưu cấp ủy lãnh đạo, chỉ đạo hoạt động của các hội quần chúng, nhất là các hội được Đảng, Nhà nước giao nhiệm vụ.
Theo số liệu của Ban Dân vận Tỉnh ủy, toàn tỉnh hiện có 412 hội quần chúng, trong đó 28 hội cấp tỉnh, 96 hội cấp huyện và 288 hội cấp xã. Hội Người cao tuổi tỉnh có 72.300 hội viên; Hội Chữ thập đỏ có 48.150 hội viên, duy trì 1.260 tình nguyện viên chữ thập đỏ thường xuyên.
Hằng năm, các hội vận động hàng chục tỷ đồng cho các hoạt động nhân đạo, khuyến học; riêng năm 2023, Hội Chữ thập đỏ các cấp vận động được 21,5 tỷ đồng tiền mặt và hàng hóa.
Thời gian tới, tỉnh sẽ rà soát, sắp xếp các hội có chức năng, nhiệm vụ tương đồng.
Lương Thị Hoa
""",
        "expected": [
            ("associations", 412, "L10", 2024),
            ("members", 72300, "L10", 2024),
            ("members", 48150, "L10", 2024),
        ],
    },
    {
        "name": "camau_quy_htnd_no_figures_2025",
        "url": "https://camau-tintuc.vn/nong-nghiep/giai-ngan-quy-ho-tro-nong-dan-tai-dam-doi-a99123.html",
        "text": """\
Nông nghiệp | Kinh tế | Xã hội | Thời sự
Thứ Sáu, 14/11/2025
Giải ngân Quỹ Hỗ trợ nông dân tại xã Đầm Dơi
Sáng 13/11, Hội Nông dân tỉnh Cà Mau phối hợp Hội Nông dân xã Đầm Dơi tổ chức giải ngân 3,5 tỷ đồng vốn Quỹ Hỗ trợ nông dân cho 70 hộ hội viên thực hiện dự án nuôi tôm sinh thái dưới tán rừng. Mỗi hộ được vay 50 triệu đồng, thời hạn 36 tháng.
Trước khi giải ngân, Hội Nông dân xã đã phối hợp Trạm khuyến nông tập huấn kỹ thuật cho 150 hội viên về quy trình nuôi tôm ít thay nước, quản lý môi trường ao đầm.
Tổng nguồn Quỹ Hỗ trợ nông dân tỉnh hiện đạt 82 tỷ đồng, đang cho hơn 1.600 hộ vay thực hiện 96 dự án tổ, nhóm hộ.
Hội viên nhận vốn vay Quỹ Hỗ trợ nông dân. Ảnh: H.V
Hoàng Vũ
""",
        "expected": [],
    },
]
