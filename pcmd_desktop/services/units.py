"""The unit list through time: reading a list file (CSV), working out what loading it
would change (the preview Settings shows), loading it, and the list shipped with the
program (the 2020 national list, then Hà Nội's 2025 two-level list).

A list file has the columns of resources/reference/admin-units-2020.csv and, optionally,
`valid_from`, `valid_to` (ISO dates) and `predecessors` (old codes separated by ';'):

- a row for a new code adds the unit;
- a row for a known code with a `valid_from` the code has no version for starts a new
  version (a rename, or a code reused by a new unit) and ends the one before on the day
  before; without `valid_from` it corrects the version in force since always in place;
- `valid_to` ends a unit (a district abolished on 30/06/2025);
- `predecessors` records that from `valid_from` the unit holds those units' territory
  (a merge; an old code under several new units is a split), and ends them the day before.

Nothing is ever removed: every code that old records use stays valid.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pcmd_desktop.db import audit, units_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.text import to_nfc
from pcmd_desktop.domain.units import LEVELS, AdminUnit, Succession
from pcmd_desktop.resources import ADMIN_UNITS_CSV, HANOI_2025_CSV, resource_path
from pcmd_desktop.services.unit_tree import UnitDirectory, UnitHistory, day_before

if TYPE_CHECKING:
    from pcmd_desktop.services.workspace import Workspace

__all__ = [
    "UnitDirectory",
    "UnitHistory",
    "UnitListChanges",
    "UnitListError",
    "UnitRow",
    "default_history",
    "default_units",
    "load_unit_list",
    "plan_changes",
    "preview_unit_list",
    "read_unit_rows",
    "read_units_csv",
]  # fmt: skip

REQUIRED_COLUMNS = ("code", "name", "level", "division_type", "parent_code")
OPTIONAL_COLUMNS = ("valid_from", "valid_to", "predecessors")


class UnitListError(ValueError):
    """A unit list file that cannot be used; the message names the line and the fault."""


@dataclass(frozen=True)
class UnitRow:
    """One line of a list file, checked on its own."""

    line: int
    unit: AdminUnit
    predecessors: tuple[str, ...] = ()


def _date(value: str, line: int, column: str) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UnitListError(
            f"Dòng {line}: cột {column} '{value}' không phải ngày dạng NNNN-TT-NN"
        ) from None


def read_unit_rows(path: Path) -> list[UnitRow]:
    """Every line of a list file; UnitListError naming the first bad line."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
            if missing:
                raise UnitListError(f"Tệp danh mục đơn vị thiếu cột: {', '.join(missing)}")
            rows = [_row(n, r) for n, r in enumerate(reader, start=2)]
    except UnicodeDecodeError as e:
        raise UnitListError(f"Tệp không phải văn bản UTF-8 (byte lỗi ở vị trí {e.start})") from None
    seen: dict[tuple[str, str], int] = {}
    for r in rows:
        key = (r.unit.code, r.unit.valid_from or "")
        if key in seen:
            raise UnitListError(f"Dòng {r.line}: mã {r.unit.code} đã có ở dòng {seen[key]}")
        seen[key] = r.line
    return rows


def _row(n: int, row: dict) -> UnitRow:
    v = {c: (row.get(c) or "").strip() for c in (*REQUIRED_COLUMNS, *OPTIONAL_COLUMNS)}
    if v["level"] not in LEVELS:
        raise UnitListError(
            f"Dòng {n}: cấp đơn vị '{v['level']}' không hợp lệ (chọn: {', '.join(LEVELS)})"
        )
    if not v["code"].isdigit() or not v["name"]:
        raise UnitListError(f"Dòng {n}: thiếu mã (chữ số) hoặc tên đơn vị")
    if v["parent_code"] and not v["parent_code"].isdigit():
        raise UnitListError(f"Dòng {n}: mã cấp trên '{v['parent_code']}' không phải chữ số")
    start = _date(v["valid_from"], n, "valid_from")
    end = _date(v["valid_to"], n, "valid_to")
    if start and end and end < start:
        raise UnitListError(f"Dòng {n}: valid_to ({end}) trước valid_from ({start})")
    preds = tuple(p.strip() for p in v["predecessors"].split(";") if p.strip())
    if preds and not start:
        raise UnitListError(
            f"Dòng {n}: đơn vị {v['code']} có predecessors nhưng thiếu valid_from "
            "(ngày nhận địa bàn của các đơn vị cũ)"
        )
    bad = [p for p in preds if not p.isdigit()]
    if bad:
        raise UnitListError(f"Dòng {n}: mã đơn vị cũ '{bad[0]}' không phải chữ số")
    unit = AdminUnit(
        code=v["code"], name=to_nfc(v["name"]), level=v["level"],
        division_type=to_nfc(v["division_type"]), parent_code=v["parent_code"] or None,
        valid_from=start, valid_to=end,
    )  # fmt: skip
    return UnitRow(n, unit, preds)


def read_units_csv(path: Path) -> list[AdminUnit]:
    """The units of a list file, without their successions."""
    return [r.unit for r in read_unit_rows(path)]


