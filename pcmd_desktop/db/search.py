"""The full-text search index: folded words of each record's searchable fields.

Folding (case, tones, đ -> d) is done here in Python on both the indexed text and the
query, because SQLite's unicode61 tokenizer does not fold đ. Sensitive fields are never
indexed (see migration 3).
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from pcmd_desktop.domain.records import RecordKind, record_key
from pcmd_desktop.domain.text import fold, fold_tokens


def document_text(kind: RecordKind, record: dict) -> str:
    """The folded text a record is found by."""
    parts: list[str] = []
    for f in kind.fields:
        if not f.searchable or f.sensitive:
            continue
        value = record.get(f.key)
        if value is None or value == "":
            continue
        if isinstance(value, list):
            parts.extend(str(v) for v in value)
        else:
            parts.append(str(value))
    return fold(" ".join(parts))


def index_records(db: sqlite_utils.Database, kind: RecordKind, records: Iterable[dict]) -> None:
    """(Re)index records, in the caller's transaction."""
    conn = db.conn
    for rec in records:
        key = record_key(kind, rec)
        row = conn.execute(
            "SELECT rowid FROM search_keys WHERE kind = ? AND key = ?", (kind.name, key)
        ).fetchone()
        if row:
            rowid = row[0]
            conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
        else:
            rowid = conn.execute(
                "INSERT INTO search_keys (kind, key) VALUES (?, ?)", (kind.name, key)
            ).lastrowid
        text = document_text(kind, rec)
        if text:
            conn.execute("INSERT INTO search_index (rowid, text) VALUES (?, ?)", (rowid, text))


def fts_query(text: str) -> str | None:
    """An FTS5 query where every folded word of `text` must start a word of the record."""
    tokens = fold_tokens(text)
    if not tokens:
        return None
    return " AND ".join(f'"{t}"*' for t in tokens)


def find_keys(
    db: sqlite_utils.Database, text: str, kind: str | None = None, limit: int = 1000
) -> list[tuple[str, str]]:
    """(kind, key) of records whose indexed text matches every word of `text`."""
    query = fts_query(text)
    if query is None:
        return []
    # CROSS JOIN pins the full-text match as the outer loop. Left to itself, the planner
    # (before ANALYZE has run) may walk every key of the kind and re-run the match for
    # each: 37 s instead of milliseconds on a city database.
    sql = (
        "SELECT k.kind, k.key FROM search_index s CROSS JOIN search_keys k "
        "ON k.rowid = s.rowid WHERE search_index MATCH ?"
    )
    params: list = [query]
    if kind:
        sql += " AND k.kind = ?"
        params.append(kind)
    sql += " ORDER BY k.kind, k.key LIMIT ?"
    params.append(limit)
    return [(r[0], r[1]) for r in db.execute(sql, params)]
