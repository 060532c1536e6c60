"""Record lists: the filters, the search box, the rows read a window at a time as they are
shown, and finding a record's row."""

from __future__ import annotations

from datetime import date

import factories as f
import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HOAN_KIEM, PASSWORD, TODAY

from pcmd_desktop.services import auth
from pcmd_desktop.services.record_list import ListFilter, ListQuery, RecordList
from pcmd_desktop.services.records import RecordService


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


def add(service, rec: dict) -> str:
    stored = service.create(rec["record"], plain(rec))
    return stored.get("id") or "/".join(str(stored[k]) for k in ("unit", "year"))


def keys(ws, kind: str, **filters) -> list[str]:
    """The keys of the list, in its order."""
    lst = RecordList.open(ws, kind, ListFilter(**filters))
    return [r.key for r in lst.rows(0, len(lst))]


def as_role(ws, name: str, role: str) -> None:
    auth.add_user(ws, name, role, PASSWORD)
    auth.login(ws, name, PASSWORD)


# Filters --------------------------------------------------------------------------------


def test_date_range_on_the_kinds_date_field(service, ws):
    est = add(service, f.establishment())
    march = add(service, f.inspection(est, date="2018-03-10"))
    april = add(service, f.inspection(est, date="2018-04-30"))
    may = add(service, f.inspection(est, date="2018-05-01"))
    assert keys(ws, "inspection") == [may, april, march]  # newest first
    assert keys(ws, "inspection", date_from="2018-04-01", date_to="2018-04-30") == [april]
    assert keys(ws, "inspection", date_from="2018-04-30") == [may, april]
    assert keys(ws, "inspection", date_to="2018-03-10") == [march]
    assert keys(ws, "inspection", date_from="2018-06-01") == []
    # Cases are placed by detected_on, hotspots by identified_on.
    old = add(service, f.case(detected_on="2017-02-10", prosecuted_on="2018-02-10"))
    new = add(service, f.case(detected_on="2018-02-10"))
    assert keys(ws, "case", date_from="2018-01-01") == [new]
    assert keys(ws, "case", date_to="2017-12-31") == [old]
    h16 = add(service, f.hotspot(name="Thử 2016", identified_on="2016-05-01"))
    add(service, f.hotspot(name="Thử 2018", identified_on="2018-05-01"))
    assert keys(ws, "hotspot", date_to="2017-01-01") == [h16]


def test_kinds_without_a_date_ignore_the_date_range(service, ws):
    add(service, f.commune_status())
    assert keys(ws, "commune_status", date_from="2019-01-01") == [f"{CHUONG_DUONG}/2018"]


def test_units_filter(make_workspace):
    ws = make_workspace(HOAN_KIEM)
    service = RecordService(ws, today=TODAY)
    ours = add(service, f.activity(date="2018-03-08"))
    theirs = add(service, f.activity(date="2018-03-09", unit=HANG_BAC))
    assert keys(ws, "activity") == [theirs, ours]
    assert keys(ws, "activity", units=(CHUONG_DUONG,)) == [ours]
    assert keys(ws, "activity", units=(HANG_BAC,)) == [theirs]
    assert keys(ws, "activity", units=(CHUONG_DUONG, HANG_BAC)) == [theirs, ours]
    assert keys(ws, "activity", units=()) == []
    assert keys(ws, "activity", equals=(("unit", HANG_BAC),)) == [theirs]


def test_equals_on_a_coded_field(service, ws):
    k = add(service, f.establishment(name="Karaoke Thử", type="karaoke"))
    g = add(service, f.establishment(name="Nhà nghỉ Thử", type="guesthouse"))
    assert keys(ws, "establishment", equals=(("type", "karaoke"),)) == [k]
    assert keys(ws, "establishment", equals=(("type", "guesthouse"),)) == [g]
    assert keys(ws, "establishment", equals=(("type", "hotel"),)) == []
    both = (("type", "karaoke"), ("unit", CHUONG_DUONG))
    assert keys(ws, "establishment", equals=both) == [k]