@dataclass
class UnitListChanges:
    """What loading a list would do, for the preview and the audit."""

    added: list[AdminUnit] = field(default_factory=list)
    new_versions: list[tuple[AdminUnit, AdminUnit]] = field(default_factory=list)  # old, new
    corrected: list[tuple[AdminUnit, AdminUnit]] = field(default_factory=list)
    ended: list[AdminUnit] = field(default_factory=list)  # as they will be, valid_to set
    successions: list[Succession] = field(default_factory=list)
    unchanged: int = 0
    warnings: list[str] = field(default_factory=list)
    versions: list[AdminUnit] = field(default_factory=list)  # every version to write

    @property
    def changes_anything(self) -> bool:
        return bool(self.versions or self.successions)

    def counts(self) -> dict[str, int]:
        return {"added": len(self.added), "new_versions": len(self.new_versions),
                "corrected": len(self.corrected), "ended": len(self.ended),
                "successions": len(self.successions), "unchanged": self.unchanged}  # fmt: skip

    def summary(self) -> str:
        """One Vietnamese sentence of the counts."""
        return (
            f"{len(self.added)} đơn vị mới, {len(self.new_versions)} đổi tên hoặc lập lại "
            f"từ một ngày, {len(self.corrected)} sửa tại chỗ, {len(self.ended)} hết hiệu lực, "
            f"{len(self.successions)} quan hệ kế thừa, {self.unchanged} không đổi"
        )


def plan_changes(history: UnitHistory, rows: list[UnitRow]) -> UnitListChanges:
    """What `rows` change in `history`; UnitListError when they cannot be loaded."""
    ch = UnitListChanges()
    # The versions as they will be, by (code, valid_from): edited in place below.
    state: dict[tuple[str, str], AdminUnit] = {
        (u.code, u.valid_from or ""): u for u in history.versions()
    }
    starts: dict[str, set[str]] = {}  # code -> the valid_from of its versions
    for code, start in state:
        starts.setdefault(code, set()).add(start)
    touched: set[tuple[str, str]] = set()
    file_codes = {r.unit.code for r in rows}
    successions = set(history.successions)

    def put(key: tuple[str, str], unit: AdminUnit) -> None:
        state[key] = unit
        starts.setdefault(key[0], set()).add(key[1])
        touched.add(key)

    def end(key: tuple[str, str], last_day: str) -> None:
        u = state[key]
        if u.valid_to is None or u.valid_to > last_day:
            state[key] = replace(u, valid_to=last_day)
            touched.add(key)

    def open_version(code: str, day: str) -> tuple[str, str] | None:
        for start in sorted(starts.get(code, ())):
            if state[(code, start)].in_force(day):
                return (code, start)
        return None

    for r in rows:
        u = r.unit
        key = (u.code, u.valid_from or "")
        if u.code not in history and key not in state:
            put(key, u)
            ch.added.append(u)
        elif key in state:
            old = state[key]
            merged = replace(u, valid_to=u.valid_to if u.valid_to else old.valid_to)
            if merged != old:
                state[key] = merged
                touched.add(key)
                if (old.name, old.parent_code, old.level, old.division_type) != (
                    u.name, u.parent_code, u.level, u.division_type
                ):  # fmt: skip
                    ch.corrected.append((old, merged))
            else:
                ch.unchanged += 1
        else:
            assert u.valid_from is not None
            before = open_version(u.code, day_before(u.valid_from))
            later = sorted((u.code, k) for k in starts.get(u.code, ()) if k > u.valid_from)
            if later:
                raise UnitListError(
                    f"Dòng {r.line}: mã {u.code} đã có phiên bản từ {later[0][1]}, sau "
                    f"ngày {u.valid_from}; chỉ thêm được phiên bản mới nhất"
                )
            if before is not None:
                end(before, day_before(u.valid_from))
                ch.new_versions.append((state[before], u))
            else:
                ch.added.append(u)
            put(key, u)
        if u.valid_to and key in state and not u.valid_from:
            # "valid_to" on a row without a date ends the code's open version.
            here = open_version(u.code, u.valid_to) or key
            end(here, u.valid_to)
    for r in rows:
        since = r.unit.valid_from
        for old in r.predecessors:
            if since is None:
                continue
            if old not in history and old not in file_codes:
                raise UnitListError(
                    f"Dòng {r.line}: đơn vị cũ {old} của {r.unit.name} không có trong danh mục"
                )
            if old == r.unit.code:
                ok = any(k < since for k in starts.get(old, ()))
            else:
                key = open_version(old, day_before(since))
                ok = key is not None
                if key is not None:
                    end(key, day_before(since))
            if not ok:
                raise UnitListError(
                    f"Dòng {r.line}: đơn vị cũ {old} không còn hiệu lực ngày "
                    f"{day_before(since)}, trước khi {r.unit.name} nhận địa bàn"
                )
            s = Succession(old, r.unit.code, since)
            if s not in successions:
                ch.successions.append(s)
    _check_parents(rows, state)
    added = {(a.code, a.valid_from or "") for a in ch.added}
    for key in sorted(touched):
        u = state[key]
        if (
            key not in added
            and u.valid_to
            and (history.versions(u.code) and _was_open(history, key, u.valid_to))
        ):
            ch.ended.append(u)
    ch.versions = [state[k] for k in sorted(touched)]
    ch.warnings = _orphan_warnings(state)
    return ch


