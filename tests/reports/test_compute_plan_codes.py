"""The codes of catalogue version 2 that carry the 2018 city plan's targets, on a small
hand-made city database (expected values written out here): establishments inspected by
the city's and the districts' 178 teams among inspections of every level, business
hotspots eradicated, and the public hotspots eradicated before the year that re-activate;
then the city report compares the plan with them."""

from __future__ import annotations

from datetime import date

import pytest

from pcmd_desktop.domain.plan_2018 import HANOI_2018_TARGETS
from pcmd_desktop.reports.form_text import achieved_text
from pcmd_desktop.services import plan
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report

TODAY = date(2018, 12, 31)
HANOI, CHUONG_DUONG, HANG_BAC = "01", "00067", "00061"
NEW_CODES = (
    "inspection.establishments_city_team",
    "inspection.establishments_district_team",
    "hotspot.eradicated_business",
    "hotspot.public_reactivated",
)


@pytest.fixture
def city(make_workspace):
    ws = make_workspace(HANOI, name="city.sqlite3")
    s = RecordService(ws, TODAY)

    def add(record: str, **fields) -> str:
        return s.create(record, fields)["id"]

    e1 = add("establishment", unit=CHUONG_DUONG, name="Khách sạn Một", type="hotel")
    e2 = add("establishment", unit=CHUONG_DUONG, name="Karaoke Hai", type="karaoke")
    e3 = add("establishment", unit=HANG_BAC, name="Nhà nghỉ Ba", type="guesthouse")
    e4 = add("establishment", unit=HANG_BAC, name="Massage Bốn", type="massage")
    # The city 178 team's own inspections (the city's records): e1 twice, e2, e3.
    for day, est in (("2018-03-05", e1), ("2018-09-10", e1), ("2018-04-02", e2),
                     ("2018-06-20", e3)):  # fmt: skip
        add("inspection", unit=HANOI, date=day, establishment_id=est, team_level="city")
    # Not counted: a deleted one, and one of the year before (calendar cut-off).
    s.delete("inspection", add("inspection", unit=HANOI, date="2018-05-01", establishment_id=e4,
                               team_level="city"))  # fmt: skip
    add("inspection", unit=HANOI, date="2017-12-20", establishment_id=e4, team_level="city")
    # A ward noted the city team's visit to e4 in its own records: its own distinct count.
    add("inspection", unit=HANG_BAC, date="2018-07-07", establishment_id=e4, team_level="city")
    # District and commune teams.
    add("inspection", unit=CHUONG_DUONG, date="2018-02-01", establishment_id=e1,
        team_level="district")  # fmt: skip
    add("inspection", unit=CHUONG_DUONG, date="2018-08-01", establishment_id=e1,
        team_level="district")  # fmt: skip
    add("inspection", unit=HANG_BAC, date="2018-02-02", establishment_id=e3,
        team_level="district")  # fmt: skip
    for est in (e1, e2):
        add("inspection", unit=CHUONG_DUONG, date="2018-10-10", establishment_id=est,
            team_level="commune")  # fmt: skip

    def spot(name: str, kind: str, eradicated: str | None, active: str | None = None,
             unit: str = CHUONG_DUONG) -> str:  # fmt: skip
        hid = add("hotspot", unit=unit, name=name, kind=kind, identified_on="2008-01-01",
                  **({"eradicated_on": eradicated} if eradicated else {}))  # fmt: skip
        add("patrol", unit=unit, date="2018-01-20", hotspot_id=hid, result="clean")
        if active:
            add("patrol", unit=unit, date=active, hotspot_id=hid, result="active")
        return hid

    spot("P1 công cộng, triệt xóa 2015, tái hoạt động 03/2018", "public_place", "2015-05-01",
         "2018-03-10")  # fmt: skip
    spot("P2 công cộng, triệt xóa 2016, trong sạch", "public_place", "2016-06-01")
    spot("P3 công cộng, triệt xóa trong năm, tái hoạt động", "public_place", "2018-02-01",
         "2018-06-01")  # fmt: skip
    spot("P4 công cộng, triệt xóa 20/12/2017, tái hoạt động", "public_place", "2017-12-20",
         "2018-07-01", unit=HANG_BAC)  # fmt: skip
    spot("P5 công cộng, tái hoạt động từ 2017", "public_place", "2012-01-01", "2017-11-01")
    spot("B1 kinh doanh, triệt xóa 2014, tái hoạt động", "business", "2014-01-01", "2018-04-01")
    spot("B2 kinh doanh, triệt xóa trong năm", "business", "2018-05-05")
    spot("B3 kinh doanh, còn phức tạp", "business", None)
    s.delete("hotspot", spot("P6 đã xóa", "public_place", "2010-01-01", "2018-02-02"))
    plan.set_targets(ws, 2018, HANOI_2018_TARGETS, today=TODAY)
    return ws


