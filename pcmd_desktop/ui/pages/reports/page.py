"""Báo cáo: choose the reporting period (its exact dates under the database's cut-off), or
an ad hoc range of days (Đột xuất: two date fields; the year to date is said beside them),
write the period's narrative, preview the report as it prints, print it, save it as PDF
or Excel.

What is previewed, printed and saved is the report of the period chosen with the
narrative as the boxes hold it (saved or not): what is seen is what is sent."""

from __future__ import annotations

import contextlib
import dataclasses
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.periods import ADHOC, Period
from pcmd_desktop.reports.model import Report
from pcmd_desktop.services import drafts, reporting
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import ask_unsaved, busy, error_label, show_error
from pcmd_desktop.ui.i18n import period_name, tr
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.pages.exchange.approval_widgets import lock_text
from pcmd_desktop.ui.pages.reports.narrative import NarrativeEditor
from pcmd_desktop.ui.pages.reports.notes import CUTOFF_NOTES, target_notes
from pcmd_desktop.ui.pages.reports.period_picker import PeriodPicker, dates_text
from pcmd_desktop.ui.pages.reports.preview import PreviewPane, print_pdf
from pcmd_desktop.ui.window_state import app_settings

DRAFT = "report_narrative"  # the narrative typed but not saved when the window closed
FOLDER_KEY = "reports/folder"  # the folder reports were last saved in, per PC
FILTERS = {"pdf": "PDF (*.pdf)", "xlsx": "Excel (*.xlsx)"}


def _button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(f"action.{name}")
    return button


