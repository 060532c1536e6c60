"""Create, update, soft-delete, restore and find records through the service."""

from __future__ import annotations

import unicodedata

import factories as f
import pytest
from conftest import ADMIN, HANG_BAC, HANOI, PASSWORD

from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordNotFound, RecordService, ServiceError


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws)


def test_create_and_get_every_kind_with_stamps(service, ws):
    for rec in f.one_of_each():
        stored = service.create(rec["record"], plain(rec))
        key = stored.get("id") or "/".join(str(stored[k]) for k in ("unit", "year", "indicator")
                                           if k in stored)  # fmt: skip
        assert service.get(rec["record"], key) == stored
    row = ws.db.execute("SELECT created_by, created_at, updated_by FROM activities").fetchone()
    assert row[0] == ADMIN and row[1].startswith("20") and row[2] == ADMIN


def test_create_fills_id_and_own_unit(service, ws):
    rec = plain(f.activity())
    del rec["id"], rec["unit"]
    stored = service.create("activity", rec)
    assert len(stored["id"]) == 36 and stored["unit"] == ws.unit.code


def test_invalid_record_is_refused_and_nothing_is_written(service, ws):
    with pytest.raises(ValidationError) as e:
        service.create("activity", plain(f.activity(title="", participants=-3)))
    assert {p.field for p in e.value.problems} == {"title", "participants"}
    assert ws.counts()["activity"] == 0


def test_update_changes_fields_and_stamps(service, ws):
    rec = service.create("activity", plain(f.activity()))
    auth.add_user(ws, "can-bo-sua", "officer", PASSWORD)
    auth.login(ws, "can-bo-sua", PASSWORD)
    service.update("activity", rec["id"], {"participants": 150, "location": "Nhà văn hóa"})
    again = service.get("activity", rec["id"])
    assert again["participants"] == 150 and again["location"] == "Nhà văn hóa"
    row = ws.db.execute("SELECT created_by, updated_by FROM activities").fetchone()
    assert tuple(row) == (ADMIN, "can-bo-sua")


def test_update_is_validated(service):
    rec = service.create("activity", plain(f.activity()))
    with pytest.raises(ValidationError):
        service.update("activity", rec["id"], {"kind": "party"})
    assert service.get("activity", rec["id"])["kind"] == "propaganda"


def test_update_cannot_change_the_key(service):
    rec = service.create("activity", plain(f.activity()))
    with pytest.raises(ServiceError):
        service.update("activity", rec["id"], {"id": f.nid()})


def test_creating_an_existing_id_is_refused(service):
    rec = service.create("activity", plain(f.activity()))
    with pytest.raises(ServiceError):
        service.create("activity", rec)


def test_soft_delete_and_restore(service, ws):
    rec = service.create("activity", plain(f.activity()))
    service.delete("activity", rec["id"])
    assert ws.counts()["activity"] == 0
    with pytest.raises(RecordNotFound):
        service.get("activity", rec["id"])
    assert service.get("activity", rec["id"], include_deleted=True)["title"] == rec["title"]
    assert service.search("tuyen truyen", "activity") == []
    with pytest.raises(RecordNotFound):
        service.delete("activity", rec["id"])  # already in the bin
    service.restore("activity", rec["id"])
    assert service.get("activity", rec["id"]) == rec
    with pytest.raises(RecordNotFound):
        service.restore("activity", rec["id"])  # not in the bin any more
    row = ws.db.execute("SELECT deleted_at FROM activities").fetchone()
    assert row[0] is None


def test_keyless_kinds_are_deleted_by_their_natural_key(service, ws):
    service.create("commune_status", plain(f.commune_status()))
    service.delete("commune_status", f"{ws.unit.code}/2018")
    assert ws.counts()["commune_status"] == 0
    service.restore("commune_status", f"{ws.unit.code}/2018")
    assert ws.counts()["commune_status"] == 1


def test_a_record_may_not_reference_a_deleted_one(service):
    e = service.create("establishment", plain(f.establishment()))
    service.delete("establishment", e["id"])
    with pytest.raises(ValidationError) as err:
        service.create("inspection", plain(f.inspection(e["id"])))
    assert err.value.problems[0].field == "establishment_id"


def test_units_outside_this_database_are_refused(service):
    with pytest.raises(ValidationError) as e:
        service.create("activity", plain(f.activity(unit=HANG_BAC)))
    assert "không thuộc" in e.value.problems[0].message
    with pytest.raises(ValidationError):
        service.create("activity", plain(f.activity(unit=HANOI)))


def test_a_district_keeps_records_of_its_communes(make_workspace):
    district = make_workspace("002", name="hoan-kiem.sqlite3")
    stored = RecordService(district).create("activity", plain(f.activity(unit=HANG_BAC)))
    assert stored["unit"] == HANG_BAC


def test_commune_status_only_for_communes(make_workspace):
    district = make_workspace("002", name="hoan-kiem.sqlite3")
    with pytest.raises(ValidationError) as e:
        RecordService(district).create("commune_status", plain(f.commune_status(unit="002")))
    assert "cấp xã" in e.value.problems[0].message


def test_search_ignores_case_and_tones(service):
    service.create("establishment", plain(f.establishment(name="Karaoke Hoa Hồng")))
    service.create("establishment", plain(f.establishment(name="Nhà nghỉ Đào Viên",
                                                          type="guesthouse")))  # fmt: skip
    assert [h["name"] for h in service.search("karaoke hoa hong")] == ["Karaoke Hoa Hồng"]
    assert [h["name"] for h in service.search("KARAOKE HOA HỒNG")] == ["Karaoke Hoa Hồng"]
    assert [h["name"] for h in service.search("dao")] == ["Nhà nghỉ Đào Viên"]
    assert [h["name"] for h in service.search("đào vi")] == ["Nhà nghỉ Đào Viên"]
    assert service.search("hoa hong", "inspection") == []


def test_search_finds_persons_by_name_either_tone_placement(service):
    service.create("person", plain(f.person(full_name="Nguyễn Thị Hòa")))
    service.create("person", plain(f.person(full_name="Nguyễn Thị Hoà", code="HK-2018-0002")))
    hits = service.search("nguyen thi hoa", "person")
    assert sorted(h["code"] for h in hits) == ["HK-2018-0001", "HK-2018-0002"]
    assert {h["record"] for h in service.search("Hòa")} == {"person"}


def test_search_index_follows_updates(service):
    rec = service.create("establishment", plain(f.establishment(name="Karaoke Hoa Hồng")))
    service.update("establishment", rec["id"], {"name": "Karaoke Ánh Dương"})
    assert service.search("hoa hong") == []
    assert [h["id"] for h in service.search("anh duong")] == [rec["id"]]


def test_nfd_input_is_stored_as_nfc(service, ws):
    nfd = unicodedata.normalize("NFD", "Nhà nghỉ Bình Minh")
    rec = service.create("establishment", plain(f.establishment(name=nfd, type="guesthouse")))
    raw = ws.db.execute("SELECT name FROM establishments WHERE id = ?", [rec["id"]]).fetchone()[0]
    assert raw == unicodedata.normalize("NFC", "Nhà nghỉ Bình Minh") and raw != nfd
