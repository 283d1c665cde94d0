"""Local accounts (danvan/accounts/): argon2id hashes, sign-in with a lockout after five wrong
passwords, disabled accounts, the append-only audit trail, the roles' grants, and the command line
`users` / `audit`."""

from __future__ import annotations

import getpass
import json
import shutil
import sqlite3
import subprocess
import sys

import pytest

from danvan import labels
from danvan.accounts import audit, db, users
from danvan.accounts.roles import Action, User, may
from tests.conftest import ROOT

PASSWORD = "mat-khau-du-dai"


@pytest.fixture
def con(tmp_path):
    with db.connect(tmp_path / "warehouse.duckdb") as c:
        yield c


def _actions(con):
    return [(r["user"], r["action"], r["detail"]) for r in con.execute("select * from audit order by id")]


def test_the_accounts_database_sits_beside_the_warehouse_link(tmp_path):
    assert db.path_for(tmp_path / "warehouse.duckdb") == tmp_path / "accounts.sqlite"
    assert not db.exists(tmp_path / "warehouse.duckdb")
    with db.connect(tmp_path / "warehouse.duckdb") as c:
        users.add(c, "lan.hn", "editor", scope="01", password=PASSWORD)
    assert db.exists(tmp_path / "warehouse.duckdb")


def test_a_password_is_stored_as_an_argon2id_hash_and_signs_in(con):
    users.add(con, "lan.hn", "editor", scope="01", password=PASSWORD, by="admin")
    stored = con.execute("select password_hash from account").fetchone()[0]
    assert stored.startswith("$argon2id$") and PASSWORD not in stored
    assert users.sign_in(con, "LAN.HN", PASSWORD, address="10.0.0.7") == User("lan.hn", "editor", "01")
    assert _actions(con) == [
        ("admin", "account_added", "lan.hn: editor, phạm vi 01"),
        ("lan.hn", "sign_in", ""),
    ]
    assert con.execute("select address from audit where action = 'sign_in'").fetchone()[0] == "10.0.0.7"


def test_five_wrong_passwords_in_a_row_lock_the_account_for_fifteen_minutes(con):
    users.add(con, "lan.hn", "editor", password=PASSWORD)
    for n in range(1, 5):
        with pytest.raises(users.AccountError, match=labels.SIGNIN_ERR_WRONG):
            users.sign_in(con, "lan.hn", "sai-mat-khau-1")
        assert con.execute("select failed from account").fetchone()[0] == n
    with pytest.raises(users.AccountError, match=labels.SIGNIN_ERR_WRONG):
        users.sign_in(con, "lan.hn", "sai-mat-khau-1")  # the fifth
    failed, locked_until = con.execute("select failed, locked_until from account").fetchone()
    assert failed == 0 and locked_until is not None
    # locked: even the right password is refused, saying until when
    with pytest.raises(users.AccountError, match="tạm khóa sau 5 lần đăng nhập sai liên tiếp"):
        users.sign_in(con, "lan.hn", PASSWORD)
    actions = [a for _, a, _ in _actions(con)]
    assert actions == ["account_added"] + ["sign_in_failed"] * 4 + ["sign_in_locked", "sign_in_failed"]
    # fifteen minutes later (the lock's end moved into the past), the right password works again
    con.execute("update account set locked_until = '2000-01-01T00:00:00'")
    assert users.sign_in(con, "lan.hn", PASSWORD).name == "lan.hn"
    assert tuple(con.execute("select failed, locked_until from account").fetchone()) == (0, None)


def test_a_right_password_resets_the_count_of_wrong_ones(con):
    users.add(con, "lan.hn", "editor", password=PASSWORD)
    for _ in range(4):
        with pytest.raises(users.AccountError):
            users.sign_in(con, "lan.hn", "sai-mat-khau-1")
    users.sign_in(con, "lan.hn", PASSWORD)
    with pytest.raises(users.AccountError, match=labels.SIGNIN_ERR_WRONG):
        users.sign_in(con, "lan.hn", "sai-mat-khau-1")
    assert tuple(con.execute("select failed, locked_until from account").fetchone()) == (1, None)


def test_unknown_names_and_disabled_accounts(con):
    with pytest.raises(users.AccountError, match=labels.SIGNIN_ERR_WRONG):
        users.sign_in(con, "khong.co", PASSWORD)
    assert _actions(con) == [(None, "sign_in_failed", "khong.co")]
    users.add(con, "lan.hn", "viewer", password=PASSWORD)
    users.disable(con, "lan.hn", by="admin")
    with pytest.raises(users.AccountError, match=labels.SIGNIN_ERR_DISABLED):
        users.sign_in(con, "lan.hn", PASSWORD)
    with pytest.raises(users.AccountError, match=labels.SIGNIN_ERR_WRONG):  # no hint without the password
        users.sign_in(con, "lan.hn", "sai-mat-khau-1")


