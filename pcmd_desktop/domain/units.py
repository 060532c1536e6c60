"""Administrative units: the national list is data, never code (units merge and rename).

A unit is a *version*: a code with a name, level and parent valid from one day to
another. The same code can carry several versions (a rename; or the 2025 reform, where a
new commune took the code of one of the communes merged into it). A succession says that
from a day on, an old unit's territory is part of a new one (merge) or of several (split).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pcmd_desktop.domain.periods import format_date_vi

LEVELS = ("province", "district", "commune")
LEVEL_LABELS = {"province": "Thành phố, tỉnh", "district": "Quận, huyện", "commune": "Xã, phường"}


@dataclass(frozen=True)
class AdminUnit:
    code: str
    name: str
    level: str  # province | district | commune
    division_type: str = ""
    parent_code: str | None = None
    valid_from: str | None = None  # ISO date; None: since always
    valid_to: str | None = None  # ISO date, the last day in force; None: still in force

    def in_force(self, day: str) -> bool:
        """Whether this version is in force on `day` (ISO date)."""
        return (self.valid_from or "") <= day and (self.valid_to is None or day <= self.valid_to)

    @property
    def level_label(self) -> str:
        return LEVEL_LABELS[self.level]

    @property
    def validity_text(self) -> str:
        """'từ 01/07/2025', 'đến 30/06/2025', '' when always in force (Vietnamese)."""
        parts = []
        if self.valid_from:
            parts.append(f"từ {_vn(self.valid_from)}")
        if self.valid_to:
            parts.append(f"đến {_vn(self.valid_to)}")
        return " ".join(parts)


@dataclass(frozen=True)
class Succession:
    """From `since` (ISO date) on, `old_code`'s territory is (part of) `new_code`'s."""

    old_code: str
    new_code: str
    since: str


def unit_label(unit: AdminUnit) -> str:
    """The unit's name, with '(đến 30/06/2025)' when it has ended: for pickers."""
    return f"{unit.name} (đến {_vn(unit.valid_to)})" if unit.valid_to else unit.name


def _vn(day: str) -> str:
    return format_date_vi(date.fromisoformat(day))
