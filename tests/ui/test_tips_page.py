"""Tin báo, tố giác through the window: an admin types a tip with its informant, saves and
reopens it; a closing date before the day received is refused under its field; an
inspection picks the tip by typing part of its place and is then listed under the tip's
form. An officer sees the tip without its informant, and saving keeps it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from records_support import fill, save_with_ctrl_s
from ui_support import open_window

from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordService

INFORMANT = "Trần Văn Báo Tin Thử"
CONTACT = "0912 000 111"
OFFICER, OFFICER_PASSWORD = "can-bo-tin", "mat-khau-can-bo-tin"
CONFIDENTIAL = {"informant_name", "informant_contact"}


def tips_page(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page("tips")
    window.show_page(window.pages.index(page))
    return window, page


def live(workspace, table: str) -> list[tuple]:
    return workspace.db.execute(f"SELECT id FROM {table} WHERE deleted_at IS NULL").fetchall()


def refocus(qtbot, window) -> None:
    # The picker's list of suggestions may leave the window inactive under offscreen.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)


def test_a_tip_typed_saved_reopened_and_an_inspection_that_follows_it(qtbot, workspace):
    est = RecordService(workspace).create("establishment", {"name": "Nhà nghỉ Sao Thử",
                                                            "type": "guesthouse"})  # fmt: skip
    window, page = tips_page(qtbot, workspace)
    assert page.objectName() == "page.tips"
    panel = page.show_panel("tip")
    form = panel.form
    assert form.editors["informant_name"].objectName() == "field.tip.informant_name"
    assert form.editors["informant_name"].accessibleName()
    fill(qtbot, form, {"received_on": "01/03/2018", "channel": "Đường", "place": "Ngõ 12 Hồng Hà",
                       "content": "Nghi có môi giới mại dâm ở nhà nghỉ", "status": "Đã xử",
                       "handled_on": "20/02/2018", "informant_name": INFORMANT,
                       "informant_contact": CONTACT})  # fmt: skip
    save_with_ctrl_s(qtbot, form)
    assert live(workspace, "tips") == []
    error = form.errors["handled_on"].text()
    assert "Ngày xử lý xong (handled_on): 20/02/2018 không được trước Ngày tiếp nhận" in error
    fill(qtbot, form, {"handled_on": "09/03/2018"})
    save_with_ctrl_s(qtbot, form)
    [(tip_id,)] = live(workspace, "tips")
    assert form.key == tip_id and panel.list.current_key() == tip_id
    stored = workspace.db.execute("SELECT informant_name FROM tips").fetchone()[0]
    assert INFORMANT not in stored  # encrypted at rest
    got = RecordService(workspace).get("tip", tip_id)
    assert (got["informant_name"], got["channel"], got["status"]) == (
        INFORMANT, "hotline", "handled")  # fmt: skip
    assert "Chưa có lần kiểm tra" in page.actions_text.text()

    # An inspection picks the tip by part of its place.
    inspections = window.page("inspections")
    window.show_page(window.pages.index(inspections))
    insp_panel = inspections.show_panel("inspection")
    insp_form = insp_panel.form
    assert insp_form.editors["tip_id"].objectName() == "field.inspection.tip_id"
    qtbot.keyClick(insp_form, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    for values in ({"date": "05/03/2018"}, {"establishment_id": "sao thu"},
                   {"team_level": "Đội 178 x"}, {"tip_id": "hong ha"}):  # fmt: skip
        refocus(qtbot, window)
        fill(qtbot, insp_form, values)
    refocus(qtbot, window)
    save_with_ctrl_s(qtbot, insp_form)
    [(insp_id,)] = live(workspace, "inspections")
    stored_insp = RecordService(workspace).get("inspection", insp_id)
    assert (stored_insp["tip_id"], stored_insp["establishment_id"]) == (tip_id, est["id"])

    # Back on the tip, reopened from its list: the inspection is listed under the form.
    window.show_page(window.pages.index(page))
    panel.list.select_row(0)
    assert form.key == tip_id
    assert form.editors["informant_name"].text() == INFORMANT
    text = page.actions_text.text()
    assert "Theo tin báo này: 1 lần kiểm tra." in text
    assert "Kiểm tra ngày 05/03/2018 — Nhà nghỉ Sao Thử" in text
    labels = [c.label for c in panel.list.model.columns]
    column = labels.index("Kiểm tra, vụ án")
    assert panel.list.model.data(panel.list.model.index(0, column)) == "Có"


def test_an_officer_sees_no_informant_and_saving_keeps_it(qtbot, workspace):
    tip = RecordService(workspace).create("tip", {
        "received_on": "2018-03-01", "channel": "mailbox", "place": "Chợ Thử Nghiệm",
        "content": "Tờ rơi quảng cáo mại dâm", "status": "verifying",
        "informant_name": INFORMANT, "informant_contact": CONTACT})  # fmt: skip
    auth.add_user(workspace, OFFICER, "officer", OFFICER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, OFFICER, OFFICER_PASSWORD)
    window, page = tips_page(qtbot, workspace)
    panel = page.show_panel("tip")
    form = panel.form
    assert not CONFIDENTIAL & form.editors.keys()
    assert "giữ kín" in page.secrecy.text()
    panel.list.select_row(0)
    assert form.key == tip["id"]
    refocus(qtbot, window)
    fill(qtbot, form, {"outcome": "Đang xác minh với công an phường"})
    save_with_ctrl_s(qtbot, form)
    model = panel.list.model
    shown = " ".join(str(model.data(model.index(r, c))) for r in range(model.rowCount())
                     for c in range(model.columnCount()))  # fmt: skip
    assert INFORMANT not in shown
    auth.logout(workspace)
    auth.login(workspace, "quan-tri", "mat-khau-thu-nghiem")
    again = RecordService(workspace).get("tip", tip["id"])
    assert again["outcome"] == "Đang xác minh với công an phường"
    assert (again["informant_name"], again["informant_contact"]) == (INFORMANT, CONTACT)
