"""Writes the committed database files of each older schema version, as a released
program of that version would have left them (with a few synthetic records), so that
tests upgrade real old files. Run once when a new migration is added:

    .venv/bin/python tests/data/make_old_schemas.py

and commit the new schema-vN.sqlite3. Never regenerate an existing file: it stands for
what users have on disk.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pcmd_desktop.db import meta
from pcmd_desktop.db.connection import connect, transaction
from pcmd_desktop.db.migrations import LATEST_VERSION, migrate
from pcmd_desktop.domain.text import collation_key
from pcmd_desktop.resources import ADMIN_UNITS_CSV, resource_path
from pcmd_desktop.services.units import read_units_csv

HERE = Path(__file__).parent
STAMP = ("2018-03-01T08:00:00+00:00", "can-bo-cu", "2018-03-01T08:00:00+00:00", "can-bo-cu")
EST_ID = "6f1c8a52-3f0e-4c7e-9a51-2b8c1d0e4a10"
INSP_ID = "0b2d6e4f-8a3c-4d1e-b7f2-5c9a8e1d3b20"
PERSON_ID = "3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e13"


def make(version: int, target: Path) -> None:
    for p in (target, Path(f"{target}-wal"), Path(f"{target}-shm")):
        p.unlink(missing_ok=True)
    db = connect(target)
    migrate(db, None, target=version)
    hk = [u for u in read_units_csv(resource_path(ADMIN_UNITS_CSV))
          if u.code in ("01", "002", "00061", "00067")]  # fmt: skip
    with transaction(db):
        # As the program of that version stored units: one row per code in admin_units.
        db.conn.executemany(
            "INSERT INTO admin_units (code, name, level, division_type, parent_code) "
            "VALUES (?, ?, ?, ?, ?)",
            [(u.code, u.name, u.level, u.division_type, u.parent_code) for u in hk],
        )
        if version >= 9:  # that version kept every version of a unit beside the registry
            db.conn.executemany(
                "INSERT INTO unit_versions (code, valid_from, valid_to, name, level, "
                "division_type, parent_code) VALUES (?, '', NULL, ?, ?, ?, ?)",
                [(u.code, u.name, u.level, u.division_type, u.parent_code) for u in hk],
            )
        meta.put(db, meta.OWN_UNIT, "00067")
        meta.put(db, meta.CUTOFF, "nd09")
        db.execute(
            "INSERT INTO establishments (id, unit, name, type, address, created_at, created_by,"
            " updated_at, updated_by) VALUES (?, '00067', 'Karaoke Sông Hồng Cũ', 'karaoke',"
            " 'số 9 phố Hồng Hà', ?, ?, ?, ?)",
            (EST_ID, *STAMP),
        )
        db.execute(
            "INSERT INTO inspections (id, unit, date, establishment_id, team_level, agencies,"
            " fine_vnd, suspended, licence_revoked, created_at, created_by, updated_at,"
            " updated_by) VALUES (?, '00067', '2018-02-20', ?, 'commune',"
            " '[\"Công an phường\"]', 2000000, 0, 0, ?, ?, ?, ?)",
            (INSP_ID, EST_ID, *STAMP),
        )
        # Before schema 4 personal fields were stored in clear: the upgrade must encrypt them.
        db.execute(
            "INSERT INTO persons (id, unit, code, opened_on, full_name, id_number, residence,"
            " created_at, created_by, updated_at, updated_by) VALUES (?, '00067',"
            " 'CD-2017-0001', '2017-06-01', 'Phạm Thị Thử Cũ', '001199000777',"
            " 'Tổ 9, Chương Dương', ?, ?, ?, ?)",
            (PERSON_ID, *STAMP),
        )
        if version >= 3:  # that version indexed what it wrote for search
            indexed = (
                ("establishment", EST_ID, "karaoke song hong cu so 9 pho hong ha"),
                ("inspection", INSP_ID, "cong an phuong"),
            )
            for kind, key, text in indexed:
                rowid = db.execute(
                    "INSERT INTO search_keys (kind, key) VALUES (?, ?)", (kind, key)
                ).lastrowid
                db.execute("INSERT INTO search_index (rowid, text) VALUES (?, ?)", (rowid, text))
        if version >= 5:  # that version wrote each name's sort key with the name
            for rowid, name in db.execute("SELECT rowid, name FROM establishments").fetchall():
                db.execute("UPDATE establishments SET name_key = ? WHERE rowid = ?",
                           (collation_key(name), rowid))  # fmt: skip
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.execute("PRAGMA journal_mode = DELETE")  # one self-contained file to commit
    db.close()


if __name__ == "__main__":
    for v in range(1, LATEST_VERSION):
        out = HERE / f"schema-v{v}.sqlite3"
        if out.exists() and "--force" not in sys.argv:
            print(f"{out.name} exists; kept")
            continue
        make(v, out)
        print(f"wrote {out.name}")
