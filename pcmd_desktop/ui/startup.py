"""From the command line to a shown main window: refuse a network folder, take the
instance lock, check the file, create it on first run or log in. Split from app.main so
tests can drive it without an event loop; every dialog can be replaced (`Dialogs`)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from PySide6.QtWidgets import QDialog, QMessageBox

from pcmd_desktop.services import auth, backup, instance_lock, recovery
from pcmd_desktop.services.instance_lock import InstanceLock
from pcmd_desktop.services.workspace import Workspace, WorkspaceError, open_workspace
from pcmd_desktop.ui import preferences
from pcmd_desktop.ui.first_run import FirstRunDialog
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.login_dialog import LoginDialog
from pcmd_desktop.ui.main_window import MainWindow
from pcmd_desktop.ui.recovery_key_dialog import RecoveryKeyDialog
from pcmd_desktop.ui.restore_prompt import ask_restore
from pcmd_desktop.ui.setup_admin_dialog import SetupAdminDialog

EXIT_OK = 0
EXIT_FAILED = 1


def ask_first_run(db_path: Path) -> Workspace | None:
    """The first-run dialog; the new workspace (admin logged in), or None when cancelled."""
    dialog = FirstRunDialog(db_path)
    return dialog.workspace if dialog.exec() == QDialog.DialogCode.Accepted else None


def ask_setup_admin(ws: Workspace) -> str | None:
    """A database without users: create the first admin; the recovery key, or None."""
    dialog = SetupAdminDialog(ws)
    return dialog.recovery_key if dialog.exec() == QDialog.DialogCode.Accepted else None


def show_recovery_key(ws: Workspace, key: str) -> None:
    RecoveryKeyDialog(key, ws.unit_full_name(), ws.actor).exec()


def ask_login(ws: Workspace) -> bool:
    return LoginDialog(ws).exec() == QDialog.DialogCode.Accepted


def show_open_error(message: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, tr("Không mở được cơ sở dữ liệu"), message)
    box.setObjectName("dialog.open_error")
    box.setInformativeText(
        tr("Kiểm tra đường dẫn (--db) hoặc chọn một tệp cơ sở dữ liệu PCMD khác.")
    )
    box.exec()


@dataclass
class Dialogs:
    """What start() asks the user; tests replace any of them."""

    first_run: Callable[[Path], Workspace | None] = ask_first_run
    setup_admin: Callable[[Workspace], str | None] = ask_setup_admin
    recovery_key: Callable[[Workspace, str], None] = show_recovery_key
    login: Callable[[Workspace], bool] = ask_login
    restore: Callable[[recovery.StartupHealth], Path | None] = ask_restore
    error: Callable[[str], None] = show_open_error


@dataclass
class Startup:
    """The window to show (with the lock held for it), or None with the exit code."""

    window: MainWindow | None
    exit_code: int = EXIT_OK
    lock: InstanceLock | None = None
    workspace: Workspace | None = field(default=None, repr=False)

    def release(self) -> None:
        """Close the workspace and give the lock up (at exit)."""
        if self.workspace is not None:
            self.workspace.close()
        if self.lock is not None:
            self.lock.release()


def _failed(message: str, dialogs: Dialogs, lock: InstanceLock | None = None) -> Startup:
    dialogs.error(message)
    if lock is not None:
        lock.release()
    return Startup(None, EXIT_FAILED)


def start(db_path: Path, holder: str, dialogs: Dialogs | None = None, **window_args) -> Startup:
    """Open (or, when the file does not exist, set up) the database, log in and build
    the main window. Cancelling is a normal end (exit code 0). `holder` names this user
    in the lock file, for a second program's message."""
    dialogs = dialogs or Dialogs()
    db_path = Path(db_path)
    try:
        instance_lock.refuse_network_location(db_path)
        db_path.parent.mkdir(parents=True, exist_ok=True)
        lock = instance_lock.acquire_lock(db_path, holder)
    except (instance_lock.NetworkLocationError, instance_lock.DatabaseLocked, OSError) as e:
        return _failed(str(e), dialogs)

    if not db_path.exists():
        ws = dialogs.first_run(db_path)
        if ws is None:
            lock.release()
            return Startup(None, EXIT_OK)
        if ws.path != db_path:  # another place chosen in the dialog: lock that one
            # ... and open it next time too, not a first run again in the default place.
            preferences.set_chosen_database(ws.path)
            lock.release()
            try:
                lock = instance_lock.acquire_lock(ws.path, holder)
            except (instance_lock.DatabaseLocked, OSError) as e:
                ws.close()
                return _failed(str(e), dialogs)
        key, ws.new_recovery_key = ws.new_recovery_key, None
        if key:
            dialogs.recovery_key(ws, key)
        return Startup(MainWindow(ws, **window_args), EXIT_OK, lock, ws)

    health = recovery.startup_check(db_path, also=[preferences.backup_folder()])
    if not health.ok:
        chosen = dialogs.restore(health)
        if chosen is None:
            lock.release()
            return Startup(None, EXIT_FAILED)
        try:
            backup.restore_from(chosen, db_path, now=datetime.now())
        except backup.BackupError as e:
            return _failed(str(e), dialogs, lock)
    try:
        ws = open_workspace(db_path)
    except WorkspaceError as e:
        return _failed(str(e), dialogs, lock)

    if auth.needs_setup(ws):
        key = dialogs.setup_admin(ws)
        if key is None:
            ws.close()
            lock.release()
            return Startup(None, EXIT_OK)
        dialogs.recovery_key(ws, key)
    elif not dialogs.login(ws):
        ws.close()
        lock.release()
        return Startup(None, EXIT_OK)
    return Startup(MainWindow(ws, **window_args), EXIT_OK, lock, ws)
