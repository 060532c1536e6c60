"""Every indicator on a small hand-made data set, the expected values written out here
(never computed by the code under test): the period edges under both cut-offs, deleted
records, year-to-date distinct counts, hotspot re-activation and "at end" states."""

from __future__ import annotations

from datetime import date

import pytest

from pcmd_desktop.services import plan
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report

TODAY = date(2018, 12, 31)


@pytest.fixture
def data(ws):
    s = RecordService(ws, TODAY)

    def add(record: str, **fields) -> str:
        return s.create(record, fields)["id"]

    # Volunteer teams: V1 in being; V2 dissolved before February's last day (14/02 under
    # nd09). Members: M1 counts; M2 left, M3's team is dissolved, M4 joined after the end.
    v1 = add("volunteer_team", name="V1", established_on="2017-05-01")
    v2 = add("volunteer_team", name="V2", established_on="2018-01-20", dissolved_on="2018-02-10")
    member = {"full_name": "Thành Viên", "role": "member"}
    add("volunteer_member", team_id=v1, joined_on="2017-05-01", **member)
    add("volunteer_member", team_id=v1, joined_on="2018-02-01", left_on="2018-02-12", **member)
    add("volunteer_member", team_id=v2, joined_on="2018-01-25", **member)
    add("volunteer_member", team_id=v1, joined_on="2018-02-20", **member)
    # Activities. Under nd09, February 2018 is 15/01..14/02 and its year 15/12/2017..
    # A, C and D were run by the volunteer team V1.
    add("activity", date="2018-01-20", kind="propaganda", title="A", participants=100, materials=50,
        volunteer_team_id=v1)  # fmt: skip
    add("activity", date="2018-02-20", kind="propaganda", title="B", participants=30)
    add("activity", date="2017-12-20", kind="propaganda", title="C", participants=10,
        volunteer_team_id=v1)  # fmt: skip
    add("activity", date="2018-02-14", kind="training", title="D", participants=12,
        volunteer_team_id=v1)  # fmt: skip
    s.delete(
        "activity",
        add("activity", date="2018-02-01", kind="propaganda", title="X", participants=999),
    )
    # Tips: T1 in period, handled in period, led to the follow-up inspection; T2 in the year
    # before the period, handled in January, led to a case; T3 not handled; T4 deleted.
    tip = {"channel": "hotline", "content": "Tin báo"}
    t1 = add("tip", received_on="2018-01-20", status="handled", handled_on="2018-02-01", **tip)
    t2 = add("tip", received_on="2017-12-20", status="unfounded", handled_on="2018-01-10", **tip)
    add("tip", received_on="2018-02-05", status="received", **tip)
    s.delete("tip", add("tip", received_on="2018-02-06", status="received", **tip))
    # Inspections of two establishments; one deleted.
    e1 = add("establishment", name="Cơ sở Một", type="hotel")
    e2 = add("establishment", name="Cơ sở Hai", type="karaoke")
    i1 = add(
        "inspection",
        date="2018-01-16",
        establishment_id=e1,
        team_level="commune",
        violations=[{"kind": "licence"}],
        fine_vnd=1_000_000,
    )
    add("inspection", date="2018-02-10", establishment_id=e1, team_level="commune", follow_up_of=i1,
        tip_id=t1)  # fmt: skip
    add("inspection", date="2018-02-14", establishment_id=e2, team_level="district", suspended=True)
    add(
        "inspection",
        date="2018-01-05",
        establishment_id=e2,
        team_level="commune",
        violations=[{"kind": "guest_register"}],
    )
    s.delete(
        "inspection",
        add(
            "inspection",
            date="2018-02-01",
            establishment_id=e2,
            team_level="commune",
            fine_vnd=5_000_000,
        ),
    )
    # Hotspots: H1 re-activated 01/02, H2 eradicated 20/01, H3 new and complex,
    # H4 re-activated only on 20/02 (after the nd09 period), H5 deleted.
    h1 = add(
        "hotspot",
        name="H1",
        kind="public_place",
        identified_on="2016-01-01",
        eradicated_on="2017-06-01",
    )
    h2 = add(
        "hotspot",
        name="H2",
        kind="public_place",
        identified_on="2017-01-01",
        eradicated_on="2018-01-20",
    )
    add("hotspot", name="H3", kind="business", identified_on="2018-02-10")
    h4 = add(
        "hotspot",
        name="H4",
        kind="public_place",
        identified_on="2015-01-01",
        eradicated_on="2016-01-01",
    )
    s.delete("hotspot", add("hotspot", name="H5", kind="public_place", identified_on="2018-01-20"))
    add("patrol", date="2018-02-01", hotspot_id=h1, result="active")
    add("patrol", date="2018-01-25", hotspot_id=h2, result="clean")
    add("patrol", date="2018-02-20", hotspot_id=h4, result="active")
    # Persons and services.
    p1 = add("person", code="P-1", opened_on="2018-01-20", full_name="Người Một")
    p2 = add("person", code="P-2", opened_on="2017-12-20", full_name="Người Hai")
    add("service", date="2018-01-25", person_id=p1, type="counselling")
    add("service", date="2018-02-05", person_id=p1, type="credit", amount_vnd=10_000_000)
    add("service", date="2018-02-12", person_id=p2, type="vocational_training")
    add("service", date="2017-12-28", person_id=p2, type="counselling")
    # Sanctions, cases, commune status, budget.
    add("sanction", date="2018-02-01", role="seller", fine_vnd=200_000, authority="city_team")
    add("sanction", date="2018-01-10", role="buyer", fine_vnd=1_500_000, authority="district_chair")
    add("sanction", date="2018-02-03", role="owner", fine_vnd=5_000_000, authority="commune_team")
    add("case", offence="brokering", detected_on="2018-01-16", defendants=3, tried_on="2018-02-12",
        tip_id=t2)  # fmt: skip
    add("case", offence="harbouring", detected_on="2017-12-16", defendants=1)
    s.create("commune_status", {"unit": "00067", "year": 2018, "pcmd_model": "new", "clean": True})
    s.create(
        "commune_status",
        {"unit": "00067", "year": 2017, "pcmd_model": "maintained", "clean": False},
    )
    scores = {"score_no_hotspot": 30, "score_propaganda": 15, "score_business_control": 10,
              "score_support": 10, "score_volunteer": 10, "score_leadership": 10}  # fmt: skip
    s.create("commune_assessment", {"unit": "00067", "year": 2018, "assessed_on": "2018-01-30",
                                    **scores})  # fmt: skip
    add("budget", date="2018-02-01", amount_vnd=3_000_000)
    add("budget", date="2018-01-02", amount_vnd=1_000_000)
    plan.set_targets(ws, 2018, {"inspection.visits": 40}, today=TODAY)
    return ws  # fmt: skip


