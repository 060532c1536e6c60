"""The start-up check and the backup it suggests."""

from __future__ import annotations

import random
import uuid
from datetime import datetime
from pathlib import Path

import pytest

from pcmd_desktop.db import meta, records_repo, units_repo
from pcmd_desktop.db.connection import connect, transaction
from pcmd_desktop.db.migrations import migrate
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.backup import automatic_backup, default_backup_dir
from pcmd_desktop.services.recovery import startup_check
from pcmd_desktop.services.units import default_units


def make_db(path: Path, n: int, unit: str = "00067") -> None:
    db = connect(path)
    try:
        migrate(db, None)
        with transaction(db):
            units_repo.load(db, default_units())
            meta.put(db, meta.OWN_UNIT, unit)
            records = [
                {"id": str(uuid.uuid4()), "unit": "00067", "date": "2018-05-01",
                 "kind": "propaganda", "title": f"Tuyên truyền {i}"}
                for i in range(n)
            ]  # fmt: skip
            records_repo.upsert_many(db, KINDS["activity"], records, "test")
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def corrupt(path: Path) -> None:
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    rnd = random.Random(3)
    with open(path, "r+b") as f:
        f.seek(pages // 2 * page)
        f.write(bytes(rnd.randrange(256) for _ in range(3 * page)))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "pcmd.sqlite3"
    make_db(path, 3000)
    return path


def backups_on(db_path: Path, *days: int, folder: Path | None = None) -> list[Path]:
    db = connect(db_path)
    try:
        made = [automatic_backup(db, db_path, folder, now=datetime(2019, 5, d, 17, 0))
                for d in days]  # fmt: skip
    finally:
        db.close()
    return [p for p in made if p is not None]


def test_a_sound_database_is_ok(db_path):
    health = startup_check(db_path)
    assert health.ok and health.problems == [] and health.suggested_backup is None
    assert "không có lỗi" in health.message
    # Read-only: nothing created beside the database but what SQLite's WAL may need.
    assert {p.name for p in db_path.parent.iterdir()} <= {
        "pcmd.sqlite3",
        "pcmd.sqlite3-wal",
        "pcmd.sqlite3-shm",
    }


def test_a_corrupted_database_suggests_the_newest_good_backup(db_path):
    older, good, damaged = backups_on(db_path, 2, 3, 4)
    corrupt(damaged)  # the newest backup is bad too: skipped
    corrupt(db_path)

    health = startup_check(db_path)

    assert not health.ok and health.problems
    assert health.suggested_backup is not None
    assert health.suggested_backup.path == good
    assert health.suggested_backup.made_at == datetime(2019, 5, 3, 17, 0)
    msg = health.message
    assert msg.startswith(f"Cơ sở dữ liệu {db_path} bị hỏng")
    assert "Bản sao lưu tốt gần nhất: pcmd-20190503-170000.sqlite3 ngày 03/05/2019 17:00" in msg
    assert f'pcmd restore "{good}"' in msg and "nút Khôi phục" in msg
    assert older.exists()


def test_the_chosen_backup_folder_is_searched_too_but_never_for_another_unit(db_path, tmp_path):
    backups_on(db_path, 2)  # beside the database
    usb = tmp_path / "usb"
    (on_usb,) = backups_on(db_path, 5, folder=usb)  # newer, on the stick
    other = tmp_path / "khac" / "pcmd.sqlite3"
    other.parent.mkdir()
    make_db(other, 10, unit="00061")
    backups_on(other, 9, folder=usb)  # the newest of all, but another ward's
    corrupt(db_path)

    health = startup_check(db_path, also=[usb, None])

    assert health.suggested_backup is not None
    assert health.suggested_backup.path == on_usb
    # Without the stick, the one beside the database.
    assert startup_check(db_path).suggested_backup.made_at == datetime(2019, 5, 2, 17, 0)


def test_a_corrupted_database_without_good_backups(db_path):
    corrupt(db_path)
    health = startup_check(db_path)
    assert not health.ok and health.suggested_backup is None
    assert f"Không có bản sao lưu tốt nào trong {default_backup_dir(db_path)}" in health.message


def test_a_missing_database_suggests_a_backup(db_path):
    (good,) = backups_on(db_path, 9)
    db_path.unlink()
    health = startup_check(db_path)
    assert not health.ok and health.suggested_backup is not None
    assert health.suggested_backup.path == good
    assert health.message.startswith("Không tìm thấy cơ sở dữ liệu")


def test_a_file_that_is_not_sqlite(tmp_path):
    path = tmp_path / "pcmd.sqlite3"
    path.write_bytes(b"\x00" * 8192)
    health = startup_check(path)
    assert not health.ok and "không còn là cơ sở dữ liệu SQLite" in health.problems[0]
