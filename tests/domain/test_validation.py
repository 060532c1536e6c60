"""Validation of every record kind: one test per rule, all problems reported at once,
each message in Vietnamese naming its field."""

from __future__ import annotations

from datetime import date

import factories as f
import pytest
from conftest import CHUONG_DUONG

from pcmd_desktop.domain.coerce import coerce
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.domain.validation import validate

TODAY = date(2018, 12, 31)


class FakeContext:
    def __init__(self, *records: dict, units=(CHUONG_DUONG,), today=TODAY):
        self.today = today
        self.units = set(units)
        self.records = {(r["record"], r["id"]): r for r in records if "id" in r}
        self.codes = {(r["unit"], r["code"]): r["id"] for r in records if r["record"] == "person"}

    def unit_problem(self, kind, code):
        return None if code in self.units else f"không có đơn vị mã '{code}'"

    def find(self, kind, record_id):
        return self.records.get((kind, record_id))

    def person_code_owner(self, unit, code):
        return self.codes.get((unit, code))

    def referring(self, kind, field, record_id):
        return [r for (k, _i), r in self.records.items() if k == kind and r.get(field) == record_id]


def problems(obj: dict, *context_records: dict, **ctx) -> dict[str | None, str]:
    _rec, found = validate(KINDS[obj["record"]], obj, FakeContext(*context_records, **ctx))
    out: dict[str | None, str] = {}
    for p in found:
        out[p.field] = f"{out[p.field]}; {p.message}" if p.field in out else p.message
    return out


def test_every_sample_record_is_valid():
    records = f.one_of_each()
    for r in records:
        assert problems(r, *records) == {}, r["record"]


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_required_fields_are_named_when_missing(kind):
    required = [x.key for x in KINDS[kind].fields if x.required]
    found = problems({"record": kind})
    for key in required:
        if key in ("fine_vnd",) and kind == "inspection":
            continue  # has a default of 0
        assert key in found, key
        assert "bắt buộc" in found[key]
        assert f"({key})" in found[key]  # the message names the field


def test_blank_text_counts_as_missing():
    assert "bắt buộc" in problems(f.establishment(name="   "))["name"]


@pytest.mark.parametrize(
    ("factory", "key", "bad"),
    [
        (f.establishment, "type", "casino"),
        (f.hotspot, "kind", "park"),
        (f.person, "sex", "F"),
        (f.person, "status", "open"),
        (f.sanction, "role", "pimp"),
        (f.case, "offence", "theft"),
        (f.activity, "kind", "meeting"),
        (f.commune_status, "pcmd_model", "yes"),
    ],
)
def test_enum_values_outside_records_md_are_refused(factory, key, bad):
    msg = problems(factory(**{key: bad}))[key]
    assert f"'{bad}' không hợp lệ" in msg


def test_enum_team_level_and_patrol_result():
    h = f.hotspot()
    e = f.establishment()
    assert "team_level" in problems(f.inspection(e["id"], team_level="ward"), e)
    assert "result" in problems(f.patrol(h["id"], result="busy"), h)


def test_violation_kind_must_be_in_the_list():
    e = f.establishment()
    msg = problems(f.inspection(e["id"], violations=[{"kind": "noise"}]), e)["violations"]
    assert "noise" in msg


def test_violation_must_be_an_object():
    e = f.establishment()
    assert "violations" in problems(f.inspection(e["id"], violations=["noise"]), e)


@pytest.mark.parametrize(
    ("factory", "key"),
    [(f.activity, "date"), (f.hotspot, "identified_on"), (f.case, "detected_on"),
     (f.person, "opened_on"), (f.budget, "date"), (f.sanction, "date")],
)  # fmt: skip
def test_dates_in_the_future_are_refused(factory, key):
    msg = problems(factory(**{key: "2019-01-01"}))[key]
    assert "tương lai" in msg and "01/01/2019" in msg


def test_today_itself_is_allowed():
    assert problems(f.activity(date="2018-12-31")) == {}


@pytest.mark.parametrize("bad", ["2018-02-30", "15/01/2018", "2018-1-5", 20180115, ""])
def test_malformed_dates_are_refused(bad):
    found = problems(f.activity(date=bad))
    assert "date" in found


@pytest.mark.parametrize(
    ("factory", "key"),
    [(f.sanction, "fine_vnd"), (f.budget, "amount_vnd"), (f.activity, "participants"),
     (f.activity, "materials"), (f.case, "defendants"), (f.plan_target, "target")],
)  # fmt: skip
def test_negative_amounts_are_refused(factory, key):
    assert "không được âm" in problems(factory(**{key: -1}))[key]


def test_money_must_be_whole_dong():
    assert "số tiền nguyên" in problems(f.budget(amount_vnd=1500.5))["amount_vnd"]
    assert "amount_vnd" in problems(f.budget(amount_vnd="1.500.000"))["amount_vnd"]


def test_booleans_must_be_true_or_false():
    assert "true hoặc false" in problems(f.person(consent="có"))["consent"]


def test_birth_year_must_be_a_plausible_year():
    assert "birth_year" in problems(f.person(birth_year=1850))
    assert "tương lai" in problems(f.person(birth_year=2020))["birth_year"]


def test_birth_year_after_opening_is_refused():
    assert "birth_year" in problems(f.person(birth_year=2018, opened_on="2017-01-01"))


def test_ids_must_be_uuids():
    assert "UUID" in problems(f.activity(id="abc"))["id"]


