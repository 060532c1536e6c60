"""Kế hoạch: choose the year, then its plan targets, the communes' model and assessment,
the communes' "lành mạnh" assessment sheets and the budget entries, one tab each. What is
typed and not saved is never dropped silently: leaving the year asks, and at exit it is
kept as an encrypted draft (services.drafts) and put back next time."""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services import drafts
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import may_leave
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.pages.plan.assessment_tab import AssessmentTab
from pcmd_desktop.ui.pages.plan.status_tab import StatusTab
from pcmd_desktop.ui.pages.plan.targets_tab import TargetsTab
from pcmd_desktop.ui.records.record_panel import RecordPanel

DRAFT = "plan.year_tabs"  # what the year's tabs held, not saved, when the window closed


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
        self._restore_drafts()

    def _restore_drafts(self) -> None:
        """What was left unsaved last time comes back, on its year (one year for all the
        tabs: the year is not left with a tab changed) and on the tab it was typed in."""
        draft = None
        with contextlib.suppress(ServiceError):  # a role without drafts has none
            draft = drafts.load_draft(self.workspace, DRAFT)
        year = draft.get("year") if isinstance(draft, dict) else None
        if not isinstance(year, int) or not self.year.minimum() <= year <= self.year.maximum():
            return
        self.year.blockSignals(True)
        self.year.setValue(year)
        self.year.blockSignals(False)
        self.show_year(year)
        restored = tr("Đã khôi phục những gì chưa lưu từ lần trước. Kiểm tra lại rồi bấm Lưu.")
        if isinstance(draft.get("statuses"), dict):
            self.statuses.restore_rows(draft["statuses"])
            self.statuses.status.setText(restored)
            self.tabs.setCurrentWidget(self.statuses)
        if isinstance(draft.get("targets"), dict):
            for code, text in draft["targets"].items():
                if code in self.targets.rows:
                    self.targets.set_target(code, str(text))
            self.targets.status.setText(restored)
            self.tabs.setCurrentWidget(self.targets)
        if isinstance(draft.get("sheet"), dict):
            self.assessment.restore(draft["sheet"])
            self.tabs.setCurrentWidget(self.assessment)

    def show_year(self, year: int) -> None:
        self._shown_year = year
        self.targets.show_year(year)
        self.statuses.show_year(year)
        self.assessment.show_year(year)

    def _assessment_saved(self) -> None:
        self.statuses.follow_sheets()  # its `clean` follows the sheet; typed rows stay
        self.changed.emit()

    def _year_changed(self, year: int) -> None:
        questions = (
            (self.targets, tr("Chỉ tiêu năm {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển năm?")),
            (self.statuses, tr("Mô hình, đánh giá năm {0} đã sửa nhưng chưa lưu. Lưu trước khi "
                               "chuyển năm?")),
        )  # fmt: skip
        may = all(
            may_leave(self, question.format(self._shown_year), dirty=tab.is_dirty(), save=tab.save)
            for tab, question in questions
        )
        if not may or not self.assessment.confirm_leave():
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
        if not self.statuses.is_dirty():
            self.statuses.show_year(self._shown_year)
        if not self.assessment.is_dirty():
            self.assessment.show_year(self._shown_year)
        if not self.budget.form.is_dirty():
            self.budget.list.refresh(keep=self.budget.form.key)

    # Drafts: what was typed in the tabs but not saved when the window closed --------------

    def save_drafts(self) -> None:
        self.budget.save_draft()
        typed: dict = {}
        if self.targets.is_dirty():
            typed["targets"] = self.targets.typed()
        if self.statuses.is_dirty():
            typed["statuses"] = self.statuses.typed_rows()
        sheet = self.assessment.draft_state()
        if sheet is not None:
            typed["sheet"] = sheet
        with contextlib.suppress(ServiceError):  # a role without drafts keeps nothing
            if typed:
                drafts.save_draft(self.workspace, DRAFT, {"year": self._shown_year, **typed})
            else:
                drafts.discard_draft(self.workspace, DRAFT)
