"""The overview's figures: plan progress against the pace of the year, monthly trends."""

from __future__ import annotations

from datetime import date

from scenarios import reactivated_public_hotspot

from pcmd_desktop.services import plan
from pcmd_desktop.services.dashboard import alerts, monthly_trend, plan_progress
from pcmd_desktop.services.records import RecordService

TODAY = date(2018, 12, 31)


def test_progress_and_trend(ws):
    s = RecordService(ws, TODAY)
    est = s.create("establishment", {"name": "Cơ sở", "type": "hotel"})["id"]
    for day in ("2018-01-20", "2018-01-21", "2018-03-01"):  # nd09: months 02, 02, 03
        s.create("inspection", {"date": day, "establishment_id": est, "team_level": "commune"})
    plan.set_targets(ws, 2018, {"inspection.visits": 12, "hotspot.reactivated": 0},
                     today=TODAY)  # fmt: skip
    # Mid-year (30/06 under nd09 is in month 7 of 12): 3 of 12 done is behind the pace.
    progress = {p.code: p for p in plan_progress(ws, 2018, date(2018, 6, 30))}
    visits = progress["inspection.visits"]
    assert (visits.ytd, visits.target, visits.achieved_pct) == (3, 12, 25.0)
    assert visits.behind
    assert not progress["hotspot.reactivated"].behind  # nothing re-activated: on track
    early = {p.code: p for p in plan_progress(ws, 2018, date(2018, 1, 22))}
    assert not early["inspection.visits"].behind  # 2 done by late January is ahead
    trend = monthly_trend(ws, 2018)
    assert trend["inspection.visits"] == [0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert alerts(ws, TODAY).follow_ups_due == 0


def test_a_ceiling_is_kept_or_exceeded_whatever_the_pace(ws):
    s = RecordService(ws, TODAY)
    reactivated_public_hotspot(s, "2018-03-01")
    plan.set_targets(ws, 2018, {"hotspot.public_reactivated": 0}, today=TODAY)
    before = plan_progress(ws, 2018, date(2018, 2, 1))[0]
    assert (before.ytd, before.exceeded, before.behind, before.achieved) == (0, False, False, "Đạt")
    after = plan_progress(ws, 2018, date(2018, 6, 30))[0]
    assert (after.ytd, after.direction, after.exceeded, after.behind) == (1, "ceiling", True, True)
    assert after.achieved == "Không đạt (vượt chỉ tiêu)"


def test_no_plan_no_progress(ws):
    assert plan_progress(ws, 2018, TODAY) == []
