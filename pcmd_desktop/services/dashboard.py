"""The overview (Tổng quan): how far the year's plan targets are, month by month trends
of the main work, and what waits (re-activated hotspots, follow-ups due)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pcmd_desktop.domain.indicators import BY_CODE, CEILING, GOAL
from pcmd_desktop.domain.periods import Period, parse_period
from pcmd_desktop.reports.compute import compute
from pcmd_desktop.reports.form_text import achieved_text
from pcmd_desktop.reports.model import IndicatorValue
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.follow_ups import count_due
from pcmd_desktop.services.hotspot_status import count_reactivated
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.plan import targets
from pcmd_desktop.services.submissions import completeness
from pcmd_desktop.services.workspace import Workspace

TREND_CODES = ("inspection.visits", "hotspot.patrols", "support.persons_reached")


@dataclass(frozen=True)
class TargetProgress:
    code: str
    label: str
    unit: str
    ytd: float
    target: float
    expected_share: float  # the part of the year gone by, 0..1
    direction: str = GOAL  # the target's (domain.indicators.DIRECTIONS)

    @property
    def achieved_pct(self) -> float:
        return 100.0 * self.ytd / self.target if self.target else 0.0

    @property
    def is_ceiling(self) -> bool:
        return self.direction == CEILING

    @property
    def exceeded(self) -> bool:
        """A ceiling (e.g. no public hotspot re-activated: 0) passed: the target is missed
        for the year, whatever the pace."""
        return self.is_ceiling and self.ytd > self.target

    @property
    def behind(self) -> bool:
        """Behind: a ceiling exceeded, or a goal with less done than the share of the year
        gone by."""
        if self.is_ceiling:
            return self.exceeded
        return self.ytd < self.target * self.expected_share

    @property
    def achieved(self) -> str:
        """The '% thực hiện' text the printed report shows (form_text.achieved_text)."""
        return achieved_text(IndicatorValue(self.code, self.ytd, self.ytd, self.target))


@dataclass(frozen=True)
class Alerts:
    reactivated_hotspots: int
    follow_ups_due: int
    missing_reports: int | None = None  # child units without a file (district, city)
    missing_period: Period | None = None  # the last month whose reports are due


def plan_progress(ws: Workspace, year: int, today: date | None = None) -> list[TargetProgress]:
    """Each target of the year's plan against its year-to-date value."""
    require(ws, Permission.READ)
    today = today or ws.today()
    plan = targets(ws, year)
    if not plan:
        return []
    whole = parse_period(str(year), ws.cutoff)
    end = min(max(today, whole.start), whole.end)
    share = ((end - whole.start).days + 1) / ((whole.end - whole.start).days + 1)
    values = compute(ws.db.conn, ws.scope(end), whole.start, end, whole.start, year, plan)
    return [
        TargetProgress(
            code,
            BY_CODE[code].label,
            BY_CODE[code].unit,
            values[code][1],
            target,
            share,
            BY_CODE[code].direction,
        )
        for code, target in plan.items()
        if code in values
    ]


def monthly_trend(ws: Workspace, year: int, codes: tuple[str, ...] = TREND_CODES
                  ) -> dict[str, list[float]]:  # fmt: skip
    """The value of each of `codes` in each month of the reporting year (12 values)."""
    require(ws, Permission.READ)
    out: dict[str, list[float]] = {code: [] for code in codes}
    units = ws.scope(parse_period(str(year), ws.cutoff).end)
    for month in range(1, 13):
        period = parse_period(f"{year}-{month:02d}", ws.cutoff)
        values = compute(ws.db.conn, units, period.start, period.end, period.year_start, year,
                         codes)  # fmt: skip
        for code in codes:
            out[code].append(values[code][0])
    return out


def alerts(ws: Workspace, today: date | None = None) -> Alerts:
    today = today or ws.today()
    if not ws.units.children(ws.unit.code):
        return Alerts(count_reactivated(ws), count_due(ws, today))
    # The month before the current one is the last whose reports should be in.
    current = ws.current_period(today)
    last = ws.current_period(current.start - timedelta(days=1))
    state = completeness(ws, last.code)
    missing = sum(1 for c in state.children if c.status == "missing")
    return Alerts(count_reactivated(ws), count_due(ws, today), missing, last)
