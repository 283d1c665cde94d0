"""Reading files: formats, delimiters, BOMs and encodings (Unicode NFC/NFD, UTF-16, CP1258, and the
legacy TCVN3, VNI-Windows and VISCII), broken inputs. Fixtures are made here, byte by byte where
it matters: the TCVN3 and VNI bytes are written out by hand from the published tables, VISCII
comes from glibc's iconv, CP1258 from Python's codec — none from the tables under test."""

import io
import shutil
import subprocess
import unicodedata
import zipfile

import duckdb
import pytest
import xlsxwriter
import xlwt

from danvan.intake import encodings, reading, validate

HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị"
# (text, TCVN3 bytes, VNI-Windows bytes)
LEGACY = [
    ("Thừa Thiên Huế", b"Th\xf5a Thi\xaan Hu\xd5", b"Th\xf6\xf8a Thie\xe2n Hue\xe1"),
    ("Hà Nội", b"H\xb5 N\xe9i", b"Ha\xf8 No\xe4i"),
    ("Lai Châu", b"Lai Ch\xa9u", b"Lai Cha\xe2u"),
    ("Đà Nẵng", b"\xa7\xb5 N\xbdng", b"\xd1a\xf8 Na\xfcng"),
    ("Hội Nông dân", b"H\xe9i N\xabng d\xa9n", b"Ho\xe4i No\xe2ng da\xe2n"),
]
EXPECTED_IDS = {"Thừa Thiên Huế": "L46", "Hà Nội": "L01", "Lai Châu": "L12", "Đà Nẵng": "L48"}
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def legacy_csv(column: int, sep: bytes = b",") -> bytes:
    org = LEGACY[4][column]
    lines = [HEADER.encode("latin-1", errors="replace")]  # the header is rewritten below
    lines = [b"Dia phuong,To chuc,Chi tieu,Ky,Gia tri"]
    for row in LEGACY[:4]:
        lines.append(sep.join([row[column], org, b"members", b"2024-Q1", b"1.000"]))
    return b"\r\n".join(lines).replace(b",", sep) + b"\r\n"


def unicode_csv() -> str:
    rows = [HEADER] + [f"{name},Hội Nông dân,members,2024-Q1,1.000" for name, _, _ in LEGACY[:4]]
    return "\n".join(rows) + "\n"


