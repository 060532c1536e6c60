"""Nhật ký truy cập: who did what, when, filtered; and the check that nobody changed it."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.services import audit_log, auth
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import busy
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.models.audit_model import EXTRA_KINDS, AuditModel
from pcmd_desktop.ui.pages.base import Page, heading

ALL = tr_noop("Tất cả")


class AuditPage(Page):
    name = "audit"
    title = "Nhật ký truy cập"
    permission = Permission.AUDIT

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(tr(self.title)))

        grid = QGridLayout()
        self.user_field = self._combo("field.audit.user", tr("Người dùng"))
        self.kind_field = self._combo("field.audit.kind", tr("Loại bản ghi"))
        for kind in RECORD_KINDS:
            self.kind_field.addItem(tr(kind.label), kind.name)
        for name, label in EXTRA_KINDS.items():
            self.kind_field.addItem(tr(label), name)
        self.key_field = QLineEdit()
        self.key_field.setObjectName("field.audit.record_key")
        self.key_field.setAccessibleName(tr("Mã bản ghi"))
        self.key_field.setClearButtonEnabled(True)
        self.key_field.returnPressed.connect(self.apply_filter)
        self.from_check, self.date_from = self._date("date_from", tr("Từ ngày"), tr("Lọc từ ngày"))
        self.to_check, self.date_to = self._date("date_to", tr("Đến ngày"), tr("Lọc đến ngày"))
        grid.addWidget(QLabel(tr("Người dùng:")), 0, 0)
        grid.addWidget(self.user_field, 0, 1)
        grid.addWidget(QLabel(tr("Loại bản ghi:")), 0, 2)
        grid.addWidget(self.kind_field, 0, 3)
        grid.addWidget(QLabel(tr("Mã bản ghi:")), 0, 4)
        grid.addWidget(self.key_field, 0, 5)
        grid.addWidget(self.from_check, 1, 0)
        grid.addWidget(self.date_from, 1, 1)
        grid.addWidget(self.to_check, 1, 2)
        grid.addWidget(self.date_to, 1, 3)
        self.filter_button = QPushButton(tr("&Lọc"))
        self.filter_button.setObjectName("action.filter")
        self.filter_button.clicked.connect(self.apply_filter)
        grid.addWidget(self.filter_button, 1, 5, Qt.AlignmentFlag.AlignLeft)
        grid.setColumnStretch(5, 1)
        layout.addLayout(grid)

        self.model = AuditModel(workspace, parent=self)
        self.table = QTableView()
        self.table.setObjectName("table.audit")
        self.table.setAccessibleName(tr("Các mục nhật ký"))
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("label.audit.count")
        bottom.addWidget(self.count_label)
        self.more_button = QPushButton(tr("Tải thêm"))
        self.more_button.setObjectName("action.load_more")
        self.more_button.clicked.connect(self.load_more)
        bottom.addWidget(self.more_button)
        bottom.addStretch(1)
        self.verify_button = QPushButton(tr("Kiểm tra tính toàn vẹn"))
        self.verify_button.setObjectName("action.verify_audit")
        self.verify_button.clicked.connect(self.verify)
        bottom.addWidget(self.verify_button)
        layout.addLayout(bottom)
        self.verify_label = QLabel()
        self.verify_label.setObjectName("label.audit.verify")
        self.verify_label.setWordWrap(True)
        layout.addWidget(self.verify_label)
        self._loaded = False

    def _combo(self, object_name: str, accessible: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(object_name)
        combo.setAccessibleName(accessible)
        combo.addItem(tr(ALL), None)
        combo.setMinimumContentsLength(14)
        return combo

    def _date(self, key: str, text: str, filter_text: str) -> tuple[QCheckBox, QDateEdit]:
        check = QCheckBox(f"{text}:")
        check.setObjectName(f"field.audit.{key}_enabled")
        check.setAccessibleName(filter_text)
        edit = QDateEdit(QDate.currentDate())
        edit.setObjectName(f"field.audit.{key}")
        edit.setAccessibleName(text)
        edit.setDisplayFormat("dd/MM/yyyy")
        edit.setCalendarPopup(True)
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        return check, edit

    def _fill_users(self) -> None:
        current = self.user_field.currentData()
        self.user_field.blockSignals(True)
        self.user_field.clear()
        self.user_field.addItem(tr(ALL), None)
        for user in auth.list_users(self.workspace):
            self.user_field.addItem(f"{user.name} ({tr(user.role_label)})", user.name)
        index = self.user_field.findData(current)
        self.user_field.setCurrentIndex(max(index, 0))
        self.user_field.blockSignals(False)

    def filters(self) -> dict:
        return {
            "user": self.user_field.currentData(),
            "kind": self.kind_field.currentData(),
            "record_key": self.key_field.text().strip() or None,
            "date_from": self.date_from.date().toString("yyyy-MM-dd")
            if self.from_check.isChecked() else None,
            "date_to": self.date_to.date().toString("yyyy-MM-dd")
            if self.to_check.isChecked() else None,
        }  # fmt: skip

    def refresh(self) -> None:
        self._fill_users()
        self.apply_filter()

    def apply_filter(self) -> None:
        with busy():
            self.model.load(**self.filters())
        self._after_load()
        if not self._loaded:
            self.table.resizeColumnsToContents()
            self._loaded = True

    def load_more(self) -> None:
        with busy():
            self.model.load_more()
        self._after_load()

    def _after_load(self) -> None:
        n = self.model.rowCount()
        more = " " + tr("(còn nữa)") if self.model.has_more else ""
        self.count_label.setText(tr("Đang hiện {0} mục{1}.").format(n, more))
        self.more_button.setEnabled(self.model.has_more)

    def verify(self) -> None:
        with busy():
            check = audit_log.verify_log(self.workspace)
        if check.ok:
            text = tr("Nhật ký nguyên vẹn: {0} mục, không mục nào bị sửa hoặc xóa.").format(
                check.entries
            )
            self.verify_label.setStyleSheet("color: #1b5e20;")
        else:
            text = tr(
                "Nhật ký KHÔNG nguyên vẹn: mục số {0} — {1}. Hãy báo cho người có trách nhiệm."
            ).format(check.first_bad, check.reason)
            self.verify_label.setStyleSheet("color: #b00020; font-weight: bold;")
        self.verify_label.setText(text)
