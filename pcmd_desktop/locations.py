"""Where the program keeps what it writes: the database, its backups and the per-PC
settings. Normally the platform's user data folder; in **portable mode** (the marker
file `pcmd-portable.txt` beside the bundled executable, e.g. on a USB stick) everything
stays in the `data` folder beside the program, so the stick carries it from PC to PC.

Portable mode exists only for the bundled program: in a source checkout or an installed
package the executable is the Python interpreter, and its folder is no place for data."""

from __future__ import annotations

import sys
from pathlib import Path

import platformdirs

APP_NAME = "pcmd-desktop"
PORTABLE_MARKER = "pcmd-portable.txt"
PORTABLE_DATA = "data"


def program_dir() -> Path | None:
    """The folder of the bundled executable (PyInstaller), None when run from Python."""
    if not getattr(sys, "frozen", False):
        return None
    # Resolved, so /usr/bin/pcmd (a link into /opt/pcmd-desktop) finds the real folder.
    return Path(sys.executable).resolve().parent


def portable_data_dir(program: Path | None = None) -> Path | None:
    """`<program>/data` when the portable marker lies beside the executable, else None."""
    folder = program if program is not None else program_dir()
    if folder is None or not (folder / PORTABLE_MARKER).is_file():
        return None
    return folder / PORTABLE_DATA


def data_dir(program: Path | None = None) -> Path:
    """Where the database (and, beside it, `backups/`) lives by default."""
    portable = portable_data_dir(program)
    if portable is not None:
        return portable
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def settings_dir(program: Path | None = None) -> Path | None:
    """The folder for the per-PC settings file in portable mode; None means the
    platform's usual place (Qt decides it)."""
    portable = portable_data_dir(program)
    return portable / "settings" if portable is not None else None