# (period value, year-to-date value) for February 2018 under Decree 09's cut-off.
FEB_ND09 = {
    "propaganda.sessions": (1, 2),
    "propaganda.participants": (100, 110),
    "propaganda.materials": (50, 50),
    "training.sessions": (1, 1),
    "training.participants": (12, 12),
    "inspection.visits": (3, 4),
    "inspection.establishments": (2, 2),
    "inspection.establishments_city_team": (0, 0),
    "inspection.establishments_district_team": (1, 1),
    "inspection.violating": (1, 2),
    "inspection.sanctioned": (2, 2),
    "inspection.suspended_or_revoked": (1, 1),
    "inspection.fines_vnd": (1_000_000, 1_000_000),
    "inspection.follow_ups": (1, 1),
    "inspection.visits_city_team": (0, 0),
    "inspection.visits_district_team": (1, 1),
    "inspection.visits_commune_team": (2, 3),
    "inspection.establishments_commune_team": (1, 2),
    "hotspot.complex_at_end": (2, 2),
    "hotspot.eradicated": (1, 1),
    "hotspot.eradicated_business": (0, 0),
    "hotspot.kept_clean_at_end": (2, 2),
    "hotspot.reactivated": (1, 1),
    "hotspot.public_reactivated": (1, 1),
    "hotspot.patrols": (2, 2),
    "tip.received": (2, 3),
    "tip.handled": (1, 2),
    "tip.led_to_action": (1, 2),
    "sanction.sellers": (1, 1),
    "sanction.buyers": (0, 1),
    "sanction.others": (1, 1),
    "sanction.fines_vnd": (5_200_000, 6_700_000),
    "sanction.by_city_team": (1, 1),
    "sanction.fines_city_team_vnd": (200_000, 200_000),
    "sanction.by_district_level": (0, 1),
    "sanction.by_commune_level": (1, 1),
    "case.detected": (1, 2),
    "case.defendants": (3, 4),
    "case.tried": (1, 1),
    "support.persons_reached": (2, 2),
    "support.counselling": (1, 2),
    "support.legal_aid": (0, 0),
    "support.health": (0, 0),
    "support.vocational_training": (1, 1),
    "support.job_placement": (0, 0),
    "support.credit_persons": (1, 1),
    "support.credit_vnd": (10_000_000, 10_000_000),
    "person.new": (1, 2),
    "volunteer.teams_at_end": (1, 1),
    "volunteer.members_at_end": (1, 1),
    "volunteer.activities": (2, 3),
    "commune.pcmd_model": (1, 1),
    "commune.pcmd_model_new": (1, 1),
    "commune.clean": (1, 1),
    "commune.assessed": (1, 1),
    "budget.spent_vnd": (3_000_000, 4_000_000),
}

