"""Backup and restore (danvan/backup.py): back up while a reader holds the warehouse, delete the
warehouse, its versions and its archive, restore from the command line, and every batch (with its
status and its original file), every reviewed document and every figure is back."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from danvan import backup, labels
from danvan.accounts import audit, users
from danvan.accounts import db as accounts_db
from danvan.intake import commit
from danvan.store import versions, write
from tests.conftest import ROOT

FORM = "Địa phương,Tổ chức,Chỉ tiêu,Kỳ,Giá trị\n"
KEPT = (  # the shipped seed documents come with every build
    "select * from source where kind in ('import', 'document') and source_id not like 'doc:seed-%' "
    "order by source_id"
)
KEPT_FACTS = (
    "select f.* from fact f join source s using (source_id) "
    "where s.kind in ('import', 'document') and s.source_id not like 'doc:seed-%' "
    "order by source_id, locality_id, organization, indicator, breakdown, period_id"
)
MEMBERS_2021 = (
    "select value from fact_effective where locality_id = $l and organization = 'hoi_lhpn' "
    "and indicator = 'members' and breakdown = '' and bucket_id = '2021' and scope in ('sourced', 'both')"
)


@pytest.fixture
def db(small_db, tmp_path) -> Path:
    path = tmp_path / "wh" / "wh.duckdb"
    path.parent.mkdir()
    shutil.copyfile(small_db, path)
    return path


def _state(db: Path) -> dict:
    with duckdb.connect(str(versions.published(db)), read_only=True) as con:
        return {
            "sources": con.execute(KEPT).df(),
            "facts": con.execute(KEPT_FACTS).df(),
            "lai_chau": con.execute(MEMBERS_2021, {"l": "L12"}).fetchall(),
            "dien_bien": con.execute(MEMBERS_2021, {"l": "L11"}).fetchall(),
        }


def _archive(db: Path) -> dict[str, bytes]:
    folder = db.parent / "archive"
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())} if folder.exists() else {}


def _history(db: Path) -> None:
    """An administrator's account, a committed batch, a rolled-back one, and a document reviewed
    in the app."""
    with accounts_db.connect(db) as con:
        users.add(con, "quan.tri", "admin", password="mat-khau-du-dai")
    _, kept, _ = commit.import_file(db, (FORM + "Lai Châu,Hội LHPN,Hội viên,2021,200\n").encode(), "giữ.csv")
    _, gone, _ = commit.import_file(db, (FORM + "Điện Biên,Hội LHPN,Hội viên,2021,7\n").encode(), "bỏ.csv")
    assert kept.status == gone.status == "committed"
    commit.rollback_batch(db, gone.batch_id)
    facts = pd.DataFrame(
        [
            {
                "locality_id": "L11",
                "organization": "hoi_lhpn",
                "indicator": "members",
                "breakdown": "",
                "period_id": "2021",
                "value": 3_456.0,
                "approx": "hơn",
                "evidence": "hơn 3.456 hội viên",
            }
        ]
    )
    source = {"kind": "document", "title": "Báo cáo thử", "doc_text": "… hơn 3.456 hội viên …"}
    with versions.writing(db) as draft:
        write.write_source(draft.con, "doc:thu", source=source, facts=facts)


def test_backup_delete_restore_and_everything_is_back(db, tmp_path):
    _history(db)
    before, files = _state(db), _archive(db)
    # hand-computed: the batch's 200 counts, the rolled-back 7 does not, the document's 3.456 does
    assert before["lai_chau"] == [(200.0,)] and before["dien_bien"] == [(3_456.0,)]
    assert len(before["sources"]) == 3 and len(files) == 2
    assert sorted(before["sources"]["status"]) == ["active", "active", "rolled_back"]

    reader = versions.open_snapshot(db)  # a dashboard serving meanwhile
    try:
        saved = backup.backup(db, tmp_path / "sao-luu.zip")
    finally:
        reader.close()
    assert (saved.sources, saved.facts, saved.archive_files) == (3, 3, 2)
    with zipfile.ZipFile(tmp_path / "sao-luu.zip") as z:
        assert sorted(z.namelist()) == sorted(
            [
                "manifest.json",
                "source.parquet",
                "fact.parquet",
                "accounts.sqlite",
                *(f"archive/{n}" for n in files),
            ]
        )

    shutil.rmtree(db.parent)  # the disk is lost
    db.parent.mkdir()
    out = subprocess.run(
        [sys.executable, "-m", "danvan", "--db", str(db), "restore", str(tmp_path / "sao-luu.zip")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Đã khôi phục") and "3 nguồn, 3 số liệu, 2 tệp gốc" in out.stdout
    assert ", tài khoản và nhật ký" in out.stdout  # the accounts and the audit trail came back too
    with accounts_db.connect(db) as con:
        assert users.usable(con, "quan.tri") is not None
        actions = list(audit.read(con)["action"])
    assert actions[:2] == ["account_added", "import"] and actions[-1] == "restore"
    after = _state(db)
    pd.testing.assert_frame_equal(after["sources"], before["sources"])
    pd.testing.assert_frame_equal(after["facts"], before["facts"])
    assert after["lai_chau"] == [(200.0,)] and after["dien_bien"] == [(3_456.0,)]
    assert _archive(db) == files


def test_a_damaged_backup_is_refused_and_nothing_is_written(db, tmp_path):
    _history(db)
    backup.backup(db, tmp_path / "b.zip")
    with zipfile.ZipFile(tmp_path / "b.zip") as z:
        members = {n: z.read(n) for n in z.namelist()}
    members["fact.parquet"] = members["fact.parquet"][:-20] + b"\0" * 20
    with zipfile.ZipFile(tmp_path / "hong.zip", "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    published = versions.published(db)
    with pytest.raises(backup.BackupError) as caught:
        backup.restore(db, tmp_path / "hong.zip")
    assert str(caught.value) == labels.BACKUP_ERR_DAMAGED.format(
        path=tmp_path / "hong.zip", member="fact.parquet"
    )
    assert versions.published(db) == published

    (tmp_path / "khong.zip").write_bytes(b"not a zip")
    with pytest.raises(backup.BackupError, match="không phải bản sao lưu"):
        backup.restore(db, tmp_path / "khong.zip")
