"""Opening the SQLite file: the pragmas every connection needs, in one place."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from pcmd_desktop.domain.text import sql_collate


class StoreError(Exception):
    """A database that cannot be used as it is; str() is a Vietnamese message for users."""


def connect(path: Path | str) -> sqlite_utils.Database:
    """A connection with WAL, foreign keys on and full sync.

    The driver is put in autocommit mode so that transactions are opened only where the
    code says so (`transaction()`), never implicitly by a stray statement.
    """
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=10.0)
    except sqlite3.Error as e:  # e.g. a folder that does not exist
        raise StoreError(f"Không mở được cơ sở dữ liệu {path}: {e}") from e
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        # PRAGMA optimize (run at close) then analyses only a sample: bounded time.
        conn.execute("PRAGMA analysis_limit = 400")
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        # Deleted or overwritten content is zeroed, not left in free pages of the file.
        conn.execute("PRAGMA secure_delete = ON")
    except sqlite3.DatabaseError as e:
        conn.close()
        raise StoreError(f"Tệp {path} không phải là cơ sở dữ liệu PCMD hợp lệ ({e}).") from e
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        conn.close()
        raise StoreError(
            f"Không bật được chế độ ghi nhật ký WAL cho {path} (chế độ hiện tại: {mode})."
        )
    # Vietnamese dictionary order for ORDER BY ... COLLATE VI.
    conn.create_collation("VI", sql_collate)
    return sqlite_utils.Database(conn)


@contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: all of it is committed, or (on any exception) none of it.

    BEGIN IMMEDIATE takes the write lock at once, so a second writer waits (busy_timeout)
    instead of failing half-way through.
    """
    conn = db.conn
    if conn.in_transaction:
        # Nested use joins the outer transaction through a savepoint.
        with db.atomic():
            yield db
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
