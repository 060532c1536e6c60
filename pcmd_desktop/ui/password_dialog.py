"""Đổi mật khẩu: the logged-in user changes their own password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QVBoxLayout, QWidget

from pcmd_desktop.security.passwords import PasswordPolicyError
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import (
    NewPasswordRows,
    busy,
    dialog_buttons,
    error_label,
    fit_width,
    line_edit,
    show_error,
)
from pcmd_desktop.ui.i18n import tr


class ChangePasswordDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("dialog.change_password")
        self.setWindowTitle(tr("Đổi mật khẩu"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.old_field = line_edit("field.password.old", tr("Mật khẩu hiện tại"), password=True)
        form.addRow(tr("Mật khẩu hiện tại:"), self.old_field)
        self.rows = NewPasswordRows(
            form, "password", password_key="new", password_label=tr("Mật khẩu mới:")
        )
        layout.addLayout(form)
        self.error_label = error_label("label.password.error")
        layout.addWidget(self.error_label)
        buttons, _ok, _cancel = dialog_buttons(self, tr("Đổi &mật khẩu"), "save_password")
        layout.addWidget(buttons)
        fit_width(self, 460)

    def accept(self) -> None:
        problem = "" if self.old_field.text() else tr("Hãy nhập mật khẩu hiện tại.")
        problem = problem or self.rows.check()
        if problem:
            show_error(self.error_label, problem)
            return
        try:
            with busy():
                auth.change_password(
                    self.workspace, self.old_field.text(), self.rows.password.text()
                )
        except (ServiceError, PasswordPolicyError) as e:
            show_error(self.error_label, str(e))
            return
        super().accept()
