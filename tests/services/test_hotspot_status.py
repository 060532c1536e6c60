"""A hotspot's status is derived from its eradication date and its patrols: complex,
eradicated and kept clean, or re-activated by a patrol that finds it active after."""

from __future__ import annotations

import factories as f
import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HOAN_KIEM, TODAY

from pcmd_desktop.services.hotspot_status import (
    COMPLEX,
    ERADICATED,
    REACTIVATED,
    STATUS_LABELS,
    patrol_warning,
    reactivated_count,
    reactivated_on,
    status_of,
    status_sql,
)
from pcmd_desktop.services.records import RecordService


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


def add_hotspot(service, **kw) -> str:
    return service.create("hotspot", plain(f.hotspot(**kw)))["id"]


def add_patrol(service, hotspot_id: str, date: str, result: str) -> str:
    return service.create("patrol", plain(f.patrol(hotspot_id, date=date, result=result)))["id"]


def test_labels():
    assert STATUS_LABELS == {
        "complex": "Phức tạp",
        "eradicated": "Đã triệt xóa, giữ vững",
        "reactivated": "Tái hoạt động",
    }


def test_not_eradicated_is_complex_whatever_the_patrols_find(service, ws):
    hid = add_hotspot(service)
    assert status_of(ws.db, hid) == COMPLEX
    add_patrol(service, hid, "2018-04-02", "clean")
    add_patrol(service, hid, "2018-05-02", "active")
    assert status_of(ws.db, hid) == COMPLEX
    assert reactivated_on(ws.db, hid) is None


def test_eradicated_stays_eradicated_while_patrols_find_it_clean(service, ws):
    hid = add_hotspot(service, eradicated_on="2017-06-30")
    assert status_of(ws.db, hid) == ERADICATED
    add_patrol(service, hid, "2018-01-15", "clean")
    add_patrol(service, hid, "2018-02-15", "signs")
    assert status_of(ws.db, hid) == ERADICATED
    assert reactivated_on(ws.db, hid) is None


def test_an_active_patrol_after_eradication_reactivates_from_its_date(service, ws):
    hid = add_hotspot(service, eradicated_on="2017-06-30")
    add_patrol(service, hid, "2018-01-15", "clean")
    add_patrol(service, hid, "2018-09-01", "active")
    add_patrol(service, hid, "2018-03-20", "active")
    add_patrol(service, hid, "2018-10-01", "clean")  # clean later does not undo it
    assert status_of(ws.db, hid) == REACTIVATED
    assert reactivated_on(ws.db, hid) == "2018-03-20"


def test_active_patrols_before_or_on_the_eradication_day_do_not_reactivate(service, ws):
    hid = add_hotspot(service, eradicated_on="2017-06-30")
    add_patrol(service, hid, "2017-05-01", "active")
    add_patrol(service, hid, "2017-06-30", "active")  # the day of the eradication itself
    assert status_of(ws.db, hid) == ERADICATED
    assert reactivated_on(ws.db, hid) is None
    add_patrol(service, hid, "2017-07-01", "active")  # the day after does
    assert status_of(ws.db, hid) == REACTIVATED
    assert reactivated_on(ws.db, hid) == "2017-07-01"


def test_a_deleted_patrol_does_not_count(service, ws):
    hid = add_hotspot(service, eradicated_on="2017-06-30")
    pid = add_patrol(service, hid, "2018-02-01", "active")
    assert status_of(ws.db, hid) == REACTIVATED
    service.delete("patrol", pid)
    assert status_of(ws.db, hid) == ERADICATED
    assert reactivated_on(ws.db, hid) is None
    service.restore("patrol", pid)
    assert status_of(ws.db, hid) == REACTIVATED


def test_changing_the_patrol_result_or_the_eradication_date_changes_the_status(service, ws):
    hid = add_hotspot(service, eradicated_on="2017-06-30")
    pid = add_patrol(service, hid, "2018-02-01", "active")
    assert status_of(ws.db, hid) == REACTIVATED
    service.update("patrol", pid, {"result": "signs"})
    assert status_of(ws.db, hid) == ERADICATED
    service.update("patrol", pid, {"result": "active"})
    service.update("hotspot", hid, {"eradicated_on": "2018-03-01"})  # eradicated again
    assert status_of(ws.db, hid) == ERADICATED
    service.update("hotspot", hid, {"eradicated_on": None})
    assert status_of(ws.db, hid) == COMPLEX


def test_patrols_of_another_hotspot_do_not_count(service, ws):
    a = add_hotspot(service, name="Bãi sông Thử A", eradicated_on="2017-06-30")
    b = add_hotspot(service, name="Bãi sông Thử B", eradicated_on="2017-06-30")
    add_patrol(service, b, "2018-02-01", "active")
    assert status_of(ws.db, a) == ERADICATED
    assert status_of(ws.db, b) == REACTIVATED


def test_status_of_a_missing_or_deleted_hotspot_is_none(service, ws):
    assert status_of(ws.db, f.nid()) is None
    hid = add_hotspot(service)
    service.delete("hotspot", hid)
    assert status_of(ws.db, hid) is None


def test_status_sql_works_with_any_alias(service, ws):
    add_hotspot(service, name="Thử phức tạp")
    add_hotspot(service, name="Thử triệt xóa", eradicated_on="2017-06-30")
    rows = ws.db.execute(
        f"SELECT x.name, {status_sql('x')} FROM hotspots x ORDER BY x.name"
    ).fetchall()
    assert [tuple(r) for r in rows] == [
        ("Thử phức tạp", "complex"),
        ("Thử triệt xóa", "eradicated"),
    ]


