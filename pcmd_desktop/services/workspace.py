"""A workspace is one open database: its file, its own unit, the unit tree and the user
acting on it. The GUI and the CLI both start here."""

from __future__ import annotations

import contextlib
import hashlib
import tempfile
from datetime import date
from pathlib import Path

import sqlite_utils

from pcmd_desktop import locations
from pcmd_desktop.db import audit, meta, records_repo, units_repo
from pcmd_desktop.db.connection import StoreError, connect, transaction
from pcmd_desktop.db.migrations import LATEST_VERSION, migrate, schema_version
from pcmd_desktop.domain.periods import CUTOFFS, DEFAULT_CUTOFF, Period, month_of, parse_period
from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.domain.units import AdminUnit, Succession
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
from pcmd_desktop.services.unit_tree import UnitDirectory, UnitHistory, iso
from pcmd_desktop.services.units import default_history

DB_FILE_NAME = "pcmd.sqlite3"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 120


class WorkspaceError(Exception):
    """Why a database cannot be created or opened; str() is Vietnamese, for users."""


class UnknownUnit(WorkspaceError):
    """A unit code that is not in the unit list."""


# Unit histories already built in this process, by the digest of the rows they were built
# from: opening a database reads its ~11,500 unit versions, and building the history and
# its tree costs far more than reading them. The digest is of the exact rows, so a list
# that changed in any way is built anew.
_HISTORIES: dict[bytes, UnitHistory] = {}
_MAX_HISTORIES = 4


def _history_of(db: sqlite_utils.Database) -> UnitHistory:
    versions, successions = units_repo.list_rows(db)
    key = hashlib.sha256(repr((versions, successions)).encode("utf-8")).digest()
    found = _HISTORIES.get(key)
    if found is None:
        found = UnitHistory(
            [AdminUnit(c, n, lv, dt, p, vf or None, vt) for c, n, lv, dt, p, vf, vt in versions],
            [Succession(*row) for row in successions],
        )
        if len(_HISTORIES) >= _MAX_HISTORIES:
            _HISTORIES.pop(next(iter(_HISTORIES)))
        _HISTORIES[key] = found
    return found


# Blank stores (every migration applied, the unit list and its successions loaded, nothing
# else) already made in this process, by the digest of the list: a new database is a copy
# of one. Loading ~11,500 unit versions is most of the cost of a new database, and a
# process that makes many (the demo's districts, the test suite) pays it once.
_BLANK_STORES: dict[bytes, bytes] = {}
_MAX_BLANK_STORES = 2


def _blank_store(units: list[AdminUnit], successions: list[Succession]) -> bytes:
    key = hashlib.sha256(repr((units, successions)).encode("utf-8")).digest()
    found = _BLANK_STORES.get(key)
    if found is None:
        with tempfile.TemporaryDirectory(prefix="pcmd-blank-") as folder:
            path = Path(folder) / "blank.sqlite3"
            db = connect(path)
            try:
                migrate(db, None)
                with transaction(db):
                    units_repo.load(db, units)
                    units_repo.add_successions(db, successions)
                db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                db.close()
            found = path.read_bytes()
        if len(_BLANK_STORES) >= _MAX_BLANK_STORES:
            _BLANK_STORES.pop(next(iter(_BLANK_STORES)))
        _BLANK_STORES[key] = found
    return found


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
        self.history: UnitHistory
        self.units: UnitDirectory
        self.unit: AdminUnit
        if not meta.get(db, meta.OWN_UNIT):
            raise WorkspaceError(f"Tệp {path} không ghi đơn vị sở hữu; không phải CSDL PCMD.")
        self.reload_units()

    def reload_units(self) -> None:
        """Read the unit list and this database's unit again (after a list is loaded or
        the database is re-homed). `units` is the tree on the working date, or on this
        unit's last day when it has ended."""
        self.history = _history_of(self.db)
        code = meta.get(self.db, meta.OWN_UNIT) or ""
        # A unit that has ended sees its world as on its last day (its children, its
        # parent), so that its last files can still be received and sent.
        day = self.today().isoformat()
        last = self.history.latest(code)
        ended = last is not None and last.valid_to is not None and last.valid_to < day
        if ended and self.history.version_on(code, day) is None:
            day = last.valid_to  # type: ignore[union-attr]
        self.units = self.history.tree(day)
        unit = self.units.get(code)
        if unit is None:
            raise WorkspaceError(f"Tệp {self.path}: đơn vị sở hữu {code} không có trong danh mục.")
        self.unit = unit

    def units_on(self, day: date | str) -> UnitDirectory:
        """The unit tree in force on `day`: a period's tree is the one on its last day."""
        return self.history.tree(iso(day))

    def unit_on(self, day: date | str) -> AdminUnit:
        """This database's unit as it was named on `day` (its nearest version)."""
        return self.units_on(day).get(self.unit.code) or self.unit

    def scope(self, day: date | str, code: str | None = None) -> list[str]:
        """The unit codes whose records count as this unit's (or `code`'s) on `day`."""
        return sorted(self.history.scope(code or self.unit.code, day))

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
        """True for this database's unit, every unit that has ever been below it, and the
        units it succeeded (their records came with a merge)."""
        return code in self.history.every_code_under(self.unit.code)

    def record_units(self) -> list[AdminUnit]:
        """The units a record of this database may belong to: this unit and the units in
        force below it, then the units whose records it holds that have ended (a merged
        commune's, for records dated before the merge)."""
        today = self.today()
        live = [self.unit, *self.units.descendants(self.unit.code)]
        codes = {u.code for u in live}
        ended = [u for c in self.scope(today) if c not in codes and (u := self.units.get(c))]
        return live + sorted(ended, key=lambda u: u.code)

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
    successions: list[Succession] | None = None,
    as_of: date | None = None,
) -> Workspace:
    """A new database for `unit_code`, its unit fixed for good, with its first admin
    logged in; `new_recovery_key` holds the recovery key to show once. The unit must be
    in force today (or on `as_of`, for a demo of a past year): a unit that has ended is
    refused with the names of its successors. Refuses an existing file."""
    try:
        admin = check_user_name(admin)
        check_password_policy(password)
    except (PasswordPolicyError, ServiceError) as e:
        raise WorkspaceError(str(e)) from e
    path = Path(path)
    if units is None:
        history = default_history()
        unit_list, succession_list = history.versions(), list(history.successions)
    else:
        unit_list, succession_list = list(units), list(successions or ())
        history = UnitHistory(unit_list, succession_list)
    if unit_code not in history:
        raise UnknownUnit(f"Không có đơn vị hành chính mã '{unit_code}' trong danh mục.")
    day = (as_of or date.today()).isoformat()
    if history.version_on(unit_code, day) is None:
        raise UnknownUnit(_not_in_force(history, unit_code, day))
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
    partial.write_bytes(_blank_store(unit_list, succession_list))
    db = connect(partial)
    try:
        with transaction(db):
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


def _not_in_force(history: UnitHistory, code: str, day: str) -> str:
    last = history.latest(code)
    name = last.name if last else code
    if last is not None and last.valid_from and day < last.valid_from:
        return f"{name} ({code}) có hiệu lực từ {last.validity_text[3:]}; chưa lập CSDL được."
    heirs = history.current_successors(code, day)
    heir_text = (
        "; đơn vị kế tiếp: " + ", ".join(f"{u.name} (mã {u.code})" for u in heirs)
        if heirs else ""
    )  # fmt: skip
    return (
        f"{name} ({code}) không còn hiệu lực ({last.validity_text if last else ''}); chọn một "
        f"đơn vị của danh mục hiện hành{heir_text}."
    )


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
