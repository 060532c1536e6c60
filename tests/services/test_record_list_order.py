"""Record lists in order: names as a Vietnamese dictionary sorts them (through the sort keys
of migration 5), coded values by their labels, personal names decrypted and sorted in
Python; personal columns only for the roles that may see them, and looking at names
audited."""

from __future__ import annotations

import json

import factories as f
import pytest
from conftest import ADMIN, PASSWORD, TODAY

from pcmd_desktop.db import audit
from pcmd_desktop.domain.text import collation_key
from pcmd_desktop.services import auth
from pcmd_desktop.services.list_columns import LIST_SPECS, choice_rank_sql
from pcmd_desktop.services.record_list import ListFilter, ListQuery, RecordList
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import import_records

NAMES = ["Êm", "Dũng", "Bình", "Ánh", "Đông", "An", "Dương", "Anh"]
DICTIONARY_ORDER = ["An", "Anh", "Ánh", "Bình", "Dũng", "Dương", "Đông", "Êm"]


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


def add(service, rec: dict) -> str:
    return service.create(rec["record"], plain(rec))["id"]


def column(ws, kind: str, key: str, sort: str | None = None, descending: bool | None = None,
           filt: ListFilter | None = None) -> list[str]:  # fmt: skip
    """The raw values of one column, in the list's order."""
    lst = RecordList.open(ws, kind, filt, sort, descending)
    return [r.raw[key] for r in lst.rows(0, len(lst))]


def as_role(ws, name: str, role: str) -> None:
    auth.add_user(ws, name, role, PASSWORD)
    auth.login(ws, name, PASSWORD)


def list_audits(ws) -> list[dict]:
    return [e for e in audit.query(ws.db) if e["action"] == "list_persons"]


# Names ----------------------------------------------------------------------------------


def test_establishments_sort_as_a_vietnamese_dictionary(service, ws):
    for name in NAMES:
        add(service, f.establishment(name=name))
    assert column(ws, "establishment", "name") == DICTIONARY_ORDER
    assert column(ws, "establishment", "name", descending=True) == DICTIONARY_ORDER[::-1]


def test_hotspots_sort_by_name_and_inspections_by_their_establishments_name(service, ws):
    for name in NAMES:
        h = add(service, f.hotspot(name=name))
        add(service, f.patrol(h))
        add(service, f.inspection(add(service, f.establishment(name=name))))
    assert column(ws, "hotspot", "name") == DICTIONARY_ORDER
    assert column(ws, "inspection", "establishment", sort="establishment",
                  descending=False) == DICTIONARY_ORDER  # fmt: skip
    assert (
        column(ws, "patrol", "hotspot", sort="hotspot", descending=True) == (DICTIONARY_ORDER[::-1])
    )


def test_other_text_sorts_through_the_vi_collation(service, ws):
    for owner in ("Đỗ Thử", "Dương Thử", "Bùi Thử", "Ân Thử"):
        add(service, f.establishment(owner_name=owner))
    assert column(ws, "establishment", "owner_name", sort="owner_name") == [
        "Ân Thử", "Bùi Thử", "Dương Thử", "Đỗ Thử"]  # fmt: skip
    # A worker thread's own connection has the VI collation too.
    query = ListQuery(ws, "establishment", sort="owner_name", descending=True)
    assert query.ids_on_own_connection() == query.ids(ws.db.conn)
    assert query.ids(ws.db.conn) == RecordList.open(ws, "establishment", sort="owner_name",
                                                    descending=True).ids  # fmt: skip


def test_name_key_follows_a_renamed_record(service, ws):
    a = add(service, f.establishment(name="Bình"))
    add(service, f.establishment(name="Cúc"))
    key = ws.db.execute("SELECT name_key FROM establishments WHERE id = ?", (a,)).fetchone()[0]
    assert key == collation_key("Bình")
    service.update("establishment", a, {"name": "Đông"})
    key = ws.db.execute("SELECT name_key FROM establishments WHERE id = ?", (a,)).fetchone()[0]
    assert key == collation_key("Đông")
    assert column(ws, "establishment", "name") == ["Cúc", "Đông"]
    h = add(service, f.hotspot(name="Ánh"))
    service.update("hotspot", h, {"name": "Yên"})
    key = ws.db.execute("SELECT name_key FROM hotspots WHERE id = ?", (h,)).fetchone()[0]
    assert key == collation_key("Yên")


