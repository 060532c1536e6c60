"""The Excel import dialog: download a template, read a filled file into a preview that
names every problem by row and column, import all or nothing. Synthetic records only."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QPushButton
from test_widget_names import unnamed_inputs
from ui_support import ADMIN, PASSWORD, when_modal

from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.ui.records import excel_import_dialog as module
from pcmd_desktop.ui.records.excel_import_dialog import ExcelImportDialog
from pcmd_desktop.ui.records.excel_preview_table import CELL_COLOUR, ROW_COLOUR

NAME, TYPE = "Tên cơ sở *", "Loại hình *"


def open_dialog(qtbot, workspace, kind: str = "establishment") -> ExcelImportDialog:
    dialog = ExcelImportDialog(workspace, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill(template: Path, rows: list[dict]) -> Path:
    """`rows` ({key: value}) typed under the template's headers in place of the example,
    each value placed by the hidden key row, as a user filling the sheet in Excel."""
    wb = load_workbook(template)
    sheet = wb.worksheets[0]
    col_of = {c.value: c.column for c in sheet[2]}
    for c in sheet[3]:
        c.value = None
    for n, row in enumerate(rows):
        for key, value in row.items():
            sheet.cell(3 + n, col_of[key], value)
    wb.save(template)
    return template


def good_rows() -> list[dict]:
    return [
        {"name": "Karaoke Hoa Hồng", "type": "Karaoke", "address": "Số 1 phố Mẫu"},
        {"name": "Nhà nghỉ Bình An", "type": "Nhà nghỉ", "phone": "0900000001"},
    ]


def template(dialog: ExcelImportDialog, tmp_path: Path, name: str = "mau.xlsx") -> Path:
    path = dialog.save_template(tmp_path / name)
    assert path is not None
    return path


def stored(workspace) -> int:
    return workspace.counts()["establishment"]


def cell(dialog: ExcelImportDialog, row_number: int, header: str):
    preview = dialog.preview
    assert preview is not None
    line = [r.row_number for r in preview.rows].index(row_number)
    column = list(preview.columns.values()).index(header)
    return dialog.table.item(line, column)


def test_a_downloaded_template_reopens_with_the_vietnamese_headers(
    qtbot, workspace, tmp_path, monkeypatch
):
    dialog = open_dialog(qtbot, workspace)
    assert dialog.objectName() == "dialog.excel_import"
    path = template(dialog, tmp_path)
    heads = [c.value for c in load_workbook(path).worksheets[0][1]]
    assert {NAME, TYPE, "Địa chỉ", "Điện thoại", "Ví dụ"} <= set(heads)
    assert str(path) in dialog.status_label.text() and dialog.status_label.isVisible()
    # Through the file dialog: a name typed without extension gets .xlsx.
    asked = tmp_path / "mau tu hop thoai"
    monkeypatch.setattr(module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(asked), ""))
    dialog.findChild(QPushButton, "action.download_template").click()
    assert load_workbook(asked.with_suffix(".xlsx")).worksheets[0]["A1"].value
    # And the filled file chosen the same way.
    fill(path, good_rows())
    monkeypatch.setattr(module.QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    dialog.findChild(QPushButton, "action.choose_file").click()
    assert dialog.file_field.text() == str(path) and dialog.preview.ok


@pytest.mark.parametrize(
    "bad, column, words",
    [
        ({"name": "Quán Mẫu Lạ", "type": "Quán bia"}, TYPE, "không có trong danh sách"),
        ({"type": "Karaoke", "address": "Số 9 phố Mẫu"}, NAME, ""),
    ],
    ids=["unknown_type", "missing_name"],
)
def test_a_bad_row_is_shown_by_row_and_column_and_cannot_be_imported(
    qtbot, workspace, tmp_path, bad, column, words
):
    dialog = open_dialog(qtbot, workspace)
    first, second = good_rows()
    path = fill(template(dialog, tmp_path), [first, bad, second])
    preview = dialog.load_file(path)
    assert preview is not None and [r.row_number for r in preview.rows] == [3, 4, 5]
    assert {(p.row, p.column) for p in preview.problems} == {(4, column)}
    # Every row is shown, the bad cell in red with its message, the rest of its row too.
    assert dialog.table.rowCount() == 3
    assert dialog.table.verticalHeaderItem(1).text() == "4"
    assert cell(dialog, 3, NAME).text() == "Karaoke Hoa Hồng"
    assert cell(dialog, 3, TYPE).text() == "Karaoke"
    bad_cell = cell(dialog, 4, column)
    assert bad_cell.background().color() == CELL_COLOUR
    (problem,) = preview.problems
    assert problem.message in bad_cell.toolTip() and words in problem.message
    assert dialog.problem_at(4, column) == problem.message
    other = NAME if column == TYPE else TYPE
    assert cell(dialog, 4, other).background().color() == ROW_COLOUR
    assert cell(dialog, 3, column).background().style() == Qt.BrushStyle.NoBrush
    problems = dialog.findChild(type(dialog.problems_label), "label.excel_import.problems")
    assert problems.isVisible()
    assert problems.text() == f"Dòng 4, cột '{column}': {problem.message}"
    assert "2 dòng hợp lệ, 1 dòng có lỗi" in dialog.summary_label.text()
    # Nothing can be imported, and nothing was saved.
    button = dialog.findChild(QPushButton, "action.import")
    assert not button.isEnabled()
    button.click()
    assert dialog.import_rows() is None
    assert dialog.isVisible() and stored(workspace) == 0
    assert RecordService(workspace).search("Karaoke", "establishment") == []


def test_a_good_file_is_imported_all_rows_nfc(qtbot, workspace, tmp_path):
    dialog = open_dialog(qtbot, workspace)
    nfd = unicodedata.normalize("NFD", "Khách sạn Sông Xanh")
    assert nfd != "Khách sạn Sông Xanh"
    path = fill(template(dialog, tmp_path), [*good_rows(), {"name": nfd, "type": "khach san"}])
    preview = dialog.load_file(path)
    assert preview is not None and preview.ok
    assert dialog.summary_label.text().startswith("3 dòng hợp lệ, 0 dòng có lỗi")
    assert not dialog.problems_label.isVisible()
    assert cell(dialog, 5, NAME).text() == "Khách sạn Sông Xanh"
    assert cell(dialog, 5, TYPE).text() == "Khách sạn"
    summaries = []
    dialog.imported.connect(summaries.append)
    messages: list[str] = []

    def close(box: QMessageBox) -> None:
        messages.append(box.text())
        box.accept()

    when_modal(close)
    button = dialog.findChild(QPushButton, "action.import")
    assert button.isEnabled()
    button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert messages and "Đã nhập 3 bản ghi" in messages[0]
    assert [s.created for s in summaries] == [{"establishment": 3}]
    assert stored(workspace) == 3
    service = RecordService(workspace)
    for name in ("Karaoke Hoa Hồng", "Nhà nghỉ Bình An", "Khách sạn Sông Xanh"):
        assert [r["name"] for r in service.search(name, "establishment")] == [name]
    (hotel,) = service.search("Song Xanh", "establishment")
    assert hotel["type"] == "hotel" and hotel["unit"] == "00067"
    raw = workspace.db.execute("SELECT name FROM establishments WHERE type = 'hotel'").fetchone()
    assert raw[0] == "Khách sạn Sông Xanh" == unicodedata.normalize("NFC", nfd)


def test_a_refusal_at_import_time_is_shown_and_saves_nothing(qtbot, workspace, tmp_path):
    dialog = open_dialog(qtbot, workspace, "person")
    person = {"code": "VD-2018-0009", "opened_on": "01/02/2018", "full_name": "Trần Thị Mẫu"}
    path = fill(template(dialog, tmp_path), [person])
    assert dialog.load_file(path).ok
    # Meanwhile someone enters the same file code: the import finds it and refuses.
    RecordService(workspace).create(
        "person", {"unit": "00067", "code": "VD-2018-0009", "opened_on": "2018-02-01",
                   "full_name": "Người Mẫu Khác"}
    )  # fmt: skip
    assert dialog.import_rows() is None
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    assert workspace.counts()["person"] == 1
    assert "Không nhập bản ghi nào" in dialog.error_label.text()
    assert dialog.error_label.isVisible()
    assert "Dòng 3" in dialog.problems_label.text()
    assert not dialog.import_button.isEnabled()


@pytest.mark.parametrize("error", [OSError("đĩa đầy"), ServiceError("Cơ sở dữ liệu bị khóa")])
def test_an_error_while_importing_is_shown(qtbot, workspace, tmp_path, monkeypatch, error):
    dialog = open_dialog(qtbot, workspace)
    assert dialog.load_file(fill(template(dialog, tmp_path), good_rows())).ok

    def fail(*args, **kwargs):
        raise error

    monkeypatch.setattr(module, "import_preview", fail)
    assert dialog.import_rows() is None
    assert str(error) in dialog.error_label.text() and dialog.isVisible()
    assert stored(workspace) == 0


def test_a_file_that_is_not_excel_is_said_plainly(qtbot, workspace, tmp_path):
    dialog = open_dialog(qtbot, workspace)
    path = tmp_path / "ghi chu.xlsx"
    path.write_text("không phải bảng tính", encoding="utf-8")
    assert dialog.load_file(path) is None
    assert "ghi chu.xlsx" in dialog.error_label.text() and dialog.error_label.isVisible()
    assert dialog.table.rowCount() == 0 and not dialog.import_button.isEnabled()
    assert dialog.load_file(tmp_path / "khong co.xlsx") is None
    assert "khong co.xlsx" in dialog.error_label.text()


def test_a_corrected_file_is_read_again(qtbot, workspace, tmp_path):
    dialog = open_dialog(qtbot, workspace)
    path = template(dialog, tmp_path)
    fill(path, [{"name": "Quán Mẫu", "type": "Quán bia"}])
    assert not dialog.load_file(path).ok
    fill(path, [{"name": "Quán Mẫu", "type": "Vũ trường, quán bar"}])
    dialog.findChild(QPushButton, "action.reload_file").click()
    assert dialog.preview.ok and dialog.import_button.isEnabled()


def test_a_viewer_may_not_import(qtbot, workspace, tmp_path):
    dialog = open_dialog(qtbot, workspace)
    path = fill(template(dialog, tmp_path), good_rows())
    auth.add_user(workspace, "nguoi-xem", "viewer", PASSWORD)
    auth.login(workspace, "nguoi-xem", PASSWORD)
    try:
        assert dialog.load_file(path) is None
        assert dialog.error_label.text() and not dialog.import_button.isEnabled()
    finally:
        auth.login(workspace, ADMIN, PASSWORD)
    assert stored(workspace) == 0


def test_inputs_are_named_and_the_dialog_fits_a_small_screen(qtbot, workspace, tmp_path):
    dialog = open_dialog(qtbot, workspace, "hotspot")
    assert unnamed_inputs(dialog) == []
    for name in ("download_template", "choose_file", "import", "cancel"):
        assert dialog.findChild(QPushButton, f"action.{name}") is not None, name
    size, minimum = dialog.size(), dialog.minimumSizeHint()
    assert size.width() <= 1366 and size.height() <= 768 - 80
    assert minimum.width() <= 1366 and minimum.height() <= 768 - 80
