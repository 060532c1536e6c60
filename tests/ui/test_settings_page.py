from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from ui_support import ADMIN, PASSWORD, open_window, when_modal

from pcmd_desktop.services import auth, backup
from pcmd_desktop.services.workspace import create_workspace, open_workspace
from pcmd_desktop.ui import preferences
from pcmd_desktop.ui.password_dialog import ChangePasswordDialog

NEW_USER = "nguyen.van.a"
NEW_PASSWORD = "mat-khau-can-bo-a"


def settings_page(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.show_page(window.pages.index(window.page("settings")))
    return window, window.page("settings")


def test_inputs_are_named(qtbot, workspace):
    _window, page = settings_page(qtbot, workspace)
    assert page.objectName() == "page.settings"
    for widget in (page.backup_section.folder_field, page.security_section.idle_field):
        assert widget.objectName().startswith("field.settings.")
        assert widget.accessibleName()
    assert page.backup_section.backup_button.objectName() == "action.backup_now"
    assert page.backup_section.restore_button.objectName() == "action.restore"
    users = page.users_section
    buttons = (users.add_button, users.disable_button, users.reset_button)
    assert [b.objectName() for b in buttons] == [
        "action.add_user",
        "action.disable_user",
        "action.reset_password",
    ]


def test_backup_now_writes_into_the_chosen_folder(qtbot, workspace, tmp_path):
    _window, page = settings_page(qtbot, workspace)
    section = page.backup_section
    folder = tmp_path / "usb"
    section.set_folder(folder)
    assert section.folder_field.text() == str(folder)
    assert preferences.backup_folder() == folder
    assert "Chưa có" in section.last_label.text()
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    made = backup.list_backups(folder)
    assert len(made) == 1
    backup.verify_backup(made[0].path)
    assert section.table.rowCount() == 1
    assert made[0].path.name in section.last_label.text()


def test_idle_minutes_setting_is_kept_and_applied(qtbot, workspace):
    window, page = settings_page(qtbot, workspace)
    field = page.security_section.idle_field
    assert field.value() == 10 and field.maximum() == 120 and field.minimum() == 0
    field.setValue(3)
    assert workspace.idle_minutes == 3
    assert window.idle.timer.interval() == 3 * 60_000
    field.setValue(0)
    assert not window.idle.timer.isActive()


def test_the_reporting_period_cut_is_changed_after_asking(qtbot, workspace):
    window, page = settings_page(qtbot, workspace)
    field = page.period_section.cutoff_field
    assert field.currentData() == "nd09" and field.isEnabled()
    before = window.status_period.toolTip()

    def answer(button_text: str):
        def press(box) -> None:
            for button in box.buttons():
                if button.text() == button_text:
                    button.click()

        when_modal(press)

    answer("Không đổi")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down)  # keyboard choice: activated, then asked
    assert workspace.cutoff == "nd09" and field.currentData() == "nd09"

    answer("Đổi")
    qtbot.keyClick(field, Qt.Key.Key_Down)
    assert workspace.cutoff == "calendar" and field.currentData() == "calendar"
    assert window.status_period.toolTip() != before  # the status bar follows at once
    assert window.status_period.toolTip().startswith("Từ 01/")
    detail = workspace.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'settings_changed' ORDER BY seq DESC"
    ).fetchone()[0]
    assert "calendar" in detail


def test_admin_adds_a_user_who_can_then_log_in(qtbot, workspace):
    _window, page = settings_page(qtbot, workspace)
    users = page.users_section

    def fill(dialog) -> None:
        dialog.rows.name.setText(NEW_USER)
        dialog.role_field.setCurrentIndex(dialog.role_field.findData("reporter"))
        dialog.rows.password.setText(NEW_PASSWORD)
        dialog.rows.repeat.setText(NEW_PASSWORD)
        qtbot.keyClick(dialog.rows.repeat, Qt.Key.Key_Return)

    when_modal(fill)
    qtbot.mouseClick(users.add_button, Qt.MouseButton.LeftButton)
    names = [users.table.item(r, 0).text() for r in range(users.table.rowCount())]
    assert NEW_USER in names
    assert users.selected_user().role_label == "Cán bộ báo cáo"

    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    assert users.selected_user().disabled
    assert users.disable_button.text().replace("&", "") == "Kích hoạt"
    qtbot.mouseClick(users.disable_button, Qt.MouseButton.LeftButton)
    assert not users.selected_user().disabled

    auth.logout(workspace)
    session = auth.login(workspace, NEW_USER, NEW_PASSWORD)
    assert session.role == "reporter"
    auth.logout(workspace)
    auth.login(workspace, ADMIN, PASSWORD)