def test_equals_on_the_derived_hotspot_status(service, ws):
    complex_ = add(service, f.hotspot(name="A phức tạp"))
    clean = add(service, f.hotspot(name="B giữ vững", eradicated_on="2017-06-30"))
    back = add(service, f.hotspot(name="C tái hoạt động", eradicated_on="2017-06-30"))
    add(service, f.patrol(back, date="2018-02-01", result="active"))
    add(service, f.patrol(clean, date="2017-06-30", result="active"))  # on the day: no
    dropped = add(service, f.patrol(clean, date="2018-02-01", result="active"))
    service.delete("patrol", dropped)  # a deleted patrol does not count
    assert keys(ws, "hotspot", equals=(("status", "complex"),)) == [complex_]
    assert keys(ws, "hotspot", equals=(("status", "eradicated"),)) == [clean]
    assert keys(ws, "hotspot", equals=(("status", "reactivated"),)) == [back]


def test_refers_to(service, ws):
    a = add(service, f.establishment(name="Karaoke Thử A"))
    b = add(service, f.establishment(name="Karaoke Thử B"))
    ia = add(service, f.inspection(a, date="2018-03-10"))
    ib = add(service, f.inspection(b, date="2018-03-11"))
    assert keys(ws, "inspection", refers_to=("establishment_id", a)) == [ia]
    assert keys(ws, "inspection", refers_to=("establishment_id", b)) == [ib]
    assert keys(ws, "inspection", refers_to=("establishment_id", f.nid())) == []
    with pytest.raises(KeyError):
        ListQuery(ws, "inspection", ListFilter(refers_to=("hotspot_id", a)))


def test_follow_ups_due(service, ws):
    est = add(service, f.establishment())
    due = add(service, f.inspection(est, date="2018-03-10"))
    done = add(service, f.inspection(est, date="2018-04-10"))
    add(service, f.inspection(est, date="2018-05-10", follow_up_of=done, violations=[],
                              fine_vnd=0))  # fmt: skip
    recent = add(service, f.inspection(est, date="2018-12-20", suspended=True))
    assert keys(ws, "inspection", follow_ups_due=TODAY) == [due]
    assert keys(ws, "inspection", follow_ups_due=date(2019, 1, 31)) == [recent, due]
    # Other kinds have no follow-ups: the filter does not apply to them.
    assert len(keys(ws, "establishment", follow_ups_due=TODAY)) == 1


def test_recycle_bin_lists_the_deleted_records_only(service, ws):
    kept = add(service, f.activity(date="2018-03-08"))
    gone = add(service, f.activity(date="2018-03-09"))
    service.delete("activity", gone)
    assert keys(ws, "activity") == [kept]
    assert keys(ws, "activity", deleted=True) == [gone]
    service.restore("activity", gone)
    assert keys(ws, "activity", deleted=True) == []
    assert keys(ws, "activity") == [gone, kept]


# Search ---------------------------------------------------------------------------------


def test_search_ignores_case_and_diacritics(service, ws):
    nguyen = add(service, f.establishment(name="Karaoke Thử", owner_name="Nguyễn Văn Thử"))
    dong = add(service, f.establishment(name="Nhà nghỉ Đông Thử", owner_name="Lê Thị Thử"))
    add(service, f.establishment(name="Khách sạn Thử", owner_name="Trần Văn Thử"))
    assert keys(ws, "establishment", search="nguyen") == [nguyen]
    assert keys(ws, "establishment", search="NGUYỄN") == [nguyen]
    assert keys(ws, "establishment", search="dong") == [dong]
    assert keys(ws, "establishment", search="d") == [dong]  # "d" finds "Đông"
    assert keys(ws, "establishment", search="  nha   nghi ") == [dong]
    assert keys(ws, "establishment", search="nguyen dong") == []  # every word must match
    assert keys(ws, "establishment", search="ong") == []  # words are matched from the start
    assert len(keys(ws, "establishment", search="thu")) == 3
    assert len(keys(ws, "establishment", search="  ")) == 3  # empty: no narrowing
    assert keys(ws, "establishment", search="--") == []  # no word at all: nothing


def test_search_combines_with_filters(service, ws):
    k = add(service, f.establishment(name="Karaoke Đông Thử", type="karaoke"))
    add(service, f.establishment(name="Nhà nghỉ Đông Thử", type="guesthouse"))
    assert keys(ws, "establishment", search="dong", equals=(("type", "karaoke"),)) == [k]