class ReportsPage(Page):
    name = "reports"
    title = "Báo cáo"

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        current = workspace.current_period()
        self.period: Period = current
        self.picker = PeriodPicker(current)
        self.dates = QLabel()
        self.dates.setObjectName("label.report.dates")
        self.dates.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.dates.setWordWrap(True)  # two lines beside the title in a narrow window
        top = QHBoxLayout()
        top.addWidget(heading(tr(self.title)))
        top.addSpacing(12)
        top.addWidget(self.picker)
        top.addSpacing(12)
        top.addWidget(self.dates, 1)

        self.narrative = NarrativeEditor(workspace)
        self.preview = PreviewPane()
        self.preview_button = _button(tr("Xem trước"), "preview")
        self.preview_button.setDefault(True)
        self.print_button = _button(tr("In…"), "print")
        self.pdf_button = _button(tr("Lưu PDF…"), "save_pdf")
        self.xlsx_button = _button(tr("Lưu Excel…"), "save_xlsx")
        # The annex of the person and service indicators by sex and age band (default on).
        self.breakdown_box = QCheckBox(tr("Kèm phân tổ giới tính, độ tuổi"))
        self.breakdown_box.setObjectName("field.report.breakdown")
        self.breakdown_box.setAccessibleName(tr("Kèm phụ lục phân tổ theo giới tính và độ tuổi"))
        self.breakdown_box.setToolTip(tr("Phụ lục trang ngang: số người, số lượt hỗ trợ theo "
                                         "giới tính và nhóm tuổi"))  # fmt: skip
        self.breakdown_box.setChecked(True)
        # A district or the city: only the children whose latest file was accepted.
        self.accepted_box = QCheckBox(tr("Chỉ tệp đã duyệt"))
        self.accepted_box.setObjectName("field.report.accepted_only")
        self.accepted_box.setAccessibleName(tr("Chỉ tổng hợp tệp của đơn vị cấp dưới đã duyệt"))
        self.accepted_box.setToolTip(tr("Chỉ cộng số liệu của các đơn vị cấp dưới có tệp báo "
                                        "cáo mới nhất đã được duyệt"))  # fmt: skip
        self.busy_label = QLabel(tr("Đang tạo báo cáo…"))
        self.busy_label.setObjectName("label.report.busy")
        tools = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.pdf_button,
                       self.xlsx_button):  # fmt: skip
            tools.addWidget(button)
        tools.addSpacing(8)
        tools.addWidget(self.breakdown_box)
        tools.addWidget(self.accepted_box)
        tools.addSpacing(8)
        tools.addWidget(self.busy_label)
        tools.addStretch(1)
        self.error = error_label("label.report.error")
        # A ceiling of the plan exceeded (the form's "Không đạt (vượt chỉ tiêu)"), and the
        # codes an older child file lacked: said above the preview as well.
        self.targets_label = QLabel()
        self.targets_label.setObjectName("label.report.targets")
        self.targets_label.setWordWrap(True)
        self.targets_label.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.saved_label = QLabel()
        self.saved_label.setObjectName("label.report.saved")
        self.saved_label.setWordWrap(True)
        self.saved_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = _button(tr("Mở thư mục"), "open_folder")
        saved_row = QHBoxLayout()
        saved_row.addWidget(self.saved_label, 1)
        saved_row.addWidget(self.open_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(tools)
        right_layout.addWidget(self.error)
        self.lock_label = QLabel()  # a child's period the parent accepted (or reopened)
        self.lock_label.setObjectName("label.report.lock")
        self.lock_label.setWordWrap(True)
        self.lock_label.setStyleSheet("font-weight: bold;")
        right_layout.addWidget(self.lock_label)
        right_layout.addWidget(self.targets_label)
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(saved_row)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("splitter.report")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.narrative)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.narrative.setMinimumWidth(220)
        right.setMinimumWidth(360)
        self.splitter.setSizes([340, 760])  # at 1366 px: the A4 page readable at its width

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        # Only once parented: a parentless widget made visible is a window of its own.
        self.busy_label.hide()
        self.open_button.hide()
        self.targets_label.hide()
        self.saved_folder: Path | None = None

        self.picker.changed.connect(self._period_changed)
        self.picker.invalid.connect(lambda text: show_error(self.error, text))
        self.preview_button.clicked.connect(self.show_preview)
        self.print_button.clicked.connect(self.print_report)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        self.xlsx_button.clicked.connect(lambda: self.save_xlsx())
        self.open_button.clicked.connect(self.open_folder)
        self.breakdown_box.toggled.connect(self._breakdown_toggled)
        self.accepted_box.toggled.connect(self._breakdown_toggled)
        self.accepted_box.setVisible(bool(workspace.units.children(workspace.unit.code)))
        self.preview.loading.connect(self.busy_label.setVisible)
        self.preview.failed.connect(lambda text: show_error(self.error, text))
        self.preview.shown.connect(lambda _pages: show_error(self.error, ""))
        self.narrative.saved.connect(self._narrative_saved)
        self.show_period(current.code)
        self._restore_draft()

    # The period ----------------------------------------------------------------------
    def show_period(self, code: str) -> bool:
        """Show the period `code`: its dates, its narrative, and (once a preview was
        asked for) its preview."""
        try:
            period = reporting.period_of(self.workspace, code)
        except ServiceError as e:
            show_error(self.error, str(e))
            return False
        show_error(self.error, "")
        self.period = period
        if self.picker.code() != period.code:
            self.picker.set_code(period.code, kind=period.kind, year=period.year)
        self.dates.setText(dates_text(period))
        self.dates.setToolTip(tr(CUTOFF_NOTES.get(period.cutoff, "")))
        self.narrative.load(period.code)
        locked = lock_text(self.workspace, period.code)
        self.lock_label.setText(locked)
        self.lock_label.setVisible(bool(locked))
        if self.preview.report is not None or self.preview.is_busy():
            self.show_preview()
        return True

    def _period_changed(self, code: str) -> None:
        if code == self.period.code:
            return
        if self.narrative.is_dirty():
            question = tr("Nhận xét của {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển kỳ?")
            answer = ask_unsaved(self, question.format(period_name(self.period)))
            if answer == QMessageBox.StandardButton.Cancel or (
                answer == QMessageBox.StandardButton.Save and not self.narrative.save()
            ):
                self.picker.set_code(self.period.code, kind=self.period.kind,
                                     year=self.period.year)  # fmt: skip
                return
            if answer == QMessageBox.StandardButton.Discard:
                self._discard_draft()
        if not self.show_period(code) and self.picker.kind() != ADHOC:
            # An ad hoc range being typed stays as typed, its fault said beside it.
            self.picker.set_code(self.period.code, kind=self.period.kind, year=self.period.year)

    def _narrative_saved(self) -> None:
        self._discard_draft()
        if self.preview.report is not None:
            self.show_preview()

    # The report ----------------------------------------------------------------------
    def build(self) -> Report | None:
        """The report of the period chosen, with the narrative the boxes hold; None (and
        the reason shown) when it cannot be made."""
        fault = self.picker.range_error()  # an ad hoc range typed wrong
        if fault:
            show_error(self.error, fault)
            return None
        if self.picker.code() != self.period.code and not self.show_period(self.picker.code()):
            return None  # a range typed but not yet taken (no Enter), and refused
        try:
            with busy():
                report = reporting.build_report(
                    self.workspace,
                    self.period.code,
                    breakdown=self.breakdown_box.isChecked(),
                    accepted_only=self.accepted_box.isChecked(),
                )
        except (ServiceError, OSError) as e:
            show_error(self.error, tr("Không lập được báo cáo: {0}").format(e))
            return None
        return dataclasses.replace(report, narrative=self.narrative.sections())

    def _breakdown_toggled(self) -> None:
        if self.preview.report is not None:
            self.show_preview()

    def show_preview(self) -> None:
        report = self.build()
        if report is not None:
            text = target_notes(report)
            self.targets_label.setText(text)
            self.targets_label.setVisible(bool(text))
            self.preview.show_report(report)

    # Printing ------------------------------------------------------------------------
    def print_report(self) -> int:
        """Ask for a printer, then print the report's pages; the pages printed."""
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.file_name("pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setObjectName("dialog.print")
        dialog.setWindowTitle(tr("In báo cáo"))
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return 0
        return self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """The report of the period chosen onto `printer`; the pages printed."""
        report = self.build()
        if report is None:
            return 0
        path = self.preview.next_path("in")
        document = QPdfDocument(self)
        try:
            try:
                with busy():
                    reporting.write_report(report, "pdf", path)
            except Exception as e:  # a renderer's failure is said, never a crash
                show_error(self.error, tr("Không in được: {0}").format(e))
                return 0
            if document.load(str(path)) != QPdfDocument.Error.None_:
                show_error(self.error, tr("Không in được: không mở được tệp PDF tạm."))
                return 0
            with busy():
                pages = print_pdf(document, printer)
            if not pages:
                show_error(self.error, tr("Không in được: máy in không sẵn sàng."))
                return 0
            show_error(self.error, "")
            self.saved_label.setText(tr("Đã gửi {0} trang tới máy in.").format(pages))
            self.open_button.hide()
            return pages
        finally:
            document.close()
            document.deleteLater()
            path.unlink(missing_ok=True)

    # Saving --------------------------------------------------------------------------
    def file_name(self, fmt: str) -> str:
        """The suggested file name, e.g. BC-PCMD-00067-2018-01.pdf: unit and period."""
        return f"BC-PCMD-{self.workspace.unit.code}-{self.period.code}.{fmt}"

    def _folder(self) -> Path:
        saved = str(app_settings().value(FOLDER_KEY, "") or "")
        if saved and Path(saved).is_dir():
            return Path(saved)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def _remember(self, folder: Path) -> None:
        settings = app_settings()
        settings.setValue(FOLDER_KEY, str(folder))
        settings.sync()

    def save_pdf(self, path: Path | None = None) -> Path | None:
        return self._save("pdf", path)

    def save_xlsx(self, path: Path | None = None) -> Path | None:
        return self._save("xlsx", path)

    def _save(self, fmt: str, path: Path | None) -> Path | None:
        """The report as a `fmt` file at `path` (asked with a file dialog when None).
        Returns the file written; None when cancelled or not written."""
        report = self.build()
        if report is None:
            return None
        if path is None:
            title = tr("Lưu báo cáo PDF") if fmt == "pdf" else tr("Lưu báo cáo Excel")
            chosen, _ = QFileDialog.getSaveFileName(
                self, title, str(self._folder() / self.file_name(fmt)), FILTERS[fmt]
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(f"{path.name}.{fmt}")
        path = Path(path)
        try:
            with busy():
                written = reporting.write_report(report, fmt, path)
        except Exception as e:  # disk full, a file open in Excel, a renderer's failure
            show_error(self.error, tr("Không lưu được {0}: {1}").format(path.name, e))
            return None
        show_error(self.error, "")
        self._remember(written.parent)
        self.saved_folder = written.parent
        self.saved_label.setText(tr("Đã lưu {0}").format(written))
        self.open_button.show()
        return written

    def open_folder(self) -> None:
        if self.saved_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_folder)))

    # Drafts --------------------------------------------------------------------------
    def save_drafts(self) -> None:
        """A narrative still changed is kept (encrypted) and offered next time."""
        if not self.narrative.is_dirty():
            self._discard_draft()
            return
        with contextlib.suppress(ServiceError):  # a role without drafts keeps nothing
            state = {"period": self.period.code, "sections": self.narrative.typed()}
            drafts.save_draft(self.workspace, DRAFT, state)

    def _discard_draft(self) -> None:
        with contextlib.suppress(ServiceError):
            drafts.discard_draft(self.workspace, DRAFT)

    def _restore_draft(self) -> None:
        try:
            draft = drafts.load_draft(self.workspace, DRAFT)
        except ServiceError:
            return
        if not draft or not isinstance(draft.get("sections"), dict):
            return
        if self.show_period(str(draft.get("period") or self.period.code)):
            self.narrative.restore(draft["sections"])

    # Page ----------------------------------------------------------------------------
    def refresh(self) -> None:
        """The cut-off may have changed in Settings: the dates again (the narrative
        stays as typed)."""
        if self.narrative.is_dirty():
            return
        try:
            period = reporting.period_of(self.workspace, self.period.code)
        except ServiceError:
            return
        if period != self.period:
            self.show_period(period.code)
