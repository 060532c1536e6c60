"""Administrative units: the national list is data, never code (units merge and rename)."""

from __future__ import annotations

from dataclasses import dataclass

LEVELS = ("province", "district", "commune")


@dataclass(frozen=True)
class AdminUnit:
    code: str
    name: str
    level: str  # province | district | commune
    division_type: str = ""
    parent_code: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None

    @property
    def child_level(self) -> str | None:
        """The level of the units that report to this one, None for a commune."""
        i = LEVELS.index(self.level)
        return LEVELS[i + 1] if i + 1 < len(LEVELS) else None

    @property
    def level_label(self) -> str:
        return {"province": "Thành phố, tỉnh", "district": "Quận, huyện", "commune": "Xã, phường"}[
            self.level
        ]
