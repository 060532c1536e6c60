"""The database's own settings and identity (its unit, its cut-off): key/value in `meta`."""

from __future__ import annotations

import sqlite_utils

OWN_UNIT = "own_unit"  # the administrative unit this database belongs to, fixed at creation
CUTOFF = "period_cutoff"  # nd09 | calendar
CREATED_AT = "created_at"
REPORT_SIGNATURE = "report_signature"  # JSON of reports.model.Signature (Settings)
IDLE_MINUTES = "idle_minutes"  # before the window locks itself
DEMO_FLAG = "demo"  # "1" in a database made by `pcmd demo`
DEMO_YEAR = "demo_year"  # a demo database's year: the window works as at its end


def get(db: sqlite_utils.Database, key: str, default: str | None = None) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def put(db: sqlite_utils.Database, key: str, value: str) -> None:
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (key, value),
    )