def cp1258(text: str) -> bytes:
    """CP1258 the way Windows writes it: a base letter it has, then the tone as a combining byte."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES))
            out += base.encode("cp1258") + "".join(c for c in parts if c in TONES).encode("cp1258")
    return bytes(out)


def localities(db, data: bytes, name: str = "f.csv") -> list[str]:
    with duckdb.connect(str(db), read_only=True) as con:
        report = validate.check(con, data, name)
    assert report.errors.empty, report.errors.to_dict("records")
    return report.records["locality_id"].tolist()


WANT = [EXPECTED_IDS[name] for name, _, _ in LEGACY[:4]]


@pytest.mark.parametrize("column, legacy", [(1, "tcvn3"), (2, "vni")])
def test_legacy_font_encodings_in_csv(small_db, column, legacy):
    data = legacy_csv(column)
    decoded = encodings.decode_bytes(data)
    assert decoded.legacy == legacy
    assert localities(small_db, data) == WANT


@pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv makes the VISCII fixture")
def test_viscii_csv(small_db):
    data = subprocess.run(
        ["iconv", "-f", "UTF-8", "-t", "VISCII"],
        input=unicode_csv().encode(),
        capture_output=True,
        check=True,
    ).stdout
    assert encodings.decode_bytes(data).legacy == "viscii"
    assert localities(small_db, data) == WANT


def test_cp1258_csv(small_db):
    data = cp1258(unicode_csv())
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    assert encodings.decode_bytes(data).encoding == "cp1258"
    assert localities(small_db, data) == WANT


@pytest.mark.parametrize(
    "encode",
    [
        lambda t: t.encode("utf-8"),
        lambda t: t.encode("utf-8-sig"),
        lambda t: t.encode("utf-16"),  # with BOM
        lambda t: t.encode("utf-16-le"),  # without BOM
        lambda t: t.encode("utf-16-be"),
        lambda t: unicodedata.normalize("NFD", t).encode("utf-8"),  # decomposed accents (macOS)
    ],
)
def test_unicode_variants(small_db, encode):
    assert localities(small_db, encode(unicode_csv())) == WANT


@pytest.mark.parametrize("sep", [";", "\t", "|"])
def test_delimiters(small_db, sep):
    text = unicode_csv().replace(",", sep)
    assert localities(small_db, text.encode()) == WANT


def test_unicode_text_is_never_converted():
    values = ["Hà Nội", "Thừa Thiên Huế", "Khánh Hòa", "Café", "Đà Nẵng"]
    assert encodings.detect_legacy(values) is None


def xlsx(rows, sheet="Số liệu", extra_sheets=()) -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    for name, content in [(sheet, rows), *extra_sheets]:
        ws = book.add_worksheet(name)
        for i, row in enumerate(content):
            for j, v in enumerate(row):
                if v is not None:
                    ws.write(i, j, v)
    book.close()
    return out.getvalue()


def test_xlsx_cells_typed_in_legacy_fonts(small_db):
    # Cells typed in .VnTime hold the font's characters: "Hµ Néi" (latin-1 surface of TCVN3 bytes).
    rows = [["Địa phương", "Tổ chức", "Chỉ tiêu", "Kỳ", "Giá trị"]]
    rows += [[t.decode("latin-1"), "hoi_nd", "members", "2024-Q1", 1000] for _, t, _ in LEGACY[:4]]
    assert localities(small_db, xlsx(rows), "f.xlsx") == WANT
    rows = [rows[0]] + [[v.decode("cp1252"), "hoi_nd", "members", "2024-Q1", 1000] for _, _, v in LEGACY[:4]]
    assert localities(small_db, xlsx(rows), "f.xlsx") == WANT


def test_xls(small_db):
    book = xlwt.Workbook(encoding="utf-8")
    ws = book.add_sheet("Số liệu")
    for j, h in enumerate(HEADER.split(",")):
        ws.write(0, j, h)
    for i, (name, _, _) in enumerate(LEGACY[:4], start=1):
        for j, v in enumerate([name, "Hội Nông dân", "members", "Quý I/2024", 1000.0]):
            ws.write(i, j, v)
    out = io.BytesIO()
    book.save(out)
    assert localities(small_db, out.getvalue(), "f.xls") == WANT


def ods(rows) -> bytes:
    """A minimal OpenDocument spreadsheet, written by hand (mimetype first, stored)."""
    cells = []
    for row in rows:
        tds = []
        for v in row:
            if isinstance(v, int | float):
                tds.append(
                    f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>'
                )
            else:
                tds.append(
                    f'<table:table-cell office:value-type="string"><text:p>{v}</text:p></table:table-cell>'
                )
        cells.append("<table:table-row>" + "".join(tds) + "</table:table-row>")
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Số liệu">'
        + "".join(cells)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


def test_ods(small_db):
    rows = [HEADER.split(",")] + [[n, "Hội Nông dân", "members", "2024-Q1", 1000] for n, _, _ in LEGACY[:4]]
    data = ods(rows)
    assert reading.kind_of(data) == "ods"
    assert localities(small_db, data, "f.ods") == WANT


def test_title_rows_merged_header_totals_blank_rows_and_several_sheets(small_db):
    # A wide form as offices make them: a title, a two-row header (the period merged over one
    # column per organization), a blank row, a totals row; a second sheet in the long form.
    wide = [
        ["BÁO CÁO SỐ HỘI VIÊN", None, None, None],
        [None, None, None, None],
        ["Địa phương", "Chỉ tiêu", "Quý I/2024", None],
        [None, None, "Hội LHPN", "Hội Nông dân"],
        ["Lai Châu", "Hội viên", "1.000", 2000],
        [None, None, None, None],
        ["TT Huế", "Hội viên", 3000, None],
        ["Tổng cộng", None, 4000, 2000],
    ]
    long = [
        ["Tỉnh/thành phố", "Tổ chức", "Chỉ tiêu", "Kỳ", "Giá trị"],
        ["Hà Nội", "Phụ nữ", "Hội viên", "Năm 2023", "7"],
    ]
    data = xlsx(wide, extra_sheets=[("Dài", long)])
    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, data, "f.xlsx")
    assert report.errors.empty, report.errors.to_dict("records")
    r = report.records
    got = sorted(
        zip(
            r["sheet"],
            r["row"],
            r["locality_id"],
            r["organization"],
            r["indicator"],
            r["period_id"],
            r["value"],
            strict=True,
        )
    )
    assert got == [
        ("Dài", 2, "L01", "hoi_lhpn", "members", "2023", 7.0),
        ("Số liệu", 5, "L12", "hoi_lhpn", "members", "2024-Q1", 1000.0),
        ("Số liệu", 5, "L12", "hoi_nd", "members", "2024-Q1", 2000.0),
        ("Số liệu", 7, "L46", "hoi_lhpn", "members", "2024-Q1", 3000.0),
    ]
    assert report.warnings[["sheet", "row"]].values.tolist() == [["Số liệu", 8]]  # the totals row, said aloud


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "Tệp rỗng"),
        (b"   \n\n", "Tệp rỗng"),
        (bytes(range(256)) * 40, "nhị phân"),
        (b"PK\x03\x04" + b"\x00" * 300, "XLSX"),  # a truncated XLSX (zip header only)
        (HEADER.encode() + b"\n", "Không tìm thấy bản ghi"),  # only headers
    ],
)
def test_broken_files_are_reported_not_raised(small_db, data, message):
    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, data, "broken")
    assert report.rows == 0
    assert len(report.errors) == 1
    assert message in report.errors.iloc[0]["message"]


def test_truncated_real_xlsx(small_db):
    whole = xlsx([HEADER.split(","), ["Hà Nội", "hoi_nd", "members", "2024", 1]])
    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, whole[: len(whole) // 2], "cut.xlsx")
    assert report.rows == 0 and len(report.errors) == 1


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        ("Hà Nội,1\n".encode(), "utf-8"),
        ("Hà Nội,1\n".encode("utf-8-sig"), "utf-8-sig"),
        ("Hà Nội,1\n".encode("utf-16"), None),
        ("Hà Nội,1\n".encode("utf-16-le"), None),
        (cp1258("Hà Nội,1\n"), None),
        (b"\xef\xbb\xbfH\xc3", None),  # a BOM, then a cut character: decode_bytes raises
        (b"H\xb5 N\xe9i,1\r\n" * 3, None),  # TCVN3 bytes are not UTF-8
    ],
)
def test_utf8_files_are_checked_without_being_decoded_whole(data, encoding):
    fast = encodings.decode_utf8_head(data)
    if encoding is None:
        assert fast is None
        return
    decoded, payload = fast
    assert (decoded.encoding, decoded.legacy) == (encoding, None)
    assert decoded.text == encodings.decode_bytes(data).text
    assert payload.decode("utf-8") == decoded.text


@pytest.mark.parametrize(
    "data",
    [
        b"\xed\xa0\x80",
        b"\xc0\x80",
        b"\xe0\x80\x80",
        b"\xf4\x90\x80\x80",
        b"\xf5\x80\x80\x80",
        b"\x80",
        b"a\xc3",
    ],
)
def test_bytes_python_refuses_as_utf8_are_refused(data):
    # Surrogates, overlong forms, code points above U+10FFFF, stray and cut continuation bytes.
    assert encodings.decode_utf8_head(data) is None
    assert encodings.decode_utf8_head("Hà Nội".encode() + data) is None


def test_a_long_csv_reads_repeated_columns_as_codes_with_the_same_records(small_db):
    # 1,200 rows: more than reading.SAMPLE_ROWS, so the repeated columns are parsed as categories.
    rows = [HEADER]
    for i in range(1200):
        org, j = ["hoi_nd", "hoi_lhpn", "hoi_ccb"][i // 400], i % 400
        p = j // 4  # 100 quarters, 2000-Q1 … 2024-Q4, four units each
        name = ["LAI CHÂU" if p % 2 else "Lai Châu", "Hà Nội", "TT Huế", "Cần Thơ"][j % 4]
        rows.append(f"{name},{org},members,{2000 + p // 4}-Q{p % 4 + 1},{i}.000")
    rows[501] = ""  # a blank row (spreadsheet row 502)
    rows[801] = "Hà Nội,hoi_lhpn"  # a short row (row 802): no indicator, period or value
    data = ("\n".join(rows) + "\n").encode()
    cells = reading.read(data, "long.csv").sheets[0].cells
    assert [str(cells[j].dtype) for j in (0, 1, 2, 4)] == ["category", "category", "category", "object"]
    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, data, "long.csv")
    r = report.records.set_index("row")
    assert len(r) == 1199 and 502 not in r.index
    assert r.loc[[2, 6, 3, 4, 5], "locality_id"].tolist() == ["L12", "L12", "L01", "L46", "L92"]
    assert r.loc[[5, 1001], "value"].tolist() == [3000.0, 999000.0]
    assert report.errors["row"].unique().tolist() == [802]
    assert report.errors["column"].tolist() == ["Kỳ", "Chỉ tiêu", "Giá trị"]


def test_wrongness_counts_every_stray_symbol_and_every_impossible_word():
    # Repeated words are judged once but counted each time they occur.
    assert encodings.badness("Hµ Néi, Hµ Néi – “Hà Nội”") == 2  # two µ; é, –, “ ” are fine
    assert encodings._bad_syllables("Haứ Haứ Hà Nội Liờn") == 3
    assert encodings.wrongness("Hµ Néi") == 1 + 1  # the symbol µ, and the word «hµ» («néi» could be one)
