"""Users, roles, passwords, lock-out, recovery: enforced in the services."""

from __future__ import annotations

from datetime import datetime, timedelta

import factories as f
import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.security.passwords import PasswordPolicyError
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import AuthError, PermissionDenied, ServiceError
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import export_records, import_records
from pcmd_desktop.services.workspace import open_workspace

OTHER = "mat-khau-khac-12345"


def plain(rec):
    return {k: v for k, v in rec.items() if k != "record"}


def as_user(ws, name: str, role: str):
    auth.add_user(ws, name, role, OTHER)
    auth.login(ws, name, OTHER)
    return ws


def test_nothing_is_read_before_login(ws):
    fresh = open_workspace(ws.path)
    try:
        with pytest.raises(AuthError):
            RecordService(fresh).search("karaoke")
        with pytest.raises(AuthError):
            fresh.counts()
        with pytest.raises(AuthError):
            export_records(fresh)
    finally:
        fresh.close()


def test_wrong_password_is_refused_and_unlocks_nothing(ws):
    fresh = open_workspace(ws.path)
    try:
        with pytest.raises(AuthError) as e:
            auth.login(fresh, ADMIN, "sai-mat-khau-roi")
        assert "không đúng" in str(e.value) and "Còn 4 lần" in str(e.value)
        assert fresh.session is None
        with pytest.raises(AuthError):
            auth.login(fresh, "khong-co-ai", PASSWORD)
    finally:
        fresh.close()


def test_five_failures_lock_the_account_for_a_growing_delay(ws):
    now = datetime.now().astimezone()
    for _ in range(5):
        with pytest.raises(AuthError):
            auth.login(ws, ADMIN, "sai-mat-khau-roi", now=now)
    with pytest.raises(AuthError) as e:
        auth.login(ws, ADMIN, PASSWORD, now=now)  # right password, but locked
    assert "tạm khóa" in str(e.value)
    auth.login(ws, ADMIN, PASSWORD, now=now + timedelta(minutes=2))  # after the delay
    # A success clears the count: one more failure does not lock again.
    with pytest.raises(AuthError):
        auth.login(ws, ADMIN, "sai-mat-khau-roi", now=now + timedelta(minutes=3))
    auth.login(ws, ADMIN, PASSWORD, now=now + timedelta(minutes=3))


def test_password_policy_and_names(make_workspace, tmp_path):
    ws = make_workspace()
    with pytest.raises(PasswordPolicyError):
        auth.add_user(ws, "can-bo", "officer", "ngan")
    with pytest.raises(ServiceError):
        auth.add_user(ws, "Cán Bộ", "officer", OTHER)
    with pytest.raises(ServiceError):
        auth.add_user(ws, "can-bo", "chief", OTHER)


@pytest.mark.parametrize("role", ["reporter", "viewer"])
def test_roles_without_edit_rights_cannot_change_records(ws, role):
    as_user(ws, f"nguoi-{role}", role)
    service = RecordService(ws)
    with pytest.raises(PermissionDenied) as e:
        service.create("activity", plain(f.activity()))
    assert "không có quyền" in str(e.value)
    with pytest.raises(PermissionDenied):
        import_records(ws, ['{"record": "activity"}'])
    with pytest.raises(PermissionDenied):
        auth.add_user(ws, "ai-do", "admin", OTHER)


def test_only_admin_manages_users(ws):
    as_user(ws, "can-bo", "officer")
    with pytest.raises(PermissionDenied):
        auth.add_user(ws, "ai-do", "officer", OTHER)
    with pytest.raises(PermissionDenied):
        auth.reset_password(ws, ADMIN, OTHER)


