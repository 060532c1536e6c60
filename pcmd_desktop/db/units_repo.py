"""The unit list as stored: every version of every unit (`unit_versions`), the
successions, and `admin_units`, the registry of codes records refer to (each code's
latest version). Loading a newer list adds versions and ends old ones but never removes
a code: old records keep pointing at codes that stay valid."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from pcmd_desktop.domain.units import AdminUnit, Succession

_COLS = ("code", "name", "level", "division_type", "parent_code", "valid_from", "valid_to")
_VERSION_COLS = ", ".join(_COLS)


def _row(u: AdminUnit) -> tuple:
    return (u.code, u.name, u.level, u.division_type, u.parent_code, u.valid_from or "",
            u.valid_to)  # fmt: skip


def load(db: sqlite_utils.Database, units: Iterable[AdminUnit]) -> int:
    """Upsert versions (keyed by code and valid_from) in the caller's transaction and
    bring the code registry up to date; returns how many versions were written."""
    rows = [_row(u) for u in units]
    db.conn.executemany(
        f"INSERT INTO unit_versions ({_VERSION_COLS}) VALUES (?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT(code, valid_from) DO UPDATE SET name = excluded.name, "
        "level = excluded.level, division_type = excluded.division_type, "
        "parent_code = excluded.parent_code, valid_to = excluded.valid_to",
        rows,
    )
    sync_registry(db, {r[0] for r in rows})
    return len(rows)


def sync_registry(db: sqlite_utils.Database, codes: Iterable[str]) -> None:
    """Make `admin_units` hold the latest version of each code in `codes`."""
    db.execute(
        f"INSERT INTO admin_units ({_VERSION_COLS}) SELECT code, name, level, division_type, "
        "parent_code, nullif(valid_from, ''), valid_to FROM unit_versions v "
        "WHERE code IN (SELECT value FROM json_each(?)) AND valid_from = "
        "(SELECT max(valid_from) FROM unit_versions w WHERE w.code = v.code) "
        "ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, "
        "division_type = excluded.division_type, parent_code = excluded.parent_code, "
        "valid_from = excluded.valid_from, valid_to = excluded.valid_to",
        [json.dumps(sorted(set(codes)))],
    )


def end_version(
    db: sqlite_utils.Database, code: str, valid_from: str | None, last_day: str
) -> None:
    db.execute("UPDATE unit_versions SET valid_to = ? WHERE code = ? AND valid_from = ?",
               [last_day, code, valid_from or ""])  # fmt: skip
    sync_registry(db, [code])


def list_rows(db: sqlite_utils.Database) -> tuple[list[tuple], list[tuple]]:
    """The versions and successions as raw rows, in a fixed order (for a digest)."""
    versions = db.conn.execute(
        f"SELECT {_VERSION_COLS} FROM unit_versions ORDER BY code, valid_from"
    ).fetchall()
    successions = db.conn.execute(
        "SELECT old_code, new_code, since FROM unit_successions ORDER BY since, new_code, old_code"
    ).fetchall()
    return versions, successions


def all_units(db: sqlite_utils.Database) -> list[AdminUnit]:
    """Every version, oldest first within a code."""
    rows = db.conn.execute(
        f"SELECT {_VERSION_COLS} FROM unit_versions ORDER BY code, valid_from"
    ).fetchall()
    return [AdminUnit(c, n, lv, dt, p, vf or None, vt) for c, n, lv, dt, p, vf, vt in rows]


def get(db: sqlite_utils.Database, code: str) -> AdminUnit | None:
    """The latest version of `code`."""
    rows = list(db.query(f"SELECT {_VERSION_COLS} FROM admin_units WHERE code = ?", [code]))
    return AdminUnit(**rows[0]) if rows else None


def add_successions(db: sqlite_utils.Database, successions: Iterable[Succession]) -> None:
    db.conn.executemany(
        "INSERT OR IGNORE INTO unit_successions (old_code, new_code, since) VALUES (?, ?, ?)",
        [(s.old_code, s.new_code, s.since) for s in successions],
    )


def all_successions(db: sqlite_utils.Database) -> list[Succession]:
    return [Succession(*row) for row in db.execute(
        "SELECT old_code, new_code, since FROM unit_successions ORDER BY since, new_code, old_code"
    )]  # fmt: skip
