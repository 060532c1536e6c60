"""Per-PC choices kept in QSettings: the backup folder (often a USB stick on this PC) and
the database file chosen at the first run when it is not in the default place. The idle
lock's minutes are in the database (Workspace.idle_minutes): admins only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from pcmd_desktop.ui.window_state import app_settings

BACKUP_FOLDER_KEY = "backup/folder"
DATABASE_KEY = "database/path"


def backup_folder(settings: QSettings | None = None) -> Path | None:
    """The chosen backup folder; None for the default (`backups/` beside the database)."""
    value = (settings or app_settings()).value(BACKUP_FOLDER_KEY, "")
    return Path(str(value)) if value else None


def set_backup_folder(folder: Path | None, settings: QSettings | None = None) -> None:
    s = settings or app_settings()
    s.setValue(BACKUP_FOLDER_KEY, str(folder) if folder else "")
    s.sync()


def chosen_database(settings: QSettings | None = None) -> Path | None:
    """The database file chosen at the first run, when it still exists; None otherwise
    (then the default place is used, as before the choice)."""
    value = (settings or app_settings()).value(DATABASE_KEY, "")
    path = Path(str(value)) if value else None
    return path if path is not None and path.is_file() else None


def set_chosen_database(path: Path | None, settings: QSettings | None = None) -> None:
    s = settings or app_settings()
    s.setValue(DATABASE_KEY, str(path) if path else "")
    s.sync()
