"""The Kế hoạch page: year targets written all or nothing, copying a plan, and the
communes' model and assessment."""

from __future__ import annotations

import pytest
from conftest import ADMIN, CHUONG_DUONG, HANG_BAC, HOAN_KIEM, PASSWORD, TODAY

from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import PermissionDenied, ServiceError
from pcmd_desktop.services.plan import (
    CommuneStatusRow,
    commune_statuses,
    copy_plan,
    set_commune_status,
    set_targets,
    targets,
)
from pcmd_desktop.services.records import RecordService


def audit_tail(ws, n: int) -> list[tuple]:
    rows = ws.db.execute(
        "SELECT action, kind, record_key, detail FROM audit_log ORDER BY seq DESC LIMIT ?", (n,)
    ).fetchall()
    return [tuple(r) for r in reversed(rows)]


def test_set_targets_creates_updates_and_deletes_with_audit(ws):
    assert targets(ws, 2018) == {}
    changed = set_targets(ws, 2018, {"propaganda.sessions": 20, "case.detected": 150.0,
                                     "hotspot.reactivated": 0})  # fmt: skip
    assert changed == 3
    assert targets(ws, 2018) == {"propaganda.sessions": 20, "case.detected": 150,
                                 "hotspot.reactivated": 0}  # fmt: skip
    assert [a[:3] for a in audit_tail(ws, 3)] == [
        ("create", "plan_target", f"{CHUONG_DUONG}/2018/propaganda.sessions"),
        ("create", "plan_target", f"{CHUONG_DUONG}/2018/case.detected"),
        ("create", "plan_target", f"{CHUONG_DUONG}/2018/hotspot.reactivated"),
    ]
    seq = ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0]
    # Unchanged values write nothing; None removes; a changed value is an update.
    changed = set_targets(ws, 2018, {"propaganda.sessions": 20, "case.detected": None,
                                     "hotspot.reactivated": 2.5})  # fmt: skip
    assert changed == 2
    assert targets(ws, 2018) == {"propaganda.sessions": 20, "hotspot.reactivated": 2.5}
    log = audit_tail(ws, 2)
    assert ws.db.execute("SELECT max(seq) FROM audit_log").fetchone()[0] == seq + 2
    assert log[0][:3] == ("delete", "plan_target", f"{CHUONG_DUONG}/2018/case.detected")
    assert log[1][:3] == ("update", "plan_target", f"{CHUONG_DUONG}/2018/hotspot.reactivated")
    assert '"old": {"target": 0}' in log[1][3] and '"new": {"target": 2.5}' in log[1][3]
    # The removed target is in the recycle bin; setting it again brings it back.
    assert set_targets(ws, 2018, {"case.detected": 120}) == 1
    assert targets(ws, 2018)["case.detected"] == 120
    assert targets(ws, 2019) == {}


def test_one_bad_value_saves_nothing_and_names_the_indicator(ws):
    set_targets(ws, 2018, {"propaganda.sessions": 20})
    before = ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(ValidationError) as e:
        set_targets(ws, 2018, {"propaganda.sessions": 25, "case.detected": -1,
                               "case.tried": "nhiều", "khong.co": 3})  # fmt: skip
    by_field = {p.field: p.message for p in e.value.problems}
    assert set(by_field) == {"case.detected", "case.tried", "khong.co"}
    assert by_field["case.detected"].startswith("Số vụ án phát hiện, khởi tố (case.detected):")
    assert "không được âm" in by_field["case.detected"]
    assert "phải là một số" in by_field["case.tried"]
    assert "khong.co" in str(e.value)
    assert targets(ws, 2018) == {"propaganda.sessions": 20}
    assert ws.db.execute("SELECT count(*) FROM audit_log").fetchone()[0] == before


def test_a_year_too_far_ahead_is_refused_once(ws):
    with pytest.raises(ValidationError) as e:
        set_targets(ws, 2020, {"propaganda.sessions": 20, "case.detected": 5},
                    today=TODAY)  # fmt: skip
    assert len(e.value.problems) == 1 and e.value.problems[0].field == "year"
    assert targets(ws, 2020) == {}


def test_copy_plan(ws):
    set_targets(ws, 2017, {"propaganda.sessions": 18, "case.detected": 140})
    assert copy_plan(ws, 2017, 2018, today=TODAY) == 2
    assert targets(ws, 2018) == {"propaganda.sessions": 18, "case.detected": 140}
    set_targets(ws, 2018, {"case.tried": 100})
    with pytest.raises(ServiceError, match="đã có 3 chỉ tiêu"):
        copy_plan(ws, 2017, 2018, today=TODAY)
    set_targets(ws, 2017, {"propaganda.sessions": 22})
    assert copy_plan(ws, 2017, 2018, replace=True, today=TODAY) == 2
    assert targets(ws, 2018) == {"propaganda.sessions": 22, "case.detected": 140}
    with pytest.raises(ServiceError, match="chưa có chỉ tiêu"):
        copy_plan(ws, 2016, 2019, today=TODAY)
    assert targets(ws, 2019) == {}


