"""The words the extractor knows, as regular expressions on the folded text (see fold.py).

Everything here is lower case, NFC, with tone marks in the old placement ("ủy", "hòa") and "-" for
every dash, because that is what fold() produces. Each list says what a match means; the rules
that combine them live in extractor.py.
"""

from __future__ import annotations

import re

B = r"(?<!\w)"  # word start
E = r"(?!\w)"  # word end


def words(*alternatives: str) -> str:
    """One alternation of whole words or phrases (a phrase's spaces match any run of spaces)."""
    alts = sorted(alternatives, key=len, reverse=True)
    return B + "(?:" + "|".join(a.replace(" ", r"\s+") for a in alts) + ")" + E


# Organizations -------------------------------------------------------------------------------------
# Several organizations named together are one 'combined' figure (never split by guess). Listed
# before the single organizations so the longer phrase wins.
ORGANIZATIONS: list[tuple[str, re.Pattern]] = [
    (
        "combined",
        re.compile(
            words(
                "mttq và các đoàn thể",
                "mttq và cđt",
                "mttq, các đoàn thể",
                "mttq và các tổ chức chính trị - xã hội",
                "mttq, các tổ chức chính trị - xã hội",
                "mặt trận và các đoàn thể",
                "mặt trận tổ quốc và các đoàn thể",
                "mặt trận tổ quốc việt nam và các đoàn thể",
                "các đoàn thể chính trị - xã hội",
                "các đoàn thể",
                "các hội đoàn thể",
                "các hội, đoàn thể",
                "hội, đoàn thể",
                "các tổ chức chính trị - xã hội",
                "các tổ chức hội, đoàn thể",
                "các tổ chức chính trị xã hội",
                "4 tổ chức chính trị - xã hội",
                "bốn tổ chức chính trị - xã hội",
                "4 tổ chức hội",
                "4 hội, đoàn thể",
                "4 hội đoàn thể",
                "4 tổ chức chính trị xã hội",
                "các tổ chức nhận ủy thác",
                "các hội nhận ủy thác",
                "cđt",
                "hệ thống chính trị",
            )
        ),
    ),
    (
        "hoi_lhpn",
        re.compile(
            words(
                "hội liên hiệp phụ nữ",
                "hội lh phụ nữ",
                "hội lhpn",
                "hlhpn",
                "hội phụ nữ",
                "phụ nữ các cấp",
                "hội viên phụ nữ",
            )
        ),
    ),
    ("hoi_nd", re.compile(words("hội nông dân", "hội nd", "hnd", "hội viên nông dân", "nông dân các cấp"))),
    (
        "hoi_ccb",
        re.compile(words("hội cựu chiến binh", "hội ccb", "cựu chiến binh", "hội viên ccb")),
    ),
    (
        "doan_tn",
        re.compile(
            words(
                "đoàn thanh niên",
                "đoàn tncs",
                "đoàn tn",
                "tỉnh đoàn",
                "thành đoàn",
                "huyện đoàn",
                "quận đoàn",
                "thị đoàn",
                "đoàn viên thanh niên",
                "cơ sở đoàn",
                "tổ chức đoàn",
                "các cấp bộ đoàn",
                "cấp bộ đoàn",
                "chi đoàn",
                "đoàn xã",
                "đoàn phường",
            )
        ),
    ),
    (
        "cong_doan",
        re.compile(
            words(
                "liên đoàn lao động",
                "lđlđ",
                "công đoàn",
                "cđcs",
                "công đoàn cơ sở",
                "đoàn viên công đoàn",
            )
        ),
    ),
    (
        "mttq",
        re.compile(words("mặt trận tổ quốc", "ủy ban mặt trận", "ubmttq", "mttq", "mặt trận")),
    ),
    (
        "hoi_qc",
        re.compile(
            words(
                "hội quần chúng",
                "hội đặc thù",
                "hội người cao tuổi",
                "hội chữ thập đỏ",
                "hội khuyến học",
                "hội luật gia",
                "hội cựu thanh niên xung phong",
                "hội nạn nhân chất độc da cam",
                "hội người mù",
                "hội làm vườn",
                "hội sinh vật cảnh",
                "hội cựu giáo chức",
                "hội bảo trợ",
                "hội văn học nghệ thuật",
                "hội nhà báo",
                "hội doanh nhân",
                "hội doanh nghiệp",
                "hội người khuyết tật",
                "tổ chức hội",
            )
        ),
    ),
]

