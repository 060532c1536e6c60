"""Backups and restores as users ask for them: allowed by role and audited."""

from __future__ import annotations

from datetime import datetime

import factories as f
import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.services import auth, backup_actions
from pcmd_desktop.services.errors import AuthError, PermissionDenied
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.workspace import WorkspaceError, open_workspace


def last_action(ws) -> tuple:
    return tuple(ws.db.execute("SELECT user, action FROM audit_log ORDER BY seq DESC").fetchone())


def test_backup_now_is_audited_and_needs_the_right(ws, tmp_path):
    made = backup_actions.backup_now(ws, tmp_path / "usb")
    assert made.parent == tmp_path / "usb" and made.exists()
    assert last_action(ws) == (ADMIN, "backup")
    auth.add_user(ws, "nguoi-xem", "viewer", "mat-khau-nguoi-xem")
    auth.login(ws, "nguoi-xem", "mat-khau-nguoi-xem")
    with pytest.raises(PermissionDenied):
        backup_actions.backup_now(ws, tmp_path / "usb")
    # ...but the daily backup on closing protects every role's work.
    assert backup_actions.backup_on_close(ws, tmp_path / "other", now=datetime.now())


def test_restore_needs_the_admin_and_is_logged_in_the_restored_database(ws, tmp_path):
    service = RecordService(ws)
    kept = service.create("activity", {k: v for k, v in f.activity().items() if k != "record"})
    made = backup_actions.backup_to_file(ws, tmp_path / "sao-luu.sqlite3")
    service.delete("activity", kept["id"])
    auth.add_user(ws, "can-bo", "officer", "mat-khau-can-bo-1")
    auth.login(ws, "can-bo", "mat-khau-can-bo-1")
    with pytest.raises(PermissionDenied):
        backup_actions.restore(ws, made)
    auth.login(ws, ADMIN, PASSWORD)
    path = ws.path
    aside = backup_actions.restore(ws, made)
    assert aside is not None and aside.exists()
    again = open_workspace(path)
    try:
        assert last_action(again) == (ADMIN, "restore_backup")
        auth.login(again, ADMIN, PASSWORD)
        assert again.counts()["activity"] == 1
        with pytest.raises(AuthError):  # the officer was added after the backup
            auth.login(again, "can-bo", "mat-khau-can-bo-1")
    finally:
        again.close()


def test_unlock_keeps_the_session_and_is_audited(ws):
    session = ws.session
    with pytest.raises(AuthError):
        auth.unlock(ws, "sai-mat-khau-roi")
    auth.unlock(ws, PASSWORD)
    assert ws.session is session and last_action(ws) == (ADMIN, "unlock")


def test_idle_minutes_are_the_admins_setting(ws):
    assert ws.idle_minutes == 10
    ws.set_idle_minutes(3)
    assert ws.idle_minutes == 3
    with pytest.raises(WorkspaceError):
        ws.set_idle_minutes(500)
    auth.add_user(ws, "can-bo", "officer", "mat-khau-can-bo-1")
    auth.login(ws, "can-bo", "mat-khau-can-bo-1")
    with pytest.raises(PermissionDenied):
        ws.set_idle_minutes(0)
