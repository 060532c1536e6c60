"""Outlier flags on receipt (services/data_quality.py): a child's value compared with its
own earlier files of the same period kind; never blocking."""

from __future__ import annotations

import json

import pytest
from conftest import CHUONG_DUONG, HOAN_KIEM

from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.indicators import BY_CODE
from pcmd_desktop.services.data_quality import (
    HIGH,
    LOW,
    MINMAX,
    ZSCORE,
    check_value,
    flags_for,
    flags_of_submission,
)
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.submissions import ACCEPTED, completeness, import_file
from pcmd_desktop.services.unit_keys import own_card, trust_card

CODE = "propaganda.participants"  # flow
LABEL = BY_CODE[CODE].label
STOCK = "volunteer.teams_at_end"  # at_end: never compared


def keep(ws, unit: str, period: str, values: dict[str, float]) -> None:
    """A received file's row as import_file keeps it (only what data_quality reads)."""
    indicators = {c: {"value": v, "ytd": v} for c, v in values.items()}
    with transaction(ws.db):
        ws.db.execute(
            "INSERT INTO submissions (unit, period, revision, sha256, created_at, received_at, "
            "received_by, indicators, narrative, records) VALUES (?, ?, 1, ?, ?, ?, 'x', ?, "
            "'{}', '')",
            (unit, period, f"{unit}{period}", "2018-01-01T00:00:00Z",
             "2018-01-01T00:00:00+00:00", json.dumps(indicators)),
        )  # fmt: skip


@pytest.fixture
def district(make_workspace):
    return make_workspace(HOAN_KIEM, name="district.sqlite3")


def six_months(ws, values=(30, 40, 35, 50, 45, 38)) -> None:
    for month, v in enumerate(values, start=1):
        keep(ws, CHUONG_DUONG, f"2018-{month:02d}", {CODE: v, STOCK: month * 10})


def test_rule_thresholds():
    assert check_value(45, [3, 5, 9]) == (HIGH, MINMAX, None)
    assert check_value(10, [3, 5, 9]) is None  # within the margin of 1
    assert check_value(0, [3, 5, 9]) == (LOW, MINMAX, None)
    assert check_value(45, [3, 5]) is None  # fewer than 3 earlier values
    direction, method, z = check_value(45, [3, 5, 9, 4, 6, 9])
    assert (direction, method) == (HIGH, ZSCORE) and z > 3
    assert check_value(10, [3, 5, 9, 4, 6, 9]) is None  # above the max, |z| < 3
    # All equal: no spread, no division by zero; min-max with the margin.
    assert check_value(5, [5] * 8) is None
    assert check_value(6, [5] * 8) is None
    assert check_value(7, [5] * 8) == (HIGH, MINMAX, None)
    assert check_value(0, [0.0] * 6) is None
    # A money figure: 10 % of it is the margin.
    assert check_value(1_050_000, [1_000_000] * 3) is None
    assert check_value(1_200_000, [1_000_000] * 3) == (HIGH, MINMAX, None)


def test_six_months_then_a_spike_is_flagged_a_normal_value_not(district):
    six_months(district)
    values = {CODE: {"value": 450, "ytd": 688}, STOCK: {"value": 500, "ytd": 500}}
    flags = flags_for(district, CHUONG_DUONG, "2018-07", values)
    assert [f.code for f in flags] == [CODE]  # the stock is not compared
    flag = flags[0]
    assert (flag.direction, flag.method, flag.history) == (HIGH, ZSCORE, 6)
    assert (flag.low, flag.high, flag.label) == (30, 50, LABEL)
    assert flag.message == (f"{LABEL} 450 cao bất thường so với 6 kỳ trước (30–50, trung bình "
                            "39,7)")  # fmt: skip
    assert flags_for(district, CHUONG_DUONG, "2018-07", {CODE: {"value": 42, "ytd": 280}}) == []
    low = flags_for(district, CHUONG_DUONG, "2018-07", {CODE: {"value": 0, "ytd": 238}})
    assert low[0].direction == LOW and "thấp bất thường" in low[0].message


def test_too_little_history_and_other_period_kinds_give_no_flag(district):
    keep(district, CHUONG_DUONG, "2018-01", {CODE: 3})
    keep(district, CHUONG_DUONG, "2018-02", {CODE: 5})
    assert flags_for(district, CHUONG_DUONG, "2018-03", {CODE: {"value": 900, "ytd": 908}}) == []
    # Quarters are not compared with months, and a later month is not "earlier".
    keep(district, CHUONG_DUONG, "2018-Q1", {CODE: 8})
    keep(district, CHUONG_DUONG, "2018-05", {CODE: 4})
    assert flags_for(district, CHUONG_DUONG, "2018-03", {CODE: {"value": 900, "ytd": 908}}) == []
    keep(district, CHUONG_DUONG, "2018-03", {CODE: 6})  # now 3 earlier months for 2018-04
    flags = flags_for(district, CHUONG_DUONG, "2018-04", {CODE: {"value": 900, "ytd": 908}})
    assert [(f.method, f.history) for f in flags] == [(MINMAX, 3)]
    assert flags[0].message == f"{LABEL} 900 cao bất thường so với 3 kỳ trước (3–6)"


def test_equal_history_does_not_crash(district):
    six_months(district, values=(7, 7, 7, 7, 7, 7))
    flags = flags_for(district, CHUONG_DUONG, "2018-07", {CODE: {"value": 20, "ytd": 62}})
    assert [(f.method, f.low, f.high) for f in flags] == [(MINMAX, 7, 7)]
    assert flags[0].message == f"{LABEL} 20 cao bất thường so với 6 kỳ trước (7)"
    assert flags_for(district, CHUONG_DUONG, "2018-07", {CODE: {"value": 7, "ytd": 49}}) == []


def test_import_lands_and_says_the_flag_completeness_lists_it(make_workspace, district,
                                                              tmp_path):  # fmt: skip
    commune = make_workspace(CHUONG_DUONG, name="commune.sqlite3")
    trust_card(district, own_card(commune))
    six_months(district)
    spike = {"date": "2018-07-05", "kind": "propaganda", "title": "Tuyên truyền",
             "participants": 450}  # fmt: skip
    RecordService(commune).create("activity", spike)
    outcome = import_file(district, export_period(commune, "2018-07", tmp_path / "c.pcmd").path)
    assert outcome.status == ACCEPTED  # never blocking
    assert [f.code for f in outcome.flags] == [CODE]
    assert district.db.execute("SELECT count(*) FROM submissions WHERE period = '2018-07'"
                               ).fetchone()[0] == 1  # fmt: skip
    assert [f.code for f in flags_of_submission(district, CHUONG_DUONG, "2018-07")] == [CODE]
    state = completeness(district, "2018-07")
    ours = next(c for c in state.children if c.unit == CHUONG_DUONG)
    assert [f.message for f in ours.flags] == [outcome.flags[0].message]
    doc = state.to_json()
    listed = next(u for u in doc["units"] if u["unit"] == CHUONG_DUONG)
    assert listed["flags"][0]["code"] == CODE and "cao bất thường" in listed["flags"][0]["message"]
    json.dumps(doc, ensure_ascii=False)  # serialisable
    assert all(not c.flags for c in state.children if c.unit != CHUONG_DUONG)
