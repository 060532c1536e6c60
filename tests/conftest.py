"""Fixtures shared by the whole suite: a fresh database per test, made from the real
unit list; synthetic records only."""

from __future__ import annotations

import os
import uuid
from datetime import date
from pathlib import Path

import pytest

# Qt never needs a display in tests; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pcmd_desktop.resources import ADMIN_UNITS_CSV, resource_path
from pcmd_desktop.security import keys, passwords
from pcmd_desktop.services.units import read_units_csv
from pcmd_desktop.services.workspace import Workspace, create_workspace

CHUONG_DUONG = "00067"  # Phường Chương Dương, Quận Hoàn Kiếm, Hà Nội
HANG_BAC = "00061"  # Phường Hàng Bạc, Quận Hoàn Kiếm
HOAN_KIEM = "002"
HANOI = "01"
TODAY = date(2018, 12, 31)
ADMIN = "quan-tri"
PASSWORD = "mat-khau-thu-nghiem"  # synthetic, for tests only


@pytest.fixture(autouse=True)
def cheap_key_derivation(request, monkeypatch):
    """scrypt at its real cost takes ~0.1 s a call; tests outside tests/security, which
    measure nothing about it, use a small cost so the suite stays fast."""
    if "tests/security" not in str(request.node.fspath).replace("\\", "/"):
        monkeypatch.setattr(passwords, "SCRYPT_LOG_N", 10)
        monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


# The 2020 national list alone: the three-level world of the 2018 plan, in which most
# tests are set. Tests of the 2025 reform load the shipped list (tests/units_2025.py).
UNITS_2020_CSV = str(resource_path(ADMIN_UNITS_CSV))  # for `pcmd init --units`
UNITS_2020 = read_units_csv(resource_path(ADMIN_UNITS_CSV))


def new_id() -> str:
    return str(uuid.uuid4())


@pytest.fixture
def make_workspace(tmp_path: Path):
    opened: list[Workspace] = []

    def make(unit: str = CHUONG_DUONG, name: str = "pcmd.sqlite3") -> Workspace:
        ws = create_workspace(tmp_path / name, unit, admin=ADMIN, password=PASSWORD,
                              units=UNITS_2020)  # fmt: skip
        opened.append(ws)
        return ws

    yield make
    for ws in opened:
        ws.close()


@pytest.fixture
def ws(make_workspace) -> Workspace:
    return make_workspace()
