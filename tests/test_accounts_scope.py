"""The command line on behalf of an account (`import --user`, `rollback --user`): the role must allow
the write, a scoped account writes only inside its province, a file with rows outside is refused
whole naming them, and the batch and the audit trail name the account."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import duckdb
import pytest

from danvan import labels
from danvan.accounts import db, users
from tests.conftest import ROOT

HEADER = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị"
LAI_CHAU = "Lai Châu,Hội LHPN,Hội viên,2021,200"
HA_NOI = "Hà Nội,Hội LHPN,Hội viên,2021,300"
PASSWORD = "mat-khau-du-dai"


@pytest.fixture
def office(small_db, tmp_path):
    path = tmp_path / "warehouse.duckdb"
    shutil.copy(small_db, path)
    with db.connect(path) as con:
        users.add(con, "nhap.laichau", "editor", scope="12", password=PASSWORD)
        users.add(con, "nhap.hanoi", "editor", scope="01", password=PASSWORD)
        users.add(con, "xem", "viewer", password=PASSWORD)
        users.add(con, "quantri", "admin", password=PASSWORD)
        users.add(con, "nguoi.cu", "editor", password=PASSWORD)
        users.disable(con, "nguoi.cu")
    return path


def _cli(path, *args):
    return subprocess.run(
        [sys.executable, "-m", "danvan", "--db", str(path), *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )


def _import(path, tmp_path, rows, user, name="f.csv"):
    file = tmp_path / name
    file.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    done = _cli(path, "import", str(file), "--json", "--user", user)
    return done, (json.loads(done.stdout) if done.stdout.strip() else None)


def _batches(path):
    with duckdb.connect(str(path.resolve()), read_only=True) as con:
        return con.execute(
            "select source_id, imported_by, status from source where kind = 'import' order by imported_at"
        ).fetchall()


def _trail(path):
    with db.connect(path) as con:
        return [(r["user"], r["action"]) for r in con.execute("select * from audit where id > 6 order by id")]


def test_a_file_with_a_row_outside_the_accounts_province_is_refused_whole(office, tmp_path):
    done, result = _import(
        office, tmp_path, [LAI_CHAU, HA_NOI, LAI_CHAU.replace("2021", "2022")], "nhap.laichau"
    )
    assert done.returncode == 1
    assert result["ok"] is False and result["status"] == "rejected"
    assert result["message"] == labels.ACC_ERR_OUTSIDE_SCOPE.format(
        name="nhap.laichau", scope="Tỉnh Lai Châu", n=1, rows="f.csv dòng 3"
    )
    assert _batches(office) == []
    assert _trail(office) == []


def test_inside_its_scope_the_import_is_written_in_the_accounts_name(office, tmp_path):
    done, result = _import(office, tmp_path, [LAI_CHAU], "nhap.laichau")
    assert done.returncode == 0, done.stderr
    assert result["status"] == "committed"
    assert _batches(office) == [(f"batch:{result['batch_id']}", "nhap.laichau", "active")]
    assert _trail(office) == [("nhap.laichau", "import")]


def test_a_viewer_may_not_import_and_a_disabled_or_unknown_account_is_refused(office, tmp_path):
    done, result = _import(office, tmp_path, [LAI_CHAU], "xem")
    assert done.returncode == 1
    assert result["message"] == labels.ACC_ERR_MAY_NOT_IMPORT.format(name="xem", role="Người xem")
    for name in ("nguoi.cu", "khong.co"):
        done, _ = _import(office, tmp_path, [LAI_CHAU], name)
        assert done.returncode == 2
        assert labels.ACC_ERR_UNUSABLE.format(name=name) in done.stderr
    assert _batches(office) == []


def test_an_editor_rolls_back_only_batches_inside_its_scope_an_admin_any(office, tmp_path):
    _, result = _import(office, tmp_path, [LAI_CHAU], "nhap.laichau")
    batch = result["batch_id"]
    refused = _cli(office, "rollback", batch, "--user", "nhap.hanoi")
    assert refused.returncode == 2
    assert "chỉ được hủy lô có toàn bộ số liệu trong phạm vi Thành phố Hà Nội" in refused.stderr
    assert _batches(office)[0][2] == "active"
    done = _cli(office, "rollback", batch, "--user", "quantri")
    assert done.returncode == 0, done.stderr
    assert _batches(office)[0][2] == "rolled_back"
    assert _trail(office) == [("nhap.laichau", "import"), ("quantri", "rollback")]


def test_the_write_path_itself_refuses_what_a_role_or_scope_does_not_allow(office):
    """Whoever calls it (the pages call the same functions): an import, a rollback, a review."""
    from datetime import date

    from danvan.accounts.roles import User
    from danvan.extract import review
    from danvan.intake import commit, validate
    from danvan.localities import LocalityIndex
    from danvan.store import versions

    data = f"{HEADER}\n{LAI_CHAU}\n".encode()
    viewer, hanoi, laichau = (
        User("xem", "viewer"),
        User("nhap.hanoi", "editor", "01"),
        User("nhap.laichau", "editor", "12"),
    )
    with versions.writing(office, publish=False) as draft:
        report = validate.check(draft.con, data, "f.csv")
        out = commit.commit(draft.con, report, data, user=viewer)
        assert (out.status, out.message) == (
            "rejected",
            labels.ACC_ERR_MAY_NOT_IMPORT.format(name="xem", role="Người xem"),
        )
        out = commit.commit(draft.con, report, data, user=hanoi)
        assert out.status == "rejected" and "f.csv dòng 2" in out.message
        done = commit.commit(draft.con, report, data, user=laichau)
        assert done.status == "committed"
        batch = draft.con.execute(
            "select imported_by from source where source_id = ?", [f"batch:{done.batch_id}"]
        )
        assert batch.fetchone()[0] == "nhap.laichau"  # the account, not the form's «imported by»
        with pytest.raises(commit.CommitError, match="Hà Nội"):
            commit.rollback(draft.con, done.batch_id, hanoi)
        text = "Ban Dân vận Tỉnh ủy Lai Châu\nNăm 2021, Hội LHPN tỉnh Lai Châu có 95.000 hội viên."
        _result, rows, meta = review.review(text, LocalityIndex(draft.con), date(2021, 12, 30))
        rows["decision"] = "accept"
        with pytest.raises(review.ReviewError) as refused:
            review.save(draft.con, meta, rows, hanoi)
        assert refused.value.messages[0].startswith("Tài khoản nhap.hanoi chỉ được ghi số liệu trong phạm vi")
        with pytest.raises(review.ReviewError) as refused:
            review.save(draft.con, meta, rows, User("phan.tich", "analyst"))
        assert refused.value.messages == [
            labels.ACC_ERR_MAY_NOT_REVIEW.format(name="phan.tich", role="Phân tích")
        ]
        _source_id, n = review.save(draft.con, meta, rows, laichau)
        assert n == 1
