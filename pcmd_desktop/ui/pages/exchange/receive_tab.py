"""Nhận của cấp dưới: the files of the child units, one by one or a whole folder (a USB
stick), what became of each, and who has sent the chosen period. Values out of line with a
unit's own history (services/data_quality.py) are counted in a column "Cảnh báo số liệu"
and listed beneath; they never stop a file from being received."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pcmd_desktop.services.approval import given_states
from pcmd_desktop.services.data_quality import Flag
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.submissions import ImportOutcome, completeness, import_files
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import busy, error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.pages.exchange.approval_widgets import STATE_LABELS, ApprovalBar
from pcmd_desktop.ui.pages.exchange.common import (
    action_button,
    fill_row,
    local_time,
    percent,
    status_label,
    table,
)

IMPORT_HEADERS = [tr_noop("Trạng thái"), tr_noop("Đơn vị"), tr_noop("Kỳ"), tr_noop("Lần gửi"),
                  tr_noop("Tệp"), tr_noop("Lý do"), tr_noop("Cảnh báo số liệu")]  # fmt: skip
COMPLETENESS_HEADERS = [tr_noop("Đơn vị"), tr_noop("Tình trạng"), tr_noop("Lần gửi"),
                        tr_noop("Duyệt"), tr_noop("Ngày nhận"),
                        tr_noop("Cảnh báo số liệu")]  # fmt: skip
FLAG_COLOR = QColor("#8a4b00")
SHOWN_FLAGS = 6  # lines of flags under a table; the rest are counted (and in the tooltips)
IMPORT_STATUS = {"accepted": tr_noop("đã nhận"), "already": tr_noop("đã có"),
                 "refused": tr_noop("từ chối")}  # fmt: skip
CHILD_STATUS = {"on_time": tr_noop("Đúng hạn"), "late": tr_noop("Muộn"),
                "missing": tr_noop("Chưa nộp")}  # fmt: skip


class ReceiveTab(QWidget):
    imported = Signal()  # some file was accepted

    def __init__(self, workspace: Workspace, period_code: Callable[[], str],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.period_code = period_code
        can = workspace.can(Permission.REPORTS)
        self.files_button = action_button(tr("Nhận tệp…"), "import_files")
        self.folder_button = action_button(tr("Nhận cả thư mục…"), "import_folder")
        for button in (self.files_button, self.folder_button):
            button.setEnabled(can)
        self.files_button.clicked.connect(self._choose_files)
        self.folder_button.clicked.connect(self._choose_folder)
        self.summary = status_label("label.exchange.import_summary")
        self.error = error_label("label.exchange.import_error")
        self.results = table("table.import_results", tr("Kết quả nhận tệp"), IMPORT_HEADERS)
        self.results.hide()
        self.import_flags = status_label("label.exchange.import_flags")
        self.children_table = table("table.completeness", tr("Tình hình nộp báo cáo"),
                                    COMPLETENESS_HEADERS)  # fmt: skip
        self.children_flags: list[tuple[Flag, ...]] = []
        self.children_table.itemSelectionChanged.connect(self._show_child_flags)
        self.child_codes: list[str | None] = []  # a row's unit, None when it sent nothing
        self.approval = ApprovalBar(workspace, period_code, self.selected_unit)
        self.approval.decided.connect(self.show_completeness)
        self.children_table.itemSelectionChanged.connect(self.approval.update_buttons)
        self.flags_detail = status_label("label.exchange.flags_detail")
        self.period_label = QLabel()
        self.period_label.setObjectName("label.exchange.completeness_period")
        self.rate = QLabel()
        self.rate.setObjectName("label.exchange.rate")
        font = self.rate.font()
        font.setBold(True)
        self.rate.setFont(font)
        buttons = QHBoxLayout()
        buttons.addWidget(self.files_button)
        buttons.addWidget(self.folder_button)
        buttons.addStretch(1)
        status_row = QHBoxLayout()
        status_row.addWidget(self.period_label, 1)
        status_row.addWidget(self.rate)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.error)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.import_flags)
        layout.addLayout(status_row)
        layout.addWidget(self.children_table, 2)
        layout.addWidget(self.approval)
        layout.addWidget(self.flags_detail)

    # Importing -------------------------------------------------------------------------
    def _choose_files(self) -> None:
        chosen, _ = QFileDialog.getOpenFileNames(
            self, tr("Chọn tệp báo cáo của đơn vị cấp dưới"), str(Path.home()),
            tr("Tệp báo cáo PCMD (*.pcmd);;Mọi tệp (*)"),
        )  # fmt: skip
        if chosen:
            self.import_paths([Path(p) for p in chosen])

    def _choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Chọn thư mục chứa tệp báo cáo (ví dụ USB)"), str(Path.home())
        )
        if chosen:
            self.import_folder(Path(chosen))

    def import_folder(self, folder: Path) -> list[ImportOutcome]:
        """Every *.pcmd file directly in `folder`."""
        folder = Path(folder)
        try:
            paths = sorted(p for p in folder.iterdir()
                           if p.is_file() and p.suffix.lower() == ".pcmd")  # fmt: skip
        except OSError as e:
            show_error(
                self.error, tr("Không đọc được thư mục {0}: {1}").format(folder, e.strerror or e)
            )
            return []
        if not paths:
            show_error(
                self.error, tr("Thư mục {0} không có tệp báo cáo (.pcmd) nào.").format(folder)
            )
            return []
        return self.import_paths(paths)

    def import_paths(self, paths: list[Path]) -> list[ImportOutcome]:
        show_error(self.error, "")
        try:
            with busy():
                outcomes = import_files(self.workspace, [Path(p) for p in paths])
        except ServiceError as e:
            show_error(self.error, str(e))
            return []
        self.show_outcomes(outcomes)
        self.show_completeness()
        if any(o.status == "accepted" for o in outcomes):
            self.imported.emit()
        return outcomes

    def show_outcomes(self, outcomes: list[ImportOutcome]) -> None:
        self.results.setRowCount(len(outcomes))
        for row, o in enumerate(outcomes):
            unit = self.workspace.units.get(o.unit) if o.unit else None
            fill_row(self.results, row, [
                tr(IMPORT_STATUS.get(o.status, o.status)),
                f"{unit.name} ({unit.code})" if unit else (o.unit or ""),
                o.period or "",
                str(o.revision) if o.revision is not None else "",
                o.path.name,
                o.message,
                str(len(o.flags)) if o.flags else "",
            ], red=o.status == "refused")  # fmt: skip
            mark_flags(self.results, row, len(IMPORT_HEADERS) - 1, o.flags)
        self.results.resizeColumnsToContents()
        self.results.show()
        counts = {s: sum(1 for o in outcomes if o.status == s) for s in IMPORT_STATUS}
        self.summary.setText(
            tr("{0} tệp: {1} đã nhận, {2} đã có từ trước, {3} từ chối.").format(
                len(outcomes), counts["accepted"], counts["already"], counts["refused"]
            )
        )
        self.summary.show()
        flagged = [(o, f) for o in outcomes for f in o.flags]
        if flagged:
            lines = [tr("Cảnh báo số liệu (tệp vẫn được nhận, hãy hỏi lại đơn vị gửi):")]
            lines += limited([f"• {self._unit_name(o.unit)}, {o.period}: {f.message}"
                              for o, f in flagged])  # fmt: skip
            self.import_flags.setText("\n".join(lines))
            self.import_flags.show()
        else:
            self.import_flags.hide()

    def _unit_name(self, code: str | None) -> str:
        unit = self.workspace.units.get(code) if code else None
        return unit.name if unit else (code or "")

    # Completeness ----------------------------------------------------------------------
    def show_completeness(self) -> None:
        try:
            state = completeness(self.workspace, self.period_code())
        except ServiceError as e:
            show_error(self.error, str(e))
            self.children_table.setRowCount(0)
            self.rate.clear()
            return
        self.period_label.setText(
            tr("Kỳ {0}: hạn nộp {1}").format(state.period, state.deadline.strftime("%d/%m/%Y"))
        )
        self.children_table.setRowCount(len(state.children))
        self.children_flags = [child.flags for child in state.children]
        decided = given_states(self.workspace, state.period)
        self.child_codes = [c.unit if c.unit in decided else None for c in state.children]
        for row, child in enumerate(state.children):
            fill_row(self.children_table, row, [
                f"{child.name} ({child.unit})",
                tr(CHILD_STATUS.get(child.status, child.status)),
                str(child.revision) if child.revision is not None else "",
                tr(STATE_LABELS[decided[child.unit][0]]) if child.unit in decided else "",
                local_time(child.received_at),
                str(len(child.flags)) if child.status != "missing" else "",
            ], red=child.status == "missing")  # fmt: skip
            mark_flags(self.children_table, row, len(COMPLETENESS_HEADERS) - 1, child.flags)
        self.children_table.resizeColumnsToContents()
        self.approval.update_buttons()
        self._show_child_flags()
        self.rate.setText(tr("Đã nộp: {0}").format(percent(state.rate)))

    def selected_unit(self) -> str | None:
        """The unit of the selected completeness row, when it sent a file."""
        rows = {i.row() for i in self.children_table.selectedItems()}
        row = min(rows) if rows else None
        return self.child_codes[row] if row is not None and row < len(self.child_codes) else None

    def _show_child_flags(self) -> None:
        """The flags of the selected unit's file; without a selection, how many units have
        some (a hint to select one)."""
        rows = {i.row() for i in self.children_table.selectedItems()}
        row = min(rows) if rows else None
        if row is not None and row < len(self.children_flags) and self.children_flags[row]:
            item = self.children_table.item(row, 0)
            lines = [tr("Cảnh báo số liệu của {0}:").format(item.text() if item else "")]
            lines += limited([f"• {f.message}" for f in self.children_flags[row]])
            self.flags_detail.setText("\n".join(lines))
            self.flags_detail.show()
            return
        flagged = sum(1 for flags in self.children_flags if flags)
        if flagged:
            text = tr("{0} đơn vị có số liệu bất thường so với các kỳ trước: chọn một dòng "
                      "để xem.")  # fmt: skip
            self.flags_detail.setText(text.format(flagged))
            self.flags_detail.show()
        else:
            self.flags_detail.hide()


def limited(lines: list[str]) -> list[str]:
    """At most SHOWN_FLAGS lines, the rest counted, so a long list does not push the tables
    off a 768-pixel screen."""
    if len(lines) <= SHOWN_FLAGS:
        return lines
    rest = len(lines) - SHOWN_FLAGS + 1
    return [*lines[: SHOWN_FLAGS - 1],
            tr("… và {0} cảnh báo khác (để chuột lên ô Cảnh báo số liệu để xem hết)").format(
                rest)]  # fmt: skip


def mark_flags(widget, row: int, column: int, flags: tuple[Flag, ...]) -> None:
    """The flags cell: its tooltip lists them, its text is drawn in amber."""
    item = widget.item(row, column)
    if item is None or not flags:
        return
    item.setToolTip("\n".join(f.message for f in flags))
    item.setForeground(QBrush(FLAG_COLOR))
