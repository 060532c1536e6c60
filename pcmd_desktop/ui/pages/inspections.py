"""Kiểm tra cơ sở: the establishment register, the inspections, and the follow-ups due.

An establishment's form has its whole history below it: every inspection of it, newest
first. The follow-ups tab lists inspections that found faults and still await a hậu kiểm;
'Ghi hậu kiểm' opens a new inspection of the same establishment, marked as its follow-up.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pcmd_desktop.services.follow_ups import FOLLOW_UP_DAYS, count_due
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.records_page import RecordsPage
from pcmd_desktop.ui.records.record_list_view import RecordListView
from pcmd_desktop.ui.records.record_panel import RecordPanel

NO_MATCH = ("establishment_id", "")  # an establishment not chosen yet: no history


class InspectionsPage(RecordsPage):
    name = "inspections"
    title = "Kiểm tra cơ sở"
    tabs_spec = (("inspection", "Lần kiểm tra"), ("establishment", "Cơ sở kinh doanh"))

    def make_panel(self, kind_name: str) -> RecordPanel:
        if kind_name != "establishment":
            return super().make_panel(kind_name)
        self.history = RecordListView(self.workspace, "inspection", name="establishment_history",
                                      refers_to=NO_MATCH)  # fmt: skip
        history_box = QWidget()
        box = QVBoxLayout(history_box)
        box.setContentsMargins(8, 0, 8, 0)
        self.history_title = QLabel(tr("Lịch sử kiểm tra của cơ sở"))
        self.history_title.setObjectName("label.establishment_history.title")
        box.addWidget(self.history_title)
        box.addWidget(self.history, 1)
        self.history.filters.hide()
        self.history.setMinimumHeight(220)
        panel = RecordPanel(self.workspace, "establishment", below_form=history_box)
        panel.form.saved.connect(self._show_history)
        panel.list.current_changed.connect(lambda _key: self._show_history())
        self.history.table.opened.connect(self._open_history_row)
        return panel

    def add_tabs(self) -> None:
        due = QWidget()
        due.setObjectName("tab.follow_ups_due")
        self.due = RecordListView(self.workspace, "inspection", name="follow_ups_due",
                                  follow_ups_due=self.workspace.today())  # fmt: skip
        note = QLabel(tr("Các lần kiểm tra phát hiện vi phạm hoặc đã xử phạt, sau {0} ngày "
                         "chưa có lần hậu kiểm nào.").format(FOLLOW_UP_DAYS))  # fmt: skip
        note.setWordWrap(True)
        self.record_follow_up = QPushButton(tr("Ghi hậu kiểm cho lần kiểm tra đã chọn"))
        self.record_follow_up.setObjectName("action.record_follow_up")
        self.record_follow_up.clicked.connect(self.start_follow_up)
        self.due.table.opened.connect(self.start_follow_up)
        top = QHBoxLayout()
        top.addWidget(note, 1)
        top.addWidget(self.record_follow_up)
        layout = QVBoxLayout(due)
        layout.addLayout(top)
        layout.addWidget(self.due, 1)
        self.tabs.addTab(due, tr("Hậu kiểm đến hạn"))
        self.panel("inspection").form.saved.connect(lambda _k: self.due.refresh())

    def _show_history(self) -> None:
        key = self.panel("establishment").form.key
        self.history.set_fixed(refers_to=("establishment_id", key) if key else NO_MATCH)

    def _open_history_row(self) -> None:
        key = self.history.current_key()
        if key:
            self.open_inspection(key)

    def open_inspection(self, key: str) -> None:
        panel = self.show_panel("inspection")
        if panel.form.confirm_discard():
            panel.form.load(key)
            panel.list.select(key)

    def start_follow_up(self) -> None:
        """A new inspection of the chosen one's establishment, as its follow-up."""
        key = self.due.current_key()
        if not key:
            return
        panel = self.show_panel("inspection")
        if not panel.form.confirm_discard():
            return
        earlier = RecordService(self.workspace).get("inspection", key)
        panel.form.new()
        panel.form.editors["establishment_id"].set_value(earlier["establishment_id"])  # type: ignore[attr-defined]
        panel.form.editors["team_level"].set_value(earlier["team_level"])  # type: ignore[attr-defined]
        panel.form.editors["follow_up_of"].set_value(key)  # type: ignore[attr-defined]
        panel.focus_form()

    def refresh(self) -> None:
        super().refresh()
        self.due.refresh()

    @classmethod
    def badge(cls, workspace: Workspace) -> int:
        return count_due(workspace)
