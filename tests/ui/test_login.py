from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from ui_support import ADMIN, PASSWORD, open_window

from pcmd_desktop.services import auth
from pcmd_desktop.ui.login_dialog import LoginDialog
from pcmd_desktop.ui.main_window import MainWindow
from pcmd_desktop.ui.recover_dialog import RecoverAdminDialog


def login_dialog(qtbot, workspace) -> LoginDialog:
    auth.logout(workspace)
    dialog = LoginDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_login_dialog_is_named_and_shows_the_unit(qtbot, workspace):
    dialog = login_dialog(qtbot, workspace)
    assert dialog.objectName() == "dialog.login"
    assert dialog.user_field.objectName() == "field.login.user"
    assert dialog.password_field.objectName() == "field.login.password"
    assert dialog.password_field.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.login_button.objectName() == "action.login"
    assert dialog.login_button.isDefault()
    assert dialog.user_field.accessibleName() and dialog.password_field.accessibleName()
    assert dialog.forgot_button.text() == "Quên mật khẩu?"
    assert (
        dialog.findChild(type(dialog.error_label), "label.login.unit")
        .text()
        .count("Phường Chương Dương")
    )


def test_wrong_password_is_said_and_the_dialog_stays(qtbot, workspace):
    dialog = login_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.user_field, ADMIN)
    qtbot.keyClicks(dialog.password_field, "sai-mat-khau-roi")
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "không đúng" in dialog.error_label.text()
    assert "Còn 4 lần thử" in dialog.error_label.text()
    assert dialog.password_field.text() == ""
    assert workspace.session is None


def test_right_password_opens_the_main_window(qtbot, workspace):
    dialog = login_dialog(qtbot, workspace)
    qtbot.keyClicks(dialog.user_field, ADMIN)
    qtbot.keyClicks(dialog.password_field, PASSWORD)
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert workspace.actor == ADMIN
    window = open_window(qtbot, workspace)
    assert isinstance(window, MainWindow)
    assert window.has_page("audit")


def test_forgotten_password_is_recovered_with_the_key(qtbot, make_workspace, tmp_path):
    ws = make_workspace(name="khoi-phuc.sqlite3")
    key = ws.new_recovery_key
    auth.logout(ws)
    dialog = RecoverAdminDialog(ws)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.key_field, "SAI-KHOA")
    qtbot.keyClicks(dialog.rows.name, ADMIN)
    qtbot.keyClicks(dialog.rows.password, "mat-khau-moi-123")
    qtbot.keyClicks(dialog.rows.repeat, "mat-khau-moi-123")
    qtbot.keyClick(dialog.rows.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.error_label.text()
    dialog.key_field.setText(key)
    qtbot.keyClick(dialog.rows.repeat, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert ws.actor == ADMIN
    auth.logout(ws)
    auth.login(ws, ADMIN, "mat-khau-moi-123")