# Indicator nouns right after a number -----------------------------------------------------------
# (family, noun-bound organization or None). The family decides which rule reads the figure.
_HOI_NOT_ASSOCIATION = (
    "nghị|thảo|thi|diễn|chợ|trại|viên|đồng|họp|nhập|tụ|đủ|ý|khỏe|làng|xuân|thao|sở|quán|phí|giảng|"
    "báo|chẩn|đàm|ngộ|hè|hoa|văn|nghệ|lim|gióng|đua|liên hiệp|nông dân|phụ nữ|cựu chiến binh|ccb|lhpn|nd"
)
NOUNS: list[tuple[str, str | None, re.Pattern]] = [
    ("member", "combined", re.compile(r"(?:đoàn viên,?\s*hội viên|hội viên,?\s*đoàn viên)" + E)),
    ("member", "cong_doan", re.compile(r"đoàn viên\s+công đoàn" + E)),
    ("member", "doan_tn", re.compile(r"đoàn viên\s+thanh niên" + E)),
    ("member", "hoi_lhpn", re.compile(r"hội viên\s+phụ nữ" + E)),
    ("member", "hoi_nd", re.compile(r"hội viên\s+nông dân" + E)),
    ("member", "hoi_ccb", re.compile(r"hội viên\s+(?:cựu chiến binh|ccb)" + E)),
    ("member", "hoi_qc", re.compile(r"hội viên\s+(?:người cao tuổi|chữ thập đỏ|khuyến học)" + E)),
    ("member", None, re.compile(r"(?:hội viên|đoàn viên)" + E)),
    ("member", None, re.compile(r"người\s+là\s+(?:hội viên|đoàn viên)" + E)),
    ("special", "hoi_qc", re.compile(r"(?:tổ chức\s+)?hội\s+(?:có tính chất\s+)?đặc thù" + E)),
    ("assoc", "cong_doan", re.compile(r"(?:công đoàn cơ sở|cđcs)" + E)),
    (
        "assoc",
        "doan_tn",
        re.compile(r"(?:tổ chức cơ sở đoàn|cơ sở đoàn|chi đoàn|đoàn\s+(?:xã|phường|thị trấn))" + E),
    ),
    ("assoc", "hoi_qc", re.compile(r"hội\s+quần chúng" + E)),
    (
        "assoc",
        None,
        # not the verb: "… tổ chức hội nghị, hội thi, hội thảo"
        re.compile(
            r"(?:tổ chức\s+cơ sở\s+hội|tổ chức\s+hội(?!\s+(?:nghị|thi|thảo|diễn|chợ|trại))|cơ sở\s+hội|"
            r"hội\s+cơ sở|chi hội)" + E
        ),
    ),
    ("assoc_bare", None, re.compile(r"hội(?!\s+(?:" + _HOI_NOT_ASSOCIATION + r")" + E + r")" + E)),
    ("form_clb", None, re.compile(r"câu lạc bộ" + E)),
    ("form_bdd", None, re.compile(r"ban đại diện" + E)),
    ("dvk", None, re.compile(r"(?:mô hình,?\s*điển hình|mô hình|điển hình)" + E)),
    (
        "savings",
        None,
        re.compile(r"tổ\s+(?:tiết kiệm\s+(?:và\s+)?vay vốn|tk\s*&\s*vv|tk\s+và\s+vv|tkvv)" + E),
    ),
    ("turns", None, re.compile(r"lượt" + E)),
    ("household", None, re.compile(r"(?:hộ|khách hàng)" + E)),
    ("unit", None, re.compile(r"tổ chức" + E)),  # "24 tổ chức": only inside a breakdown
    ("people", None, re.compile(r"người" + E)),
]
FAMILY_INDICATOR = {
    "member": "members",
    "special": "special_associations",
    "assoc": "associations",
    "assoc_bare": "associations",
    "form_clb": "associations",
    "form_bdd": "associations",
    "dvk": "dvk_models",
    "savings": "savings_groups",
    "household": "borrowing_households",
    "money": "loan_balance",
}
# Which families a child figure ("cấp tỉnh: 24 tổ chức") may take its parent from.
CHILD_OF = {
    "unit": ("assoc", "assoc_bare", "special", "new_assoc"),
    "assoc_bare": ("assoc", "assoc_bare", "special", "new_assoc"),
    "assoc": ("assoc", "assoc_bare", "new_assoc"),
    "dvk": ("dvk",),
    "people": ("member",),
    "member": ("member",),
    "household": ("household",),
    "savings": ("savings",),
    None: ("assoc", "assoc_bare", "special", "new_assoc", "dvk", "member", "household", "savings", "money"),
    "money": ("money",),
}

