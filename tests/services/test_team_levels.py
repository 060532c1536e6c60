"""Inspections by team level and sanctions by issuing authority (issue 14), so that the city
178 team's own target is followed: the catalogue codes counted from records, and the plan
target on the city team's establishments read by the report's % column."""

from __future__ import annotations

import factories as f
import pytest
from conftest import HANOI, TODAY

from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import plan
from pcmd_desktop.services.record_list import RecordList
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report

CODES = (
    "inspection.visits_city_team",
    "inspection.visits_district_team",
    "inspection.visits_commune_team",
    "inspection.establishments_city_team",
    "inspection.establishments_commune_team",
    "sanction.by_city_team",
    "sanction.fines_city_team_vnd",
    "sanction.by_district_level",
    "sanction.by_commune_level",
)


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def city(make_workspace):
    """Hà Nội's database: three establishments; the city team visits two of them (one
    twice), a district team one, commune teams two; sanctions by each authority."""
    ws = make_workspace(HANOI, name="city.sqlite3")
    service = RecordService(ws, today=TODAY)

    def add(rec: dict) -> dict:
        return service.create(rec["record"], plain({**rec, "unit": HANOI}))

    e1, e2, e3 = (add(f.establishment(name=n)) for n in ("Nhà nghỉ A", "Karaoke B", "Spa C"))
    visits = [
        add(f.inspection(e1["id"], team_level="city", date="2018-02-10")),
        add(f.inspection(e1["id"], team_level="city", date="2018-03-10")),
        add(f.inspection(e2["id"], team_level="city", date="2018-05-02")),
        add(f.inspection(e2["id"], team_level="district", date="2018-02-20")),
        add(f.inspection(e3["id"], team_level="commune", date="2018-02-21")),
        add(f.inspection(e3["id"], team_level="commune", date="2018-03-01")),
    ]
    for authority, fine, when in (
        ("city_team", 7_500_000, "2018-02-12"),
        ("city_team", 2_500_000, "2018-05-05"),
        ("district_team", 1_000_000, "2018-02-25"),
        ("district_chair", 20_000_000, "2018-03-02"),
        ("commune_team", 500_000, "2018-02-22"),
        ("commune_chair", 750_000, "2018-02-23"),
        ("police", 300_000, "2018-02-24"),
    ):
        add(f.sanction(authority=authority, fine_vnd=fine, date=when,
                       establishment_id=e1["id"], inspection_id=visits[0]["id"]))  # fmt: skip
    add(f.sanction(fine_vnd=100_000, date="2018-02-26"))  # authority not recorded
    return ws


def figures(ws, period: str) -> dict:
    report = build_report(ws, period)
    return {c: (report.values[c].value, report.values[c].ytd) for c in CODES}


def test_team_level_and_authority_codes_count_their_own_records(city):
    # Q1 (to 14/03 under Decree 09): the May visit and sanction are not in it yet.
    assert figures(city, "2018-Q1") == {
        "inspection.visits_city_team": (2, 2),
        "inspection.visits_district_team": (1, 1),
        "inspection.visits_commune_team": (2, 2),
        "inspection.establishments_city_team": (1, 1),
        "inspection.establishments_commune_team": (1, 1),
        "sanction.by_city_team": (1, 1),
        "sanction.fines_city_team_vnd": (7_500_000, 7_500_000),
        "sanction.by_district_level": (2, 2),
        "sanction.by_commune_level": (2, 2),
    }
    year = figures(city, "2018")
    assert year["inspection.visits_city_team"] == (3, 3)
    assert year["inspection.establishments_city_team"] == (2, 2)  # e1 twice counts once
    assert year["sanction.by_city_team"] == (2, 2)
    assert year["sanction.fines_city_team_vnd"] == (10_000_000, 10_000_000)
    # The May period alone; its year to date carries Q1.
    may = figures(city, "2018-05")
    assert may["inspection.visits_city_team"] == (1, 3)
    assert may["sanction.fines_city_team_vnd"] == (2_500_000, 10_000_000)
    assert may["sanction.by_commune_level"] == (0, 2)


def test_the_city_teams_target_drives_the_percentage(city):
    plan.set_targets(city, 2018, {"inspection.establishments_city_team": 60}, today=TODAY)
    value = build_report(city, "2018").values["inspection.establishments_city_team"]
    assert (value.ytd, value.target) == (2, 60)
    assert value.achieved_pct == pytest.approx(100 * 2 / 60)
    assert value.target_met is False
    # Another level's establishments do not count toward it.
    every = build_report(city, "2018").values["inspection.establishments"]
    assert every.ytd == 3 and every.target is None


def test_a_sanction_names_its_authority_and_the_inspection_it_follows(city):
    lst = RecordList.open(city, "sanction")
    shown = [r.raw["authority"] for r in lst.rows(0, len(lst))]
    assert shown.count("city_team") == 2 and None in shown
    cells = {r.cells[[c.key for c in lst.columns].index("authority")]
             for r in lst.rows(0, len(lst))}  # fmt: skip
    assert {"Đội 178 thành phố", "Chủ tịch UBND quận, huyện", "Công an", ""} <= cells
    service = RecordService(city, today=TODAY)
    with pytest.raises(ValidationError) as e:
        service.create(
            "sanction",
            plain({**f.sanction(authority="mayor", inspection_id=f.nid()), "unit": HANOI}),
        )
    assert {p.field for p in e.value.problems} == {"authority", "inspection_id"}
    with pytest.raises(ValidationError) as e:
        service.create("sanction", plain({**f.sanction(inspection_id=f.nid()), "unit": HANOI}))
    assert [p.field for p in e.value.problems] == ["inspection_id"]


def test_a_sanction_follows_an_inspection_of_its_establishment_not_before_it(city):
    service = RecordService(city, today=TODAY)
    lst = RecordList.open(city, "inspection")
    visit = service.get("inspection", lst.rows(0, len(lst))[-1].key)  # the first, 10/02/2018
    other = next(r.key for r in lst.rows(0, len(lst))
                 if service.get("inspection", r.key)["establishment_id"]
                 != visit["establishment_id"])  # fmt: skip
    rec = {**f.sanction(date="2018-02-01", establishment_id=visit["establishment_id"],
                        inspection_id=visit["id"]), "unit": HANOI}  # fmt: skip
    with pytest.raises(ValidationError) as e:
        service.create("sanction", plain(rec))
    assert [p.message for p in e.value.problems] == [
        "Ngày quyết định (date): 01/02/2018 trước ngày kiểm tra (10/02/2018)"
    ]
    with pytest.raises(ValidationError) as e:
        service.create("sanction", plain({**rec, "date": "2018-06-01", "inspection_id": other}))
    assert [p.message for p in e.value.problems] == [
        "Theo lần kiểm tra (inspection_id): lần kiểm tra này là của một cơ sở khác với cơ sở "
        "bị xử phạt"
    ]
    assert service.create("sanction", plain({**rec, "date": "2018-02-10"}))["inspection_id"]
