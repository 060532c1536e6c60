"""Báo cáo đột xuất in the window: choose "Đột xuất (chọn khoảng ngày)", type the two days,
build the preview and see the range in it; a first day after the last is said; the
exchange page's picker sends the ad hoc file."""

from __future__ import annotations

import subprocess

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from ui_support import open_window

from pcmd_desktop.domain.periods import ADHOC
from pcmd_desktop.services.records import RecordService

RANGE = "2018-03-05..2018-04-10"


def type_date(qtbot, field: QLineEdit, text: str) -> None:
    """Type a day into a date field as a user would: select it all, type, Enter."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def choose_adhoc(qtbot, page, first: str, last: str) -> None:
    picker = page.picker
    picker.kind_field.setCurrentIndex(picker.kind_field.findData(ADHOC))
    type_date(qtbot, picker.from_field, first)
    type_date(qtbot, picker.to_field, last)


def test_an_ad_hoc_report_from_two_typed_days(qtbot, workspace):
    records = RecordService(workspace)
    est = records.create("establishment", {"name": "Karaoke Thử Nghiệm", "type": "karaoke",
                                           "address": "số 1 phố Thử"})  # fmt: skip
    for day in ("2018-03-04", "2018-03-05", "2018-04-10"):
        records.create("inspection", {"date": day, "establishment_id": est["id"],
                                      "team_level": "commune"})  # fmt: skip
    window = open_window(qtbot, workspace)
    page = window.page("reports")
    window.show_page(window.pages.index(page))
    picker = page.picker
    assert picker.kind_field.findText("Đột xuất (chọn khoảng ngày)") >= 0
    assert not picker.from_field.isVisibleTo(page)
    choose_adhoc(qtbot, page, "05/03/2018", "10/04/2018")
    for name, label in (("field.report.from", "Từ ngày"), ("field.report.to", "Đến ngày")):
        widget = page.findChild(QWidget, name)
        assert widget.isVisibleTo(page) and widget.accessibleName() == label
    assert picker.from_field.placeholderText() == "dd/mm/yyyy"
    assert not picker.year_field.isVisibleTo(page) and not picker.part_field.isVisibleTo(page)
    assert page.period.code == RANGE and page.period.is_adhoc
    assert page.dates.text() == (
        "Báo cáo đột xuất. Lũy kế từ đầu năm 2018: từ 15/12/2017 đến 10/04/2018")  # fmt: skip

    page.preview_button.click()
    qtbot.waitUntil(lambda: not page.preview.is_busy(), timeout=20_000)
    report = page.preview.report
    assert report.period.code == RANGE
    assert report.values["inspection.visits"].value == 2
    assert "từ ngày 05/03/2018 đến ngày 10/04/2018" in page.preview.info.text()
    text = subprocess.run(["pdftotext", str(page.preview.path), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    flat = " ".join(text.split())
    assert "(Báo cáo đột xuất. Số liệu từ ngày 05/03/2018 đến ngày 10/04/2018)" in flat


def test_a_first_day_after_the_last_is_said_and_kept_as_typed(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("reports")
    window.show_page(window.pages.index(page))
    choose_adhoc(qtbot, page, "05/03/2018", "10/04/2018")
    type_date(qtbot, page.picker.from_field, "20/04/2018")
    assert page.error.text().startswith("Từ ngày 20/04/2018 sau đến ngày 10/04/2018")
    assert page.picker.from_field.text() == "20/04/2018"  # not put back
    assert page.period.code == RANGE  # the last good range stays chosen
    assert page.build() is None  # nothing is built from a refused range
    type_date(qtbot, page.picker.to_field, "31/04/2018")
    assert page.error.text().startswith("Đến ngày '31/04/2018' không hợp lệ")
    type_date(qtbot, page.picker.to_field, "10/04/2018")
    type_date(qtbot, page.picker.from_field, "1/4/2018")
    assert page.period.code == "2018-04-01..2018-04-10" and not page.error.text()


def test_the_exchange_page_sends_an_ad_hoc_file(qtbot, workspace, tmp_path):
    window = open_window(qtbot, workspace)
    page = window.page("exchange")
    window.show_page(window.pages.index(page))
    picker = page.picker
    assert picker.from_field.objectName() == "field.exchange.from"
    assert picker.to_field.objectName() == "field.exchange.to"
    picker.kind_field.setCurrentIndex(picker.kind_field.findData(ADHOC))
    type_date(qtbot, picker.from_field, "05/03/2018")
    type_date(qtbot, picker.to_field, "10/04/2018")
    assert page.period_code() == RANGE
    type_date(qtbot, picker.to_field, "01/03/2018")  # before the first day: said, no export
    assert page.send.error.text().startswith("Từ ngày 05/03/2018 sau đến ngày 01/03/2018")
    assert not page.send.export_button.isEnabled()
    assert page.dhis2.error.text().startswith("Từ ngày 05/03/2018")
    type_date(qtbot, picker.to_field, "10/04/2018")
    assert page.send.export_button.isEnabled() and not page.send.error.text()
    result = page.send.export_to(tmp_path / "dx.pcmd")
    assert result is not None and result.period == RANGE
    assert RANGE in page.send.status.text()
