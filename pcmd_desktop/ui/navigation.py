"""The navigation column on the left of the main window: one entry per page, chosen by
mouse, arrow keys or Ctrl+1 … Ctrl+0."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from pcmd_desktop.ui.i18n import tr

MAX_SHORTCUTS = 10
TITLE_ROLE = Qt.ItemDataRole.UserRole + 1  # Ctrl+1 … Ctrl+9, Ctrl+0


def page_shortcut(index: int) -> QKeySequence | None:
    """Ctrl+1 for the first page, … Ctrl+0 for the tenth; None beyond."""
    if index >= MAX_SHORTCUTS:
        return None
    return QKeySequence(f"Ctrl+{(index + 1) % 10}")


class NavigationColumn(QListWidget):
    """A list of page titles; `page_chosen(index)` when the user moves to one."""

    page_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("nav")
        self.setAccessibleName(tr("Các trang"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(1)
        self.setStyleSheet("QListWidget#nav::item { padding-left: 10px; padding-right: 10px; }")
        self.currentRowChanged.connect(self._row_changed)
        self.shortcut_actions: list[QAction] = []

    def add_page(self, title: str, name: str) -> QAction | None:
        """Add an entry (`title` already translated); returns the action that jumps to it
        by keyboard (to be added to the window so its shortcut works everywhere), None past
        the tenth page."""
        index = self.count()
        item = QListWidgetItem(title)
        item.setData(TITLE_ROLE, title)
        item.setSizeHint(QSize(0, self.fontMetrics().height() + 14))
        self.addItem(item)
        shortcut = page_shortcut(index)
        if shortcut is None:
            return None
        item.setToolTip(f"{title} ({shortcut.toString(QKeySequence.SequenceFormat.NativeText)})")
        action = QAction(title, self)
        action.setObjectName(f"action.show_{name}")
        action.setShortcut(shortcut)
        action.triggered.connect(lambda _checked=False, i=index: self.setCurrentRow(i))
        self.shortcut_actions.append(action)
        return action

    def set_badge(self, index: int, count: int) -> None:
        """Show `count` things waiting beside entry `index` (nothing for 0)."""
        item = self.item(index)
        title = item.data(TITLE_ROLE)
        item.setText(f"{title} ({count})" if count else title)
        font = item.font()
        font.setBold(bool(count))
        item.setFont(font)

    def fit_width(self) -> None:
        """As wide as the longest title with a badge, so no title is cut."""
        font = self.font()
        font.setBold(True)
        metrics = QFontMetrics(font)
        widest = max((metrics.horizontalAdvance(self.item(i).text() + " (999)")
                      for i in range(self.count())), default=0)  # fmt: skip
        self.setFixedWidth(widest + 40)

    def _row_changed(self, row: int) -> None:
        if row >= 0:
            self.page_chosen.emit(row)
