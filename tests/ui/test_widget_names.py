"""Every input widget a user can reach is named `field.<record>.<key>` with an accessible
name, every page `page.<name>`, every action `action.<name>`: what tests and screen
readers rely on."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)
from ui_support import open_window

from pcmd_desktop.ui.first_run import FirstRunDialog
from pcmd_desktop.ui.guide_dialog import GuideDialog
from pcmd_desktop.ui.idle_lock import LockDialog
from pcmd_desktop.ui.login_dialog import LoginDialog
from pcmd_desktop.ui.pages.settings.user_dialogs import AddUserDialog, ResetPasswordDialog
from pcmd_desktop.ui.password_dialog import ChangePasswordDialog
from pcmd_desktop.ui.recover_dialog import RecoverAdminDialog

INPUTS = (QLineEdit, QComboBox, QAbstractSpinBox, QDateEdit, QTextEdit, QPlainTextEdit,
          QCheckBox)  # fmt: skip


def unnamed_inputs(root: QWidget) -> list[str]:
    bad = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, INPUTS) or isinstance(w.parent(), INPUTS):
            continue  # a combo's own line edit, a spin box's editor: parts, not inputs
        if not w.objectName().startswith("field.") or not w.accessibleName():
            bad.append(f"{type(w).__name__} '{w.objectName()}' ({w.accessibleName()!r})")
    return bad


def test_every_page_input_and_action_is_named(qtbot, workspace):
    window = open_window(qtbot, workspace)
    for page in window.pages:
        assert page.objectName().startswith("page."), page
        window.show_page(window.pages.index(page))
        assert unnamed_inputs(page) == [], page.objectName()
    # A menu's own action (the "Tệp" heading) is the menu, not something the user does.
    actions = [
        a for a in window.findChildren(QAction)
        if a.text() and not a.isSeparator() and a.menu() is None
    ]  # fmt: skip
    assert actions and all(a.objectName().startswith("action.") for a in actions), [
        a.text() for a in actions if not a.objectName().startswith("action.")
    ]


@pytest.mark.parametrize(
    "make",
    [
        lambda ws, tmp: LoginDialog(ws),
        lambda ws, tmp: LockDialog(ws),
        lambda ws, tmp: ChangePasswordDialog(ws),
        lambda ws, tmp: RecoverAdminDialog(ws),
        lambda ws, tmp: AddUserDialog(ws),
        lambda ws, tmp: ResetPasswordDialog(ws, "quan-tri"),
        lambda ws, tmp: FirstRunDialog(tmp / "moi.sqlite3"),
        lambda ws, tmp: GuideDialog(),
    ],
    ids=["login", "lock", "change_password", "recover", "add_user", "reset_password",
         "first_run", "guide"],
)  # fmt: skip
def test_every_dialog_input_is_named(qtbot, workspace, tmp_path, make):
    dialog = make(workspace, tmp_path)
    qtbot.addWidget(dialog)
    assert unnamed_inputs(dialog) == []
    buttons = [b for b in dialog.findChildren(QAbstractButton) if b.text()]
    assert buttons
