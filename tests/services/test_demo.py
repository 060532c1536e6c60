"""The demo generator: deterministic, well-formed records that respect the plan 24/KH-UBND."""

from __future__ import annotations

import json
import time
import unicodedata
import uuid
from collections import Counter

import pytest

from pcmd_desktop.domain.assessment import is_clean
from pcmd_desktop.domain.indicators import is_indicator
from pcmd_desktop.domain.records import KINDS, FieldType
from pcmd_desktop.services.demo import generate_demo
from pcmd_desktop.services.units import UnitDirectory, default_history

CHUONG_DUONG = "00067"
HANOI = "01"
FIRST, LAST = "2017-12-15", "2018-12-14"
EARLIER_ALLOWED = {
    ("person", "opened_on"),
    ("hotspot", "identified_on"),
    ("hotspot", "eradicated_on"),
    # A volunteer team is set up in an earlier year, its first members with it.
    ("volunteer_team", "established_on"),
    ("volunteer_member", "joined_on"),
}
CITY_TARGETS = {
    "case.detected": 150,
    "case.tried": 120,
    "hotspot.eradicated_business": 2,
    "hotspot.public_reactivated": 0,
    "inspection.establishments_city_team": 60,
    "commune.pcmd_model": 55,
    "commune.clean": 470,
    "support.credit_persons": 6,
}


@pytest.fixture(scope="module")
def units() -> UnitDirectory:
    return default_history().tree("2018-12-31")


@pytest.fixture(scope="module")
def commune(units):
    return generate_demo(units)


@pytest.fixture(scope="module")
def city(units):
    return generate_demo(units, scale=3)


def of(data, kind: str) -> list[dict]:
    return [r for r in data.records if r["record"] == kind]


def check_records(data, units: UnitDirectory) -> None:
    """Shape, enums, references, dates and codes of every record."""
    seen: dict[str, dict] = {}  # id -> record, in list order
    codes: set[tuple[str, str]] = set()
    for r in data.records:
        kind = KINDS[r["record"]]
        keys = set(r) - {"record"}
        assert keys <= set(kind.keys), (kind.name, keys - set(kind.keys))
        for f in kind.fields:
            v = r.get(f.key)
            if f.required:
                assert v is not None and v != "", (kind.name, f.key)
            if v is None:
                continue
            assert v not in ("", []), (kind.name, f.key)  # empty fields are left out
            if f.type is FieldType.CHOICE:
                assert v in f.choices, (kind.name, f.key, v)
            elif f.type is FieldType.VIOLATIONS:
                assert v and all(set(x) == {"kind", "description"} for x in v)
                assert all(x["kind"] in f.choices and x["description"] for x in v)
            elif f.type is FieldType.ID:
                assert uuid.UUID(v).version == 4 and v not in seen
            elif f.type is FieldType.REF:
                assert v in seen and seen[v]["record"] == f.ref, (kind.name, f.key)
            elif f.type is FieldType.DATE:
                assert v <= LAST, (kind.name, f.key, v)
                if (kind.name, f.key) not in EARLIER_ALLOWED:
                    assert v >= FIRST, (kind.name, f.key, v)
            elif f.type in (FieldType.MONEY, FieldType.INT):
                assert isinstance(v, int) and not isinstance(v, bool) and v >= 0
            elif f.type is FieldType.BOOL:
                assert isinstance(v, bool)
            elif f.type is FieldType.UNIT:
                assert units.get(v) is not None
            elif f.type is FieldType.INDICATOR:
                assert is_indicator(v), v
            for s in v if isinstance(v, list) else [v]:
                if isinstance(s, str):
                    assert unicodedata.is_normalized("NFC", s)
        if kind.has_id:
            seen[r["id"]] = r
        if kind.name == "inspection" and "follow_up_of" in r:
            first = seen[r["follow_up_of"]]
            assert first["establishment_id"] == r["establishment_id"]
            assert first["date"] < r["date"]
        if kind.name == "person":
            assert (r["unit"], r["code"]) not in codes
            codes.add((r["unit"], r["code"]))
            assert 1970 <= r["birth_year"] <= 2000
            assert len(r["id_number"]) == 12 and r["id_number"].isdigit()
        if kind.name == "service":
            assert ("amount_vnd" in r) == (r["type"] == "credit")
            if r["type"] == "credit":
                assert 10_000_000 <= r["amount_vnd"] <= 50_000_000
        if kind.name == "case":
            dates = [r[k] for k in ("detected_on", "prosecuted_on", "tried_on") if k in r]
            assert dates == sorted(dates) and 1 <= r["defendants"] <= 5
        if kind.name == "hotspot" and "eradicated_on" in r:
            assert r["identified_on"] <= r["eradicated_on"]
    # A commune assessed clean has no hotspot complex or re-activated at the year's end.
    troubled = {
        h["unit"] for h in data.records if h["record"] == "hotspot" and "eradicated_on" not in h
    }
    troubled |= {
        p["unit"]
        for p in data.records
        if p["record"] == "patrol"
        and p["result"] == "active"
        and seen[p["hotspot_id"]].get("eradicated_on", "9") < p["date"]
    }
    for s in data.records:
        if s["record"] == "commune_status" and s["clean"]:
            assert s["unit"] not in troubled, s


