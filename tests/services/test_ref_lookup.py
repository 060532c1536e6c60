"""What the record pickers offer while the user types: matching that ignores case and
tones, dictionary order, persons' names only for roles that may see them."""

from __future__ import annotations

import factories as f
import pytest
from conftest import PASSWORD, TODAY

from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.ref_lookup import RefChoice, find_refs, ref_label


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


def labels(choices: list[RefChoice]) -> list[str]:
    return [c.label for c in choices]


def as_role(ws, name: str, role: str) -> None:
    auth.add_user(ws, name, role, PASSWORD)
    auth.login(ws, name, PASSWORD)


def names_logged(ws) -> list[str]:
    return [r[0] for r in ws.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'list_persons' ORDER BY seq")]  # fmt: skip


def test_establishments_by_name_ignoring_case_and_tones(ws, service):
    ids = {}
    for name, address in (("Nhà nghỉ Đông Đô", "số 3 phố Hàng Vôi"),
                          ("Karaoke Hoa Hồng", "số 12 phố Hồng Hà"),
                          ("Ăn uống Bình Minh", None), ("Anh Đào", "ngõ 5")):  # fmt: skip
        rec = f.establishment(name=name, address=address)
        if address is None:
            del rec["address"]
        ids[name] = service.create("establishment", plain(rec))["id"]
    gone = service.create("establishment", plain(f.establishment(name="Nhà nghỉ Đông Hải")))
    service.delete("establishment", gone["id"])
    # Empty text: everything live, in dictionary order (A < Ă, Anh after An).
    assert labels(find_refs(ws, "establishment", "")) == [
        "Anh Đào — ngõ 5", "Ăn uống Bình Minh", "Karaoke Hoa Hồng — số 12 phố Hồng Hà",
        "Nhà nghỉ Đông Đô — số 3 phố Hàng Vôi"]  # fmt: skip
    assert find_refs(ws, "establishment", "nha nghi dong") == [
        RefChoice(ids["Nhà nghỉ Đông Đô"], "Nhà nghỉ Đông Đô — số 3 phố Hàng Vôi")
    ]
    assert labels(find_refs(ws, "establishment", "HONG")) == [
        "Karaoke Hoa Hồng — số 12 phố Hồng Hà"]  # fmt: skip
    assert labels(find_refs(ws, "establishment", "d", limit=2)) == [
        "Anh Đào — ngõ 5", "Nhà nghỉ Đông Đô — số 3 phố Hàng Vôi"]  # fmt: skip
    assert find_refs(ws, "establishment", "khong co") == []
    assert find_refs(ws, "establishment", "", limit=1)[0].id == ids["Anh Đào"]


def test_hotspots_with_location_and_alike_labels_kept_apart(ws, service):
    a = service.create("hotspot", plain(f.hotspot(name="Bãi sông Thử", location="Tổ 7")))
    b = service.create("hotspot", plain(f.hotspot(name="Bãi sông Thử", location="Tổ 7")))
    service.create("hotspot", plain(f.hotspot(name="Vườn hoa Thử")))
    found = find_refs(ws, "hotspot", "bai song")
    assert {c.id for c in found} == {a["id"], b["id"]}
    assert {c.label for c in found} == {f"Bãi sông Thử — Tổ 7 ({a['id'][:8]})",
                                        f"Bãi sông Thử — Tổ 7 ({b['id'][:8]})"}  # fmt: skip
    assert labels(find_refs(ws, "hotspot", "vuon")) == ["Vườn hoa Thử"]


def test_persons_by_code_and_name_for_an_officer(ws, service):
    hoa = service.create("person", plain(f.person(code="HK-2018-0002",
                                                  full_name="Nguyễn Thị Hòa")))  # fmt: skip
    lan = service.create("person", plain(f.person(code="HK-2018-0001", full_name="Trần Thị Lan")))
    as_role(ws, "can-bo", "officer")
    assert find_refs(ws, "person", "") == [
        RefChoice(lan["id"], "HK-2018-0001 — Trần Thị Lan"),
        RefChoice(hoa["id"], "HK-2018-0002 — Nguyễn Thị Hòa")]  # fmt: skip
    assert labels(find_refs(ws, "person", "nguyen thi hoa")) == ["HK-2018-0002 — Nguyễn Thị Hòa"]
    assert labels(find_refs(ws, "person", "hk 2018 0001")) == ["HK-2018-0001 — Trần Thị Lan"]
    assert ref_label(ws, "person", hoa["id"]) == "HK-2018-0002 — Nguyễn Thị Hòa"
    # Names shown are logged by id, never with what was typed.
    logged = names_logged(ws)
    assert len(logged) == 4 and hoa["id"] in logged[1] and "nguyen" not in logged[1]


def test_a_viewer_sees_codes_only_and_cannot_find_by_name(ws, service):
    p = service.create("person", plain(f.person(code="HK-2018-0003", full_name="Lê Thị Thử")))
    as_role(ws, "nguoi-xem", "viewer")
    assert find_refs(ws, "person", "") == [RefChoice(p["id"], "HK-2018-0003")]
    assert find_refs(ws, "person", "le thi") == []
    assert labels(find_refs(ws, "person", "0003")) == ["HK-2018-0003"]
    assert ref_label(ws, "person", p["id"]) == "HK-2018-0003"
    assert names_logged(ws) == []


def test_inspections_of_one_establishment_newest_first(ws, service):
    est = service.create("establishment", plain(f.establishment(name="Karaoke Sao Thử")))["id"]
    other = service.create("establishment", plain(f.establishment(name="Nhà nghỉ Mây")))["id"]
    march = service.create("inspection", plain(f.inspection(est, date="2018-03-10")))["id"]
    may = service.create("inspection", plain(f.inspection(est, date="2018-05-02")))["id"]
    elsewhere = service.create("inspection", plain(f.inspection(other, date="2018-04-01")))["id"]
    gone = service.create("inspection", plain(f.inspection(est, date="2018-06-01")))["id"]
    service.delete("inspection", gone)
    within = ("establishment_id", est)
    assert find_refs(ws, "inspection", "", within=within) == [
        RefChoice(may, "02/05/2018 — Karaoke Sao Thử"),
        RefChoice(march, "10/03/2018 — Karaoke Sao Thử")]  # fmt: skip
    assert [c.id for c in find_refs(ws, "inspection", "")] == [may, elsewhere, march]
    # Typed as the label reads: the date, or the establishment's name.
    assert [c.id for c in find_refs(ws, "inspection", "10/03", within=within)] == [march]
    assert [c.id for c in find_refs(ws, "inspection", "5/2018")] == [may]
    assert [c.id for c in find_refs(ws, "inspection", "nha nghi may")] == [elsewhere]
    assert [c.id for c in find_refs(ws, "inspection", "sao 2018")] == [may, march]
    assert find_refs(ws, "inspection", "03/2017") == []
    with pytest.raises(ServiceError):
        find_refs(ws, "inspection", "", within=("findings", "x"))


def test_labels_of_saved_references(ws, service):
    est = service.create("establishment", plain(f.establishment(name="Nhà nghỉ Thử")))["id"]
    insp = service.create("inspection", plain(f.inspection(est, date="2018-03-10")))["id"]
    assert ref_label(ws, "establishment", est) == "Nhà nghỉ Thử — số 12 phố Hồng Hà"
    assert ref_label(ws, "inspection", insp) == "10/03/2018 — Nhà nghỉ Thử"
    service.delete("inspection", insp)
    assert ref_label(ws, "inspection", insp) == "10/03/2018 — Nhà nghỉ Thử (đã xóa)"
    assert find_refs(ws, "inspection", "") == []
    missing = f.nid()
    assert ref_label(ws, "hotspot", missing) == missing
    assert ref_label(ws, "hotspot", "") == ""
    with pytest.raises(ServiceError):
        find_refs(ws, "budget", "")
    auth.logout(ws)
    with pytest.raises(ServiceError):
        find_refs(ws, "establishment", "")