def values(report, *codes):
    return {c: (report.values[c].value, report.values[c].ytd) for c in codes}


def test_the_new_codes_over_the_calendar_year(city):
    year = build_report(city, "2018", "calendar")  # 01/01 .. 31/12/2018
    assert values(
        year, *NEW_CODES, "inspection.establishments", "hotspot.eradicated", "hotspot.reactivated"
    ) == {
        # unit 01: e1, e2, e3; Hàng Bạc's own: e4.
        "inspection.establishments_city_team": (4, 4),
        # Chương Dương: e1 (twice); Hàng Bạc: e3.
        "inspection.establishments_district_team": (2, 2),
        # 01: e1 e2 e3; Chương Dương: e1 e2; Hàng Bạc: e3 e4.
        "inspection.establishments": (7, 7),
        "hotspot.eradicated_business": (1, 1),  # B2
        "hotspot.eradicated": (2, 2),  # P3, B2
        # P1 and P4 (eradicated before 01/01/2018); not P3 (eradicated in the year), not P5
        # (re-activated in 2017), not B1 (a business), not P6 (deleted).
        "hotspot.public_reactivated": (2, 2),
        "hotspot.reactivated": (4, 4),  # P1, P3, P4, B1
    }


def test_the_reporting_year_decides_what_was_eradicated_before_it(city):
    # Under Decree 09 the year 2018 starts on 15/12/2017: P4 (eradicated 20/12/2017) is one
    # of the year's eradications, not one of those eradicated before it.
    year = build_report(city, "2018", "nd09")
    assert values(year, "hotspot.public_reactivated", "hotspot.eradicated") == {
        "hotspot.public_reactivated": (1, 1),
        "hotspot.eradicated": (3, 3),
    }
    # March 2018 (15/02..14/03): P1 re-activated on 10/03; year to date the same one.
    march = build_report(city, "2018-03", "nd09")
    assert values(march, "hotspot.public_reactivated")["hotspot.public_reactivated"] == (1, 1)
    assert values(march, "inspection.establishments_city_team") == {
        # e1 on 05/03; year to date also e4, inspected on 20/12/2017 (in the nd09 year 2018).
        "inspection.establishments_city_team": (1, 2)
    }


def test_the_city_report_compares_the_plan_with_what_it_names(city):
    report = build_report(city, "2018", "calendar")
    team = report.values["inspection.establishments_city_team"]
    assert (team.ytd, team.target, achieved_text(team)) == (4, 60, "6,7 %")
    assert report.values["inspection.establishments"].target is None  # every team's: no target
    kept = report.values["hotspot.public_reactivated"]
    assert (kept.ytd, kept.target, kept.target_met) == (2, 0, False)
    assert achieved_text(kept) == "Không đạt (vượt chỉ tiêu)"
    assert report.values["hotspot.reactivated"].target is None
    assert report.values["hotspot.eradicated_business"].target == 2
    doc = report.to_json()["indicators"]
    assert doc["hotspot.public_reactivated"] == {
        "value": 2, "ytd": 2, "target": 0, "direction": "ceiling", "achieved_pct": None,
        "target_met": False, "status": "exceeded",
    }  # fmt: skip
    assert doc["inspection.establishments_city_team"]["achieved_pct"] == 6.7
    # A child's part: Hàng Bạc's own record of the city team's visit sits under Hoàn Kiếm.
    assert report.children["002"]["inspection.establishments_city_team"] == (1, 1)
