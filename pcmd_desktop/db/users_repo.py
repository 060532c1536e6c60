"""Users and the wrapped copies of the data key, as stored."""

from __future__ import annotations

import sqlite_utils

_COLS = (
    "name, role, password_hash, kdf, wrapped_key, disabled, failed_count, last_failed_at, "
    "created_at, created_by, updated_at, updated_by"
)


def get(db: sqlite_utils.Database, name: str) -> dict | None:
    rows = list(db.query(f"SELECT {_COLS} FROM users WHERE name = ?", [name]))
    return rows[0] if rows else None


def all_users(db: sqlite_utils.Database) -> list[dict]:
    return list(db.query(f"SELECT {_COLS} FROM users ORDER BY name"))


def count(db: sqlite_utils.Database) -> int:
    return db.execute("SELECT count(*) FROM users").fetchone()[0]


def insert(db: sqlite_utils.Database, row: dict) -> None:
    cols = list(row)
    db.execute(
        f"INSERT INTO users ({', '.join(cols)}) VALUES ({', '.join('?' for _ in cols)})",
        [row[c] for c in cols],
    )


def update(db: sqlite_utils.Database, name: str, **values) -> None:
    sets = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE users SET {sets} WHERE name = ?", [*values.values(), name])


def get_wrap(db: sqlite_utils.Database, name: str) -> dict | None:
    rows = list(db.query("SELECT * FROM key_wraps WHERE name = ?", [name]))
    return rows[0] if rows else None


def put_wrap(db: sqlite_utils.Database, name: str, kdf: str, wrapped: bytes, at: str) -> None:
    db.execute(
        "INSERT INTO key_wraps (name, kdf, wrapped_key, created_at) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(name) DO UPDATE SET kdf = excluded.kdf, wrapped_key = excluded.wrapped_key,"
        " created_at = excluded.created_at",
        (name, kdf, wrapped, at),
    )