def test_name_key_is_written_by_an_import_too(service, ws):
    rec = f.establishment(name="Ánh")
    import_records(ws, [json.dumps(rec, ensure_ascii=False)], today=TODAY)
    import_records(ws, [json.dumps({**rec, "name": "Êm"}, ensure_ascii=False)], today=TODAY)
    key = ws.db.execute("SELECT name_key FROM establishments WHERE id = ?",
                        (rec["id"],)).fetchone()[0]  # fmt: skip
    assert key == collation_key("Êm")


# Coded values, dates, numbers -----------------------------------------------------------


def test_coded_values_sort_by_their_labels(service, ws):
    for t in ("massage", "hotel", "karaoke", "hair_salon", "other", "guesthouse"):
        add(service, f.establishment(type=t))
    # Cắt tóc, gội đầu < Karaoke < Khác < Khách sạn < Nhà nghỉ < Xoa bóp, massage
    order = ["hair_salon", "karaoke", "other", "hotel", "guesthouse", "massage"]
    assert column(ws, "establishment", "type", sort="type") == order
    assert column(ws, "establishment", "type", sort="type", descending=True) == order[::-1]


def test_choice_rank_sql():
    sql = choice_rank_sql("t.x", {"b": "Bình", "d": "Đông", "a": "Dũng"})
    assert sql == "CASE t.x WHEN 'b' THEN 0 WHEN 'a' THEN 1 WHEN 'd' THEN 2 ELSE 3 END"


def test_hotspots_sort_by_the_label_of_their_status(service, ws):
    back = add(service, f.hotspot(name="Thử C", eradicated_on="2017-06-30"))
    add(service, f.patrol(back, date="2018-02-01", result="active"))
    add(service, f.hotspot(name="Thử A"))
    add(service, f.hotspot(name="Thử B", eradicated_on="2017-06-30"))
    # Đã triệt xóa, giữ vững < Phức tạp < Tái hoạt động
    assert column(ws, "hotspot", "status", sort="status") == [
        "eradicated", "complex", "reactivated"]  # fmt: skip


def test_default_order_and_ties(service, ws):
    ids = [add(service, f.activity(date=d)) for d in ("2018-03-02", "2018-03-01", "2018-03-02")]
    lst = RecordList.open(ws, "activity")
    assert (lst.query.sort, lst.query.descending) == ("date", True)
    # Newest first; the same day: the later written first (rowid, in the same direction).
    assert [r.key for r in lst.rows(0, 3)] == [ids[2], ids[0], ids[1]]
    asc = RecordList.open(ws, "activity", descending=False)
    assert [r.key for r in asc.rows(0, 3)] == [ids[1], ids[0], ids[2]]


def test_numbers_sort_as_numbers_and_an_unknown_sort_falls_back(service, ws):
    for amount in (900000, 25000000, 1500000):
        add(service, f.budget(amount_vnd=amount))
    assert column(ws, "budget", "amount_vnd", sort="amount_vnd", descending=False) == [
        900000, 1500000, 25000000]  # fmt: skip
    q = ListQuery(ws, "budget", sort="no_such_column")
    assert q.sort == "date"


def test_every_list_opens_and_sorts_by_every_column(service, ws):
    for rec in f.one_of_each():
        service.create(rec["record"], plain(rec))
    for kind, spec in LIST_SPECS.items():
        for c in spec.columns:
            for descending in (False, True):
                lst = RecordList.open(ws, kind, sort=c.key, descending=descending)
                assert len(lst) == 1, (kind, c.key)
                (row,) = lst.rows(0, 1)
                assert len(row.cells) == len(spec.columns)


# Personal data --------------------------------------------------------------------------