# A label before the number names the indicator: "tổng số hội viên … là 98.540", "hội đặc thù: 18".
LABELS: list[tuple[str, re.Pattern]] = [
    ("special", re.compile(r"hội\s+(?:có tính chất\s+)?đặc thù\s*:\s*$")),
    ("member", re.compile(B + r"(?:tổng\s+)?số\s+(?:lượng\s+)?(?:hội viên|đoàn viên)" + E)),
    ("member", re.compile(B + r"(?:hội viên|đoàn viên)\s*:\s*$")),
    # "Đoàn viên, hội viên các đoàn thể toàn huyện đạt 71.250 người"
    ("member", re.compile(B + r"(?:hội viên|đoàn viên)(?!\s+mới)[^.;:\d]{0,45}?\s(?:đạt|là|lên|gồm)\s+$")),
    ("assoc", re.compile(B + r"(?:tổng\s+)?số\s+(?:tổ chức hội|chi hội|cơ sở hội|hội cơ sở)" + E)),
    ("assoc", re.compile(B + r"(?:tổ chức hội|chi hội|cơ sở hội|hội cơ sở)\s*:\s*$")),
    # "Hội viên mới kết nạp trong năm 2023: 1.020", "Kết nạp mới: 1.020"
    (
        "new_member",
        re.compile(B + r"(?:(?:hội viên|đoàn viên)\s+mới[^.;:]{0,40}?|kết nạp(?:\s+mới)?)\s*:\s*$"),
    ),
    ("household", re.compile(B + r"(?:tổng\s+)?số\s+(?:hộ|khách hàng)\s+(?:còn\s+)?(?:dư nợ|vay)" + E)),
    ("dvk", re.compile(B + r"(?:tổng\s+)?số\s+(?:mô hình|điển hình)" + E)),
]

# Cues before a member count, nearest wins ---------------------------------------------------------
NEW_CUE = re.compile(
    words(
        "kết nạp",
        "kết nạp mới",
        "kết nạp được",
        "kết nạp thêm",
        "thu nạp",
        "phát triển mới",
        "phát triển thêm",
        "phát triển mới được",
        "kết nạp mới được",
    )
)
GROW_CUE = re.compile(words("phát triển", "phát triển được"))  # new or total: decided by context
STOCK_CUE = re.compile(
    words(
        "hiện có",
        "có",
        "với",
        "gồm",
        "bao gồm",
        "tổng số",
        "tổng cộng",
        "tập hợp",
        "tập hợp được",
        "thu hút",
        "thu hút được",
        "quy tụ",
        "quản lý",
        "sinh hoạt",
        "lên",
        "là",
        "đạt",
        "còn",
        "tại",
        "ở",
        "trong",
        "đại diện cho",
        "thay mặt",
        "thay mặt cho",
    )
)
REJECT_CUE = re.compile(
    words(
        "lượt",
        "cho",
        "hỗ trợ",
        "giúp",
        "giúp đỡ",
        "thăm",
        "thăm hỏi",
        "tặng",
        "trao",
        "tuyên truyền",
        "tập huấn",
        "bồi dưỡng",
        "khám",
        "vận động",
        "khen thưởng",
        "biểu dương",
        "tôn vinh",
        "giới thiệu",
        "đào tạo",
        "dạy nghề",
        "xét",
        "phân loại",
        "đánh giá",
        "xếp loại",
        "tăng",
        "giảm",
        "tăng thêm",
        "chiếm",
        "trong số",
        "trên tổng số",
        "củng cố",
        "kiện toàn",
        "giải thể",
        "sáp nhập",
        "hợp nhất",
        "tham quan",
        "học tập",
        "nhân rộng",
        "khảo sát",
        "kiểm tra",
        "giám sát",
        "đối thoại",
        "tiếp xúc",
        "thu hồi",
        "xử lý",
        "tăng trưởng",
        "nhiều hơn",
        "cao hơn",
        "thấp hơn",
        "ít hơn",
        "bình quân",
        "trung bình",
        "mỗi",
        "một trong",
        "một trong số",
        "tham dự có",
        "dự có",
        "lựa chọn",
        "chọn",
    )
)
NEW_ASSOC_CUE = re.compile(
    words("thành lập", "thành lập mới", "thành lập được", "thành lập thêm", "ra mắt", "thêm", "có thêm")
)

