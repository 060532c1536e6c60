"""Approval and lock, the whole round trip between two databases (a district and its
ward): export, import at the district, accept, the decision file carried back, the period
locked at the ward (edit, delete, restore, import refused; no new revision), reopen, edit
allowed, the next revision exported and accepted; bad decision files refused with nothing
changed; the consolidated report limited to accepted files."""

from __future__ import annotations

import json
from datetime import date

import pytest
from conftest import CHUONG_DUONG, HOAN_KIEM

from pcmd_desktop.services import approval
from pcmd_desktop.services.approval import ApprovalError, PeriodLocked
from pcmd_desktop.services.auth import add_user, login, logout
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.exchange_export import ExchangeError, export_period
from pcmd_desktop.services.person_merge import MergeRefused, merge_persons
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import ImportRejected, import_records
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, import_file
from pcmd_desktop.services.unit_keys import own_card, trust_card

TODAY = date(2018, 12, 31)
PERIOD = "2018-03"  # nd09: 15/02/2018 .. 14/03/2018
OTHER_WARD = "00040"


@pytest.fixture
def pair(make_workspace):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    ward = make_workspace(CHUONG_DUONG, name="ward.sqlite3")
    trust_card(district, own_card(ward))
    trust_card(ward, own_card(district))
    return district, ward


def activity(ws, day: str = "2018-03-05", title: str = "Tuyên truyền") -> dict:
    return RecordService(ws, TODAY).create(
        "activity", {"date": day, "kind": "propaganda", "title": title, "participants": 10}
    )


def sent_and_received(district, ward, tmp_path, name: str = "r1"):
    result = export_period(ward, PERIOD, tmp_path / f"{name}.pcmd")
    assert import_file(district, result.path).status == ACCEPTED
    return result


def approvals(ws) -> list[tuple]:
    return ws.db.execute("SELECT direction, unit, period, revision, state FROM approvals "
                         "ORDER BY id").fetchall()  # fmt: skip


def test_round_trip_accept_lock_reopen_and_new_revision(pair, tmp_path):
    district, ward = pair
    rec = activity(ward)
    outside = activity(ward, "2018-03-20", "Ngoài kỳ")  # April under nd09
    first = sent_and_received(district, ward, tmp_path)
    assert approval.given_states(district, PERIOD)[CHUONG_DUONG][0] == approval.PENDING

    decision = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd1.pcmdqd")
    assert decision.row.revision == 1 and decision.row.sha256 == first.sha256
    assert approval.given_states(district, PERIOD)[CHUONG_DUONG][0] == "accepted"
    assert approvals(district) == [("given", CHUONG_DUONG, PERIOD, 1, "accepted")]

    got = approval.import_decision(ward, decision.path)
    assert got.status == approval.ADDED and "đã được cấp trên duyệt ngày" in got.message
    assert approvals(ward) == [("received", CHUONG_DUONG, PERIOD, 1, "accepted")]
    again = approval.import_decision(ward, decision.path)
    assert again.status == approval.ALREADY and len(approvals(ward)) == 1

    service = RecordService(ward, TODAY)
    with pytest.raises(PeriodLocked, match=r"Kỳ 2018-03 đã được cấp trên duyệt ngày .*yêu "
                                           r"cầu sửa lại"):  # fmt: skip
        service.update("activity", rec["id"], {"title": "Sửa"})
    with pytest.raises(PeriodLocked):
        service.delete("activity", rec["id"])
    with pytest.raises(PeriodLocked):
        activity(ward, "2018-03-01", "Thêm vào kỳ đã duyệt")
    with pytest.raises(PeriodLocked):  # moving a record into the locked period
        service.update("activity", outside["id"], {"date": "2018-03-02"})
    line = json.dumps({"record": "activity", **{**rec, "title": "Nhập đè"}}, ensure_ascii=False)
    with pytest.raises(ImportRejected) as refused:
        import_records(ward, [line], TODAY)
    assert "đã được cấp trên duyệt" in str(refused.value.problems[0])
    with pytest.raises(ExchangeError, match="không gửi lần mới được"):
        export_period(ward, PERIOD, tmp_path / "r2.pcmd")
    assert service.get("activity", rec["id"])["title"] == "Tuyên truyền"
    service.update("activity", outside["id"], {"title": "Ngoài kỳ, sửa được"})  # not locked
    assert [row.state for row in approval.locks(ward)] == ["accepted"]

    # The district asks for a revision: the period opens again at the ward.
    with pytest.raises(ApprovalError, match="lý do"):
        approval.reopen(district, CHUONG_DUONG, PERIOD, "  ", tmp_path / "x.pcmdqd")
    asked = approval.reopen(district, CHUONG_DUONG, PERIOD, "Thiếu số người tham dự",
                            tmp_path / "qd2.pcmdqd")  # fmt: skip
    opened = approval.import_decision(ward, asked.path)
    assert "yêu cầu sửa lại" in opened.message and "Thiếu số người" in opened.message
    service.update("activity", rec["id"], {"participants": 25})
    service.delete("activity", rec["id"])
    service.restore("activity", rec["id"])
    second = sent_and_received(district, ward, tmp_path, "r2")
    assert second.revision == 2
    assert approval.given_states(district, PERIOD)[CHUONG_DUONG][0] == approval.PENDING
    final = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd3.pcmdqd")
    assert final.row.revision == 2
    approval.import_decision(ward, final.path)
    with pytest.raises(PeriodLocked):
        service.restore("activity", rec["id"])  # live: refused for the lock first
    # The old acceptance of revision 1, carried again, changes nothing.
    assert approval.import_decision(ward, decision.path).status == approval.ALREADY
    assert approval.period_state(ward, PERIOD).revision == 2
    actions = [r[0] for r in district.db.execute("SELECT action FROM audit_log")]
    assert actions.count("approval_accepted") == 2 and "approval_reopened" in actions
    actions = [r[0] for r in ward.db.execute("SELECT action FROM audit_log")]
    assert actions.count("approval_received") == 3


