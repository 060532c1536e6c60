"""The national list of administrative units: reading it, finding a unit by name."""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from pcmd_desktop.db import units_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.text import fold, to_nfc
from pcmd_desktop.domain.units import LEVELS, AdminUnit
from pcmd_desktop.resources import ADMIN_UNITS_CSV, resource_path

if TYPE_CHECKING:
    from pcmd_desktop.services.workspace import Workspace

REQUIRED_COLUMNS = ("code", "name", "level", "division_type", "parent_code")


class UnitListError(ValueError):
    """A unit list file that cannot be used; the message names the fault."""


def read_units_csv(path: Path) -> list[AdminUnit]:
    """Read a unit list in the form of resources/reference/admin-units-2020.csv."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        reader = csv.DictReader(f)
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise UnitListError(f"Tệp danh mục đơn vị thiếu cột: {', '.join(missing)}")
        units = []
        for n, row in enumerate(reader, start=2):
            values = {c: (row.get(c) or "").strip() for c in REQUIRED_COLUMNS}
            if values["level"] not in LEVELS:
                raise UnitListError(f"Dòng {n}: cấp đơn vị '{values['level']}' không hợp lệ")
            if not values["code"].isdigit() or not values["name"]:
                raise UnitListError(f"Dòng {n}: thiếu mã (chữ số) hoặc tên đơn vị")
            units.append(
                AdminUnit(
                    code=values["code"],
                    name=to_nfc(values["name"]),
                    level=values["level"],
                    division_type=to_nfc(values["division_type"]),
                    parent_code=values["parent_code"] or None,
                )
            )
    return units


@lru_cache(maxsize=1)
def default_units() -> tuple[AdminUnit, ...]:
    """The unit list shipped with the program."""
    return tuple(read_units_csv(resource_path(ADMIN_UNITS_CSV)))


class UnitDirectory:
    """Units by code, with their parents, children and a name search that ignores tones."""

    def __init__(self, units: list[AdminUnit] | tuple[AdminUnit, ...]):
        self._by_code = {u.code: u for u in units}
        self._children: dict[str, list[AdminUnit]] = {}
        for u in units:
            if u.parent_code:
                self._children.setdefault(u.parent_code, []).append(u)
        own = {u.code: fold(u.name) for u in units}
        # Each unit's folded name followed by its parents', so "chuong duong hoan kiem" finds it.
        self._folded: list[tuple[AdminUnit, str, str]] = []
        for u in units:
            hay, p = own[u.code], u.parent_code
            while p and p in own:
                hay += " " + own[p]
                p = self._by_code[p].parent_code
            self._folded.append((u, own[u.code], hay))

    def get(self, code: str) -> AdminUnit | None:
        return self._by_code.get(code)

    def __contains__(self, code: str) -> bool:
        return code in self._by_code

    def __len__(self) -> int:
        return len(self._by_code)

    def all(self) -> list[AdminUnit]:
        return list(self._by_code.values())

    def parent(self, unit: AdminUnit) -> AdminUnit | None:
        return self._by_code.get(unit.parent_code) if unit.parent_code else None

    def children(self, code: str) -> list[AdminUnit]:
        return list(self._children.get(code, []))

    def descendants(self, code: str) -> list[AdminUnit]:
        out: list[AdminUnit] = []
        stack = list(self._children.get(code, []))
        while stack:
            u = stack.pop()
            out.append(u)
            stack.extend(self._children.get(u.code, []))
        return out

    def subtree_codes(self, code: str) -> list[str]:
        """`code` and the codes of every unit below it: what a unit's figures cover."""
        return [code, *(u.code for u in self.descendants(code))]

    def is_within(self, code: str, ancestor: str) -> bool:
        """True when `code` is `ancestor` or lies below it."""
        u = self._by_code.get(code)
        while u is not None:
            if u.code == ancestor:
                return True
            u = self._by_code.get(u.parent_code) if u.parent_code else None
        return False

    def full_name(self, unit: AdminUnit) -> str:
        """'Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội'."""
        names = [unit.name]
        p = self.parent(unit)
        while p is not None:
            names.append(p.name)
            p = self.parent(p)
        return ", ".join(names)

    def search(self, query: str, limit: int = 50) -> list[AdminUnit]:
        """Units whose name (or the name of a parent) contains every word of the query,
        ignoring case and tones; a code typed whole finds that unit. Communes of a
        district named in the query come too ("chuong duong hoan kiem")."""
        q = fold(query).split()
        if not q:
            return []
        exact = self._by_code.get(query.strip())
        own_hits: list[AdminUnit] = []
        parent_hits: list[AdminUnit] = []
        for u, name, hay in self._folded:
            if u is exact or not all(w in hay for w in q):
                continue
            # A unit whose own name holds the words ranks before the units inside it.
            (own_hits if all(w in name for w in q) else parent_hits).append(u)
        by_level = LEVELS.index
        own_hits.sort(key=lambda u: by_level(u.level))
        hits = ([exact] if exact else []) + own_hits + parent_hits
        return hits[:limit]


def load_unit_list(ws: Workspace, path: Path) -> tuple[int, int]:
    """Load a newer unit list into an open workspace: units are added or renamed, none is
    removed, so every code old records use stays valid. Returns (added, updated)."""
    units = read_units_csv(path)
    known = {u.code for u in units_repo.all_units(ws.db)}
    codes = {u.code for u in units}
    for u in units:
        if u.parent_code and u.parent_code not in codes and u.parent_code not in known:
            raise UnitListError(f"Đơn vị {u.code} ({u.name}) có cấp trên {u.parent_code} không có")
    with transaction(ws.db):
        units_repo.load(ws.db, units)
    ws.units = UnitDirectory(units_repo.all_units(ws.db))
    added = len(codes - known)
    return added, len(codes) - added
