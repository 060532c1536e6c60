"""Settings › Danh mục đơn vị hành chính, driven as an admin would: load the synthetic
reform of tests/units_2025.py after its preview, refuse a bad file, then move a Hàng Bạc
database to its successor and see the window name the new unit."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from ui_support import open_window, when_modal
from units_2025 import MERGED, MERGED_NAME, SPLIT_PART, reform_csv

from pcmd_desktop.services import auth
from pcmd_desktop.services.units import load_unit_list

HANG_BAC = "00061"  # Phường Hàng Bạc: ends with the reform; its successor is 00067


def units_section(qtbot, ws):
    window = open_window(qtbot, ws)
    window.show_page(window.pages.index(window.page("settings")))
    return window, window.page("settings").units_section


def choose(monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))


def table_rows(dialog) -> list[tuple[str, ...]]:
    t = dialog.table
    return [tuple(t.item(r, c).text() for c in range(t.columnCount())) for r in range(t.rowCount())]


def load_reform(qtbot, monkeypatch, section, tmp_path, seen: dict) -> None:
    choose(monkeypatch, reform_csv(tmp_path))

    def look_and_apply(dialog):
        seen["name"] = dialog.objectName()
        seen["summary"] = dialog.summary_label.text()
        seen["rows"] = table_rows(dialog)
        seen["warnings"] = dialog.warnings_label.text()
        qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)

    when_modal(look_and_apply)
    qtbot.mouseClick(section.load_button, Qt.MouseButton.LeftButton)


def test_the_section_shows_the_unit_and_is_named(qtbot, workspace):
    _window, section = units_section(qtbot, workspace)
    assert "Phường Chương Dương, Quận Hoàn Kiếm" in section.unit_label.text()
    assert section.validity_label.text() == "từ trước đến nay"
    # The demo works in 2018: 30 districts and 584 communes of Hà Nội are in force then.
    assert section.count_label.text() == "614 đơn vị trong Thành phố Hà Nội"
    assert section.load_button.objectName() == "action.units.load"
    assert section.load_button.isVisible()
    assert section.successor_field.accessibleName()
    assert not section.rehome_row.isVisible() and not section.ended_label.isVisible()


def test_preview_then_load_and_cancel_writes_nothing(qtbot, workspace, tmp_path, monkeypatch):
    _window, section = units_section(qtbot, workspace)
    before = len(workspace.history.versions())
    choose(monkeypatch, reform_csv(tmp_path))
    when_modal(lambda d: qtbot.mouseClick(d.cancel_button, Qt.MouseButton.LeftButton))
    qtbot.mouseClick(section.load_button, Qt.MouseButton.LeftButton)
    assert len(workspace.history.versions()) == before
    assert workspace.history.version_on(SPLIT_PART, "2025-07-01") is None

    seen: dict = {}
    load_reform(qtbot, monkeypatch, section, tmp_path, seen)
    assert seen["name"] == "dialog.units.preview"
    assert "2 đơn vị mới" in seen["summary"] and "Chưa có gì được ghi" in seen["summary"]
    rows = seen["rows"]
    assert ("Thêm", SPLIT_PART, "", "Phường Thử Tách", "01/07/2025") in rows
    assert ("Đổi tên", MERGED, "Phường Chương Dương", MERGED_NAME, "01/07/2025") in rows
    assert ("Hết hiệu lực", "002", "Quận Hoàn Kiếm", "", "01/07/2025") in rows
    assert ("Kế thừa", HANG_BAC, "Phường Hàng Bạc", f"{MERGED_NAME} ({MERGED})",
            "01/07/2025") in rows  # fmt: skip
    assert workspace.history.version_on(SPLIT_PART, "2025-07-01") is not None
    assert workspace.history.version_on("002", "2025-07-01") is None
    assert "Đã nạp danh mục: 2 đơn vị mới" in section.result_label.text()
    # Chương Dương's code lives on in the new unit: nothing to move.
    assert not section.rehome_row.isVisible()


def test_a_bad_file_says_why_and_changes_nothing(qtbot, workspace, tmp_path, monkeypatch):
    _window, section = units_section(qtbot, workspace)
    before = len(workspace.history.versions())
    bad = tmp_path / "bad.csv"
    bad.write_text("ma,ten\n1,x\n", encoding="utf-8")
    choose(monkeypatch, bad)
    qtbot.mouseClick(section.load_button, Qt.MouseButton.LeftButton)
    assert "thiếu cột" in section.error_label.text()
    assert section.error_label.isVisible()
    assert len(workspace.history.versions()) == before


def test_rehome_a_hang_bac_database(qtbot, make_workspace, tmp_path, monkeypatch):
    ws = make_workspace(HANG_BAC)
    window, section = units_section(qtbot, ws)
    load_reform(qtbot, monkeypatch, section, tmp_path, seen := {})
    assert "Phường Hàng Bạc" in seen["warnings"] and "hết hiệu lực" in seen["warnings"]
    assert section.ended_label.isVisible() and "hết hiệu lực" in section.ended_label.text()
    assert section.rehome_row.isVisible()
    field = section.successor_field
    assert field.objectName() == "field.units.successor"
    assert [field.itemData(i) for i in range(field.count())] == [MERGED]

    asked: list[str] = []

    def confirm(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", confirm)
    field.setCurrentIndex(0)
    qtbot.mouseClick(section.rehome_button, Qt.MouseButton.LeftButton)
    assert "giữ đơn vị cũ" in asked[0] and "bản sao" in asked[0]
    assert ws.unit.code == MERGED and ws.unit.name == MERGED_NAME
    actions = [r[0] for r in ws.db.execute("SELECT action FROM audit_log")]
    assert "unit_rehomed" in actions
    assert MERGED_NAME in window.windowTitle()
    assert MERGED_NAME in window.status_unit.text()
    assert not section.rehome_row.isVisible()
    assert "Đã chuyển cơ sở dữ liệu" in section.result_label.text()


def test_a_non_admin_sees_the_section_read_only(qtbot, make_workspace, tmp_path):
    ws = make_workspace(HANG_BAC)
    load_unit_list(ws, reform_csv(tmp_path))
    auth.add_user(ws, "can-bo", "officer", "mat-khau-can-bo-1")
    auth.logout(ws)
    auth.login(ws, "can-bo", "mat-khau-can-bo-1")
    _window, section = units_section(qtbot, ws)
    assert not section.load_button.isVisible()
    assert not section.rehome_row.isVisible()
    assert "Người quản trị chuyển" in section.ended_label.text()
