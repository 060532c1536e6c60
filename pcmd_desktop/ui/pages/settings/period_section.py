"""Kỳ báo cáo: how the monthly reporting period is cut. Decree 09/2019 (the default: a
month runs from the 15th of the month before to the 14th) or calendar months. Kept in
the database, audited, admins only; it must match what the unit above uses, so changing
it asks first."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QMessageBox, QWidget

from pcmd_desktop.domain.periods import CUTOFFS
from pcmd_desktop.services.workspace import Workspace, WorkspaceError
from pcmd_desktop.ui.forms import ask, error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.pages.settings.notes import section_note

CUTOFF_LABELS = {
    "nd09": tr_noop("Theo Nghị định 09/2019 (từ ngày 15 tháng trước đến ngày 14)"),
    "calendar": tr_noop("Theo tháng dương lịch (từ ngày 1 đến cuối tháng)"),
}


class PeriodSection(QGroupBox):
    cutoff_changed = Signal(str)

    def __init__(self, workspace: Workspace, *, editable: bool, parent: QWidget | None = None):
        super().__init__(tr("Kỳ báo cáo"), parent)
        self.workspace = workspace
        self.setObjectName("section.settings.period")
        form = QFormLayout(self)
        self.cutoff_field = QComboBox()
        self.cutoff_field.setObjectName("field.settings.period_cutoff")
        self.cutoff_field.setAccessibleName(tr("Cách tính kỳ báo cáo tháng"))
        for cutoff in CUTOFFS:
            self.cutoff_field.addItem(tr(CUTOFF_LABELS[cutoff]), cutoff)
        self.cutoff_field.setEnabled(editable)
        self._show_current()
        self.cutoff_field.activated.connect(self._chosen)
        form.addRow(tr("Kỳ báo cáo tháng:"), self.cutoff_field)
        note = section_note(
            tr(
                "Áp dụng cho mọi báo cáo, tổng quan và tệp gửi cấp trên; phải thống nhất với "
                "cấp trên và các đơn vị cấp dưới."
            ),
            editable=editable,
        )
        form.addRow(note)
        self.error = error_label("label.settings.period_error")
        form.addRow(self.error)

    def _show_current(self) -> None:
        self.cutoff_field.setCurrentIndex(self.cutoff_field.findData(self.workspace.cutoff))

    def _chosen(self, _index: int) -> None:
        cutoff = self.cutoff_field.currentData()
        if cutoff == self.workspace.cutoff:
            return
        answer = ask(
            self, tr("Đổi cách tính kỳ báo cáo"),
            tr("Từ nay mọi báo cáo tháng tính theo: {0}. Cấp trên và các đơn vị cấp dưới cũng "
               "phải dùng cách này. Đổi?").format(self.cutoff_field.currentText()),
            [(QMessageBox.StandardButton.Yes, tr("Đổi")),
             (QMessageBox.StandardButton.No, tr("Không đổi"))],
            name="dialog.period_cutoff",
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            self._show_current()
            return
        try:
            self.workspace.set_cutoff(cutoff)
        except WorkspaceError as e:
            show_error(self.error, str(e))
            self._show_current()
            return
        show_error(self.error, "")
        self.cutoff_changed.emit(cutoff)