# The warning before saving a patrol ------------------------------------------------------


def test_patrol_warning_for_an_active_patrol_after_eradication(service, ws):
    hid = add_hotspot(service, name="Bãi sông Thử", eradicated_on="2017-06-30")
    warning = patrol_warning(ws.db, {"hotspot_id": hid, "date": "2018-03-05",
                                     "result": "active"})  # fmt: skip
    assert warning == (
        "Tụ điểm 'Bãi sông Thử' đã được triệt xóa ngày 30/06/2017. Lần tuần tra này ghi nhận "
        "tụ điểm đang hoạt động, nên tụ điểm sẽ được ghi là TÁI HOẠT ĐỘNG từ ngày 05/03/2018 "
        "trên mọi danh sách và báo cáo."
    )
    # The record service passes it on for the form to confirm.
    assert service.warnings("patrol", {"hotspot_id": hid, "date": "2018-03-05",
                                       "result": "active"}) == [warning]  # fmt: skip


@pytest.mark.parametrize(
    "patrol",
    [
        {"date": "2018-03-05", "result": "clean"},
        {"date": "2018-03-05", "result": "signs"},
        {"date": "2017-06-30", "result": "active"},  # the eradication day itself
        {"date": "2017-01-01", "result": "active"},  # before the eradication
        {"result": "active"},  # no date typed yet
        {"date": "", "result": "active"},
    ],
)
def test_no_patrol_warning_when_nothing_is_reactivated(service, ws, patrol):
    hid = add_hotspot(service, eradicated_on="2017-06-30")
    assert patrol_warning(ws.db, {"hotspot_id": hid, **patrol}) is None


def test_no_patrol_warning_for_a_complex_missing_or_deleted_hotspot(service, ws):
    complex_id = add_hotspot(service)
    active = {"date": "2018-03-05", "result": "active"}
    assert patrol_warning(ws.db, {"hotspot_id": complex_id, **active}) is None
    assert patrol_warning(ws.db, {"hotspot_id": f.nid(), **active}) is None
    assert patrol_warning(ws.db, active) is None
    deleted = add_hotspot(service, eradicated_on="2017-06-30")
    service.delete("hotspot", deleted)
    assert patrol_warning(ws.db, {"hotspot_id": deleted, **active}) is None
    assert service.warnings("patrol", {"hotspot_id": complex_id, **active}) == []


def test_patrol_warning_only_for_the_patrol_that_reactivates(service, ws):
    # records.md: the FIRST active patrol after the eradication re-activates the hotspot.
    hid = add_hotspot(service, name="Bãi sông Thử", eradicated_on="2017-06-30")
    first = add_patrol(service, hid, "2018-03-20", "active")
    later = {"hotspot_id": hid, "date": "2018-09-01", "result": "active"}
    same_day = {"hotspot_id": hid, "date": "2018-03-20", "result": "active"}
    assert patrol_warning(ws.db, later) is None  # already re-activated since 20/03/2018
    assert patrol_warning(ws.db, same_day) is None
    earlier = patrol_warning(ws.db, {"hotspot_id": hid, "date": "2018-02-01",
                                     "result": "active"})  # fmt: skip
    assert earlier is not None and "TÁI HOẠT ĐỘNG từ ngày 01/02/2018" in earlier
    # Editing the first active patrol itself: it is still the one that re-activates.
    edited = patrol_warning(ws.db, {"id": first, "hotspot_id": hid, "date": "2018-04-01",
                                    "result": "active"})  # fmt: skip
    assert edited is not None and "TÁI HOẠT ĐỘNG từ ngày 01/04/2018" in edited
    # A deleted active patrol does not count.
    service.delete("patrol", first)
    again = patrol_warning(ws.db, later)
    assert again is not None and "TÁI HOẠT ĐỘNG từ ngày 01/09/2018" in again


# The navigation badge --------------------------------------------------------------------


def test_reactivated_count(make_workspace):
    ws = make_workspace(HOAN_KIEM)  # a district's database holds its wards' records
    service = RecordService(ws, today=TODAY)
    assert reactivated_count(ws.db) == 0
    a = add_hotspot(service, name="Thử A", eradicated_on="2017-06-30")
    b = add_hotspot(service, name="Thử B", eradicated_on="2017-06-30")
    c = add_hotspot(service, name="Thử C", eradicated_on="2017-06-30", unit=HANG_BAC)
    add_hotspot(service, name="Thử D")  # complex
    add_hotspot(service, name="Thử E", eradicated_on="2017-06-30")  # kept clean
    for hid in (a, b):
        add_patrol(service, hid, "2018-02-01", "active")
        add_patrol(service, hid, "2018-03-01", "active")  # two patrols, one hotspot
    service.create("patrol", plain(f.patrol(c, date="2018-02-01", result="active",
                                            unit=HANG_BAC)))  # fmt: skip
    assert reactivated_count(ws.db) == 3
    assert reactivated_count(ws.db, [CHUONG_DUONG]) == 2
    assert reactivated_count(ws.db, [HANG_BAC]) == 1
    assert reactivated_count(ws.db, [CHUONG_DUONG, HANG_BAC]) == 3
    assert reactivated_count(ws.db, []) == 0
    service.delete("hotspot", b)  # a deleted hotspot is not counted
    assert reactivated_count(ws.db) == 2