def add_persons(service) -> None:
    for code, name in (("HK-01", "Nguyễn Thị Thử"), ("HK-02", "Đặng Văn Thử"),
                       ("HK-03", "Bùi Thị Hòa"), ("HK-04", "Dương Văn Thử")):  # fmt: skip
        add(service, f.person(code=code, full_name=name))


@pytest.mark.parametrize("role", ["admin", "officer"])
def test_persons_by_name_sorted_in_python(service, ws, role):
    add_persons(service)
    if role != "admin":
        as_role(ws, "can-bo-thu", role)
    names = ["Bùi Thị Hòa", "Dương Văn Thử", "Đặng Văn Thử", "Nguyễn Thị Thử"]
    assert column(ws, "person", "full_name", sort="full_name", descending=False) == names
    assert column(ws, "person", "full_name", sort="full_name", descending=True) == names[::-1]
    narrowed = ListFilter(search="thu")
    assert column(ws, "person", "full_name", sort="full_name", descending=False,
                  filt=narrowed) == ["Dương Văn Thử", "Đặng Văn Thử", "Nguyễn Thị Thử"]  # fmt: skip
    lst = RecordList.open(ws, "person")
    assert "full_name" in [c.key for c in lst.columns]
    assert [r.cells[1] for r in lst.rows(0, 4)] == [
        "Nguyễn Thị Thử", "Đặng Văn Thử", "Bùi Thị Hòa", "Dương Văn Thử"]  # by code  # fmt: skip


@pytest.mark.parametrize("role", ["viewer", "reporter"])
def test_personal_columns_are_absent_for_roles_without_personal_data(service, ws, role):
    add_persons(service)
    as_role(ws, "nguoi-xem", role)
    lst = RecordList.open(ws, "person", sort="full_name")
    assert [c.key for c in lst.columns] == ["code", "birth_year", "sex", "home_province",
                                            "status", "consent", "opened_on", "unit"]  # fmt: skip
    assert lst.query.sort == "code"  # cannot sort by what it cannot see
    assert not lst.query.shows_personal
    rows = lst.rows(0, 4)
    assert [r.key for r in rows] == [r.key for r in RecordList.open(ws, "person").rows(0, 4)]
    assert [r.cells[0] for r in rows] == ["HK-01", "HK-02", "HK-03", "HK-04"]
    assert all("full_name" not in r.raw for r in rows)
    assert all("Thử" not in "".join(r.cells) for r in rows)
    assert rows[0].cells == ("HK-01", "1990", "Nữ", "Thái Bình", "Đang theo dõi", "Có",
                             "01/02/2018", "Phường Chương Dương")  # fmt: skip


@pytest.mark.parametrize("role", ["admin", "officer"])
def test_opening_a_persons_list_with_names_is_audited(service, ws, role):
    add_persons(service)
    if role != "admin":
        as_role(ws, "can-bo-thu", role)
    before = len(list_audits(ws))
    RecordList.open(ws, "person")
    entries = list_audits(ws)
    assert len(entries) == before + 1
    entry = entries[0]  # newest first
    assert entry["user"] == {"admin": ADMIN, "officer": "can-bo-thu"}[role]
    assert entry["kind"] == "person" and entry["record_key"] is None
    assert entry["detail"] == {"count": 4, "list": True}
    # The search text (it may be a name) is not written to the log.
    RecordList.open(ws, "person", ListFilter(search="nguyen"))
    latest = list_audits(ws)[0]
    assert latest["detail"] == {"count": 1, "list": True}
    assert "nguyen" not in json.dumps(latest, ensure_ascii=False).lower()


def test_no_audit_for_an_empty_persons_list_or_other_lists(service, ws):
    RecordList.open(ws, "person")
    add_persons(service)
    RecordList.open(ws, "person", ListFilter(search="khong co ai"))
    RecordList.open(ws, "establishment")
    assert list_audits(ws) == []


@pytest.mark.parametrize("role", ["viewer", "reporter"])
def test_no_audit_when_no_names_are_shown(service, ws, role):
    add_persons(service)
    as_role(ws, "nguoi-xem", role)
    RecordList.open(ws, "person")
    assert list_audits(ws) == []
