"""Đội tình nguyện (plan II.3): the commune's volunteer social work teams and their members.

A team's form has below it, read-only, its members in being (no leaving date) and the
activities it ran; 'Thêm thành viên vào đội' opens a new member of that team. Members'
names, phones and notes are personal data: shown only to roles that may see them, like a
person's (services.record_list, services.records).
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.records_page import RecordsPage
from pcmd_desktop.ui.records.record_list_view import RecordListView
from pcmd_desktop.ui.records.record_panel import RecordPanel
from pcmd_desktop.ui.window_state import app_settings

NO_TEAM = ""  # a team not saved yet: nothing below its form
IN_BEING = (("status", "active"),)


# What the lists below a team's form show by default (the team itself goes without saying).
BELOW_MEMBERS = ("full_name", "role", "area", "joined_on")
BELOW_ACTIVITIES = ("date", "kind", "title", "participants")


def _only_columns(view: RecordListView, keys: tuple[str, ...]) -> None:
    """Hide the other columns, unless the user already chose this list's columns."""
    if app_settings().value(view._settings_key()) is not None:
        return
    for action, column in zip(view.columns_button.menu().actions(), view.model.columns,
                              strict=True):  # fmt: skip
        action.setChecked(column.key in keys)


class VolunteersPage(RecordsPage):
    name = "volunteers"
    title = "Đội tình nguyện"
    tabs_spec = (("volunteer_team", "Đội"), ("volunteer_member", "Thành viên"))

    def make_panel(self, kind_name: str) -> RecordPanel:
        if kind_name != "volunteer_team":
            return super().make_panel(kind_name)
        ws = self.workspace
        self.team_members = RecordListView(ws, "volunteer_member", name="team_members",
                                           refers_to=("team_id", NO_TEAM),
                                           equals=IN_BEING)  # fmt: skip
        self.team_activities = RecordListView(ws, "activity", name="team_activities",
                                              refers_to=("volunteer_team_id", NO_TEAM))  # fmt: skip
        below = QWidget()
        box = QVBoxLayout(below)
        box.setContentsMargins(8, 0, 8, 0)
        self.members_title = QLabel(tr("Thành viên đang tham gia"))
        self.members_title.setObjectName("label.team_members.title")
        self.add_member_button = QPushButton(tr("Thêm thành viên vào đội"))
        self.add_member_button.setObjectName("action.add_team_member")
        self.add_member_button.setAccessibleName(tr("Thêm thành viên vào đội"))
        self.add_member_button.clicked.connect(self.add_member)
        top = QHBoxLayout()
        top.addWidget(self.members_title, 1)
        top.addWidget(self.add_member_button)
        box.addLayout(top)
        # Only once it has a parent: a parentless widget shown is a window of its own.
        self.add_member_button.setVisible(ws.can(Permission.EDIT_RECORDS))
        box.addWidget(self.team_members, 1)
        self.activities_title = QLabel(tr("Hoạt động đội đã thực hiện"))
        self.activities_title.setObjectName("label.team_activities.title")
        box.addWidget(self.activities_title)
        box.addWidget(self.team_activities, 1)
        for view, keep in ((self.team_members, BELOW_MEMBERS),
                           (self.team_activities, BELOW_ACTIVITIES)):  # fmt: skip
            view.filters.hide()
            view.setMinimumHeight(160)
            _only_columns(view, keep)
        self.team_members.table.opened.connect(self._open_member)
        panel = RecordPanel(ws, "volunteer_team", below_form=below)
        panel.form.saved.connect(lambda _key: self._show_team())
        panel.list.current_changed.connect(lambda _key: self._show_team())
        self._show_team_of(None)
        return panel

    def add_tabs(self) -> None:
        # A member saved or removed changes the team's count and its list of members.
        members = self.panel("volunteer_member")
        members.form.saved.connect(lambda _key: self._members_changed())
        members.form.deleted.connect(lambda _key: self._members_changed())

    # The team's members and activities --------------------------------------------------
    def _show_team(self) -> None:
        self._show_team_of(self.panel("volunteer_team").form.key)

    def _show_team_of(self, key: str | None) -> None:
        self.team_members.set_fixed(refers_to=("team_id", key or NO_TEAM), equals=IN_BEING)
        self.team_activities.set_fixed(refers_to=("volunteer_team_id", key or NO_TEAM))
        self.add_member_button.setEnabled(bool(key))

    def _members_changed(self) -> None:
        teams = self.panel("volunteer_team")
        if not teams.form.is_dirty():
            teams.list.refresh(keep=teams.form.key)
        self.team_members.refresh()

    def _open_member(self) -> None:
        key = self.team_members.current_key()
        if not key:
            return
        panel = self.show_panel("volunteer_member")
        if panel.form.confirm_discard():
            panel.form.load(key)
            panel.list.select(key)

    def add_member(self) -> None:
        """A new member of the team whose form is open, on the Thành viên tab."""
        team = self.panel("volunteer_team").form.key
        if not team:
            return
        panel = self.show_panel("volunteer_member")
        if not panel.form.confirm_discard():
            return
        panel.form.new()
        panel.form.editors["team_id"].set_value(team)  # type: ignore[attr-defined]
        first = panel.form.editors.get("full_name") or panel.form.editors["team_id"]
        first.setFocus()

    def refresh(self) -> None:
        super().refresh()
        self.team_members.refresh()
        self.team_activities.refresh()