# Words right after the noun -------------------------------------------------------------------------
MEMBER_AFTER_NEW = re.compile(r"^\s*(?:mới|được kết nạp|được phát triển mới)" + E)
MEMBER_AFTER_REJECT = re.compile(
    r"^\s*,?\s*(?:nghèo|cận nghèo|khó khăn|có hoàn cảnh|hoàn cảnh|tiêu biểu|xuất sắc|sản xuất|giỏi|nòng cốt|"
    r"ưu tú|tham gia|tham dự|dự|được(?!\s+kết nạp|\s+phát triển)|thoát nghèo|vay|bị|nữ|trẻ|là|"
    r"đạt|chưa|không|đã được|thanh niên|tình nguyện|lao động|công nhân|cán bộ|dân tộc|có thành tích|"
    r"có|đăng ký|cam kết|tự nguyện|ủng hộ|đóng góp|mắc|gặp|đang hưởng|hưởng|từng|cài đặt|sử dụng|"
    r"(?:trên|từ|dưới)\s+\d+\s+tuổi)" + E
)
ASSOC_AFTER_NEW = re.compile(r"^\s*(?:được\s+)?(?:thành lập mới|mới thành lập|thành lập|mới|ra đời)" + E)
# After a count: an achievement against a plan, not a quality of the people counted.
AFTER_ACHIEVED = re.compile(r"^\s*,\s*(?:đạt|vượt|bằng)\s+(?:\d|kế hoạch|chỉ tiêu)")
# Members who borrow: "26.306 hội viên đang vay vốn" (borrowers of the entrusted loans).
MEMBER_BORROWING = re.compile(r"^\s*(?:đang\s+)?(?:vay vốn|còn dư nợ|đang có dư nợ|có dư nợ)" + E)
# One savings group's own figures ("tổ hiện quản lý 2,8 tỷ đồng với 54 hộ vay"), not an organization's.
ONE_GROUP = re.compile(
    r"\b(?:mỗi\s+)?tổ\s+(?:hiện\s+|đang\s+|đã\s+)?(?:quản lý|có|cho vay)\b|làm tổ trưởng"
    r"|\btổ\s+(?:tiết kiệm và vay vốn|tk\s*&\s*vv|tkvv)\s+(?:thôn|ấp|buôn|bản|xóm|khu|tổ dân phố|khối)\b"
)
ASSOC_AFTER_REJECT = re.compile(
    r"^\s*(?:đạt|xếp loại|được xếp|được đánh giá|được công nhận|vững mạnh|khá|yếu|hoàn thành|tham gia|"
    r"điểm|tổ chức|chưa|không|giải thể|bị|ngừng|có|nghề nghiệp)" + E
)
HOUSEHOLD_LOAN_AFTER = re.compile(
    r"^(?:\s+\S+){0,5}?\s+(?:còn dư nợ|có dư nợ|đang còn dư nợ|đang vay|đang vay vốn|vay vốn|được vay|vay|hộ vay|"
    r"còn nợ|dư nợ)" + E
)
HOUSEHOLD_STRONG = re.compile(r"còn dư nợ|có dư nợ|đang vay|hộ vay|dư nợ")
HOUSEHOLD_REJECT_AFTER = re.compile(r"^\s*(?:thoát nghèo|được hỗ trợ|được giúp|được tặng|được thăm)" + E)
HOUSEHOLD_REJECT_BEFORE = re.compile(words("lượt", "giải ngân", "cho vay mới", "thoát nghèo", "doanh số"))

