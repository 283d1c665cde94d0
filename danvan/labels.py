"""Every word a user reads, in one place.

Vietnamese on screen, English in code: pages, charts, messages and the command line take their text
from here, so the vocabulary stays consistent and can be reviewed by a native reader in one file.
Names of organizations and indicators live in the registry (data/reference/*.csv).
"""

from __future__ import annotations

APP_TITLE = "Bảng chỉ số công tác dân vận"
DEMO_STAMP = "Dữ liệu minh họa"
DEMO_NOTICE = (
    "Dữ liệu minh họa: một phần số liệu trên màn hình là số liệu giả lập để trình diễn, "
    "không phải số liệu thật. Chọn «Chỉ số liệu có nguồn» để ẩn phần này."
)
DEMO_SOURCE_TITLE = "Bộ dữ liệu minh họa (số liệu giả lập, không phải số liệu thật)"
DEMO_SOURCE_PUBLISHER = "Sinh tự động bởi danvan (hạt giống cố định)"

# Periods ----------------------------------------------------------------------------------------
PERIOD_YEAR = "Năm {year}"
PERIOD_QUARTER = "Quý {q}/{year}"
PERIOD_H1 = "6 tháng đầu năm {year}"
PERIOD_H2 = "6 tháng cuối năm {year}"
PERIOD_9M = "9 tháng năm {year}"
PERIOD_MONTH = "Tháng {month}/{year}"
PERIOD_DATE = "Ngày {date}"
PERIOD_RANGE = "Giai đoạn {start}–{end}"
PERIOD_KIND = {
    "quarter": "Quý",
    "half": "6 tháng",
    "nine_months": "9 tháng",
    "year": "Năm",
}

# Comparison bases ---------------------------------------------------------------------------------
COMPARE = {
    "yoy": "so với cùng kỳ",
    "previous": "so với kỳ trước",
    "year_start": "so với đầu năm",
}

# Boundary modes and data scopes ------------------------------------------------------------------
BOUNDARY = {
    "current": "Địa giới hiện nay",
    "as_reported": "Theo đơn vị báo cáo",
}
SCOPE = {
    "all": "Tất cả số liệu",
    "sourced": "Chỉ số liệu có nguồn",
}
SOURCE_KIND = {
    "document": "Văn bản, bài viết",
    "import": "Tệp nhập",
    "demo": "Dữ liệu minh họa",
}
LEVEL = {"province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã", "national": "Toàn quốc"}
NATIONAL = "Toàn quốc"

# Qualifiers as they appear in reports ("hơn 62.170 hội viên") -------------------------------------
APPROX = {"hơn": "hơn", "trên": "trên", "gần": "gần", "khoảng": "khoảng", "đạt": "đạt"}

# Units --------------------------------------------------------------------------------------------
UNIT_LINE = "Đơn vị tính: {unit}"
MONEY_UNIT = "tỷ đồng"
MONEY_SUFFIX = "tỷ đồng"
MILLION = "triệu"
BILLION = "tỷ"

# Errors (command line and import) ------------------------------------------------------------------
ERR_PERIOD = "Kỳ «{value}» không đúng cách ghi. Dùng: 2020, 2020-Q1, 2020-H1, 2020-9M, 2020-03, 2017-08-01 hoặc 2011/2017."
ERR_PERIOD_RANGE = "Khoảng thời gian «{value}» có điểm cuối trước điểm đầu."
ERR_NO_WAREHOUSE = "Chưa có kho dữ liệu tại {path}. Chạy: python -m danvan build"
ERR_WAREHOUSE_BUSY = (
    "Kho dữ liệu {path} đang được một tiến trình khác ghi; thử lại sau khi tiến trình đó kết thúc."
)
ERR_UNKNOWN_LOCALITY = "Không tìm thấy địa phương «{value}»."
ERR_UNKNOWN_LOCALITY_HINT = "Không tìm thấy địa phương «{value}». Có phải: {hints}?"
ERR_AMBIGUOUS_LOCALITY = "Tên «{value}» ứng với nhiều đơn vị: {hints}. Hãy ghi rõ hơn hoặc dùng mã."
ERR_UNKNOWN_ORGANIZATION = "Không có tổ chức mã «{value}». Các mã hợp lệ: {valid}."
ERR_UNKNOWN_INDICATOR = "Không có chỉ tiêu mã «{value}». Các mã hợp lệ: {valid}."
ERR_DATE = "Ngày «{value}» không đúng dạng YYYY-MM-DD."
MSG_BUILT = "Đã dựng kho dữ liệu {path}: {facts} số liệu ({demo} minh họa, {sourced} có nguồn), {units} đơn vị hành chính, {seconds:.1f} giây."

