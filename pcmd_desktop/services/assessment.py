"""A commune's yearly "lành mạnh" assessment sheet (plan III.15): read, save, and say
its result in words (domain.assessment holds the criteria and the pass mark).

A sheet is one commune_assessment record (key unit + year), written through
RecordService like any record: validated (each score 0..its maximum), allowed by role,
audited, locked when the parent accepted the period. The window's Chấm điểm tab and
`pcmd assessment` both speak through here, so they say the same result.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pcmd_desktop.domain.assessment import CRITERIA, MAX_TOTAL, PASS_TOTAL, is_clean, total_score
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services import plan
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.records import RecordNotFound, RecordService
from pcmd_desktop.services.workspace import Workspace

__all__ = [
    "CLEAN_TEXT",
    "SheetResult",
    "communes",
    "result_of",
    "results_of_year",
    "save_sheet",
    "sheet",
]

KIND = KINDS["commune_assessment"]
CLEAN_TEXT = "Đạt xã, phường lành mạnh"


@dataclass(frozen=True)
class SheetResult:
    total: int
    clean: bool
    reasons: tuple[str, ...]  # why not clean (empty when clean)

    @property
    def text(self) -> str:
        """'Đạt xã, phường lành mạnh' or 'Chưa đạt: ...' naming each reason."""
        return CLEAN_TEXT if self.clean else "Chưa đạt: " + "; ".join(self.reasons)


def result_of(record: dict) -> SheetResult:
    """The sheet's total and result, with why it falls short (a missing score counts 0)."""
    total = total_score(record)
    reasons = []
    if total < PASS_TOTAL:
        reasons.append(f"tổng điểm {total}/{MAX_TOTAL}, dưới {PASS_TOTAL} điểm")
    for c in CRITERIA:
        got = int(record.get(c.field) or 0)
        if c.must_be_full and got < c.max_score:
            reasons.append(f"tiêu chí «{c.label}» chưa đạt đủ điểm ({got}/{c.max_score})")
    assert is_clean(record) == (not reasons)  # the same rule as the report's
    return SheetResult(total, not reasons, tuple(reasons))


def sheet(ws: Workspace, unit: str, year: int) -> dict | None:
    """The commune's live sheet for `year`, or None."""
    try:
        return RecordService(ws).get(KIND.name, f"{unit}/{year}")
    except RecordNotFound:
        return None


def save_sheet(
    ws: Workspace, unit: str, year: int, values: dict, *, today: date | None = None
) -> dict:
    """Create or change the commune's sheet for `year` from `values` (scores,
    assessed_on, assessed_by, note; None clears an optional field). ValidationError
    names every refused field."""
    service = RecordService(ws, today)
    data = {**values, "unit": unit, "year": year}
    key = f"{unit}/{year}"
    current = sheet(ws, unit, year)
    if current is None:
        try:  # a sheet in the recycle bin comes back with the new scores
            service.get(KIND.name, key, include_deleted=True)
        except RecordNotFound:
            return service.create(KIND.name, {k: v for k, v in data.items() if v is not None})
        service.restore(KIND.name, key)
        current = service.get(KIND.name, key)
    changes = {k: v for k, v in data.items() if current.get(k) != v}
    if not changes:
        return current
    return service.update(KIND.name, key, changes)


def communes(ws: Workspace, year: int) -> list[tuple[str, str]]:
    """(code, name) of the communes a sheet may be made for here: this unit (a commune)
    or each commune under it in force at the year's end."""
    return [(row.unit, row.unit_name) for row in plan.commune_statuses(ws, year)]


def results_of_year(ws: Workspace, year: int) -> dict[str, SheetResult]:
    """Commune code -> the result of its live sheet for `year` (the communes that have
    one): where a year has a sheet, `commune.clean` follows it, not the status's flag."""
    require(ws, Permission.READ)
    fields = [c.field for c in CRITERIA]
    rows = ws.db.execute(
        f"SELECT unit, {', '.join(fields)} FROM commune_assessments "
        "WHERE year = ? AND deleted_at IS NULL",
        (year,),
    ).fetchall()
    return {row[0]: result_of(dict(zip(fields, row[1:], strict=True))) for row in rows}
