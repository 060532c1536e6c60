"""Fixtures for the window tests: Qt offscreen (no display), settings in tmp_path, a
fresh commune database per test with its admin logged in (tests/conftest.py)."""

from __future__ import annotations

import os

# Before anything imports Qt: no display needed.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.main_window import MainWindow


@pytest.hookimpl(hookwrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    """A test that failed half-way (logged out, say) may leave a window whose close warns
    in a modal box, which nobody answers: said on the console instead, so the run goes
    on to report the failure rather than hang (pytest-qt closes windows here too)."""
    with pytest.MonkeyPatch.context() as patch:
        for name in ("warning", "critical", "information"):
            patch.setattr(QMessageBox, name, staticmethod(_said_at_teardown))
        yield


def _said_at_teardown(_parent, title: str, text: str, *_args, **_kwargs):
    print(f"[teardown] {title}: {text}")
    return QMessageBox.StandardButton.Ok


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Path:
    """Every test writes its window settings into its own folder."""
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def workspace(make_workspace):
    """Phường Chương Dương, its admin (ui_support.ADMIN) logged in. Its windows are
    closed (daily backup, logout) before the database is."""
    ws: Workspace = make_workspace()
    yield ws
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.workspace is ws:
            widget.close()
