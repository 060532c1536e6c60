"""The communes' PCMD model and clean-commune assessment for the year: one row for a
commune's own database, one per commune under a district or the city.

Where the year has a commune's assessment sheet (tab Chấm điểm lành mạnh), its `clean`
follows the sheet: the box shows the sheet's result, read-only, so the two never
disagree on screen; the status's own flag is kept as stored."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.catalogues import PCMD_MODELS
from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import assessment, plan
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import tr


class StatusTab(QWidget):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.year = 0
        self.rows: list[plan.CommuneStatusRow] = []
        self.widgets: list[tuple[QComboBox, QCheckBox, QLineEdit]] = []
        self.can_edit = workspace.can(Permission.EDIT_RECORDS)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("table.commune_status")
        self.table.setAccessibleName(tr("Mô hình và đánh giá xã, phường"))
        self.table.setHorizontalHeaderLabels(
            [tr("Xã, phường"), tr("Mô hình PCMD"), tr("Lành mạnh"), tr("Ghi chú")]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.error = error_label("label.commune_status.problems")
        self.sheet_note = QLabel()
        self.sheet_note.setObjectName("label.commune_status.sheet_note")
        self.sheet_note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("label.commune_status.status")
        self.save_button = QPushButton(tr("Lưu đánh giá"))
        self.save_button.setObjectName("action.save_commune_status")
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sheet_note)
        layout.addLayout(buttons)
        self.save_button.setVisible(self.can_edit)  # parented now: never a window

    def show_year(self, year: int) -> None:
        self.year = year
        self.rows = plan.commune_statuses(self.workspace, year)
        sheets = assessment.results_of_year(self.workspace, year)
        self.widgets = []
        self.table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            name = QTableWidgetItem(row.unit_name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(r, 0, name)
            model = QComboBox()
            model.setObjectName("field.commune_status.pcmd_model")
            model.setAccessibleName(f"{tr('Mô hình PCMD')}: {row.unit_name}")
            model.addItem(tr("(chưa đánh giá)"), None)
            for code, label in PCMD_MODELS.items():
                model.addItem(tr(label), code)
            model.setCurrentIndex(max(model.findData(row.pcmd_model), 0))
            clean = QCheckBox(tr("Lành mạnh"))
            clean.setObjectName("field.commune_status.clean")
            clean.setAccessibleName(f"{tr('Xã, phường lành mạnh')}: {row.unit_name}")
            clean.setChecked(bool(row.clean))
            note = QLineEdit(row.note or "")
            note.setObjectName("field.commune_status.note")
            note.setAccessibleName(f"{tr('Ghi chú')}: {row.unit_name}")
            for w in (model, clean, note):
                w.setEnabled(self.can_edit)
            _follow(clean, sheets.get(row.unit))
            self.table.setCellWidget(r, 1, model)
            self.table.setCellWidget(r, 2, clean)
            self.table.setCellWidget(r, 3, note)
            self.widgets.append((model, clean, note))
        for column in (0, 1, 2):  # 'Theo phiếu chấm điểm' is wider than its heading
            self.table.resizeColumnToContents(column)
        done = sum(1 for row in self.rows if row.entered)
        self.status.setText(tr("Đã đánh giá {0}/{1} xã, phường năm {2}").format(
            done, len(self.rows), year))  # fmt: skip
        self._say_sheets(sheets)
        show_error(self.error, "")

    def _say_sheets(self, sheets: dict) -> None:
        followed = sum(1 for row in self.rows if row.unit in sheets)
        self.sheet_note.setText(
            tr("{0} xã, phường có phiếu chấm điểm năm {1}: ô «Lành mạnh» theo kết quả phiếu "
               "(tab Chấm điểm lành mạnh), không sửa ở đây.").format(followed, self.year)
            if followed else "")  # fmt: skip
        self.sheet_note.setVisible(bool(followed))

    def follow_sheets(self) -> None:
        """The Lành mạnh boxes again from the year's sheets, what else is typed kept (a
        sheet was just saved)."""
        sheets = assessment.results_of_year(self.workspace, self.year)
        for (_model, clean, _note), row in zip(self.widgets, self.rows, strict=True):
            _follow(clean, sheets.get(row.unit))
        self._say_sheets(sheets)

    def _stored(self, r: int) -> tuple:
        row = self.rows[r]
        return (row.pcmd_model, row.clean if row.pcmd_model else None, row.note)

    def is_dirty(self) -> bool:
        return self.can_edit and any(
            self._typed(r) != self._stored(r) for r in range(len(self.rows))
        )

    def typed_rows(self) -> dict[str, list]:
        """Commune -> [model, clean, note] as typed, for a draft (the rows changed only)."""
        typed = {row.unit: (self._typed(r), self._stored(r)) for r, row in enumerate(self.rows)}
        return {unit: list(now) for unit, (now, stored) in typed.items() if now != stored}

    def restore_rows(self, typed: dict) -> None:
        """Put a draft's rows back into the boxes (communes no longer listed are skipped)."""
        for (model, clean, note), row in zip(self.widgets, self.rows, strict=True):
            values = typed.get(row.unit)
            if not isinstance(values, list) or len(values) != 3:
                continue
            model.setCurrentIndex(max(model.findData(values[0]), 0))
            if clean.isEnabled():
                clean.setChecked(bool(values[1]))
            note.setText(str(values[2] or ""))

    def _typed(self, r: int) -> tuple:
        model, clean, note = self.widgets[r]
        chosen = model.currentData()
        if not clean.isEnabled() and self.can_edit:  # follows the sheet: the flag stays
            flag = bool(self.rows[r].clean)
        else:
            flag = clean.isChecked()
        return (chosen, flag if chosen else None, note.text().strip() or None)

    def save(self) -> bool:
        problems: list[str] = []
        changed = 0
        for r, row in enumerate(self.rows):
            typed = self._typed(r)
            if typed == self._stored(r):
                continue
            try:
                plan.set_commune_status(self.workspace, row.unit, self.year, *typed)
                changed += 1
            except ValidationError as e:
                problems.extend(f"{row.unit_name}: {p.message}" for p in e.problems)
            except ServiceError as e:
                problems.append(f"{row.unit_name}: {e}")
        if problems:
            show_error(self.error, "\n".join(problems))
            return False
        self.show_year(self.year)
        if changed:
            self.saved.emit()
        return True


def _follow(clean: QCheckBox, sheet: assessment.SheetResult | None) -> None:
    """Where the year has a sheet it decides the box: shown, not typed."""
    if sheet is None:
        return
    clean.setChecked(sheet.clean)
    clean.setEnabled(False)
    clean.setText(tr("Theo phiếu chấm điểm"))
    clean.setToolTip(tr("Tổng điểm {0}/100. {1}").format(sheet.total, sheet.text_in(tr)))
