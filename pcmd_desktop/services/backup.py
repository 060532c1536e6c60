"""Backups: consistent copies of the database, checked, rotated, verified and restored.

A backup is a page copy made with SQLite's backup API, so it is exactly as encrypted as
the database (encrypted columns stay encrypted). It is written under a temporary name,
checked with `PRAGMA integrity_check`, then renamed into place: a backup file is whole or
absent. Backups may go anywhere (a USB stick, a network share); rotation deletes only
files named like `pcmd-YYYYMMDD-HHMMSS.sqlite3` and never anything else in the folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import sqlite_utils

from pcmd_desktop.db.connection import StoreError
from pcmd_desktop.db.migrations import LATEST_VERSION
from pcmd_desktop.services.backup_policy import choose_kept
from pcmd_desktop.services.files import atomic_output, fsync_dir

BACKUP_NAME = "pcmd-{stamp}.sqlite3"
STAMP_FORMAT = "%Y%m%d-%H%M%S"
_BACKUP_RE = re.compile(r"^pcmd-(\d{8}-\d{6})\.sqlite3$")
# A backup interrupted by a crash: files.atomic_output's temporary name for BACKUP_NAME.
_PARTIAL_RE = re.compile(r"^\.pcmd-(\d{8}-\d{6})\.sqlite3\.[0-9a-f]+\.partial$")
SQLITE_HEADER = b"SQLite format 3\x00"


class BackupError(StoreError):
    """A backup that could not be made, is not usable, or cannot be restored here;
    str() is a Vietnamese message naming the fault."""


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    size: int


@dataclass(frozen=True)
class BackupCheck:
    path: Path
    unit: str
    schema_version: int


def _when(d: datetime) -> str:
    return d.strftime("%d/%m/%Y %H:%M")


# Making a backup -----------------------------------------------------------------------


def default_backup_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "backups"


def backup_to(db: sqlite_utils.Database, target: Path) -> Path:
    """A consistent copy of the open database (its WAL included) at `target`.

    The copy is made in one step of the backup API (one read snapshot, so writers on
    other connections do not make it inconsistent), switched to a self-contained
    rollback-journal file, checked with integrity_check, and only then renamed to
    `target`. On any fault nothing is left at `target` and BackupError is raised.
    """
    target = Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with atomic_output(target) as tmp:
            dest = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                db.conn.backup(dest)
                # One file, no -wal/-shm beside it: readable from a read-only stick.
                dest.execute("PRAGMA journal_mode = DELETE")
                rows = [r[0] for r in dest.execute("PRAGMA integrity_check").fetchall()]
            finally:
                dest.close()
            if rows != ["ok"]:
                raise BackupError(
                    f"Bản sao lưu vừa tạo không qua kiểm tra toàn vẹn ({'; '.join(rows[:5])}); "
                    "đã xoá bản sao lưu hỏng."
                )
    except BackupError:
        raise
    except (OSError, sqlite3.Error) as e:
        raise BackupError(f"Không tạo được bản sao lưu {target}: {e}") from e
    return target


def backup_name(made_at: datetime) -> str:
    return BACKUP_NAME.format(stamp=made_at.strftime(STAMP_FORMAT))


def automatic_backup(
    db: sqlite_utils.Database,
    db_path: Path,
    folder: Path | None,
    *,
    now: datetime,
    force: bool = False,
) -> Path | None:
    """The daily backup; returns the new file, or None when today's already exists.

    The app calls this when it closes (and may at start): it makes a backup only if none
    was made this calendar day in `folder` (default: `backups/` beside the database),
    then rotates the folder. `force=True` makes one whatever the day's count (an officer
    asking for a backup now).
    """
    folder = Path(folder) if folder is not None else default_backup_dir(db_path)
    if not force and any(b.made_at.date() == now.date() for b in list_backups(folder)):
        return None
    made = backup_to(db, folder / backup_name(now))
    rotate(folder, now)
    return made


# Rotation ------------------------------------------------------------------------------


def _parse_stamp(text: str) -> datetime | None:
    try:
        return datetime.strptime(text, STAMP_FORMAT)
    except ValueError:
        return None


def rotate(folder: Path, now: datetime) -> list[Path]:
    """Delete the backups `choose_kept` does not keep; returns the deleted files.

    Only files named like BACKUP_NAME are considered (and temporary files of backups
    interrupted before today); nothing else in the folder is ever touched.
    """
    folder = Path(folder)
    backups = list_backups(folder)
    kept = choose_kept([b.made_at for b in backups], now)
    deleted: list[Path] = []
    for b in backups:
        if b.made_at not in kept:
            with contextlib.suppress(FileNotFoundError):
                b.path.unlink()
                deleted.append(b.path)
    with contextlib.suppress(OSError):
        for entry in folder.iterdir():
            m = _PARTIAL_RE.match(entry.name)
            stamp = _parse_stamp(m.group(1)) if m else None
            if stamp and stamp.date() < now.date() and entry.is_file():
                with contextlib.suppress(OSError):
                    entry.unlink()
                    deleted.append(entry)
    if deleted:
        with contextlib.suppress(OSError):
            fsync_dir(folder)
    return sorted(deleted)


# Listing -------------------------------------------------------------------------------


def list_backups(folder: Path) -> list[BackupInfo]:
    """The backups (files named like BACKUP_NAME) in `folder`, newest first."""
    folder = Path(folder)
    found: list[BackupInfo] = []
    try:
        entries = list(folder.iterdir())
    except OSError:  # no folder yet, or a stick pulled out
        return []
    for entry in entries:
        m = _BACKUP_RE.match(entry.name)
        made_at = _parse_stamp(m.group(1)) if m else None
        if made_at is None:
            continue
        try:
            st = entry.stat()
        except OSError:
            continue
        if entry.is_file():
            found.append(BackupInfo(entry, made_at, st.st_size))
    found.sort(key=lambda b: (b.made_at, b.path.name), reverse=True)
    return found


def last_backup(folder: Path) -> BackupInfo | None:
    backups = list_backups(folder)
    return backups[0] if backups else None


# Verifying -----------------------------------------------------------------------------


def _ro_uri(path: Path) -> str:
    uri = f"{Path(path).resolve().as_uri()}?mode=ro"
    # Without a -wal beside it the file is self-contained: read it as immutable so that
    # no -wal/-shm is created next to a backup (perhaps on a read-only stick).
    if not Path(f"{path}-wal").exists():
        uri += "&immutable=1"
    return uri


def verify_backup(path: Path, *, shown: Path | None = None) -> BackupCheck:
    """Check that `path` is a usable PCMD backup for this program; returns its unit and
    schema version, or raises BackupError naming the fault. Opens the file read-only.

    `shown` is the name used in messages (when checking a temporary copy).
    """
    path = Path(path)
    name = shown or path
    try:
        with open(path, "rb") as f:
            header = f.read(len(SQLITE_HEADER))
    except FileNotFoundError as e:
        raise BackupError(f"Không tìm thấy tệp sao lưu {name}.") from e
    except OSError as e:
        raise BackupError(f"Không đọc được tệp sao lưu {name}: {e.strerror or e}.") from e
    if header != SQLITE_HEADER:
        raise BackupError(
            f"Tệp {name} không phải là cơ sở dữ liệu SQLite (không phải bản sao lưu)."
        )
    try:
        conn = sqlite3.connect(_ro_uri(path), uri=True)
    except sqlite3.Error as e:
        raise BackupError(f"Không mở được tệp sao lưu {name}: {e}.") from e
    try:
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
        except sqlite3.DatabaseError as e:
            raise BackupError(f"Tệp sao lưu {name} bị hỏng ({e}); không dùng được.") from e
        if rows != ["ok"]:
            shown_rows = "; ".join(str(r) for r in rows[:5])
            raise BackupError(
                f"Tệp sao lưu {name} bị hỏng (kiểm tra toàn vẹn: {shown_rows}); không dùng được."
            )
        try:
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            row = conn.execute("SELECT value FROM meta WHERE key = 'own_unit'").fetchone()
        except sqlite3.DatabaseError:
            row = None
            version = 0
        if not row or not row[0]:
            raise BackupError(
                f"Tệp {name} không phải bản sao lưu của PCMD Desktop "
                "(không có bảng meta ghi đơn vị sở hữu)."
            )
        if version > LATEST_VERSION:
            raise BackupError(
                f"Tệp sao lưu {name} do phiên bản mới hơn của chương trình ghi (lược đồ "
                f"{version}); phiên bản đang chạy chỉ đọc được đến lược đồ {LATEST_VERSION}. "
                "Hãy cài phiên bản mới hơn trước khi khôi phục."
            )
        return BackupCheck(path, str(row[0]), version)
    finally:
        conn.close()


# Restoring -----------------------------------------------------------------------------


def database_unit(db_path: Path, *, checkpoint: bool = False) -> str | None:
    """The unit a database file names, or None when that cannot be read (a damaged
    file: the reason for restoring). With `checkpoint`, the WAL is folded in first (the
    file is about to be replaced); without, the file is only read."""
    try:
        if checkpoint:
            conn = sqlite3.connect(str(db_path), isolation_level=None, timeout=10.0)
        else:
            conn = sqlite3.connect(f"{Path(db_path).resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        if checkpoint:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'own_unit'").fetchone()
        except sqlite3.Error:
            return None
        return str(row[0]) if row and row[0] else None
    finally:
        conn.close()


def refuse_other_unit(backup: Path, backup_unit: str, own_unit: str | None) -> None:
    """BackupError when `backup` holds another unit's data than the database's."""
    if own_unit is not None and own_unit != backup_unit:
        raise BackupError(
            f"Bản sao lưu {backup} thuộc đơn vị {backup_unit}, còn cơ sở dữ liệu hiện tại "
            f"thuộc đơn vị {own_unit}; không khôi phục dữ liệu của đơn vị khác."
        )


def _move(src: Path, dst: Path) -> None:
    try:
        os.replace(src, dst)
    except OSError:  # another file system: copy then remove
        shutil.move(str(src), str(dst))


def restore_from(backup: Path, db_path: Path, *, now: datetime) -> Path | None:
    """Put `backup` in place of the database at `db_path`.

    The caller must have closed every connection to `db_path` first (the workspace, the
    GUI's models); the program's instance lock may stay held.

    The backup is copied beside the database under a temporary name and verified
    (verify_backup) there; if it is bad, or belongs to another unit than the current
    database, BackupError is raised and nothing is changed. Otherwise the current file
    (checkpointed if it can be opened) and its -wal/-shm are moved to
    `backups/<stem>.before-restore-<stamp>.sqlite3` (returned; None when there was no
    database) and the copy is renamed into place.
    """
    backup = Path(backup)
    db_path = Path(db_path)
    verify_backup(backup)  # a clear fault before copying a large file
    db_path.parent.mkdir(parents=True, exist_ok=True)
    side = [Path(f"{db_path}-wal"), Path(f"{db_path}-shm")]
    aside: Path | None = None
    try:
        with atomic_output(db_path) as tmp:
            shutil.copyfile(backup, tmp)
            check = verify_backup(tmp, shown=backup)  # the bytes that will be used
            if db_path.exists():
                refuse_other_unit(backup, check.unit, database_unit(db_path, checkpoint=True))
            folder = default_backup_dir(db_path)
            folder.mkdir(parents=True, exist_ok=True)
            aside = _aside_name(folder, db_path.stem, now) if db_path.exists() else None
            _move_aside(db_path, side, aside)
    except BackupError:
        raise
    except (OSError, sqlite3.Error) as e:
        raise BackupError(f"Không khôi phục được từ {backup}: {e}") from e
    if aside is not None:
        with contextlib.suppress(OSError):
            fsync_dir(aside.parent)
    return aside


def _move_aside(db_path: Path, side: list[Path], aside: Path | None) -> None:
    """Move the database and its -wal/-shm to `aside` (-wal/-shm alone are deleted when
    there is no database); on a fault, put back what was moved."""
    moved: list[tuple[Path, Path]] = []
    try:
        if aside is not None:
            _move(db_path, aside)
            moved.append((db_path, aside))
        for s in side:
            if not s.exists():
                continue
            if aside is None:
                s.unlink()
                continue
            dst = Path(f"{aside}{s.name[len(db_path.name) :]}")
            _move(s, dst)
            moved.append((s, dst))
    except BaseException:
        for src, dst in reversed(moved):
            with contextlib.suppress(OSError):
                _move(dst, src)
        raise


def _aside_name(folder: Path, stem: str, now: datetime) -> Path:
    base = f"{stem}.before-restore-{now.strftime(STAMP_FORMAT)}"
    candidate = folder / f"{base}.sqlite3"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{base}-{n}.sqlite3"
    return candidate
