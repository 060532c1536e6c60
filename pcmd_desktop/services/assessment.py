"""A commune's yearly "lành mạnh" assessment sheet (plan III.15): read, save, and say
its result in words (domain.assessment holds the criteria and the pass mark).

A sheet is one commune_assessment record (key unit + year), written through
RecordService like any record: validated (each score 0..its maximum), allowed by role,
audited, locked when the parent accepted the period. The window's Chấm điểm tab and
`pcmd assessment` both speak through here, so they say the same result.
"""

from __future__ import annotations

from collections.abc import Callable
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
    "BELOW_PASS",
    "CLEAN_TEXT",
    "NOT_CLEAN",
    "NOT_FULL",
    "SheetResult",
    "communes",
    "result_of",
    "results_of_year",
    "save_sheet",
    "sheet",
]

KIND = KINDS["commune_assessment"]
CLEAN_TEXT = "Đạt xã, phường lành mạnh"


# The words of a result, Vietnamese here; the window passes them through tr() (so they
# are translated like its own strings) with the same arguments.
BELOW_PASS = "tổng điểm {0}/{1}, dưới {2} điểm"
NOT_FULL = "tiêu chí «{0}» chưa đạt đủ điểm ({1}/{2})"
NOT_CLEAN = "Chưa đạt: {0}"


@dataclass(frozen=True)
class SheetResult:
    total: int
    clean: bool
    below_pass: bool  # the total is under PASS_TOTAL
    not_full: tuple[tuple[str, int, int], ...]  # (label, got, max) of must-be-full criteria short

    def reasons_in(self, words: Callable[[str], str]) -> tuple[str, ...]:
        """Why not clean (empty when clean), each template passed through `words` first."""
        out = []
        if self.below_pass:
            out.append(words(BELOW_PASS).format(self.total, MAX_TOTAL, PASS_TOTAL))
        out += [words(NOT_FULL).format(words(label), got, top) for label, got, top in self.not_full]
        return tuple(out)

    def text_in(self, words: Callable[[str], str]) -> str:
        """The result in the words of `words`: clean, or not and why."""
        if self.clean:
            return words(CLEAN_TEXT)
        return words(NOT_CLEAN).format("; ".join(self.reasons_in(words)))

    @property
    def text(self) -> str:
        """'Đạt xã, phường lành mạnh' or 'Chưa đạt: ...' naming each reason."""
        return self.text_in(lambda text: text)


def result_of(record: dict) -> SheetResult:
    """The sheet's total and result, with why it falls short (a missing score counts 0)."""
    total = total_score(record)
    not_full = tuple(
        (c.label, int(record.get(c.field) or 0), c.max_score)
        for c in CRITERIA
        if c.must_be_full and int(record.get(c.field) or 0) < c.max_score
    )
    below = total < PASS_TOTAL
    clean = not below and not not_full
    assert is_clean(record) == clean  # the same rule as the report's
    return SheetResult(total, clean, below, not_full)


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
