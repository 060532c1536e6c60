"""Đội tình nguyện through the window, as a commune officer would: a team typed and saved,
a member added to it, an activity run by it, all seen again below the team's form; dates
out of order refused under their field; a viewer sees no member's name. The sanction
form's authority and the inspection it follows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from records_support import fill, save_with_ctrl_s
from ui_support import open_window

from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordService

TEAM = "Đội tình nguyện Hồng Hà Thử"
MEMBER = "Lê Thị Tình Nguyện"
VIEWER, VIEWER_PASSWORD = "can-bo-xem", "mat-khau-chi-xem"


def volunteers_page(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page("volunteers")
    window.show_page(window.pages.index(page))
    return window, page


def rows(view) -> list[str]:
    model = view.model
    return [model.key_at(r) for r in range(model.rowCount())]


def live(workspace, table: str) -> list[tuple]:
    return workspace.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL").fetchall()


def test_team_member_and_activity_typed_saved_and_reopened(qtbot, workspace):
    window, page = volunteers_page(qtbot, workspace)
    assert page.objectName() == "page.volunteers"
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["Đội", "Thành viên"]
    teams = page.show_panel("volunteer_team")
    form = teams.form
    fill(qtbot, form, {"name": TEAM, "area": "Tổ 1 đến tổ 5", "established_on": "15/01/2017"})
    save_with_ctrl_s(qtbot, form)
    [(team_id,)] = live(workspace, "volunteer_teams")
    assert form.key == team_id and teams.list.current_key() == team_id
    assert page.add_member_button.isEnabled()

    # 'Thêm thành viên vào đội': a new member of this team, typed and saved.
    qtbot.mouseClick(page.add_member_button, Qt.MouseButton.LeftButton)
    members = page.panel("volunteer_member")
    assert page.tabs.currentWidget() is members
    assert members.form.editors["team_id"].value() == team_id
    fill(qtbot, members.form, {"full_name": MEMBER, "phone": "0900000001", "role": "Đội tr",
                               "joined_on": "01/02/2017"})  # fmt: skip
    # Leaving before joining is refused under its field, in Vietnamese.
    fill(qtbot, members.form, {"left_on": "01/01/2017"})
    save_with_ctrl_s(qtbot, members.form)
    assert live(workspace, "volunteer_members") == []
    error = members.form.errors["left_on"].text()
    assert "Ngày thôi tham gia (left_on): 01/01/2017 không được trước Ngày tham gia" in error
    fill(qtbot, members.form, {"left_on": ""})
    save_with_ctrl_s(qtbot, members.form)
    [(member_id,)] = live(workspace, "volunteer_members")
    stored = RecordService(workspace).get("volunteer_member", member_id)
    assert (stored["full_name"], stored["role"], stored["joined_on"]) == (
        MEMBER, "leader", "2017-02-01")  # fmt: skip

    # An activity run by the team: picked by typing part of its name.
    activities = window.page("activities")
    window.show_page(window.pages.index(activities))
    act = activities.show_panel("activity")
    qtbot.keyClick(act.form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    fill(qtbot, act.form, {"date": "08/03/2018", "kind": "Tuyên", "title": "Tuyên truyền tổ 3",
                           "volunteer_team_id": "hong ha"})  # fmt: skip
    save_with_ctrl_s(qtbot, act.form)
    [(activity_id,)] = live(workspace, "activities")
    assert RecordService(workspace).get("activity", activity_id)["volunteer_team_id"] == team_id

    # Back on the team: its member in being and its activity below the form, its counts
    # in the list.
    window.show_page(window.pages.index(page))
    teams = page.show_panel("volunteer_team")
    teams.list.select_row(0)
    assert form.key == team_id
    assert rows(page.team_members) == [member_id]
    assert rows(page.team_activities) == [activity_id]
    [row] = teams.list.model.records.rows(0, 1)
    assert (row.raw["members"], row.raw["activities"]) == (1, 1)
    # Reopened from the team's list of members: the member's form, the name shown.
    page.team_members.select_row(0)
    qtbot.keyClick(page.team_members.table, Qt.Key.Key_Return)
    assert page.tabs.currentWidget() is members
    assert members.form.key == member_id
    assert members.form.editors["full_name"].text() == MEMBER


def test_a_viewer_sees_no_member_names(qtbot, workspace):
    service = RecordService(workspace)
    team = service.create("volunteer_team", {"name": TEAM, "established_on": "2017-01-15"})
    member = service.create("volunteer_member", {"team_id": team["id"], "full_name": MEMBER,
                                                 "phone": "0900000009", "role": "member",
                                                 "joined_on": "2017-02-01"})  # fmt: skip
    auth.add_user(workspace, VIEWER, "viewer", VIEWER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, VIEWER, VIEWER_PASSWORD)
    _window, page = volunteers_page(qtbot, workspace)
    members = page.show_panel("volunteer_member")
    members.list.select_row(0)
    assert members.form.key == member["id"]
    assert not {"full_name", "phone", "note"} & members.form.editors.keys()
    model = members.list.model
    shown = " ".join(
        str(model.data(model.index(r, c))) for r in range(model.rowCount())
        for c in range(model.columnCount())
    )  # fmt: skip
    assert MEMBER not in shown and "0900000009" not in shown and "Đội viên" in shown
    assert not members.form.save_button.isVisible()
    # Its columns are remembered apart from those of a role that sees the names.
    assert members.list._settings_key() == "lists/volunteer_member/header-redacted"
    teams = page.show_panel("volunteer_team")
    teams.list.select_row(0)
    assert rows(page.team_members) == [member["id"]]
    assert not page.add_member_button.isVisible()


def test_the_sanction_form_names_its_authority_and_inspection(qtbot, workspace):
    service = RecordService(workspace)
    est = service.create("establishment", {"name": "Nhà nghỉ Sao Thử", "type": "guesthouse"})
    insp = service.create("inspection", {"date": "2018-03-10", "establishment_id": est["id"],
                                         "team_level": "city"})  # fmt: skip
    window = open_window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page("sanctions")
    window.show_page(window.pages.index(page))
    panel = page.show_panel("sanction")
    form = panel.form
    authority = form.editors["authority"]
    assert authority.objectName() == "field.sanction.authority"
    assert form.editors["inspection_id"].objectName() == "field.sanction.inspection_id"
    qtbot.keyClick(form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    # Typed in steps: the picker's list of suggestions may leave the window inactive
    # under the offscreen platform, and Tab then goes nowhere.
    for values in ({"date": "12/03/2018", "role": "Chủ", "fine_vnd": "7500000"},
                   {"establishment_id": "sao thu"}, {"authority": "↓"},
                   {"inspection_id": "sao thu"}):  # fmt: skip
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        fill(qtbot, form, values)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    save_with_ctrl_s(qtbot, form)
    [(sanction_id,)] = live(workspace, "sanctions")
    stored = RecordService(workspace).get("sanction", sanction_id)
    assert (stored["authority"], stored["inspection_id"]) == ("city_team", insp["id"])
    labels = [c.label for c in panel.list.model.columns]
    assert "Người ra quyết định" in labels
    column = labels.index("Người ra quyết định")
    assert panel.list.model.data(panel.list.model.index(0, column)) == "Đội 178 thành phố"
