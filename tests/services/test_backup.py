"""Backups: consistent, checked, rotated without touching foreign files, restored safely."""

from __future__ import annotations

import random
import sqlite3
import subprocess
import sys
import textwrap
import threading
import uuid
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlite_utils

from pcmd_desktop.db import meta, records_repo, units_repo
from pcmd_desktop.db.connection import connect, transaction
from pcmd_desktop.db.migrations import LATEST_VERSION, migrate
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.backup import (
    BACKUP_NAME,
    BackupError,
    automatic_backup,
    backup_to,
    choose_kept,
    default_backup_dir,
    last_backup,
    list_backups,
    restore_from,
    rotate,
    verify_backup,
)
from pcmd_desktop.services.units import default_units

ACTIVITY = KINDS["activity"]
NOW = datetime(2019, 12, 31, 12, 0, 0)


# Helpers -------------------------------------------------------------------------------


def make_db(path: Path, unit: str = "00067") -> sqlite_utils.Database:
    db = connect(path)
    migrate(db, None)
    with transaction(db):
        units_repo.load(db, default_units())
        meta.put(db, meta.OWN_UNIT, unit)
    return db


def activities(n: int, unit: str = "00067", start: int = 0) -> list[dict]:
    return [
        {"id": str(uuid.uuid4()), "unit": unit, "date": "2018-05-01", "kind": "propaganda",
         "title": f"Tuyên truyền {i}"}
        for i in range(start, start + n)
    ]  # fmt: skip


def add(db: sqlite_utils.Database, n: int, unit: str = "00067") -> None:
    with transaction(db):
        records_repo.upsert_many(db, ACTIVITY, activities(n, unit), "test")


def count(path: Path, table: str = "activities") -> int:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        conn.close()


def corrupt(path: Path, seed: int = 7) -> None:
    """Overwrite a few whole pages in the middle of the file with random bytes."""
    data = path.read_bytes()
    page = int.from_bytes(data[16:18], "big") or 65536
    pages = len(data) // page
    assert pages >= 8, "too small a file to corrupt in the middle"
    first = pages // 2
    rnd = random.Random(seed)
    with open(path, "r+b") as f:
        f.seek(first * page)
        f.write(bytes(rnd.randrange(256) for _ in range(3 * page)))


def files_in(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    path = tmp_path / "data" / "pcmd.sqlite3"
    path.parent.mkdir()
    db = make_db(path)
    add(db, 300)
    db.close()
    return path


# Making backups ------------------------------------------------------------------------


def test_backup_is_a_checked_single_file_copy(db_path, tmp_path):
    db = connect(db_path)
    target = tmp_path / "usb" / "pcmd-20190101-080000.sqlite3"
    try:
        assert backup_to(db, target) == target
    finally:
        db.close()
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # no -wal, no partial
    assert count(target) == 300
    check = verify_backup(target)
    assert (check.unit, check.schema_version) == ("00067", LATEST_VERSION)
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]  # verify is read-only
    conn = sqlite3.connect(target)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_backup_is_consistent_while_another_connection_writes(db_path, tmp_path):
    db = connect(db_path)
    add(db, 20_000)  # so that a backup takes a while
    stop = threading.Event()
    errors: list[BaseException] = []
    batch = 50

    def writer() -> None:
        wdb = connect(db_path)
        try:
            while not stop.is_set():
                add(wdb, batch)
        except BaseException as e:  # pragma: no cover - reported below
            errors.append(e)
        finally:
            wdb.close()

    thread = threading.Thread(target=writer)
    thread.start()
    seen = set()
    try:
        for i in range(6):
            target = backup_to(db, tmp_path / "bk" / f"pcmd-20190101-08000{i}.sqlite3")
            n = count(target)
            assert n == count(target, "search_keys")  # records and index from one moment
            assert (n - 300) % batch == 0  # whole write transactions only
            seen.add(n)
    finally:
        stop.set()
        thread.join()
        db.close()
    assert not errors
    assert len(seen) > 1  # the writer really wrote during the backups


