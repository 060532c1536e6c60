"""The year's plan targets, one row per indicator of the catalogue, grouped as reports
group them; typed in the last column, saved all at once (services.plan)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.display import format_number, parse_number
from pcmd_desktop.domain.indicators import CEILING, GROUPS, INDICATORS
from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import plan
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import ask, error_label, show_error
from pcmd_desktop.ui.i18n import tr

TARGET_COLUMN = 2
GROUP_BRUSH = QBrush(QColor("#e8eef7"))
BAD_BRUSH = QBrush(QColor("#f9d6d5"))


class TargetsTab(QWidget):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.year = 0
        self.rows: dict[str, int] = {}
        self.can_edit = workspace.can(Permission.EDIT_RECORDS)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("table.plan_targets")
        self.table.setAccessibleName(tr("Chỉ tiêu kế hoạch năm"))
        self.table.setHorizontalHeaderLabels(
            [tr("Chỉ tiêu"), tr("Đơn vị tính"), tr("Kế hoạch năm")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers
                                   if self.can_edit
                                   else QAbstractItemView.EditTrigger.NoEditTriggers)  # fmt: skip
        self.error = error_label("label.plan_targets.problems")
        self.save_button = QPushButton(tr("Lưu chỉ tiêu"))
        self.save_button.setObjectName("action.save_plan")
        self.save_button.clicked.connect(self.save)
        self.copy_button = QPushButton(tr("Lấy chỉ tiêu năm trước làm gốc"))
        self.copy_button.setObjectName("action.copy_plan")
        self.copy_button.clicked.connect(self.copy_last_year)
        self.status = QLabel()
        self.status.setObjectName("label.plan_targets.status")
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        # Only once they have a parent: a parentless widget made visible is a window.
        self.save_button.setVisible(self.can_edit)
        self.copy_button.setVisible(self.can_edit)
        self._fill_rows()

    def _fill_rows(self) -> None:
        group = None
        for indicator in INDICATORS:
            if indicator.group != group:
                group = indicator.group
                row = self.table.rowCount()
                self.table.insertRow(row)
                heading = QTableWidgetItem(tr(GROUPS.get(group, group)))
                heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
                font = heading.font()
                font.setBold(True)
                heading.setFont(font)
                self.table.setItem(row, 0, heading)
                self.table.setSpan(row, 0, 1, 3)
                heading.setBackground(GROUP_BRUSH)
            row = self.table.rowCount()
            self.table.insertRow(row)
            tip = f"{indicator.code}: {indicator.definition}"
            if indicator.direction == CEILING:
                tip += "\n" + tr("Chỉ tiêu là mức tối đa: vượt mức này là không đạt.")
            for col, text in enumerate((tr(indicator.label), tr(indicator.unit))):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                item.setToolTip(tip)
                self.table.setItem(row, col, item)
            target = QTableWidgetItem("")
            target.setToolTip(tip)
            target.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.table.setItem(row, TARGET_COLUMN, target)
            self.rows[indicator.code] = row
        self.table.setColumnWidth(1, self.fontMetrics().averageCharWidth() * 16)
        self.table.setColumnWidth(2, self.fontMetrics().averageCharWidth() * 18)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self._loaded: dict[str, str] = {}

    # Reading and writing ---------------------------------------------------------------
    def show_year(self, year: int) -> None:
        self.year = year
        values = plan.targets(self.workspace, year)
        for code, row in self.rows.items():
            item = self.table.item(row, TARGET_COLUMN)
            item.setText(format_number(values.get(code)))
            item.setBackground(QBrush())
        self._loaded = self.typed()
        show_error(self.error, "")
        self.status.setText(tr("{0} chỉ tiêu đã có cho năm {1}").format(len(values), year))

    def typed(self) -> dict[str, str]:
        return {code: self.table.item(row, TARGET_COLUMN).text() for code, row in self.rows.items()}

    def is_dirty(self) -> bool:
        return self.typed() != self._loaded

    def set_target(self, code: str, text: str) -> None:
        self.table.item(self.rows[code], TARGET_COLUMN).setText(text)

    def save(self) -> bool:
        values: dict[str, float | int | None] = {}
        problems: list[tuple[str, str]] = []
        by_code = {i.code: i for i in INDICATORS}
        for code, text in self.typed().items():
            try:
                values[code] = parse_number(text, code)
            except ValueError:
                problems.append((code, tr("{0} ({1}): '{2}' không phải là số").format(
                    by_code[code].label, code, text)))  # fmt: skip
        if not problems:
            try:
                changed = plan.set_targets(self.workspace, self.year, values)
            except ValidationError as e:
                problems = [(p.field or "", p.message) for p in e.problems]
            except ServiceError as e:
                problems = [("", str(e))]
        for code, row in self.rows.items():
            bad = any(c == code for c, _ in problems)
            self.table.item(row, TARGET_COLUMN).setBackground(BAD_BRUSH if bad else QBrush())
        if problems:
            show_error(self.error, "\n".join(m for _, m in problems))
            return False
        self.show_year(self.year)
        self.status.setText(tr("Đã lưu: {0} chỉ tiêu thay đổi").format(changed))
        self.saved.emit()
        return True

    def copy_last_year(self) -> None:
        replace = False
        if plan.targets(self.workspace, self.year):
            answer = ask(
                self, tr("Lấy chỉ tiêu năm trước"),
                tr("Năm {0} đã có chỉ tiêu. Thay toàn bộ bằng chỉ tiêu năm {1}?").format(
                    self.year, self.year - 1),
                [(QMessageBox.StandardButton.Yes, tr("Thay bằng chỉ tiêu năm trước")),
                 (QMessageBox.StandardButton.No, tr("Giữ chỉ tiêu hiện có"))])  # fmt: skip
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True
        try:
            count = plan.copy_plan(self.workspace, self.year - 1, self.year, replace=replace)
        except ServiceError as e:
            show_error(self.error, str(e))
            return
        self.show_year(self.year)
        self.status.setText(tr("Đã lấy {0} chỉ tiêu của năm {1}; sửa rồi bấm Lưu nếu cần.")
                            .format(count, self.year - 1))  # fmt: skip
        self.saved.emit()
