"""Follow-up inspections (hậu kiểm) due: after an inspection that found faults or led to a
fine, a suspension or a revocation, until a live inspection records itself as its
follow-up; due 30 days after."""

from __future__ import annotations

from datetime import date

import factories as f
import pytest
from conftest import TODAY

from pcmd_desktop.services.follow_ups import (
    FOLLOW_UP_DAYS,
    due_count,
    due_cutoff,
    due_sql,
    needs_follow_up_sql,
)
from pcmd_desktop.services.records import RecordService

CLEAN = {"violations": [], "fine_vnd": 0, "suspended": False, "licence_revoked": False}


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


@pytest.fixture
def est(service) -> str:
    return service.create("establishment", plain(f.establishment()))["id"]


def inspect(service, est: str, **kw) -> str:
    return service.create("inspection", plain(f.inspection(est, **kw)))["id"]


def needing(ws) -> set[str]:
    rows = ws.db.execute(
        f"SELECT i.id FROM inspections i WHERE i.deleted_at IS NULL AND {needs_follow_up_sql('i')}"
    ).fetchall()
    return {r[0] for r in rows}


def due_on(ws, today: date) -> set[str]:
    rows = ws.db.execute(
        f"SELECT x.id FROM inspections x WHERE x.deleted_at IS NULL AND {due_sql('x')}",
        (due_cutoff(today),),
    ).fetchall()
    return {r[0] for r in rows}


def test_follow_up_delay_is_thirty_days():
    assert FOLLOW_UP_DAYS == 30
    assert due_cutoff(date(2018, 12, 31)) == "2018-12-01"
    assert due_cutoff(date(2018, 3, 1)) == "2018-01-30"


@pytest.mark.parametrize(
    "faults",
    [
        {"violations": [{"kind": "licence", "description": "Hết hạn giấy phép"}]},
        {"fine_vnd": 500000},
        {"suspended": True},
        {"licence_revoked": True},
    ],
)
def test_each_kind_of_fault_needs_a_follow_up(service, ws, est, faults):
    iid = inspect(service, est, **{**CLEAN, **faults})
    assert needing(ws) == {iid}


def test_a_clean_inspection_needs_none(service, ws, est):
    inspect(service, est, **CLEAN)
    bare = {k: v for k, v in plain(f.inspection(est)).items()
            if k not in ("violations", "fine_vnd")}  # fmt: skip
    service.create("inspection", bare)  # fields left out entirely
    assert needing(ws) == set()
    assert due_count(ws.db, TODAY) == 0


def test_a_live_follow_up_clears_it_and_a_deleted_one_does_not(service, ws, est):
    first = inspect(service, est, date="2018-03-10")
    assert needing(ws) == {first}
    fu = inspect(service, est, date="2018-04-12", follow_up_of=first, **CLEAN)
    assert needing(ws) == set()
    service.delete("inspection", fu)
    assert needing(ws) == {first}
    service.restore("inspection", fu)
    assert needing(ws) == set()


def test_a_follow_up_that_finds_faults_again_needs_its_own(service, ws, est):
    first = inspect(service, est, date="2018-03-10")
    second = inspect(service, est, date="2018-04-12", follow_up_of=first, fine_vnd=2000000)
    assert needing(ws) == {second}


def test_an_unrelated_later_inspection_does_not_clear_it(service, ws, est):
    first = inspect(service, est, date="2018-03-10")
    inspect(service, est, date="2018-04-12", **CLEAN)  # not marked as its follow-up
    assert needing(ws) == {first}


def test_due_thirty_days_after_the_inspection(service, ws, est):
    iid = inspect(service, est, date="2018-12-01")
    assert due_on(ws, date(2018, 12, 30)) == set()  # 29 days
    assert due_on(ws, date(2018, 12, 31)) == {iid}  # 30 days
    assert due_count(ws.db, date(2018, 12, 30)) == 0
    assert due_count(ws.db, date(2018, 12, 31)) == 1


def test_due_count_counts_live_inspections_without_follow_up(service, ws, est):
    other = service.create("establishment", plain(f.establishment(name="Nhà nghỉ Thử")))["id"]
    a = inspect(service, est, date="2018-03-10")
    inspect(service, est, date="2018-05-10", suspended=True)
    c = inspect(service, other, date="2018-06-10", licence_revoked=True, **{
        k: v for k, v in CLEAN.items() if k != "licence_revoked"})  # fmt: skip
    inspect(service, other, date="2018-12-20")  # too recent to be due
    inspect(service, other, date="2018-02-01", **CLEAN)  # nothing to follow up
    assert due_count(ws.db, TODAY) == 3
    inspect(service, est, date="2018-04-01", follow_up_of=a, **CLEAN)
    assert due_count(ws.db, TODAY) == 2
    service.delete("inspection", c)  # a deleted inspection is not due
    assert due_count(ws.db, TODAY) == 1
    assert due_count(ws.db, date(2019, 1, 31)) == 2  # the recent one is due a month later