# Money: the nearest keyword before an amount decides what it is --------------------------------------
# The overdue ratio's label before a percentage: "tỷ lệ nợ quá hạn (chỉ) 0,12%", "nợ quá hạn …
# chiếm 0,12%" (the share of the balance).
OVERDUE_RATIO = re.compile(
    r"tỷ lệ\s+(?:nợ quá hạn|nqh)(?:\s+\w+){0,10}?[\s:,]*(?:là|ở mức|chỉ|còn|đạt)?\s*(?:có\s+)?$"
    r"|(?:nợ quá hạn|nqh)[^;%]{0,45}(?P<share>chiếm)(?:\s+tỷ lệ)?\s*(?:là\s*)?$"
)
# The head noun right after an amount names it: "412 tỷ đồng dư nợ ủy thác", "1,2 tỷ đồng nợ quá hạn".
_HEAD_BALANCE = r"(?:tổng\s+)?dư nợ(?!\s+quá hạn)(?:\s+ủy thác)?|(?:nguồn\s+)?vốn\s+ủy thác"
MONEY_HEAD_AFTER = re.compile(
    r"\s*(?:(?P<loan_balance>" + _HEAD_BALANCE + r")|(?P<overdue_loans>(?:dư\s+)?nợ quá hạn))(?!\w)"
)
# The plan's own number inside an achievement: "đạt 124,6% chỉ tiêu được giao là 1.000", "vượt 7,3%
# so với chỉ tiêu nghị quyết là 2.000", "đạt 69,7% kế hoạch năm (600 hội viên)", "chỉ tiêu (2.000".
TARGET_VALUE = re.compile(
    r"(?:chỉ tiêu|kế hoạch|mục tiêu)"
    # words about the plan only (who set it), never the counted thing ("…, tổng số hội viên là")
    r"(?:(?!hội viên|đoàn viên|chi hội|cơ sở|mô hình|dư nợ|\bhộ\b|tổng số|hiện có)[^.;()\d%]){0,45}?"
    r"\s*(?:là|:|\(|đề ra là|giao là)\s*(?:hơn|trên|khoảng)?\s*$"
)
# A part of members that is a sub-population, not an organization's or a unit's total: "… đoàn viên
# là người đồng bào dân tộc", "… hội viên từ 80 tuổi trở lên", "… là đảng viên", "… có đạo".
SUBPOPULATION = re.compile(
    r"\s*(?:là\s+|người\s+|có\s+|thuộc\s+)*(?:đồng bào|dân tộc|đảng viên|nữ|có đạo|theo đạo|công giáo|phật giáo|"
    r"tôn giáo|từ\s+\d+\s+tuổi|trên\s+\d+\s+tuổi|dưới\s+\d+\s+tuổi|cao tuổi|cựu quân nhân|"
    r"cựu chiến binh|khmer|mông|thái|tày|nùng|dao|chăm|ê đê|gia rai|jrai|ba na|xơ đăng|từng|đang hưởng|là\s)"
)
# Where a web page's own article ends and the links to others begin (their titles carry figures too).
RELATED_NEWS = re.compile(
    r"^\s*(?:tin liên quan|tin cùng chuyên mục|tin khác|tin cũ hơn|tin mới hơn|bài viết liên quan|"
    r"các tin khác|xem thêm|đọc thêm|tin bài liên quan)\s*:?\s*$",
    re.MULTILINE,
)
# The bank's whole balance (every channel, not only the organizations'): "tổng dư nợ của Chi nhánh
# Ngân hàng CSXH tỉnh", "dư nợ tại Phòng giao dịch … huyện", "dư nợ toàn chi nhánh".
BANK_AFTER_KEY = re.compile(  # matched right after the balance word
    r"\s*(?:các chương trình tín dụng chính sách\s+|tín dụng chính sách\s+)?(?:của|tại|toàn)\s+"
    r"(?:chi nhánh|phòng giao dịch)"
)
BANK_BEFORE_KEY = re.compile(r"(?:chi nhánh|phòng giao dịch)[^,;.]{0,40}(?:có\s+)?(?:tổng\s+)?$")
# The bank's whole: "toàn chi nhánh", "của chi nhánh", "tại phòng giao dịch".
BANK_WIDE = re.compile(r"toàn chi nhánh|(?:của|tại)\s+(?:chi nhánh|phòng giao dịch)|tín dụng chính sách toàn")
# One loan programme's balance, a part of the whole: "riêng chương trình cho vay hộ nghèo có dư nợ".
PROGRAMME = re.compile(
    r"\b(?:riêng\s+)?chương trình\s+(?:cho vay\s+)?(?:hộ nghèo|hộ cận nghèo|nước sạch|học sinh|giải quyết việc làm|nhà ở|hộ mới thoát nghèo|sản xuất kinh doanh)"
)
# A report's section headings: its plans ("II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "Phần II: Nhiệm vụ
# trọng tâm …") and its results ("I. KẾT QUẢ …").
_NUMBERING = r"(?:(?:phần\s+)?(?:[ivx]+|\d+|[a-d])\s*[.):-]\s*)?"
PLAN_HEADING = re.compile(
    r"(?:phần\s+)?(?:[ivx]+|\d+|[a-d])\s*[.):-]\s*(?:phương hướng|nhiệm vụ(?:,)?\s+(?:trọng tâm|năm|\d+\s+tháng|giải pháp)|kế hoạch năm|"
    r"mục tiêu(?:,)?\s+(?:nhiệm vụ|năm)|chỉ tiêu năm)"
)
RESULTS_HEADING = re.compile(_NUMBERING + r"(?:kết quả|tình hình|đặc điểm|đánh giá|phụ lục|biểu)")
# First words of a capitalized phrase before a number that is never a unit's bare name.
NOT_A_NAME = frozenset(
    [
        "hội",
        "đoàn",
        "công",
        "mặt",
        "ban",
        "ủy",
        "chi",
        "câu",
        "quỹ",
        "ngân",
        "phòng",
        "sở",
        "các",
        "những",
        "theo",
        "tính",
        "đến",
        "trong",
        "sau",
        "trước",
        "năm",
        "tháng",
        "quý",
        "riêng",
        "cụ",
        "hiện",
        "tổng",
        "toàn",
        "dự",
        "tham",
        "ngày",
        "sáng",
        "chiều",
        "tối",
        "có",
        "với",
        "là",
        "đạt",
        "gồm",
        "tỉnh",
        "huyện",
        "xã",
        "phường",
        "quận",
        "ông",
        "bà",
        "anh",
        "chị",
    ]
)
# A table row that is no unit of its own: "Các xã còn lại", "Đơn vị khác", "Còn lại".
REMAINDER_ROW = re.compile(
    r"\s*(?:các\s+(?:\S+\s+){0,2}còn lại|còn lại|(?:các\s+)?(?:đơn vị|xã|huyện)\s+khác|khác)\b"
)
UNIT_WORDS = frozenset(["tỉnh", "huyện", "xã", "phường", "quận"])  # a unit's own name starts so
# Before a merger of units: "trước sắp xếp, hai tỉnh có 61 hội" (what is no longer so), unless the
# clause goes on to what there is now ("…, nay còn 18", "sau sắp xếp").
BEFORE_MERGER = re.compile(r"\btrước\s+(?:khi\s+|thời điểm\s+)?(?:sắp xếp|sáp nhập|hợp nhất|tổ chức lại)")
AFTER_MERGER = re.compile(r"\b(?:sau\s+(?:khi\s+)?(?:sắp xếp|sáp nhập|hợp nhất)|hiện nay|nay|hiện|còn lại)\b")
# A balance word spoiled by what comes just before it: a change or an average, not the balance.
MONEY_KEY_SPOILED = re.compile(r"(?:tăng trưởng|tăng|giảm|bình quân|trung bình|mỗi)\s+(?:\S+\s+){0,3}$")
# An item of a bulleted list ("- Hội Nông dân: …").
BULLET = re.compile(r"\s*[-–•+*]\s")
# A sentence that details the one before: "Cụ thể, …", "Trong đó, …", "Riêng …", "Gồm: …".
DETAILS_START = re.compile(r"\s*[-–•+]?\s*(?:cụ thể|trong đó|riêng|gồm|bao gồm|chia ra|phân theo)\b")
MONEY_KEYS: list[tuple[str, re.Pattern]] = [
    ("overdue_loans", re.compile(words("nợ quá hạn", "dư nợ quá hạn"))),
    (
        "loan_balance",
        re.compile(
            words(
                "dư nợ",
                "tổng dư nợ",
                "vốn ủy thác",
                "nguồn vốn ủy thác",
                "ủy thác",
                "dư nợ ủy thác",
                # "dư nợ cho vay (qua Hội …)": a balance, though "cho vay" alone is lending
                "dư nợ cho vay",
                "dư nợ vốn vay",
            )
        ),
    ),
    (
        "",
        re.compile(
            words(
                "doanh số",
                "giải ngân",
                "cho vay",
                "cho vay mới",
                "thu nợ",
                "tăng",
                "giảm",
                "tăng trưởng",
                "hỗ trợ",
                "giúp nhau",
                "giúp đỡ",
                "ủng hộ",
                "trị giá",
                "tổng trị giá",
                "quỹ",
                "tiết kiệm",
                "gửi",
                "huy động",
                "vốn vay",
                "kinh phí",
                "số tiền",
                "đóng góp",
                "giá",
                "tài trợ",
                "bảo lãnh",
                "tín chấp",
                "nợ xấu",
                "lãi",
                "thu nhập",
                "doanh thu",
                "lợi nhuận",
                "tổng nguồn vốn",
                "mức",
                "bình quân",
                "trung bình",
                "chiếm",
                "đạt tỷ lệ",
                "so với",
                "cao hơn",
                "thấp hơn",
                "nhiều hơn",
                "ít hơn",
            )
        ),
    ),
]
NHCSXH = re.compile(
    words("ngân hàng chính sách xã hội", "ngân hàng chính sách", "nhcsxh", "nhcs", "ủy thác", "vbsp")
)
OTHER_LENDER = re.compile(
    words(
        "agribank",
        "ngân hàng nông nghiệp",
        "ngân hàng nông nghiệp và phát triển nông thôn",
        "nn&ptnt",
        "nn và ptnt",
        "ngân hàng thương mại",
        "quỹ hỗ trợ nông dân",
        "quỹ htnd",
        "quỹ hỗ trợ phụ nữ",
        "quỹ hỗ trợ hội viên",
        "quỹ tín dụng",
        "quỹ tín dụng nhân dân",
        "tài chính vi mô",
        "quỹ xoay vòng",
        "quỹ tiết kiệm",
        "vietinbank",
        "vietcombank",
        "bidv",
        "lienvietpostbank",
        "lpbank",
        "sacombank",
        "tín chấp",
        "quỹ cep",
        "quỹ trợ vốn",
    )
)

