"""What waits today: re-activated hotspots and follow-ups due, each a button that leads
to its page; for a district or city, the units below that have not sent last month's
report, which leads to the Nộp và tổng hợp page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout, QWidget

from pcmd_desktop.services.dashboard import Alerts
from pcmd_desktop.ui.i18n import period_name, tr

# Where each alert leads: a page name, and after ':' the objectName of the tab to bring
# forward on it (MainWindow.go_to).
REACTIVATED_TARGET = "hotspots:panel.hotspot"
FOLLOW_UPS_TARGET = "inspections:tab.follow_ups_due"
EXCHANGE_TARGET = "exchange"

_LINK_STYLE = (
    "QPushButton {{ text-align: left; border: none; padding: 2px 4px; color: {colour};"
    " text-decoration: underline; {weight} }}"
    "QPushButton:focus {{ background: #e8eef7; }}"
)
WAITING_STYLE = _LINK_STYLE.format(colour="#b3261e", weight="font-weight: bold;")
NOTHING_STYLE = _LINK_STYLE.format(colour="#0b57d0", weight="")


class AlertsBox(QGroupBox):
    go_to = Signal(str)

    def __init__(self, below_units: bool, parent: QWidget | None = None):
        super().__init__(tr("Cần chú ý"), parent)
        self.setObjectName("group.overview.alerts")
        self.reactivated = self._link("action.show_reactivated", REACTIVATED_TARGET,
                                      tr("Mở trang Tụ điểm"))  # fmt: skip
        self.follow_ups = self._link("action.show_follow_ups", FOLLOW_UPS_TARGET,
                                     tr("Mở danh sách hậu kiểm đến hạn"))  # fmt: skip
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        layout.addWidget(self.reactivated)
        layout.addWidget(self.follow_ups)
        # The units below a district or city that have not sent last month's report.
        self.pending_units: QPushButton | None = None
        if below_units:
            self.pending_units = self._link("action.show_pending_units", EXCHANGE_TARGET,
                                            tr("Mở trang Nộp và tổng hợp báo cáo"))  # fmt: skip
            layout.addWidget(self.pending_units)

    def _link(self, name: str, target: str, tip: str) -> QPushButton:
        button = QPushButton()
        button.setToolTip(tip)
        button.setObjectName(name)
        button.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        button.setFlat(True)
        button.clicked.connect(lambda: self.go_to.emit(target))
        return button

    def show_alerts(self, alerts: Alerts) -> None:
        for button, n, text in (
            (self.reactivated, alerts.reactivated_hotspots, tr("{0} tụ điểm tái hoạt động")),
            (self.follow_ups, alerts.follow_ups_due, tr("{0} lượt kiểm tra đến hạn hậu kiểm")),
        ):
            button.setText(text.format(n))
            button.setStyleSheet(WAITING_STYLE if n else NOTHING_STYLE)
            button.setAccessibleName(text.format(n))
        if self.pending_units is not None and alerts.missing_period is not None:
            n = alerts.missing_reports or 0
            text = tr("{0} đơn vị cấp dưới chưa nộp báo cáo {1}").format(
                n, period_name(alerts.missing_period)
            )
            self.pending_units.setText(text)
            self.pending_units.setAccessibleName(text)
            self.pending_units.setStyleSheet(WAITING_STYLE if n else NOTHING_STYLE)
