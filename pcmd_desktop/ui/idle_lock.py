"""Khóa màn hình: after some minutes without keyboard or mouse input the main window's
content is hidden and the logged-in user's password is asked again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import busy, error_label, fit_width, line_edit, show_error
from pcmd_desktop.ui.i18n import tr

MS_PER_MINUTE = 60_000
_INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin,
})  # fmt: skip


class IdleWatcher(QObject):
    """An application-wide event filter: `idle()` is called after `interval_ms` without
    input. An interval of 0 never fires."""

    def __init__(
        self, interval_ms: int, on_idle: Callable[[], None], parent: QObject | None = None
    ):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(on_idle)
        self.paused = False
        self.set_interval(interval_ms)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_interval(self, interval_ms: int) -> None:
        self.timer.stop()
        self.timer.setInterval(max(0, interval_ms))
        self.restart()

    def restart(self) -> None:
        if self.timer.interval() > 0 and not self.paused:
            self.timer.start()
        else:
            self.timer.stop()

    def pause(self) -> None:
        self.paused = True
        self.timer.stop()

    def resume(self) -> None:
        self.paused = False
        self.restart()

    def stop(self) -> None:
        self.pause()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.paused and event.type() in _INPUT_EVENTS and self.timer.interval() > 0:
            self.timer.start()
        return False


class LockDialog(QDialog):
    """The logged-in user's password again. Wrong tries follow the login lock-out;
    'Đăng xuất' ends the session instead (finished with LOGOUT)."""

    LOGOUT = 2

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("dialog.lock")
        self.setWindowTitle(tr("Màn hình đã khóa"))
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        layout = QVBoxLayout(self)
        text = QLabel(
            tr(
                "Màn hình đã khóa vì lâu không dùng. Người dùng <b>{0}</b> "
                "nhập lại mật khẩu để tiếp tục."
            ).format(workspace.actor)
        )
        text.setObjectName("label.lock.text")
        text.setWordWrap(True)
        layout.addWidget(text)
        form = QFormLayout()
        self.password_field = line_edit("field.lock.password", tr("Mật khẩu"), password=True)
        form.addRow(tr("&Mật khẩu:"), self.password_field)
        layout.addLayout(form)
        self.error_label = error_label("label.lock.error")
        layout.addWidget(self.error_label)
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(
            tr("&Mở khóa"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.unlock_button.setObjectName("action.unlock")
        self.unlock_button.setDefault(True)
        self.logout_button = buttons.addButton(
            tr("Đăng &xuất"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.logout_button.setObjectName("action.lock_logout")
        self.logout_button.setAutoDefault(False)
        self.logout_button.clicked.connect(lambda: self.done(self.LOGOUT))
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.password_field.setFocus()
        fit_width(self, 460)

    def accept(self) -> None:
        try:
            with busy():
                auth.unlock(self.workspace, self.password_field.text())
        except ServiceError as e:
            show_error(self.error_label, str(e))
            self.password_field.clear()
            self.password_field.setFocus()
            return
        super().accept()

    def reject(self) -> None:  # Esc does not unlock
        pass
