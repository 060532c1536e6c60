from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from ui_support import ADMIN, PASSWORD, when_modal

from pcmd_desktop import app
from pcmd_desktop.services import backup, instance_lock
from pcmd_desktop.services.workspace import create_workspace, default_db_path
from pcmd_desktop.ui import startup
from pcmd_desktop.ui.recovery_key_dialog import RecoveryKeyDialog

REAL_DIALOGS = startup.Dialogs
# A unit of the list in force today (the 2025 two-level list of Hà Nội): these databases
# are made with the shipped list, which no longer lets Phường Chương Dương have one.
UNIT_CODE, UNIT_NAME = "00070", "Phường Hoàn Kiếm"


def make_db(path: Path) -> Path:
    create_workspace(path, UNIT_CODE, admin=ADMIN, password=PASSWORD).close()
    return path


def dialogs(**replace) -> startup.Dialogs:
    """Every dialog refused unless replaced: a test never hangs on a real one."""
    base = {
        "first_run": lambda path: None,
        "setup_admin": lambda ws: None,
        "recovery_key": lambda ws, key: None,
        "login": lambda ws: False,
        "restore": lambda health: None,
        "error": lambda message: None,
    }
    return REAL_DIALOGS(**{**base, **replace})


def finish(qtbot, result: startup.Startup) -> None:
    qtbot.addWidget(result.window)
    result.window.close()
    result.release()


def test_existing_database_asks_a_login_then_opens_the_window(qtbot, tmp_path):
    path = make_db(tmp_path / "pcmd.sqlite3")
    from pcmd_desktop.services import auth

    def log_in(ws) -> bool:
        auth.login(ws, ADMIN, PASSWORD)
        return True

    result = startup.start(path, "can-bo-thu", dialogs(login=log_in), idle_interval_ms=0)
    assert result.window is not None
    assert result.lock is not None and result.lock.held
    try:
        assert result.window.workspace.actor == ADMIN
        assert UNIT_NAME in result.window.windowTitle()
        # A second program on the same database is refused, naming the holder.
        errors: list[str] = []
        second = startup.start(path, "nguoi-khac", dialogs(error=errors.append))
        assert second.window is None and second.exit_code == 1
        assert "can-bo-thu" in errors[0]
    finally:
        finish(qtbot, result)
    assert not result.lock.held


def test_cancelled_login_ends_quietly_and_releases_the_lock(qapp, tmp_path):
    path = make_db(tmp_path / "pcmd.sqlite3")
    result = startup.start(path, "a", dialogs())
    assert result.window is None and result.exit_code == 0
    instance_lock.acquire_lock(path, "b").release()  # free again


def test_missing_database_asks_first_run_and_cancel_ends_quietly(qapp, tmp_path):
    asked = []
    result = startup.start(
        tmp_path / "chua-co.sqlite3", "a", dialogs(first_run=lambda path: asked.append(path))
    )
    assert asked == [tmp_path / "chua-co.sqlite3"]
    assert result.window is None
    assert result.exit_code == 0


def test_first_run_shows_the_recovery_key_once(qtbot, tmp_path):
    path = tmp_path / "moi.sqlite3"
    shown: list[str] = []

    def first_run(p):
        return create_workspace(p, UNIT_CODE, admin=ADMIN, password=PASSWORD)

    result = startup.start(
        path, "a", dialogs(first_run=first_run, recovery_key=lambda ws, key: shown.append(key)),
        idle_interval_ms=0,
    )  # fmt: skip
    try:
        assert len(shown) == 1 and shown[0]
        assert result.window.workspace.new_recovery_key is None  # cleared once shown
        assert result.window.workspace.role == "admin"
    finally:
        finish(qtbot, result)


def test_a_place_chosen_at_first_run_is_opened_next_time(qtbot, tmp_path):
    default = tmp_path / "mac-dinh" / "pcmd.sqlite3"
    chosen = tmp_path / "o-d" / "don-vi.sqlite3"
    chosen.parent.mkdir()

    def first_run(p):  # the officer picked "Chọn nơi lưu..." in the dialog
        return create_workspace(chosen, UNIT_CODE, admin=ADMIN, password=PASSWORD)

    result = startup.start(default, "a", dialogs(first_run=first_run), idle_interval_ms=0)
    finish(qtbot, result)
    assert app.database_to_open(None) == chosen
    assert app.database_to_open(tmp_path / "khac.sqlite3") == tmp_path / "khac.sqlite3"
    chosen.unlink()  # gone (a removed stick): back to the default place
    assert app.database_to_open(None) == default_db_path()


