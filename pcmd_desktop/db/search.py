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
    """(Re)index records, in the caller's transaction (which holds the write lock, so the
    row numbers given to new keys cannot be taken by another writer)."""
    conn = db.conn
    docs = {record_key(kind, rec): document_text(kind, rec) for rec in records}
    keys = list(docs)
    existing: dict[str, int] = {}
    for i in range(0, len(keys), 500):
        chunk = keys[i : i + 500]
        existing.update(
            conn.execute(
                f"SELECT key, rowid FROM search_keys WHERE kind = ? "
                f"AND key IN ({', '.join('?' for _ in chunk)})",
                [kind.name, *chunk],
            ).fetchall()
        )
    conn.executemany("DELETE FROM search_index WHERE rowid = ?", [(r,) for r in existing.values()])
    next_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM search_keys").fetchone()[0]
    new_keys = []
    for key in keys:
        if key not in existing:
            next_rowid += 1
            existing[key] = next_rowid
            new_keys.append((next_rowid, kind.name, key))
    conn.executemany("INSERT INTO search_keys (rowid, kind, key) VALUES (?, ?, ?)", new_keys)
    conn.executemany(
        "INSERT INTO search_index (rowid, text) VALUES (?, ?)",
        [(existing[key], text) for key, text in docs.items() if text],
    )


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
