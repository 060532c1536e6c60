"""Duplicate persons: finding likely pairs without clear text on disk, merging two files."""

from __future__ import annotations

import json

import factories as f
import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HOAN_KIEM, PASSWORD, TODAY

from pcmd_desktop.services import auth
from pcmd_desktop.services.duplicates import (
    REASON_ID_NUMBER,
    REASON_NAME_YEAR,
    find_duplicates,
    person_id_by_code,
)
from pcmd_desktop.services.errors import PermissionDenied, ServiceError
from pcmd_desktop.services.person_merge import MergeRefused, merge_persons
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.trash import deleted_records, restore


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


def add(service, **kw) -> dict:
    return service.create("person", plain(f.person(**kw)))


def codes(pairs) -> list[tuple[str, str, str]]:
    return [(p.first.code, p.second.code, p.reason) for p in pairs]


def test_the_same_identity_number_spaces_aside_is_a_pair(ws, service):
    add(service, code="HK-01", full_name="Lê Thị Thử", id_number="001190000077")
    add(service, code="HK-02", full_name="Phạm Ngọc Mẫu", birth_year=1985,
        id_number=" 0011 9000 0077 ", opened_on="2018-03-01")  # fmt: skip
    add(service, code="HK-03", full_name="Bùi Thu Khác", id_number="001190000078")
    pairs = find_duplicates(ws)
    assert codes(pairs) == [("HK-01", "HK-02", REASON_ID_NUMBER)]
    assert pairs[0].first.full_name == "Lê Thị Thử"  # shown to a role that may see it
    assert "Thử" not in repr(pairs[0])


def test_a_name_with_and_without_tones_and_the_same_birth_year_is_a_pair(ws, service):
    add(service, code="HK-01", full_name="Nguyễn Thị Hòa", id_number=None, birth_year=1990)
    kept = add(service, code="HK-02", full_name="nguyen thi  hoa", id_number="001190000002",
               birth_year=1990, opened_on="2018-04-01")  # fmt: skip
    service.create("service", plain(f.service(kept["id"])))
    add(service, code="HK-03", full_name="NGUYỄN THỊ HOÀ", id_number=None, birth_year=1991)
    pairs = find_duplicates(ws)
    assert codes(pairs) == [("HK-01", "HK-02", REASON_NAME_YEAR)]
    assert (pairs[0].first.services, pairs[0].second.services) == (0, 1)
    assert pairs[0].second.opened_on == "2018-04-01"


@pytest.fixture
def district(make_workspace):
    """Quận Hoàn Kiếm's database: persons of two of its wards."""
    return make_workspace(HOAN_KIEM, name="quan.sqlite3")


def test_both_reasons_are_named_and_deleted_or_other_unit_files_are_not_paired(district):
    service = RecordService(district, today=TODAY)
    add(service, code="HK-01", unit=CHUONG_DUONG)
    add(service, code="HK-02", unit=CHUONG_DUONG, opened_on="2018-05-01")  # same name, number
    gone = add(service, code="HK-03", unit=CHUONG_DUONG)
    service.delete("person", gone["id"])
    add(service, code="HB-01", unit=HANG_BAC)  # the same person in another ward: not a pair
    pairs = find_duplicates(district)
    assert codes(pairs) == [("HK-01", "HK-02", f"{REASON_ID_NUMBER}; {REASON_NAME_YEAR}")]


