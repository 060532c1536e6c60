"""The one place that finds the files shipped beside the code (fonts, reference data,
translations), from a source checkout, an installed package or a frozen bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def resources_dir() -> Path:
    """The `resources/` folder: in a PyInstaller bundle under sys._MEIPASS, in a source
    checkout beside the package, in an installed copy under sys.prefix/share."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    candidates.append(_PACKAGE_DIR.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "pcmd-desktop" / "resources")
    for c in candidates:
        if c.is_dir():
            return c
    raise FileNotFoundError("Không tìm thấy thư mục tài nguyên (resources) của chương trình.")


def resource_path(relative: str) -> Path:
    """A file inside resources/, e.g. `reference/admin-units-2020.csv`."""
    return resources_dir() / relative


ADMIN_UNITS_CSV = "reference/admin-units-2020.csv"
# Hà Nội from 1 July 2025: 126 communes and wards under the city, no district level.
HANOI_2025_CSV = "reference/hanoi-2025.csv"
APP_ICON = "icons/pcmd-desktop.svg"
GUIDE_NAME = "huong-dan-su-dung.md"


def guide_file() -> Path:
    """The user guide (Vietnamese Markdown, its screenshots in `images/huong-dan/` beside
    it): `resources/guide/` in a bundle or installed copy, `docs/` in a source checkout."""
    bundled = resources_dir() / "guide" / GUIDE_NAME
    if bundled.is_file():
        return bundled
    return _PACKAGE_DIR.parent / "docs" / GUIDE_NAME
