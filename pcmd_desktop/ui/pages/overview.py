"""Tổng quan: the database's unit, the current reporting period and how many records
of each kind it holds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.periods import format_date_vi
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import period_name, tr, tr_noop
from pcmd_desktop.ui.pages.base import Page, heading

COUNT_HEADERS = (tr_noop("Loại bản ghi"), tr_noop("Số bản ghi"))


def format_count(n: int) -> str:
    """1.234 — Vietnamese thousands separator."""
    return f"{n:,}".replace(",", ".")


class OverviewPage(Page):
    name = "overview"
    title = "Tổng quan"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(tr(self.title)))

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_label = self._value_label("label.overview.unit")
        self.level_label = self._value_label("label.overview.level")
        self.period_label = self._value_label("label.overview.period")
        form.addRow(tr("Đơn vị:"), self.unit_label)
        form.addRow(tr("Cấp:"), self.level_label)
        form.addRow(tr("Kỳ báo cáo hiện tại:"), self.period_label)
        layout.addLayout(form)

        layout.addSpacing(12)
        caption = QLabel(tr("Số bản ghi đang lưu (không tính bản ghi trong thùng rác):"))
        layout.addWidget(caption)
        self.counts_table = QTableWidget(0, len(COUNT_HEADERS))
        self.counts_table.setObjectName("table.overview.counts")
        self.counts_table.setAccessibleName(tr("Số bản ghi theo loại"))
        self.counts_table.setHorizontalHeaderLabels([tr(h) for h in COUNT_HEADERS])
        self.counts_table.verticalHeader().setVisible(False)
        self.counts_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.counts_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.counts_table.setAlternatingRowColors(True)
        rows = self.counts_table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.counts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.counts_table.setMaximumWidth(520)
        caption.setBuddy(self.counts_table)
        # The table grows up to the height of all its rows; the space left stays below it.
        layout.addWidget(self.counts_table, 1)
        layout.addStretch(0)
        self.refresh()

    @staticmethod
    def _value_label(object_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    def refresh(self) -> None:
        ws = self.workspace
        self.unit_label.setText(ws.unit_full_name())
        self.level_label.setText(tr(ws.unit.level_label))
        period = ws.current_period()
        self.period_label.setText(
            tr("{0} (từ {1} đến {2})").format(
                period_name(period), format_date_vi(period.start), format_date_vi(period.end)
            )
        )
        counts = ws.counts()
        table = self.counts_table
        table.setRowCount(len(counts))
        for row, (kind_name, n) in enumerate(counts.items()):
            kind = KINDS.get(kind_name)
            table.setItem(row, 0, QTableWidgetItem(tr(kind.label) if kind else kind_name))
            number = QTableWidgetItem(format_count(n))
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(row, 1, number)
        self._fit_table_height()

    def _fit_table_height(self) -> None:
        """No empty band under the last row; the table scrolls only when the window is
        too low for all its rows."""
        table = self.counts_table
        height = (
            table.horizontalHeader().sizeHint().height()
            + sum(table.rowHeight(r) for r in range(table.rowCount()))
            + 2 * table.frameWidth()
        )
        table.setMaximumHeight(height)
