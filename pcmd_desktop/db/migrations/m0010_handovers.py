"""Schema 10: handovers of a unit's data to its successor (issue 13).

`handovers` keeps each handover file this database sent or received (direction 'sent' or
'received'), with the two units, the file's SHA-256 (the same file twice is recognised),
when it was made and kept, by whom, and a JSON summary of what moved. `record_custody`
keeps the history of who held a record: one row per earlier holder unit, with the day it
handed the record over and the handover (of this database) the row came with.
"""

NAME = "handovers"


def apply(db) -> None:
    db.execute(
        """CREATE TABLE handovers (
    id INTEGER PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'received')),
    from_unit TEXT NOT NULL,
    to_unit TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    at TEXT NOT NULL,
    by TEXT NOT NULL,
    summary TEXT NOT NULL
)"""
    )
    db.execute("CREATE INDEX idx_handovers_sha256 ON handovers(sha256)")
    db.execute(
        """CREATE TABLE record_custody (
    kind TEXT NOT NULL,
    record_key TEXT NOT NULL,
    holder TEXT NOT NULL,
    handed_over_on TEXT NOT NULL,
    handover_id INTEGER NOT NULL REFERENCES handovers(id),
    PRIMARY KEY (kind, record_key, holder, handed_over_on)
)"""
    )
