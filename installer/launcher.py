"""The bundle's entry point. One analysis serves both executables of the one-folder
bundle: `pcmd` (console: the command line) and `pcmd-desktop` (the window); which one
runs is chosen by the executable's own name."""

from __future__ import annotations

import sys
from pathlib import Path


def main() -> int:
    if Path(sys.executable).stem.lower() == "pcmd":
        from pcmd_desktop.cli import main as run
    else:
        from pcmd_desktop.app import main as run
    return run()


if __name__ == "__main__":
    raise SystemExit(main())
