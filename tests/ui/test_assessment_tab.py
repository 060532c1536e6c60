"""Kế hoạch › Chấm điểm lành mạnh: scores typed with the keyboard, the live total and
result, saving, reopening; the commune status then shows `clean` following the sheet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QSpinBox
from records_support import press_shortcut, type_into
from ui_support import ADMIN, PASSWORD, open_window, when_modal

from pcmd_desktop.services import auth
from pcmd_desktop.services.assessment import sheet

UNIT = "00067"
TYPED = {"score_no_hotspot": "30", "score_propaganda": "15", "score_business_control": "12",
         "score_support": "10", "score_volunteer": "8", "score_leadership": "10"}  # fmt: skip


def _tab(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page("plan")
    window.show_page(window.pages.index(page))
    page.year.setValue(2018)
    page.tabs.setCurrentWidget(page.assessment)
    return window, page, page.assessment


def test_type_the_sheet_see_the_total_save_and_reopen(qtbot, workspace):
    window, page, tab = _tab(qtbot, workspace)
    assert tab.title.text() == "Phiếu chấm điểm năm 2018: Phường Chương Dương"
    assert tab.status.text() == "Chưa có phiếu chấm điểm năm 2018."
    assert tab.total.text() == "Tổng điểm: 0/100"
    assert not tab.commune.isVisible()  # a commune's own database: nothing to choose
    for field, text in TYPED.items():
        spin = tab.findChild(QSpinBox, f"field.commune_assessment.{field}")
        type_into(qtbot, spin, text)
    assert tab.total.text() == "Tổng điểm: 85/100"
    assert tab.result.text() == "Kết quả: Đạt xã, phường lành mạnh"
    # The no-hotspot criterion not full: 80 points, yet not clean, and it says why.
    type_into(qtbot, tab.scores["score_no_hotspot"], "25")
    assert tab.total.text() == "Tổng điểm: 80/100"
    assert tab.result.text() == (
        "Kết quả: Chưa đạt: tiêu chí «Không phát sinh tụ điểm, tệ nạn mại dâm trên địa bàn» "
        "chưa đạt đủ điểm (25/30)"
    )
    type_into(qtbot, tab.scores["score_no_hotspot"], "30")
    # Without the date the sheet is refused, naming the field.
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert "Ngày chấm điểm (assessed_on)" in tab.error.text() and tab.error.isVisible()
    assert sheet(workspace, UNIT, 2018) is None
    type_into(qtbot, tab.assessed_on, "10/12/2018")
    type_into(qtbot, tab.assessed_by, "Hội đồng chấm điểm phường")
    press_shortcut(qtbot, tab.assessed_by, Qt.Key.Key_S)
    stored = sheet(workspace, UNIT, 2018)
    assert stored is not None and stored["score_no_hotspot"] == 30
    assert stored["assessed_on"] == "2018-12-10"
    assert stored["assessed_by"] == "Hội đồng chấm điểm phường"
    assert tab.status.text() == "Đã lưu phiếu chấm điểm năm 2018."
    assert not tab.is_dirty()
    # The commune status tab shows `clean` from the sheet, read-only.
    clean = page.statuses.widgets[0][1]
    assert clean.objectName() == "field.commune_status.clean"
    assert clean.isChecked() and not clean.isEnabled()
    assert clean.text() == "Theo phiếu chấm điểm"
    assert page.statuses.sheet_note.text().startswith("1 xã, phường có phiếu chấm điểm năm 2018")
    window.close()  # logs out: the sheet is read back by a new session

    auth.login(workspace, ADMIN, PASSWORD)
    window, page, tab = _tab(qtbot, workspace)
    assert [tab.scores[f].value() for f in TYPED] == [30, 15, 12, 10, 8, 10]
    assert tab.total.text() == "Tổng điểm: 85/100"
    assert tab.assessed_on.text() == "10/12/2018"
    type_into(qtbot, tab.scores["score_leadership"], "0")
    assert tab.total.text() == "Tổng điểm: 75/100"
    assert tab.result.text() == "Kết quả: Chưa đạt: tổng điểm 75/100, dưới 80 điểm"
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert sheet(workspace, UNIT, 2018)["score_leadership"] == 0
    clean = page.statuses.widgets[0][1]
    assert not clean.isChecked() and not clean.isEnabled()


def test_a_spin_box_cannot_go_above_the_criterion_maximum(qtbot, workspace):
    _window, _page, tab = _tab(qtbot, workspace)
    spin = tab.scores["score_volunteer"]
    assert (spin.minimum(), spin.maximum()) == (0, 10)
    assert spin.accessibleName() == "Hoạt động của đội tình nguyện, mô hình ở cơ sở"
    type_into(qtbot, spin, "99")
    assert spin.value() <= 10


def test_a_district_chooses_the_commune_and_a_changed_sheet_is_guarded(qtbot, make_workspace):
    district = make_workspace("002", name="district.sqlite3")  # Quận Hoàn Kiếm
    window, page, tab = _tab(qtbot, district)
    assert tab.commune.isVisible() and tab.commune.count() > 1
    names = [tab.commune.itemText(i) for i in range(tab.commune.count())]
    assert "Phường Chương Dương" in names
    tab.commune.setCurrentIndex(tab.commune.findData(UNIT))
    assert tab.title.text() == "Phiếu chấm điểm năm 2018: Phường Chương Dương"
    for field, text in TYPED.items():
        type_into(qtbot, tab.scores[field], text)
    type_into(qtbot, tab.assessed_on, "12/12/2018")
    other = next(i for i in range(tab.commune.count()) if tab.commune.itemData(i) != UNIT)
    # Choosing another commune with the sheet changed asks; "Tiếp tục sửa" keeps it all.
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    tab.commune.setCurrentIndex(other)
    assert tab.commune.currentData() == UNIT and tab.total.text() == "Tổng điểm: 85/100"
    # "Lưu" saves the sheet of the commune it was typed for, then moves on.
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    tab.commune.setCurrentIndex(other)
    assert tab.unit == tab.commune.itemData(other) and tab.total.text() == "Tổng điểm: 0/100"
    stored = sheet(district, UNIT, 2018)
    assert stored is not None and stored["assessed_on"] == "2018-12-12"
    assert sheet(district, tab.unit, 2018) is None
    row = next(r for r, s in enumerate(page.statuses.rows) if s.unit == UNIT)
    assert not page.statuses.widgets[row][1].isEnabled()  # follows the sheet
    window.close()


def test_a_sheet_left_unsaved_comes_back_as_typed_next_time(qtbot, workspace):
    window, page, tab = _tab(qtbot, workspace)
    type_into(qtbot, tab.scores["score_no_hotspot"], "30")
    type_into(qtbot, tab.scores["score_support"], "12")
    type_into(qtbot, tab.assessed_on, "31/02/2018")  # not a date: kept as typed all the same
    type_into(qtbot, tab.assessed_by, "Tổ chấm điểm thử")
    window.close()  # the draft is kept (encrypted), then the session ends

    auth.login(workspace, ADMIN, PASSWORD)
    assert sheet(workspace, UNIT, 2018) is None
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    tab = page.assessment
    assert page.year.value() == 2018 and page.tabs.currentWidget() is tab
    assert [tab.scores[f].value() for f in TYPED] == [30, 0, 0, 12, 0, 0]
    assert tab.assessed_on.text() == "31/02/2018"
    assert tab.assessed_by.text() == "Tổ chấm điểm thử"
    assert tab.status.text().startswith("Đã khôi phục phiếu chấm điểm chưa lưu")
    assert tab.is_dirty()
    type_into(qtbot, tab.assessed_on, "28/12/2018")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert sheet(workspace, UNIT, 2018)["score_support"] == 12
    window.close()

    auth.login(workspace, ADMIN, PASSWORD)  # saved: nothing is offered again
    window = open_window(qtbot, workspace)
    tab = window.page("plan").assessment
    assert not tab.status.text().startswith("Đã khôi phục")
    window.close()
