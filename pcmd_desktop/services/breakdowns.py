"""A report's breakdown by sex and age band (reports/breakdown.py), consolidated like its
indicators: the unit's own records, plus for each child unit counted the breakdown its
latest accepted file carried (`submissions.breakdowns`), or, when no file came, the
records this database holds for that child. A child's file of an older format carries no
breakdown: that child's values go whole to the "Không rõ" cells, so the cells still add
up to the consolidated indicator values."""

from __future__ import annotations

import json
from collections.abc import Mapping

from pcmd_desktop.domain.periods import Period
from pcmd_desktop.reports.breakdown import (
    Breakdown,
    add_breakdowns,
    all_unknown,
    breakdown_from_json,
    compute_breakdown,
)
from pcmd_desktop.services.workspace import Workspace

__all__ = ["consolidated_breakdown", "submitted_breakdown"]

Values = Mapping[str, tuple[float, float]]


def submitted_breakdown(ws: Workspace, unit: str, period: str) -> tuple[bool, Breakdown | None]:
    """(a file was accepted, the breakdown it carried or None) for `unit` and `period`."""
    row = ws.db.execute("SELECT breakdowns FROM submissions WHERE unit = ? AND period = ?",
                        (unit, period)).fetchone()  # fmt: skip
    if row is None:
        return False, None
    return True, (breakdown_from_json(json.loads(row[0])) if row[0] else None)


def consolidated_breakdown(
    ws: Workspace, period: Period, own_units: list[str], scopes: Mapping[str, set[str]],
    children: Mapping[str, Values],
) -> Breakdown:  # fmt: skip
    """The breakdown of the records of `own_units` plus that of each child of `children`
    (child code -> its (value, ytd) by code, as the report counted it); `scopes`: the
    units each child's figures cover."""
    conn = ws.db.conn
    window = (period.start, period.end, period.year_start, period.year)
    parts = [compute_breakdown(conn, own_units, *window)]
    for child, values in children.items():
        sent, carried = (
            submitted_breakdown(ws, child, period.code)
            if period.cutoff == ws.cutoff
            else (False, None)
        )
        if carried is not None:
            parts.append(carried)
        elif sent:  # a file of an older format: its totals only
            parts.append(all_unknown({c: (int(v), int(y)) for c, (v, y) in values.items()}))
        else:
            parts.append(compute_breakdown(conn, sorted(scopes[child]), *window))
    return add_breakdowns(parts)
