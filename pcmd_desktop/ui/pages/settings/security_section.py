"""Bảo mật: how many idle minutes before the screen locks (kept in the database; only an
admin changes it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QSpinBox, QWidget

from pcmd_desktop.services.workspace import MAX_IDLE_MINUTES, Workspace
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.settings.notes import section_note


class SecuritySection(QGroupBox):
    idle_minutes_changed = Signal(int)

    def __init__(self, workspace: Workspace, *, editable: bool, parent: QWidget | None = None):
        super().__init__(tr("Bảo mật"), parent)
        self.workspace = workspace
        self.setObjectName("section.settings.security")
        form = QFormLayout(self)
        self.idle_field = QSpinBox()
        self.idle_field.setObjectName("field.settings.idle_minutes")
        self.idle_field.setAccessibleName(tr("Số phút không dùng trước khi khóa màn hình"))
        self.idle_field.setRange(0, MAX_IDLE_MINUTES)
        self.idle_field.setSuffix(" " + tr("phút"))
        self.idle_field.setSpecialValueText(tr("Không tự khóa"))
        self.idle_field.setValue(workspace.idle_minutes)
        self.idle_field.setEnabled(editable)
        self.idle_field.valueChanged.connect(self._changed)
        form.addRow(tr("Tự khóa màn hình sau:"), self.idle_field)
        note = section_note(
            tr(
                "Khi không dùng bàn phím, chuột trong thời gian này, nội dung bị che và phải "
                "nhập lại mật khẩu. 0 = không tự khóa (không nên với máy dùng chung)."
            ),
            editable=editable,
        )
        form.addRow(note)

    def _changed(self, minutes: int) -> None:
        self.workspace.set_idle_minutes(minutes)
        self.idle_minutes_changed.emit(minutes)
