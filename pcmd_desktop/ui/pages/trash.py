"""Thùng rác: records moved to the recycle bin, newest first, and restoring them."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.services import trash
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.base import Page, heading

SHOWN = 5000  # newest deletions listed; older ones are reached by choosing a kind


def _when(stamp: str) -> str:
    return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")


class TrashPage(Page):
    name = "trash"
    title = "Thùng rác"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.items: list[trash.TrashItem] = []
        self.kind = QComboBox()
        self.kind.setObjectName("field.trash.kind")
        self.kind.setAccessibleName(tr("Loại bản ghi"))
        self.kind.addItem(tr("Mọi loại bản ghi"), None)
        for kind in RECORD_KINDS:
            self.kind.addItem(tr(kind.label), kind.name)
        self.kind.currentIndexChanged.connect(self.refresh)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("table.trash")
        self.table.setAccessibleName(tr("Bản ghi đã xóa"))
        self.table.setHorizontalHeaderLabels(
            [tr("Loại"), tr("Bản ghi"), tr("Xóa lúc"), tr("Người xóa")]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.restore_button = QPushButton(tr("Khôi phục bản ghi đã chọn"))
        self.restore_button.setObjectName("action.restore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.status = QLabel()
        self.status.setObjectName("label.trash.status")
        self.error = error_label("label.trash.problems")
        top = QHBoxLayout()
        top.addWidget(heading(tr(self.title)))
        top.addStretch(1)
        top.addWidget(self.kind)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.restore_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(QLabel(tr("Bản ghi bị xóa nằm ở đây và không được tính vào báo cáo; "
                                   "khôi phục để dùng lại.")))  # fmt: skip
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        # Parented now: a visible parentless button would be a window of its own.
        self.restore_button.setVisible(workspace.can(Permission.EDIT_RECORDS))
        self.refresh()

    def refresh(self) -> None:
        self.items = trash.deleted_records(self.workspace, self.kind.currentData(), limit=SHOWN)
        self.table.setRowCount(len(self.items))
        for r, item in enumerate(self.items):
            values = (
                tr(item.kind_label),
                item.label,
                _when(item.deleted_at),
                item.deleted_by or "",
            )
            for c, text in enumerate(values):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        self.status.setText(tr("{0} bản ghi trong thùng rác").format(len(self.items)))
        self.restore_button.setEnabled(bool(self.items))

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.items):
            return
        item = self.items[row]
        try:
            trash.restore(self.workspace, item.kind, item.key)
        except ServiceError as e:
            show_error(self.error, str(e))
            return
        show_error(self.error, "")
        self.refresh()
        self.status.setText(tr("Đã khôi phục: {0}").format(item.label))
        self.changed.emit()