def test_a_damaged_database_is_not_backed_up(db_path, tmp_path):
    db = connect(db_path)
    add(db, 3000)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(db_path)
    target = tmp_path / "bk" / "pcmd-20190101-080000.sqlite3"
    db = connect(db_path)
    try:
        with pytest.raises(BackupError):
            backup_to(db, target)
    finally:
        db.close()
    assert list((tmp_path / "bk").iterdir()) == []


def test_at_most_one_automatic_backup_a_day(db_path):
    db = connect(db_path)
    folder = default_backup_dir(db_path)
    assert folder == db_path.parent / "backups"
    try:
        day = datetime(2019, 3, 4, 17, 30, 5)
        first = automatic_backup(db, db_path, None, now=day)
        assert first == folder / "pcmd-20190304-173005.sqlite3" and first.is_file()
        assert automatic_backup(db, db_path, None, now=day.replace(hour=21)) is None
        assert automatic_backup(db, db_path, None, now=day.replace(hour=23, minute=59)) is None
        forced = automatic_backup(db, db_path, None, now=day.replace(hour=22), force=True)
        assert forced is not None and forced != first
        assert not first.exists()  # rotation keeps the newest of a day
        nxt = automatic_backup(db, db_path, None, now=day + timedelta(days=1, hours=-10))
        assert nxt == folder / "pcmd-20190305-073005.sqlite3"
        other = db_path.parent / "usb"
        on_stick = automatic_backup(db, db_path, other, now=day)
        assert on_stick is not None and on_stick.parent == other
    finally:
        db.close()
    infos = list_backups(folder)
    assert [b.path for b in infos] == [nxt, forced]
    assert infos[0].made_at == datetime(2019, 3, 5, 7, 30, 5) and infos[0].size > 0
    assert last_backup(folder) == infos[0]
    assert last_backup(db_path.parent / "nowhere") is None


def test_automatic_backup_rotates(db_path):
    folder = default_backup_dir(db_path)
    folder.mkdir()
    for d in range(30):  # a month of older backups, one a day
        stamp = datetime(2019, 3, 1, 8) + timedelta(days=d)
        (folder / BACKUP_NAME.format(stamp=stamp.strftime("%Y%m%d-%H%M%S"))).write_bytes(b"x")
    db = connect(db_path)
    try:
        automatic_backup(db, db_path, None, now=datetime(2019, 4, 1, 17))
    finally:
        db.close()
    kept = {b.made_at.date().isoformat() for b in list_backups(folder)}
    assert kept == {"2019-04-01", "2019-03-30", "2019-03-29", "2019-03-28", "2019-03-27",
                    "2019-03-26", "2019-03-25", "2019-03-24", "2019-03-17"}  # fmt: skip


# Rotation ------------------------------------------------------------------------------


def two_year_history() -> list[datetime]:
    """Two backups a day (08:00 and 11:00) from 1 Jan 2018 to 31 Dec 2019."""
    stamps = []
    day = datetime(2018, 1, 1)
    while day <= datetime(2019, 12, 31):
        stamps += [day.replace(hour=8), day.replace(hour=11)]
        day += timedelta(days=1)
    return stamps


MONTH_ENDS = [(1, 31), (2, 28), (3, 31), (4, 30), (5, 31), (6, 30), (7, 31), (8, 31), (9, 30),
              (10, 31), (11, 30)]  # fmt: skip

EXPECTED_KEPT = {
    # daily: the last 7 days
    *(datetime(2019, 12, d, 11) for d in range(25, 32)),
    # weekly: ISO weeks 2020-W01 (31 Dec), 2019-W52 (29 Dec), W51 (22 Dec), W50 (15 Dec)
    datetime(2019, 12, 22, 11),
    datetime(2019, 12, 15, 11),
    # monthly: the last day of each of the last 12 months (December's is already in)
    *(datetime(2019, m, d, 11) for m, d in MONTH_ENDS),
}


