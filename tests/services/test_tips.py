"""Tips (tin báo, tố giác): the informant seen and written by admins only, kept through an
officer's save, never indexed, never in an upward or handover file; the rules of a tip's
dates and status; what the list, the picker, the bin and the report make of tips."""

from __future__ import annotations

import io
import json
import zipfile

import factories as f
import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HOAN_KIEM, PASSWORD
from units_2025 import reform_csv

from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.security.sealing import open_sealed
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.handover import export_handover
from pcmd_desktop.services.record_list import ListFilter, RecordList
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import ImportRejected, export_records, import_records
from pcmd_desktop.services.ref_lookup import find_refs, ref_label
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.tips import actions_of
from pcmd_desktop.services.trash import deleted_records
from pcmd_desktop.services.unit_keys import own_card, sealing_private, trust_card
from pcmd_desktop.services.units import load_unit_list

INFORMANT = "Trần Văn Báo Tin Thử"
CONTACT = "0912 000 111 Ngõ Kín"
SECRETS = (INFORMANT, CONTACT, "Báo Tin Thử", "0912 000 111")


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


def _tip(**kw) -> dict:
    return plain(f.tip(informant_name=INFORMANT, informant_contact=CONTACT, **kw))


def _as_officer(ws) -> None:
    auth.add_user(ws, "can-bo-tin", "officer", PASSWORD)
    auth.login(ws, "can-bo-tin", PASSWORD)


def _actions(ws, action: str) -> list:
    return ws.db.execute("SELECT kind, record_key FROM audit_log WHERE action = ?",
                         (action,)).fetchall()  # fmt: skip


def _no_secret(blob: bytes) -> None:
    text = blob.decode("utf-8", "ignore")
    for secret in SECRETS:
        assert secret not in text


def test_an_admin_keeps_the_informant_encrypted_and_opening_it_is_audited(ws):
    service = RecordService(ws)
    tip = service.create("tip", _tip())
    stored = ws.db.execute("SELECT informant_name, informant_contact FROM tips").fetchone()
    assert INFORMANT not in stored[0] and CONTACT not in stored[1]
    got = service.get("tip", tip["id"])
    assert (got["informant_name"], got["informant_contact"]) == (INFORMANT, CONTACT)
    assert [tuple(r) for r in _actions(ws, "open_informant")] == [("tip", tip["id"])]
    # A tip without an informant is no look at anyone.
    bare = service.create("tip", plain(f.tip()))
    service.get("tip", bare["id"])
    assert len(_actions(ws, "open_informant")) == 1


def test_an_officer_sees_the_tip_without_its_informant_and_cannot_overwrite_it(ws):
    tip = RecordService(ws).create("tip", _tip())
    _as_officer(ws)
    service = RecordService(ws)
    seen = service.get("tip", tip["id"])
    assert "informant_name" not in seen and "informant_contact" not in seen
    assert seen["content"] == tip["content"] and not _actions(ws, "open_informant")
    # Saving the form (the informant absent or empty) keeps what is stored.
    changes = {"outcome": "Đã chuyển công an", "informant_name": None}
    saved = service.update("tip", tip["id"], changes)
    assert "informant_name" not in saved
    with pytest.raises(PermissionDenied, match="Chỉ người quản trị"):
        service.update("tip", tip["id"], {"informant_name": "Người Khác Ghi Đè"})
    with pytest.raises(PermissionDenied, match="Người cung cấp tin"):
        service.create("tip", _tip())
    auth.login(ws, "quan-tri", PASSWORD)
    again = RecordService(ws).get("tip", tip["id"])
    assert again["informant_name"] == INFORMANT and again["informant_contact"] == CONTACT
    assert again["outcome"] == "Đã chuyển công an"


def test_search_and_export_records_never_show_the_informant_to_an_officer(ws):
    tip = RecordService(ws).create("tip", _tip())
    assert RecordService(ws).search("bao tin thu") == []  # never indexed, even for admins
    [hit] = RecordService(ws).search("hong ha")  # and a list of hits never names it
    assert hit["id"] == tip["id"] and "informant_name" not in hit
    index = b"".join(str(r).encode() for r in ws.db.execute("SELECT * FROM search_index"))
    assert "bao tin thu" not in index.decode() and "hong ha" in index.decode()
    admin_lines = [json.loads(line) for line in export_records(ws, "tip")]
    assert admin_lines[0]["informant_name"] == INFORMANT
    _as_officer(ws)
    assert [r["id"] for r in RecordService(ws).search("hong ha")] == [tip["id"]]
    assert "informant_name" not in RecordService(ws).search("hong ha")[0]
    lines = list(export_records(ws, "tip"))
    assert len(lines) == 1
    _no_secret("".join(lines).encode())