def _was_open(history: UnitHistory, key: tuple[str, str], last_day: str) -> bool:
    for v in history.versions(key[0]):
        if (v.valid_from or "") == key[1]:
            return v.valid_to is None or v.valid_to > last_day
    return False


def _check_parents(rows: list[UnitRow], state: dict[tuple[str, str], AdminUnit]) -> None:
    by_code: dict[str, list[AdminUnit]] = {}
    for u in state.values():
        by_code.setdefault(u.code, []).append(u)
    for r in rows:
        u = r.unit
        if not u.parent_code:
            continue
        parents = by_code.get(u.parent_code)
        if not parents:
            raise UnitListError(
                f"Dòng {r.line}: đơn vị {u.code} ({u.name}) có cấp trên {u.parent_code} không có"
            )
        start = u.valid_from or ""
        parent = next((p for p in parents if p.in_force(start)), parents[-1]) if start else (
            parents[-1])  # fmt: skip
        if LEVELS.index(parent.level) >= LEVELS.index(u.level):
            raise UnitListError(
                f"Dòng {r.line}: {u.name} ({u.level}) không thể trực thuộc {parent.name} "
                f"({parent.level})"
            )


def _orphan_warnings(state: dict[tuple[str, str], AdminUnit]) -> list[str]:
    """Units left in force under a parent that has ended: likely a missing line."""
    ends: dict[str, str | None] = {}
    for (code, _), u in sorted(state.items()):
        ends[code] = u.valid_to
    out = []
    for u in state.values():
        last = ends.get(u.parent_code or "")
        if u.parent_code and u.valid_to is None and last is not None:
            out.append(f"{u.name} ({u.code}) còn hiệu lực nhưng cấp trên {u.parent_code} "
                       f"hết hiệu lực từ sau {last}")  # fmt: skip
    return sorted(out)


# The shipped list -----------------------------------------------------------------------
@lru_cache(maxsize=1)
def default_history() -> UnitHistory:
    """The list shipped with the program: the 2020 national list, then the 2025 lists at
    hand (Hà Nội), applied as `pcmd load-units` would."""
    base = UnitHistory(read_units_csv(resource_path(ADMIN_UNITS_CSV)))
    path = resource_path(HANOI_2025_CSV)
    if not path.is_file():
        return base
    changes = plan_changes(base, read_unit_rows(path))
    return _applied(base, changes)


def _applied(history: UnitHistory, changes: UnitListChanges) -> UnitHistory:
    versions = {(u.code, u.valid_from or ""): u for u in history.versions()}
    versions.update({(u.code, u.valid_from or ""): u for u in changes.versions})
    return UnitHistory(versions.values(), [*history.successions, *changes.successions])


def default_units() -> tuple[AdminUnit, ...]:
    """Every version of the shipped list."""
    return tuple(default_history().versions())


# Loading into a database ---------------------------------------------------------------------
def preview_unit_list(ws: Workspace, path: Path) -> UnitListChanges:
    """What loading `path` would change in this database; nothing is written. Warns when
    this database's own unit ends (an admin re-homes it to its successor)."""
    changes = plan_changes(ws.history, read_unit_rows(Path(path)))
    after = _applied(ws.history, changes)
    today = ws.today().isoformat()
    own = ws.unit.code
    if ws.history.version_on(own, today) is not None and after.version_on(own, today) is None:
        heirs = after.current_successors(own, today)
        names = ", ".join(f"{u.name} ({u.code})" for u in heirs) or "chưa có đơn vị kế tiếp"
        changes.warnings.insert(
            0,
            f"Đơn vị của cơ sở dữ liệu này ({ws.unit.name}) hết hiệu lực; đơn vị kế tiếp: "
            f"{names}. Người quản trị chuyển cơ sở dữ liệu sang đơn vị kế tiếp ở Cài đặt.",
        )
    return changes


def load_unit_list(ws: Workspace, path: Path) -> tuple[int, int]:
    """Load a list into an open workspace in one transaction, after a backup copy, and
    audit it; returns (added, updated). UnitListError changes nothing."""
    from pcmd_desktop.services.auth import audit_time, require
    from pcmd_desktop.services.permissions import Permission

    session = require(ws, Permission.SETTINGS)
    changes = preview_unit_list(ws, path)
    if changes.changes_anything:
        from pcmd_desktop.db.migrations import backup_copy

        backup_copy(ws.db, ws.path, "truoc-nap-danh-muc")
        with transaction(ws.db):
            units_repo.load(ws.db, changes.versions)
            units_repo.add_successions(ws.db, changes.successions)
            audit.append(ws.db, audit_time(), session.user, "units_loaded", detail={
                "file": Path(path).name, **changes.counts()})  # fmt: skip
        ws.reload_units()
    updated = len(changes.new_versions) + len(changes.corrected) + len(changes.ended)
    return len(changes.added), updated
