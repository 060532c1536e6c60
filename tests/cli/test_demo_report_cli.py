"""`pcmd demo --scale N` then `pcmd report --period 2018 --format json` on the city: the
plan's targets sit on the codes that count what they name, and compare with them."""

from __future__ import annotations

import json
import sqlite3

import pytest

from pcmd_desktop.cli import main
from pcmd_desktop.services.demo_database import DEMO_ADMIN, DEMO_PASSWORD


@pytest.fixture(scope="module")
def city_json(tmp_path_factory):
    path = tmp_path_factory.mktemp("city") / "city.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("PCMD_USER", DEMO_ADMIN)
        mp.setenv("PCMD_PASSWORD", DEMO_PASSWORD)
        assert main(["demo", "--scale", "12", "--db", str(path)]) == 0
        out = path.with_name("report.json")
        assert main(["report", "--period", "2018", "--format", "json", "--db", str(path),
                     "--out", str(out)]) == 0  # fmt: skip
    return path, json.loads(out.read_text("utf-8"))


def test_the_city_team_figure_is_the_city_teams(city_json):
    path, doc = city_json
    assert doc["unit"] == "01" and doc["period"] == "2018"
    with sqlite3.connect(path) as conn:
        (own,) = conn.execute(
            "SELECT count(DISTINCT establishment_id) FROM inspections WHERE deleted_at IS NULL "
            "AND unit = '01' AND team_level = 'city' AND date BETWEEN ? AND ?",
            (doc["from"], doc["to"]),
        ).fetchone()
        (elsewhere,) = conn.execute(
            "SELECT count(*) FROM inspections WHERE team_level = 'city' AND unit != '01'"
        ).fetchone()
    team = doc["indicators"]["inspection.establishments_city_team"]
    assert elsewhere == 0  # the city team's inspections are the city's own records
    assert (team["ytd"], team["target"], team["direction"]) == (own, 60, "goal")
    assert team["status"] == "below" and team["target_met"] is False
    assert team["achieved_pct"] == round(100 * own / 60, 1)
    every = doc["indicators"]["inspection.establishments"]
    assert every["target"] is None and every["ytd"] > team["ytd"]


def test_the_public_hotspots_kept_clean_meet_their_ceiling(city_json):
    _path, doc = city_json
    ind = doc["indicators"]
    kept = ind["hotspot.public_reactivated"]
    assert kept == {"value": 0, "ytd": 0, "target": 0, "direction": "ceiling",
                    "achieved_pct": None, "target_met": True, "status": "within"}  # fmt: skip
    assert ind["hotspot.reactivated"]["target"] is None
    # The two business hotspots of the plan, eradicated in the year.
    assert ind["hotspot.eradicated_business"] == {
        "value": 2, "ytd": 2, "target": 2, "direction": "goal", "achieved_pct": 100.0,
        "target_met": True, "status": "reached",
    }  # fmt: skip
    assert ind["hotspot.kept_clean_at_end"]["ytd"] >= 21
    assert doc["not_reported"] == {}