def test_same_seed_same_data_and_another_seed_other_data(units, commune):
    again = generate_demo(units)
    assert again.unit_code == commune.unit_code
    assert json.dumps(again.records, ensure_ascii=False) == json.dumps(
        commune.records, ensure_ascii=False
    )
    other = generate_demo(units, seed=7)
    assert other.records != commune.records
    assert {r.get("id") for r in other.records}.isdisjoint(r["id"] for r in of(commune, "person"))


def test_commune_demo_is_chuong_duong_with_its_plan_hotspot_and_model(units, commune):
    assert commune.unit_code == CHUONG_DUONG
    assert units.get(CHUONG_DUONG).name == "Phường Chương Dương"
    assert {r["unit"] for r in commune.records} == {CHUONG_DUONG}
    spots = {h["name"]: h for h in of(commune, "hotspot")}
    plan = spots["Khu vực từ ngã ba phố Cầu Đất – đường Hồng Hà đến số nhà 999 đường Hồng Hà"]
    assert plan["kind"] == "business"
    assert FIRST <= plan["eradicated_on"] <= LAST
    assert plan["handed_over_to"] == "UBND phường Chương Dương"
    (status,) = of(commune, "commune_status")
    assert status["pcmd_model"] == "maintained" and status["year"] == 2018
    targets = {t["indicator"]: t["target"] for t in of(commune, "plan_target")}
    # The city's codes but the city 178 team's, which a ward's plan does not direct.
    assert set(CITY_TARGETS) - {"inspection.establishments_city_team"} <= set(targets)
    assert "inspection.establishments_city_team" not in targets
    assert {"propaganda.sessions", "inspection.visits", "hotspot.patrols"} <= set(targets)
    counts = Counter(r["record"] for r in commune.records)
    assert 70 <= counts["establishment"] <= 100
    assert 3 <= counts["hotspot"] <= 6 and 10 <= counts["person"] <= 25
    assert counts["patrol"] > 40 and counts["inspection"] > 20 and counts["service"] > 30
    assert any(i.get("follow_up_of") for i in of(commune, "inspection"))
    assert any(s["type"] == "credit" for s in of(commune, "service"))


def test_commune_demo_records_are_well_formed(units, commune):
    check_records(commune, units)


def test_city_demo_of_three_communes(units, city):
    assert city.unit_code == HANOI
    counted = {r["unit"] for r in of(city, "establishment")}
    assert len(counted) == 3 and CHUONG_DUONG in counted
    assert all(units.get(c).level == "commune" for c in counted)
    check_records(city, units)


def test_city_demo_has_tips_volunteers_authorities_and_sheets(city):
    counted = {r["unit"] for r in of(city, "establishment")}
    tips = of(city, "tip")
    assert {t["unit"] for t in tips} == counted
    assert all(t["informant_name"] and t["handled_on"] >= t["received_on"]
               for t in tips if "handled_on" in t)  # fmt: skip
    linked = {i["tip_id"] for i in of(city, "inspection") if "tip_id" in i}
    assert linked and linked <= {t["id"] for t in tips if t["status"] == "handled"}
    assert {t["unit"] for t in of(city, "volunteer_team")} == counted
    teams = {t["id"] for t in of(city, "volunteer_team")}
    assert {m["team_id"] for m in of(city, "volunteer_member")} == teams
    assert any(a.get("volunteer_team_id") in teams for a in of(city, "activity"))
    assert all(s["authority"] for s in of(city, "sanction"))
    # Each commune's sheet agrees with its status, so commune.clean is what it was.
    sheets = {a["unit"]: a for a in of(city, "commune_assessment")}
    statuses = of(city, "commune_status")
    assert set(sheets) == {st["unit"] for st in statuses}
    assert all(is_clean(sheets[st["unit"]]) == st["clean"] for st in statuses)


