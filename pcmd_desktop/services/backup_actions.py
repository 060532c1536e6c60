"""Backups and restores as users ask for them: allowed by role, written to the audit log.
The mechanics (SQLite's backup API, rotation, checks) are in `backup.py`."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pcmd_desktop.services import backup
from pcmd_desktop.services.auth import record_event, require
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace, open_workspace


def backup_now(ws: Workspace, folder: Path | None, *, now: datetime | None = None) -> Path:
    """ "Sao lưu ngay": a backup into `folder` (default `backups/` beside the database)."""
    require(ws, Permission.BACKUP)
    made = backup.automatic_backup(ws.db, ws.path, folder, now=now or datetime.now(), force=True)
    assert made is not None  # force=True always writes one
    record_event(ws, "backup", detail={"file": str(made)})
    return made


def backup_to_file(ws: Workspace, target: Path) -> Path:
    """`pcmd backup --out FILE`."""
    require(ws, Permission.BACKUP)
    made = backup.backup_to(ws.db, target)
    record_event(ws, "backup", detail={"file": str(made)})
    return made


def backup_on_close(ws: Workspace, folder: Path | None, *, now: datetime | None = None
                    ) -> Path | None:  # fmt: skip
    """The automatic backup when the window closes, at most one a day, whatever the
    role: it protects against a lost disk, and it copies what is already encrypted."""
    require(ws, Permission.READ)
    made = backup.automatic_backup(ws.db, ws.path, folder, now=now or datetime.now())
    if made is not None:
        record_event(ws, "backup", detail={"file": str(made), "automatic": True})
    return made


def check_restorable(ws: Workspace, source: Path) -> backup.BackupCheck:
    """Everything that can refuse `source` before anything is touched (admin only): a
    damaged file, a newer program's file, another unit's data. BackupError says why."""
    require(ws, Permission.SETTINGS)
    check = backup.verify_backup(source)
    # A copy made before the database was re-homed (its unit then the one this unit
    # succeeded) may be restored: it undoes the re-homing.
    if check.unit not in {s.old_code for s in ws.history.predecessors(ws.unit.code)}:
        backup.refuse_other_unit(Path(source), check.unit, ws.unit.code)
    return check


def restore(ws: Workspace, source: Path, *, now: datetime | None = None) -> Path | None:
    """Replace the database with a checked backup (admin only). The workspace is closed
    and must not be used again; the previous database is kept aside (returned). The
    restored database's log records who restored it and from where."""
    session = require(ws, Permission.SETTINGS)
    check_restorable(ws, source)  # refused before anything is touched
    path, user = ws.path, session.user
    ws.session = None
    ws.close()
    aside = backup.restore_from(source, path, now=now or datetime.now())
    restored = open_workspace(path)
    try:
        previous = str(aside) if aside else None
        record_event(restored, "restore_backup", user=user,
                     detail={"file": str(source), "previous": previous})  # fmt: skip
    finally:
        restored.close()
    return aside
