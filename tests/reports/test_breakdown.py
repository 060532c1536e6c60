"""The breakdown by sex and age band: on generated persons and services the cells of every
indicator add up to its own value (period and year to date, several periods); a person
of unknown sex or birth year goes to "Không rõ"; the age bands' edges; a person stays one
person over the year; deleted records never count."""

from __future__ import annotations

import random
from datetime import date, timedelta

from conftest import CHUONG_DUONG
from factories import nid

from pcmd_desktop.reports.breakdown import (
    BREAKDOWN_CODES,
    CELLS,
    all_unknown,
    check_breakdown,
)
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import import_objects
from pcmd_desktop.services.reporting import build_report

TODAY = date(2018, 12, 31)
TYPES = ("counselling", "legal_aid", "health", "vocational_training", "job_placement",
         "credit", "club")  # fmt: skip


def _person(n: int, sex: str | None, birth: int | None, opened: str) -> dict:
    rec = {"record": "person", "id": nid(), "unit": CHUONG_DUONG, "code": f"CD-{n:04d}",
           "opened_on": opened, "full_name": f"Người Thử {n}", "status": "active"}  # fmt: skip
    if sex:
        rec["sex"] = sex
    if birth:
        rec["birth_year"] = birth
    return rec


def _service(person: dict, day: str, kind: str) -> dict:
    rec = {"record": "service", "id": nid(), "unit": CHUONG_DUONG, "date": day,
           "person_id": person["id"], "type": kind}  # fmt: skip
    if kind == "credit":
        rec["amount_vnd"] = 5_000_000
    return rec


def _values(report) -> dict:
    return {c: (v.value, v.ytd) for c, v in report.values.items()}


def test_cells_add_up_on_generated_data(ws):
    rng = random.Random(14)
    first = date(2017, 12, 1)
    persons = [
        _person(n, rng.choice(("female", "female", "male", "other", None)),
                rng.choice((None, *range(1960, 2011))),
                (first + timedelta(days=rng.randrange(390))).isoformat())
        for n in range(40)
    ]  # fmt: skip
    services = [
        _service(rng.choice(persons), (first + timedelta(days=rng.randrange(390))).isoformat(),
                 rng.choice(TYPES))
        for _ in range(160)
    ]  # fmt: skip
    # Services dated before their person's record opened are fine for the count.
    import_objects(ws, enumerate([*persons, *services], start=1), TODAY)
    s = RecordService(ws, TODAY)
    for rec in services[:6]:
        s.delete("service", rec["id"])
    s.delete("person", persons[0]["id"])  # its services then count as "Không rõ"
    for code in ("2018-03", "2018-Q2", "2018-H2", "2018-9M", "2018"):
        report = build_report(ws, code)
        assert check_breakdown(report.breakdown, _values(report)) == [], code
        assert set(report.breakdown) == set(BREAKDOWN_CODES)
        doc = report.to_json()["breakdown"]
        assert set(doc["support.counselling"]["age"]) == set(CELLS["age"])
    year = build_report(ws, "2018")
    assert year.values["support.counselling"].value > 0  # the data did reach the figures
    assert year.breakdown["person.new"]["sex"]["unknown"][0] > 0


def test_unknown_sex_and_birth_year_and_the_bands_edges(ws):
    # Under nd09 the 2018 year runs 15/12/2017..14/12/2018; age = 2018 - birth year.
    rows = [
        (None, None, "unknown", "unknown"),
        ("female", 2001, "female", "under_18"),  # 17
        ("female", 2000, "female", "18_24"),  # 18
        ("male", 1994, "male", "18_24"),  # 24
        ("male", 1993, "male", "25_34"),  # 25
        ("other", 1969, "other", "35_49"),  # 49
        ("female", 1968, "female", "50_plus"),  # 50
    ]
    persons = [_person(n, sex, birth, "2018-03-01") for n, (sex, birth, *_) in enumerate(rows)]
    services = [_service(p, "2018-03-02", "counselling") for p in persons]
    import_objects(ws, enumerate([*persons, *services], start=1), TODAY)
    b = build_report(ws, "2018").breakdown["support.counselling"]
    want_sex = {"female": 3, "male": 2, "other": 1, "unknown": 1}
    want_age = {"unknown": 1, "under_18": 1, "18_24": 2, "25_34": 1, "35_49": 1, "50_plus": 1}
    assert {k: v[0] for k, v in b["sex"].items()} == want_sex
    assert {k: v[0] for k, v in b["age"].items()} == want_age


def test_a_person_stays_one_person_over_the_year(ws):
    p = _person(1, "female", 1990, "2018-01-20")
    q = _person(2, None, None, "2018-01-20")
    services = [
        _service(p, "2018-01-20", "credit"),
        _service(p, "2018-06-01", "credit"),
        _service(p, "2018-06-02", "counselling"),
        _service(q, "2018-06-03", "credit"),
    ]
    import_objects(ws, enumerate([p, q, *services], start=1), TODAY)
    june = build_report(ws, "2018-06")  # nd09: 15/05..14/06/2018
    credit = june.breakdown["support.credit_persons"]
    assert credit["sex"]["female"] == (1, 1)  # once in June and once over the year
    assert credit["sex"]["unknown"] == (1, 1)
    assert credit["age"]["25_34"] == (1, 1)  # 2018 - 1990 = 28
    reached = june.breakdown["support.persons_reached"]
    assert reached["sex"]["female"] == (1, 1)
    assert june.values["support.persons_reached"].ytd == 2
    # Flows count services: her two counselling-or-credit services in June count apart.
    assert june.breakdown["support.counselling"]["sex"]["female"] == (1, 1)
    assert june.breakdown["person.new"]["sex"]["female"] == (0, 1)
    assert check_breakdown(june.breakdown, _values(june)) == []


def test_without_the_breakdown_and_all_unknown():
    unknown = all_unknown({"support.health": (3, 7)})
    assert unknown["support.health"]["sex"]["unknown"] == (3, 7)
    assert unknown["support.health"]["age"]["18_24"] == (0, 0)
    assert unknown["person.new"]["sex"]["unknown"] == (0, 0)


def test_the_report_without_breakdown_has_none(ws):
    report = build_report(ws, "2018", breakdown=False)
    assert report.breakdown == {} and report.to_json()["breakdown"] == {}
