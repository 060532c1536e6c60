"""The city 178 team's own target through the window: the city types 60 on the row of the
establishments its team inspected (plan page), and the report's plan and % follow it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pcmd_desktop.services import plan
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.ui.pages.plan.targets_tab import TargetsTab

HANOI = "01"
CODE = "inspection.establishments_city_team"


def test_a_city_sets_its_teams_target_and_the_report_follows(qtbot, make_workspace):
    ws = make_workspace(HANOI, name="city.sqlite3")
    service = RecordService(ws)
    for name, level in (("Nhà nghỉ A", "city"), ("Karaoke B", "city"), ("Spa C", "district")):
        est = service.create("establishment", {"name": name, "type": "other", "unit": HANOI})
        service.create("inspection", {"date": "2018-03-10", "establishment_id": est["id"],
                                      "team_level": level, "unit": HANOI})  # fmt: skip
    # The plan page's targets tab (the whole page of a city also lists its 584 communes'
    # statuses: built alone here to keep the test short).
    tab = TargetsTab(ws)
    qtbot.addWidget(tab)
    tab.show()
    tab.show_year(2018)
    try:
        row = tab.rows[CODE]
        assert tab.table.item(row, 0).text() == (
            "Số cơ sở được Đội kiểm tra liên ngành 178 thành phố kiểm tra"
        )
        tab.set_target(CODE, "60")
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
        assert plan.targets(ws, 2018) == {CODE: 60}
        assert tab.typed()[CODE] == "60"

        # The report (as the Báo cáo page and pcmd report build it): plan and % follow.
        report = build_report(ws, "2018")
        value = report.values[CODE]
        assert (value.ytd, value.target) == (2, 60)  # the district team's visit is not in it
        assert round(value.achieved_pct, 1) == 3.3
        every = report.values["inspection.establishments"]
        assert (every.ytd, every.target) == (3, None)
    finally:
        tab.close()