def test_detection_is_audited_and_leaves_no_clear_name_in_the_file(ws, service):
    add(service, code="HK-01", full_name="Đặng Thị Bíẩn Danh", id_number="009876543210")
    add(service, code="HK-02", full_name="dang thi bian danh", id_number="009876543210")
    pairs = find_duplicates(ws)
    assert len(pairs) == 1
    entry = ws.db.execute(
        "SELECT action, detail FROM audit_log ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    assert entry[0] == "find_duplicates"
    assert sorted(json.loads(entry[1])["ids"]) == sorted([pairs[0].first.id, pairs[0].second.id])
    ws.db.execute("PRAGMA wal_checkpoint(FULL)")
    blob = ws.path.read_bytes() + ws.path.with_name(ws.path.name + "-wal").read_bytes()
    for secret in ("Bíẩn", "bian danh", "009876543210"):
        assert secret.encode("utf-8") not in blob


@pytest.mark.parametrize("role", ["reporter", "viewer"])
def test_roles_without_personal_data_may_not_look_nor_merge(ws, service, role):
    a, b = add(service, code="HK-01"), add(service, code="HK-02")
    auth.add_user(ws, "nguoi-khac", role, PASSWORD + "x")
    auth.login(ws, "nguoi-khac", PASSWORD + "x")
    with pytest.raises(PermissionDenied):
        find_duplicates(ws)
    with pytest.raises(PermissionDenied):
        merge_persons(ws, a["id"], b["id"])


@pytest.fixture
def pair(service):
    """Two files of one person: the kept one lacks a birth year and a residence, the
    dropped one has another spelling of the name and its own note, services, a sanction,
    and a service in the recycle bin."""
    keep = add(service, code="HK-01", full_name="Trần Thị Mẫu", birth_year=None,
               residence=None, status="active", note="Đang học nghề")  # fmt: skip
    drop = add(service, code="HK-02", full_name="Trần Thị Mẩu", birth_year=1992,
               residence="Tổ 9, Chương Dương", status="reintegrated", opened_on="2018-06-01",
               note="Chuyển từ phường khác", extra={"so_cu": "A-17"})  # fmt: skip
    s1 = service.create("service", plain(f.service(drop["id"])))
    s2 = service.create("service", plain(f.service(drop["id"], type="health")))
    s3 = service.create("service", plain(f.service(keep["id"], type="legal_aid")))
    binned = service.create("service", plain(f.service(drop["id"], type="club")))
    service.delete("service", binned["id"])
    sanction = service.create("sanction", plain(f.sanction(person_id=drop["id"], role="seller")))
    return {"keep": keep, "drop": drop, "services": [s1, s2, s3, binned], "sanction": sanction}


def test_merge_moves_services_and_sanctions_fills_and_keeps_conflicts(ws, service, pair):
    keep, drop = pair["keep"], pair["drop"]
    result = merge_persons(ws, keep["id"], drop["id"], today=TODAY)
    assert result.moved == {"service": 3, "sanction": 1}
    assert set(result.filled) == {"birth_year", "residence"}
    assert set(result.conflicts) == {"full_name", "status", "note"}
    for s in pair["services"]:
        row = ws.db.execute("SELECT person_id FROM services WHERE id = ?", [s["id"]]).fetchone()
        assert row[0] == keep["id"]
    assert service.get("sanction", pair["sanction"]["id"])["person_id"] == keep["id"]
    merged = service.get("person", keep["id"])
    # Filled where empty, never overwritten where not.
    assert merged["birth_year"] == 1992 and merged["residence"] == "Tổ 9, Chương Dương"
    assert merged["full_name"] == "Trần Thị Mẫu" and merged["status"] == "active"
    # The other values are kept in the note, which is encrypted like the name.
    note = merged["note"]
    assert note.startswith("Đang học nghề [Gộp hồ sơ HK-02 (lập ngày 01/06/2018) vào hồ sơ "
                           "này ngày 31/12/2018.")  # fmt: skip
    assert "Họ và tên: Trần Thị Mẩu" in note
    assert "Tình trạng: Đã hòa nhập cộng đồng" in note
    assert "Ghi chú: Chuyển từ phường khác" in note
    assert merged["extra"]["so_cu"] == "A-17"
    assert merged["extra"]["merged_from"][0]["code"] == "HK-02"
    # The dropped file is in the recycle bin, marked, and comes back when restored.
    with pytest.raises(ServiceError):
        service.get("person", drop["id"])
    gone = service.get("person", drop["id"], include_deleted=True)
    assert gone["extra"]["merged_into"]["code"] == "HK-01"
    binned = deleted_records(ws, "person")
    assert [(i.key, i.label) for i in binned] == [(drop["id"], "HK-02 (đã gộp vào hồ sơ HK-01)")]
    restore(ws, "person", drop["id"])
    assert service.get("person", drop["id"])["full_name"] == "Trần Thị Mẩu"
    actions = [r[0] for r in ws.db.execute("SELECT action FROM audit_log ORDER BY seq")]
    assert "merge_persons" in actions
    entry = ws.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'merge_persons'").fetchone()  # fmt: skip
    detail = json.loads(entry[0])
    assert (detail["kept"], detail["dropped"]) == (keep["id"], drop["id"])
    assert "Mẩu" not in entry[0] and "Tổ 9" not in entry[0]


def state(ws) -> list:
    return [
        ws.db.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
        for t in ("persons", "services", "sanctions", "audit_log")
    ]


def test_refusals_change_nothing(ws, service, pair):
    keep, drop = pair["keep"], pair["drop"]
    gone = add(service, code="HK-06")
    service.delete("person", gone["id"])
    before = state(ws)
    cases = [
        ((keep["id"], keep["id"]), "cùng một hồ sơ"),
        ((keep["id"], gone["id"]), "Thùng rác"),
        ((gone["id"], drop["id"]), "Thùng rác"),
        ((keep["id"], "00000000-0000-4000-8000-000000000000"), "không có hồ sơ"),
    ]
    for (a, b), words in cases:
        with pytest.raises(MergeRefused, match=words):
            merge_persons(ws, a, b, today=TODAY)
        assert state(ws) == before


def test_files_of_two_units_are_not_merged(district):
    service = RecordService(district, today=TODAY)
    a = add(service, code="HK-01", unit=CHUONG_DUONG)
    b = add(service, code="HB-01", unit=HANG_BAC)
    before = state(district)
    with pytest.raises(MergeRefused, match="hai đơn vị khác nhau"):
        merge_persons(district, a["id"], b["id"], today=TODAY)
    assert state(district) == before


def test_a_merged_file_the_rules_refuse_is_not_written(ws, service):
    # Born in 2018: fine for the file opened in 2018, not for the one opened in 2017.
    keep = add(service, code="HK-01", birth_year=None, opened_on="2017-12-01")
    drop = add(service, code="HK-02", birth_year=2018, opened_on="2018-06-01")
    before = state(ws)
    with pytest.raises(MergeRefused, match="Năm sinh"):
        merge_persons(ws, keep["id"], drop["id"], today=TODAY)
    assert state(ws) == before


def test_person_codes_name_files(ws, service):
    kept = add(service, code="HK-01")
    gone = add(service, code="HK-02")
    service.delete("person", gone["id"])
    assert person_id_by_code(ws, "HK-01") == kept["id"]
    assert person_id_by_code(ws, "HK-02") == gone["id"]  # so the merge can say why not
    with pytest.raises(ServiceError, match="Không có hồ sơ mã HK-09"):
        person_id_by_code(ws, "HK-09")
