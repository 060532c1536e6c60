"""Nộp và tổng hợp báo cáo: one period chosen at the top (or an ad hoc range of days,
"Đột xuất"), then a tab to send this unit's file upward (a unit with a parent), one to
receive the child units' files (a unit with children), one for the national DHIS2 (ADX
or JSON), one for the unit keys, and for an admin one to hand a merged unit's data over
to its successor (Bàn giao)."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QHBoxLayout, QTabWidget, QVBoxLayout, QWidget

from pcmd_desktop.domain.periods import Period
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.pages.exchange.dhis2_tab import Dhis2Tab
from pcmd_desktop.ui.pages.exchange.handover_tab import HandoverTab
from pcmd_desktop.ui.pages.exchange.keys_tab import KeysTab
from pcmd_desktop.ui.pages.exchange.receive_tab import ReceiveTab
from pcmd_desktop.ui.pages.exchange.send_tab import SendTab
from pcmd_desktop.ui.pages.reports.period_picker import PeriodPicker


def last_ended_month(workspace: Workspace) -> Period:
    """The month before the current one: the period usually sent and received."""
    current = workspace.current_period()
    return workspace.current_period(current.start - timedelta(days=1))


class ExchangePage(Page):
    name = "exchange"
    title = "Nộp và tổng hợp báo cáo"
    permission = Permission.READ

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.picker = PeriodPicker(last_ended_month(workspace))
        for widget, key in ((self.picker.kind_field, "period_kind"),
                            (self.picker.year_field, "year"),
                            (self.picker.part_field, "month"),
                            (self.picker.from_field, "from"),
                            (self.picker.to_field, "to")):  # fmt: skip
            widget.setObjectName(f"field.exchange.{key}")
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs.exchange")
        self.tabs.setDocumentMode(True)
        self.send: SendTab | None = None
        self.receive: ReceiveTab | None = None
        unit = workspace.unit
        if workspace.units.parent(unit) is not None:
            self.send = SendTab(workspace, self.picker.code)
            self.tabs.addTab(self.send, tr("Gửi cấp trên"))
        if workspace.units.children(unit.code):
            self.receive = ReceiveTab(workspace, self.picker.code)
            self.receive.imported.connect(self.changed)
            self.tabs.addTab(self.receive, tr("Nhận của cấp dưới"))
        self.dhis2 = Dhis2Tab(workspace, self.picker.code)
        self.tabs.addTab(self.dhis2, tr("Gửi DHIS2"))
        self.keys = KeysTab(workspace)
        self.tabs.addTab(self.keys, tr("Khóa đơn vị"))
        self.handover: HandoverTab | None = None
        if workspace.role == "admin":
            self.handover = HandoverTab(workspace)
            self.handover.imported.connect(lambda _report: self.changed.emit())
            self.tabs.addTab(self.handover, tr("Bàn giao"))
        top = QHBoxLayout()
        top.addWidget(heading(tr(self.title)))
        top.addStretch(1)
        top.addWidget(self.picker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self.picker.changed.connect(lambda _code: self._period_changed())
        # An ad hoc range typed wrong: each tab says why (the picker's code() refuses it).
        self.picker.invalid.connect(self._range_invalid)
        self._period_changed()

    def period_code(self) -> str:
        return self.picker.code()

    def _range_invalid(self, fault: str) -> None:
        """An ad hoc range typed wrong: said on every tab, nothing exported from it."""
        self.dhis2.refresh()  # says the fault (the picker refuses to give a code)
        if self.send is not None:
            show_error(self.send.error, fault)
            self.send.export_button.setEnabled(False)
        if self.receive is not None:
            self.receive.show_completeness()

    def _period_changed(self) -> None:
        if self.send is not None:  # again usable after a range typed wrong
            show_error(self.send.error, "")
            self.send.export_button.setEnabled(self.workspace.can(Permission.REPORTS))
        self.dhis2.refresh()
        if self.send is not None:
            self.send.refresh()
        if self.receive is not None:
            self.receive.show_completeness()

    def refresh(self) -> None:
        self._period_changed()
        self.keys.refresh()