def test_commune_sees_its_own_status(ws):
    assert commune_statuses(ws, 2018) == [
        CommuneStatusRow(CHUONG_DUONG, "Phường Chương Dương", 2018, None, None, None)
    ]
    row = set_commune_status(ws, CHUONG_DUONG, 2018, "maintained", True, "Tổ dân phố tự quản",
                             today=TODAY)  # fmt: skip
    assert row.entered and commune_statuses(ws, 2018) == [row]
    assert row == CommuneStatusRow(CHUONG_DUONG, "Phường Chương Dương", 2018, "maintained",
                                   True, "Tổ dân phố tự quản")  # fmt: skip
    set_commune_status(ws, CHUONG_DUONG, 2018, "new", False, None, today=TODAY)
    again = commune_statuses(ws, 2018)[0]
    assert (again.pcmd_model, again.clean, again.note) == ("new", False, None)
    assert [a[:3] for a in audit_tail(ws, 2)] == [
        ("create", "commune_status", f"{CHUONG_DUONG}/2018"),
        ("update", "commune_status", f"{CHUONG_DUONG}/2018"),
    ]
    # Clearing both removes the entry; entering it again works.
    set_commune_status(ws, CHUONG_DUONG, 2018, None, None, None, today=TODAY)
    assert not commune_statuses(ws, 2018)[0].entered
    set_commune_status(ws, CHUONG_DUONG, 2018, "none", False, None, today=TODAY)
    assert RecordService(ws).get("commune_status", f"{CHUONG_DUONG}/2018")["pcmd_model"] == "none"


def test_status_is_validated(ws):
    with pytest.raises(ValidationError, match="pcmd_model"):
        set_commune_status(ws, CHUONG_DUONG, 2018, "tot", True, today=TODAY)
    with pytest.raises(ValidationError, match="chưa thể đánh giá"):
        set_commune_status(ws, CHUONG_DUONG, 2019, "new", True, today=TODAY)
    with pytest.raises(ValidationError, match="không thuộc"):
        set_commune_status(ws, HANG_BAC, 2018, "new", True, today=TODAY)
    assert not commune_statuses(ws, 2018)[0].entered


def test_district_sees_every_commune_under_it(make_workspace):
    ws = make_workspace(HOAN_KIEM, "quan.sqlite3")
    set_commune_status(ws, HANG_BAC, 2018, "maintained", True, today=TODAY)
    set_commune_status(ws, CHUONG_DUONG, 2018, "none", False, "Còn tụ điểm", today=TODAY)
    rows = commune_statuses(ws, 2018)
    assert len(rows) == 18 and [r.unit for r in rows] == sorted(r.unit for r in rows)
    by_code = {r.unit: r for r in rows}
    assert (by_code[HANG_BAC].pcmd_model, by_code[HANG_BAC].clean) == ("maintained", True)
    assert by_code[CHUONG_DUONG].note == "Còn tụ điểm"
    assert sum(r.entered for r in rows) == 2
    assert by_code["00037"] == CommuneStatusRow("00037", "Phường Phúc Tân", 2018, None, None,
                                                None)  # fmt: skip
    assert commune_statuses(ws, 2017)[0].pcmd_model is None
    with pytest.raises(ValidationError, match="cấp xã"):
        set_commune_status(ws, HOAN_KIEM, 2018, "new", True, today=TODAY)


def test_permissions(ws):
    set_targets(ws, 2018, {"propaganda.sessions": 20})
    auth.add_user(ws, "nguoi-xem", "viewer", PASSWORD)
    auth.login(ws, "nguoi-xem", PASSWORD)
    assert targets(ws, 2018) == {"propaganda.sessions": 20}
    assert len(commune_statuses(ws, 2018)) == 1
    with pytest.raises(PermissionDenied):
        set_targets(ws, 2018, {"propaganda.sessions": 30})
    with pytest.raises(PermissionDenied):
        copy_plan(ws, 2018, 2019)
    with pytest.raises(PermissionDenied):
        set_commune_status(ws, CHUONG_DUONG, 2018, "new", True)
    auth.login(ws, ADMIN, PASSWORD)
    assert targets(ws, 2018) == {"propaganda.sessions": 20}