def test_choose_kept_on_a_two_year_history():
    stamps = two_year_history()
    kept = choose_kept(stamps, NOW)
    assert kept == EXPECTED_KEPT and len(kept) == 20
    random.Random(1).shuffle(stamps)
    assert choose_kept(stamps, NOW) == EXPECTED_KEPT  # order does not matter


def test_choose_kept_counts_only_periods_with_backups():
    # Used in spring 2018, then not again until the end of December 2019.
    spring = [datetime(2018, 3, d, 9) for d in (1, 5, 20)] + [
        datetime(2018, 4, d, 9) for d in (2, 3)
    ]
    december = [datetime(2019, 12, d, 9) for d in range(27, 32)]
    stamps = spring + december
    # 7 days: 27-31 Dec and 2-3 Apr; 4 weeks with backups: 2020-W01, 2019-W52, 2018-W14
    # and 2018-W12 (20 Mar); months: Dec 2019, Apr and Mar 2018 (20 Mar again).
    assert choose_kept(stamps, NOW) == set(stamps) - {
        datetime(2018, 3, 1, 9),
        datetime(2018, 3, 5, 9),
    }
    # Backups from a clock set ahead are kept.
    future = datetime(2020, 6, 1, 9)
    assert future in choose_kept([*stamps, future], NOW)
    assert choose_kept([], NOW) == set()


def test_rotate_deletes_only_old_backups_and_never_foreign_files(tmp_path):
    folder = tmp_path / "usb"
    folder.mkdir()
    for s in two_year_history():
        (folder / BACKUP_NAME.format(stamp=s.strftime("%Y%m%d-%H%M%S"))).write_bytes(b"bk")
    foreign = {
        "notes.txt": b"ghi chu",
        "pcmd-20180101.sqlite3": b"f",
        "pcmd-20180101-080000.sqlite3.bak": b"f",
        "Pcmd-20180101-080000.sqlite3": b"f",
        "pcmd.before-restore-20180101-080000.sqlite3": b"f",
        "pcmd.before-schema-4-from-3.20180101-080000-000000.sqlite3": b"f",
        ".pcmd-20191231-100000.sqlite3.0a1b2c.partial": b"today, maybe being written",
    }
    for name, data in foreign.items():
        (folder / name).write_bytes(data)
    (folder / "pcmd-20180102-080000.sqlite3.d").mkdir()
    (folder / "sub").mkdir()
    (folder / "sub" / "pcmd-20180101-080000.sqlite3").write_bytes(b"nested")
    stale = folder / ".pcmd-20191230-100000.sqlite3.9f8e7d.partial"
    stale.write_bytes(b"a backup cut off by a crash yesterday")

    deleted = rotate(folder, NOW)

    assert len(deleted) == 2 * 730 - 20 + 1
    assert stale in deleted and not stale.exists()
    assert {b.made_at for b in list_backups(folder)} == EXPECTED_KEPT
    for name, data in foreign.items():
        assert (folder / name).read_bytes() == data
    assert (folder / "pcmd-20180102-080000.sqlite3.d").is_dir()
    assert (folder / "sub" / "pcmd-20180101-080000.sqlite3").read_bytes() == b"nested"
    assert rotate(folder, NOW) == []  # stable
    assert rotate(tmp_path / "missing", NOW) == []


# Verifying -----------------------------------------------------------------------------


@pytest.fixture
def good_backup(db_path, tmp_path) -> Path:
    db = connect(db_path)
    try:
        add(db, 3000)  # enough pages to corrupt the middle of
        return backup_to(db, tmp_path / "usb" / "pcmd-20190101-080000.sqlite3")
    finally:
        db.close()


def test_verify_refuses_a_corrupted_copy(good_backup):
    corrupt(good_backup)
    with pytest.raises(BackupError) as e:
        verify_backup(good_backup)
    assert "bị hỏng" in str(e.value) and good_backup.name in str(e.value)


