"""The narrative of a period's report: one box per section of the form (Đánh giá chung,
Khó khăn, vướng mắc, ...), loaded for the period shown and saved with "Lưu nhận xét"
(services.reporting). Read-only for roles that do not make reports."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.reports.model import NARRATIVE_SECTIONS
from pcmd_desktop.services import reporting
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop

# The section headings, for the translation file (NARRATIVE_SECTIONS lives below the UI).
HEADINGS = (
    tr_noop("Đánh giá chung"),
    tr_noop("Khó khăn, vướng mắc"),
    tr_noop("Đề xuất, kiến nghị"),
    tr_noop("Phương hướng kỳ tới"),
)


class NarrativeEditor(QWidget):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.period_code = ""
        self._loaded: dict[str, str] = {}
        self.can_edit = workspace.can(Permission.REPORTS)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        title = QLabel(tr("Nhận xét của kỳ báo cáo"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.editors: dict[str, QPlainTextEdit] = {}
        for key, heading in NARRATIVE_SECTIONS.items():
            label = QLabel(tr(heading) + ":")
            edit = QPlainTextEdit()
            edit.setObjectName(f"field.report.{key}")
            edit.setAccessibleName(tr(heading))
            edit.setTabChangesFocus(True)  # Tab goes on to the next box, as in the forms
            edit.setMinimumHeight(56)
            edit.setReadOnly(not self.can_edit)
            label.setBuddy(edit)
            layout.addWidget(label)
            layout.addWidget(edit, 1)
            self.editors[key] = edit
        self.error = error_label("label.report.narrative_error")
        layout.addWidget(self.error)
        self.status = QLabel()
        self.status.setObjectName("label.report.narrative_status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("Lưu nhận xét"))
        self.save_button.setObjectName("action.save_narrative")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.save_button)
        layout.addLayout(row)
        self.save_button.setVisible(self.can_edit)  # parented now: never a window
        if not self.can_edit:
            self.status.setText(tr("Chỉ xem: vai trò của bạn không lập báo cáo."))

    def load(self, period_code: str) -> None:
        """Show the narrative saved for `period_code`."""
        self.period_code = period_code
        show_error(self.error, "")
        try:
            saved = reporting.load_narrative(self.workspace, period_code)
        except ServiceError as e:
            saved = {}
            show_error(self.error, str(e))
        for key, edit in self.editors.items():
            edit.setPlainText(saved.get(key, ""))
        self._loaded = self.typed()
        if self.can_edit:
            self.status.setText("")

    def restore(self, typed: dict[str, str]) -> None:
        """Bring back what was typed before the window closed, still unsaved."""
        for key, edit in self.editors.items():
            text = typed.get(key)
            if isinstance(text, str):
                edit.setPlainText(text)
        if self.is_dirty():
            self.status.setText(tr("Đã khôi phục nhận xét chưa lưu từ lần trước. "
                                   "Kiểm tra lại rồi bấm Lưu nhận xét."))  # fmt: skip

    def typed(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.editors.items()}

    def sections(self) -> dict[str, str]:
        """What the boxes hold, the empty ones left out: the narrative a report prints."""
        return {key: text.strip() for key, text in self.typed().items() if text.strip()}

    def is_dirty(self) -> bool:
        return self.can_edit and self.typed() != self._loaded

    def save(self) -> bool:
        if not self.can_edit:
            return False
        try:
            reporting.save_narrative(self.workspace, self.period_code, self.typed())
        except ServiceError as e:
            show_error(self.error, tr("Không lưu được nhận xét: {0}").format(e))
            return False
        show_error(self.error, "")
        self._loaded = self.typed()
        self.status.setText(tr("Đã lưu nhận xét lúc {0}").format(f"{datetime.now():%H:%M}"))
        self.saved.emit()
        return True
