"""`pcmd init` accepts only units of the list in force today: the shipped list holds Hà
Nội's 2025 two-level list, so an ended ward is refused with its successors named, and a
list file can replace the shipped one (`--units`)."""

from __future__ import annotations

import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV

from pcmd_desktop.cli import main
from pcmd_desktop.services.workspace import open_workspace

HOAN_KIEM_2025 = "00070"  # Phường Hoàn Kiếm from 01/07/2025, once Phường Hàng Trống's code


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


def init(path, unit: str, *extra: str) -> int:
    return main(["init", "--unit", unit, "--admin", ADMIN, "--db", str(path), *extra])


def test_an_ended_ward_is_refused_with_its_successors(tmp_path, capsys):
    assert init(tmp_path / "x.sqlite3", CHUONG_DUONG) == 2
    message = capsys.readouterr().err
    assert "Phường Chương Dương (00067) không còn hiệu lực (đến 30/06/2025)" in message
    assert "Phường Hồng Hà (mã 00097)" in message
    assert not (tmp_path / "x.sqlite3").exists()


def test_a_2025_ward_gets_a_database_reporting_to_the_city(tmp_path, capsys):
    assert init(tmp_path / "hk.sqlite3", HOAN_KIEM_2025) == 0
    assert "Phường Hoàn Kiếm, Thành phố Hà Nội" in capsys.readouterr().err
    ws = open_workspace(tmp_path / "hk.sqlite3")
    try:
        assert ws.units.parent(ws.unit).code == "01"
        # Its history is in the file: 2018 still has the ward of that code and its name.
        assert ws.units_on("2018-12-14").get(HOAN_KIEM_2025).name == "Phường Hàng Trống"
        assert "00061" in ws.scope("2025-12-14")  # Hàng Bạc's records are its history
    finally:
        ws.close()


def test_another_list_can_replace_the_shipped_one(tmp_path):
    assert init(tmp_path / "cd.sqlite3", CHUONG_DUONG, "--units", UNITS_2020_CSV) == 0


def test_a_bad_list_is_named_and_nothing_is_made(tmp_path, capsys):
    bad = tmp_path / "sai.csv"
    bad.write_text("ma,ten\n1,x\n", encoding="utf-8")
    assert init(tmp_path / "x.sqlite3", CHUONG_DUONG, "--units", str(bad)) == 2
    assert "thiếu cột" in capsys.readouterr().err
    assert not (tmp_path / "x.sqlite3").exists()
    assert init(tmp_path / "x.sqlite3", CHUONG_DUONG, "--units", str(tmp_path / "khong")) == 2
