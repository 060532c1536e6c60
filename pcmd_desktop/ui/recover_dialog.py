"""Quên mật khẩu: the recovery key from the printed sheet gives an admin a new password."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QVBoxLayout, QWidget

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


class RecoverAdminDialog(QDialog):
    """Accepted once the recovery worked and the admin is logged in."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("dialog.recover")
        self.setWindowTitle(tr("Khôi phục quyền quản trị"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Nhập khóa khôi phục in trên phiếu khôi phục, tên người quản trị và mật khẩu "
                "mới. Nếu tên chưa có, một người quản trị mới được tạo."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.key_field = line_edit("field.recover.key", tr("Khóa khôi phục"))
        form.addRow(tr("Khóa khôi phục:"), self.key_field)
        self.rows = NewPasswordRows(
            form, "recover", name_key="admin", name_label=tr("Tên người quản trị:"),
            password_label=tr("Mật khẩu mới:"),
        )  # fmt: skip
        layout.addLayout(form)
        self.error_label = error_label("label.recover.error")
        layout.addWidget(self.error_label)
        buttons, _ok, _cancel = dialog_buttons(self, tr("&Khôi phục"), "recover")
        layout.addWidget(buttons)
        fit_width(self, 520)

    def accept(self) -> None:
        problem = "" if self.key_field.text().strip() else tr("Hãy nhập khóa khôi phục.")
        problem = problem or self.rows.check()
        if problem:
            show_error(self.error_label, problem)
            return
        try:
            with busy():
                auth.recover_admin(
                    self.workspace, self.key_field.text(), self.rows.name_text(),
                    self.rows.password.text(),
                )  # fmt: skip
        except (ServiceError, PasswordPolicyError) as e:
            show_error(self.error_label, str(e))
            return
        super().accept()
