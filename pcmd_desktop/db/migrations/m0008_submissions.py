"""Schema 8: upward files. `own_exports` numbers each file this unit sends for a period
(revision 1, 2, ...); `submissions` keeps, per child unit and period, the latest accepted
file: its revision and checksum, the indicator values, narrative and records it carried
(personal fields only sealed for this unit)."""

NAME = "submissions"


def apply(db) -> None:
    db.execute(
        """CREATE TABLE own_exports (
    period TEXT NOT NULL,
    revision INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    personal INTEGER NOT NULL,
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    PRIMARY KEY (period, revision)
)"""
    )
    db.execute(
        """CREATE TABLE submissions (
    unit TEXT NOT NULL,
    period TEXT NOT NULL,
    revision INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    created_at TEXT NOT NULL,
    received_at TEXT NOT NULL,
    received_by TEXT NOT NULL,
    indicators TEXT NOT NULL,
    narrative TEXT NOT NULL,
    children TEXT,
    records TEXT NOT NULL,
    personal BLOB,
    PRIMARY KEY (unit, period)
)"""
    )
