"""The filters above a record list: reporting period, unit, the kind's coded fields, and
one search box that ignores case and tones. Changing any of them yields a ListFilter."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget

from pcmd_desktop.domain.periods import Period, parse_period
from pcmd_desktop.services.list_columns import ListSpec
from pcmd_desktop.services.record_list import ListFilter
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr

SEARCH_DELAY_MS = 250


def period_choices(workspace: Workspace, today: date | None = None) -> list[tuple[str, Period]]:
    """The periods a list offers: this and last month, this quarter, this and last year."""
    current = workspace.current_period(today)
    year, month = current.year, int(current.code[5:7])
    prev = f"{year - 1}-12" if month == 1 else f"{year}-{month - 1:02d}"
    quarter = (month - 1) // 3 + 1
    cutoff = workspace.cutoff
    out = [
        (tr("Tháng này ({0})").format(f"{month:02d}/{year}"), current),
        (tr("Tháng trước ({0})").format(f"{prev[5:]}/{prev[:4]}"), parse_period(prev, cutoff)),
        (tr("Quý {0} năm {1}").format(quarter, year),
         parse_period(f"{year}-Q{quarter}", cutoff)),
        (tr("Năm {0}").format(year), parse_period(str(year), cutoff)),
        (tr("Năm {0}").format(year - 1), parse_period(str(year - 1), cutoff)),
    ]  # fmt: skip
    return out


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, spec: ListSpec, parent: QWidget | None = None,
                 *, deleted: bool = False):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.spec = spec
        self.deleted = deleted
        name = f"field.{spec.kind.name}_filter"
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit()
        self.search.setObjectName(f"{name}.search")
        self.search.setAccessibleName(tr("Tìm kiếm"))
        self.search.setPlaceholderText(tr("Tìm (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 24)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.search.returnPressed.connect(self._now)
        layout.addWidget(self.search, 2)

        self.period: QComboBox | None = None
        if spec.kind.date_field:
            self.period = QComboBox()
            self.period.setObjectName(f"{name}.period")
            self.period.setAccessibleName(tr("Kỳ"))
            self.period.addItem(tr("Mọi thời gian"), None)
            for label, period in period_choices(workspace):
                self.period.addItem(label, period)
            self.period.currentIndexChanged.connect(self.changed)
            layout.addWidget(self.period, 1)

        self.unit: QComboBox | None = None
        children = workspace.units.children(workspace.unit.code)
        if "unit" in spec.filters and children:
            self.unit = QComboBox()
            self.unit.setObjectName(f"{name}.unit")
            self.unit.setAccessibleName(tr("Đơn vị"))
            self.unit.addItem(tr("Mọi đơn vị"), None)
            self.unit.addItem(workspace.unit.name + tr(" (riêng đơn vị)"), (workspace.unit.code,))
            for child in children:
                self.unit.addItem(child.name, tuple(workspace.scope(workspace.today(), child.code)))
            self.unit.currentIndexChanged.connect(self.changed)
            layout.addWidget(self.unit, 1)

        self.choices: dict[str, QComboBox] = {}
        for key in spec.filters:
            if key == "unit":
                continue
            column = spec.column(key)
            labels = column.choices or (column.field.choices if column.field else None) or {}
            combo = QComboBox()
            combo.setObjectName(f"{name}.{key}")
            combo.setAccessibleName(tr(column.label))
            combo.addItem(tr("{0}: tất cả").format(tr(column.label)), None)
            for code, label in labels.items():
                combo.addItem(tr(label), code)
            combo.currentIndexChanged.connect(self.changed)
            self.choices[key] = combo
            layout.addWidget(combo, 1)

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def value(self) -> ListFilter:
        period = self.period.currentData() if self.period else None
        units = self.unit.currentData() if self.unit else None
        equals = tuple(
            (key, combo.currentData())
            for key, combo in self.choices.items()
            if combo.currentData() is not None
        )
        return ListFilter(
            date_from=period.start.isoformat() if period else None,
            date_to=period.end.isoformat() if period else None,
            units=tuple(units) if units else None,
            equals=equals,
            search=self.search.text(),
            deleted=self.deleted,
        )
