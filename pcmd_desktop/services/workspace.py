"""A workspace is one open database: its file, its own unit, the unit tree and the user
acting on it. The GUI and the CLI both start here."""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import sqlite_utils

from pcmd_desktop import locations
from pcmd_desktop.db import audit, meta, records_repo, units_repo
from pcmd_desktop.db.connection import StoreError, connect, transaction
from pcmd_desktop.db.migrations import LATEST_VERSION, migrate, schema_version
from pcmd_desktop.domain.periods import CUTOFFS, DEFAULT_CUTOFF, Period, month_of, parse_period
from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.domain.units import AdminUnit
from pcmd_desktop.security.passwords import PasswordPolicyError, check_password_policy
from pcmd_desktop.services.auth import (
    Session,
    audit_time,
    check_user_name,
    login,
    require,
    setup_admin,
)
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.instance_lock import refuse_network_location
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.unit_keys import ensure_unit_keys
from pcmd_desktop.services.units import UnitDirectory, default_units

DB_FILE_NAME = "pcmd.sqlite3"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 120


class WorkspaceError(Exception):
    """Why a database cannot be created or opened; str() is Vietnamese, for users."""


class UnknownUnit(WorkspaceError):
    """A unit code that is not in the unit list."""


def default_db_path() -> Path:
    """The user data folder's database, or the one in the `data` folder beside a
    portable program (`locations`)."""
    return locations.data_dir() / DB_FILE_NAME


class Workspace:
    """An open database. Use `create_workspace` or `open_workspace` to get one."""

    def __init__(self, path: Path, db: sqlite_utils.Database):
        self.path = path
        self.db = db
        self.session: Session | None = None
        self.new_recovery_key: str | None = None  # set once at creation, to show and print
        self.units = UnitDirectory(units_repo.all_units(db))
        code = meta.get(db, meta.OWN_UNIT)
        unit = self.units.get(code) if code else None
        if unit is None:
            raise WorkspaceError(f"Tệp {path} không ghi đơn vị sở hữu; không phải CSDL PCMD.")
        self.unit: AdminUnit = unit

    @property
    def actor(self) -> str:
        """Who is acting: the logged-in user."""
        return self.session.user if self.session else ""

    @property
    def role(self) -> str | None:
        return self.session.role if self.session else None

    def can(self, permission: Permission) -> bool:
        """Whether the logged-in user's role allows `permission`; False when nobody is
        logged in. For what a screen offers; the services still check with `require`."""
        return self.session is not None and self.session.can(permission)

    # Identity and settings -------------------------------------------------------
    def unit_full_name(self) -> str:
        return self.units.full_name(self.unit)

    @property
    def cutoff(self) -> str:
        return meta.get(self.db, meta.CUTOFF, DEFAULT_CUTOFF) or DEFAULT_CUTOFF

    def set_cutoff(self, cutoff: str) -> None:
        require(self, Permission.SETTINGS)
        if cutoff not in CUTOFFS:
            raise WorkspaceError(
                f"Cách tính kỳ báo cáo '{cutoff}' không hợp lệ; chọn: {', '.join(CUTOFFS)}"
            )
        old = self.cutoff
        with transaction(self.db):
            meta.put(self.db, meta.CUTOFF, cutoff)
            audit.append(self.db, audit_time(), self.actor, "settings_changed",
                         detail={"period_cutoff": {"old": old, "new": cutoff}})  # fmt: skip

    @property
    def idle_minutes(self) -> int:
        """Minutes without keyboard or mouse before the window locks; 0 = never. Kept in
        the database, so only an admin changes it (not anyone who can edit a settings
        file on the PC)."""
        value = meta.get(self.db, meta.IDLE_MINUTES, str(DEFAULT_IDLE_MINUTES))
        try:
            return max(0, min(int(value or 0), MAX_IDLE_MINUTES))
        except ValueError:
            return DEFAULT_IDLE_MINUTES

    def set_idle_minutes(self, minutes: int) -> None:
        require(self, Permission.SETTINGS)
        if not 0 <= minutes <= MAX_IDLE_MINUTES:
            raise WorkspaceError(f"Thời gian tự khóa phải từ 0 đến {MAX_IDLE_MINUTES} phút.")
        old = self.idle_minutes
        with transaction(self.db):
            meta.put(self.db, meta.IDLE_MINUTES, str(minutes))
            audit.append(self.db, audit_time(), self.actor, "settings_changed",
                         detail={"idle_minutes": {"old": old, "new": minutes}})  # fmt: skip

    @property
    def demo_year(self) -> int | None:
        """The year a demo database's records are in (`pcmd demo`), else None."""
        value = meta.get(self.db, meta.DEMO_YEAR)
        if value is None and meta.get(self.db, meta.DEMO_FLAG) == "1":
            value = "2018"  # demos made before the year was kept were all of 2018
        try:
            return int(value) if value else None
        except ValueError:
            return None

    def today(self) -> date:
        """The working date: the real date, except in a demo database, which works as on
        the last day of its reporting year (under this database's cut-off), so that its
        periods, plan and dashboard open on the demo's data rather than an empty today."""
        real = date.today()
        year = self.demo_year
        if year is None:
            return real
        return min(real, parse_period(str(year), self.cutoff).end)

    def current_period(self, today: date | None = None) -> Period:
        return month_of(today or self.today(), self.cutoff)

    def schema_version(self) -> int:
        return schema_version(self.db)

    # Scope -----------------------------------------------------------------------
    def owns_unit(self, code: str) -> bool:
        """True for this database's unit and every unit below it."""
        return self.units.is_within(code, self.unit.code)

    def counts(self) -> dict[str, int]:
        require(self, Permission.READ)
        return {k.name: records_repo.count(self.db, k) for k in RECORD_KINDS}

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.db.execute("PRAGMA optimize")
        self.db.close()


