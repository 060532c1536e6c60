"""A table model over a record list that never holds all of it: the list is a snapshot
of row ids (services.record_list), and rows are read in pages of PAGE_SIZE as the view
scrolls to them, keeping the most recent MAX_PAGES pages.

A large list is snapshotted on a worker thread with its own connection: sorting a
million inspections by name takes seconds, and the window keeps answering meanwhile
(the old rows stay until the new order is ready). Small lists are read at once.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
)

from pcmd_desktop.domain.records import FieldType
from pcmd_desktop.services.list_columns import Column
from pcmd_desktop.services.record_list import ListFilter, ListQuery, ListRow, RecordList
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr, tr_noop

PAGE_SIZE = 200
MAX_PAGES = 40
BACKGROUND_ABOVE = 20_000  # rows in the table beyond which the snapshot runs on a thread


# Words of the lists' cells that come from below the UI, for the translation file.
YES_NO = (tr_noop("Có"), tr_noop("Không"))


def _is_labelled(column: Column) -> bool:
    """Cells that are one label (a coded value, yes/no): shown in the chosen language."""
    if column.choices:
        return True
    f = column.field
    return f is not None and f.type in (FieldType.CHOICE, FieldType.BOOL)


class _Signals(QObject):
    done = Signal(int, object)  # generation, array of ids (or the exception)


class _Snapshot(QRunnable):
    """One snapshot on the thread pool. Its result reaches the model through a queued
    signal; a model deleted meanwhile is simply no longer connected."""

    def __init__(self, query: ListQuery, generation: int):
        super().__init__()
        self.query = query
        self.generation = generation
        self.signals = _Signals()

    def run(self) -> None:
        try:
            ids: object = self.query.ids_on_own_connection()
        except Exception as e:  # shown to the user by the view, not lost in a thread
            ids = e
        self.signals.done.emit(self.generation, ids)


class RecordTableModel(QAbstractTableModel):
    loading = Signal(bool)  # a snapshot is being taken on a thread
    loaded = Signal(int)  # row count, after every (re)load
    failed = Signal(str)

    def __init__(self, workspace: Workspace, kind_name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.kind_name = kind_name
        self.filter = ListFilter()
        self.sort_key: str | None = None
        self.descending: bool | None = None
        self.records: RecordList | None = None
        query = ListQuery(workspace, kind_name)
        self.columns: tuple[Column, ...] = query.columns
        self._labelled = [_is_labelled(c) for c in self.columns]
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._generation = 0
        self._queries: dict[int, ListQuery] = {}  # snapshots under way, by generation

    # Loading ---------------------------------------------------------------------
    def reload(
        self,
        filt: ListFilter | None = None,
        sort: str | None = None,
        descending: bool | None = None,
        *,
        background: bool | None = None,
    ) -> None:
        """Take a new snapshot with these filters and order (None keeps the current)."""
        if filt is not None:
            self.filter = filt
        if sort is not None:
            self.sort_key = sort
        if descending is not None:
            self.descending = descending
        query = ListQuery(self.workspace, self.kind_name, self.filter, self.sort_key,
                          self.descending)  # fmt: skip
        self.sort_key, self.descending = query.sort, query.descending
        self._generation += 1
        if background is None:
            background = query.estimated_rows() > BACKGROUND_ABOVE
        if not background:
            self._install(query, query.ids(self.workspace.db.conn))
            return
        job = _Snapshot(query, self._generation)
        job.signals.done.connect(self._finished)
        self._queries[self._generation] = query
        self.loading.emit(True)
        QThreadPool.globalInstance().start(job)

    def _finished(self, generation: int, ids: object) -> None:
        query = self._queries.pop(generation, None)
        if query is None or generation != self._generation:
            return  # a newer filter or order was asked meanwhile
        self.loading.emit(False)
        if isinstance(ids, Exception):
            self.failed.emit(tr("Không đọc được danh sách: {0}").format(ids))
            return
        self._install(query, ids)  # type: ignore[arg-type]

    def _install(self, query: ListQuery, ids: array) -> None:
        self.beginResetModel()
        self.records = RecordList(query, ids)
        self.columns = query.columns
        self._labelled = [_is_labelled(c) for c in self.columns]
        self._pages.clear()
        self.endResetModel()
        query.audit_shown(len(ids))
        self.loaded.emit(len(ids))

    def wait(self) -> None:
        """Block until every snapshot under way has finished (tests, closing)."""
        QThreadPool.globalInstance().waitForDone()

    # Reading ---------------------------------------------------------------------
    def _row(self, row: int) -> ListRow | None:
        if self.records is None:
            return None
        page = row // PAGE_SIZE
        rows = self._pages.get(page)
        if rows is None:
            rows = self.records.rows(page * PAGE_SIZE, PAGE_SIZE)
            self._pages[page] = rows
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page)
        offset = row - page * PAGE_SIZE
        return rows[offset] if offset < len(rows) else None

    def key_at(self, row: int) -> str | None:
        r = self._row(row)
        return r.key or None if r else None

    def row_of(self, key: str) -> int | None:
        return self.records.position(key) if self.records else None

    def column_index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)

    # Qt ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or self.records is None else len(self.records)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            r = self._row(index.row())
            if r is None:
                return None
            cell = r.cells[index.column()]
            return tr(cell) if cell and self._labelled[index.column()] else cell
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[index.column()].numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:  # fmt: skip
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section].label)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.reload(sort=self.columns[column].key,
                    descending=order == Qt.SortOrder.DescendingOrder)  # fmt: skip
