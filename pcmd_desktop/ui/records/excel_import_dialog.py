"""Nhập danh sách từ Excel: download the template of a list (establishments, hotspots or
persons), fill it in Excel, choose the file, see every row as it will be saved with each
problem named by Excel row and column, and import it all or nothing.

The dialog only calls the service (`services.excel_io`): reading, checking against the
database and the import itself are all there.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.excel_io import (
    ExcelImportRefused,
    ImportSummary,
    SheetPreview,
    check_preview,
    import_preview,
    read_sheet,
    write_template,
)
from pcmd_desktop.services.excel_templates import template_kind
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import busy, dialog_buttons, error_label, show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.records.excel_preview_table import fill_preview_table, problem_text
from pcmd_desktop.ui.window_state import app_settings

FOLDER_KEY = "excel_import/folder"  # the folder last used, per PC
EXCEL_FILTER = "Excel (*.xlsx *.xlsm)"


class ExcelImportDialog(QDialog):
    """Import a filled Excel template of `kind_name` (one of services.excel_kinds'
    TEMPLATE_KINDS) into `workspace`. Accepted once the rows are saved; `imported` carries
    the service's ImportSummary just before."""

    imported = Signal(object)  # ImportSummary

    def __init__(self, workspace: Workspace, kind_name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.kind_name = kind_name
        self.kind = template_kind(kind_name)  # ServiceError for a kind without a template
        self.preview: SheetPreview | None = None
        self._shown: dict[tuple[int, str | None], list[str]] = {}  # (row, header) -> problems
        self.path: Path | None = None
        self.setObjectName("dialog.excel_import")
        label = tr(self.kind.label)
        self.setWindowTitle(tr("Nhập danh sách từ Excel — {0}").format(label))
        layout = QVBoxLayout(self)

        steps = QLabel(
            tr(
                "1. Tải mẫu Excel và điền mỗi bản ghi một dòng, từ dòng 3 (cột có dấu * là "
                "bắt buộc; xóa dòng ví dụ hoặc để nguyên). 2. Chọn tệp đã điền: phần mềm "
                "kiểm tra từng ô, chưa lưu gì. 3. Hết lỗi thì bấm 'Nhập vào cơ sở dữ liệu'. "
                "Nhập là tất cả hoặc không: còn một lỗi thì không bản ghi nào được lưu."
            )
        )
        steps.setObjectName("label.excel_import.steps")
        steps.setWordWrap(True)
        layout.addWidget(steps)

        row = QHBoxLayout()
        self.template_button = QPushButton(tr("Tải mẫu Excel…"))
        self.template_button.setObjectName("action.download_template")
        self.template_button.setToolTip(tr("Lưu tệp mẫu {0} để điền").format(label))
        self.template_button.clicked.connect(lambda: self.save_template())
        self.choose_button = QPushButton(tr("Chọn tệp Excel…"))
        self.choose_button.setObjectName("action.choose_file")
        self.choose_button.clicked.connect(lambda: self.choose_file())
        self.file_field = QLineEdit()
        self.file_field.setObjectName("field.excel_import.file")
        self.file_field.setAccessibleName(tr("Tệp Excel đã chọn"))
        self.file_field.setReadOnly(True)
        self.file_field.setPlaceholderText(tr("Chưa chọn tệp"))
        self.reload_button = QPushButton(tr("Đọc lại tệp"))
        self.reload_button.setObjectName("action.reload_file")
        self.reload_button.setToolTip(tr("Đọc lại tệp sau khi đã sửa và lưu trong Excel"))
        self.reload_button.setEnabled(False)
        self.reload_button.clicked.connect(self.reload)
        row.addWidget(self.template_button)
        row.addWidget(self.choose_button)
        row.addWidget(self.file_field, 1)
        row.addWidget(self.reload_button)
        layout.addLayout(row)

        self.status_label = QLabel()
        self.status_label.setObjectName("label.excel_import.status")
        self.status_label.setWordWrap(True)
        self.status_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status_label.hide()
        layout.addWidget(self.status_label)

        self.summary_label = QLabel(tr("Chưa đọc tệp nào."))
        self.summary_label.setObjectName("label.excel_import.summary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        self.table = QTableWidget()
        self.table.setObjectName("table.excel_preview")
        self.table.setAccessibleName(tr("Xem trước các dòng sẽ nhập"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)

        self.problems_label = error_label("label.excel_import.problems")
        self.problems_label.setAccessibleName(tr("Danh sách lỗi"))
        self.problems_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.problems_area = QScrollArea()
        self.problems_area.setObjectName("area.excel_import.problems")
        self.problems_area.setWidgetResizable(True)
        self.problems_area.setWidget(self.problems_label)
        self.problems_area.setMinimumHeight(self.fontMetrics().lineSpacing() * 5 + 8)
        self.problems_area.hide()

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.problems_area)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)

        self.error_label = error_label("label.excel_import.error")
        layout.addWidget(self.error_label)
        buttons, self.import_button, self.close_button = dialog_buttons(
            self, tr("Nhập vào cơ sở dữ liệu"), "import", tr("Đóng")
        )
        buttons.accepted.disconnect(self.accept)
        buttons.accepted.connect(self.import_rows)
        self.import_button.setEnabled(False)
        self.import_button.setDefault(False)
        self.choose_button.setDefault(True)
        layout.addWidget(buttons)

        self.setMinimumSize(720, 460)
        self.resize(1100, 620)  # within 1366x768 with the taskbar and the title bar

    # Template ------------------------------------------------------------------------
    def _folder(self) -> Path:
        saved = app_settings().value(FOLDER_KEY, "")
        folder = Path(str(saved)) if saved else Path.home()
        return folder if folder.is_dir() else Path.home()

    def _remember(self, path: Path) -> None:
        settings = app_settings()
        settings.setValue(FOLDER_KEY, str(path.parent))
        settings.sync()

    def save_template(self, path: Path | None = None) -> Path | None:
        """Write the Excel template to `path` (asked with a file dialog when None).
        Returns the file written, None when cancelled or not written."""
        if path is None:
            suggested = self._folder() / tr("Mẫu nhập {0}.xlsx").format(tr(self.kind.label))
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Lưu mẫu Excel"), str(suggested), EXCEL_FILTER
            )
            if not chosen:
                return None
            path = Path(chosen)
            if path.suffix.lower() not in (".xlsx", ".xlsm"):
                path = path.with_name(path.name + ".xlsx")
        path = Path(path)
        try:
            with busy():
                write_template(self.kind_name, path)
        except (ServiceError, OSError) as e:
            show_error(self.error_label, tr("Không lưu được mẫu Excel: {0}").format(e))
            return None
        self._remember(path)
        show_error(self.error_label, "")
        self._status(
            tr(
                "Đã lưu mẫu vào {0}. Mở tệp bằng Excel, điền từ dòng 3, lưu lại rồi bấm "
                "'Chọn tệp Excel…'."
            ).format(path)
        )
        return path

    # Reading -------------------------------------------------------------------------
    def choose_file(self) -> SheetPreview | None:
        """Ask for a filled workbook and read it (see `load_file`)."""
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            tr("Chọn tệp Excel đã điền"),
            str(self._folder()),
            EXCEL_FILTER + ";;" + tr("Mọi tệp (*)"),
        )
        if not chosen:
            return None
        return self.load_file(Path(chosen))

    def reload(self) -> SheetPreview | None:
        """Read the chosen file again (after it was corrected in Excel)."""
        return self.load_file(self.path) if self.path is not None else None

    def load_file(self, path: Path) -> SheetPreview | None:
        """Read `path`, check every row against the database (nothing is written) and
        show the preview. Returns the checked preview, None when the file cannot be read."""
        path = Path(path)
        self.path = path
        self.file_field.setText(str(path))
        self.file_field.setToolTip(str(path))
        self.reload_button.setEnabled(True)
        self._status("")
        try:
            with busy():
                preview = read_sheet(path, self.kind_name, default_unit=self.workspace.unit.code)
                preview = check_preview(self.workspace, preview)
        except (ServiceError, OSError) as e:
            self.show_preview(None)
            show_error(self.error_label, str(e))
            return None
        self._remember(path)
        show_error(self.error_label, "")
        self.show_preview(preview)
        return preview

    # Preview -------------------------------------------------------------------------
    def show_preview(self, preview: SheetPreview | None) -> None:
        """Fill the table, the problem list and the summary from `preview` (None: empty);
        the import button is enabled only for rows without any problem."""
        self.preview = preview
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_table(preview)
        finally:
            self.table.setUpdatesEnabled(True)
        problems = preview.problems if preview is not None else []
        self.problems_label.setText("\n".join(problem_text(p) for p in problems))
        self.problems_label.setVisible(bool(problems))
        self.problems_area.setVisible(bool(problems))
        self.summary_label.setText(self._summary(preview))
        ready = preview is not None and preview.ok and bool(preview.rows)
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)
        self.choose_button.setDefault(not ready)

    def bad_rows(self) -> set[int]:
        """The Excel rows of the preview that have a problem."""
        if self.preview is None:
            return set()
        rows = {r.row_number for r in self.preview.rows}
        return {p.row for p in self.preview.problems} & rows

    def _summary(self, preview: SheetPreview | None) -> str:
        if preview is None:
            return tr("Chưa đọc tệp nào.")
        bad = len(self.bad_rows())
        parts = [tr("{0} dòng hợp lệ, {1} dòng có lỗi.").format(len(preview.rows) - bad, bad)]
        rows = {r.row_number for r in preview.rows}
        other = sum(1 for p in preview.problems if p.row not in rows)
        if other:
            parts.append(tr("{0} lỗi ở tiêu đề hoặc cột của bảng.").format(other))
        if preview.skipped_rows:
            skipped = ", ".join(str(n) for n in preview.skipped_rows)
            parts.append(tr("Đã bỏ qua dòng ví dụ chưa sửa: {0}.").format(skipped))
        if preview.problems:
            parts.append(tr("Sửa các lỗi trong tệp Excel, lưu lại rồi bấm 'Đọc lại tệp'."))
        elif preview.rows:
            parts.append(tr("Chưa lưu gì: bấm 'Nhập vào cơ sở dữ liệu' để lưu."))
        return " ".join(parts)

    def _fill_table(self, preview: SheetPreview | None) -> None:
        self._shown = fill_preview_table(self.table, self.kind, preview)

    def problem_at(self, row_number: int, column: str | None = None) -> str:
        """The problems shown on Excel row `row_number` under header `column` (None:
        those of the whole row), one per line; '' when there is none."""
        return "\n".join(self._shown.get((row_number, column), []))

    # Import --------------------------------------------------------------------------
    def import_rows(self) -> ImportSummary | None:
        """Save every row of the preview in one transaction, or nothing. On success the
        count is shown, `imported` emitted and the dialog accepted."""
        preview = self.preview
        if preview is None or not preview.ok or not preview.rows:
            return None
        try:
            with busy():
                summary = import_preview(self.workspace, preview)
        except ExcelImportRefused as e:
            self.show_preview(dataclasses.replace(preview, problems=e.problems))
            show_error(
                self.error_label,
                tr("{0}: xem danh sách lỗi bên trên. Chưa lưu bản ghi nào.").format(e),
            )
            return None
        except (ServiceError, OSError) as e:
            show_error(
                self.error_label, tr("Không nhập được: {0}. Chưa lưu bản ghi nào.").format(e)
            )
            return None
        show_error(self.error_label, "")
        created = sum(summary.created.values())
        updated = sum(summary.updated.values())
        text = tr("Đã nhập {0} bản ghi vào danh sách '{1}'.").format(
            summary.total, tr(self.kind.label)
        )
        if updated:
            text += " " + tr("{0} bản ghi mới, {1} bản ghi đã có được cập nhật.").format(
                created, updated
            )
        self.imported.emit(summary)  # the lists behind refresh before the message
        box = QMessageBox(QMessageBox.Icon.Information, tr("Đã nhập từ Excel"), text,
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setObjectName("dialog.excel_import.done")
        box.button(QMessageBox.StandardButton.Ok).setText(tr("Đóng"))
        box.exec()
        self.accept()
        return summary

    def _status(self, text: str) -> None:
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))
