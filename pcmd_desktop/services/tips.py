"""Tips (tin báo, tố giác; plan II.2.b): what a tip led to.

An inspection or a criminal case names the tip it came from (`tip_id`); a tip's form shows
those live records, read-only, each by its date and what it is (the establishment
inspected, the offence). The same records make the indicator tip.led_to_action
(reports/compute.py) and the list's column "Kiểm tra, vụ án" (services.list_columns).
"""

from __future__ import annotations

from dataclasses import dataclass

from pcmd_desktop.domain import catalogues as cat
from pcmd_desktop.domain.display import format_date
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace

__all__ = ["TipAction", "TipActions", "actions_of"]


@dataclass(frozen=True)
class TipAction:
    kind: str  # "inspection" or "case"
    id: str
    date: str  # ISO
    label: str  # the establishment inspected, or the offence

    @property
    def text(self) -> str:
        what = "Kiểm tra" if self.kind == "inspection" else "Vụ án"
        return f"{what} ngày {format_date(self.date)} — {self.label}"


@dataclass(frozen=True)
class TipActions:
    inspections: tuple[TipAction, ...]
    cases: tuple[TipAction, ...]

    @property
    def all(self) -> tuple[TipAction, ...]:
        return self.inspections + self.cases

    @property
    def summary(self) -> str:
        """One line in Vietnamese: how many of each, or that there is none yet."""
        if not self.all:
            return "Chưa có lần kiểm tra hay vụ án nào theo tin báo này."
        parts = []
        if self.inspections:
            parts.append(f"{len(self.inspections)} lần kiểm tra")
        if self.cases:
            parts.append(f"{len(self.cases)} vụ án")
        return "Theo tin báo này: " + ", ".join(parts) + "."


def actions_of(ws: Workspace, tip_id: str | None) -> TipActions:
    """The live inspections and cases that name the tip `tip_id`, oldest first."""
    require(ws, Permission.READ)
    if not tip_id:
        return TipActions((), ())
    inspections = tuple(
        TipAction("inspection", r[0], r[1], r[2] or "")
        for r in ws.db.execute(
            "SELECT t.id, t.date, e.name FROM inspections t "
            "LEFT JOIN establishments e ON e.id = t.establishment_id "
            "WHERE t.tip_id = ? AND t.deleted_at IS NULL ORDER BY t.date, t.rowid",
            (tip_id,),
        )
    )
    cases = tuple(
        TipAction("case", r[0], r[1], cat.CASE_OFFENCES.get(r[2], r[2] or ""))
        for r in ws.db.execute(
            "SELECT id, detected_on, offence FROM cases "
            "WHERE tip_id = ? AND deleted_at IS NULL ORDER BY detected_on, rowid",
            (tip_id,),
        )
    )
    return TipActions(inspections, cases)
