"""The unit list as stored in the database. Loading a newer list adds and renames units
but never removes one: old records keep pointing at codes that stay valid."""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from pcmd_desktop.domain.units import AdminUnit

_COLS = ("code", "name", "level", "division_type", "parent_code", "valid_from", "valid_to")


def load(db: sqlite_utils.Database, units: Iterable[AdminUnit]) -> int:
    """Upsert units in the caller's transaction; returns how many were written."""
    rows = [tuple(getattr(u, c) for c in _COLS) for u in units]
    db.conn.executemany(
        f"INSERT INTO admin_units ({', '.join(_COLS)}) VALUES ({', '.join('?' for _ in _COLS)}) "
        "ON CONFLICT(code) DO UPDATE SET name = excluded.name, level = excluded.level, "
        "division_type = excluded.division_type, parent_code = excluded.parent_code, "
        "valid_from = excluded.valid_from, valid_to = excluded.valid_to",
        rows,
    )
    return len(rows)


def all_units(db: sqlite_utils.Database) -> list[AdminUnit]:
    return [AdminUnit(**row) for row in db.query(f"SELECT {', '.join(_COLS)} FROM admin_units")]


def get(db: sqlite_utils.Database, code: str) -> AdminUnit | None:
    rows = list(db.query(f"SELECT {', '.join(_COLS)} FROM admin_units WHERE code = ?", [code]))
    return AdminUnit(**rows[0]) if rows else None
