"""Kế hoạch: what is typed in the year's tabs is never dropped silently. A sheet saved in
one tab keeps the commune status typed in another; leaving the year asks; what is left
unsaved at exit comes back next time, on its year and tab. Synthetic data."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from records_support import type_into
from ui_support import ADMIN, PASSWORD, open_window, when_modal

from pcmd_desktop.domain.assessment import SCORE_FIELDS
from pcmd_desktop.services import auth, plan
from pcmd_desktop.services.assessment import save_sheet

UNIT = "00067"


def _plan(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    window.show_page(window.pages.index(page))
    page.year.setValue(2018)
    return window, page


def test_a_sheet_saved_keeps_the_status_typed_and_leaving_the_year_asks(qtbot, workspace):
    window, page = _plan(qtbot, workspace)
    model, clean, note = page.statuses.widgets[0]
    model.setCurrentIndex(model.findData("maintained"))
    type_into(qtbot, note, "Ghi chú đang gõ dở")
    assert page.statuses.is_dirty()
    tab = page.assessment
    for field, value in (("score_no_hotspot", 30), ("score_propaganda", 15),
                         ("score_business_control", 15), ("score_support", 15),
                         ("score_volunteer", 10)):  # fmt: skip
        tab.scores[field].setValue(value)
    type_into(qtbot, tab.assessed_on, "20/12/2018")
    assert tab.save()
    model, clean, note = page.statuses.widgets[0]
    assert note.text() == "Ghi chú đang gõ dở" and model.currentData() == "maintained"
    assert clean.isChecked() and not clean.isEnabled()  # the sheet decides, at once
    # Another year: asked, and "Tiếp tục sửa" stays on 2018 with what was typed.
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    page.year.setValue(2019)
    assert page.year.value() == 2018 and page.statuses.widgets[0][2].text() == "Ghi chú đang gõ dở"
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    page.year.setValue(2019)
    assert page.year.value() == 2019
    [row] = plan.commune_statuses(workspace, 2018)
    assert row.note == "Ghi chú đang gõ dở" and row.pcmd_model == "maintained"
    window.close()


def test_targets_and_status_left_unsaved_come_back_next_time(qtbot, workspace):
    window, page = _plan(qtbot, workspace)
    page.targets.set_target("propaganda.sessions", "45")
    page.statuses.widgets[0][2].setText("Chưa lưu khi thoát")
    window.close()  # kept as a draft (encrypted), then the session ends

    auth.login(workspace, ADMIN, PASSWORD)
    assert plan.targets(workspace, 2018) == {}
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    assert page.year.value() == 2018 and page.tabs.currentWidget() is page.targets
    assert page.targets.typed()["propaganda.sessions"] == "45"
    assert page.statuses.widgets[0][2].text() == "Chưa lưu khi thoát"
    assert page.targets.status.text().startswith("Đã khôi phục những gì chưa lưu")
    assert page.targets.save() and page.statuses.save()
    assert plan.targets(workspace, 2018) == {"propaganda.sessions": 45}
    window.close()

    auth.login(workspace, ADMIN, PASSWORD)  # all saved: nothing is offered again
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    assert not page.targets.status.text().startswith("Đã khôi phục")
    window.close()


def test_a_sheet_saved_elsewhere_does_not_wipe_the_status_typed_on_refresh(qtbot, workspace):
    window, page = _plan(qtbot, workspace)
    page.statuses.widgets[0][2].setText("Đang gõ")
    scores = dict.fromkeys(SCORE_FIELDS, 10)
    save_sheet(workspace, UNIT, 2018, {**scores, "assessed_on": "2018-12-01"})
    page.refresh()  # as after another page saved something
    assert page.statuses.widgets[0][2].text() == "Đang gõ"
    window.close()
