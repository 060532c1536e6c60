"""Driving record pages as a user would: Tab from field to field, type, Ctrl+S."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QMessageBox, QWidget
from ui_support import open_window, when_modal

from pcmd_desktop.ui.records.record_panel import RecordPanel

# record kind -> (page, panel)
PANELS = {
    "establishment": "inspections",
    "inspection": "inspections",
    "hotspot": "hotspots",
    "patrol": "hotspots",
    "person": "persons",
    "service": "persons",
    "sanction": "sanctions",
    "case": "sanctions",
    "activity": "activities",
    "budget": "plan",
}


def open_panel(qtbot, workspace, kind: str, window=None):
    """The window (opened if not given) showing the panel of `kind`."""
    window = window or open_window(qtbot, workspace)
    window.activateWindow()  # keyboard focus and shortcuts need the active window
    qtbot.waitUntil(window.isActiveWindow)
    page = window.page(PANELS[kind])
    window.show_page(window.pages.index(page))
    panel: RecordPanel = page.show_panel(kind)
    return window, panel


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` key by key. Letters outside ASCII arrive as a Vietnamese input method
    (Unikey) sends them: key events carrying the composed character (QTest's own key
    clicks only know ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClick(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier,
                                                     char))  # fmt: skip


def type_into(qtbot, widget: QWidget, text: str) -> None:
    """Replace what a field holds by typing, as a user would."""
    if isinstance(widget, QComboBox):
        # "↓↓": arrow keys from the first entry; else keyboard search in the closed
        # combo box, typing the start of a label (a space would open the list).
        if text.startswith("↓"):
            widget.setCurrentIndex(0)
            for _ in range(10):
                if widget.currentIndex() >= len(text):
                    break
                qtbot.keyClick(widget, Qt.Key.Key_Down)
        else:
            type_text(qtbot, widget, text)
        return
    if isinstance(widget, QCheckBox):
        if widget.isChecked() != (text == "x"):
            qtbot.keyClick(widget, Qt.Key.Key_Space)
        return
    qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    type_text(qtbot, widget, text)


def pick_suggestion(qtbot, editor) -> None:
    """Wait for the suggestions that follow the typing; take the first with Down, Enter."""
    popup = editor.completer().popup()
    qtbot.wait(250)
    if popup.isVisible():
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)
    editor.setFocus()


def fill(qtbot, form, values: dict[str, str]) -> None:
    """Go through the form with Tab from its first field, typing `values` on the way."""
    first = next(iter(form.editors.values()))
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    remaining = dict(values)
    for _ in range(60):
        focused = QApplication.focusWidget()
        key = next((k for k, e in form.editors.items()
                    if e is focused or e.isAncestorOf(focused)), None)  # fmt: skip
        if key in remaining:
            type_into(qtbot, focused, remaining.pop(key))
            if form.editors[key].__class__.__name__ == "RefEditor":
                pick_suggestion(qtbot, form.editors[key])
        if not remaining:
            return
        qtbot.keyClick(form.editors[key] if key else focused, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {sorted(remaining)}")


def press_shortcut(qtbot, widget: QWidget, key: Qt.Key) -> None:
    """Ctrl+`key` in `widget`'s window. A message box just closed may leave no window
    active under the offscreen platform (a desktop gives activation back); shortcuts
    only reach the active window."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def save_with_ctrl_s(qtbot, form) -> None:
    focused = QApplication.focusWidget()
    target = focused if focused is not None and form.isAncestorOf(focused) else form
    press_shortcut(qtbot, target, Qt.Key.Key_S)


def answer_next_box(button: QMessageBox.StandardButton) -> None:
    """Click `button` on the next message box."""
    when_modal(lambda box: box.button(button).click())
