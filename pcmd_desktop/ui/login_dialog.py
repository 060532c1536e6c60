"""Đăng nhập: the login name and password; a wrong one is said inline and the dialog
stays open. 'Quên mật khẩu?' opens recovery with the recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import (
    busy,
    dialog_buttons,
    error_label,
    fit_width,
    line_edit,
    show_error,
)
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.recover_dialog import RecoverAdminDialog


class LoginDialog(QDialog):
    """Accepted once `workspace.session` is open."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName("dialog.login")
        self.setWindowTitle(tr("Đăng nhập — PCMD Desktop"))
        layout = QVBoxLayout(self)
        unit = QLabel(tr("Cơ sở dữ liệu của <b>{0}</b>").format(workspace.unit_full_name()))
        unit.setObjectName("label.login.unit")
        unit.setWordWrap(True)
        layout.addWidget(unit)

        form = QFormLayout()
        self.user_field = line_edit("field.login.user", tr("Tên đăng nhập"))
        self.password_field = line_edit("field.login.password", tr("Mật khẩu"), password=True)
        form.addRow(tr("&Tên đăng nhập:"), self.user_field)
        form.addRow(tr("&Mật khẩu:"), self.password_field)
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole).widget()
            if isinstance(label, QLabel):
                label.setBuddy(field)
        layout.addLayout(form)

        self.error_label = error_label("label.login.error")
        layout.addWidget(self.error_label)

        self.forgot_button = QPushButton(tr("Quên mật khẩu?"))
        self.forgot_button.setObjectName("action.forgot_password")
        self.forgot_button.setFlat(True)
        self.forgot_button.setAutoDefault(False)
        self.forgot_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forgot_button.setStyleSheet("color: #0645ad; text-decoration: underline;")
        self.forgot_button.clicked.connect(self.recover)
        layout.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)

        buttons, self.login_button, self.cancel_button = dialog_buttons(
            self, tr("Đăng &nhập"), "login", tr("Thoát")
        )
        layout.addWidget(buttons)
        self.user_field.setFocus()
        fit_width(self, 460)

    def accept(self) -> None:
        name = self.user_field.text().strip()
        if not name:
            show_error(self.error_label, tr("Hãy nhập tên đăng nhập."))
            self.user_field.setFocus()
            return
        try:
            with busy():
                auth.login(self.workspace, name, self.password_field.text())
        except ServiceError as e:
            show_error(self.error_label, str(e))
            self.password_field.clear()
            self.password_field.setFocus()
            return
        show_error(self.error_label, "")
        super().accept()

    def recover(self) -> None:
        dialog = RecoverAdminDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            super().accept()