def test_a_new_password_replaces_the_old_and_lifts_a_lock(con):
    users.add(con, "lan.hn", "editor", password=PASSWORD)
    con.execute("update account set locked_until = '2999-01-01T00:00:00'")
    users.set_password(con, "lan.hn", "mat-khau-moi-123", by="admin")
    with pytest.raises(users.AccountError):
        users.sign_in(con, "lan.hn", PASSWORD)
    assert users.sign_in(con, "lan.hn", "mat-khau-moi-123").role == "editor"


@pytest.mark.parametrize(
    ("name", "role", "password", "message"),
    [
        ("lan hn", "editor", PASSWORD, "Tên tài khoản chỉ gồm"),
        ("lân.hn", "editor", PASSWORD, "Tên tài khoản chỉ gồm"),
        ("lan.hn", "owner", PASSWORD, "Vai trò phải là một trong"),
        ("lan.hn", "editor", "ngan", "ít nhất 10 ký tự"),
    ],
)
def test_bad_accounts_are_refused_in_vietnamese(con, name, role, password, message):
    with pytest.raises(users.AccountError, match=message):
        users.add(con, name, role, password=password)
    assert con.execute("select count(*) from account").fetchone()[0] == 0
    assert con.execute("select count(*) from audit").fetchone()[0] == 0


def test_names_are_unique_whatever_their_case(con):
    users.add(con, "lan.hn", "editor", password=PASSWORD)
    with pytest.raises(users.AccountError, match="đã có"):
        users.add(con, "Lan.HN", "admin", password=PASSWORD)


def test_the_audit_trail_cannot_be_edited(con):
    audit.record(con, "import", user="lan.hn", detail="lô 1", address="10.0.0.7")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("update audit set user = 'ai-do'")
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("delete from audit")
    frame = audit.read(con)
    assert frame.to_dict("records") == [
        {
            "at": frame["at"][0],
            "user": "lan.hn",
            "action": "import",
            "action_label": "nhập số liệu",
            "detail": "lô 1",
            "address": "10.0.0.7",
        }
    ]
    assert audit.read(con, since="2999-01-01").empty


def test_each_role_grants_what_the_issue_lists():
    grants = {
        role: {a.value for a in Action if may(role, a)} for role in ("viewer", "analyst", "editor", "admin")
    }
    assert grants == {
        "viewer": {"view"},
        "analyst": {"view", "download"},
        "editor": {"view", "download", "import", "review"},
        "admin": {"view", "download", "import", "review", "rollback_any", "manage_users"},
    }
    assert not may("owner", Action.VIEW)


def _cli(db_path, *args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "danvan", "--db", str(db_path), *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_the_command_line_manages_accounts_and_prints_the_trail(small_db, tmp_path):
    path = tmp_path / "warehouse.duckdb"
    shutil.copy(small_db, path)
    done = _cli(
        path,
        "users",
        "add",
        "lan.hn",
        "--role",
        "editor",
        "--scope",
        "01",
        "--password-stdin",
        stdin=PASSWORD + "\n",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "Đã thêm tài khoản lan.hn: Nhập liệu, phạm vi Thành phố Hà Nội."
    wrong_scope = _cli(
        path,
        "users",
        "add",
        "x.yz",
        "--role",
        "viewer",
        "--scope",
        "99999",
        "--password-stdin",
        stdin=PASSWORD,
    )
    assert wrong_scope.returncode == 2
    assert "Không tìm thấy tỉnh hoặc xã hiện hành có mã «99999»" in wrong_scope.stderr
    no_tty = _cli(path, "users", "add", "x.yz", "--role", "viewer", stdin="")
    assert no_tty.returncode == 2 and "--password-stdin" in no_tty.stderr
    assert (
        _cli(path, "users", "password", "lan.hn", "--password-stdin", stdin="mat-khau-moi-123\n").returncode
        == 0
    )
    assert _cli(path, "users", "disable", "lan.hn").stdout.strip() == "Đã vô hiệu hóa tài khoản lan.hn."
    listed = [json.loads(x) for x in _cli(path, "users", "list", "--format", "jsonl").stdout.splitlines()]
    assert [(r["name"], r["role_name"], r["scope"], r["disabled"]) for r in listed] == [
        ("lan.hn", "Nhập liệu", "01", True)
    ]
    trail = [json.loads(x) for x in _cli(path, "audit", "--format", "jsonl").stdout.splitlines()]
    assert [(r["action"], r["address"]) for r in trail] == [
        ("account_added", "dòng lệnh"),
        ("password_changed", "dòng lệnh"),
        ("account_disabled", "dòng lệnh"),
    ]
    assert {r["user"] for r in trail} == {getpass.getuser()}  # who: the operator's system account