def create_workspace(
    path: Path,
    unit_code: str,
    *,
    admin: str,
    password: str,
    units: list[AdminUnit] | None = None,
) -> Workspace:
    """A new database for `unit_code`, its unit fixed for good, with its first admin
    logged in; `new_recovery_key` holds the recovery key to show once. Refuses an
    existing file."""
    try:
        admin = check_user_name(admin)
        check_password_policy(password)
    except (PasswordPolicyError, ServiceError) as e:
        raise WorkspaceError(str(e)) from e
    path = Path(path)
    unit_list = list(units if units is not None else default_units())
    directory = UnitDirectory(unit_list)
    if directory.get(unit_code) is None:
        raise UnknownUnit(f"Không có đơn vị hành chính mã '{unit_code}' trong danh mục.")
    if path.exists():
        raise WorkspaceError(f"Tệp {path} đã có; không ghi đè lên một cơ sở dữ liệu đã có.")
    try:
        refuse_network_location(path)
    except StoreError as e:
        raise WorkspaceError(str(e)) from e
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".creating")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    db = connect(partial)
    try:
        migrate(db, None)
        with transaction(db):
            units_repo.load(db, unit_list)
            meta.put(db, meta.OWN_UNIT, unit_code)
            meta.put(db, meta.CUTOFF, DEFAULT_CUTOFF)
            meta.put(db, meta.CREATED_AT, records_repo.now_stamp())
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    ws = open_workspace(partial)
    try:
        recovery = setup_admin(ws, admin, password)
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    # A half-made database never appears under the real name.
    partial.replace(path)
    ws = open_workspace(path)
    login(ws, admin, password)
    ws.new_recovery_key = recovery
    # The unit's signing and sealing key pairs are made at setup (upward files); a
    # database made before they existed gets them at the first use.
    ensure_unit_keys(ws)
    return ws


def open_workspace(path: Path) -> Workspace:
    """Open an existing database (nobody logged in yet), migrating it (after a copy) when
    it is older."""
    path = Path(path)
    if not path.is_file():
        raise WorkspaceError(f"Không tìm thấy cơ sở dữ liệu {path}.")
    try:
        refuse_network_location(path)
        db = connect(path)
    except StoreError as e:
        raise WorkspaceError(str(e)) from e
    try:
        if schema_version(db) == 0:
            raise WorkspaceError(f"Tệp {path} không phải là cơ sở dữ liệu PCMD.")
        if schema_version(db) != LATEST_VERSION:
            migrate(db, path)
        return Workspace(path, db)
    except StoreError as e:
        db.close()
        raise WorkspaceError(str(e)) from e
    except BaseException:
        db.close()
        raise