def test_same_decision_again_writes_the_same_file(pair, tmp_path):
    district, ward = pair
    activity(ward)
    sent_and_received(district, ward, tmp_path)
    one = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "a.pcmdqd")
    two = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "b.pcmdqd")
    assert two.reissued and one.path.read_bytes() == two.path.read_bytes()
    assert len(approvals(district)) == 1


def _flip(data: bytes, at: int) -> bytes:
    return data[:at] + bytes([data[at] ^ 1]) + data[at + 1 :]


@pytest.mark.parametrize(
    "fault, change, message",
    [
        ("tampered body", lambda d: d.replace(b'"revision":1', b'"revision":2'), "chữ ký"),
        ("tampered signature", lambda d: _flip(d, len(d) - 5), "chữ ký"),
        ("not a decision", lambda d: b"PK\x03\x04 zip", "không phải quyết định"),
        ("one line only", lambda d: d.split(b"\n")[0] + b"\n", "hai dòng"),
        ("spaces in the JSON", lambda d: d.replace(b'","', b'", "', 1), "chuẩn tắc"),
    ],
)
def test_bad_decision_files_are_refused_and_change_nothing(pair, tmp_path, fault, change,
                                                           message):  # fmt: skip
    district, ward = pair
    activity(ward)
    sent_and_received(district, ward, tmp_path)
    good = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd").path
    bad = tmp_path / "bad.pcmdqd"
    bad.write_bytes(change(good.read_bytes()))
    with pytest.raises(ApprovalError, match=message):
        approval.import_decision(ward, bad)
    assert approvals(ward) == [] and approval.locks(ward) == []


def test_decision_for_another_unit_or_untrusted_parent_is_refused(make_workspace, tmp_path):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    ward = make_workspace(CHUONG_DUONG, name="ward.sqlite3")
    other = make_workspace(OTHER_WARD, name="other.sqlite3")
    for child in (ward, other):
        trust_card(district, own_card(child))
    trust_card(other, own_card(district))
    activity(ward)
    sent_and_received(district, ward, tmp_path)
    path = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd").path
    with pytest.raises(ApprovalError, match="không phải"):
        approval.import_decision(other, path)
    with pytest.raises(ApprovalError, match="Chưa đăng ký khóa"):
        approval.import_decision(ward, path)  # the ward never trusted the district's card
    assert approvals(other) == [] and approvals(ward) == []


