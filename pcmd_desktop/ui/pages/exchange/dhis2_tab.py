"""Gửi DHIS2: the chosen period's indicator values for the national DHIS2, as IHE ADX XML or
DHIS2 JSON through the mapping file (issue 12). Before and after the export the tab says
which dates the figures cover and which DHIS2 period they are filed under: under the
Decree 09 cut-off January 2018 is 15/12/2017..14/01/2018, filed as DHIS2's January 2018."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pcmd_desktop.domain.periods import format_date_vi
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.interop_export import (
    SUFFIX,
    Coverage,
    InteropResult,
    export_interop,
    preview,
)
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import period_name, tr, tr_noop
from pcmd_desktop.ui.pages.exchange.common import action_button, status_label, write_or_say

FORMAT_LABELS = {
    "adx": tr_noop("ADX (IHE, tệp XML)"),
    "dhis2": tr_noop("DHIS2 dataValueSets (tệp JSON)"),
}
FILTERS = {"adx": tr_noop("Tệp ADX (*.xml)"), "dhis2": tr_noop("Tệp JSON (*.json)")}


def coverage_text(cov: Coverage) -> str:
    """The dates the figures cover and the DHIS2 period that files them, one sentence."""
    name, start, end = period_name(cov.period), format_date_vi(cov.start), format_date_vi(cov.end)
    if cov.filed is None:
        return tr("Số liệu {0} tính từ {1} đến {2}; tệp ADX ghi đúng các ngày này ({3}), "
                  "không theo kỳ của DHIS2: chỉ dùng cho hệ thống nhận không phải DHIS2."
                  ).format(name, start, end, cov.adx)  # fmt: skip
    filed = (cov.filed, format_date_vi(cov.filed_start), format_date_vi(cov.filed_end))
    if cov.shifted:
        return tr("Số liệu {0} tính từ {1} đến {2} (cách tính kỳ theo Nghị định 09/2019); "
                  "được nộp vào kỳ DHIS2 {3} ({4} đến {5}): DHIS2 ghi các số liệu này cho "
                  "kỳ đó.").format(name, start, end, *filed)  # fmt: skip
    return tr("Số liệu {0} tính từ {1} đến {2}; được nộp vào kỳ DHIS2 {3} ({4} đến {5}), "
              "trùng các ngày của số liệu.").format(name, start, end, *filed)  # fmt: skip


class Dhis2Tab(QWidget):
    def __init__(self, workspace: Workspace, period_code: Callable[[], str],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.period_code = period_code
        intro = QLabel(tr("Xuất số liệu chỉ tiêu của kỳ đã chọn cho hệ thống DHIS2 quốc gia, "
                          "theo tệp ánh xạ chỉ tiêu sang DHIS2. Kỳ trong tệp là kỳ của DHIS2 "
                          "(tháng, quý, 6 tháng, năm dương lịch)."))  # fmt: skip
        intro.setWordWrap(True)
        self.format_field = QComboBox()
        self.format_field.setObjectName("field.exchange.dhis2_format")
        self.format_field.setAccessibleName(tr("Định dạng tệp DHIS2"))
        for fmt, label in FORMAT_LABELS.items():
            self.format_field.addItem(tr(label), fmt)
        format_label = QLabel(tr("Định dạng:"))
        format_label.setBuddy(self.format_field)
        self.export_button = action_button(tr("Xuất cho DHIS2…"), "export_dhis2")
        self.export_button.clicked.connect(self._choose_and_export)
        self.dates = QLabel()
        self.dates.setObjectName("label.exchange.dhis2_dates")
        self.dates.setWordWrap(True)
        self.dates.setStyleSheet("font-weight: bold;")
        self.status = status_label("label.exchange.dhis2_status")
        self.error = error_label("label.exchange.dhis2_error")
        row = QHBoxLayout()
        row.addWidget(format_label)
        row.addWidget(self.format_field)
        row.addSpacing(12)
        row.addWidget(self.export_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.dates)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)
        self.format_field.currentIndexChanged.connect(lambda _i: self.refresh())
        self.refresh()

    def format(self) -> str:
        return str(self.format_field.currentData())

    def set_format(self, fmt: str) -> None:
        self.format_field.setCurrentIndex(self.format_field.findData(fmt))

    def refresh(self) -> Coverage | None:
        """Say what an export of the chosen period would cover; an error (nine months)
        instead, with the export button disabled."""
        self.status.hide()
        try:
            cov = preview(self.workspace, self.period_code(), self.format())
        except ServiceError as e:
            self.dates.hide()
            show_error(self.error, str(e))
            self.export_button.setEnabled(False)
            return None
        show_error(self.error, "")
        self.dates.setText(coverage_text(cov))
        self.dates.show()
        self.export_button.setEnabled(self.workspace.can(Permission.REPORTS))
        return cov

    def default_name(self) -> str:
        return f"{self.workspace.unit.code}-{self.period_code()}{SUFFIX[self.format()]}"

    def _choose_and_export(self) -> None:
        fmt = self.format()
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu tệp gửi DHIS2"), str(Path.home() / self.default_name()),
            tr(FILTERS[fmt]),
        )  # fmt: skip
        if chosen:
            self.export_to(Path(chosen))

    def export_to(self, path: Path) -> InteropResult | None:
        """Write the chosen period's values to `path`; the result, None on an error (shown)."""
        self.status.hide()
        result = write_or_say(self.error, path, lambda: export_interop(
            self.workspace, self.period_code(), Path(path), self.format()))  # fmt: skip
        if result is None:
            return None
        text = coverage_text(result.coverage)
        self.dates.setText(text)
        self.dates.show()
        self.status.setText(tr("Đã ghi {0} chỉ tiêu của kỳ {1} vào tệp {2}. {3}").format(
            result.values, result.period, result.path, text))  # fmt: skip
        self.status.show()
        return result