# Dân vận khéo --------------------------------------------------------------------------------------
DVK = re.compile(words("dân vận khéo", "dvk"))
DVK_NOT = re.compile(
    r"^\s*(?:kinh tế|tự quản|sinh kế|chăn nuôi|trồng|sản xuất|câu lạc bộ|tổ hợp tác|hợp tác xã|"
    r"an toàn|điểm|mẫu|nông thôn|đô thị|du lịch|khởi nghiệp|giảm nghèo)" + E
)
CUMULATIVE_CUE = re.compile(words("lũy kế", "từ khi phát động", "từ khi triển khai", "tổng số", "đến nay"))

# Breakdowns (data/reference/breakdowns.csv) --------------------------------------------------------
BREAKDOWNS: list[tuple[str, re.Pattern]] = [
    ("field:kinh_te", re.compile(words("kinh tế", "lĩnh vực kinh tế", "phát triển kinh tế"))),
    (
        "field:van_hoa_xa_hoi",
        re.compile(
            words(
                "văn hóa - xã hội", "văn hóa, xã hội", "văn hóa xã hội", "văn hóa – xã hội", "vh-xh", "vhxh"
            )
        ),
    ),
    (
        "field:quoc_phong_an_ninh",
        re.compile(
            words(
                "quốc phòng - an ninh",
                "quốc phòng, an ninh",
                "quốc phòng an ninh",
                "an ninh - quốc phòng",
                "an ninh quốc phòng",
                "qp-an",
                "qpan",
                "an ninh trật tự",
            )
        ),
    ),
    (
        "field:xay_dung_he_thong_chinh_tri",
        re.compile(
            words(
                "xây dựng hệ thống chính trị", "hệ thống chính trị", "xây dựng htct", "htct", "xây dựng đảng"
            )
        ),
    ),
    ("level:province", re.compile(words("cấp tỉnh", "cấp thành phố trực thuộc trung ương"))),
    ("level:district", re.compile(words("cấp huyện", "cấp quận", "cấp thị xã"))),
    ("level:commune", re.compile(words("cấp xã", "cấp cơ sở", "cấp phường", "cơ sở"))),
    ("type:tap_the", re.compile(words("tập thể", "mô hình tập thể"))),
    ("type:ca_nhan", re.compile(words("cá nhân", "điển hình cá nhân"))),
]
CHILD_ZONE = re.compile(
    words("trong đó", "gồm", "bao gồm", "chia ra", "cụ thể", "cụ thể là", "riêng") + r"|\("
)