def test_disabled_user_cannot_log_in_and_last_admin_stays(ws):
    auth.add_user(ws, "can-bo", "officer", OTHER)
    auth.set_disabled(ws, "can-bo", True)
    with pytest.raises(AuthError) as e:
        auth.login(ws, "can-bo", OTHER)
    assert "vô hiệu hóa" in str(e.value)
    auth.login(ws, ADMIN, PASSWORD)
    with pytest.raises(ServiceError):
        auth.set_disabled(ws, ADMIN, True)
    auth.set_disabled(ws, "can-bo", False)
    auth.login(ws, "can-bo", OTHER)


def test_an_admin_changes_a_role_from_the_next_login_and_the_last_admin_stays(ws):
    auth.add_user(ws, "can-bo", "officer", OTHER)
    auth.set_role(ws, "can-bo", "reporter")
    row = ws.db.execute("SELECT role FROM users WHERE name = 'can-bo'").fetchone()
    assert row[0] == "reporter"
    entry = ws.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'role_changed' ORDER BY seq DESC"
    ).fetchone()
    assert "officer" in entry[0] and "reporter" in entry[0]
    with pytest.raises(ServiceError, match="không có; chọn"):
        auth.set_role(ws, "can-bo", "sep")
    with pytest.raises(ServiceError, match="cuối cùng"):
        auth.set_role(ws, ADMIN, "viewer")
    auth.set_role(ws, "can-bo", "admin")  # a second admin: now the first may step down
    auth.set_role(ws, ADMIN, "viewer")
    auth.login(ws, "can-bo", OTHER)
    with pytest.raises(ServiceError, match="cuối cùng"):
        auth.set_role(ws, "can-bo", "officer")
    auth.login(ws, ADMIN, PASSWORD)
    assert ws.role == "viewer"
    with pytest.raises(PermissionDenied):
        auth.set_role(ws, "can-bo", "officer")


def test_changing_a_password_rewraps_the_key_and_reencrypts_nothing(ws):
    service = RecordService(ws)
    p = service.create("person", plain(f.person()))
    before = ws.db.execute("SELECT full_name, id_number FROM persons").fetchone()
    auth.change_password(ws, PASSWORD, OTHER)
    assert ws.db.execute("SELECT full_name, id_number FROM persons").fetchone() == before
    with pytest.raises(AuthError):
        auth.login(ws, ADMIN, PASSWORD)
    auth.login(ws, ADMIN, OTHER)
    assert service.get("person", p["id"])["full_name"] == "Nguyễn Thị Hòa"


def test_an_admin_reset_gives_the_user_the_data_key(ws):
    service = RecordService(ws)
    p = service.create("person", plain(f.person()))
    auth.add_user(ws, "can-bo", "officer", OTHER)
    auth.reset_password(ws, "can-bo", "mat-khau-moi-cap-lai")
    auth.login(ws, "can-bo", "mat-khau-moi-cap-lai")
    assert service.get("person", p["id"])["id_number"] == "001190000001"


def test_recovery_key_opens_the_data_when_every_password_is_lost(ws):
    key = ws.new_recovery_key
    service = RecordService(ws)
    p = service.create("person", plain(f.person()))
    fresh = open_workspace(ws.path)
    try:
        with pytest.raises(AuthError):
            auth.recover_admin(fresh, key[:-5] + "00000", ADMIN, OTHER)
        auth.recover_admin(fresh, key.lower().replace("-", " "), ADMIN, OTHER)
        assert RecordService(fresh).get("person", p["id"])["full_name"] == "Nguyễn Thị Hòa"
        auth.login(fresh, ADMIN, OTHER)
    finally:
        fresh.close()


def test_settings_need_the_admin_and_are_audited(ws):
    ws.set_cutoff("calendar")
    assert ws.cutoff == "calendar"
    last = ws.db.execute("SELECT action, detail FROM audit_log ORDER BY seq DESC").fetchone()
    assert last[0] == "settings_changed" and "calendar" in last[1]
    as_user(ws, "can-bo", "officer")
    with pytest.raises(PermissionDenied):
        ws.set_cutoff("nd09")
