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
