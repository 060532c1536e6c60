"""Where the program writes: the user data folder, or beside a portable program."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

from pcmd_desktop import locations
from pcmd_desktop.services import workspace


def test_without_the_marker_data_goes_to_the_user_data_folder(tmp_path):
    program = tmp_path / "pcmd-desktop"
    program.mkdir()
    assert locations.portable_data_dir(program) is None
    assert locations.settings_dir(program) is None
    assert locations.data_dir(program) == Path(
        platformdirs.user_data_dir("pcmd-desktop", appauthor=False)
    )


def test_the_marker_keeps_database_settings_and_backups_beside_the_program(tmp_path):
    program = tmp_path / "usb" / "pcmd-desktop-0.1.0"
    program.mkdir(parents=True)
    (program / "pcmd-portable.txt").write_text("portable", encoding="utf-8")
    assert locations.data_dir(program) == program / "data"
    assert locations.settings_dir(program) == program / "data" / "settings"


def test_a_folder_named_like_the_marker_is_not_the_marker(tmp_path):
    (tmp_path / "pcmd-portable.txt").mkdir()
    assert locations.portable_data_dir(tmp_path) is None


def test_run_from_python_there_is_no_program_folder(monkeypatch):
    monkeypatch.delattr(sys, "frozen", raising=False)
    assert locations.program_dir() is None


def test_a_bundle_reached_through_a_link_finds_its_real_folder(tmp_path, monkeypatch):
    real = tmp_path / "opt" / "pcmd-desktop"
    real.mkdir(parents=True)
    (real / "pcmd").write_bytes(b"")
    (real / "pcmd-portable.txt").write_text("", encoding="utf-8")
    link = tmp_path / "bin" / "pcmd"
    link.parent.mkdir()
    link.symlink_to(real / "pcmd")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(link))
    assert locations.program_dir() == real.resolve()
    # The default database of every command follows.
    assert workspace.default_db_path() == real.resolve() / "data" / "pcmd.sqlite3"
