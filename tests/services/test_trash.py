"""The recycle bin across kinds: what is listed, how it is named, restoring."""

from __future__ import annotations

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, TODAY

from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.records import RecordNotFound, RecordService, UnknownKind
from pcmd_desktop.services.trash import TrashItem, deleted_records, restore


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


def deleted_at(ws, table: str, key: str, stamp: str) -> None:
    """Deletions in one test fall in one second: give each its own time."""
    with ws.db.conn:
        ws.db.execute(f"UPDATE {table} SET deleted_at = ? WHERE id = ?", (stamp, key))


@pytest.fixture
def binned(service, ws):
    """A deleted establishment, inspection, hotspot, person and plan target, and live
    records that must not be listed."""
    est = service.create("establishment", plain(f.establishment(name="Nhà nghỉ Sao Thử")))
    insp = service.create("inspection", plain(f.inspection(est["id"], date="2018-03-10")))
    hs = service.create("hotspot", plain(f.hotspot(name="Bãi sông Thử", location="Tổ 7")))
    per = service.create("person", plain(f.person(code="HK-2018-0007")))
    service.create("plan_target", plain(f.plan_target()))
    service.create("activity", plain(f.activity()))  # stays live
    for kind, key in (("inspection", insp["id"]), ("establishment", est["id"]),
                      ("hotspot", hs["id"]), ("person", per["id"]),
                      ("plan_target", f"{CHUONG_DUONG}/2018/propaganda.sessions")):  # fmt: skip
        service.delete(kind, key)
    deleted_at(ws, "inspections", insp["id"], "2018-12-01T08:00:00+00:00")
    deleted_at(ws, "establishments", est["id"], "2018-12-02T08:00:00+00:00")
    deleted_at(ws, "hotspots", hs["id"], "2018-12-03T08:00:00+00:00")
    deleted_at(ws, "persons", per["id"], "2018-12-04T08:00:00+00:00")
    with ws.db.conn:
        ws.db.execute("UPDATE plan_targets SET deleted_at = '2018-11-30T08:00:00+00:00'")
    return {"establishment": est, "inspection": insp, "hotspot": hs, "person": per}


def test_every_kind_newest_first_with_labels(ws, binned):
    items = deleted_records(ws)
    assert [i.kind for i in items] == ["person", "hotspot", "establishment", "inspection",
                                       "plan_target"]  # fmt: skip
    by_kind = {i.kind: i for i in items}
    assert by_kind["establishment"].label == "Nhà nghỉ Sao Thử — số 12 phố Hồng Hà"
    assert by_kind["inspection"].label == "10/03/2018 — Nhà nghỉ Sao Thử"
    assert by_kind["hotspot"].label == "Bãi sông Thử — Tổ 7"
    assert by_kind["person"].label == "HK-2018-0007"  # the code, never the name
    assert by_kind["plan_target"].label == "năm 2018 — Số buổi tuyên truyền"
    assert by_kind["plan_target"].key == f"{CHUONG_DUONG}/2018/propaganda.sessions"
    assert by_kind["inspection"].key == binned["inspection"]["id"]
    assert all(i.deleted_by == ADMIN for i in items)
    assert by_kind["person"].deleted_at == "2018-12-04T08:00:00+00:00"
    assert by_kind["hotspot"].kind_label == "Tụ điểm"


def test_one_kind_and_a_limit(ws, binned):
    only = deleted_records(ws, "hotspot")
    assert only == [TrashItem("hotspot", binned["hotspot"]["id"], "Bãi sông Thử — Tổ 7",
                              "2018-12-03T08:00:00+00:00", ADMIN)]  # fmt: skip
    assert deleted_records(ws, "activity") == []
    assert [i.kind for i in deleted_records(ws, limit=2)] == ["person", "hotspot"]
    with pytest.raises(UnknownKind):
        deleted_records(ws, "tu_diem")


def test_restore_brings_a_record_back_and_is_audited(ws, service, binned):
    est = binned["establishment"]
    restore(ws, "establishment", est["id"])
    assert service.get("establishment", est["id"])["name"] == "Nhà nghỉ Sao Thử"
    assert "establishment" not in {i.kind for i in deleted_records(ws)}
    entry = ws.db.execute(
        "SELECT action, kind, record_key FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert tuple(entry) == ("restore", "establishment", est["id"])
    with pytest.raises(RecordNotFound):
        restore(ws, "establishment", est["id"])  # no longer in the bin


def test_labels_of_the_other_kinds(ws, service):
    p = service.create("person", plain(f.person(code="HK-2018-0001")))
    h = service.create("hotspot", plain(f.hotspot(name="Vườn hoa Thử")))
    recs = {
        "patrol": service.create("patrol", plain(f.patrol(h["id"]))),
        "service": service.create("service", plain(f.service(p["id"]))),
        "sanction": service.create("sanction", plain(f.sanction())),
        "case": service.create("case", plain(f.case())),
        "activity": service.create("activity", plain(f.activity())),
        "budget": service.create("budget", plain(f.budget())),
    }
    service.create("commune_status", plain(f.commune_status()))
    for kind, rec in recs.items():
        service.delete(kind, rec["id"])
    service.delete("commune_status", f"{CHUONG_DUONG}/2018")
    labels = {i.kind: i.label for i in deleted_records(ws)}
    assert labels == {
        "patrol": "02/04/2018 — Vườn hoa Thử",
        "service": "05/05/2018 — Tư vấn tâm lý — HK-2018-0001",
        "sanction": "01/06/2018 — Người mua dâm — 22/QĐ-XPVPHC",
        "case": "10/02/2018 — Môi giới mại dâm",
        "activity": "08/03/2018 — Tuyên truyền tại tổ dân phố",
        "budget": "10/01/2018 — 25.000.000 đ — In tờ rơi",
        "commune_status": "Phường Chương Dương — năm 2018",
    }


def test_permissions(ws, binned):
    auth.add_user(ws, "nguoi-xem", "viewer", PASSWORD)
    auth.login(ws, "nguoi-xem", PASSWORD)
    assert len(deleted_records(ws)) == 5
    with pytest.raises(PermissionDenied):
        restore(ws, "hotspot", binned["hotspot"]["id"])
