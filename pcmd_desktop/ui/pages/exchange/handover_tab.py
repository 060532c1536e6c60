"""Bàn giao: an ended unit's database writes its handover file for the unit that took its
territory; the successor's database takes such a file whole or not at all and shows
what moved, with a button to save that report (admins only; services/handover.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.exchange.handover_package import EXTENSION
from pcmd_desktop.services.handover import (
    HandoverExport,
    HandoverReport,
    export_handover,
    import_handover,
    successor_choices,
)
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.exchange.common import action_button, status_label, write_or_say


class HandoverTab(QWidget):
    imported = Signal(object)  # HandoverReport of a file that moved something

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.report: HandoverReport | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(tr(
            "Khi đơn vị được sáp nhập, cơ sở dữ liệu của đơn vị cũ lập tệp bàn giao toàn bộ hồ "
            "sơ cho đơn vị kế tiếp; thông tin cá nhân được niêm phong cho khóa của đơn vị nhận. "
            "Đơn vị nhận lấy cả tệp hoặc không lấy gì."))  # fmt: skip
        intro.setWordWrap(True)
        layout.addWidget(intro)

        send = QGroupBox(tr("Giao dữ liệu cho đơn vị kế tiếp"))
        send_layout = QVBoxLayout(send)
        self.successor = QComboBox()
        self.successor.setObjectName("field.handover.successor")
        self.successor.setAccessibleName(tr("Đơn vị kế tiếp nhận bàn giao"))
        for unit in successor_choices(workspace):
            self.successor.addItem(f"{unit.name} ({unit.code})", unit.code)
        self.export_button = action_button(tr("Lập tệp bàn giao…"), "handover.export")
        self.export_button.setAccessibleName(tr("Lập tệp bàn giao"))
        self.export_button.clicked.connect(self._choose_and_export)
        has_successor = self.successor.count() > 0
        self.successor.setEnabled(has_successor)
        self.export_button.setEnabled(has_successor)
        hint = QLabel(tr("Đơn vị này đang có hiệu lực, chưa có đơn vị kế tiếp để bàn giao.")
                      if not has_successor else
                      tr("Tin cậy thẻ khóa của đơn vị kế tiếp (thẻ Khóa đơn vị) trước khi "
                         "bàn giao."))  # fmt: skip
        hint.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.successor, 1)
        row.addWidget(self.export_button)
        send_layout.addWidget(hint)
        send_layout.addLayout(row)
        self.export_status = status_label("label.handover.export_status")
        self.export_error = error_label("label.handover.export_error")
        send_layout.addWidget(self.export_status)
        send_layout.addWidget(self.export_error)
        layout.addWidget(send)

        take = QGroupBox(tr("Nhận bàn giao của đơn vị tiền thân"))
        take_layout = QVBoxLayout(take)
        self.import_button = action_button(tr("Nhận tệp bàn giao…"), "handover.import")
        self.import_button.setAccessibleName(tr("Nhận tệp bàn giao"))
        self.import_button.clicked.connect(self._choose_and_import)
        self.import_error = error_label("label.handover.import_error")
        self.report_text = QPlainTextEdit()
        self.report_text.setObjectName("field.handover.report")
        self.report_text.setAccessibleName(tr("Biên bản nhận bàn giao"))
        self.report_text.setReadOnly(True)
        self.report_text.hide()
        self.save_button = action_button(tr("Lưu biên bản…"), "handover.save_report")
        self.save_button.setAccessibleName(tr("Lưu biên bản nhận bàn giao"))
        self.save_button.clicked.connect(self._choose_and_save)
        self.save_button.hide()
        self.save_status = status_label("label.handover.save_status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        take_layout.addLayout(buttons)
        take_layout.addWidget(self.import_error)
        take_layout.addWidget(self.report_text, 1)
        take_layout.addWidget(self.save_status)
        take_layout.addStretch(1)  # the button stays on top while no report is shown
        layout.addWidget(take, 1)

    # Giving ----------------------------------------------------------------------------
    def default_name(self) -> str:
        code = self.successor.currentData() or ""
        return f"ban-giao-{self.workspace.unit.code}-cho-{code}{EXTENSION}"

    def _choose_and_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu tệp bàn giao dữ liệu"), str(Path.home() / self.default_name()),
            tr("Tệp bàn giao PCMD (*.pcmdbg)"),
        )  # fmt: skip
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != EXTENSION:
                path = path.with_name(path.name + EXTENSION)
            self.export_to(path)

    def export_to(self, path: Path) -> HandoverExport | None:
        """Write the handover file for the chosen successor; None on an error (shown)."""
        self.export_status.hide()
        code, ws = self.successor.currentData(), self.workspace
        result = write_or_say(self.export_error, path,
                              lambda: export_handover(ws, code, Path(path)))  # fmt: skip
        if result is None:
            return None
        records = sum(result.counts["records"].values())
        self.export_status.setText(
            tr("Đã lập tệp bàn giao cho đơn vị mã {0} ({1} hồ sơ) vào tệp {2}").format(
                result.to_unit, records, result.path)
        )  # fmt: skip
        self.export_status.show()
        return result

    # Taking ----------------------------------------------------------------------------
    def _choose_and_import(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Chọn tệp bàn giao của đơn vị tiền thân"), str(Path.home()),
            tr("Tệp bàn giao PCMD (*.pcmdbg);;Mọi tệp (*)"),
        )  # fmt: skip
        if chosen:
            self.import_from(Path(chosen))

    def import_from(self, path: Path) -> HandoverReport | None:
        """Take the file at `path`; the report (shown), None on a refusal (shown)."""
        self.save_status.hide()
        report = write_or_say(self.import_error, path,
                              lambda: import_handover(self.workspace, Path(path)))  # fmt: skip
        if report is None:
            return None
        self.report = report
        self.report_text.setPlainText(report.to_text())
        self.report_text.show()
        self.save_button.show()
        if not report.already:
            self.imported.emit(report)
        return report

    def _choose_and_save(self) -> None:
        if self.report is None:
            return
        name = f"bien-ban-nhan-ban-giao-{self.report.from_unit}.txt"
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu biên bản nhận bàn giao"), str(Path.home() / name),
            tr("Văn bản (*.txt)"),
        )  # fmt: skip
        if chosen:
            self.save_report_to(Path(chosen))

    def save_report_to(self, path: Path) -> Path | None:
        report = self.report
        if report is None:
            return None
        saved = write_or_say(self.import_error, path, lambda: report.save(path))
        if saved is not None:
            show_error(self.import_error, "")
            self.save_status.setText(tr("Đã lưu biên bản vào tệp {0}").format(saved))
            self.save_status.show()
        return saved