# Dashboard ------------------------------------------------------------------------------------------
UP = "tăng"
DOWN = "giảm"
PERCENT_POINTS = "điểm phần trăm"
UNCHANGED = "không đổi {base}"
NO_COMPARISON = "chưa có số liệu để so sánh ({base})"
PAGE_TITLES = {
    "overview": "Tổng quan",
    "members": "Hội viên",
    "models": "Dân vận khéo",
    "loans": "Dư nợ ủy thác",
    "localities": "Địa phương",
    "import": "Nhập dữ liệu",
    "extract": "Trích xuất báo cáo",
    "sources": "Nguồn số liệu",
}
SIDEBAR_FILTERS = "Bộ lọc"
F_PERIOD_KIND = "Loại kỳ"
F_PERIOD_MODE = "Khoảng thời gian"
F_PERIOD_RANGE = "Từ kỳ – đến kỳ"
F_RELATIVE = {
    "range": "Chọn khoảng",
    "last4": "4 kỳ gần nhất",
    "this_year": "Năm nay",
    "last_year": "Năm trước",
}
F_PROVINCE = "Tỉnh, thành phố"
F_UNIT = "Xã, phường (hoặc huyện cũ)"
F_ALL_UNITS = "— Toàn tỉnh —"
F_LEGACY_SUFFIX = " (trước 7/2025)"
F_BOUNDARY = "Địa giới"
F_ORGS = "Tổ chức"
F_ORGS_HELP = "Để trống: tất cả tổ chức (số tổng)."
F_COMPARE = "So sánh với"
F_SCOPE = "Số liệu"
F_RESET = "Đặt lại bộ lọc"
COMPARE_OPTIONS = {"yoy": "Cùng kỳ năm trước", "previous": "Kỳ trước", "year_start": "Đầu năm"}
ALL_ORGS = "Tất cả tổ chức"
AXIS_PERIOD = "Kỳ"
AXIS_VALUE = "Giá trị"
AXIS_LOCALITY = "Địa phương"
AXIS_SHARE = "Tỷ trọng"
HOVER_VALUE = "Giá trị"
EMPTY_STATE = "Chưa có số liệu {what} cho {where} trong {when}."
REFORM_NOTE = (
    "Chuỗi số liệu đi qua ngày 1/7/2025 (sắp xếp lại đơn vị hành chính): trước đó số liệu do các "
    "đơn vị cũ báo cáo, sau đó do các đơn vị mới; chỉ so sánh được ở cấp tỉnh theo địa giới hiện nay."
)
REFORM_NOTE_COMMUNE = (
    "Xã, phường mới chỉ có số liệu từ quý III/2025; số liệu trước đó chỉ gộp được vào xã mới khi "
    "xã cũ chuyển trọn vẹn sang (khớp chính xác)."
)
SOURCES_TITLE = "Nguồn:"
DOWNLOAD_CSV = "Tải CSV"
DOWNLOAD_XLSX = "Tải Excel"
KPI_TREND = "Xu hướng"
TOP5 = "5 địa phương cao nhất"
BOTTOM5 = "5 địa phương thấp nhất"
SUMMARY = "Tóm tắt"
PARTIAL_DATA = "{n} đơn vị có số liệu"
CHART_MEMBERS_BY_ORG = "Số hội viên, đoàn viên theo tổ chức"
CHART_MEMBERS_GROWTH = "Tốc độ tăng hội viên so với cùng kỳ"
CHART_NEW_MEMBERS = "Kết nạp hội viên, đoàn viên mới theo kỳ"
CHART_MEMBERS_RANKING = "Xếp hạng địa phương theo số hội viên"
CHART_MEMBERS_COMPOSITION = "Cơ cấu hội viên theo tổ chức"
CHART_DVK_NEW = "Mô hình \"Dân vận khéo\" mới theo kỳ"
CHART_DVK_CUMULATIVE = "Mô hình \"Dân vận khéo\" lũy kế"
CHART_DVK_FIELDS = "Mô hình \"Dân vận khéo\" mới theo lĩnh vực"
CHART_DVK_RANKING = "Mô hình \"Dân vận khéo\" mới theo địa phương"
CHART_LOANS_BY_ORG = "Dư nợ ủy thác theo tổ chức nhận ủy thác"
CHART_HOUSEHOLDS = "Hộ còn dư nợ"
CHART_SAVINGS = "Tổ tiết kiệm và vay vốn"
CHART_OVERDUE = "Tỷ lệ nợ quá hạn"
CHART_LOANS_RANKING = "Dư nợ ủy thác theo địa phương"
CHART_PROFILE = "Hồ sơ chỉ số của {name}"
CHART_RANKING_TABLE = "Bảng xếp hạng địa phương"
CHART_COVERAGE = "Tình hình báo cáo (số đơn vị có số liệu theo kỳ)"
RANKING_INDICATOR = "Chỉ tiêu xếp hạng"
DRILL_HINT = "Bấm vào một cột để xem chi tiết địa phương đó."
COL_RANK = "Hạng"
COL_LOCALITY = "Địa phương"
COL_VALUE = "Giá trị"
COL_PERIOD = "Kỳ"
COL_ORG = "Tổ chức"
COL_INDICATOR = "Chỉ tiêu"
COL_UNIT = "Đơn vị tính"
COL_CHANGE = "Thay đổi"
GROWTH_UNIT = "%"
SUMMARY_LEAD = "{period}, {where}: {parts}."
SUMMARY_MEMBERS = "tổng số hội viên, đoàn viên đạt {value}, {change}"
SUMMARY_TOP = "cao nhất là {name} ({value})"
SUMMARY_NEW = "kết nạp mới {value}"
SUMMARY_DVK = "xây dựng mới {value} mô hình \"Dân vận khéo\""
SUMMARY_LOANS = "dư nợ ủy thác {value}, tỷ lệ nợ quá hạn {ratio}"
