"""Schema 5: sort keys for the names lists are sorted by, and the drafts of forms.

Lists of establishments and hotspots (and of the inspections and patrols that name them)
sort by name as a Vietnamese dictionary does. Comparing with a Python collation inside
SQLite costs a call per comparison, far too slow for a city's 100,000 names, so each name
keeps its collation key (domain.text.collation_key, a string whose plain binary order is
the dictionary order) in an indexed column written with the name.

Lists show live records only, so the indexes they walk in order are partial (live rows
only): a list of a million inspections by date then reads one index and not a million
rows to skip the deleted ones (2.5 s -> 0.3 s, docs/performance.md). They replace the
plain date indexes of migration 2, which every report also filters to live rows.

A draft is a form the user had not saved when the window closed; its content may be a
person's name, so it is stored encrypted with the data key (services.drafts).
"""

from pcmd_desktop.domain.text import collation_key

NAME = "sort_keys_drafts"

SORT_KEYED = ("establishments", "hotspots")

_DATED = {
    "inspections": "date",
    "patrols": "date",
    "services": "date",
    "sanctions": "date",
    "activities": "date",
    "budgets": "date",
    "cases": "detected_on",
    "hotspots": "identified_on",
    "persons": "opened_on",
}
_LIVE_REFS = [("inspections", "establishment_id"), ("patrols", "hotspot_id")]


def apply(db) -> None:
    conn = db.conn
    for table in SORT_KEYED:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN name_key TEXT")
        rows = conn.execute(f"SELECT rowid, name FROM {table}").fetchall()
        conn.executemany(
            f"UPDATE {table} SET name_key = ? WHERE rowid = ?",
            [(collation_key(name), rowid) for rowid, name in rows],
        )
        conn.execute(
            f"CREATE INDEX idx_{table}_name_key ON {table}(name_key) WHERE deleted_at IS NULL"
        )
    for table, col in _DATED.items():
        conn.execute(f"DROP INDEX idx_{table}_{col}")
        conn.execute(
            f"CREATE INDEX idx_{table}_{col}_live ON {table}({col}) WHERE deleted_at IS NULL"
        )
    for table, col in _LIVE_REFS:
        conn.execute(
            f"CREATE INDEX idx_{table}_{col}_live ON {table}({col}) WHERE deleted_at IS NULL"
        )
    conn.execute(
        """CREATE TABLE drafts (
    user TEXT NOT NULL,
    form TEXT NOT NULL,
    payload TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (user, form)
)"""
    )
