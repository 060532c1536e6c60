"""A non-editable install (`pip install .`) carries resources/ under
sys.prefix/share/pcmd-desktop, where pcmd_desktop/resources.py looks for it."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from pcmd_desktop import resources

ROOT = Path(__file__).resolve().parents[2]


def data_files() -> dict[str, list[str]]:
    """pyproject.toml's [tool.setuptools.data-files]: with tomllib (Python 3.11+), else
    read line by line (Python 3.10; each line there is `"target" = ["pattern", ...]`)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    try:
        import tomllib
    except ModuleNotFoundError:
        section = text.split("[tool.setuptools.data-files]\n", 1)[1].split("\n[", 1)[0]
        pairs = (line.split(" = ", 1) for line in section.splitlines() if " = " in line)
        return {json.loads(key): json.loads(value) for key, value in pairs}
    return tomllib.loads(text)["tool"]["setuptools"]["data-files"]


def test_the_data_files_are_read_alike_without_tomllib(monkeypatch):
    with_tomllib = data_files()
    monkeypatch.setitem(sys.modules, "tomllib", None)  # import fails as on Python 3.10
    assert data_files() == with_tomllib
    assert "share/pcmd-desktop/resources/fonts" in with_tomllib


def test_every_resource_file_is_installed_by_the_package():
    mapping = data_files()
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
