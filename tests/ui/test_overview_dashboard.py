"""The overview's dashboard: plan progress of the chosen year, the monthly trend chart,
and the alerts leading to the hotspots and follow-ups pages."""

from __future__ import annotations

from datetime import date

from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressBar, QPushButton
from scenarios import reactivated_public_hotspot
from ui_support import open_window

from pcmd_desktop.services import plan
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.ui.pages.overview import OverviewPage
from pcmd_desktop.ui.pages.overview.progress import format_number, format_percent

TODAY = date(2018, 12, 31)


def add_inspections(workspace, days: list[str], **fields) -> list[str]:
    s = RecordService(workspace, today=TODAY)
    est = s.create("establishment", {"name": "Nhà nghỉ Thử", "type": "hotel"})["id"]
    return [
        s.create(
            "inspection", {"date": day, "establishment_id": est, "team_level": "commune", **fields}
        )["id"]
        for day in days
    ]


def overview(qtbot, workspace, year: int = 2018):
    window = open_window(qtbot, workspace)
    page = window.page("overview")
    assert isinstance(page, OverviewPage)
    page.year_box.setValue(year)
    return window, page


def test_numbers_are_written_the_vietnamese_way():
    assert format_number(1234) == "1.234"
    assert format_number(2.5) == "2,5"
    assert format_number(1234567.25) == "1.234.567,25"
    assert format_percent(85.46) == "85,5 %"
    assert format_percent(100.0) == "100 %"


def test_a_ceiling_passed_is_flagged_as_the_form_flags_it(qtbot, workspace):
    s = RecordService(workspace, today=TODAY)
    reactivated_public_hotspot(s, "2018-03-01")
    plan.set_targets(
        workspace, 2018, {"hotspot.public_reactivated": 0, "hotspot.complex_at_end": 3}, today=TODAY
    )
    _window, page = overview(qtbot, workspace, 2018)
    over = page.progress.rows["hotspot.public_reactivated"]
    assert over.value.text() == "1 / 0 tụ điểm"
    assert (over.behind, over.bar.format(), over.bar.value()) == (True, "Không đạt", 0)
    assert over.status.text() == "Không đạt (vượt chỉ tiêu)"
    assert "f1a7a1" in over.bar.styleSheet()
    within = page.progress.rows["hotspot.complex_at_end"]  # 1 of at most 3: kept
    assert (within.behind, within.bar.format(), within.status.text()) == (False, "Đạt", "Đạt")


def test_year_chooser_is_named_and_starts_at_the_current_year(qtbot, workspace):
    window = open_window(qtbot, workspace)
    box = window.page("overview").year_box
    assert box.objectName() == "field.overview.year"
    assert box.accessibleName()
    assert box.value() == workspace.current_period().year


def test_progress_rows_of_the_chosen_year(qtbot, workspace):
    # nd09 months: 20/01 and 21/01 are in month 2, 01/03 in month 3.
    add_inspections(workspace, ["2018-01-20", "2018-01-21", "2018-03-01"])
    plan.set_targets(workspace, 2018, {"inspection.visits": 12, "inspection.establishments": 1,
                                       "hotspot.reactivated": 0}, today=TODAY)  # fmt: skip
    window, page = overview(qtbot, workspace, 2018)
    assert page.progress_box.title() == "Tiến độ thực hiện kế hoạch năm 2018"
    rows = page.progress.rows
    # Catalogue order, whatever the order the targets were stored in.
    assert list(rows) == ["inspection.visits", "inspection.establishments",
                          "hotspot.reactivated"]  # fmt: skip

    visits = rows["inspection.visits"]
    assert visits.label.text() == "Số lượt kiểm tra cơ sở kinh doanh dịch vụ"
    assert visits.value.text() == "3 / 12 lượt"
    assert visits.bar.format() == "25 %"
    assert visits.bar.value() == visits.bar.maximum() // 4
    assert visits.behind  # the whole of 2018 is gone by: 3 of 12 is behind
    assert visits.status.text() == "Chậm so với tiến độ"
    assert visits.status.isVisible()
    assert "f1a7a1" in visits.bar.styleSheet()  # the red bar

    done = rows["inspection.establishments"]
    assert done.value.text() == "1 / 1 cơ sở"
    assert (done.behind, done.status.text(), done.bar.format()) == (False, "Đúng tiến độ", "100 %")
    assert "8fd19e" in done.bar.styleSheet()

    kept = rows["hotspot.reactivated"]
    assert kept.value.text() == "0 / 0 tụ điểm"
    assert (kept.behind, kept.bar.value()) == (False, kept.bar.maximum())
    assert {b.objectName() for b in page.findChildren(QProgressBar)} == {
        f"progress.{code}" for code in rows
    }
    assert not page.progress.empty_label.isVisible()

    page.year_box.setValue(2017)  # a year without a plan
    assert page.progress.rows == {}
    assert page.progress.empty_label.isVisible()
    assert page.progress.empty_label.text() == (
        "Chưa có chỉ tiêu kế hoạch cho năm 2017 — nhập ở trang Kế hoạch."
    )
    qtbot.mouseClick(page.progress.open_plan, Qt.MouseButton.LeftButton)
    assert window.current_page().name == "plan"


