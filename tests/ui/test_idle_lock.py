from __future__ import annotations

from PySide6.QtCore import Qt
from ui_support import ADMIN, PASSWORD, open_window

from pcmd_desktop.ui.idle_lock import LockDialog


def test_idle_window_locks_and_unlocks_with_the_password(qtbot, workspace):
    window = open_window(qtbot, workspace, idle_interval_ms=50)
    qtbot.waitUntil(window.is_locked, timeout=3000)
    dialog = window.lock_dialog
    assert dialog.objectName() == "dialog.lock"
    assert not window.centralWidget().isVisible()  # the content is hidden
    assert dialog.password_field.objectName() == "field.lock.password"
    assert dialog.unlock_button.objectName() == "action.unlock"

    qtbot.keyClicks(dialog.password_field, "sai-mat-khau-roi")
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    assert window.is_locked() and dialog.isVisible()
    assert "không đúng" in dialog.error_label.text()
    assert not window.centralWidget().isVisible()

    qtbot.keyClicks(dialog.password_field, PASSWORD)
    qtbot.keyClick(dialog.password_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.is_locked())
    assert window.centralWidget().isVisible()
    assert workspace.actor == ADMIN


def test_input_restarts_the_idle_timer(qtbot, workspace):
    window = open_window(qtbot, workspace, idle_interval_ms=60_000)
    timer = window.idle.timer
    assert timer.isActive()
    timer.stop()
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert timer.isActive() and timer.remainingTime() > 59_000
    timer.stop()
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton)
    assert timer.isActive()


def test_ctrl_l_locks_and_logout_from_the_lock_closes(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.lock_action.trigger()
    assert window.is_locked()
    assert window.lock_dialog.isModal()
    qtbot.keyClick(window.lock_dialog, Qt.Key.Key_Escape)
    assert window.is_locked()  # Esc does not unlock
    window.lock_dialog.logout_button.click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.wants_login and workspace.session is None


def test_idle_minutes_zero_never_locks(qtbot, workspace):
    window = open_window(qtbot, workspace, idle_interval_ms=0)
    assert not window.idle.timer.isActive()
    assert isinstance(LockDialog.LOGOUT, int)
