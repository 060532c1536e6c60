"""Thêm người dùng and Đặt lại mật khẩu: the admin's dialogs for other users."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.security.passwords import PasswordPolicyError
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import ROLE_LABELS, ROLES
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import (
    NewPasswordRows,
    busy,
    dialog_buttons,
    error_label,
    fit_width,
    show_error,
)
from pcmd_desktop.ui.i18n import tr


class _UserDialog(QDialog):
    def __init__(self, title: str, object_name: str, ok_text: str, parent: QWidget | None):
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error_label = error_label("label.user.error")
        self._buttons, self.ok_button, _cancel = dialog_buttons(self, ok_text, "save_user")

    def _finish_layout(self) -> None:
        self.layout_.addWidget(self.error_label)
        self.layout_.addWidget(self._buttons)
        fit_width(self, 460)

    def _run(self, call) -> None:
        problem = self.rows.check()
        if problem:
            show_error(self.error_label, problem)
            return
        try:
            with busy():
                call()
        except (ServiceError, PasswordPolicyError) as e:
            show_error(self.error_label, str(e))
            return
        super().accept()


class AddUserDialog(_UserDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(tr("Thêm người dùng"), "dialog.add_user", tr("&Thêm"), parent)
        self.workspace = workspace
        self.rows = NewPasswordRows(self.form, "user", name_key="name")
        self.role_field = QComboBox()
        self.role_field.setObjectName("field.user.role")
        self.role_field.setAccessibleName(tr("Vai trò"))
        for role in ROLES:
            self.role_field.addItem(tr(ROLE_LABELS[role]), role)
        self.role_field.setCurrentIndex(self.role_field.findData("officer"))
        self.form.insertRow(1, tr("Vai trò:"), self.role_field)
        self._finish_layout()

    def accept(self) -> None:
        self._run(lambda: auth.add_user(
            self.workspace, self.rows.name_text(), self.role_field.currentData(),
            self.rows.password.text(),
        ))  # fmt: skip


class ResetPasswordDialog(_UserDialog):
    def __init__(self, workspace: Workspace, user: str, parent: QWidget | None = None):
        super().__init__(tr("Đặt lại mật khẩu"), "dialog.reset_password", tr("Đặt &lại"), parent)
        self.workspace = workspace
        self.user = user
        self.form.addRow(QLabel(tr("Mật khẩu mới cho người dùng <b>{0}</b>:").format(user)))
        self.rows = NewPasswordRows(
            self.form, "user", password_key="new_password", password_label=tr("Mật khẩu mới:")
        )
        self._finish_layout()

    def accept(self) -> None:
        self._run(lambda: auth.reset_password(self.workspace, self.user, self.rows.password.text()))
