"""The '% thực hiện' cell, shared by the PDF, the XLSX and the screens: a goal in % with
Vietnamese separators, a ceiling kept or flagged, nothing without a target."""

from __future__ import annotations

from pcmd_desktop.domain.indicators import BY_CODE, CEILING, GOAL
from pcmd_desktop.reports.form_text import achieved_text
from pcmd_desktop.reports.model import IndicatorValue


def test_goal_prints_the_percentage_with_vietnamese_separators():
    assert achieved_text(IndicatorValue("case.detected", 5, 125, 150)) == "83,3 %"
    assert achieved_text(IndicatorValue("case.detected", 5, 750, 60)) == "1.250,0 %"
    assert achieved_text(IndicatorValue("case.detected", 0, 0, 150)) == "0,0 %"


def test_goal_met_only_when_reached():
    assert IndicatorValue("case.tried", 1, 120, 120).target_met is True
    assert IndicatorValue("case.tried", 1, 119, 120).status == "below"


def test_zero_ceiling_kept_and_exceeded():
    kept = IndicatorValue("hotspot.reactivated", 0, 0, 0)
    over = IndicatorValue("hotspot.reactivated", 1, 3, 0)
    assert BY_CODE["hotspot.reactivated"].direction == CEILING
    assert (achieved_text(kept), kept.target_met, kept.status) == ("Đạt", True, "within")
    assert achieved_text(over) == "Không đạt (vượt chỉ tiêu)"
    assert (over.target_met, over.status, over.achieved_pct) == (False, "exceeded", None)


def test_nonzero_ceiling_judged_on_year_to_date():
    assert achieved_text(IndicatorValue("hotspot.complex_at_end", 9, 2, 2)) == "Đạt"
    assert achieved_text(IndicatorValue("hotspot.complex_at_end", 9, 3, 2)).startswith("Không đạt")


def test_no_target_prints_nothing():
    v = IndicatorValue("case.detected", 5, 12)
    assert (achieved_text(v), v.target_met, v.status) == ("", None, None)
    assert achieved_text(None) == ""
    # A goal of 0 gives nothing to measure against.
    assert achieved_text(IndicatorValue("case.detected", 5, 12, 0)) == ""
    assert BY_CODE["case.detected"].direction == GOAL
