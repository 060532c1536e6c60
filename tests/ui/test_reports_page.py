"""The report page: the period chosen with its widgets and its dates, the narrative saved
and kept, the preview, printing, PDF and Excel files; read-only for a viewer; and the
report form's header and signature in Settings."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QMessageBox, QPlainTextEdit, QWidget
from records_support import type_text
from scenarios import reactivated_public_hotspot
from ui_support import ADMIN, PASSWORD, open_window, when_modal

from pcmd_desktop.reports.model import Signature
from pcmd_desktop.services import auth, reporting
from pcmd_desktop.ui.pages.reports import notes as notes_module
from pcmd_desktop.ui.pages.reports import page as page_module

VIEWER = "nguoi-xem"
VIEWER_PASSWORD = "mat-khau-nguoi-xem"


def reports_page(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("reports")
    window.show_page(window.pages.index(page))
    return window, page


def choose(page, kind: str, year: int, part: int | None = None) -> None:
    """Choose a period with the three widgets, as a user would."""
    picker = page.picker
    picker.kind_field.setCurrentIndex(picker.kind_field.findData(kind))
    picker.year_field.setValue(year)
    if part is not None:
        picker.part_field.setCurrentIndex(picker.part_field.findData(part))


def wait_preview(qtbot, page) -> None:
    qtbot.waitUntil(lambda: not page.preview.is_busy(), timeout=20_000)


def test_period_widgets_choose_the_period_and_show_its_dates(qtbot, workspace):
    _window, page = reports_page(qtbot, workspace)
    picker = page.picker
    for name in ("field.report.period_kind", "field.report.year", "field.report.month"):
        widget = page.findChild(QWidget, name)
        assert widget is not None and widget.accessibleName(), name
    current = workspace.current_period()
    assert picker.code() == current.code and page.period == current  # the default

    choose(page, "month", 2018, 1)
    assert page.period.code == "2018-01"
    assert page.dates.text() == "Từ 15/12/2017 đến 14/01/2018"  # nd09: from the 15th
    assert picker.part_field.isVisibleTo(page)

    choose(page, "quarter", 2018, 2)
    assert page.period.code == "2018-Q2"
    assert page.dates.text() == "Từ 15/03/2018 đến 14/06/2018"
    assert picker.part_field.currentText() == "II"

    choose(page, "half", 2018)
    assert page.period.code == "2018-H1"  # the half holding quarter II
    assert picker.part_field.isVisibleTo(page) and picker.part_label.text() == "Kỳ:"
    assert picker.part_field.currentText() == "6 tháng đầu năm"
    choose(page, "half", 2018, 2)
    assert page.period.code == "2018-H2"
    assert page.dates.text() == "Từ 15/06/2018 đến 14/12/2018"
    assert picker.part_field.currentText() == "6 tháng cuối năm"
    choose(page, "nine_months", 2018)
    assert page.dates.text() == "Từ 15/12/2017 đến 14/09/2018"
    assert not picker.part_field.isVisibleTo(page)  # no month, quarter nor half to choose
    choose(page, "year", 2018)
    assert page.period.code == "2018"
    assert page.dates.text() == "Từ 15/12/2017 đến 14/12/2018"


def test_the_narrative_is_saved_and_kept(qtbot, workspace):
    window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    box = page.findChild(QPlainTextEdit, "field.report.assessment")
    assert box.accessibleName() == "Đánh giá chung"
    box.setFocus()
    type_text(qtbot, box, "Tình hình ổn định, không phát sinh tụ điểm mới.")
    type_text(qtbot, page.narrative.editors["proposals"], "Đề nghị quận hỗ trợ kinh phí.")
    assert page.narrative.is_dirty()
    page.narrative.save_button.click()
    assert not page.narrative.is_dirty()
    assert reporting.load_narrative(workspace, "2018-01") == {
        "assessment": "Tình hình ổn định, không phát sinh tụ điểm mới.",
        "proposals": "Đề nghị quận hỗ trợ kinh phí.",
    }
    assert "Đã lưu" in page.narrative.status.text()
    window.close()

    auth.login(workspace, ADMIN, PASSWORD)
    _window2, page2 = reports_page(qtbot, workspace)
    choose(page2, "month", 2018, 1)
    assert page2.narrative.editors["assessment"].toPlainText() == (
        "Tình hình ổn định, không phát sinh tụ điểm mới."
    )
    assert page2.narrative.editors["difficulties"].toPlainText() == ""
    choose(page2, "month", 2018, 2)  # another period, another narrative
    assert page2.narrative.editors["assessment"].toPlainText() == ""


def test_changing_the_period_asks_before_leaving_unsaved_text(qtbot, workspace):
    _window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    type_text(qtbot, page.narrative.editors["difficulties"], "Thiếu cán bộ")

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    choose(page, "month", 2018, 2)  # "Tiếp tục sửa": stays on January, text kept
    assert page.period.code == "2018-01" and page.picker.code() == "2018-01"
    assert page.narrative.editors["difficulties"].toPlainText() == "Thiếu cán bộ"

    when_modal(lambda box: box.button(QMessageBox.StandardButton.Save).click())
    choose(page, "month", 2018, 2)  # "Lưu": saved, then February
    assert page.period.code == "2018-02"
    assert reporting.load_narrative(workspace, "2018-01") == {"difficulties": "Thiếu cán bộ"}

    type_text(qtbot, page.narrative.editors["difficulties"], "Nháp bỏ đi")
    when_modal(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    choose(page, "month", 2018, 3)  # "Bỏ thay đổi": not saved
    assert page.period.code == "2018-03"
    assert reporting.load_narrative(workspace, "2018-02") == {}


def test_unsaved_narrative_is_kept_as_a_draft_when_the_window_closes(qtbot, workspace):
    window, page = reports_page(qtbot, workspace)
    choose(page, "quarter", 2018, 1)
    type_text(qtbot, page.narrative.editors["next_period"], "Tăng cường tuần tra")
    window.close()

    auth.login(workspace, ADMIN, PASSWORD)
    assert reporting.load_narrative(workspace, "2018-Q1") == {}  # a draft, not saved
    _window2, page2 = reports_page(qtbot, workspace)
    assert page2.period.code == "2018-Q1"
    assert page2.narrative.editors["next_period"].toPlainText() == "Tăng cường tuần tra"
    assert page2.narrative.is_dirty() and "khôi phục" in page2.narrative.status.text()
    page2.narrative.save()
    assert reporting.load_narrative(workspace, "2018-Q1") == {"next_period": "Tăng cường tuần tra"}
    assert workspace.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_preview_shows_the_report_pages(qtbot, workspace):
    _window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    type_text(qtbot, page.narrative.editors["assessment"], "Chưa lưu mà vẫn xem được")
    view = page.findChild(type(page.preview.view), "view.report_preview")
    assert view is page.preview.view
    page.preview_button.click()
    wait_preview(qtbot, page)
    assert page.preview.document.pageCount() >= 1
    assert view.document() is page.preview.document
    assert page.preview.report.period.code == "2018-01"
    # What is typed is what is previewed, saved or not.
    assert page.preview.report.narrative == {"assessment": "Chưa lưu mà vẫn xem được"}
    assert "tháng 01 năm 2018" in page.preview.info.text()
    assert not page.busy_label.isVisible() and not page.error.isVisible()

    page.narrative.save()  # a preview shown follows the period chosen
    choose(page, "quarter", 2018, 1)
    wait_preview(qtbot, page)
    assert page.preview.report.period.code == "2018-Q1"
    assert page.preview.document.pageCount() >= 1


def test_a_ceiling_exceeded_is_flagged_above_the_preview(qtbot, workspace):
    from datetime import date

    from pcmd_desktop.services import plan
    from pcmd_desktop.services.records import RecordService

    s = RecordService(workspace, date(2018, 12, 31))
    reactivated_public_hotspot(s, "2018-01-05")
    plan.set_targets(workspace, 2018, {"hotspot.public_reactivated": 0, "case.detected": 3})
    _window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    page.preview_button.click()
    wait_preview(qtbot, page)
    assert page.targets_label.isVisible()
    assert page.targets_label.text() == (
        "Không đạt (vượt chỉ tiêu): Số tụ điểm nơi công cộng đã triệt xóa trước năm báo cáo "
        "bị tái hoạt động: 1 / chỉ tiêu 0"
    )
    choose(page, "month", 2017, 6)  # nothing re-activated then: nothing to say
    wait_preview(qtbot, page)
    assert not page.targets_label.isVisible() and page.targets_label.text() == ""


def test_target_notes_say_when_a_child_file_lacked_codes():
    from datetime import date

    from pcmd_desktop.domain.periods import parse_period
    from pcmd_desktop.reports.model import IndicatorValue, Report

    report = Report(
        "002",
        "Quận Hoàn Kiếm",
        parse_period("2018-01", "nd09"),
        {"case.detected": IndicatorValue("case.detected", 1, 1, 3)},
        not_reported={
            "hotspot.public_reactivated": ("00037",),
            "hotspot.eradicated_business": ("00037", "00040"),
        },
        issued_on=date(2018, 2, 1),
    )
    assert notes_module.target_notes(report) == (
        "Tệp của 2 đơn vị cấp dưới lập theo danh mục chỉ tiêu cũ, thiếu 2 chỉ tiêu: phần của "
        "các đơn vị đó được tính từ dữ liệu có trong máy này."
    )


def test_a_newer_preview_wins(qtbot, workspace):
    _window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    page.show_preview()
    choose(page, "year", 2018)  # asked again before the first was shown
    wait_preview(qtbot, page)
    qtbot.wait(50)
    assert page.preview.report.period.code == "2018"
    assert len(list(page.preview.folder.glob("*.pdf"))) == 1  # the older file is gone


def test_save_pdf_and_excel(qtbot, workspace, tmp_path, monkeypatch):
    _window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    assert page.file_name("pdf") == "BC-PCMD-00067-2018-01.pdf"

    pdf = page.save_pdf(tmp_path / "bc.pdf")
    assert pdf == tmp_path / "bc.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert str(pdf) in page.saved_label.text() and page.open_button.isVisibleTo(page)

    xlsx = page.save_xlsx(tmp_path / "bc.xlsx")
    workbook = load_workbook(xlsx)
    assert workbook.worksheets

    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    page.open_button.click()
    assert opened == [QUrl.fromLocalFile(str(tmp_path))]


def test_the_file_dialog_suggests_the_name_in_the_last_folder(qtbot, workspace, tmp_path,
                                                             monkeypatch):  # fmt: skip
    _window, page = reports_page(qtbot, workspace)
    choose(page, "quarter", 2018, 1)
    folder = tmp_path / "bao-cao"
    folder.mkdir()
    asked: list[str] = []

    def dialog(_parent, _title, suggested, _filter):
        asked.append(suggested)
        return str(folder / "quy-1"), "Excel (*.xlsx)"

    monkeypatch.setattr(page_module.QFileDialog, "getSaveFileName", dialog)
    written = page.save_xlsx()
    assert written == folder / "quy-1.xlsx" and written.is_file()  # the suffix added
    written = page.save_pdf()
    assert written == folder / "quy-1.pdf"
    assert asked[1] == str(folder / "BC-PCMD-00067-2018-Q1.pdf")  # the last folder used

    monkeypatch.setattr(page_module.QFileDialog, "getSaveFileName", lambda *a: ("", ""))
    assert page.save_pdf() is None  # cancelled


def test_errors_are_shown_not_raised(qtbot, workspace, tmp_path):
    _window, page = reports_page(qtbot, workspace)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    assert page.save_pdf(blocker / "bc.pdf") is None  # a file where a folder should be
    assert page.error.isVisibleTo(page) and "bc.pdf" in page.error.text()
    assert page.save_xlsx(tmp_path / "bc.xlsx") is not None
    assert not page.error.isVisibleTo(page)


def test_print_renders_every_page(qtbot, workspace, tmp_path, monkeypatch):
    _window, page = reports_page(qtbot, workspace)
    choose(page, "month", 2018, 1)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "in.pdf"))
    printer.setResolution(150)
    pages = page.print_to(printer)
    assert pages >= 1
    assert (tmp_path / "in.pdf").read_bytes().startswith(b"%PDF")
    assert "máy in" in page.saved_label.text()

    class Refused:  # the print dialog, cancelled
        DialogCode = page_module.QPrintDialog.DialogCode

        def __init__(self, *_args):
            pass

        def setObjectName(self, _name):
            pass

        def setWindowTitle(self, _title):
            pass

        def exec(self):
            return self.DialogCode.Rejected

    monkeypatch.setattr(page_module, "QPrintDialog", Refused)
    assert page.print_report() == 0


@pytest.fixture
def viewer(workspace):
    auth.add_user(workspace, VIEWER, "viewer", VIEWER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, VIEWER, VIEWER_PASSWORD)
    return workspace


def test_a_viewer_reads_the_narrative_but_cannot_change_it(qtbot, workspace):
    reporting.save_narrative(workspace, "2018-01", {"assessment": "Đã lưu bởi quản trị"})
    auth.add_user(workspace, VIEWER, "viewer", VIEWER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, VIEWER, VIEWER_PASSWORD)
    window, page = reports_page(qtbot, workspace)
    assert window.has_page("reports")
    choose(page, "month", 2018, 1)
    box = page.narrative.editors["assessment"]
    assert box.toPlainText() == "Đã lưu bởi quản trị"
    assert all(e.isReadOnly() for e in page.narrative.editors.values())
    assert not page.narrative.save_button.isVisibleTo(page)
    assert not page.narrative.is_dirty()
    choose(page, "month", 2018, 2)  # nothing to ask: nothing can be typed
    assert page.period.code == "2018-02"
    page.show_preview()  # a viewer still reads the report
    wait_preview(qtbot, page)
    assert page.preview.document.pageCount() >= 1


def test_the_signature_is_set_in_settings(qtbot, workspace):
    window = open_window(qtbot, workspace)
    settings = window.page("settings")
    window.show_page(window.pages.index(settings))
    section = settings.report_section
    assert section.objectName() == "section.settings.report"
    default = reporting.signature(workspace)
    assert section.fields["issuer"].text() == default.issuer == "UBND PHƯỜNG CHƯƠNG DƯƠNG"
    typed = {
        "parent_body": "UBND QUẬN HOÀN KIẾM",
        "issuer": "UBND PHƯỜNG CHƯƠNG DƯƠNG",
        "number": "Số: 12/BC-UBND",
        "place": "Hà Nội",
        "authority": "TM. ỦY BAN NHÂN DÂN",
        "deputy": "",
        "title": "CHỦ TỊCH",
        "signer": "Trần Văn Bình",
    }
    for key, text in typed.items():
        edit = section.fields[key]
        assert edit.objectName() == f"field.signature.{key}" and edit.accessibleName()
        edit.selectAll()
        edit.del_()
        type_text(qtbot, edit, text)
    section.recipients.clear()
    type_text(qtbot, section.recipients, "Như trên;")
    section.recipients.appendPlainText("UBND quận Hoàn Kiếm;\n\nLưu: VT.")
    section.save_button.click()
    assert reporting.signature(workspace) == Signature(
        **typed, recipients=("Như trên;", "UBND quận Hoàn Kiếm;", "Lưu: VT.")
    )
    assert "Đã lưu" in section.status.text()


def test_a_viewer_sees_the_signature_read_only(qtbot, viewer):
    window = open_window(qtbot, viewer)
    section = window.page("settings").report_section
    assert all(e.isReadOnly() for e in section.fields.values())
    assert section.recipients.isReadOnly()
    assert not section.save_button.isVisibleTo(section)
    assert not section.save()
