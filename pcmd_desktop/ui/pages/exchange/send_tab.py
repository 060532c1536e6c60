"""Gửi cấp trên: the signed file of the chosen period, written where the user says."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pcmd_desktop.services.exchange_export import ExportResult, export_period
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.exchange.approval_widgets import DecisionBar
from pcmd_desktop.ui.pages.exchange.common import action_button, status_label, write_or_say


class SendTab(QWidget):
    exported = Signal(object)  # ExportResult

    def __init__(self, workspace: Workspace, period_code: Callable[[], str],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.period_code = period_code
        upper = workspace.units.parent(workspace.unit)
        intro = QLabel(
            tr("Xuất tệp báo cáo của kỳ đã chọn, có chữ ký của đơn vị, để gửi {0} "
               "(qua USB hoặc thư điện tử).").format(upper.name if upper else "")
        )  # fmt: skip
        intro.setWordWrap(True)
        self.include_personal = QCheckBox(tr("Kèm thông tin cá nhân (niêm phong cho cấp trên)"))
        self.include_personal.setObjectName("field.exchange.include_personal")
        self.include_personal.setAccessibleName(tr("Kèm thông tin cá nhân"))
        self.include_personal.setEnabled(workspace.can(Permission.VIEW_PERSONAL))
        self.export_button = action_button(tr("Xuất tệp…"), "export_file")
        self.export_button.setEnabled(workspace.can(Permission.REPORTS))
        self.export_button.clicked.connect(self._choose_and_export)
        self.status = status_label("label.exchange.export_status")
        self.error = error_label("label.exchange.export_error")
        row = QHBoxLayout()
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.include_personal)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        # The parent's decision on this period: locked (accepted) or reopened.
        self.decision = DecisionBar(workspace, period_code)
        self.decision.changed.connect(self.refresh)
        layout.addSpacing(8)
        layout.addWidget(self.decision)
        layout.addStretch(1)
        self.refresh()

    def refresh(self) -> None:
        """The chosen period's lock: said, and no new revision while it holds."""
        self.decision.refresh()
        can = self.workspace.can(Permission.REPORTS)
        self.export_button.setEnabled(can and not self.decision.locked())

    def default_name(self) -> str:
        return f"{self.workspace.unit.code}-{self.period_code()}.pcmd"

    def _choose_and_export(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu tệp báo cáo gửi cấp trên"),
            str(Path.home() / self.default_name()), tr("Tệp báo cáo PCMD (*.pcmd)"),
        )  # fmt: skip
        if chosen:
            path = Path(chosen)
            if path.suffix.lower() != ".pcmd":
                path = path.with_name(path.name + ".pcmd")
            self.export_to(path)

    def export_to(self, path: Path) -> ExportResult | None:
        """Write the chosen period's file to `path`; the result, None on an error (shown)."""
        self.status.hide()
        personal = self.include_personal.isChecked()
        result = write_or_say(self.error, path, lambda: export_period(
            self.workspace, self.period_code(), Path(path), include_personal=personal))  # fmt: skip
        if result is None:
            return None
        text = tr("Đã xuất lần gửi {0} của kỳ {1} vào tệp {2}").format(
            result.revision, result.period, result.path
        )
        if result.personal:
            text += " " + tr("(có thông tin cá nhân đã niêm phong)")
        if result.consent_note:
            text += ". " + tr("Đã bỏ qua thông tin cá nhân của {0} người chưa đồng ý tham "
                              "gia").format(result.without_consent) + "."  # fmt: skip
        self.status.setText(text)
        self.status.show()
        self.exported.emit(result)
        return result