def test_verify_refuses_what_is_not_a_pcmd_backup(tmp_path):
    with pytest.raises(BackupError, match="Không tìm thấy"):
        verify_backup(tmp_path / "missing.sqlite3")
    text = tmp_path / "notes.sqlite3"
    text.write_text("không phải SQLite", encoding="utf-8")
    with pytest.raises(BackupError, match="không phải là cơ sở dữ liệu SQLite"):
        verify_backup(text)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.close()
    with pytest.raises(BackupError, match="không có bảng meta"):
        verify_backup(other)


def test_verify_refuses_a_backup_from_a_newer_program(good_backup):
    conn = sqlite3.connect(good_backup)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    conn.close()
    with pytest.raises(BackupError) as e:
        verify_backup(good_backup)
    assert f"lược đồ {LATEST_VERSION + 1}" in str(e.value)
    assert f"đến lược đồ {LATEST_VERSION}" in str(e.value)


# Restoring -----------------------------------------------------------------------------


def test_restore_moves_the_current_database_aside(db_path, good_backup):
    assert count(good_backup) == 3300
    # The current database has more, some of it still only in its WAL (a crashed writer).
    script = textwrap.dedent(
        """
        import os, sys
        from pcmd_desktop.db.connection import connect
        db = connect(sys.argv[1])
        db.execute("PRAGMA wal_autocheckpoint = 0")
        db.execute("DELETE FROM activities WHERE rowid IN (SELECT rowid FROM activities LIMIT 7)")
        os._exit(0)
        """
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    assert Path(f"{db_path}-wal").exists()

    aside = restore_from(good_backup, db_path, now=datetime(2019, 6, 1, 9, 15))

    assert aside == db_path.parent / "backups" / "pcmd.before-restore-20190601-091500.sqlite3"
    assert count(aside) == 3293  # the WAL went aside with it (checkpointed)
    assert count(db_path) == 3300
    assert not Path(f"{db_path}-wal").exists() or Path(f"{db_path}-wal").stat().st_size == 0
    assert verify_backup(db_path).unit == "00067"
    db = connect(db_path)  # the restored file is a normal live database
    try:
        add(db, 1)
        assert records_repo.count(db, ACTIVITY) == 3301
    finally:
        db.close()
    # Twice in the same second: a second name, nothing overwritten.
    again = restore_from(good_backup, db_path, now=datetime(2019, 6, 1, 9, 15))
    assert again != aside and count(again) == 3301 and count(aside) == 3293
    assert [p.name for p in db_path.parent.iterdir() if p.name.endswith(".partial")] == []


def test_restore_refuses_a_corrupted_backup_and_changes_nothing(db_path, good_backup):
    corrupt(good_backup)
    before = files_in(db_path.parent)
    with pytest.raises(BackupError, match="bị hỏng"):
        restore_from(good_backup, db_path, now=NOW)
    assert files_in(db_path.parent) == before


def test_restore_refuses_another_units_backup(db_path, tmp_path):
    other_path = tmp_path / "other" / "pcmd.sqlite3"
    other_path.parent.mkdir()
    other = make_db(other_path, unit="00061")
    try:
        backup = backup_to(other, tmp_path / "usb" / "pcmd-20190101-080000.sqlite3")
    finally:
        other.close()
    before = files_in(db_path.parent)
    with pytest.raises(BackupError) as e:
        restore_from(backup, db_path, now=NOW)
    assert "00061" in str(e.value) and "00067" in str(e.value)
    assert files_in(db_path.parent) == before


def test_restore_replaces_a_damaged_database(db_path, good_backup):
    db = connect(db_path)
    add(db, 3000)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    corrupt(db_path)
    aside = restore_from(good_backup, db_path, now=NOW)
    assert aside is not None and aside.is_file()
    assert count(db_path) == 3300
    verify_backup(db_path)


def test_restore_without_a_current_database(good_backup, tmp_path):
    target = tmp_path / "new" / "pcmd.sqlite3"
    assert restore_from(good_backup, target, now=NOW) is None
    assert count(target) == 3300
