"""From the command line to a shown main window: create the database on first run,
open it otherwise. Split from app.main so tests can drive it without an event loop."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from pcmd_desktop.services.workspace import Workspace, WorkspaceError, open_workspace
from pcmd_desktop.ui.first_run import FirstRunDialog
from pcmd_desktop.ui.main_window import MainWindow

EXIT_OK = 0
EXIT_FAILED = 1


@dataclass
class Startup:
    """The window to show, or None with the exit code to end with."""

    window: MainWindow | None
    exit_code: int = EXIT_OK


def ask_first_run(db_path: Path, actor: str) -> Workspace | None:
    """Show the first-run dialog; the new workspace, or None when cancelled."""
    dialog = FirstRunDialog(db_path, actor)
    if dialog.exec() == QDialog.DialogCode.Accepted:
        return dialog.workspace
    return None


def show_open_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, "Không mở được cơ sở dữ liệu", message)
    box.setObjectName("dialog.open_error")
    box.setInformativeText("Kiểm tra đường dẫn (--db) hoặc chọn một tệp cơ sở dữ liệu PCMD khác.")
    box.exec()


def start(
    db_path: Path,
    actor: str,
    *,
    first_run: Callable[[Path, str], Workspace | None] | None = None,
    show_error: Callable[[str], None] | None = None,
) -> Startup:
    """Open (or, when the file does not exist, set up) the database and build the main
    window on it. Cancelling the first-run dialog is a normal end (exit code 0).
    `first_run` and `show_error` replace the dialogs (tests)."""
    first_run = first_run or ask_first_run
    show_error = show_error or show_open_error
    db_path = Path(db_path)
    if not db_path.exists():
        workspace = first_run(db_path, actor)
        if workspace is None:
            return Startup(None, EXIT_OK)
    else:
        try:
            workspace = open_workspace(db_path, actor=actor)
        except WorkspaceError as e:
            show_error(str(e))
            return Startup(None, EXIT_FAILED)
    return Startup(MainWindow(workspace))
