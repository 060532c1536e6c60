"""The schema comes only from the numbered migrations; old files upgrade; newer refused."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.db.connection import connect
from pcmd_desktop.db.migrations import LATEST_VERSION, MIGRATIONS, migrate, schema_version
from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.domain.text import collation_key
from pcmd_desktop.services.auth import needs_setup, setup_admin
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.workspace import WorkspaceError, open_workspace

DATA = Path(__file__).parent.parent / "data"
OLD_VERSIONS = list(range(1, LATEST_VERSION))


def test_migrations_are_numbered_without_gaps():
    assert [m.version for m in MIGRATIONS] == list(range(1, LATEST_VERSION + 1))


def test_empty_database_migrates_to_latest_and_records_each_step(tmp_path):
    db = connect(tmp_path / "new.sqlite3")
    assert migrate(db, tmp_path / "new.sqlite3") == list(range(1, LATEST_VERSION + 1))
    assert schema_version(db) == LATEST_VERSION
    rows = db.execute("SELECT version, name FROM schema_migrations ORDER BY version").fetchall()
    assert [r[0] for r in rows] == list(range(1, LATEST_VERSION + 1))
    assert all(r[1] for r in rows)
    assert migrate(db, tmp_path / "new.sqlite3") == []  # nothing left to do
    # A brand-new file needs no safety copy.
    assert not (tmp_path / "backups").exists()


def test_pragmas_are_set_on_every_connection(tmp_path):
    db = connect(tmp_path / "p.sqlite3")
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_tables_have_exactly_the_canonical_columns(tmp_path):
    db = connect(tmp_path / "c.sqlite3")
    migrate(db, None)
    stamps = {"extra", "created_at", "created_by", "updated_at", "updated_by",
              "deleted_at", "deleted_by"}  # fmt: skip
    for kind in RECORD_KINDS:
        cols = set(db[kind.table].columns_dict)
        sort_key = {"name_key"} if kind.name in ("establishment", "hotspot") else set()
        assert cols == set(kind.keys) | stamps | sort_key, kind.name


@pytest.mark.parametrize("version", OLD_VERSIONS)
def test_committed_file_of_each_older_version_upgrades(tmp_path, version):
    source = DATA / f"schema-v{version}.sqlite3"
    assert source.exists(), "run tests/data/make_old_schemas.py and commit the file"
    path = tmp_path / "old.sqlite3"
    shutil.copy(source, path)
    ws = open_workspace(path)
    try:
        assert ws.schema_version() == LATEST_VERSION
        # Made before users existed: the first admin is set up, which encrypts the
        # personal fields the old file held in clear.
        assert needs_setup(ws)
        setup_admin(ws, ADMIN, PASSWORD)
        raw = ws.db.execute("SELECT full_name, id_number, residence FROM persons").fetchone()
        assert all(v.startswith("v1:") for v in raw)
        service = RecordService(ws)
        person = service.get("person", "3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e13")
        assert person["full_name"] == "Phạm Thị Thử Cũ"
        assert person["residence"] == "Tổ 9, Chương Dương"
        # The rest of the old file's data is there and usable after the upgrade.
        hits = service.search("song hong cu", "establishment")
        assert [h["name"] for h in hits] == ["Karaoke Sông Hồng Cũ"]
        insp = service.get("inspection", "0b2d6e4f-8a3c-4d1e-b7f2-5c9a8e1d3b20")
        assert insp["agencies"] == ["Công an phường"] and insp["fine_vnd"] == 2000000
        # Names written before sort keys existed got theirs during the upgrade.
        key = ws.db.execute("SELECT name_key FROM establishments").fetchone()[0]
        assert key == collation_key("Karaoke Sông Hồng Cũ")
    finally:
        ws.close()
    # A consistent copy of the old file was made before migrating, and it is the old one.
    copies = list((tmp_path / "backups").glob("old.before-schema-*.sqlite3"))
    assert len(copies) == 1
    con = sqlite3.connect(copies[0])
    assert con.execute("PRAGMA user_version").fetchone()[0] == version
    con.close()


def test_database_from_a_newer_version_is_refused_and_left_unchanged(tmp_path, ws):
    path = ws.path
    ws.db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    ws.close()
    before = path.read_bytes()
    with pytest.raises(WorkspaceError) as e:
        open_workspace(path)
    assert "phiên bản mới hơn" in str(e.value)
    assert f"lược đồ {LATEST_VERSION + 1}" in str(e.value)
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Biên bản họp tổ dân phố", encoding="utf-8")
    with pytest.raises(WorkspaceError) as e:
        open_workspace(path)
    assert "không phải" in str(e.value)


def test_a_failing_migration_leaves_the_previous_version(tmp_path, monkeypatch):
    db = connect(tmp_path / "f.sqlite3")
    migrate(db, None, target=LATEST_VERSION - 1)
    last = MIGRATIONS[-1].module

    def broken(d):
        d.execute("CREATE TABLE half_done (x)")
        raise RuntimeError("mất điện")

    monkeypatch.setattr(last, "apply", broken)
    with pytest.raises(RuntimeError):
        migrate(db, tmp_path / "f.sqlite3")
    assert schema_version(db) == LATEST_VERSION - 1
    assert "half_done" not in db.table_names()
