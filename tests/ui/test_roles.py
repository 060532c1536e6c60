from __future__ import annotations

from ui_support import open_window

from pcmd_desktop.services import auth

VIEWER = "can-bo-xem"
VIEWER_PASSWORD = "mat-khau-chi-xem"


def as_viewer(workspace, role: str = "viewer") -> None:
    auth.add_user(workspace, VIEWER, role, VIEWER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, VIEWER, VIEWER_PASSWORD)


def test_viewer_sees_no_audit_page_nor_user_admin(qtbot, workspace):
    as_viewer(workspace)
    window = open_window(qtbot, workspace)
    assert not window.has_page("audit")
    assert window.has_page("persons")  # still there (a placeholder, no names)
    settings = window.page("settings")
    assert settings.users_section is None
    assert settings.findChild(type(settings), "section.settings.users") is None
    backup = settings.backup_section
    assert not backup.restore_button.isVisibleTo(settings)
    assert not backup.backup_button.isVisibleTo(settings)  # viewers do not make backups
    assert not settings.security_section.idle_field.isEnabled()
    assert window.status_user.text() == f"Người dùng: {VIEWER} (Chỉ xem)"


def test_officer_backs_up_but_does_not_restore(qtbot, workspace):
    as_viewer(workspace, "officer")
    window = open_window(qtbot, workspace)
    backup = window.page("settings").backup_section
    assert backup.backup_button.isVisibleTo(backup)
    assert not backup.restore_button.isVisibleTo(backup)
    assert not window.has_page("audit")


def test_admin_sees_audit_users_and_restore(qtbot, workspace):
    window = open_window(qtbot, workspace)
    assert [p.name for p in window.pages][-2:] == ["settings", "audit"]
    settings = window.page("settings")
    assert settings.users_section is not None
    assert settings.backup_section.restore_button.isVisibleTo(settings)
