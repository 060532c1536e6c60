"""Đội tình nguyện: both tabs offer 'Nhập từ Excel…'; a roster naming its team by name is
previewed with the name as typed and imported. Synthetic data."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QMessageBox, QPushButton
from test_excel_import_dialog import fill, open_dialog, template
from ui_support import open_window, when_modal

from pcmd_desktop.services.records import RecordService

TEAM = "Đội tình nguyện phường Thử Nghiệm"


def test_both_tabs_offer_the_excel_import_and_a_roster_names_its_team(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace)
    page = window.page("volunteers")
    for name in ("volunteer_team", "volunteer_member"):
        button = page.panel(name).list.findChild(QPushButton, "action.import_excel")
        assert button is not None and button.text() == "Nhập từ Excel…", name
    team = RecordService(workspace).create("volunteer_team", {
        "unit": "00067", "name": TEAM, "established_on": "2017-06-01"})  # fmt: skip

    dialog = open_dialog(qtbot, workspace, "volunteer_member")
    path = fill(template(dialog, tmp_path), [
        {"team_id": "doi tinh nguyen phuong thu nghiem", "full_name": "Vũ Thị Thử Nghiệm",
         "role": "Đội phó", "joined_on": date(2018, 2, 3)}])  # fmt: skip
    preview = dialog.load_file(path)
    assert preview is not None and preview.ok, preview.problems
    team_column = list(preview.columns).index("team_id")
    assert dialog.table.item(0, team_column).text() == "doi tinh nguyen phuong thu nghiem"
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Ok).click())
    dialog.findChild(QPushButton, "action.import").click()
    rows = workspace.db.execute("SELECT team_id, role FROM volunteer_members").fetchall()
    assert rows == [(team["id"], "deputy")]
    window.close()
