"""The Windows file properties the spec stamps into both executables: the text is read
back by PyInstaller's own loader (the one the Windows build runs), here on Linux."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import PyInstaller.compat
import pytest

from pcmd_desktop import __version__

# versioninfo imports win32api (Windows only) for reading and writing .exe resources,
# which these tests do not do; parsing the text and building the binary resource
# (`toRaw`, what the Windows build writes into the .exe) are plain Python.
if not hasattr(PyInstaller.compat, "win32api"):
    PyInstaller.compat.win32api = None
from PyInstaller.utils.win32.versioninfo import load_version_info_from_text_file

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("version_info", ROOT / "installer/version_info.py")
version_info = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(version_info)


def test_the_version_text_loads_with_the_program_version(tmp_path):
    path = tmp_path / "version-info.txt"
    path.write_text(version_info.windows_version_text(__version__), encoding="utf-8")
    info = load_version_info_from_text_file(str(path))
    major, minor, patch, build = version_info.version_numbers(__version__)
    assert info.ffi.fileVersionMS == (major << 16) | minor
    assert info.ffi.fileVersionLS == (patch << 16) | build
    assert info.ffi.productVersionMS == info.ffi.fileVersionMS
    text = str(info)  # PyInstaller's own serialisation, as it compiles it
    assert f"'ProductVersion', '{__version__}'" in text
    assert "'042A04B0'" in text  # Vietnamese, Unicode
    raw = info.toRaw()  # the VS_VERSIONINFO resource, UTF-16
    assert "PCMD Desktop".encode("utf-16-le") in raw
    assert __version__.encode("utf-16-le") in raw


@pytest.mark.parametrize(
    ("version", "numbers"),
    [("0.1.0", (0, 1, 0, 0)), ("1.2", (1, 2, 0, 0)), ("2.0.1rc1", (2, 0, 1, 0)),
     ("3.4.5+local", (3, 4, 5, 0))],
)  # fmt: skip
def test_windows_wants_four_numbers(version, numbers):
    assert version_info.version_numbers(version) == numbers


def test_a_version_without_numbers_is_refused():
    with pytest.raises(ValueError, match="không có số"):
        version_info.version_numbers("dev")
