"""A database made before users existed: create its first admin before anything else."""

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
    show_error,
)
from pcmd_desktop.ui.i18n import tr


class SetupAdminDialog(QDialog):
    """Accepted with the admin created and logged in; `recovery_key` to show once."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.recovery_key: str | None = None
        self.setObjectName("dialog.setup_admin")
        self.setWindowTitle(tr("Tạo người quản trị"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Cơ sở dữ liệu của {0} chưa có người dùng nào. Hãy tạo "
                "người quản trị đầu tiên; người này thêm các cán bộ khác sau."
            ).format(workspace.unit_full_name())
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.rows = NewPasswordRows(form, "setup", name_key="admin")
        layout.addLayout(form)
        self.error_label = error_label("label.setup.error")
        layout.addWidget(self.error_label)
        buttons, _ok, _cancel = dialog_buttons(
            self, tr("&Tạo người quản trị"), "create_admin", tr("Thoát")
        )
        layout.addWidget(buttons)
        fit_width(self, 520)

    def accept(self) -> None:
        problem = self.rows.check()
        if problem:
            show_error(self.error_label, problem)
            return
        try:
            with busy():
                self.recovery_key = auth.setup_admin(
                    self.workspace, self.rows.name_text(), self.rows.password.text()
                )
        except (ServiceError, PasswordPolicyError) as e:
            show_error(self.error_label, str(e))
            return
        super().accept()