def test_an_inspection_is_found_by_its_establishments_name(service, ws):
    a = add(service, f.establishment(name="Karaoke Ánh Dương"))
    b = add(service, f.establishment(name="Nhà nghỉ Bình Minh"))
    ia = add(service, f.inspection(a, date="2018-03-10", decision_no="15/QĐ-XPVPHC"))
    ib = add(service, f.inspection(b, date="2018-03-11", decision_no="16/QĐ-XPVPHC"))
    assert keys(ws, "inspection", search="anh duong") == [ia]
    assert keys(ws, "inspection", search="binh minh") == [ib]
    assert keys(ws, "inspection", search="16") == [ib]  # its own fields too
    h = add(service, f.hotspot(name="Bãi sông Thử"))
    p = add(service, f.patrol(h))
    assert keys(ws, "patrol", search="bai song") == [p]


def test_search_in_the_recycle_bin(service, ws):
    gone = add(service, f.activity(title="Tập huấn Thử Đông"))
    add(service, f.activity(title="Tập huấn Thử Tây"))
    service.delete("activity", gone)
    assert keys(ws, "activity", deleted=True, search="dong") == [gone]
    assert keys(ws, "activity", search="dong") == []


def test_search_in_a_list_keyed_by_unit_and_year(service, ws):
    add(service, f.commune_status(note="Đã rà soát tổ dân phố"))
    assert keys(ws, "commune_status", search="ra soat") == [f"{CHUONG_DUONG}/2018"]
    assert keys(ws, "commune_status", search="khong co") == []


def persons(service) -> dict[str, str]:
    out = {}
    for code, name in (("HK-01", "Nguyễn Thị Thử"), ("HK-02", "Đặng Văn Thử"),
                       ("HK-03", "Lê Thị Hòa")):  # fmt: skip
        out[name] = add(service, f.person(code=code, full_name=name))
    return out


@pytest.mark.parametrize("role", ["admin", "officer"])
def test_persons_are_found_by_name_by_roles_that_see_names(service, ws, role):
    p = persons(service)
    if role != "admin":
        as_role(ws, "can-bo-thu", role)
    assert keys(ws, "person", search="nguyen") == [p["Nguyễn Thị Thử"]]
    assert keys(ws, "person", search="dang thu") == [p["Đặng Văn Thử"]]
    assert keys(ws, "person", search="hoa") == [p["Lê Thị Hòa"]]
    assert keys(ws, "person", search="HK-03") == [p["Lê Thị Hòa"]]  # by code too
    assert keys(ws, "person", search="thi") == [p["Nguyễn Thị Thử"], p["Lê Thị Hòa"]]


@pytest.mark.parametrize("role", ["viewer", "reporter"])
def test_persons_are_not_found_by_name_by_other_roles(service, ws, role):
    p = persons(service)
    as_role(ws, "nguoi-xem", role)
    assert keys(ws, "person", search="nguyen") == []
    assert keys(ws, "person", search="HK-02") == [p["Đặng Văn Thử"]]


def test_a_renamed_person_is_found_by_the_new_name(service, ws):
    p = persons(service)
    assert keys(ws, "person", search="nguyen") == [p["Nguyễn Thị Thử"]]  # index built
    service.update("person", p["Nguyễn Thị Thử"], {"full_name": "Phạm Thị Thử"})
    assert keys(ws, "person", search="nguyen") == []
    assert keys(ws, "person", search="pham") == [p["Nguyễn Thị Thử"]]


# Rows -----------------------------------------------------------------------------------


def test_rows_are_read_a_window_at_a_time_the_last_one_included(service, ws):
    ids = [add(service, f.activity(date=f"2018-03-{d:02d}")) for d in range(1, 26)]
    lst = RecordList.open(ws, "activity")
    assert len(lst) == 25
    newest_first = ids[::-1]
    assert [r.key for r in lst.rows(0, 10)] == newest_first[:10]
    assert [r.key for r in lst.rows(10, 10)] == newest_first[10:20]
    assert [r.key for r in lst.rows(20, 10)] == newest_first[20:]  # the last 5
    assert [r.key for r in lst.rows(24, 10)] == [ids[0]]
    assert lst.rows(25, 10) == []
    assert lst.rows(100, 10) == []
    assert [r.cells[0] for r in lst.rows(0, 3)] == ["25/03/2018", "24/03/2018", "23/03/2018"]
    assert lst.query.ids_on_own_connection() == lst.ids