# Qualifiers: the word right before the number -------------------------------------------------------
QUALIFIER = re.compile(
    r"(?:^|\s)(hơn|trên|gần|khoảng|đạt|xấp xỉ|ước|ước đạt|ước tính|chừng|ngót|gần như|tới|lên tới|lên đến)\s*$"
)
QUALIFIER_CANON = {
    "hơn": "hơn",
    "trên": "trên",
    "gần": "gần",
    "khoảng": "khoảng",
    "đạt": "đạt",
    "xấp xỉ": "khoảng",
    "ước": "khoảng",
    "ước đạt": "khoảng",
    "ước tính": "khoảng",
    "chừng": "khoảng",
    "ngót": "gần",
    "gần như": "gần",
    "tới": "",
    "lên tới": "",
    "lên đến": "",
}

# Traps ----------------------------------------------------------------------------------------------
# A plan or target anywhere earlier in the sentence makes every later number a target, except when
# the plan word only measures an achievement ("đạt 105% kế hoạch", "vượt chỉ tiêu").
PLAN_SENTENCE = re.compile(
    words(
        "phấn đấu",
        "chỉ tiêu",
        "mục tiêu",
        "dự kiến",
        "đề ra",
        "dự báo",
        "định hướng",
        "sẽ",
        "đề nghị",
        "yêu cầu",
        "đăng ký thi đua",
        "tiến tới",
        "giao chỉ tiêu",
        "phương hướng",
        "nhiệm vụ năm",
        "theo kế hoạch",
        "kế hoạch năm",
    )
)
PLAN_CLAUSE = re.compile(words("kế hoạch"))  # "chương trình tín dụng" is no plan
PLAN_EXCUSED = re.compile(r"(?:đạt|vượt|so với|bằng|hoàn thành|theo)\s+(?:\S+\s+){0,3}$")
DOCUMENT_WORD = re.compile(
    words(
        "chỉ thị",
        "nghị quyết",
        "quyết định",
        "kết luận",
        "nghị định",
        "thông tư",
        "công văn",
        "hướng dẫn",
        "quy định",
        "thông báo",
        "luật",
        "điều",
        "khoản",
        "khóa",
        "lần",
        "lần thứ",
        "thứ",
        "số",
        "trang",
        "tờ",
        "kỳ họp",
        "đại hội",
        "hội nghị",
        "phiên",
        "top",
        "nhóm",
        "tuần",
        "mục",
        "phần",
        "chương",
        "bước",
    )
    + r"\s*$"
)
CLAUSE_BREAK = re.compile(r"[;:()]|,\s|\s-\s")
SENTENCE_CLAUSE = re.compile(r"[;]")

# Generic words that carry no place name: "toàn tỉnh", "Tỉnh ủy", "huyện". ------------------------------
GENERIC_LEVEL = {
    "tỉnh": "province",
    "thành phố": "city",
    "huyện": "district",
    "quận": "district",
    "thị xã": "district",
    "xã": "commune",
    "phường": "commune",
    "thị trấn": "commune",
    "đặc khu": "commune",
}
