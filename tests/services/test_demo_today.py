"""A demo database works as at the end of its year (issue 12): its current period, plan
year and dashboard are the demo's 2018, not today's empty year; a real database keeps the
real date."""

from __future__ import annotations

from datetime import date

import pytest

from pcmd_desktop.services.dashboard import plan_progress
from pcmd_desktop.services.demo_database import DEMO_YEAR, build_demo


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    result = build_demo(tmp_path_factory.mktemp("demo") / "demo.sqlite3")
    yield result.workspace
    result.workspace.close()


def test_demo_works_on_the_last_day_of_its_reporting_year(demo):
    assert demo.demo_year == DEMO_YEAR == 2018
    # Decree 09 cut-off: the year 2018 runs 15/12/2017 .. 14/12/2018.
    assert demo.today() == date(2018, 12, 14)
    assert demo.current_period().code == "2018-12"


def test_demo_today_follows_the_cut_off(demo):
    demo.set_cutoff("calendar")
    try:
        assert demo.today() == date(2018, 12, 31)
        assert demo.current_period().code == "2018-12"
    finally:
        demo.set_cutoff("nd09")


def test_demo_dashboard_shows_the_demo_plan(demo):
    rows = plan_progress(demo, demo.current_period().year)
    assert rows, "the demo's 2018 plan has targets"
    assert any(r.ytd for r in rows), "and the year's records count towards them"


def test_a_real_database_keeps_the_real_date(ws):
    assert ws.demo_year is None
    assert ws.today() == date.today()


def test_a_demo_made_before_the_year_was_kept_is_of_2018(ws):
    from pcmd_desktop.db import meta
    from pcmd_desktop.db.connection import transaction

    with transaction(ws.db):
        meta.put(ws.db, meta.DEMO_FLAG, "1")
    assert ws.demo_year == 2018
    assert ws.today() == date(2018, 12, 14)