def test_cells_are_formatted_as_shown(service, ws):
    est = add(service, f.establishment(name="Karaoke Hoa Hồng"))
    iid = add(service, f.inspection(est, date="2018-03-10", fine_vnd=1500000, violations=[
        {"kind": "guest_register", "description": "Không ghi sổ khách"},
        {"kind": "licence", "description": "Hết hạn"}], suspended=True,
        findings="Thiếu sổ"))  # fmt: skip
    (row,) = RecordList.open(ws, "inspection").rows(0, 1)
    assert row.key == iid
    assert row.cells == (
        "10/03/2018",
        "Karaoke Hoa Hồng",
        "Đội 178 xã, phường",
        "Sổ đăng ký khách; Giấy phép kinh doanh",
        "1.500.000",
        "Có",
        "Không",  # licence_revoked not given: false
        "15/QĐ-XPVPHC",
        "Phường Chương Dương",
        "Thiếu sổ",
        "Công an phường; Văn hóa - Thông tin",
    )
    assert row.raw["fine_vnd"] == 1500000 and row.raw["unit"] == CHUONG_DUONG
    assert row.raw["date"] == "2018-03-10" and row.raw["establishment"] == "Karaoke Hoa Hồng"


def test_cells_of_other_kinds(service, ws):
    add(service, f.budget(date="2018-01-10", amount_vnd=25000000))
    (b,) = RecordList.open(ws, "budget").rows(0, 1)
    assert b.cells == ("10/01/2018", "25.000.000", "Ngân sách phường", "In tờ rơi",
                       "Phường Chương Dương")  # fmt: skip
    h = add(service, f.hotspot(name="Bãi sông Thử", eradicated_on="2017-06-30"))
    add(service, f.patrol(h, date="2018-02-01", result="active"))
    (hs,) = RecordList.open(ws, "hotspot").rows(0, 1)
    assert hs.cells[:6] == ("Bãi sông Thử", "", "Nơi công cộng", "Tái hoạt động", "01/05/2016",
                            "30/06/2017")  # fmt: skip
    assert hs.raw["status"] == "reactivated"
    add(service, f.commune_status(clean=False))
    (c,) = RecordList.open(ws, "commune_status").rows(0, 1)
    assert c.key == f"{CHUONG_DUONG}/2018"
    assert c.cells == ("Phường Chương Dương", "2018", "Duy trì mô hình", "Không", "")


def test_rows_with_chosen_columns(service, ws):
    add(service, f.establishment(name="Karaoke Thử", type="karaoke", phone="0243000000"))
    lst = RecordList.open(ws, "establishment")
    spec = lst.query.spec
    (row,) = lst.rows(0, 1, (spec.column("phone"), spec.column("type")))
    assert row.cells == ("0243000000", "Karaoke")


def test_position_of_a_record_in_the_list(service, ws):
    ids = [add(service, f.activity(date=f"2018-03-{d:02d}")) for d in range(1, 6)]
    lst = RecordList.open(ws, "activity")
    assert [lst.position(i) for i in ids] == [4, 3, 2, 1, 0]
    assert lst.position(f.nid()) is None
    narrowed = RecordList.open(ws, "activity", ListFilter(date_from="2018-03-04"))
    assert narrowed.position(ids[0]) is None  # filtered out
    assert narrowed.position(ids[4]) == 0
    add(service, f.commune_status(year=2017))
    add(service, f.commune_status(year=2018))
    statuses = RecordList.open(ws, "commune_status", sort="year", descending=True)
    assert statuses.position(f"{CHUONG_DUONG}/2018") == 0
    assert statuses.position(f"{CHUONG_DUONG}/2017") == 1
    assert statuses.position(f"{CHUONG_DUONG}/2016") is None


def test_a_record_deleted_after_the_snapshot_stays_until_refreshed(service, ws):
    a = add(service, f.activity(date="2018-03-01"))
    lst = RecordList.open(ws, "activity")
    service.delete("activity", a)
    assert [r.key for r in lst.rows(0, 10)] == [a]
    assert len(RecordList.open(ws, "activity")) == 0


def test_deleted_persons_are_found_by_name_in_the_recycle_bin(service, ws):
    p = persons(service)
    service.delete("person", p["Nguyễn Thị Thử"])
    assert keys(ws, "person", search="nguyen") == []
    assert keys(ws, "person", deleted=True, search="nguyen") == [p["Nguyễn Thị Thử"]]
    assert keys(ws, "person", deleted=True, search="hoa") == []  # live: not in the bin
    as_role(ws, "nguoi-xem", "viewer")
    assert keys(ws, "person", deleted=True, search="nguyen") == []
