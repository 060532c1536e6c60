"""The preview of a unit list file before it is loaded: what it adds, renames, ends and
which units succeed which, with the warnings. Nothing is written until 'Nạp'."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services.units import UnitListChanges
from pcmd_desktop.ui.forms import dialog_buttons
from pcmd_desktop.ui.i18n import tr, tr_noop

HEADERS = (
    tr_noop("Loại thay đổi"),
    tr_noop("Mã"),
    tr_noop("Tên cũ"),
    tr_noop("Tên mới / đơn vị mới"),
    tr_noop("Từ ngày"),
)


def _vn(day: str | None) -> str:
    return "/".join(reversed(day.split("-"))) if day else ""


def _day_after(day: str) -> str:
    from datetime import date, timedelta

    return (date.fromisoformat(day) + timedelta(days=1)).isoformat()


def change_rows(changes: UnitListChanges, names: dict[str, str]) -> list[tuple[str, ...]]:
    """(kind, code, old name, new name or unit, from) for each change, translated."""
    rows: list[tuple[str, ...]] = []
    for u in changes.added:
        rows.append((tr("Thêm"), u.code, "", u.name, _vn(u.valid_from)))
    for old, new in changes.new_versions:
        rows.append((tr("Đổi tên"), new.code, old.name, new.name, _vn(new.valid_from)))
    for old, new in changes.corrected:
        rows.append((tr("Sửa tại chỗ"), new.code, old.name, new.name, _vn(new.valid_from)))
    for u in changes.ended:
        after = _vn(_day_after(u.valid_to)) if u.valid_to else ""
        rows.append((tr("Hết hiệu lực"), u.code, u.name, "", after))
    for s in changes.successions:
        new = f"{names.get(s.new_code, s.new_code)} ({s.new_code})"
        rows.append((tr("Kế thừa"), s.old_code, names.get(s.old_code, s.old_code), new,
                     _vn(s.since)))  # fmt: skip
    return rows


class UnitsPreviewDialog(QDialog):
    def __init__(self, file_name: str, changes: UnitListChanges, names: dict[str, str],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.setObjectName("dialog.units.preview")
        self.setWindowTitle(tr("Xem trước danh mục đơn vị"))
        layout = QVBoxLayout(self)
        self.summary_label = QLabel(
            tr("Tệp {0}: {1}.").format(file_name, changes.summary())
            + " " + tr("Chưa có gì được ghi; bấm Nạp để nạp danh mục.")
        )  # fmt: skip
        self.summary_label.setObjectName("label.units.summary")
        self.summary_label.setWordWrap(True)
        layout.addWidget(self.summary_label)

        rows = change_rows(changes, names)
        self.table = QTableWidget(len(rows), len(HEADERS))
        self.table.setObjectName("table.units.changes")
        self.table.setAccessibleName(tr("Các thay đổi của danh mục đơn vị"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)

        self.warnings_label = QLabel(
            "\n".join(tr("Cảnh báo: {0}").format(w) for w in changes.warnings)
        )
        self.warnings_label.setObjectName("label.units.warnings")
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #8a4b00;")
        self.warnings_label.setVisible(bool(changes.warnings))
        layout.addWidget(self.warnings_label)

        buttons, self.apply_button, self.cancel_button = dialog_buttons(
            self, tr("Nạp"), "units.apply"
        )
        self.apply_button.setEnabled(changes.changes_anything)
        layout.addWidget(buttons)
        self.resize(900, 520)