def test_unit_must_exist():
    assert "00067" not in problems(f.activity(unit="99999"))["unit"]
    assert "99999" in problems(f.activity(unit="99999"))["unit"]


def test_unknown_top_level_field_is_refused_and_points_to_extra():
    msg = problems(f.activity(colour="đỏ"))["colour"]
    assert "extra" in msg


def test_extra_keeps_anything_the_user_typed():
    rec, found = coerce(KINDS["activity"], f.activity(extra={"ghi chú riêng": "Có mưa"}))
    assert found == [] and rec["extra"] == {"ghi chú riêng": "Có mưa"}


def test_extra_must_be_an_object():
    assert "extra" in problems(f.activity(extra=["x"]))


def test_reference_to_a_missing_establishment_is_refused():
    msg = problems(f.inspection(f.nid()))["establishment_id"]
    assert "không tìm thấy cơ sở kinh doanh dịch vụ" in msg


def test_reference_to_a_missing_hotspot_is_refused():
    assert "hotspot_id" in problems(f.patrol(f.nid()))


def test_reference_to_a_missing_person_is_refused():
    assert "person_id" in problems(f.service(f.nid()))
    assert "person_id" in problems(f.sanction(person_id=f.nid()))


def test_follow_up_must_come_after_the_inspection_it_follows():
    e = f.establishment()
    first = f.inspection(e["id"], date="2018-03-10")
    same_day = f.inspection(e["id"], date="2018-03-10", follow_up_of=first["id"])
    before = f.inspection(e["id"], date="2018-03-01", follow_up_of=first["id"])
    after = f.inspection(e["id"], date="2018-04-10", follow_up_of=first["id"])
    assert "phải sau" in problems(before, e, first)["date"]
    assert "phải sau" in problems(same_day, e, first)["date"]
    assert problems(after, e, first) == {}


def test_follow_up_must_be_of_the_same_establishment():
    e1, e2 = f.establishment(), f.establishment(name="Nhà nghỉ Bình An", type="guesthouse")
    first = f.inspection(e1["id"])
    other = f.inspection(e2["id"], date="2018-05-01", follow_up_of=first["id"])
    assert "cơ sở khác" in problems(other, e1, e2, first)["follow_up_of"]


def test_follow_up_cannot_follow_itself():
    e = f.establishment()
    rec = f.inspection(e["id"])
    rec["follow_up_of"] = rec["id"]
    assert "chính nó" in problems(rec, e, rec)["follow_up_of"]


def test_follow_up_of_a_missing_inspection_is_refused():
    e = f.establishment()
    assert "follow_up_of" in problems(f.inspection(e["id"], follow_up_of=f.nid()), e)


def test_hotspot_eradicated_before_identified_is_refused():
    bad = f.hotspot(identified_on="2016-05-01", eradicated_on="2015-01-01")
    assert "không được trước" in problems(bad)["eradicated_on"]


def test_case_dates_must_follow_each_other():
    assert "prosecuted_on" in problems(f.case(detected_on="2018-05-01", prosecuted_on="2018-04-01"))
    bad_trial = f.case(detected_on="2018-02-01", prosecuted_on="2018-05-01", tried_on="2018-04-01")
    assert "tried_on" in problems(bad_trial)
    assert "tried_on" in problems(f.case(detected_on="2018-05-01", tried_on="2018-03-01"))


def test_credit_needs_an_amount_and_other_services_none():
    p = f.person()
    assert "tín dụng" in problems(f.service(p["id"], type="credit"), p)["amount_vnd"]
    assert "amount_vnd" in problems(f.service(p["id"], amount_vnd=5_000_000), p)
    assert problems(f.service(p["id"], type="credit", amount_vnd=20_000_000), p) == {}


def test_person_code_is_unique_in_the_unit():
    holder = f.person(code="HK-2018-0001")
    other = f.person(code="HK-2018-0001")
    assert "đã dùng" in problems(other, holder)["code"]
    assert problems(holder, holder) == {}  # the same person again is not a clash


def test_plan_target_indicator_must_be_in_the_catalogue():
    assert "danh mục" in problems(f.plan_target(indicator="arrests.total"))["indicator"]


def test_plan_year_at_most_one_year_ahead():
    assert problems(f.plan_target(year=2019)) == {}
    assert "year" in problems(f.plan_target(year=2021))


def test_commune_status_year_cannot_be_in_the_future():
    assert "year" in problems(f.commune_status(year=2019))


def test_every_problem_is_reported_at_once():
    found = problems({"record": "sanction", "id": "x", "unit": CHUONG_DUONG, "date": "2030-01-01",
                      "role": "boss", "fine_vnd": -5})  # fmt: skip
    assert set(found) == {"id", "date", "role", "fine_vnd"}


def test_text_is_stored_nfc_and_trimmed():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "  Karaoke   Hoa Hồng ")
    rec, found = coerce(KINDS["establishment"], f.establishment(name=nfd))
    assert found == [] and rec["name"] == unicodedata.normalize("NFC", "Karaoke Hoa Hồng")


def test_defaults_of_records_md_are_filled():
    e = f.establishment()
    obj = f.inspection(e["id"])
    for k in ("fine_vnd", "violations"):
        obj.pop(k)
    rec, _ = coerce(KINDS["inspection"], obj)
    assert rec["fine_vnd"] == 0 and rec["suspended"] is False and rec["licence_revoked"] is False
