"""Follow-up inspections (hậu kiểm) due: the 2018 plan asks teams to re-inspect the
establishments they found at fault or sanctioned, to check the faults were put right.

An inspection needs a follow-up when it found violations or led to a fine, a suspension or
a licence revocation; the follow-up is due FOLLOW_UP_DAYS after it, and stays due until a
live inspection records itself as its follow-up. The plan sets no delay; 30 days is this
program's choice (docs/data-entry.md), kept here in one place.
"""

from __future__ import annotations

from datetime import date, timedelta

import sqlite_utils

from pcmd_desktop.services.auth import require
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace

FOLLOW_UP_DAYS = 30


def needs_follow_up_sql(alias: str) -> str:
    """True for an inspection row `alias` that found faults and has no live follow-up."""
    return (
        f"(({alias}.violations IS NOT NULL AND {alias}.violations != '[]') "
        f"OR {alias}.fine_vnd > 0 OR {alias}.suspended = 1 OR {alias}.licence_revoked = 1) "
        f"AND NOT EXISTS (SELECT 1 FROM inspections fu WHERE fu.follow_up_of = {alias}.id "
        f"AND fu.deleted_at IS NULL)"
    )


def due_sql(alias: str) -> str:
    """True for an inspection whose follow-up is due on or before the date parameter ?."""
    return f"{needs_follow_up_sql(alias)} AND {alias}.date <= ?"


def due_cutoff(today: date) -> str:
    """Inspections on or before this date are due for follow-up today."""
    return (today - timedelta(days=FOLLOW_UP_DAYS)).isoformat()


def due_count(db: sqlite_utils.Database, today: date) -> int:
    """Live inspections whose follow-up is due (the navigation badge)."""
    return db.execute(
        f"SELECT count(*) FROM inspections i WHERE i.deleted_at IS NULL AND {due_sql('i')}",
        (due_cutoff(today),),
    ).fetchone()[0]


def count_due(ws: Workspace, today: date | None = None) -> int:
    """Follow-ups due today, for the user's eyes (the navigation badge)."""
    require(ws, Permission.READ)
    return due_count(ws.db, today or ws.today())
