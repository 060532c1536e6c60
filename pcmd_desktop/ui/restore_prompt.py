"""The database failed its start-up check: offer the newest good backup (or another
file), or quit."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox

from pcmd_desktop.services.recovery import StartupHealth


def ask_restore(health: StartupHealth) -> Path | None:
    """The backup to restore, or None to quit."""
    box = QMessageBox(QMessageBox.Icon.Critical, "Cơ sở dữ liệu bị hỏng", health.message)
    box.setObjectName("dialog.restore_prompt")
    box.setInformativeText(
        "Khôi phục thì cơ sở dữ liệu hỏng không bị xóa mà được cất sang thư mục backups/ "
        "bên cạnh; dữ liệu nhập sau lần sao lưu đó cần nhập lại."
    )
    suggested = None
    if health.suggested_backup is not None:
        made = health.suggested_backup.made_at.strftime("%d/%m/%Y %H:%M")
        suggested = box.addButton(f"Khôi phục bản {made}", QMessageBox.ButtonRole.AcceptRole)
        suggested.setObjectName("action.restore_suggested")
    other = box.addButton("Chọn bản sao lưu khác...", QMessageBox.ButtonRole.ActionRole)
    other.setObjectName("action.restore_other")
    quit_button = box.addButton("Thoát", QMessageBox.ButtonRole.RejectRole)
    quit_button.setObjectName("action.quit")
    box.exec()
    clicked = box.clickedButton()
    if suggested is not None and clicked is suggested:
        return health.suggested_backup.path
    if clicked is other:
        chosen, _filter = QFileDialog.getOpenFileName(
            None, "Chọn bản sao lưu", "", "Bản sao lưu PCMD (*.sqlite3);;Mọi tệp (*)"
        )
        return Path(chosen) if chosen else None
    return None
