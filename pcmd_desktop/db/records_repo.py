"""Reading and writing records of every kind: one table each, named in domain.records.

Records cross this boundary in their records.md form (dicts with Python values); rows are
what SQLite stores (booleans 0/1, lists and `extra` as JSON text, stamps).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone

import sqlite_utils

from pcmd_desktop.db import search
from pcmd_desktop.domain.records import FieldType, RecordKind
from pcmd_desktop.domain.text import collation_key

# Tables whose name column has a stored collation key (migration 5) for sorted lists.
NAME_KEYED = frozenset({"establishment", "hotspot"})

STAMP_COLUMNS = (
    "created_at",
    "created_by",
    "updated_at",
    "updated_by",
    "deleted_at",
    "deleted_by",
)


def now_stamp() -> str:
    """UTC time in ISO form: the same instant whatever the PC's time zone setting."""
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _to_column(kind: RecordKind, key: str, value):
    if value is None:
        return None
    f = kind.field(key)
    if f.is_json:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    if f.type is FieldType.BOOL:
        return 1 if value else 0
    return value


def _from_column(kind: RecordKind, key: str, value):
    if value is None:
        return None
    f = kind.field(key)
    if f.is_json:
        return json.loads(value)
    if f.type is FieldType.BOOL:
        return bool(value)
    if f.type is FieldType.NUMBER and float(value).is_integer():
        return int(value)
    return value


def row_to_record(kind: RecordKind, row: dict) -> dict:
    """A stored row as a record: fields in records.md order, empty ones left out, `extra`
    when present."""
    rec = {}
    for k in kind.keys:
        value = _from_column(kind, k, row.get(k))
        if value is not None:  # an empty field is absent, as in records.md objects
            rec[k] = value
    if row.get("extra"):
        rec["extra"] = json.loads(row["extra"])
    return rec


def _key_where(kind: RecordKind) -> str:
    return " AND ".join(f"{k} = ?" for k in kind.key)


def _key_values(kind: RecordKind, key: dict) -> list:
    return [key[k] for k in kind.key]


def get(
    db: sqlite_utils.Database, kind: RecordKind, key: dict, *, include_deleted: bool = False
) -> dict | None:
    """The row (with stamps) for a key, or None."""
    sql = f"SELECT * FROM {kind.table} WHERE {_key_where(kind)}"
    if not include_deleted:
        sql += " AND deleted_at IS NULL"
    rows = list(db.query(sql, _key_values(kind, key)))
    return rows[0] if rows else None


def upsert_many(
    db: sqlite_utils.Database, kind: RecordKind, records: Iterable[dict], actor: str
) -> int:
    """Insert or update records (by key) in the caller's transaction; returns the count.

    An update keeps created_at/created_by and clears a soft delete: importing a record
    again brings it back as it now is.
    """
    cols = [*kind.keys, "extra"]
    keyed = kind.name in NAME_KEYED
    if keyed:
        cols.append("name_key")
    stamp = now_stamp()
    placeholders = ", ".join("?" for _ in cols) + ", ?, ?, ?, ?"
    updates = ", ".join(f"{c} = excluded.{c}" for c in cols if c not in kind.key)
    sql = (
        f"INSERT INTO {kind.table} ({', '.join(cols)}, created_at, created_by, updated_at, "
        f"updated_by) VALUES ({placeholders}) ON CONFLICT({', '.join(kind.key)}) DO UPDATE SET "
        f"{updates}, updated_at = excluded.updated_at, updated_by = excluded.updated_by, "
        "deleted_at = NULL, deleted_by = NULL"
    )
    rows = []
    batch = list(records)
    for rec in batch:
        row = [_to_column(kind, k, rec.get(k)) for k in kind.keys]
        extra = rec.get("extra")
        row.append(json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None)
        if keyed:
            row.append(collation_key(rec["name"]))
        row.extend((stamp, actor, stamp, actor))
        rows.append(row)
    db.conn.executemany(sql, rows)
    search.index_records(db, kind, batch)
    return len(rows)


def set_deleted(
    db: sqlite_utils.Database, kind: RecordKind, key: dict, actor: str, deleted: bool
) -> bool:
    """Soft-delete (or restore) one record; False when there is no such record in that
    state."""
    stamp = now_stamp()
    if deleted:
        sql = (
            f"UPDATE {kind.table} SET deleted_at = ?, deleted_by = ?, updated_at = ?, "
            f"updated_by = ? WHERE {_key_where(kind)} AND deleted_at IS NULL"
        )
        params = [stamp, actor, stamp, actor, *_key_values(kind, key)]
    else:
        sql = (
            f"UPDATE {kind.table} SET deleted_at = NULL, deleted_by = NULL, updated_at = ?, "
            f"updated_by = ? WHERE {_key_where(kind)} AND deleted_at IS NOT NULL"
        )
        params = [stamp, actor, *_key_values(kind, key)]
    return db.execute(sql, params).rowcount == 1


def iter_records(
    db: sqlite_utils.Database, kind: RecordKind, *, include_deleted: bool = False
) -> Iterator[dict]:
    """All records of a kind in key order (stable output for exports)."""
    where = "" if include_deleted else " WHERE deleted_at IS NULL"
    order = ", ".join(kind.key)
    for row in db.query(f"SELECT * FROM {kind.table}{where} ORDER BY {order}"):
        yield row_to_record(kind, row)


def count(db: sqlite_utils.Database, kind: RecordKind) -> int:
    return db.execute(f"SELECT count(*) FROM {kind.table} WHERE deleted_at IS NULL").fetchone()[0]


def existing_keys(db: sqlite_utils.Database, kind: RecordKind, ids: Iterable[str]) -> set[str]:
    """Which of these ids exist (deleted or not) in the kind's table."""
    ids = list(ids)
    found: set[str] = set()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        q = f"SELECT id FROM {kind.table} WHERE id IN ({', '.join('?' for _ in chunk)})"
        found.update(r[0] for r in db.execute(q, chunk))
    return found


def fetch_by_ids(
    db: sqlite_utils.Database, kind: RecordKind, ids: Iterable[str], columns: tuple[str, ...]
) -> dict[str, dict]:
    """Chosen columns of the live records with these ids, by id."""
    ids = list(ids)
    out: dict[str, dict] = {}
    cols = ", ".join(("id", *columns))
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        q = (
            f"SELECT {cols} FROM {kind.table} WHERE deleted_at IS NULL "
            f"AND id IN ({', '.join('?' for _ in chunk)})"
        )
        for row in db.query(q, chunk):
            out[row["id"]] = row
    return out
