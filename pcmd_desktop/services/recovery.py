"""The check at start-up: is the database file sound, and if not, which backup to offer."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pcmd_desktop.services.backup import (
    BackupError,
    BackupInfo,
    database_unit,
    default_backup_dir,
    list_backups,
    verify_backup,
)

MAX_PROBLEMS = 20


@dataclass
class StartupHealth:
    ok: bool
    problems: list[str] = field(default_factory=list)
    suggested_backup: BackupInfo | None = None
    message: str = ""


def _quick_check(db_path: Path) -> list[str]:
    """SQLite's quick_check through a read-only connection; the problems found."""
    if not db_path.is_file():
        return [f"Không tìm thấy tệp cơ sở dữ liệu {db_path}."]
    try:
        with open(db_path, "rb") as f:
            header = f.read(16)
    except OSError as e:
        return [f"Không đọc được tệp {db_path}: {e.strerror or e}."]
    if header != b"SQLite format 3\x00":
        return [f"Tệp {db_path} không còn là cơ sở dữ liệu SQLite (phần đầu tệp bị hỏng)."]
    try:
        conn = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as e:
        return [f"Không mở được tệp {db_path}: {e}."]
    try:
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check").fetchall()]
    except sqlite3.DatabaseError as e:
        return [f"Không đọc được cơ sở dữ liệu: {e}."]
    finally:
        conn.close()
    if rows == ["ok"]:
        return []
    return [f"Kiểm tra toàn vẹn: {r}" for r in rows[:MAX_PROBLEMS]]


def newest_good_backup(folder: Path, unit: str | None = None) -> BackupInfo | None:
    """The newest backup in `folder` that passes verify_backup (and belongs to `unit`,
    when given)."""
    for info in list_backups(folder):
        try:
            check = verify_backup(info.path)
        except BackupError:
            continue
        if unit is None or check.unit == unit:
            return info
    return None


def startup_check(db_path: Path, also: Sequence[Path | None] = ()) -> StartupHealth:
    """Quick-check the database before opening it; when it is damaged (or missing),
    name the newest good backup in `backups/` beside it or in the folders `also` (the
    backup folder chosen in Settings, often a USB stick) so the GUI or the CLI can offer
    to restore it. A backup of another unit is never offered."""
    db_path = Path(db_path)
    problems = _quick_check(db_path)
    if not problems:
        return StartupHealth(True, [], None, f"Cơ sở dữ liệu {db_path} không có lỗi.")
    folder = default_backup_dir(db_path)
    unit = database_unit(db_path) if db_path.is_file() else None
    found = [newest_good_backup(f, unit) for f in (folder, *[a for a in also if a])]
    candidates = [g for g in found if g is not None]
    good = max(candidates, key=lambda g: g.made_at) if candidates else None
    missing = not db_path.is_file()
    head = (
        f"Không tìm thấy cơ sở dữ liệu {db_path}."
        if missing
        else f"Cơ sở dữ liệu {db_path} bị hỏng: {'; '.join(problems[:3])}."
    )
    if good is not None:
        tail = (
            f" Bản sao lưu tốt gần nhất: {good.path.name} ngày "
            f"{good.made_at.strftime('%d/%m/%Y %H:%M')}; khôi phục bằng "
            f'pcmd restore "{good.path}" hoặc nút Khôi phục.'
        )
    else:
        tail = (
            f" Không có bản sao lưu tốt nào trong {folder}; nếu có bản sao lưu ở nơi khác "
            "(USB, thư mục mạng), khôi phục bằng pcmd restore <tệp> hoặc nút Khôi phục."
        )
    return StartupHealth(False, problems, good, head + tail)
