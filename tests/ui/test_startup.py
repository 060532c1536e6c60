from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pcmd_desktop import app
from pcmd_desktop.services.workspace import create_workspace
from pcmd_desktop.ui import startup


def test_existing_database_opens_in_the_main_window(qtbot, tmp_path):
    path = tmp_path / "pcmd.sqlite3"
    create_workspace(path, "00067", actor="a").close()
    result = startup.start(path, "can-bo-thu", first_run=lambda *_: None)
    assert result.window is not None
    qtbot.addWidget(result.window)
    try:
        assert result.window.workspace.actor == "can-bo-thu"
        assert "Chương Dương" in result.window.windowTitle()
    finally:
        result.window.workspace.close()


def test_missing_database_asks_first_run_and_cancel_ends_quietly(tmp_path):
    asked = []
    result = startup.start(
        tmp_path / "chua-co.sqlite3", "a", first_run=lambda path, actor: asked.append(path)
    )
    assert asked == [tmp_path / "chua-co.sqlite3"]
    assert result.window is None
    assert result.exit_code == 0


def test_unreadable_database_shows_error_and_exit_code_1(qapp, tmp_path):
    path = tmp_path / "hong.sqlite3"
    path.write_bytes(b"day khong phai co so du lieu" * 100)
    errors: list[str] = []
    result = startup.start(path, "a", show_error=errors.append)
    assert result.window is None
    assert result.exit_code == 1
    assert len(errors) == 1 and errors[0].strip()


def test_main_opens_and_runs_until_quit(qapp, tmp_path):
    path = tmp_path / "pcmd.sqlite3"
    create_workspace(path, "00067", actor="a").close()
    QTimer.singleShot(0, QApplication.quit)
    assert app.main(["--db", str(path)]) == 0


def test_main_error_message_gives_exit_code_1(qapp, tmp_path, monkeypatch):
    path = tmp_path / "hong.sqlite3"
    path.write_bytes(b"x" * 4096)
    errors: list[str] = []
    monkeypatch.setattr(startup, "show_open_error", errors.append)
    assert app.main(["--db", str(path)]) == 1
    assert errors


def test_bad_command_line_is_a_usage_error(capsys):
    assert app.main(["--khong-co"]) == 2
    assert "lỗi" in capsys.readouterr().err