def test_over_the_target_the_bar_is_full_and_the_text_says_how_far(qtbot, workspace):
    add_inspections(workspace, ["2018-02-01", "2018-02-02", "2018-02-03"])
    plan.set_targets(workspace, 2018, {"inspection.visits": 2}, today=TODAY)
    _window, page = overview(qtbot, workspace)
    row = page.progress.rows["inspection.visits"]
    assert row.bar.value() == row.bar.maximum()
    assert row.bar.format() == "150 %"


def test_early_in_the_year_few_done_is_on_track(qtbot, workspace):
    add_inspections(workspace, ["2018-01-02"])
    plan.set_targets(workspace, 2018, {"inspection.visits": 12}, today=TODAY)
    window = open_window(qtbot, workspace)
    page = window.page("overview")
    page.today = date(2018, 1, 10)
    page.year_box.setValue(2018)
    assert not page.progress.rows["inspection.visits"].behind
    assert page.progress.rows["inspection.visits"].status.text() == "Đúng tiến độ"


def test_chart_holds_the_monthly_values(qtbot, workspace):
    add_inspections(workspace, ["2018-01-20", "2018-01-21", "2018-03-01"])
    _window, page = overview(qtbot, workspace)
    series = page.chart.series
    assert list(series) == ["inspection.visits", "hotspot.patrols", "support.persons_reached"]
    assert all(isinstance(s, QLineSeries) for s in series.values())
    visits = series["inspection.visits"]
    assert visits.name() == "Số lượt kiểm tra cơ sở kinh doanh dịch vụ"
    assert [p.y() for p in visits.points()] == [0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]
    assert [p.x() for p in visits.points()] == list(range(12))
    assert [p.y() for p in series["hotspot.patrols"].points()] == [0] * 12
    assert page.chart.months.categories() == [f"T{m}" for m in range(1, 13)]
    assert page.chart.values.labelFormat() == "%d"
    assert page.chart.values.max() >= 2
    assert page.chart.chart().title() == "Kết quả theo tháng năm 2018"
    legend = page.chart.legend_labels["support.persons_reached"].text()
    assert "Số người bán dâm được hỗ trợ" in legend

    page.year_box.setValue(2019)
    assert [p.y() for p in visits.points()] == [0] * 12


def test_reactivated_hotspot_alert_leads_to_the_hotspots_page(qtbot, workspace):
    s = RecordService(workspace, today=TODAY)
    hotspot = s.create("hotspot", {"name": "Khu vực bãi sông", "kind": "public_place",
                                   "identified_on": "2016-05-01",
                                   "eradicated_on": "2017-06-30"})["id"]  # fmt: skip
    window, page = overview(qtbot, workspace)
    button = page.findChild(QPushButton, "action.show_reactivated")
    assert button.text() == "0 tụ điểm tái hoạt động"
    s.create("patrol", {"date": "2018-04-02", "hotspot_id": hotspot, "result": "active",
                        "team": "Tổ 1"})  # fmt: skip
    window.show_page(1)
    window.show_page(0)  # coming back recounts
    assert button.text() == "1 tụ điểm tái hoạt động"
    hotspots = window.page("hotspots")
    hotspots.tabs.setCurrentIndex(1)  # the patrols
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_page().name == "hotspots"
    assert window.nav.currentRow() == window.pages.index(hotspots)
    assert hotspots.tabs.currentWidget().objectName() == "panel.hotspot"


def test_follow_ups_alert_leads_to_the_follow_ups_tab(qtbot, workspace):
    faults = [{"kind": "guest_register", "description": "Không ghi sổ khách"}]
    add_inspections(workspace, ["2018-03-10", "2018-04-10"], violations=faults)
    window, page = overview(qtbot, workspace)
    button = page.findChild(QPushButton, "action.show_follow_ups")
    assert button.text() == "2 lượt kiểm tra đến hạn hậu kiểm"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    inspections = window.current_page()
    assert inspections.name == "inspections"
    assert inspections.tabs.currentWidget().objectName() == "tab.follow_ups_due"


def test_a_commune_has_no_units_below_to_wait_for(qtbot, workspace):
    _window, page = overview(qtbot, workspace)
    assert page.alerts.pending_units is None


def test_a_district_counts_the_units_below_that_have_not_reported(qtbot, make_workspace):
    ws = make_workspace(unit="002", name="hoan-kiem.sqlite3")  # Quận Hoàn Kiếm
    window, page = overview(qtbot, ws)
    assert page.level_label.text() == "Quận, huyện"
    assert page.alerts.pending_units is not None
    missing = len(ws.units.children("002"))  # nothing received yet
    text = page.alerts.pending_units.text()
    assert text.startswith(f"{missing} đơn vị cấp dưới chưa nộp báo cáo tháng"), text
    assert page.alerts.pending_units.isVisible()
    window.close()  # backup and logout before the database is closed


def test_the_ceiling_words_are_those_of_the_printed_form():
    from pcmd_desktop.reports.form_text import CEILING_EXCEEDED, CEILING_KEPT
    from pcmd_desktop.ui.pages.overview.progress import CEILING_WORDS

    assert CEILING_WORDS == (CEILING_KEPT, CEILING_EXCEEDED)
