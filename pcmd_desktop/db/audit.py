"""The audit log: append-only, each entry chained to the one before by SHA-256, so that
an edited, deleted or reordered entry breaks the chain where it happened.

The chain proves the log was not altered between entries it still holds; a log cut off
at its end is caught by the count kept in `meta` (written in the same transaction), which
someone able to rewrite the file could also change: see docs/security.md.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import sqlite_utils

from pcmd_desktop.db import meta

GENESIS = "0" * 64
COUNT_KEY = "audit_count"


def _digest(seq: int, at: str, user: str, action: str, kind, key, detail, prev: str) -> str:
    canonical = json.dumps(
        [seq, at, user, action, kind, key, detail, prev], ensure_ascii=False, separators=(",", ":")
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append(
    db: sqlite_utils.Database,
    at: str,
    user: str,
    action: str,
    kind: str | None = None,
    record_key: str | None = None,
    detail: dict | None = None,
) -> int:
    """Add one entry in the caller's transaction; returns its sequence number."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0] + 1, row[1]) if row else (1, GENESIS)
    text = json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None
    digest = _digest(seq, at, user, action, kind, record_key, text, prev)
    db.execute(
        "INSERT INTO audit_log (seq, at, user, action, kind, record_key, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (seq, at, user, action, kind, record_key, text, prev, digest),
    )
    meta.put(db, COUNT_KEY, str(seq))
    return seq


def append_many(db: sqlite_utils.Database, entries: list[tuple]) -> None:
    """Entries (at, user, action, kind, record_key, detail) in order, chained, in the
    caller's transaction: one statement for a whole import."""
    row = db.execute("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1").fetchone()
    seq, prev = (row[0], row[1]) if row else (0, GENESIS)
    rows = []
    for at, user, action, kind, key, detail in entries:
        seq += 1
        text = json.dumps(detail, ensure_ascii=False, sort_keys=True) if detail else None
        digest = _digest(seq, at, user, action, kind, key, text, prev)
        rows.append((seq, at, user, action, kind, key, text, prev, digest))
        prev = digest
    db.conn.executemany(
        "INSERT INTO audit_log (seq, at, user, action, kind, record_key, detail, prev_hash, hash)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    if rows:
        meta.put(db, COUNT_KEY, str(seq))


@dataclass(frozen=True)
class ChainCheck:
    ok: bool
    entries: int
    first_bad: int | None = None  # sequence number of the first broken entry
    reason: str = ""


def verify(db: sqlite_utils.Database) -> ChainCheck:
    """Walk the whole chain; the first entry that does not hold, and why (Vietnamese)."""
    expected_seq, prev, n = 1, GENESIS, 0
    cur = db.execute(
        "SELECT seq, at, user, action, kind, record_key, detail, prev_hash, hash "
        "FROM audit_log ORDER BY seq"
    )
    for seq, at, user, action, kind, key, detail, prev_hash, digest in cur:
        n += 1
        if seq != expected_seq:
            return ChainCheck(False, n, expected_seq, f"mục số {expected_seq} đã bị xóa")
        if prev_hash != prev:
            return ChainCheck(
                False, n, seq, f"mục số {seq} không nối với mục trước (bị xóa hoặc đổi thứ tự)"
            )
        if _digest(seq, at, user, action, kind, key, detail, prev_hash) != digest:
            return ChainCheck(False, n, seq, f"mục số {seq} đã bị sửa")
        prev, expected_seq = digest, seq + 1
    recorded = int(meta.get(db, COUNT_KEY, "0") or 0)
    if recorded != n:
        return ChainCheck(
            False, n, n + 1, f"nhật ký có {n} mục nhưng đã ghi {recorded}: các mục cuối bị xóa"
        )
    return ChainCheck(True, n)


def query(
    db: sqlite_utils.Database,
    *,
    user: str | None = None,
    kind: str | None = None,
    record_key: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int = 1000,
    offset: int = 0,
) -> list[dict]:
    """Entries, newest first, filtered by user, record and date (yyyy-mm-dd, inclusive)."""
    where, params = [], []
    for col, value in (("user", user), ("kind", kind), ("record_key", record_key)):
        if value:
            where.append(f"{col} = ?")
            params.append(value)
    if date_from:
        where.append("at >= ?")
        params.append(date_from)
    if date_to:
        where.append("at < ?")
        params.append(date_to + "T99")  # the whole last day, whatever the time
    sql = "SELECT seq, at, user, action, kind, record_key, detail FROM audit_log"
    if where:
        sql += " WHERE " + " AND ".join(where)
    sql += " ORDER BY seq DESC LIMIT ? OFFSET ?"
    out = []
    for row in db.query(sql, [*params, limit, offset]):
        row["detail"] = json.loads(row["detail"]) if row["detail"] else None
        out.append(row)
    return out
