"""Tìm hồ sơ trùng, as an officer clicks it: the pairs, choosing the file kept, confirming,
the list found again; no button for a role that may not see names."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QRadioButton
from ui_support import UNIT_CODE, open_window

from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.trash import deleted_records


def person(code: str, name: str, **kw) -> dict:
    return {"id": str(uuid.uuid4()), "unit": UNIT_CODE, "code": code, "opened_on": "2018-02-01",
            "full_name": name, "birth_year": 1990, "sex": "female", **kw}  # fmt: skip


def on_dialog(name: str, act) -> None:
    """Run `act` on the modal dialog `name` once it is shown."""

    def run() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.objectName() != name:
            QTimer.singleShot(10, run)
            return
        act(widget)

    QTimer.singleShot(0, run)


def records(workspace) -> dict:
    service = RecordService(workspace)
    first = service.create("person", person("HK-01", "Đinh Thị Mẫu"))
    second = service.create("person", person("HK-02", "dinh thi mau", opened_on="2018-05-02",
                                             residence="Tổ 3, Chương Dương"))  # fmt: skip
    for kind in ("counselling", "health"):
        service.create("service", {"unit": UNIT_CODE, "date": "2018-06-01",
                                   "person_id": second["id"], "type": kind})  # fmt: skip
    return {"first": first, "second": second}


def open_dialog(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("persons")
    window.show_page(window.pages.index(page))
    button = page.findChild(QPushButton, "action.find_duplicates")
    assert button is not None and button.isVisible() and button.text() == "Tìm hồ sơ trùng…"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = page.duplicates_dialog
    qtbot.waitUntil(dialog.isVisible)
    return window, page, dialog


def test_an_officer_finds_the_pair_and_merges_keeping_the_second(qtbot, workspace):
    made = records(workspace)
    _window, page, dialog = open_dialog(qtbot, workspace)
    table = dialog.table
    assert table.rowCount() == 1
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells == ["Trùng họ tên và năm sinh", "HK-01 — Đinh Thị Mẫu", "01/02/2018, 0 dịch vụ",
                     "HK-02 — dinh thi mau", "02/05/2018, 2 dịch vụ"]  # fmt: skip
    assert dialog.count.text() == "1 cặp hồ sơ có thể trùng"

    def keep_second(choice) -> None:
        assert choice.findChild(QRadioButton, "field.merge.keep_first").isChecked()
        qtbot.mouseClick(choice.findChild(QRadioButton, "field.merge.keep_second"),
                         Qt.MouseButton.LeftButton)  # fmt: skip
        assert "chuyển sang hồ sơ HK-02" in choice.explain.text()
        qtbot.mouseClick(choice.findChild(QPushButton, "action.confirm_merge"),
                         Qt.MouseButton.LeftButton)  # fmt: skip

    on_dialog("dialog.merge_persons", keep_second)
    on_dialog("dialog.confirm_merge",
              lambda box: box.button(QMessageBox.StandardButton.Yes).click())  # fmt: skip
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: table.rowCount() == 0)
    assert dialog.status.text().startswith("Đã gộp hồ sơ HK-01 vào hồ sơ HK-02")
    assert dialog.count.text() == "Không thấy hồ sơ nào có thể trùng."
    assert not dialog.merge_button.isEnabled()
    kept = RecordService(workspace).get("person", made["second"]["id"])
    assert kept["residence"] == "Tổ 3, Chương Dương"  # its own, never overwritten
    assert "Họ và tên: Đinh Thị Mẫu" in kept["note"]  # the other spelling kept
    assert [i.key for i in deleted_records(workspace, "person")] == [made["first"]["id"]]
    assert page.panel("person").list.model.rowCount() == 1
    qtbot.mouseClick(dialog.findChild(QPushButton, "action.close"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_cancelling_the_confirmation_changes_nothing(qtbot, workspace):
    made = records(workspace)
    _window, _page, dialog = open_dialog(qtbot, workspace)
    on_dialog(
        "dialog.merge_persons",
        lambda choice: choice.findChild(QPushButton, "action.confirm_merge").click(),
    )
    on_dialog("dialog.confirm_merge",
              lambda box: box.button(QMessageBox.StandardButton.Cancel).click())  # fmt: skip
    assert dialog.merge_selected() is None
    assert dialog.table.rowCount() == 1
    assert deleted_records(workspace, "person") == []
    assert RecordService(workspace).get("person", made["second"]["id"]).get("note") is None


def test_a_viewer_has_no_button(qtbot, workspace):
    records(workspace)
    auth.add_user(workspace, "nguoi-xem", "viewer", "mat-khau-nguoi-xem")
    auth.logout(workspace)
    auth.login(workspace, "nguoi-xem", "mat-khau-nguoi-xem")
    window = open_window(qtbot, workspace)
    page = window.page("persons")
    assert page.findChild(QPushButton, "action.find_duplicates") is None
    assert page.tabs.cornerWidget(Qt.Corner.TopRightCorner) is None
