"""Schema 3: a full-text index over the folded text of records (case, tones and đ folded
in Python, so the FTS tokenizer sees plain ASCII-like words), filled for existing rows.

Sensitive fields (a person's name, identity number, residence, note) are never indexed:
the index is a second copy of the text, and it must not hold what is protected.
"""

from pcmd_desktop.domain.text import fold

NAME = "search_index"

# Frozen copy of the searchable columns as of this schema version.
SEARCHABLE = {
    "establishments": ("name", "address", "licence_no", "owner_name", "phone", "note"),
    "inspections": ("agencies", "findings", "decision_no", "note"),
    "hotspots": ("name", "location", "handed_over_to", "note"),
    "patrols": ("team", "note"),
    "persons": ("code", "home_province"),
    "services": ("provider", "outcome", "note"),
    "sanctions": ("decision_no", "legal_basis", "note"),
    "cases": ("summary",),
    "activities": ("title", "location", "note"),
    "commune_statuses": ("note",),
    "budgets": ("source", "purpose"),
}
KIND_OF_TABLE = {
    "establishments": "establishment", "inspections": "inspection", "hotspots": "hotspot",
    "patrols": "patrol", "persons": "person", "services": "service", "sanctions": "sanction",
    "cases": "case", "activities": "activity", "commune_statuses": "commune_status",
    "budgets": "budget",
}  # fmt: skip


def apply(db) -> None:
    db.execute(
        """CREATE TABLE search_keys (
    rowid INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    key TEXT NOT NULL,
    UNIQUE (kind, key)
)"""
    )
    db.execute(
        # Not contentless: SQLite 3.40 (Debian 12, Python 3.11) cannot delete from a
        # contentless table, and the stored text is folded, non-sensitive words.
        "CREATE VIRTUAL TABLE search_index USING fts5(text, tokenize='unicode61')"
    )
    for table, cols in SEARCHABLE.items():
        kind = KIND_OF_TABLE[table]
        keycols = "unit || '/' || year" if table == "commune_statuses" else "id"
        rows = db.execute(f"SELECT {keycols}, {', '.join(cols)} FROM {table}").fetchall()
        for row in rows:
            text = fold(" ".join(str(v) for v in row[1:] if v))
            cur = db.execute("INSERT INTO search_keys (kind, key) VALUES (?, ?)", (kind, row[0]))
            db.execute(
                "INSERT INTO search_index (rowid, text) VALUES (?, ?)", (cur.lastrowid, text)
            )
