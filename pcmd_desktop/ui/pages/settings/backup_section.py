"""Sao lưu: where backups go, the last one, a backup now, the list, and (admins)
restoring one in place of the current database."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services import backup, backup_actions
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui import preferences
from pcmd_desktop.ui.forms import busy, error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop

HEADERS = (tr_noop("Thời gian"), tr_noop("Tệp"), tr_noop("Dung lượng"))


def format_size(size: int) -> str:
    if size < 1024 * 1024:
        return f"{max(1, round(size / 1024))} KB"
    return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")


class BackupSection(QGroupBox):
    restored = Signal()  # the workspace is closed; the program must start again

    def __init__(self, workspace: Workspace, *, can_restore: bool, parent: QWidget | None = None):
        super().__init__(tr("Sao lưu"), parent)
        self.setObjectName("section.settings.backup")
        self.workspace = workspace
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Thư mục sao lưu:")))
        self.folder_field = QLineEdit()
        self.folder_field.setObjectName("field.settings.backup_folder")
        self.folder_field.setAccessibleName(tr("Thư mục sao lưu"))
        self.folder_field.setReadOnly(True)
        row.addWidget(self.folder_field, 1)
        self.choose_button = QPushButton(tr("Chọn..."))
        self.choose_button.setObjectName("action.choose_backup_folder")
        self.choose_button.clicked.connect(self.choose_folder)
        row.addWidget(self.choose_button)
        layout.addLayout(row)

        self.last_label = QLabel()
        self.last_label.setObjectName("label.settings.last_backup")
        self.last_label.setWordWrap(True)
        layout.addWidget(self.last_label)

        buttons = QHBoxLayout()
        self.backup_button = QPushButton(tr("Sao lưu &ngay"))
        self.backup_button.setObjectName("action.backup_now")
        self.backup_button.clicked.connect(self.backup_now)
        buttons.addWidget(self.backup_button)
        self.restore_button = QPushButton(tr("&Khôi phục..."))
        self.restore_button.setObjectName("action.restore")
        self.restore_button.clicked.connect(self.restore)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        # Only once parented: a parentless widget made visible becomes a window of its own.
        self.backup_button.setVisible(workspace.can(Permission.BACKUP))
        self.restore_button.setVisible(can_restore)
        self.choose_button.setEnabled(self.backup_button.isVisibleTo(self))
        self.error_label = error_label("label.settings.backup_error")
        layout.addWidget(self.error_label)

        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("table.settings.backups")
        self.table.setAccessibleName(tr("Các bản sao lưu"))
        self.table.setHorizontalHeaderLabels([tr(h) for h in HEADERS])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(140)
        self.table.setMaximumHeight(170)
        layout.addWidget(self.table)
        self.refresh()

    # Folder --------------------------------------------------------------------------
    def folder(self) -> Path:
        return preferences.backup_folder() or backup.default_backup_dir(self.workspace.path)

    def set_folder(self, folder: Path | None) -> None:
        preferences.set_backup_folder(folder)
        self.refresh()

    def choose_folder(self) -> None:
        chosen = QFileDialog.getExistingDirectory(
            self, tr("Chọn thư mục sao lưu"), str(self.folder())
        )
        if chosen:
            self.set_folder(Path(chosen))

    def refresh(self) -> None:
        folder = self.folder()
        self.folder_field.setText(str(folder))
        backups = backup.list_backups(folder)
        if backups:
            last = backups[0]
            self.last_label.setText(
                tr("Lần sao lưu gần nhất: {0} — {1}").format(
                    f"{last.made_at:%d/%m/%Y %H:%M}", last.path.name
                )
            )
        else:
            self.last_label.setText(tr("Chưa có bản sao lưu nào trong thư mục này."))
        self.table.setRowCount(len(backups))
        for r, info in enumerate(backups):
            self.table.setItem(r, 0, QTableWidgetItem(f"{info.made_at:%d/%m/%Y %H:%M:%S}"))
            self.table.setItem(r, 1, QTableWidgetItem(info.path.name))
            self.table.setItem(r, 2, QTableWidgetItem(format_size(info.size)))

    # Backup and restore --------------------------------------------------------------
    def backup_now(self) -> Path | None:
        ws = self.workspace
        show_error(self.error_label, "")
        try:
            with busy():
                made = backup_actions.backup_now(ws, self.folder(), now=datetime.now())
        except (backup.BackupError, ServiceError, OSError) as e:
            show_error(self.error_label, str(e))
            return None
        self.refresh()
        return made

    def choose_backup_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Chọn bản sao lưu để khôi phục"), str(self.folder()),
            tr("Bản sao lưu PCMD (*.sqlite3);;Mọi tệp (*)"),
        )  # fmt: skip
        return Path(chosen) if chosen else None

    def confirm_restore(self, path: Path, check: backup.BackupCheck) -> bool:
        box = QMessageBox(
            QMessageBox.Icon.Warning, tr("Khôi phục từ bản sao lưu"),
            tr("Thay cơ sở dữ liệu hiện tại bằng bản sao lưu {0}?").format(path.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setObjectName("dialog.confirm_restore")
        box.setInformativeText(
            tr(
                "Cơ sở dữ liệu hiện tại không bị xóa: nó được cất sang thư mục backups/ bên "
                "cạnh (tên có chữ before-restore). Chương trình sẽ đóng; hãy mở lại và đăng "
                "nhập."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(tr("Khôi phục"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Hủy"))
        return box.exec() == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        path = self.choose_backup_file()
        if path is None:
            return
        try:
            with busy():
                check = backup_actions.check_restorable(self.workspace, path)
        except (backup.BackupError, ServiceError) as e:
            show_error(self.error_label, str(e))  # nothing touched: the program stays open
            return
        show_error(self.error_label, "")
        if not self.confirm_restore(path, check):
            return
        try:
            with busy():
                aside = backup_actions.restore(self.workspace, path, now=datetime.now())
            text = tr("Đã khôi phục.") + " "
            if aside:
                text += tr("Cơ sở dữ liệu cũ được cất ở {0}.").format(aside) + " "
        except (backup.BackupError, ServiceError, OSError) as e:
            text = tr("Không khôi phục được: {0}").format(e) + " "
        QMessageBox.information(
            self, tr("Khôi phục"), text + tr("Chương trình sẽ đóng; hãy mở lại và đăng nhập.")
        )
        self.restored.emit()
