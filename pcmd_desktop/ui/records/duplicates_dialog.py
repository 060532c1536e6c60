"""Tìm hồ sơ trùng: the likely duplicate files of the persons page, and merging a pair.

The button is on the persons page only for roles that may see personal data, the only
ones the service lets look (services.duplicates), so the names the list shows are
theirs to see. "Gộp hồ sơ…" asks which file to keep, then confirms; the merge itself is
services.person_merge. After a merge the list is looked for again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.display import format_date
from pcmd_desktop.services.duplicates import DuplicatePair, PersonFile, find_duplicates
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.person_merge import MergeResult, merge_persons
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import ask, dialog_buttons, fit_width
from pcmd_desktop.ui.i18n import tr, tr_noop

COLUMNS = (
    tr_noop("Lý do"),
    tr_noop("Hồ sơ thứ nhất"),
    tr_noop("Lập ngày, dịch vụ"),
    tr_noop("Hồ sơ thứ hai"),
    tr_noop("Lập ngày, dịch vụ"),
)

# The services' reasons, marked here for translation (they are shown through `tr`).
REASONS = (tr_noop("Trùng số định danh"), tr_noop("Trùng họ tên và năm sinh"))


def _who(p: PersonFile) -> str:
    return f"{p.code} — {p.full_name}"


def _when(p: PersonFile) -> str:
    return tr("{0}, {1} dịch vụ").format(format_date(p.opened_on), p.services)


class KeepChoiceDialog(QDialog):
    """Which of the two files is kept (the older one unless told), and what will happen."""

    def __init__(self, pair: DuplicatePair, parent: QWidget | None = None):
        super().__init__(parent)
        self.pair = pair
        self.setObjectName("dialog.merge_persons")
        self.setWindowTitle(tr("Gộp hồ sơ"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(tr("Giữ lại hồ sơ nào?")))
        self.group = QButtonGroup(self)
        self.options: list[QRadioButton] = []
        for i, p in enumerate((pair.first, pair.second)):
            text = tr("{0} ({1}, lập ngày {2}, {3} dịch vụ, {4} quyết định xử phạt)").format(
                p.code, p.full_name, format_date(p.opened_on), p.services, p.sanctions
            )
            option = QRadioButton(text)
            option.setObjectName(f"field.merge.keep_{'first' if i == 0 else 'second'}")
            option.setAccessibleName(tr("Giữ hồ sơ {0}").format(p.code))
            self.group.addButton(option, i)
            self.options.append(option)
            layout.addWidget(option)
        self.options[0].setChecked(True)
        self.explain = QLabel()
        self.explain.setObjectName("label.merge.explain")
        self.explain.setWordWrap(True)
        layout.addWidget(self.explain)
        self.group.idToggled.connect(lambda _i, _on: self._explain())
        self._explain()
        buttons, self.ok, _cancel = dialog_buttons(self, tr("Gộp hồ sơ"), "confirm_merge")
        layout.addWidget(buttons)
        fit_width(self, min(760, max(560, self.sizeHint().width())))

    def kept(self) -> PersonFile:
        return self.pair.first if self.group.checkedId() == 0 else self.pair.second

    def dropped(self) -> PersonFile:
        return self.pair.second if self.group.checkedId() == 0 else self.pair.first

    def _explain(self) -> None:
        keep, drop = self.kept(), self.dropped()
        self.explain.setText(tr(
            "Các dịch vụ hỗ trợ và quyết định xử phạt của hồ sơ {1} chuyển sang hồ sơ {0}. "
            "Ô nào của hồ sơ {0} còn trống được điền từ hồ sơ {1}; ô đã có thì giữ nguyên, "
            "giá trị khác của hồ sơ {1} được ghi thêm vào ô Ghi chú của hồ sơ {0}. Hồ sơ {1} "
            "vào Thùng rác (khôi phục được)."
        ).format(keep.code, drop.code))  # fmt: skip


class DuplicatesDialog(QDialog):
    merged = Signal(object)  # MergeResult

    def __init__(self, workspace: Workspace, parent: QWidget | None = None,
                 before_merge: Callable[[set[str]], bool] | None = None):  # fmt: skip
        """`before_merge(ids)` may refuse a merge (a form with unsaved changes to one of
        the two files asks first)."""
        super().__init__(parent)
        self.workspace = workspace
        self.before_merge = before_merge
        self.pairs: list[DuplicatePair] = []
        self.setObjectName("dialog.duplicates")
        self.setWindowTitle(tr("Tìm hồ sơ trùng"))
        intro = QLabel(tr(
            "Các cặp hồ sơ trong cùng một đơn vị có cùng số định danh cá nhân, hoặc cùng họ "
            "tên (không kể hoa thường, dấu) và cùng năm sinh. Hãy xem kỹ hai hồ sơ trước khi "
            "gộp: chọn một cặp rồi bấm Gộp hồ sơ."
        ))  # fmt: skip
        intro.setWordWrap(True)
        intro.setObjectName("label.duplicates.intro")
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("table.duplicates")
        self.table.setAccessibleName(tr("Các cặp hồ sơ có thể trùng"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The two files share what the dates and reasons leave (a long name is elided,
        # whole in its tooltip): no column runs off the dialog at 1366x768.
        for col in range(len(COLUMNS)):
            mode = QHeaderView.ResizeMode.Stretch if col in (1, 3) else (
                QHeaderView.ResizeMode.ResizeToContents)  # fmt: skip
            header.setSectionResizeMode(col, mode)
        self.table.itemSelectionChanged.connect(self._selection)
        self.table.itemDoubleClicked.connect(lambda _item: self.merge_selected())
        self.count = QLabel()
        self.count.setObjectName("label.duplicates.count")
        self.status = QLabel()
        self.status.setObjectName("label.duplicates.status")
        self.status.setWordWrap(True)
        self.merge_button = QPushButton(tr("Gộp hồ sơ…"))
        self.merge_button.setObjectName("action.merge_persons")
        self.merge_button.clicked.connect(self.merge_selected)
        self.may_merge = workspace.can(Permission.EDIT_RECORDS)
        self.merge_button.setVisible(self.may_merge)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(tr("Đóng"))
        close_button.setObjectName("action.close")
        close.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.merge_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(bottom)
        screen = self.screen().availableGeometry()
        self.resize(min(1240, screen.width() - 40), min(540, screen.height() - 60))
        self.refresh()

    def refresh(self) -> None:
        """Look for the pairs again (audited by the service: the list shows names)."""
        try:
            self.pairs = find_duplicates(self.workspace)
        except ServiceError as e:
            self.pairs = []
            self.status.setText(str(e))
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            reason = "; ".join(tr(r) for r in pair.reasons)
            cells = (reason, _who(pair.first), _when(pair.first), _who(pair.second),
                     _when(pair.second))  # fmt: skip
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, col, item)
        self.count.setText(tr("{0} cặp hồ sơ có thể trùng").format(len(self.pairs))
                           if self.pairs else tr("Không thấy hồ sơ nào có thể trùng."))  # fmt: skip
        if self.pairs:
            self.table.selectRow(0)
        self._selection()

    def selected(self) -> DuplicatePair | None:
        rows = self.table.selectionModel().selectedRows()
        return self.pairs[rows[0].row()] if rows else None

    def _selection(self) -> None:
        self.merge_button.setEnabled(self.may_merge and self.selected() is not None)

    def merge_selected(self) -> MergeResult | None:
        pair = self.selected()
        if pair is None or not self.may_merge:
            return None
        choice = KeepChoiceDialog(pair, self)
        if choice.exec() != QDialog.DialogCode.Accepted:
            return None
        keep, drop = choice.kept(), choice.dropped()
        answer = ask(self, tr("Gộp hồ sơ"),
                     tr("Gộp hồ sơ {1} vào hồ sơ {0}? Hồ sơ {1} sẽ vào Thùng rác.")
                     .format(keep.code, drop.code),
                     [(QMessageBox.StandardButton.Yes, tr("Gộp hồ sơ")),
                      (QMessageBox.StandardButton.Cancel, tr("Hủy"))],
                     name="dialog.confirm_merge")  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return None
        if self.before_merge is not None and not self.before_merge({keep.id, drop.id}):
            return None
        try:
            result = merge_persons(self.workspace, keep.id, drop.id)
        except ServiceError as e:
            QMessageBox.warning(self, tr("Không gộp được"), str(e))
            return None
        self.status.setText(tr(
            "Đã gộp hồ sơ {0} vào hồ sơ {1}: chuyển {2} dịch vụ, {3} quyết định xử phạt; "
            "điền {4} ô còn trống; {5} giá trị khác được ghi vào Ghi chú."
        ).format(result.dropped_code, result.kept_code, result.moved.get("service", 0),
                 result.moved.get("sanction", 0), len(result.filled),
                 len(result.conflicts)))  # fmt: skip
        self.merged.emit(result)
        self.refresh()
        return result


def add_find_duplicates(page) -> None:
    """The "Tìm hồ sơ trùng…" button at the right of the persons page's tabs, for roles
    that may see personal data."""
    if not page.workspace.can(Permission.VIEW_PERSONAL):
        return
    button = QPushButton(tr("Tìm hồ sơ trùng…"))
    button.setObjectName("action.find_duplicates")
    button.setAccessibleName(tr("Tìm hồ sơ trùng"))
    button.clicked.connect(lambda: open_duplicates(page))
    page.tabs.setCornerWidget(button, Qt.Corner.TopRightCorner)


def open_duplicates(page) -> DuplicatesDialog:
    """The dialog, window-modal over the page; the page's lists follow each merge."""
    dialog = DuplicatesDialog(page.workspace, page, lambda ids: _form_free(page, ids))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.merged.connect(lambda result: _after_merge(page, result))
    page.duplicates_dialog = dialog
    dialog.open()
    return dialog


def _form_free(page, ids: set[str]) -> bool:
    """True when the person form holds no unsaved change to one of `ids` (or the user
    saved or dropped it when asked): a merge must not be overwritten by a stale form."""
    panel = page.panels.get("person")
    if panel is None or panel.form.key not in ids or not panel.form.is_dirty():
        return True
    return panel.form.confirm_discard()


def _after_merge(page, result: MergeResult) -> None:
    panel = page.panels.get("person")
    if panel is not None and not panel.form.is_dirty():
        if panel.form.key == result.dropped_id:
            panel.form.new()
        elif panel.form.key == result.kept_id:
            panel.form.load(result.kept_id)
    page.refresh()
    page.changed.emit()
