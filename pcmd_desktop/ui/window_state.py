"""Window size and position kept between runs, in QSettings.

Settings are INI files under the user scope ("PCMD/PCMD Desktop.ini"); tests move them
with `QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, folder)`.

Size, position and the maximised state are stored as plain values rather than
`saveGeometry()` bytes, so a restored window keeps its size exactly; a position that
no longer lies on any screen (a monitor removed) is ignored."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

ORGANISATION = "PCMD"
APPLICATION = "PCMD Desktop"


def app_settings() -> QSettings:
    """The program's settings file (INI format, so its place can be redirected)."""
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def save_geometry(window: QWidget, key: str, settings: QSettings | None = None) -> None:
    """Remember `window`'s size, position and maximised state under `key`. For a
    maximised window, the size it returns to; its position stays as last saved."""
    s = settings or app_settings()
    maximized = window.isMaximized()
    if maximized:
        s.setValue(f"{key}/size", window.normalGeometry().size())
    else:
        s.setValue(f"{key}/size", window.size())
        s.setValue(f"{key}/pos", window.pos())
    s.setValue(f"{key}/maximized", maximized)
    s.sync()


def _on_a_screen(pos: QPoint) -> bool:
    # The title bar's left end must be on some screen, or the window could not be moved.
    return QGuiApplication.screenAt(pos + QPoint(40, 10)) is not None


def restore_geometry(
    window: QWidget, key: str, default_size: QSize, settings: QSettings | None = None
) -> bool:
    """Give `window` its remembered size and position (the default size when nothing
    was saved). True when saved values were applied. Call before `show()`: a window
    closed maximised is then shown maximised."""
    s = settings or app_settings()
    size = s.value(f"{key}/size")
    pos = s.value(f"{key}/pos")
    if not isinstance(size, QSize) or not size.isValid():
        window.resize(default_size)
        return False
    window.resize(size)
    if isinstance(pos, QPoint) and _on_a_screen(pos):
        window.move(pos)
    if str(s.value(f"{key}/maximized", False)).lower() in ("true", "1"):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True
