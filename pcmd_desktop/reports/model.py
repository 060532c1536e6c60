"""What a report says, independent of how it is printed: the unit, the period with its
exact dates, every indicator of the catalogue with its value for the period, its
year-to-date value and the plan target, the children's values (for a district or the
city), the breakdown by sex and age band of the person and service indicators, the
narrative sections the officer wrote, and the form's header and signature.

The PDF, the XLSX, the JSON of `pcmd report` and the report page all render this one
object, so they cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pcmd_desktop.domain.indicators import BY_CODE, CEILING, GOAL
from pcmd_desktop.domain.periods import Period
from pcmd_desktop.reports.breakdown import Breakdown, breakdown_to_json

Number = int | float

# The narrative sections of the monthly report form, in print order: key -> heading.
NARRATIVE_SECTIONS: dict[str, str] = {
    "assessment": "Đánh giá chung",
    "difficulties": "Khó khăn, vướng mắc",
    "proposals": "Đề xuất, kiến nghị",
    "next_period": "Phương hướng kỳ tới",
}


@dataclass(frozen=True)
class IndicatorValue:
    code: str
    value: Number  # the period
    ytd: Number  # year to date: first day of the reporting year .. last day of the period
    target: Number | None = None  # the unit's plan for the year

    @property
    def direction(self) -> str:
        """The target's direction (domain.indicators.DIRECTIONS): a goal to reach or a
        ceiling not to exceed."""
        ind = BY_CODE.get(self.code)
        return ind.direction if ind else GOAL

    @property
    def achieved_pct(self) -> float | None:
        """Year-to-date against the target, in %; None without a (non-zero) target and
        for a ceiling (a limit is kept or exceeded, not achieved in %)."""
        if not self.target or self.direction == CEILING:
            return None
        return 100.0 * self.ytd / self.target

    @property
    def target_met(self) -> bool | None:
        """None without a target; a goal is met when year-to-date reaches the target, a
        ceiling while year-to-date does not exceed it."""
        if self.target is None:
            return None
        if self.direction == CEILING:
            return self.ytd <= self.target
        return self.ytd >= self.target

    @property
    def status(self) -> str | None:
        """None without a target; 'reached' or 'below' for a goal, 'within' or
        'exceeded' for a ceiling."""
        met = self.target_met
        if met is None:
            return None
        if self.direction == CEILING:
            return "within" if met else "exceeded"
        return "reached" if met else "below"


@dataclass(frozen=True)
class Signature:
    """The header and signature block of the printed form (Decree 30/2020 appendix I),
    set in Settings."""

    parent_body: str = ""  # e.g. "UBND QUẬN HOÀN KIẾM" (top left, capitals)
    issuer: str = ""  # e.g. "UBND PHƯỜNG CHƯƠNG DƯƠNG" (bold, underlined)
    number: str = "Số: .../BC-UBND"
    place: str = "Hà Nội"
    authority: str = "TM. ỦY BAN NHÂN DÂN"  # lines above the signer's title
    deputy: str = "KT. CHỦ TỊCH"
    title: str = "PHÓ CHỦ TỊCH"
    signer: str = ""
    recipients: tuple[str, ...] = ("Như trên;", "Lưu: VT.")


@dataclass(frozen=True)
class Report:
    unit_code: str
    unit_name: str  # "Phường Chương Dương"
    period: Period
    values: dict[str, IndicatorValue]  # every code of the catalogue, in catalogue order
    # For a district or the city: each child unit's (value, ytd) by code; empty below.
    children: dict[str, dict[str, tuple[Number, Number]]] = field(default_factory=dict)
    child_names: dict[str, str] = field(default_factory=dict)
    narrative: dict[str, str] = field(default_factory=dict)  # NARRATIVE_SECTIONS keys
    signature: Signature = field(default_factory=Signature)
    issued_on: date | None = None  # the date printed under the header
    # Codes some child's file did not carry (written under an older catalogue) -> those
    # children; their part was counted from the records this database holds for them.
    not_reported: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Only the children whose latest file was accepted are counted (`children` holds
    # them), out of `children_total` children (services/approval.py).
    accepted_only: bool = False
    children_total: int = 0
    # The person and service indicators by sex and age band (reports.breakdown), the
    # unit's own and its children's; empty when the report was asked without it.
    breakdown: Breakdown = field(default_factory=dict)

    def to_json(self) -> dict:
        """The JSON of `pcmd report --format json` (issue 5's contract)."""
        return {
            "unit": self.unit_code,
            "period": self.period.code,
            "from": self.period.start.isoformat(),
            "to": self.period.end.isoformat(),
            "indicators": {
                code: {
                    "value": v.value,
                    "ytd": v.ytd,
                    "target": v.target,
                    "direction": v.direction,
                    "achieved_pct": None if v.achieved_pct is None else round(v.achieved_pct, 1),
                    "target_met": v.target_met,
                    "status": v.status,
                }
                for code, v in self.values.items()
            },
            "not_reported": {code: list(units) for code, units in self.not_reported.items()},
            "accepted_only": self.accepted_only,
            "counted_children": sorted(self.children),
            "breakdown": breakdown_to_json(self.breakdown),
        }