# The same month in calendar months: 01/02..28/02, year from 01/01/2018.
FEB_CALENDAR = {
    "propaganda.sessions": (1, 2),
    "propaganda.participants": (30, 130),
    "training.sessions": (1, 1),
    "inspection.visits": (2, 4),
    "inspection.violating": (0, 2),
    "hotspot.complex_at_end": (3, 3),
    "hotspot.eradicated": (0, 1),
    "hotspot.kept_clean_at_end": (1, 1),
    "hotspot.reactivated": (2, 2),
    "hotspot.patrols": (2, 3),
    "support.counselling": (0, 1),
    "person.new": (0, 1),
    "case.detected": (0, 1),
    "budget.spent_vnd": (3_000_000, 4_000_000),
}


def test_every_indicator_of_february_under_decree_09(data):
    report = build_report(data, "2018-02", "nd09")
    assert (report.period.start, report.period.end) == (date(2018, 1, 15), date(2018, 2, 14))
    got = {code: (v.value, v.ytd) for code, v in report.values.items()}
    assert got == FEB_ND09


def test_calendar_months_move_the_edges(data):
    report = build_report(data, "2018-02", "calendar")
    assert (report.period.start, report.period.end) == (date(2018, 2, 1), date(2018, 2, 28))
    got = {code: (report.values[code].value, report.values[code].ytd) for code in FEB_CALENDAR}
    assert got == FEB_CALENDAR


def test_target_and_achievement(data):
    visits = build_report(data, "2018-02", "nd09").values["inspection.visits"]
    assert (visits.target, visits.achieved_pct) == (40, 10.0)
    assert build_report(data, "2018-02", "nd09").values["case.tried"].target is None


def test_quarter_and_year_and_json(data):
    q1 = build_report(data, "2018-Q1", "nd09")  # 15/12/2017 .. 14/03/2018
    assert (q1.values["inspection.visits"].value, q1.values["propaganda.sessions"].value) == (
        4, 3)  # fmt: skip
    year = build_report(data, "2018", "calendar")  # 01/01 .. 31/12/2018
    assert year.values["propaganda.sessions"].value == 2
    assert year.values["hotspot.reactivated"].value == 2
    doc = q1.to_json()
    assert doc["unit"] == "00067" and doc["period"] == "2018-Q1"
    assert (doc["from"], doc["to"]) == ("2017-12-15", "2018-03-14")
    assert doc["indicators"]["inspection.visits"] == {
        "value": 4,
        "ytd": 4,
        "target": 40,
        "direction": "goal",
        "achieved_pct": 10.0,
        "target_met": False,
        "status": "below",
    }
    assert len(doc["indicators"]) == 56 and doc["not_reported"] == {}


def test_a_district_adds_its_communes_and_lists_them(make_workspace):
    district = make_workspace("002", name="quan.sqlite3")  # Quận Hoàn Kiếm
    s = RecordService(district, TODAY)
    for unit, day in (("00037", "2018-01-20"), ("00040", "2018-02-01"), ("002", "2018-02-02")):
        s.create("activity", {"unit": unit, "date": day, "kind": "propaganda", "title": "T"})
    report = build_report(district, "2018-02", "nd09")
    assert report.values["propaganda.sessions"].value == 3
    assert report.children["00037"]["propaganda.sessions"] == (1, 1)
    assert report.children["00040"]["propaganda.sessions"] == (1, 1)
    assert report.child_names["00040"] == "Phường Đồng Xuân"
