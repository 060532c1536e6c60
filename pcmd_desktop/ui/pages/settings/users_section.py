"""Người dùng (admins only): who may log in, with which role, and their state."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import ROLE_LABELS, ROLES
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.pages.settings.user_dialogs import AddUserDialog, ResetPasswordDialog

HEADERS = (tr_noop("Tên đăng nhập"), tr_noop("Vai trò"), tr_noop("Trạng thái"))


def state_text(user: auth.UserInfo) -> str:
    if user.disabled:
        return tr("Đã vô hiệu hóa")
    if user.locked:
        return tr("Tạm khóa (nhập sai mật khẩu)")
    return tr("Đang hoạt động")


class UsersSection(QGroupBox):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        # "Users" in English, where "Người dùng" elsewhere is "User": a context of its own.
        super().__init__(tr("Người dùng", "UsersSection"), parent)
        self.setObjectName("section.settings.users")
        self.workspace = workspace
        self.users: list[auth.UserInfo] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("table.settings.users")
        self.table.setAccessibleName(tr("Người dùng", "UsersSection"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(140)
        self.table.setMaximumHeight(170)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        layout.addWidget(self.table)

        row = QHBoxLayout()
        self.add_button = QPushButton(tr("&Thêm người dùng..."))
        self.add_button.setObjectName("action.add_user")
        self.add_button.clicked.connect(self.add_user)
        self.disable_button = QPushButton(tr("&Vô hiệu hóa"))
        self.disable_button.setObjectName("action.disable_user")
        self.disable_button.clicked.connect(self.toggle_disabled)
        self.reset_button = QPushButton(tr("Đặt lại &mật khẩu..."))
        self.reset_button.setObjectName("action.reset_password")
        self.reset_button.clicked.connect(self.reset_password)
        for button in (self.add_button, self.disable_button, self.reset_button):
            row.addWidget(button)
        row.addStretch(1)
        # Another role for the selected user, from their next login.
        self.role_box = QComboBox()
        self.role_box.setObjectName("field.user.role")
        self.role_box.setAccessibleName(tr("Vai trò"))
        for role in ROLES:
            self.role_box.addItem(tr(ROLE_LABELS[role]), role)
        self.role_button = QPushButton(tr("Đổi &vai trò"))
        self.role_button.setObjectName("action.change_role")
        self.role_button.setToolTip(tr("Vai trò mới có hiệu lực từ lần đăng nhập sau."))
        self.role_button.clicked.connect(self.change_role)
        row.addWidget(self.role_box)
        row.addWidget(self.role_button)
        layout.addLayout(row)
        self.error_label = error_label("label.settings.users_error")
        layout.addWidget(self.error_label)
        self.refresh()

    def refresh(self) -> None:
        self.users = auth.list_users(self.workspace)
        self.table.setRowCount(len(self.users))
        for r, user in enumerate(self.users):
            for c, text in enumerate((user.name, tr(user.role_label), state_text(user))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self._selection_changed()

    def selected_user(self) -> auth.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows else None

    def select_user(self, name: str) -> None:
        for r, user in enumerate(self.users):
            if user.name == name:
                self.table.selectRow(r)

    def _selection_changed(self) -> None:
        user = self.selected_user()
        for widget in (self.disable_button, self.reset_button, self.role_box, self.role_button):
            widget.setEnabled(user is not None)
        if user is not None:
            self.role_box.setCurrentIndex(self.role_box.findData(user.role))
        self.disable_button.setText(
            tr("&Kích hoạt") if user and user.disabled else tr("&Vô hiệu hóa")
        )

    def add_user(self) -> None:
        dialog = AddUserDialog(self.workspace, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()
            self.select_user(dialog.rows.name_text().lower())

    def toggle_disabled(self) -> None:
        user = self.selected_user()
        if user is not None:
            self._change(user, auth.set_disabled, not user.disabled)

    def change_role(self) -> None:
        user = self.selected_user()
        role = self.role_box.currentData()
        if user is not None and role != user.role:
            self._change(user, auth.set_role, role)

    def _change(self, user: auth.UserInfo, call, value: object) -> None:
        """`call(workspace, user, value)`; a refusal shows under the table, else the list
        is read again with the same user selected."""
        try:
            call(self.workspace, user.name, value)
        except ServiceError as e:
            show_error(self.error_label, str(e))
            return
        show_error(self.error_label, "")
        self.refresh()
        self.select_user(user.name)

    def reset_password(self) -> None:
        user = self.selected_user()
        if user is not None:
            ResetPasswordDialog(self.workspace, user.name, self).exec()
            self.refresh()
            self.select_user(user.name)
