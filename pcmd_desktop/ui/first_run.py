"""Thiết lập lần đầu: choose the administrative unit a new database belongs to, where
the file goes and the first admin's login, then create it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.units import AdminUnit
from pcmd_desktop.services.units import UnitDirectory, UnitHistory, default_history
from pcmd_desktop.services.workspace import Workspace, WorkspaceError, create_workspace
from pcmd_desktop.ui.forms import NewPasswordRows, busy
from pcmd_desktop.ui.i18n import tr

SEARCH_DELAY_MS = 150
MIN_QUERY_LENGTH = 2
MAX_RESULTS = 50
UNIT_ROLE = Qt.ItemDataRole.UserRole
_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class FirstRunDialog(QDialog):
    """After `exec()` returns Accepted, `.workspace` is the new, open database with its
    admin logged in (and `new_recovery_key` still to show)."""

    def __init__(
        self,
        db_path: Path,
        history: UnitHistory | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("dialog.first_run")
        self.setWindowTitle(tr("Thiết lập lần đầu"))
        # Only the units in force today are offered; the whole history goes into the file.
        self.history = history or default_history()
        self.units = self.history.tree(date.today())
        self._every_unit: UnitDirectory | None = None  # every unit ever, for a hint
        self.db_path = Path(db_path)
        self.workspace: Workspace | None = None
        self._build()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search_box.textEdited.connect(lambda _text: self._timer.start())
        self.unit_list.currentItemChanged.connect(lambda *_: self._show_choice())
        self.unit_list.itemDoubleClicked.connect(lambda _item: self.create_button.setFocus())
        self.search_box.installEventFilter(self)
        self.unit_list.installEventFilter(self)
        self._show_choice()
        self.search_box.setFocus()
        self.resize(720, 600)

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            tr(
                "Mỗi cơ sở dữ liệu thuộc về một đơn vị hành chính đang có hiệu lực (xã, phường "
                "hoặc tỉnh, thành phố). Đơn vị được chọn một lần khi tạo; chỉ khi đơn vị được "
                "sáp nhập, người quản trị mới chuyển cơ sở dữ liệu sang đơn vị kế tiếp."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(6)

        search_label = QLabel(tr("&Tìm đơn vị hành chính:"))
        self.search_box = QLineEdit()
        self.search_box.setObjectName("field.setup.unit_search")
        self.search_box.setAccessibleName(tr("Tìm đơn vị hành chính"))
        self.search_box.setPlaceholderText(tr("Gõ một phần tên, ví dụ: chuong duong"))
        self.search_box.setClearButtonEnabled(True)
        search_label.setBuddy(self.search_box)
        layout.addWidget(search_label)
        layout.addWidget(self.search_box)

        self.unit_list = QListWidget()
        self.unit_list.setObjectName("field.setup.unit")
        self.unit_list.setAccessibleName(tr("Đơn vị hành chính tìm được"))
        self.unit_list.setAlternatingRowColors(True)
        self.unit_list.setUniformItemSizes(True)
        layout.addWidget(self.unit_list, 1)
        self.hint_label = QLabel()
        self.hint_label.setObjectName("label.setup.hint")
        layout.addWidget(self.hint_label)

        form = QFormLayout()
        self.choice_label = QLabel()
        self.choice_label.setObjectName("label.setup.unit")
        self.choice_label.setWordWrap(True)
        self.level_label = QLabel()
        self.level_label.setObjectName("label.setup.level")
        form.addRow(tr("Đơn vị đã chọn:"), self.choice_label)
        form.addRow(tr("Cấp:"), self.level_label)

        self.path_field = QLineEdit(str(self.db_path))
        self.path_field.setObjectName("field.setup.db_path")
        self.path_field.setAccessibleName(tr("Nơi lưu cơ sở dữ liệu"))
        self.path_field.setReadOnly(True)
        self.choose_button = QPushButton(tr("Chọn nơi &lưu..."))
        self.choose_button.setObjectName("action.choose_path")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_field, 1)
        path_row.addWidget(self.choose_button)
        form.addRow(tr("Tệp cơ sở dữ liệu:"), path_row)
        self.admin_rows = NewPasswordRows(
            form, "setup", name_key="admin", name_label=tr("Tên đăng nhập quản trị:")
        )
        layout.addLayout(form)

        self.error_label = QLabel()
        self.error_label.setObjectName("label.setup.error")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        layout.addWidget(self.error_label)

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(
            tr("&Tạo cơ sở dữ liệu"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.create_button.setObjectName("action.create_database")
        self.create_button.setDefault(True)
        self.cancel_button = buttons.addButton(tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
        self.cancel_button.setObjectName("action.cancel")
        self.cancel_button.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    # Search --------------------------------------------------------------------------
    def run_search(self) -> None:
        """Fill the list with the units matching the search box (at least two letters)."""
        self._timer.stop()
        query = self.search_box.text().strip()
        self.unit_list.clear()
        if len(query) < MIN_QUERY_LENGTH:
            self.hint_label.setText(
                tr("Gõ ít nhất {0} chữ để tìm.").format(MIN_QUERY_LENGTH) if query else ""
            )
            return
        hits = self.units.search(query, MAX_RESULTS)
        # Room above and below each line, so tone marks (Ỉ, Ẫ) never touch the next row.
        row_size = QSize(0, self.unit_list.fontMetrics().height() + 8)
        for unit in hits:
            item = QListWidgetItem(self._item_text(unit))
            item.setData(UNIT_ROLE, unit.code)
            item.setSizeHint(row_size)
            self.unit_list.addItem(item)
        if not hits:
            self.hint_label.setText(self._not_found_text(query))
        elif len(hits) == MAX_RESULTS:
            self.hint_label.setText(
                tr("Hiện {0} đơn vị đầu tiên; gõ thêm để thu hẹp.").format(MAX_RESULTS)
            )
        else:
            self.hint_label.setText(
                tr("Tìm thấy {0} đơn vị. Nhấn ↓ để chọn trong danh sách.").format(len(hits))
            )

    def _not_found_text(self, query: str) -> str:
        """Nothing in force matches: say so, and name the successors of an ended unit
        that matches (Chương Dương after the 2025 reform)."""
        text = tr("Không tìm thấy đơn vị nào. Thử gõ ít chữ hơn.")
        if self._every_unit is None:
            self._every_unit = UnitDirectory(self.history.versions())
        today = date.today()
        for unit in self._every_unit.search(query, 3):
            heirs = self.history.current_successors(unit.code, today)
            if heirs and not self.units.in_force(unit.code):
                names = ", ".join(f"{u.name} ({u.code})" for u in heirs)
                return tr("{0} đã hết hiệu lực (đến {1}); đơn vị kế tiếp: {2}.").format(
                    unit.name, _vn(unit.valid_to), names
                )
        return text

    def _item_text(self, unit: AdminUnit) -> str:
        parent = self.units.parent(unit)
        where = f" — {self.units.full_name(parent)}" if parent else ""
        return f"{unit.name}{where} ({tr(unit.level_label)})"

    def selected_unit(self) -> AdminUnit | None:
        item = self.unit_list.currentItem()
        return self.units.get(item.data(UNIT_ROLE)) if item is not None else None

    def _show_choice(self) -> None:
        unit = self.selected_unit()
        self.choice_label.setText(self.units.full_name(unit) if unit else tr("(chưa chọn)"))
        self.level_label.setText(tr(unit.level_label) if unit else "")
        self.create_button.setEnabled(unit is not None)

    # Keyboard: ↓ from the search box into the list; Enter in the list picks the unit
    # and moves to the create button (a second Enter creates).
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.search_box and event.key() == Qt.Key.Key_Down:
                if self._timer.isActive():
                    self.run_search()
                if self.unit_list.count():
                    self.unit_list.setFocus()
                    if self.unit_list.currentRow() < 0:
                        self.unit_list.setCurrentRow(0)
                return True
            if watched is self.unit_list and event.key() in _ENTER_KEYS:
                if self.selected_unit() is not None:
                    self.create_button.setFocus()
                return True
        return super().eventFilter(watched, event)

    # Path and creation -----------------------------------------------------------------
    def set_db_path(self, path: Path) -> None:
        self.db_path = Path(path)
        self.path_field.setText(str(self.db_path))

    def choose_path(self) -> None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            tr("Chọn nơi lưu cơ sở dữ liệu"),
            str(self.db_path),
            tr("Cơ sở dữ liệu PCMD (*.sqlite3);;Mọi tệp (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if chosen:
            self.set_db_path(Path(chosen))

    def show_error(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.setVisible(bool(message))

    def accept(self) -> None:
        unit = self.selected_unit()
        if unit is None:
            return
        problem = self.admin_rows.check()
        self.show_error(problem)
        if problem:
            return
        try:
            with busy():
                self.workspace = create_workspace(
                    self.db_path, unit.code, admin=self.admin_rows.name_text(),
                    password=self.admin_rows.password.text(),
                    units=self.history.versions(), successions=list(self.history.successions),
                )  # fmt: skip
        except WorkspaceError as e:
            self.show_error(str(e))
            return
        except OSError as e:
            self.show_error(tr("Không tạo được tệp {0}: {1}").format(self.db_path, e.strerror or e))
            return
        super().accept()


def _vn(day: str | None) -> str:
    return "/".join(reversed(day.split("-"))) if day else ""