def test_decision_must_match_a_file_this_unit_sent(pair, tmp_path, make_workspace):
    district, ward = pair
    activity(ward)
    sent_and_received(district, ward, tmp_path)
    path = approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd").path
    copy = make_workspace(CHUONG_DUONG, name="copy.sqlite3")  # same ward, never sent it
    trust_card(copy, own_card(district))
    with pytest.raises(ApprovalError, match="không khớp tệp nào"):
        approval.import_decision(copy, path)


def test_only_reporting_roles_decide_and_nothing_without_a_file(pair, tmp_path):
    district, _ward = pair
    with pytest.raises(ApprovalError, match="Chưa nhận tệp"):
        approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd")
    with pytest.raises(approval.UnknownUnit):
        approval.accept(district, "99999", PERIOD, tmp_path / "qd.pcmdqd")
    with pytest.raises(approval.BadPeriod):
        approval.accept(district, CHUONG_DUONG, "2018-13", tmp_path / "qd.pcmdqd")
    add_user(district, "xem", "viewer", "mat-khau-xem-thu-nghiem")
    logout(district)
    login(district, "xem", "mat-khau-xem-thu-nghiem")
    with pytest.raises(PermissionDenied):
        approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd")
    assert not (tmp_path / "qd.pcmdqd").exists() and approvals(district) == []


def test_year_kinds_lock_with_an_accepted_year(pair, tmp_path):
    district, ward = pair
    RecordService(ward, TODAY).create("commune_status", {"year": 2018, "pcmd_model": "maintained",
                                                         "clean": True})  # fmt: skip
    result = export_period(ward, "2018", tmp_path / "y.pcmd")
    assert import_file(district, result.path).status == ACCEPTED
    path = approval.accept(district, CHUONG_DUONG, "2018", tmp_path / "y.pcmdqd").path
    approval.import_decision(ward, path)
    with pytest.raises(PeriodLocked, match="Kỳ 2018 đã được"):
        RecordService(ward, TODAY).update("commune_status", f"{CHUONG_DUONG}/2018",
                                          {"clean": False})  # fmt: skip


def test_report_limited_to_accepted_files(make_workspace, tmp_path):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    wards = {code: make_workspace(code, name=f"{code}.sqlite3")
             for code in (CHUONG_DUONG, OTHER_WARD)}  # fmt: skip
    for code, ws in wards.items():
        trust_card(district, own_card(ws))
        for i in range(2 if code == CHUONG_DUONG else 3):
            activity(ws, title=f"Buổi {i}")
        assert import_file(district, export_period(ws, PERIOD, tmp_path / f"{code}.pcmd")
                           .path).status == ACCEPTED  # fmt: skip
    approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd")
    everything = build_report(district, PERIOD)
    accepted = build_report(district, PERIOD, accepted_only=True)
    assert everything.values["propaganda.sessions"].value == 5
    assert accepted.values["propaganda.sessions"].value == 2
    assert list(accepted.children) == [CHUONG_DUONG] and accepted.accepted_only
    assert accepted.to_json()["counted_children"] == [CHUONG_DUONG]
    from pcmd_desktop.reports.form_text import title_lines

    assert any("Chỉ tổng hợp số liệu đã duyệt: 1 trong" in line
               for line in title_lines(accepted))  # fmt: skip
    assert not any("đã duyệt" in line for line in title_lines(everything))


def test_merging_persons_respects_the_lock(pair, tmp_path):
    district, ward = pair
    service = RecordService(ward, TODAY)
    person = {"full_name": "Người Thử Gộp", "birth_year": 1990}
    keep = service.create("person", {"code": "P-1", "opened_on": "2018-01-05", **person})
    drop = service.create("person", {"code": "P-2", "opened_on": "2018-05-02", **person})
    service.create("service", {"date": "2018-03-05", "person_id": drop["id"],
                               "type": "counselling"})  # fmt: skip
    sent_and_received(district, ward, tmp_path)
    approval.import_decision(
        ward, approval.accept(district, CHUONG_DUONG, PERIOD, tmp_path / "qd.pcmdqd").path
    )
    # Both files lie outside 2018-03, but the dropped file's service lies in it.
    with pytest.raises(MergeRefused, match="Không gộp được: Kỳ 2018-03 đã được cấp trên duyệt"):
        merge_persons(ward, keep["id"], drop["id"], today=TODAY)
    assert service.get("person", drop["id"])["code"] == "P-2"  # nothing changed
