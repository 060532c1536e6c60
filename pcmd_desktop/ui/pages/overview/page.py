"""Tổng quan: the database's unit and current reporting period, what waits today
(re-activated hotspots, follow-ups due), how far the chosen year's plan targets are, the
main work month by month, and how many records of each kind the database holds."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.periods import format_date_vi
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services import dashboard
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import period_name, tr, tr_noop
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.pages.overview.alerts import AlertsBox
from pcmd_desktop.ui.pages.overview.charts import TrendChart
from pcmd_desktop.ui.pages.overview.progress import PlanProgressView

COUNT_HEADERS = (tr_noop("Loại bản ghi"), tr_noop("Số bản ghi"))
FIRST_YEAR = 2000
MAX_LEFT_WIDTH = 420


def format_count(n: int) -> str:
    """1.234 — Vietnamese thousands separator."""
    return f"{n:,}".replace(",", ".")


class OverviewPage(Page):
    name = "overview"
    title = "Tổng quan"

    # Another page to show: its name, and after ':' the objectName of the tab to bring
    # forward on it (e.g. "inspections:tab.follow_ups_due"); the main window does it.
    go_to = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.today: date | None = None  # None: the real date (tests set another)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)

        self.year_box = QSpinBox()
        self.year_box.setObjectName("field.overview.year")
        self.year_box.setAccessibleName(tr("Năm kế hoạch xem tiến độ"))
        self.year_box.setRange(FIRST_YEAR, date.today().year + 5)
        self.year_box.setValue(workspace.current_period().year)
        self.year_box.setKeyboardTracking(False)  # typing 2018 is one change, not four
        self.year_box.valueChanged.connect(self.show_year)
        year_label = QLabel(tr("&Năm:"))
        year_label.setBuddy(self.year_box)
        top = QHBoxLayout()
        top.addWidget(heading(tr(self.title)))
        top.addStretch(1)
        top.addWidget(year_label)
        top.addWidget(self.year_box)
        layout.addLayout(top)

        body = QHBoxLayout()
        body.setSpacing(16)
        # A third of the width to the unit and counts, the rest to the plan and chart.
        body.addWidget(self._left_column(workspace), 1)
        body.addLayout(self._right_column(), 2)
        layout.addLayout(body, 1)
        self.refresh()

    def _left_column(self, workspace: Workspace) -> QWidget:
        column = QWidget()
        column.setMaximumWidth(MAX_LEFT_WIDTH)
        left = QVBoxLayout(column)
        left.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_label = self._value_label("label.overview.unit")
        self.level_label = self._value_label("label.overview.level")
        self.period_label = self._value_label("label.overview.period")
        form.addRow(tr("Đơn vị:"), self.unit_label)
        form.addRow(tr("Cấp:"), self.level_label)
        form.addRow(tr("Kỳ báo cáo hiện tại:"), self.period_label)
        left.addLayout(form)

        self.alerts = AlertsBox(below_units=bool(workspace.units.children(workspace.unit.code)))
        self.alerts.go_to.connect(self.go_to)
        left.addWidget(self.alerts)

        left.addSpacing(6)
        caption = QLabel(tr("Số bản ghi đang lưu (không tính bản ghi trong thùng rác):"))
        caption.setWordWrap(True)
        left.addWidget(caption)
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
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.counts_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        caption.setBuddy(self.counts_table)
        # The table grows up to the height of all its rows; the space left stays below it.
        left.addWidget(self.counts_table, 1)
        left.addStretch(0)
        return column

    def _right_column(self) -> QVBoxLayout:
        self.progress_box = QGroupBox()
        self.progress_box.setObjectName("group.overview.progress")
        self.progress = PlanProgressView()
        self.progress.go_to_plan.connect(lambda: self.go_to.emit("plan"))
        QVBoxLayout(self.progress_box).addWidget(self.progress)
        self.chart = TrendChart()
        right = QVBoxLayout()
        right.setSpacing(10)
        right.addWidget(self.progress_box, 4)
        right.addWidget(self.chart, 3)
        return right

    @staticmethod
    def _value_label(object_name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(object_name)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        return label

    @property
    def year(self) -> int:
        return self.year_box.value()

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
        self.alerts.show_alerts(dashboard.alerts(ws, self.today))
        self._show_counts()
        self.show_year()

    def show_year(self) -> None:
        """The plan progress and the monthly trend of the chosen year."""
        year = self.year
        ws = self.workspace
        self.progress_box.setTitle(tr("Tiến độ thực hiện kế hoạch năm {0}").format(year))
        self.progress.show_progress(year, dashboard.plan_progress(ws, year, self.today))
        self.chart.show_trend(year, dashboard.monthly_trend(ws, year))

    def _show_counts(self) -> None:
        counts = self.workspace.counts()
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
