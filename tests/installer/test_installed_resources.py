"""A non-editable install (`pip install .`) carries resources/ under
sys.prefix/share/pcmd-desktop, where pcmd_desktop/resources.py looks for it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from pcmd_desktop import resources

tomllib = pytest.importorskip("tomllib")  # Python 3.11+

ROOT = Path(__file__).resolve().parents[2]


def test_every_resource_file_is_installed_by_the_package():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    mapping = config["tool"]["setuptools"]["data-files"]
    installed = {
        f"{target}/{path.name}"
        for target, patterns in mapping.items()
        for pattern in patterns
        for path in ROOT.glob(pattern)
        if path.is_file()
    }
    shipped = {
        f"share/pcmd-desktop/{p.relative_to(ROOT).as_posix()}"
        for p in (ROOT / "resources").rglob("*")
        if p.is_file()
    }
    assert shipped - installed == set(), "add these folders to [tool.setuptools.data-files]"


def test_an_installed_copy_finds_its_resources_under_the_prefix(tmp_path, monkeypatch):
    installed = tmp_path / "venv" / "share" / "pcmd-desktop" / "resources"
    (installed / "reference").mkdir(parents=True)
    monkeypatch.setattr(resources, "_PACKAGE_DIR", tmp_path / "site-packages" / "pcmd_desktop")
    monkeypatch.setattr(sys, "prefix", str(tmp_path / "venv"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert resources.resources_dir() == installed
    assert resources.resource_path(resources.ADMIN_UNITS_CSV).parent == installed / "reference"


def test_a_bundle_finds_its_resources_under_meipass(tmp_path, monkeypatch):
    bundled = tmp_path / "_internal" / "resources"
    (bundled / "guide").mkdir(parents=True)
    (bundled / "guide" / resources.GUIDE_NAME).write_text("# Hướng dẫn", encoding="utf-8")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "_internal"), raising=False)
    assert resources.resources_dir() == bundled
    assert resources.guide_file() == bundled / "guide" / resources.GUIDE_NAME
