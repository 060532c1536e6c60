"""The recovery key, shown once after the first admin is created: large, printable, and
acknowledged before the program goes on."""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontDatabase, QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.ui.forms import fit_width
from pcmd_desktop.ui.i18n import tr


def key_lines(key: str) -> str:
    """The key in two lines of four groups, broken where the reader expects it, never
    inside a group (a line break at a dash reads as part of the key)."""
    groups = key.split("-")
    half = (len(groups) + 1) // 2
    return "-<br>".join(html.escape("-".join(part)) for part in (groups[:half], groups[half:]))


def sheet_html(key: str, unit_name: str, admin: str) -> str:
    """The printed recovery sheet."""
    title = tr("PHIẾU KHÓA KHÔI PHỤC — PCMD Desktop")
    unit = tr("Đơn vị: <b>{0}</b>").format(html.escape(unit_name))
    holder = tr("Người quản trị: <b>{0}</b>").format(html.escape(admin))
    printed = tr("Ngày in: {0}").format(f"{date.today():%d/%m/%Y}")
    advice = tr(
        "Gõ khóa liền một dòng; chữ hoa hay thường, có gạch nối hay không đều được. "
        "Khóa này mở lại được toàn bộ dữ liệu khi mọi người quản trị quên mật khẩu. "
        "Cất phiếu trong tủ có khóa, không chụp ảnh, không gửi qua mạng."
    )
    return (
        f"<h2>{title}</h2>"
        f"<p>{unit}<br>{holder}<br>{printed}</p>"
        f"<p style='font-family: monospace; font-size: 20pt;'><b>{key_lines(key)}</b></p>"
        f"<p>{advice}</p>"
    )


class RecoveryKeyDialog(QDialog):
    """Shows `key`; 'Tiếp tục' is enabled only once the confirmation box is ticked, and
    the dialog cannot be closed before."""

    def __init__(self, key: str, unit_name: str, admin: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog.recovery_key")
        self.setWindowTitle(tr("Khóa khôi phục"))
        self.key = key
        self._sheet = sheet_html(key, unit_name, admin)
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Đây là <b>khóa khôi phục</b> của cơ sở dữ liệu. Khi mọi người quản trị đều "
                "quên mật khẩu, chỉ khóa này mở lại được dữ liệu. Khóa chỉ hiện <b>một lần</b>: "
                "hãy in phiếu hoặc chép lại bằng tay và cất nơi an toàn."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.key_label = QLabel(key_lines(key))  # two lines of four groups, as on paper
        self.key_label.setObjectName("label.recovery_key")
        self.key_label.setAccessibleName(tr("Khóa khôi phục"))
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.8)
        font.setBold(True)
        self.key_label.setFont(font)
        self.key_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.key_label.setTextFormat(Qt.TextFormat.RichText)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 16px; border: 1px solid #888;")
        layout.addWidget(self.key_label)

        row = QHBoxLayout()
        self.print_button = QPushButton(tr("&In phiếu khôi phục"))
        self.print_button.setObjectName("action.print_recovery")
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button = QPushButton(tr("Lưu &PDF..."))
        self.pdf_button.setObjectName("action.save_recovery_pdf")
        self.pdf_button.clicked.connect(self.save_pdf)
        for button in (self.print_button, self.pdf_button):
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)

        confirm = tr("Tôi đã in hoặc chép lại khóa này")
        self.confirm_box = QCheckBox(confirm)
        self.confirm_box.setObjectName("field.recovery.confirmed")
        self.confirm_box.setAccessibleName(confirm)
        layout.addWidget(self.confirm_box)

        buttons = QDialogButtonBox()
        self.continue_button = buttons.addButton(
            tr("Tiếp tục"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.continue_button.setObjectName("action.continue")
        self.continue_button.setEnabled(False)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.confirm_box.toggled.connect(self.continue_button.setEnabled)
        fit_width(self, 640)

    def document(self) -> QTextDocument:
        doc = QTextDocument(self)
        doc.setHtml(self._sheet)
        return doc

    def print_sheet(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(tr("In phiếu khôi phục"))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.document().print_(printer)

    def save_pdf(self, path: str | None = None) -> str | None:
        """Write the sheet as PDF to `path` (asked when None); the file written."""
        if not path:
            path, _filter = QFileDialog.getSaveFileName(
                self, tr("Lưu phiếu khôi phục"), "phieu-khoi-phuc.pdf", "PDF (*.pdf)"
            )
        if not path:
            return None
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(path)
        self.document().print_(printer)
        return path

    def accept(self) -> None:
        if self.confirm_box.isChecked():
            super().accept()

    def reject(self) -> None:  # Esc or the close button: not before the key is kept
        if self.confirm_box.isChecked():
            super().accept()
