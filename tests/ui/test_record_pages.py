"""The record pages beyond entering one record: the unsaved-changes guard, drafts kept
when the window closes, the re-activated hotspot warning, personal fields hidden from a
viewer, sorting and columns remembered, export of the current view, the recycle bin."""

from __future__ import annotations

import openpyxl
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from records_support import (
    answer_next_box,
    fill,
    open_panel,
    press_shortcut,
    save_with_ctrl_s,
    type_text,
)
from ui_support import open_window

from pcmd_desktop.services import auth, plan
from pcmd_desktop.services.records import RecordService

VIEWER, VIEWER_PASSWORD = "nguoi-xem", "mat-khau-nguoi-xem"


def establishments(workspace, *names: str) -> list[str]:
    service = RecordService(workspace)
    return [service.create("establishment", {"name": n, "type": "hotel"})["id"] for n in names]


def click_row(qtbot, record_list, row: int) -> None:
    table = record_list.table
    rect = table.visualRect(record_list.model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_leaving_a_changed_form_asks_first(qtbot, workspace):
    establishments(workspace, "Khách sạn An Thử", "Khách sạn Bình Thử")
    _window, panel = open_panel(qtbot, workspace, "establishment")
    click_row(qtbot, panel.list, 0)
    first = panel.form.key
    name = panel.form.editors["name"]
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_text(qtbot, name, " mới")
    assert panel.form.is_dirty()

    # "Tiếp tục sửa": the form keeps the record and what was typed.
    answer_next_box(QMessageBox.StandardButton.Cancel)
    click_row(qtbot, panel.list, 1)
    assert panel.form.key == first and name.text() == "Khách sạn An Thử mới"
    assert panel.list.current_key() == first

    # "Bỏ thay đổi": the other record opens, nothing was saved.
    answer_next_box(QMessageBox.StandardButton.Discard)
    click_row(qtbot, panel.list, 1)
    assert panel.form.key != first and name.text() == "Khách sạn Bình Thử"
    assert RecordService(workspace).get("establishment", first)["name"] == "Khách sạn An Thử"

    # Esc reverts after asking; "Lưu" in the question saves instead.
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_text(qtbot, name, " 2")
    answer_next_box(QMessageBox.StandardButton.Discard)
    qtbot.keyClick(name, Qt.Key.Key_Escape)
    assert name.text() == "Khách sạn Bình Thử" and not panel.form.is_dirty()
    qtbot.keyClick(name, Qt.Key.Key_End)
    type_text(qtbot, name, " 3")
    answer_next_box(QMessageBox.StandardButton.Save)
    press_shortcut(qtbot, name, Qt.Key.Key_N)
    assert panel.form.key is None  # a new, empty form
    stored = RecordService(workspace).search("binh thu 3", "establishment")
    assert [r["name"] for r in stored] == ["Khách sạn Bình Thử 3"]


def test_problems_show_when_a_field_is_left_and_nothing_is_saved(qtbot, workspace):
    _window, panel = open_panel(qtbot, workspace, "inspection")
    form = panel.form
    date_box = form.editors["date"]
    date_box.setFocus()
    qtbot.keyClick(date_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, date_box, "31/02/2018")
    qtbot.keyClick(date_box, Qt.Key.Key_Tab)
    assert "không hợp lệ" in form.errors["date"].text()
    assert form.errors["establishment_id"].text() == ""  # not left yet: not judged yet
    money = form.editors["fine_vnd"]
    money.setFocus()
    type_text(qtbot, money, "1500000")
    qtbot.keyClick(money, Qt.Key.Key_Tab)
    assert money.text() == "1.500.000"  # thousands shown as Vietnamese writes them
    save_with_ctrl_s(qtbot, form)
    assert form.errors["establishment_id"].text()  # required: now every problem shows
    count = workspace.db.execute("SELECT count(*) FROM inspections").fetchone()[0]
    assert count == 0
    # A date typed the short way is fine.
    date_box.setFocus()
    qtbot.keyClick(date_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, date_box, "5/2/2018")
    qtbot.keyClick(date_box, Qt.Key.Key_Tab)
    assert form.errors["date"].text() == ""


def test_saving_with_an_unreadable_date_shows_every_other_problem_too(qtbot, workspace):
    _window, panel = open_panel(qtbot, workspace, "inspection")
    form = panel.form
    date_box = form.editors["date"]
    date_box.setFocus()
    qtbot.keyClick(date_box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(qtbot, date_box, "31/02/2018")
    save_with_ctrl_s(qtbot, form)  # straight away, no other field visited
    assert "không hợp lệ" in form.errors["date"].text()
    assert form.errors["establishment_id"].text()  # still missing: said at once
    assert workspace.db.execute("SELECT count(*) FROM inspections").fetchone()[0] == 0


def double_click_row(qtbot, record_list, row: int) -> None:
    table = record_list.table
    rect = table.visualRect(record_list.model.index(row, 0))
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_double_click_opens_a_row_of_the_history_and_of_the_follow_ups(qtbot, workspace):
    (place,) = establishments(workspace, "Karaoke Đôi Thử")
    service = RecordService(workspace)
    fined = {"date": "2018-01-10", "establishment_id": place, "team_level": "commune",
             "fine_vnd": 1_000_000}  # fmt: skip
    earlier = service.create("inspection", fined)
    window, panel = open_panel(qtbot, workspace, "establishment")
    click_row(qtbot, panel.list, 0)
    page = window.page("inspections")
    qtbot.waitUntil(lambda: page.history.model.rowCount() == 1)
    double_click_row(qtbot, page.history, 0)
    inspections = page.panel("inspection")
    assert page.tabs.currentWidget() is inspections
    assert inspections.form.key == earlier["id"]

    # Hậu kiểm đến hạn: a double click starts the follow-up of that inspection.
    page.tabs.setCurrentWidget(page.tabs.findChild(QWidget, "tab.follow_ups_due"))
    page.due.refresh()
    qtbot.waitUntil(lambda: page.due.model.rowCount() == 1)
    double_click_row(qtbot, page.due, 0)
    assert inspections.form.key is None  # a new inspection...
    assert inspections.form.editors["follow_up_of"].value() == earlier["id"]  # ...as follow-up


def test_unsaved_form_is_kept_as_a_draft_when_the_window_closes(qtbot, workspace):
    window, panel = open_panel(qtbot, workspace, "person")
    fill(qtbot, panel.form, {"code": "HK-2018-0777", "full_name": "Vũ Thị Nháp"})
    window.close()
    raw = workspace.db.execute("SELECT payload FROM drafts").fetchone()[0]
    assert "Nháp" not in raw and "HK-2018-0777" not in raw  # encrypted like the record

    auth.login(workspace, "quan-tri", "mat-khau-thu-nghiem")
    _window2, panel2 = open_panel(qtbot, workspace, "person")
    form = panel2.form
    assert form.editors["full_name"].text() == "Vũ Thị Nháp"
    assert form.editors["code"].text() == "HK-2018-0777"
    assert form.notice.isVisibleTo(form) and form.is_dirty()
    form.editors["opened_on"].setFocus()
    save_with_ctrl_s(qtbot, form)
    assert workspace.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    assert RecordService(workspace).get("person", form.key)["full_name"] == "Vũ Thị Nháp"


def test_active_patrol_at_eradicated_hotspot_warns_and_reactivates(qtbot, workspace):
    service = RecordService(workspace)
    hotspot = service.create("hotspot", {"name": "Bến xe Thử Nghiệm", "kind": "public_place",
                                         "identified_on": "2016-01-05",
                                         "eradicated_on": "2017-11-20"})  # fmt: skip
    window, panel = open_panel(qtbot, workspace, "patrol")
    values = {"date": "10/04/2018", "hotspot_id": "ben xe", "result": "Đang"}

    # Cancelled at the warning: nothing saved.
    fill(qtbot, panel.form, values)
    seen: list[str] = []

    def cancel(box) -> None:
        seen.append(box.text())
        box.button(QMessageBox.StandardButton.Cancel).click()

    from ui_support import when_modal

    when_modal(cancel)
    save_with_ctrl_s(qtbot, panel.form)
    assert "TÁI HOẠT ĐỘNG" in seen[0] and "20/11/2017" in seen[0]
    assert workspace.db.execute("SELECT count(*) FROM patrols").fetchone()[0] == 0

    answer_next_box(QMessageBox.StandardButton.Save)
    save_with_ctrl_s(qtbot, panel.form)
    assert workspace.db.execute("SELECT count(*) FROM patrols").fetchone()[0] == 1

    hotspots = window.page("hotspots").show_panel("hotspot")
    hotspots.list.refresh()
    model = hotspots.list.model
    status = model.column_index("status")
    row = model.row_of(hotspot["id"])
    assert model.data(model.index(row, status)) == "Tái hoạt động"
    nav = window.nav
    assert nav.item(window.pages.index(window.page("hotspots"))).text() == "Tụ điểm (1)"


def test_viewer_sees_no_personal_field(qtbot, workspace):
    RecordService(workspace).create("person", {"code": "HK-2018-0555", "opened_on": "2018-01-02",
                                               "full_name": "Lý Thị Kín"})  # fmt: skip
    auth.add_user(workspace, VIEWER, "viewer", VIEWER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, VIEWER, VIEWER_PASSWORD)
    _window, panel = open_panel(qtbot, workspace, "person")
    assert not {"full_name", "id_number", "residence", "note"} & set(panel.form.editors)
    assert "full_name" not in [c.key for c in panel.list.model.columns]
    click_row(qtbot, panel.list, 0)
    assert panel.form.editors["code"].text() == "HK-2018-0555"
    assert not panel.form.editors["code"].isEnabled()  # viewers read, never change
    model = panel.list.model
    cells = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert "Lý Thị Kín" not in cells
    texts = [w.text() for w in panel.findChildren(type(panel.form.title)) if w.text()]
    assert not any("Kín" in t for t in texts)


def test_admin_opening_a_person_is_audited(qtbot, workspace):
    person = RecordService(workspace).create(
        "person", {"code": "HK-2018-0556", "opened_on": "2018-01-02", "full_name": "Lý Thị Mở"}
    )
    _window, panel = open_panel(qtbot, workspace, "person")
    click_row(qtbot, panel.list, 0)
    assert panel.form.editors["full_name"].text() == "Lý Thị Mở"
    opened = workspace.db.execute(
        "SELECT count(*) FROM audit_log WHERE action = 'open_person' AND record_key = ?",
        (person["id"],),
    ).fetchone()[0]
    assert opened == 1


def test_sort_columns_and_export_follow_the_view(qtbot, workspace, tmp_path):
    establishments(workspace, "Đông Thử", "Bình Thử", "Ánh Thử", "An Thử", "Dương Thử")
    window, panel = open_panel(qtbot, workspace, "establishment")
    view = panel.list
    name_col = view.model.column_index("name")

    def names() -> list[str]:
        m = view.model
        return [m.data(m.index(r, name_col)) for r in range(m.rowCount())]

    assert names() == ["An Thử", "Ánh Thử", "Bình Thử", "Dương Thử", "Đông Thử"]
    header = view.table.horizontalHeader()
    heading = QPoint(header.sectionViewportPosition(name_col) + 5, 5)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=heading)
    assert names() == ["Đông Thử", "Dương Thử", "Bình Thử", "Ánh Thử", "An Thử"]

    # Hide the address column: remembered by the next window.
    address = view.model.column_index("address")
    view.columns_button.menu().actions()[address].setChecked(False)
    assert view.table.isColumnHidden(address)
    out = view.export_excel(tmp_path / "co-so.xlsx")
    sheet = openpyxl.load_workbook(out).active
    rows = list(sheet.iter_rows(values_only=True))
    assert "Địa chỉ" not in rows[0] and "Tên cơ sở" in rows[0]
    assert [r[rows[0].index("Tên cơ sở")] for r in rows[1:]] == names()
    window.close()

    auth.login(workspace, "quan-tri", "mat-khau-thu-nghiem")
    _window2, panel2 = open_panel(qtbot, workspace, "establishment")
    assert panel2.list.table.isColumnHidden(address)
    assert panel2.list.model.descending  # the order chosen is kept too


def test_plan_targets_are_typed_saved_and_copied(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    window.show_page(window.pages.index(page))
    page.year.setValue(2018)
    tab = page.targets
    tab.set_target("propaganda.sessions", "24")
    tab.set_target("inspection.visits", "1.200")
    tab.set_target("training.sessions", "hai")
    assert not tab.save()
    assert "training.sessions" in tab.error.text() or "Số lớp" in tab.error.text()
    assert plan.targets(workspace, 2018) == {}  # nothing saved while one is wrong
    tab.set_target("training.sessions", "2")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert plan.targets(workspace, 2018) == {
        "propaganda.sessions": 24, "inspection.visits": 1200, "training.sessions": 2}  # fmt: skip

    # Corrected and removed: a target emptied is deleted.
    tab.set_target("propaganda.sessions", "30")
    tab.set_target("training.sessions", "")
    assert tab.save()
    assert plan.targets(workspace, 2018) == {"propaganda.sessions": 30, "inspection.visits": 1200}

    page.year.setValue(2019)
    qtbot.mouseClick(tab.copy_button, Qt.MouseButton.LeftButton)
    assert plan.targets(workspace, 2019) == plan.targets(workspace, 2018)
    assert tab.typed()["inspection.visits"] == "1.200"


def test_plan_rows_say_which_targets_are_ceilings(qtbot, workspace):
    window = open_window(qtbot, workspace)
    tab = window.page("plan").targets
    ceiling = tab.table.item(tab.rows["hotspot.public_reactivated"], 2).toolTip()
    assert "Chỉ tiêu là mức tối đa: vượt mức này là không đạt." in ceiling
    goal = tab.table.item(tab.rows["inspection.establishments_city_team"], 2).toolTip()
    assert goal.startswith("inspection.establishments_city_team: distinct establishments")
    assert "tối đa" not in goal
    label = tab.table.item(tab.rows["inspection.establishments_city_team"], 0).text()
    assert label == "Số cơ sở được Đội kiểm tra liên ngành 178 thành phố kiểm tra"


def test_commune_status_is_entered_for_the_year(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("plan")
    window.show_page(window.pages.index(page))
    page.year.setValue(2018)
    model, clean, note = page.statuses.widgets[0]
    model.setCurrentIndex(model.findData("maintained"))
    clean.setChecked(True)
    note.setText("Duy trì tốt")
    qtbot.mouseClick(page.statuses.save_button, Qt.MouseButton.LeftButton)
    [row] = plan.commune_statuses(workspace, 2018)
    assert (row.pcmd_model, row.clean, row.note) == ("maintained", True, "Duy trì tốt")
    # Corrected, then removed (back to "not assessed").
    model, clean, note = page.statuses.widgets[0]
    clean.setChecked(False)
    assert page.statuses.save()
    assert plan.commune_statuses(workspace, 2018)[0].clean is False
    model, _clean, _note = page.statuses.widgets[0]
    model.setCurrentIndex(0)
    assert page.statuses.save()
    assert not plan.commune_statuses(workspace, 2018)[0].entered


def test_deleted_record_is_restored_from_the_recycle_bin(qtbot, workspace):
    [est] = establishments(workspace, "Nhà nghỉ Xóa Thử")
    RecordService(workspace).delete("establishment", est)
    window = open_window(qtbot, workspace)
    page = window.page("trash")
    window.show_page(window.pages.index(page))
    assert page.table.rowCount() == 1
    assert "Nhà nghỉ Xóa Thử" in page.table.item(0, 1).text()
    page.table.selectRow(0)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert page.table.rowCount() == 0
    assert RecordService(workspace).get("establishment", est)["name"] == "Nhà nghỉ Xóa Thử"
    assert QApplication.activeModalWidget() is None


def test_district_lists_filter_by_commune_and_show_the_unit(qtbot, make_workspace):
    district = make_workspace("002", name="quan.sqlite3")  # Quận Hoàn Kiếm
    service = RecordService(district)
    service.create("establishment", {"name": "Karaoke Phúc Tân Thử", "type": "karaoke",
                                     "unit": "00037"})  # fmt: skip
    service.create("establishment", {"name": "Khách sạn Đồng Xuân Thử", "type": "hotel",
                                      "unit": "00040"})  # fmt: skip
    window, panel = open_panel(qtbot, district, "establishment")
    view = panel.list
    unit_col = view.model.column_index("unit")
    assert not view.table.isColumnHidden(unit_col)  # a district's lists name the commune
    assert view.model.rowCount() == 2
    combo = view.filters.unit
    combo.setCurrentIndex(combo.findText("Phường Đồng Xuân"))
    model = view.model
    assert model.rowCount() == 1
    assert model.data(model.index(0, unit_col)) == "Phường Đồng Xuân"
    # A new record's unit is chosen among the district and its communes.
    units = panel.form.editors["unit"]
    assert units.findData("00040") >= 0 and units.findData("002") >= 0
    window.close()


def test_list_imports_from_excel_and_shows_the_new_rows(qtbot, workspace, tmp_path):
    from test_excel_import_dialog import fill, good_rows
    from ui_support import when_modal

    _window, panel = open_panel(qtbot, workspace, "establishment")
    assert panel.list.model.rowCount() == 0

    def import_sheet(dialog) -> None:
        path = fill(dialog.save_template(tmp_path / "mau.xlsx"), good_rows())
        dialog.load_file(path)
        when_modal(lambda box: box.accept())  # "Đã nhập 2 bản ghi…"
        dialog.import_button.click()

    when_modal(import_sheet)
    qtbot.mouseClick(panel.list.import_button, Qt.MouseButton.LeftButton)
    model = panel.list.model
    name_col = model.column_index("name")
    assert sorted(model.data(model.index(r, name_col)) for r in range(model.rowCount())) == [
        "Karaoke Hoa Hồng", "Nhà nghỉ Bình An"]  # fmt: skip


def test_ctrl_n_from_the_list_starts_a_new_record_in_the_form(qtbot, workspace):
    establishments(workspace, "Khách sạn Danh Sách")
    _window, panel = open_panel(qtbot, workspace, "establishment")
    click_row(qtbot, panel.list, 0)
    assert panel.form.key is not None
    press_shortcut(qtbot, panel.list.table, Qt.Key.Key_N)
    assert panel.form.key is None
    assert panel.form.editors["unit"].hasFocus()  # typing goes to the form's first field
