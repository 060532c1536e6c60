"""Choosing a reporting period with three widgets: its kind (Tháng, Quý, 6 tháng, 9 tháng,
Năm, or Đột xuất), the year, and the month, quarter or half-year ("Kỳ:" 6 tháng đầu năm /
6 tháng cuối năm; hidden for the other kinds). "Đột xuất (chọn khoảng ngày)" shows two
date fields instead (Từ ngày, Đến ngày, typed dd/mm/yyyy like every date of the program,
not after today). `code()` is the period code the services take (2018-01, 2018-Q1,
2018-H1, 2018-H2, 2018-9M, 2018, or the ad hoc 2018-03-05..2018-04-10); a range typed
wrong raises ReportError (the domain's message naming the field), which `range_error()`
gives without raising and `invalid` says when the field is left."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QSpinBox, QWidget

from pcmd_desktop.domain.periods import (
    ADHOC,
    MAX_YEAR,
    MIN_YEAR,
    Period,
    PeriodError,
    adhoc_period,
    format_date_vi,
)
from pcmd_desktop.services.reporting import ReportError
from pcmd_desktop.ui.i18n import tr, tr_noop

# kind -> its label in the kind box
KIND_LABELS: dict[str, str] = {
    "month": tr_noop("Tháng"),
    "quarter": tr_noop("Quý"),
    "half": tr_noop("6 tháng"),
    "nine_months": tr_noop("9 tháng"),
    "year": tr_noop("Năm"),
    ADHOC: tr_noop("Đột xuất (chọn khoảng ngày)"),
}
QUARTERS = ("I", "II", "III", "IV")
HALVES = (tr_noop("6 tháng đầu năm"), tr_noop("6 tháng cuối năm"))  # H1, H2
# kind -> how many parts its box offers (months, quarters, halves)
_PARTS = {"month": 12, "quarter": 4, "half": 2}


def dates_text(period: Period) -> str:
    """Beside the picker: the dates covered; for an ad hoc range, that it is one and its
    year to date (and when it starts before that reporting year)."""
    start, end = format_date_vi(period.start), format_date_vi(period.end)
    if not period.is_adhoc:
        return tr("Từ {0} đến {1}").format(start, end)
    text = tr("Báo cáo đột xuất. Lũy kế từ đầu năm {0}: từ {1} đến {2}").format(
        period.year, format_date_vi(period.year_start), end
    )
    if period.spans_years:
        text += " " + tr("(khoảng ngày bắt đầu trước năm báo cáo {0})").format(period.year)
    return text


class PeriodPicker(QWidget):
    changed = Signal(str)  # the period code now chosen
    invalid = Signal(str)  # an ad hoc range typed wrong: why (names the field)

    def __init__(self, period: Period, parent: QWidget | None = None):
        super().__init__(parent)
        self.kind_field = QComboBox()
        self.kind_field.setObjectName("field.report.period_kind")
        self.kind_field.setAccessibleName(tr("Loại kỳ báo cáo"))
        for kind, label in KIND_LABELS.items():
            self.kind_field.addItem(tr(label), kind)
        self.year_field = QSpinBox()
        self.year_field.setObjectName("field.report.year")
        self.year_field.setAccessibleName(tr("Năm báo cáo"))
        self.year_field.setRange(MIN_YEAR, min(MAX_YEAR, max(date.today().year + 1, period.year)))
        self.part_label = QLabel()
        self.part_field = QComboBox()
        self.part_field.setObjectName("field.report.month")
        self.part_label.setBuddy(self.part_field)
        self.from_label = QLabel(tr("Từ ngày:"))
        self.from_field = self._date_field("field.report.from", tr("Từ ngày"))
        self.from_label.setBuddy(self.from_field)
        self.to_label = QLabel(tr("Đến ngày:"))
        self.to_field = self._date_field("field.report.to", tr("Đến ngày"))
        self.to_label.setBuddy(self.to_field)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        kind_label = QLabel(tr("Kỳ báo cáo:"))
        kind_label.setBuddy(self.kind_field)
        year_label = QLabel(tr("Năm:"))
        year_label.setBuddy(self.year_field)
        layout.addWidget(kind_label)
        layout.addWidget(self.kind_field)
        layout.addSpacing(8)
        layout.addWidget(self.part_label)
        layout.addWidget(self.part_field)
        layout.addSpacing(8)
        layout.addWidget(year_label)
        layout.addWidget(self.year_field)
        for w in (self.from_label, self.from_field, self.to_label, self.to_field):
            layout.addWidget(w)
        self.year_label = year_label
        self._set_range(period.start, min(period.end, date.today()))
        self.set_code(period.code, kind=period.kind, year=period.year)
        self.kind_field.currentIndexChanged.connect(self._kind_changed)
        self.year_field.valueChanged.connect(lambda _v: self.changed.emit(self.code()))
        self.part_field.currentIndexChanged.connect(lambda _i: self.changed.emit(self.code()))
        # A day is taken once typed (Enter, Tab), not at every keystroke.
        for field in (self.from_field, self.to_field):
            field.editingFinished.connect(self._range_edited)

    def _date_field(self, name: str, accessible: str) -> QLineEdit:
        field = QLineEdit()
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        field.setPlaceholderText("dd/mm/yyyy")
        field.setMaxLength(10)
        field.setFixedWidth(field.fontMetrics().horizontalAdvance("00/00/00000") + 16)
        return field

    def _range_edited(self) -> None:
        if self.kind() != ADHOC:
            return
        fault = self.range_error()
        if fault:
            self.invalid.emit(fault)
        else:
            self.changed.emit(self.code())

    # Reading ---------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_field.currentData())

    def adhoc(self) -> Period:
        """The ad hoc range the two fields hold; ReportError naming the field otherwise."""
        try:
            return adhoc_period(self.from_field.text(), self.to_field.text(),
                                today=date.today())  # fmt: skip
        except PeriodError as e:
            raise ReportError(str(e)) from None

    def range_error(self) -> str:
        """Why the ad hoc range typed cannot be used; '' when it can (or is not chosen)."""
        if self.kind() != ADHOC:
            return ""
        try:
            self.adhoc()
        except ReportError as e:
            return str(e)
        return ""

    def _set_range(self, first: date, last: date) -> None:
        self.from_field.setText(format_date_vi(first))
        self.to_field.setText(format_date_vi(last))

    def code(self) -> str:
        year = self.year_field.value()
        kind = self.kind()
        if kind == ADHOC:
            return self.adhoc().code
        part = self.part_field.currentData()
        if kind == "month":
            return f"{year}-{int(part or 1):02d}"
        if kind == "quarter":
            return f"{year}-Q{int(part or 1)}"
        if kind == "half":
            return f"{year}-H{int(part or 1)}"
        if kind == "nine_months":
            return f"{year}-9M"
        return str(year)

    # Setting -----------------------------------------------------------------------------
    def _fill_parts(self, kind: str, chosen: int = 1) -> None:
        """The month (01..12), quarter (I..IV) or half-year box for `kind`; hidden for the
        others."""
        self.part_field.blockSignals(True)
        self.part_field.clear()
        if kind == "month":
            self.part_label.setText(tr("Tháng:"))
            self.part_field.setAccessibleName(tr("Tháng báo cáo"))
            for month in range(1, 13):
                self.part_field.addItem(f"{month:02d}", month)
        elif kind == "quarter":
            self.part_label.setText(tr("Quý:"))
            self.part_field.setAccessibleName(tr("Quý báo cáo"))
            for quarter, roman in enumerate(QUARTERS, start=1):
                self.part_field.addItem(roman, quarter)
        elif kind == "half":
            self.part_label.setText(tr("Kỳ:"))
            self.part_field.setAccessibleName(tr("Kỳ 6 tháng báo cáo"))
            for half, label in enumerate(HALVES, start=1):
                self.part_field.addItem(tr(label), half)
        else:
            self.part_field.setAccessibleName(tr("Tháng báo cáo"))
        self.part_field.setCurrentIndex(max(self.part_field.findData(chosen), 0))
        self.part_field.blockSignals(False)
        shown = kind in _PARTS
        self.part_label.setVisible(shown)
        self.part_field.setVisible(shown)
        adhoc = kind == ADHOC
        for w in (self.from_label, self.from_field, self.to_label, self.to_field):
            w.setVisible(adhoc)
        for w in (self.year_label, self.year_field):
            w.setVisible(not adhoc)

    def _kind_changed(self, _index: int) -> None:
        part = self.part_field.currentData()
        kind = self.kind()
        # From a month or quarter to a longer part: the one holding it; to a shorter part:
        # the first one of it (the box's item count says which kind it showed).
        chosen = 1
        before = {n: k for k, n in _PARTS.items()}.get(self.part_field.count())
        if part and before and kind in _PARTS:
            first_month = (int(part) - 1) * 12 // _PARTS[before] + 1
            chosen = (first_month - 1) * _PARTS[kind] // 12 + 1
        self._fill_parts(kind, chosen)
        if kind == ADHOC:
            self._range_edited()
            return
        self.changed.emit(self.code())

    def set_code(self, code: str, *, kind: str | None = None, year: int | None = None) -> None:
        """Show the period `code` without saying so (no `changed`)."""
        if ".." in code:  # an ad hoc range: its two days
            first, _, last = code.partition("..")
            self._set_range(date.fromisoformat(first), date.fromisoformat(last))
            kind, year = ADHOC, year if year is not None else int(last[:4])
        year = year if year is not None else int(code[:4])
        rest = code[5:]
        if kind is None:
            kind = {"": "year", "H1": "half", "H2": "half", "9M": "nine_months"}.get(
                rest.upper(), ""
            )
            kind = kind or ("quarter" if rest.upper().startswith("Q") else "month")
        if kind == ADHOC:
            part = 1
        elif kind in ("quarter", "half"):
            part = int(rest[-1])
        else:
            part = int(rest or 1) if kind == "month" else 1
        for w in (self.kind_field, self.year_field):
            w.blockSignals(True)
        self.kind_field.setCurrentIndex(self.kind_field.findData(kind))
        self.year_field.setValue(year)
        self._fill_parts(kind, part)
        for w in (self.kind_field, self.year_field):
            w.blockSignals(False)