def test_admin_changes_a_role_and_the_last_admin_keeps_hers(qtbot, workspace):
    auth.add_user(workspace, NEW_USER, "officer", NEW_PASSWORD)
    _window, page = settings_page(qtbot, workspace)
    users = page.users_section
    assert not users.role_button.isEnabled()  # nobody selected yet
    users.select_user(NEW_USER)
    assert users.role_box.currentData() == "officer"
    users.role_box.setFocus()
    qtbot.keyClick(users.role_box, Qt.Key.Key_Down)  # officer -> the next role down
    assert users.role_box.currentData() == "reporter"
    qtbot.mouseClick(users.role_button, Qt.MouseButton.LeftButton)
    assert users.selected_user().role == "reporter"
    assert users.table.item(users.table.currentRow(), 1).text() == "Cán bộ báo cáo"

    users.select_user(ADMIN)
    users.role_box.setCurrentIndex(users.role_box.findData("viewer"))
    qtbot.mouseClick(users.role_button, Qt.MouseButton.LeftButton)
    assert "cuối cùng" in users.error_label.text()
    assert users.selected_user().role == "admin"

    auth.logout(workspace)
    assert auth.login(workspace, NEW_USER, NEW_PASSWORD).role == "reporter"
    auth.logout(workspace)
    auth.login(workspace, ADMIN, PASSWORD)


def test_add_user_dialog_shows_a_weak_password(qtbot, workspace):
    _window, page = settings_page(qtbot, workspace)
    messages: list[str] = []

    def fill(dialog) -> None:
        dialog.rows.name.setText(NEW_USER)
        dialog.rows.password.setText("ngan")
        dialog.rows.repeat.setText("ngan")
        dialog.ok_button.click()
        messages.append(dialog.error_label.text())
        dialog.reject()

    when_modal(fill)
    page.users_section.add_user()
    assert "ít nhất" in messages[0]
    assert NEW_USER not in [u.name for u in auth.list_users(workspace)]


def test_change_password_dialog(qtbot, workspace):
    dialog = ChangePasswordDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.old_field.objectName() == "field.password.old"
    qtbot.keyClicks(dialog.old_field, "khong-phai-mat-khau")
    qtbot.keyClicks(dialog.rows.password, "mat-khau-moi-2019")
    qtbot.keyClicks(dialog.rows.repeat, "mat-khau-moi-2019")
    qtbot.keyClick(dialog.rows.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and "không đúng" in dialog.error_label.text()
    dialog.old_field.setText(PASSWORD)
    qtbot.keyClick(dialog.rows.repeat, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    auth.logout(workspace)
    auth.login(workspace, ADMIN, "mat-khau-moi-2019")


def test_another_units_backup_is_refused_before_asking_and_nothing_closes(
    qtbot, workspace, tmp_path
):
    other = create_workspace(tmp_path / "khac" / "pcmd.sqlite3", "00070", admin=ADMIN,
                             password=PASSWORD)  # fmt: skip
    try:
        foreign = backup.backup_to(other.db, tmp_path / "usb" / "pcmd-20190101-080000.sqlite3")
    finally:
        other.close()
    window, page = settings_page(qtbot, workspace)
    section = page.backup_section
    section.choose_backup_file = lambda: foreign
    asked: list[Path] = []
    section.confirm_restore = lambda path, check: asked.append(path) or True
    section.restore()
    assert asked == []  # refused before the question
    assert "00070" in section.error_label.text() and "đơn vị khác" in section.error_label.text()
    assert window.isVisible() and workspace.session is not None  # still working
    assert workspace.counts() is not None


def test_admin_restores_a_backup_and_the_program_closes(qtbot, workspace):
    window, page = settings_page(qtbot, workspace)
    section = page.backup_section
    made = section.backup_now()
    assert made is not None
    auth.add_user(workspace, NEW_USER, "viewer", NEW_PASSWORD)  # after the backup
    section.choose_backup_file = lambda: made
    section.confirm_restore = lambda path, check: True
    messages: list[str] = []

    def read_and_close(box) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(read_and_close)
    section.restore()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert "Đã khôi phục" in messages[0]
    assert list(backup.default_backup_dir(workspace.path).glob("*before-restore*"))
    restored = open_workspace(workspace.path)
    try:
        auth.login(restored, ADMIN, PASSWORD)
        assert NEW_USER not in [u.name for u in auth.list_users(restored)]
    finally:
        restored.close()
