"""Kế hoạch: choose the year, then its plan targets, the communes' model and assessment,
the communes' "lành mạnh" assessment sheets and the budget entries, one tab each."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import ask
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.pages.plan.assessment_tab import AssessmentTab
from pcmd_desktop.ui.pages.plan.status_tab import StatusTab
from pcmd_desktop.ui.pages.plan.targets_tab import TargetsTab
from pcmd_desktop.ui.records.record_panel import RecordPanel


class PlanPage(Page):
    name = "plan"
    title = "Kế hoạch"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        this_year = workspace.current_period().year
        self.year = QSpinBox()
        self.year.setObjectName("field.plan_target.year")
        self.year.setAccessibleName(tr("Năm kế hoạch"))
        self.year.setRange(2000, date.today().year + 1)
        self.year.setValue(this_year)
        self.targets = TargetsTab(workspace)
        self.statuses = StatusTab(workspace)
        self.assessment = AssessmentTab(workspace)
        self.budget = RecordPanel(workspace, "budget")
        self.panels = {"budget": self.budget}
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs.plan")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.targets, tr("Chỉ tiêu kế hoạch"))
        self.tabs.addTab(self.statuses, tr("Mô hình, xã phường lành mạnh"))
        self.tabs.addTab(self.assessment, tr("Chấm điểm lành mạnh"))
        self.tabs.addTab(self.budget, tr("Kinh phí"))
        top = QHBoxLayout()
        top.addWidget(heading(tr(self.title)))
        top.addStretch(1)
        top.addWidget(QLabel(tr("Năm:")))
        top.addWidget(self.year)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        self._shown_year = this_year
        self.year.valueChanged.connect(self._year_changed)
        self.targets.saved.connect(self.changed)
        self.statuses.saved.connect(self.changed)
        self.assessment.saved.connect(self._assessment_saved)
        self.budget.form.saved.connect(lambda _k: self.changed.emit())
        self.show_year(this_year)
        self._restore_assessment_draft()

    def _restore_assessment_draft(self) -> None:
        """A sheet left unsaved last time comes back, on its year and tab."""
        draft = self.assessment.load_draft()
        if draft is None or not self.year.minimum() <= draft["year"] <= self.year.maximum():
            return
        self.year.blockSignals(True)
        self.year.setValue(draft["year"])
        self.year.blockSignals(False)
        self.show_year(draft["year"])
        self.assessment.restore(draft)
        self.tabs.setCurrentWidget(self.assessment)

    def show_year(self, year: int) -> None:
        self._shown_year = year
        self.targets.show_year(year)
        self.statuses.show_year(year)
        self.assessment.show_year(year)

    def _assessment_saved(self) -> None:
        self.statuses.show_year(self._shown_year)  # its `clean` follows the sheet
        self.changed.emit()

    def _year_changed(self, year: int) -> None:
        if self.targets.is_dirty():
            answer = ask(
                self, tr("Chưa lưu"),
                tr("Chỉ tiêu năm {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển năm?").format(
                    self._shown_year),
                [(QMessageBox.StandardButton.Save, tr("Lưu")),
                 (QMessageBox.StandardButton.Discard, tr("Bỏ thay đổi")),
                 (QMessageBox.StandardButton.Cancel, tr("Tiếp tục sửa"))],
                name="dialog.unsaved")  # fmt: skip
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.targets.save()
            ):
                self.year.blockSignals(True)
                self.year.setValue(self._shown_year)
                self.year.blockSignals(False)
                return
        if not self.assessment.confirm_leave():
            self.year.blockSignals(True)
            self.year.setValue(self._shown_year)
            self.year.blockSignals(False)
            return
        self.show_year(year)

    def show_panel(self, name: str) -> RecordPanel:
        self.tabs.setCurrentWidget(self.budget)
        return self.budget

    def refresh(self) -> None:
        if not self.targets.is_dirty():
            self.targets.show_year(self._shown_year)
        self.statuses.show_year(self._shown_year)
        if not self.assessment.is_dirty():
            self.assessment.show_year(self._shown_year)
        if not self.budget.form.is_dirty():
            self.budget.list.refresh(keep=self.budget.form.key)

    def save_drafts(self) -> None:
        self.budget.save_draft()
        self.assessment.save_draft()
