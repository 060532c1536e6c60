"""Helpers for the window tests (a module of its own: `conftest` names clash)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from pcmd_desktop.ui.main_window import MainWindow

# The same as tests/conftest.py's, which `import conftest` cannot reach from here.
ADMIN = "quan-tri"
PASSWORD = "mat-khau-thu-nghiem"
UNIT_CODE = "00067"  # Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội


def open_window(qtbot, workspace, **kwargs) -> MainWindow:
    """The main window on `workspace`, shown; the idle lock off unless asked."""
    kwargs.setdefault("idle_interval_ms", 0)
    window = MainWindow(workspace, **kwargs)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run `act` on the modal dialog the next `exec()` shows (the event loop of that
    `exec()` runs the timer)."""

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        act(dialog)

    QTimer.singleShot(0, run)