def test_an_officers_import_may_not_write_the_informant_and_keeps_the_stored_one(ws):
    tip = RecordService(ws).create("tip", _tip())
    _as_officer(ws)
    line = json.dumps({"record": "tip", **_tip(id=tip["id"])}, ensure_ascii=False)
    with pytest.raises(ImportRejected) as e:
        import_records(ws, [line])
    assert "Chỉ người quản trị" in str(e.value.problems[0])
    changed = {"record": "tip", **plain(f.tip(id=tip["id"], outcome="Đã xác minh lại"))}
    import_records(ws, [json.dumps(changed, ensure_ascii=False)])
    auth.login(ws, "quan-tri", PASSWORD)
    again = RecordService(ws).get("tip", tip["id"])
    assert again["outcome"] == "Đã xác minh lại" and again["informant_name"] == INFORMANT


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"handled_on": "2018-01-20"}, "handled_on", "không được trước"),
        ({"handled_on": None}, "handled_on", "bắt buộc khi tình trạng là 'Đã xử lý xong'"),
        ({"status": "verifying"}, "handled_on", "chỉ ghi khi tin báo đã xử lý xong"),
    ],
)
def test_a_tips_dates_follow_its_status(ws, changes, field, words):
    with pytest.raises(ValidationError) as e:
        RecordService(ws).create("tip", {**plain(f.tip()), **changes})
    assert [p.field for p in e.value.problems] == [field]
    assert words in e.value.problems[0].message and "Ngày xử lý xong" in e.value.problems[0].message
    open_tip = {**plain(f.tip()), "status": "received", "handled_on": None}
    assert RecordService(ws).create("tip", open_tip)["status"] == "received"


def _tip_with_actions(ws) -> tuple[dict, dict, dict]:
    service = RecordService(ws)
    est = service.create("establishment", plain(f.establishment()))
    tip = service.create("tip", _tip(establishment_id=est["id"]))
    insp = service.create("inspection", plain(f.inspection(est["id"], tip_id=tip["id"],
                                                           date="2018-03-05")))  # fmt: skip
    case = service.create("case", plain(f.case(tip_id=tip["id"])))
    return tip, insp, case


def test_an_inspection_or_a_case_is_not_dated_before_the_tip_it_follows(ws):
    service = RecordService(ws)
    est = service.create("establishment", plain(f.establishment()))
    tip = service.create("tip", _tip(received_on="2018-03-01", handled_on="2018-03-20"))
    with pytest.raises(ValidationError) as e:
        service.create("inspection", plain(f.inspection(est["id"], tip_id=tip["id"],
                                                        date="2018-02-28")))  # fmt: skip
    assert [(p.field, p.message) for p in e.value.problems] == [
        ("date", "Ngày kiểm tra (date): 28/02/2018 trước ngày tiếp nhận tin báo (01/03/2018)")
    ]
    with pytest.raises(ValidationError) as e:
        service.create("case", plain(f.case(tip_id=tip["id"], detected_on="2018-01-15")))
    assert [p.field for p in e.value.problems] == ["detected_on"]
    assert "trước ngày tiếp nhận tin báo (01/03/2018)" in e.value.problems[0].message
    assert service.create(
        "inspection", plain(f.inspection(est["id"], tip_id=tip["id"], date="2018-03-01"))
    )  # same day
    assert ws.db.execute("SELECT COUNT(*) FROM cases").fetchone()[0] == 0


def test_a_tip_is_not_moved_after_the_inspection_or_case_it_led_to(ws):
    tip, insp, case = _tip_with_actions(ws)  # inspection 05/03/2018, the case's own date
    service = RecordService(ws)
    assert case["detected_on"] == "2018-02-10"
    with pytest.raises(ValidationError) as e:
        service.update("tip", tip["id"], {"received_on": "2018-03-06", "handled_on": "2018-03-07"})
    assert [(p.field, p.message) for p in e.value.problems] == [
        ("received_on", "Ngày tiếp nhận (received_on): 06/03/2018 sau ngày của lần kiểm tra "
                        "theo tin báo này (05/03/2018)"),
        ("received_on", "Ngày tiếp nhận (received_on): 06/03/2018 sau ngày của vụ án theo tin "
                        "báo này (10/02/2018)")]  # fmt: skip
    assert service.get("tip", tip["id"])["received_on"] == tip["received_on"]
    # Records in the recycle bin do not hold the tip back; the same day is allowed.
    service.delete("inspection", insp["id"])
    moved = service.update("tip", tip["id"], {"received_on": "2018-02-10",
                                              "handled_on": "2018-02-12"})  # fmt: skip
    assert moved["received_on"] == "2018-02-10"