def test_recovery_key_dialog_needs_the_checkbox(qtbot):
    dialog = RecoveryKeyDialog("ABCD-EFGH-IJKL-MNOP", "Phường Chương Dương", ADMIN)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.objectName() == "dialog.recovery_key"
    # Shown whole, in two lines broken between groups: ABCD-EFGH- / IJKL-MNOP.
    assert dialog.key_label.text() == "ABCD-EFGH-<br>IJKL-MNOP"
    assert dialog.print_button.objectName() == "action.print_recovery"
    assert not dialog.continue_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()  # cannot be closed before the key is kept
    dialog.confirm_box.setChecked(True)
    assert dialog.continue_button.isEnabled()
    qtbot.mouseClick(dialog.continue_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_recovery_sheet_saves_as_pdf(qtbot, tmp_path):
    dialog = RecoveryKeyDialog("ABCD-EFGH", "Phường Chương Dương", ADMIN)
    qtbot.addWidget(dialog)
    target = tmp_path / "phieu.pdf"
    assert dialog.save_pdf(str(target)) == str(target)
    assert target.read_bytes().startswith(b"%PDF")


def test_unreadable_database_offers_restore_and_quit_is_exit_1(qapp, tmp_path):
    path = tmp_path / "hong.sqlite3"
    path.write_bytes(b"day khong phai co so du lieu" * 100)
    offered = []
    result = startup.start(path, "a", dialogs(restore=offered.append))
    assert result.window is None and result.exit_code == 1
    assert offered and not offered[0].ok


def test_damaged_database_is_restored_from_the_suggested_backup(qtbot, tmp_path):
    path = tmp_path / "pcmd.sqlite3"
    ws = create_workspace(path, UNIT_CODE, admin=ADMIN, password=PASSWORD)
    made = backup.backup_to(ws.db, backup.default_backup_dir(path) / "pcmd-20181231-120000.sqlite3")
    ws.close()
    path.write_bytes(b"hong" * 2000)

    def log_in(w) -> bool:
        from pcmd_desktop.services import auth

        auth.login(w, ADMIN, PASSWORD)
        return True

    result = startup.start(
        path, "a", dialogs(restore=lambda health: health.suggested_backup.path, login=log_in),
        idle_interval_ms=0,
    )  # fmt: skip
    try:
        assert made.exists()
        assert result.window is not None
        assert result.window.workspace.unit.code == UNIT_CODE
    finally:
        finish(qtbot, result)


def test_main_opens_and_cancelled_login_exits_0(qapp, tmp_path):
    path = make_db(tmp_path / "pcmd.sqlite3")
    when_modal(lambda dialog: dialog.reject())
    assert app.main(["--db", str(path)]) == 0


def test_main_logs_in_and_runs_until_quit(qapp, tmp_path):
    path = make_db(tmp_path / "pcmd.sqlite3")

    def log_in(dialog) -> None:
        dialog.user_field.setText(ADMIN)
        dialog.password_field.setText(PASSWORD)
        QTimer.singleShot(0, QApplication.quit)  # once the main window runs
        dialog.login_button.click()

    when_modal(log_in)
    assert app.main(["--db", str(path)]) == 0
    # Closing made the daily backup and released the lock.
    assert backup.list_backups(backup.default_backup_dir(path))
    instance_lock.acquire_lock(path, "b").release()


def test_main_logs_in_from_the_environment_without_asking(qapp, tmp_path, monkeypatch):
    """PCMD_USER and PCMD_PASSWORD, as for `pcmd`: an install check opens the window."""
    path = make_db(tmp_path / "pcmd.sqlite3")
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    asked: list[object] = []
    monkeypatch.setattr(startup, "ask_login", lambda ws: asked.append(ws) or False)
    QTimer.singleShot(0, QApplication.quit)  # once the main window runs
    assert app.main(["--db", str(path)]) == 0
    assert asked == []
    # The window ran and closed: the daily backup was made.
    assert backup.list_backups(backup.default_backup_dir(path))


def test_a_refused_environment_login_asks_instead(qapp, tmp_path, monkeypatch, capsys):
    path = make_db(tmp_path / "pcmd.sqlite3")
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", "sai-mat-khau")
    when_modal(lambda dialog: dialog.reject())
    assert app.main(["--db", str(path)]) == 0
    assert "không đúng" in capsys.readouterr().err
    assert not backup.list_backups(backup.default_backup_dir(path))  # no window ran


def test_main_error_message_gives_exit_code_1(qapp, tmp_path, monkeypatch):
    path = tmp_path / "hong.sqlite3"
    path.write_bytes(b"x" * 4096)
    errors: list[str] = []
    refusing = dialogs(restore=lambda health: errors.append(health.message))
    monkeypatch.setattr(startup, "Dialogs", lambda **_replace: refusing)
    assert app.main(["--db", str(path)]) == 1
    assert "bị hỏng" in errors[0]


def test_bad_command_line_is_a_usage_error(capsys):
    assert app.main(["--khong-co"]) == 2
    assert "lỗi" in capsys.readouterr().err
