"""Rows a handover reads and writes (schema 10): records with their stamps as they were
(the trash included), the handovers this database sent or received, and who held a
record before (record_custody)."""

from __future__ import annotations

import json
from collections.abc import Iterable

import sqlite_utils

from pcmd_desktop.db import search
from pcmd_desktop.db.records_repo import NAME_KEYED, STAMP_COLUMNS, _to_column, row_to_record
from pcmd_desktop.domain.records import RecordKind, record_key
from pcmd_desktop.domain.text import collation_key


def records_with_stamps(db: sqlite_utils.Database, kind: RecordKind) -> list[dict]:
    """Every record of a kind, deleted ones too, with its stamps, in key order."""
    out = []
    order = ", ".join(kind.key)
    for row in db.query(f"SELECT * FROM {kind.table} ORDER BY {order}"):
        rec = row_to_record(kind, row)
        rec.update((s, row[s]) for s in STAMP_COLUMNS if row.get(s) is not None)
        out.append(rec)
    return out


def stored(db: sqlite_utils.Database, kind: RecordKind, rec: dict) -> dict | None:
    """The stored record (deleted or not) with `rec`'s key, without stamps."""
    where = " AND ".join(f"{k} = ?" for k in kind.key)
    rows = list(db.query(f"SELECT * FROM {kind.table} WHERE {where}", [rec[k] for k in kind.key]))
    return row_to_record(kind, rows[0]) if rows else None


def insert_as_they_were(db: sqlite_utils.Database, kind: RecordKind, records: list[dict]) -> None:
    """Insert records keeping their stamps (who made, changed, deleted them and when), in
    the caller's transaction; indexed for search as records_repo does."""
    if not records:
        return
    cols = [*kind.keys, "extra", *STAMP_COLUMNS]
    keyed = kind.name in NAME_KEYED
    if keyed:
        cols.append("name_key")
    sql = (f"INSERT INTO {kind.table} ({', '.join(cols)}) VALUES "
           f"({', '.join('?' for _ in cols)})")  # fmt: skip
    rows = []
    for rec in records:
        row = [_to_column(kind, k, rec.get(k)) for k in kind.keys]
        extra = rec.get("extra")
        row.append(json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None)
        row.extend(rec.get(s) for s in STAMP_COLUMNS)
        if keyed:
            row.append(collation_key(rec["name"]))
        rows.append(row)
    db.conn.executemany(sql, rows)
    search.index_records(db, kind, [{k: v for k, v in r.items() if k in kind.keys}
                                    for r in records])  # fmt: skip


def custody_rows(db: sqlite_utils.Database) -> list[dict]:
    """Every earlier holder of every record, as a handover file carries them."""
    return [
        {"record": k, "key": key, "holder": holder, "handed_over_on": day}
        for k, key, holder, day in db.execute(
            "SELECT kind, record_key, holder, handed_over_on FROM record_custody "
            "ORDER BY kind, record_key, handed_over_on, holder"
        )
    ]


def holders(db: sqlite_utils.Database, kind: RecordKind, rec: dict) -> list[tuple[str, str]]:
    """(holder unit, handed over on) of a record, oldest first."""
    return db.execute(
        "SELECT holder, handed_over_on FROM record_custody WHERE kind = ? AND record_key = ? "
        "ORDER BY handed_over_on",
        (kind.name, record_key(kind, rec)),
    ).fetchall()


def add_custody(db: sqlite_utils.Database, rows: Iterable[dict], handover_id: int) -> int:
    """Keep earlier holders (a row already kept is left); returns how many were added."""
    before = db.execute("SELECT count(*) FROM record_custody").fetchone()[0]
    db.conn.executemany(
        "INSERT OR IGNORE INTO record_custody (kind, record_key, holder, handed_over_on, "
        "handover_id) VALUES (?, ?, ?, ?, ?)",
        [(r["record"], r["key"], r["holder"], r["handed_over_on"], handover_id) for r in rows],
    )
    return db.execute("SELECT count(*) FROM record_custody").fetchone()[0] - before


def add_handover(
    db: sqlite_utils.Database, direction: str, from_unit: str, to_unit: str, sha256: str,
    created_at: str, at: str, by: str, summary: dict,
) -> int:  # fmt: skip
    cur = db.execute(
        "INSERT INTO handovers (direction, from_unit, to_unit, sha256, created_at, at, by, "
        "summary) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (direction, from_unit, to_unit, sha256, created_at, at, by,
         json.dumps(summary, ensure_ascii=False, sort_keys=True)),
    )  # fmt: skip
    return int(cur.lastrowid)


def received(db: sqlite_utils.Database, sha256: str) -> tuple[int, str, str] | None:
    """(id, at, summary JSON) of the received handover with this checksum, if any."""
    return db.execute(
        "SELECT id, at, summary FROM handovers WHERE direction = 'received' AND sha256 = ?",
        (sha256,),
    ).fetchone()