def test_the_list_the_picker_and_the_form_know_what_a_tip_led_to(ws):
    tip, insp, case = _tip_with_actions(ws)
    other = RecordService(ws).create("tip", plain(f.tip(
        received_on="2018-05-02", handled_on="2018-05-10", place="Chợ Thử Nghiệm")))  # fmt: skip
    lst = RecordList.open(ws, "tip")
    acted = {r.key: r.raw["acted"] for r in lst.rows(0, len(lst))}
    assert acted == {tip["id"]: "yes", other["id"]: "no"}
    only = RecordList.open(ws, "tip", ListFilter(equals=(("acted", "no"),)))
    assert [r.key for r in only.rows(0, 5)] == [other["id"]]
    assert [c.id for c in find_refs(ws, "tip", "hong ha")] == [tip["id"]]
    assert [c.id for c in find_refs(ws, "tip", "2/5/2018")] == [other["id"]]
    assert [c.id for c in find_refs(ws, "tip", "")] == [other["id"], tip["id"]]  # newest first
    assert ref_label(ws, "tip", other["id"]) == "02/05/2018 — Chợ Thử Nghiệm"
    actions = actions_of(ws, tip["id"])
    assert [a.id for a in actions.all] == [insp["id"], case["id"]]
    assert actions.summary == "Theo tin báo này: 1 lần kiểm tra, 1 vụ án."
    assert actions.inspections[0].text.startswith("Kiểm tra ngày 05/03/2018 — ")
    RecordService(ws).delete("inspection", insp["id"])
    assert [a.id for a in actions_of(ws, tip["id"]).all] == [case["id"]]
    RecordService(ws).delete("tip", other["id"])
    label = next(i.label for i in deleted_records(ws, "tip"))
    assert label == "02/05/2018 — Đường dây nóng — Chợ Thử Nghiệm"


def test_the_report_counts_tips_received_handled_and_acted_on(ws):
    _tip_id, insp, case = _tip_with_actions(ws)
    service = RecordService(ws)
    service.create("tip", plain(f.tip(received_on="2018-04-01", status="verifying",
                                      handled_on=None)))  # fmt: skip
    lonely = service.create("tip", plain(f.tip(received_on="2018-06-01", handled_on="2018-07-02")))
    service.create("inspection", plain(f.inspection(insp["establishment_id"], date="2018-06-05",
                                                    tip_id=lonely["id"])))  # fmt: skip

    def values(period: str) -> dict:
        report = build_report(ws, period)
        return {c: report.values[c].value for c in ("tip.received", "tip.handled",
                                                    "tip.led_to_action")}  # fmt: skip

    assert values("2018") == {"tip.received": 3, "tip.handled": 2, "tip.led_to_action": 2}
    assert values("2018-Q3")["tip.handled"] == 1
    service.delete("case", case["id"])
    assert values("2018")["tip.led_to_action"] == 2  # the inspection still names it
    service.delete("inspection", insp["id"])
    assert values("2018")["tip.led_to_action"] == 1  # a deleted inspection does not count


def test_the_upward_file_never_carries_the_informant_not_even_sealed(make_workspace, tmp_path):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    commune = make_workspace(CHUONG_DUONG, name="commune.sqlite3")
    trust_card(commune, own_card(district))
    tip = RecordService(commune).create("tip", _tip())
    RecordService(commune).create("person", plain(f.person(consent=True)))
    out = export_period(commune, "2018", tmp_path / "c.pcmd", include_personal=True)
    data = out.path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    assert tip["id"].encode() in members["records.jsonl"]  # the tip itself goes
    opened = open_sealed(members["personal.bin"], sealing_private(district))
    assert b"person" in opened
    for blob in (data, *members.values(), opened):
        _no_secret(blob)


def test_a_handover_file_never_carries_the_informant(make_workspace, tmp_path):
    giver = make_workspace(HANG_BAC, name="hang-bac.sqlite3")
    taker = make_workspace(CHUONG_DUONG, name="hop-nhat.sqlite3")
    tip = RecordService(giver).create("tip", _tip(unit=HANG_BAC))
    for ws in (giver, taker):
        load_unit_list(ws, reform_csv(tmp_path))
    trust_card(giver, own_card(taker))
    out = export_handover(giver, CHUONG_DUONG, tmp_path / "ban-giao.pcmdbg")
    data = out.path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        members = {n: zf.read(n) for n in zf.namelist()}
    assert tip["id"].encode() in members["records.jsonl"]
    opened = open_sealed(members["personal.bin"], sealing_private(taker))
    assert tip["id"].encode() not in opened
    for blob in (data, *members.values(), opened):
        _no_secret(blob)
