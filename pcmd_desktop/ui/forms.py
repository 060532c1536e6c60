"""Small building blocks shared by the dialogs: named inputs, an inline error line, a
busy cursor and the name/password rows used wherever a password is chosen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from pcmd_desktop.ui.i18n import tr

ERROR_STYLE = "color: #b00020;"


def line_edit(object_name: str, accessible: str, *, password: bool = False) -> QLineEdit:
    """A QLineEdit named `field.<record>.<key>` for tests and screen readers."""
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setAccessibleName(accessible)
    if password:
        edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


def error_label(object_name: str) -> QLabel:
    """A red, wrapped, initially hidden line for a Vietnamese error message."""
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setStyleSheet(ERROR_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def show_error(label: QLabel, message: str) -> None:
    label.setText(message)
    label.setVisible(bool(message))


@contextmanager
def busy() -> Iterator[None]:
    """A wait cursor for work that may take longer than a moment."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


class NewPasswordRows:
    """'Mật khẩu' and 'Nhập lại mật khẩu' rows (optionally a login name above them),
    added to a form layout; `check()` returns a Vietnamese problem or ''."""

    def __init__(
        self,
        form: QFormLayout,
        record: str,
        *,
        name_key: str | None = None,
        name_label: str | None = None,
        password_key: str = "password",
        password_label: str | None = None,
    ):
        """`name_label` and `password_label` are shown as given (already translated)."""
        name_label = name_label or tr("Tên đăng nhập:")
        password_label = password_label or tr("Mật khẩu:")
        self.name: QLineEdit | None = None
        if name_key is not None:
            self.name = line_edit(f"field.{record}.{name_key}", name_label.rstrip(":"))
            self.name.setPlaceholderText(tr("ví dụ: nguyen.van.a"))
            form.addRow(name_label, self.name)
        self.password = line_edit(
            f"field.{record}.{password_key}", password_label.rstrip(":"), password=True
        )
        self.repeat = line_edit(
            f"field.{record}.{password_key}_repeat", tr("Nhập lại mật khẩu"), password=True
        )
        self.password.setPlaceholderText(tr("ít nhất 10 ký tự"))
        form.addRow(password_label, self.password)
        form.addRow(tr("Nhập lại mật khẩu:"), self.repeat)

    def name_text(self) -> str:
        return self.name.text().strip() if self.name is not None else ""

    def check(self) -> str:
        if self.name is not None and not self.name_text():
            return tr("Hãy nhập tên đăng nhập.")
        if not self.password.text():
            return tr("Hãy nhập mật khẩu.")
        if self.password.text() != self.repeat.text():
            return tr("Hai lần nhập mật khẩu không giống nhau.")
        return ""

    def widgets(self) -> list[QWidget]:
        return [w for w in (self.name, self.password, self.repeat) if w is not None]


def fit_width(dialog: QWidget, width: int) -> None:
    """`width` wide and as high as its wrapped texts need at that width (a plain
    resize(width, 0) cuts the last line of a wrapped label)."""
    dialog.setMinimumWidth(width)
    height = dialog.heightForWidth(width)
    dialog.resize(width, max(height, dialog.sizeHint().height()))


def dialog_buttons(
    dialog: QDialog, ok_text: str, ok_name: str, cancel_text: str | None = None
) -> tuple[QDialogButtonBox, QPushButton, QPushButton]:
    """The OK (default, `action.<ok_name>`) and cancel (`action.cancel`) buttons every
    dialog ends with, wired to accept and reject. The texts are shown as given (already
    translated); the cancel button says 'Hủy' unless told otherwise."""
    buttons = QDialogButtonBox()
    ok = buttons.addButton(ok_text, QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setObjectName(f"action.{ok_name}")
    ok.setDefault(True)
    cancel = buttons.addButton(cancel_text or tr("Hủy"), QDialogButtonBox.ButtonRole.RejectRole)
    cancel.setObjectName("action.cancel")
    cancel.setAutoDefault(False)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons, ok, cancel


def ask(
    parent: QWidget,
    title: str,
    text: str,
    buttons: list[tuple[QMessageBox.StandardButton, str]],
    *,
    icon: QMessageBox.Icon = QMessageBox.Icon.Question,
    name: str = "dialog.question",
) -> QMessageBox.StandardButton:
    """A question whose buttons say in words what they do ("Xóa", "Vẫn lưu"): Qt ships no
    Vietnamese for its standard buttons. The first button is the default; the last one
    is what Esc does."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    for standard, label in buttons:
        box.addButton(standard).setText(label)
    box.setDefaultButton(buttons[0][0])
    box.setEscapeButton(box.button(buttons[-1][0]))
    return QMessageBox.StandardButton(box.exec())


def ask_unsaved(parent: QWidget, text: str) -> QMessageBox.StandardButton:
    """'Chưa lưu': Save, Discard or Cancel ("Tiếp tục sửa", also Esc), asked before what
    was typed is left."""
    return ask(
        parent, tr("Chưa lưu"), text,
        [(QMessageBox.StandardButton.Save, tr("Lưu")),
         (QMessageBox.StandardButton.Discard, tr("Bỏ thay đổi")),
         (QMessageBox.StandardButton.Cancel, tr("Tiếp tục sửa"))],
        name="dialog.unsaved")  # fmt: skip


def may_leave(parent: QWidget, question: str, *, dirty: bool, save: Callable[[], bool]) -> bool:
    """True when what was typed may be left: unchanged, or saved, or dropped on asking."""
    if not dirty:
        return True
    answer = ask_unsaved(parent, question)
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    return answer == QMessageBox.StandardButton.Discard or save()
