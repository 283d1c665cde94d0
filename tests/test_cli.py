"""The command line contract: commands, keys, filters, messages and exit codes."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT


def cli(db, *args):
    proc = subprocess.run(
        [sys.executable, "-m", "danvan", "--db", str(db), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )
    return proc.returncode, proc.stdout, proc.stderr


def jsonl(out):
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_localities_today_and_before_the_reform(seeds_db):
    rc, out, _ = cli(
        seeds_db, "localities", "--level", "province", "--as-of", "2026-01-01", "--format", "jsonl"
    )
    rows = jsonl(out)
    assert rc == 0 and len(rows) == 34
    assert set(rows[0]) == {
        "code",
        "official_code",
        "name",
        "type",
        "level",
        "parent_code",
        "current_province_code",
    }
    rc, out, _ = cli(seeds_db, "localities", "--level", "province", "--as-of", "2020-01-01")
    assert rc == 0 and len(list(csv.DictReader(io.StringIO(out)))) == 63
    rc, out, _ = cli(seeds_db, "localities", "--level", "commune", "--format", "jsonl")
    assert len(jsonl(out)) == 3321


def test_localities_within_a_legacy_province(seeds_db):
    rc, out, _ = cli(
        seeds_db,
        "localities",
        "--as-of",
        "2020-06-30",
        "--level",
        "district",
        "--within",
        "Lai Châu",
        "--format",
        "jsonl",
    )
    rows = jsonl(out)
    assert rc == 0 and len(rows) == 8  # Lai Châu: 1 city and 7 districts before 2025
    assert {r["parent_code"] for r in rows} == {"L12"} and {r["current_province_code"] for r in rows} == {
        "12"
    }


def test_facts_keys_and_seed_values(seeds_db):
    rc, out, _ = cli(seeds_db, "facts", "--source", "document", "--format", "jsonl")
    rows = jsonl(out)
    assert rc == 0 and len(rows) == 18
    assert set(rows[0]) >= {
        "locality_code",
        "locality_name",
        "locality_level",
        "organization",
        "indicator",
        "period",
        "value",
        "approx",
        "source_kind",
        "source_title",
    }
    vinh_thanh = {r["indicator"]: r for r in rows if r["locality_code"] == "L924"}
    assert vinh_thanh["loan_balance"]["value"] == 259_000_000_000
    assert vinh_thanh["members"]["approx"] == "hơn" and vinh_thanh["members"]["organization"] == "combined"
    assert vinh_thanh["dvk_models_cumulative"]["period"] == "2011/2017"


def test_facts_period_selects_what_lies_inside(small_db):
    rc, out, _ = cli(
        small_db,
        "facts",
        "--period",
        "2024",
        "--indicator",
        "members",
        "--organization",
        "hoi_lhpn",
        "--locality",
        "L105",
        "--format",
        "jsonl",
    )
    rows = jsonl(out)
    assert rc == 0
    assert [r["period"] for r in rows] == ["2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4"]
    assert {r["source_kind"] for r in rows} == {"demo"}


def test_facts_locality_includes_units_inside(small_db):
    rc, out, _ = cli(
        small_db,
        "facts",
        "--locality",
        "tỉnh Lai Châu",
        "--period",
        "2024-Q1",
        "--indicator",
        "members",
        "--organization",
        "hoi_nd",
        "--format",
        "jsonl",
    )
    rows = jsonl(out)
    assert rc == 0 and len(rows) == 8 and {r["locality_level"] for r in rows} == {"district"}


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("facts", "--period", "2024-Q5"), "Kỳ «2024-Q5»"),
        (("facts", "--indicator", "hoi_vien"), "Không có chỉ tiêu mã «hoi_vien»"),
        (("facts", "--organization", "abc"), "Không có tổ chức mã «abc»"),
        (("facts", "--locality", "Vĩnh Thạnh"), "ứng với nhiều đơn vị"),
        (("facts", "--locality", "Lai Chau xyz"), "Không tìm thấy địa phương"),
        (("localities", "--as-of", "2024-13-01"), "Ngày «2024-13-01»"),
    ],
)
def test_bad_arguments_get_a_vietnamese_message_and_exit_2(seeds_db, args, message):
    rc, out, err = cli(seeds_db, *args)
    assert rc == 2 and message in err and out == ""


def test_missing_warehouse_is_explained(tmp_path):
    rc, _, err = cli(tmp_path / "none.duckdb", "facts")
    assert rc == 2 and "python -m danvan build" in err


@pytest.mark.parametrize("command", ["build", "localities", "facts"])
def test_every_command_has_help(seeds_db, command):
    rc, out, _ = cli(seeds_db, command, "--help")
    assert rc == 0 and "usage:" in out


def test_an_unexpected_failure_is_one_vietnamese_line_and_the_traceback_goes_to_a_file(
    seeds_db, monkeypatch, capsys
):
    from danvan import cli, labels
    from danvan.commands import localities

    def broken(args):
        raise ZeroDivisionError("internal detail")

    monkeypatch.setattr(localities, "run", broken)
    assert cli.main(["--db", str(seeds_db), "localities"]) == 3
    err = capsys.readouterr().err
    assert err.startswith(labels.CLI_ERR_UNEXPECTED.split("(")[0]) and "ZeroDivisionError" in err
    assert "Traceback" not in err and "internal detail" not in err
    log = err.strip().rsplit(" ", 1)[-1]
    assert "internal detail" in Path(log).read_text(encoding="utf-8")


def test_an_unexpected_failure_of_import_json_is_still_one_json_object(
    small_db, tmp_path, monkeypatch, capsys
):
    from danvan import cli
    from danvan.intake import worker

    def broken(*args, **kwargs):
        raise ZeroDivisionError("internal detail")

    monkeypatch.setattr(worker, "import_file", broken)  # a failure in the command's own process
    path = tmp_path / "f.csv"
    path.write_text(
        "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\nLai Châu,Hội LHPN,Hội viên,2021,200\n", encoding="utf-8"
    )
    assert cli.main(["--db", str(small_db), "import", str(path), "--dry-run", "--json"]) == 3
    answer = json.loads(capsys.readouterr().out)
    assert answer["ok"] is False and "ZeroDivisionError" in answer["message"]
    assert "internal detail" not in answer["message"]
