"""Choosing a reporting period with three widgets: its kind (Tháng, Quý, 6 tháng, 9 tháng,
Năm), the year, and the month, quarter or half-year ("Kỳ:" 6 tháng đầu năm / 6 tháng cuối
năm; hidden for the other kinds). `code()` is the period code the services take (2018-01,
2018-Q1, 2018-H1, 2018-H2, 2018-9M, 2018)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSpinBox, QWidget

from pcmd_desktop.domain.periods import MAX_YEAR, MIN_YEAR, Period
from pcmd_desktop.ui.i18n import tr, tr_noop

# kind -> its label in the kind box
KIND_LABELS: dict[str, str] = {
    "month": tr_noop("Tháng"),
    "quarter": tr_noop("Quý"),
    "half": tr_noop("6 tháng"),
    "nine_months": tr_noop("9 tháng"),
    "year": tr_noop("Năm"),
}
QUARTERS = ("I", "II", "III", "IV")
HALVES = (tr_noop("6 tháng đầu năm"), tr_noop("6 tháng cuối năm"))  # H1, H2
# kind -> how many parts its box offers (months, quarters, halves)
_PARTS = {"month": 12, "quarter": 4, "half": 2}


class PeriodPicker(QWidget):
    changed = Signal(str)  # the period code now chosen

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
        self.set_code(period.code, kind=period.kind, year=period.year)
        self.kind_field.currentIndexChanged.connect(self._kind_changed)
        self.year_field.valueChanged.connect(lambda _v: self.changed.emit(self.code()))
        self.part_field.currentIndexChanged.connect(lambda _i: self.changed.emit(self.code()))

    # Reading ---------------------------------------------------------------------------
    def kind(self) -> str:
        return str(self.kind_field.currentData())

    def code(self) -> str:
        year = self.year_field.value()
        kind = self.kind()
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
        self.changed.emit(self.code())

    def set_code(self, code: str, *, kind: str | None = None, year: int | None = None) -> None:
        """Show the period `code` without saying so (no `changed`)."""
        year = year if year is not None else int(code[:4])
        rest = code[5:]
        if kind is None:
            kind = {"": "year", "H1": "half", "H2": "half", "9M": "nine_months"}.get(
                rest.upper(), ""
            )
            kind = kind or ("quarter" if rest.upper().startswith("Q") else "month")
        if kind in ("quarter", "half"):
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
