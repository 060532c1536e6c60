"""Numbered migrations: the only definition of the schema.

Each migration module has NAME and apply(db). It is applied and recorded in
schema_migrations in one transaction, and PRAGMA user_version follows it, so a database
is always at exactly one version. Before the first pending migration of a database that
already holds a schema, a copy of the file is made with SQLite's backup API.
"""

from __future__ import annotations

import importlib
import pkgutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import ModuleType

import sqlite_utils

from pcmd_desktop import __version__
from pcmd_desktop.db.connection import StoreError, transaction


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    module: ModuleType


def _discover() -> tuple[Migration, ...]:
    found = []
    for info in pkgutil.iter_modules(__path__):
        if info.name.startswith("m") and info.name[1:5].isdigit():
            module = importlib.import_module(f"{__name__}.{info.name}")
            found.append(Migration(int(info.name[1:5]), module.NAME, module))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError("migrations must be numbered 1, 2, 3... without gaps")
    return tuple(found)


MIGRATIONS: tuple[Migration, ...] = _discover()
LATEST_VERSION: int = MIGRATIONS[-1].version


class DatabaseTooNew(StoreError):
    """The file was written by a newer version of the program."""


def schema_version(db: sqlite_utils.Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def _written_by(db: sqlite_utils.Database) -> str:
    try:
        row = db.execute("SELECT value FROM meta WHERE key = 'app_version'").fetchone()
    except sqlite3.Error:
        return "?"
    return row[0] if row else "?"


def check_not_newer(db: sqlite_utils.Database) -> int:
    """The database's schema version; refuses a file from a newer program."""
    version = schema_version(db)
    if version > LATEST_VERSION:
        raise DatabaseTooNew(
            f"Cơ sở dữ liệu này do phiên bản mới hơn của PCMD Desktop ({_written_by(db)}, "
            f"lược đồ {version}) ghi; phiên bản đang chạy ({__version__}) chỉ đọc được đến "
            f"lược đồ {LATEST_VERSION}. Hãy cài phiên bản mới hơn; dữ liệu không bị thay đổi."
        )
    return version


def backup_copy(db: sqlite_utils.Database, path: Path, label: str) -> Path:
    """A consistent copy of the open database (WAL included) beside it, in backups/."""
    folder = path.parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}.{label}.{stamp}.sqlite3"
    tmp = target.with_suffix(".partial")
    dest = sqlite3.connect(str(tmp))
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    tmp.replace(target)  # whole or not at all
    return target


def migrate(
    db: sqlite_utils.Database, path: Path | None, target: int = LATEST_VERSION
) -> list[int]:
    """Bring the database up to `target`; returns the versions applied.

    `path` is the file (for the pre-migration copy); None for a database being created.
    """
    current = check_not_newer(db)
    pending = [m for m in MIGRATIONS if current < m.version <= target]
    if not pending:
        return []
    if current > 0 and path is not None:
        backup_copy(db, path, f"before-schema-{pending[-1].version}-from-{current}")
    for m in pending:
        with transaction(db):
            m.module.apply(db)
            db.execute(
                "INSERT INTO schema_migrations (version, name, applied_at, app_version) "
                "VALUES (?, ?, ?, ?)",
                (m.version, m.name, datetime.now().isoformat(timespec="seconds"), __version__),
            )
            db.execute(
                "INSERT INTO meta (key, value) VALUES ('app_version', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (__version__,),
            )
            db.execute(f"PRAGMA user_version = {m.version}")
    return [m.version for m in pending]
