"""Per-PC choices kept in QSettings: the backup folder (often a USB stick) and the idle
minutes before the screen locks."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from pcmd_desktop.ui.window_state import app_settings

BACKUP_FOLDER_KEY = "backup/folder"
IDLE_MINUTES_KEY = "security/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 120


def backup_folder(settings: QSettings | None = None) -> Path | None:
    """The chosen backup folder; None for the default (`backups/` beside the database)."""
    value = (settings or app_settings()).value(BACKUP_FOLDER_KEY, "")
    return Path(str(value)) if value else None


def set_backup_folder(folder: Path | None, settings: QSettings | None = None) -> None:
    s = settings or app_settings()
    s.setValue(BACKUP_FOLDER_KEY, str(folder) if folder else "")
    s.sync()


def idle_minutes(settings: QSettings | None = None) -> int:
    """Minutes without keyboard or mouse before the screen locks; 0 = never."""
    value = (settings or app_settings()).value(IDLE_MINUTES_KEY, DEFAULT_IDLE_MINUTES)
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0, min(minutes, MAX_IDLE_MINUTES))


def set_idle_minutes(minutes: int, settings: QSettings | None = None) -> None:
    s = settings or app_settings()
    s.setValue(IDLE_MINUTES_KEY, int(minutes))
    s.sync()
