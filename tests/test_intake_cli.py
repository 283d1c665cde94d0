"""The command line: import (--dry-run, --skip-invalid, --json), batches, rollback, template."""

import io
import json
import zipfile

import duckdb

from danvan.cli import main

HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị"


def write(tmp_path, *rows, name="f.csv"):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def cli(db, *args, capsys):
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def n_facts(db):
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("select count(*) from fact").fetchone()[0]


def test_import_json_exit_codes_and_dry_run(writable_db, tmp_path, capsys):
    f = write(tmp_path, "Lai Châu,Hội LHPN,Hội viên,2021,200", "Lai Chua,Hội LHPN,Hội viên,2021,5")
    before = n_facts(writable_db)

    code, out, _ = cli(writable_db, "import", str(f), "--json", capsys=capsys)
    result = json.loads(out)  # exactly one JSON object
    assert code == 1
    assert {k: result[k] for k in ("ok", "file", "rows", "accepted", "batch_id")} == {
        "ok": False,
        "file": "f.csv",
        "rows": 2,
        "accepted": 0,
        "batch_id": None,
    }
    assert result["errors"] == [
        {
            "sheet": "f.csv",
            "row": 3,
            "column": "Địa phương",
            "value": "Lai Chua",
            "message": "Không tìm thấy địa phương «Lai Chua».",
            "suggestion": result["errors"][0]["suggestion"],
        }
    ]
    assert "Lai Châu" in result["errors"][0]["suggestion"]
    assert result["warnings"] == []

    code, out, _ = cli(writable_db, "import", str(f), "--json", "--dry-run", "--skip-invalid", capsys=capsys)
    assert code == 0 and json.loads(out)["accepted"] == 1 and json.loads(out)["batch_id"] is None
    assert n_facts(writable_db) == before

    code, out, _ = cli(
        writable_db, "import", str(f), "--json", "--skip-invalid", "--by", "chuyên viên A", capsys=capsys
    )
    result = json.loads(out)
    assert code == 0 and result["ok"] and result["accepted"] == 1 and result["batch_id"]
    assert n_facts(writable_db) == before + 1

    code, out, _ = cli(writable_db, "batches", "--format", "jsonl", capsys=capsys)
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and [(r["batch_id"], r["imported_by"], r["rows_accepted"]) for r in rows] == [
        (result["batch_id"], "chuyên viên A", 1)
    ]

    code, out, _ = cli(writable_db, "rollback", result["batch_id"], capsys=capsys)
    assert code == 0 and result["batch_id"] in out
    code, _, err = cli(writable_db, "rollback", result["batch_id"], capsys=capsys)
    assert code == 2 and "đã được hủy" in err


def test_text_output_and_usage_errors(writable_db, tmp_path, capsys):
    f = write(tmp_path, "Lai Châu,Hội LHPN,Hội viên,2021,abc")
    code, out, _ = cli(writable_db, "import", str(f), capsys=capsys)
    assert code == 1 and "dòng 2, cột Giá trị" in out and "không được nhập" in out
    code, _, err = cli(writable_db, "import", str(tmp_path / "missing.csv"), capsys=capsys)
    assert code == 2 and "Không có tệp" in err
    code, _, err = cli(tmp_path / "nowhere.duckdb", "import", str(f), capsys=capsys)
    assert code == 2


def test_template_xlsx_and_csv(small_db, writable_db, tmp_path, capsys):
    code, _, _ = cli(small_db, "template", str(tmp_path / "mau.xlsx"), capsys=capsys)
    assert code == 0
    data = (tmp_path / "mau.xlsx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        book = z.read("xl/workbook.xml").decode()
        sheet1 = z.read("xl/worksheets/sheet1.xml").decode()
    for name in ("Số liệu", "Hướng dẫn", "Danh mục"):
        assert f'name="{name}"' in book
    assert sheet1.count("<dataValidation ") == 4  # organization, indicator, breakdown, period type
    assert "Danh mục" in sheet1

    code, _, _ = cli(small_db, "template", str(tmp_path / "mau.csv"), capsys=capsys)
    header = (tmp_path / "mau.csv").read_bytes().decode("utf-8-sig").strip()
    assert (
        header
        == "Địa phương,Thuộc tỉnh/thành phố,Tổ chức,Chỉ tiêu,Phân tổ,Loại kỳ,Kỳ,Giá trị,Đơn vị tính,Ghi chú"
    )

    # The template, filled in as the instructions say, imports.
    filled = tmp_path / "filled.csv"
    filled.write_text(
        header + "\nVĩnh Thạnh,Cần Thơ,Hội Nông dân,Dư nợ ủy thác,,Quý,II/2024,259,tỷ đồng,\n",
        encoding="utf-8",
    )
    code, out, _ = cli(writable_db, "import", str(filled), "--json", capsys=capsys)
    assert code == 0 and json.loads(out)["accepted"] == 1


def test_empty_xlsx_template_is_read_as_a_form_without_records(small_db):
    from danvan.intake import template, validate

    with duckdb.connect(str(small_db), read_only=True) as con:
        report = validate.check(con, template.xlsx(con), "mau.xlsx")
    # The data sheet's header is recognised and the instruction and list sheets are skipped
    # silently: the only problem is that nothing was filled in.
    assert report.issues["message"].tolist() == ["Không tìm thấy bản ghi số liệu nào trong tệp."]
