"""A record list as the user works with it: filters and search above, the table (sort on
any column by clicking its heading), the number of records and the buttons to choose
columns and to export the current view to Excel. Chosen columns, their order and widths
are remembered per list."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.display import format_money
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.excel_kinds import TEMPLATE_KINDS
from pcmd_desktop.services.list_columns import LIST_SPECS
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import busy
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.models.record_table_model import RecordTableModel
from pcmd_desktop.ui.records.filter_bar import FilterBar
from pcmd_desktop.ui.window_state import app_settings


class RecordTable(QTableView):
    opened = Signal()  # Enter on a row, or a double click: go to its form

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.opened.emit()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        if self.indexAt(event.position().toPoint()).isValid():
            self.opened.emit()


class RecordListView(QWidget):
    current_changed = Signal(object)  # the key of the record now current, or None

    def __init__(self, workspace: Workspace, kind_name: str, parent: QWidget | None = None,
                 *, name: str = "", deleted: bool = False, **fixed: object):  # fmt: skip
        """`fixed` narrows the list beyond its filter bar (refers_to, follow_ups_due)."""
        super().__init__(parent)
        self.workspace = workspace
        self.kind_name = kind_name
        self.spec = LIST_SPECS[kind_name]
        self.list_name = name or kind_name
        self.fixed = fixed
        self.setObjectName(f"list.{self.list_name}")

        self.filters = FilterBar(workspace, self.spec, deleted=deleted)
        self.filters.changed.connect(self.apply_filters)
        self.model = RecordTableModel(workspace, kind_name, self)
        self.table = RecordTable()
        self.table.setObjectName(f"table.{self.list_name}")
        self.table.setAccessibleName(tr(self.spec.kind.label))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSortIndicatorShown(True)
        header.setStretchLastSection(True)
        header.sortIndicatorChanged.connect(self._sort)
        header.sectionResized.connect(lambda *_: self._save_header())
        header.sectionMoved.connect(lambda *_: self._save_header())
        self.table.selectionModel().currentRowChanged.connect(self._current)

        self.count = QLabel()
        self.count.setObjectName(f"label.{self.list_name}.count")
        self.loading = QLabel(tr("Đang sắp xếp, lọc…"))
        self.loading.setObjectName(f"label.{self.list_name}.loading")
        self.loading.hide()
        self.columns_button = QToolButton()
        self.columns_button.setText(tr("Cột…"))
        self.columns_button.setObjectName("action.columns")
        self.columns_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_button = QPushButton(tr("Xuất Excel…"))
        self.export_button.setObjectName("action.export_excel")
        self.export_button.clicked.connect(self.export_excel)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count)
        bottom.addWidget(self.loading)
        bottom.addStretch(1)
        bottom.addWidget(self.columns_button)
        bottom.addWidget(self.export_button)
        self.import_button: QPushButton | None = None
        if (kind_name in TEMPLATE_KINDS and not deleted and not fixed
                and workspace.can(Permission.EDIT_RECORDS)):  # fmt: skip
            self.import_button = QPushButton(tr("Nhập từ Excel…"))
            self.import_button.setObjectName("action.import_excel")
            self.import_button.clicked.connect(self.import_excel)
            bottom.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.model.loading.connect(self._loading)
        self.model.loaded.connect(self._loaded)
        self.model.failed.connect(lambda message: QMessageBox.warning(self, tr("Lỗi"), message))
        self._restoring = True
        self.model.reload(self._filter())
        self._build_columns_menu()
        self._restore_header()
        self._restoring = False

    # Filters and order -------------------------------------------------------------
    def _filter(self):
        return dataclasses.replace(self.filters.value(), **self.fixed)

    def apply_filters(self) -> None:
        self.model.reload(self._filter())

    def set_fixed(self, **fixed: object) -> None:
        self.fixed = fixed
        self.apply_filters()

    def refresh(self, keep: str | None = None) -> None:
        """Read the list again (after a save), keeping `keep` current."""
        self.model.reload()
        if keep:
            self.select(keep)

    def _sort(self, section: int, order: Qt.SortOrder) -> None:
        if self._restoring:
            return
        self.model.sort(section, order)
        self._save_header()

    def _loading(self, on: bool) -> None:
        self.loading.setVisible(on)
        self.table.setEnabled(not on)

    def _loaded(self, count: int) -> None:
        self.count.setText(tr("{0} bản ghi").format(format_money(count)))
        self.table.setEnabled(True)
        header = self.table.horizontalHeader()
        if self.model.sort_key:
            header.blockSignals(True)
            header.setSortIndicator(self.model.column_index(self.model.sort_key),
                                    Qt.SortOrder.DescendingOrder if self.model.descending
                                    else Qt.SortOrder.AscendingOrder)  # fmt: skip
            header.blockSignals(False)

    # Current record ------------------------------------------------------------------
    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.model.key_at(current.row()) if current.isValid() else None)

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.key_at(index.row()) if index.isValid() else None

    def select(self, key: str) -> bool:
        row = self.model.row_of(key)
        if row is None:
            return False
        self.table.selectionModel().blockSignals(True)
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.table.selectionModel().blockSignals(False)
        self.table.scrollTo(index)
        return True

    def select_row(self, row: int) -> None:
        """Make row `row` current, as a click would."""
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip
        self.table.scrollTo(index)

    # Columns -------------------------------------------------------------------------
    def _settings_key(self) -> str:
        # A role without personal data has fewer columns: its header state is its own, or
        # a section restored from the other would land on the wrong column.
        redacted = len(self.model.columns) < len(self.spec.columns)
        return f"lists/{self.list_name}/header" + ("-redacted" if redacted else "")

    def _build_columns_menu(self) -> None:
        from PySide6.QtWidgets import QMenu

        menu = QMenu(self.columns_button)
        # A commune's records are all its own: its unit column would say one thing.
        single_unit = not self.workspace.units.children(self.workspace.unit.code)
        for i, column in enumerate(self.model.columns):
            shown = column.shown and not (single_unit and column.key == "unit")
            action = QAction(tr(column.label), menu)
            action.setObjectName(f"action.column.{column.key}")
            action.setCheckable(True)
            action.setChecked(shown)
            self.table.setColumnHidden(i, not shown)
            action.toggled.connect(lambda on, i=i: self._show_column(i, on))
            menu.addAction(action)
            # Wide enough for its values and its whole heading (with the sort arrow).
            width = self.fontMetrics().averageCharWidth() * column.width + 16
            heading = self.fontMetrics().horizontalAdvance(tr(column.label)) + 28
            self.table.setColumnWidth(i, max(width, heading))
        self.columns_button.setMenu(menu)

    def _show_column(self, section: int, on: bool) -> None:
        self.table.setColumnHidden(section, not on)
        self._save_header()

    def _save_header(self) -> None:
        if not self._restoring:
            app_settings().setValue(self._settings_key(),
                                    self.table.horizontalHeader().saveState())  # fmt: skip

    def _restore_header(self) -> None:
        state = app_settings().value(self._settings_key())
        if state is None:
            return
        header = self.table.horizontalHeader()
        header.restoreState(state)
        for i, action in enumerate(self.columns_button.menu().actions()):
            action.blockSignals(True)
            action.setChecked(not header.isSectionHidden(i))
            action.blockSignals(False)
        section, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
        if 0 <= section < len(self.model.columns):
            self.model.sort(section, order)

    def visible_columns(self):
        header = self.table.horizontalHeader()
        order = sorted(range(len(self.model.columns)), key=header.visualIndex)
        return tuple(self.model.columns[i] for i in order if not header.isSectionHidden(i))

    # Excel ---------------------------------------------------------------------------
    def import_excel(self) -> None:
        """Establishments, hotspots or persons from an Excel sheet (template, preview of
        every problem, all or nothing); the list shows them after."""
        from pcmd_desktop.ui.records.excel_import_dialog import ExcelImportDialog

        dialog = ExcelImportDialog(self.workspace, self.kind_name, self)
        dialog.imported.connect(lambda _summary: self.refresh())
        dialog.exec()

    def export_excel(self, path: Path | None = None) -> Path | None:
        """The current view (filters, order, visible columns) to an .xlsx file."""
        if self.model.records is None:
            return None
        if path is None:
            suggested = Path.home() / f"{tr(self.spec.kind.label)}.xlsx"
            chosen, _ = QFileDialog.getSaveFileName(
                self, tr("Xuất danh sách ra Excel"), str(suggested), "Excel (*.xlsx)"
            )
            if not chosen:
                return None
            path = Path(chosen)
        from pcmd_desktop.services.list_export import export_list  # openpyxl: when used

        try:
            with busy():
                count = export_list(self.model.records, self.visible_columns(), path)
        except (ServiceError, OSError) as e:
            QMessageBox.warning(self, tr("Không xuất được"), str(e))
            return None
        self.count.setText(tr("Đã xuất {0} bản ghi ra {1}").format(format_money(count), path.name))
        return path