def test_city_demo_has_the_plan_targets_models_and_hotspots(units, city):
    targets = of(city, "plan_target")
    assert {t["unit"] for t in targets} == {HANOI} and {t["year"] for t in targets} == {2018}
    assert {t["indicator"]: t["target"] for t in targets} == CITY_TARGETS
    models = Counter(
        s["pcmd_model"] for s in of(city, "commune_status") if s["pcmd_model"] != "none"
    )
    assert models == {"maintained": 53, "new": 2}
    spots = of(city, "hotspot")
    tam_trinh = [h for h in spots if "Tam Trinh" in h["name"]]
    assert len(tam_trinh) == 1 and units.get(tam_trinh[0]["unit"]).name == "Phường Yên Sở"
    eradicated_2018 = [h for h in spots if FIRST <= h.get("eradicated_on", "") <= LAST]
    assert len(eradicated_2018) == 2
    appendix_02 = [
        h for h in spots if h["kind"] == "public_place" and "Phụ lục 02" in h.get("note", "")
    ]
    assert len(appendix_02) == 7 and all(h["eradicated_on"].endswith("-12-31") for h in appendix_02)


def test_scale_out_of_range_is_refused_in_vietnamese(units):
    for bad in (0, 585):
        with pytest.raises(ValueError, match="Quy mô"):
            generate_demo(units, scale=bad)


def test_whole_city_year_is_big_valid_and_fast(units):
    started = time.perf_counter()
    data = generate_demo(units, scale=584)
    elapsed = time.perf_counter() - started
    assert elapsed < 15, elapsed
    counts = Counter(r["record"] for r in data.records)
    assert 45_000 <= counts["establishment"] <= 55_000
    assert 100_000 <= sum(counts.values()) - counts["establishment"] <= 150_000
    assert len({r["unit"] for r in of(data, "establishment")}) == 584
    statuses = of(data, "commune_status")
    assert len(statuses) == 584
    assert 0.7 <= sum(s["clean"] for s in statuses) / 584 <= 0.9
    check_records(data, units)


def test_city_demo_holds_the_21_public_hotspots_and_the_city_teams_inspections(units, city):
    spots = of(city, "hotspot")
    before = [h for h in spots if h.get("eradicated_on", "9") < FIRST]
    public = [h for h in before if h["kind"] == "public_place"]
    # The plan's 21 public hotspots eradicated 2009-2017, 7 named in appendix 02, and no
    # other public place eradicated before the year.
    assert len(public) == 21
    assert sum("Phụ lục 02" in h["note"] for h in public) == 7
    assert sum("phụ lục 02 không nêu tên" in h["note"] for h in public) == 14
    assert all("2009-01-01" <= h["eradicated_on"] <= "2017-12-14" for h in public)
    assert len({h["unit"] for h in public}) >= 15
    assert all(units.get(h["unit"]).level == "commune" for h in public)
    # The city 178 team's inspections are the city's own records, its decisions its own.
    by_level = Counter((i["team_level"], i["unit"] == HANOI) for i in of(city, "inspection"))
    assert set(by_level) <= {("commune", False), ("district", False), ("city", True)}
    city_decisions = [i["decision_no"] for i in of(city, "inspection")
                      if i["unit"] == HANOI and "decision_no" in i]  # fmt: skip
    assert all(d.endswith("/QĐ-XPVPHC-ĐKT178") for d in city_decisions)


def test_whole_city_has_about_50_establishments_of_the_city_team(units):
    data = generate_demo(units, scale=584)
    team = [i for i in of(data, "inspection") if i["team_level"] == "city"]
    assert {i["unit"] for i in team} == {HANOI}
    assert 40 <= len({i["establishment_id"] for i in team}) <= 60  # the plan: 60
    public_before = [h for h in of(data, "hotspot") if h["kind"] == "public_place"
                     and h.get("eradicated_on", "9") < FIRST]  # fmt: skip
    assert len(public_before) == 21
