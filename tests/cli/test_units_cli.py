"""`pcmd load-units --preview`, `pcmd units` and `pcmd rehome` as an admin runs them on
a database of Phường Hàng Bạc, with the synthetic reform of tests/units_2025.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import ADMIN, HANG_BAC, HOAN_KIEM, PASSWORD
from units_2025 import MERGED, MERGED_NAME, reform_csv

from pcmd_desktop.cli import main
from pcmd_desktop.services import auth
from pcmd_desktop.services.workspace import open_workspace


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def hang_bac(make_workspace) -> str:
    ws = make_workspace(HANG_BAC)
    path = str(ws.path)
    ws.close()
    return path


def _versions(path: str) -> tuple[int, int]:
    ws = open_workspace(path)
    try:
        return len(ws.history.versions()), len(ws.history.successions)
    finally:
        ws.close()


def test_preview_prints_the_changes_and_writes_nothing(hang_bac, tmp_path, capsys):
    before = _versions(hang_bac)
    csv = reform_csv(tmp_path)
    assert main(["load-units", str(csv), "--preview", "--db", hang_bac]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0].startswith("Xem trước (chưa nạp gì): 2 đơn vị mới")
    assert "Thêm: Phường Thử Tách (99070, từ 01/07/2025)" in lines
    assert f"Đổi tên: Phường Chương Dương (00067) -> {MERGED_NAME} từ 01/07/2025" in lines
    assert "Hết hiệu lực: Quận Hoàn Kiếm (002, đến 30/06/2025)" in lines
    assert f"Kế thừa: Phường Hàng Bạc (00061) -> {MERGED_NAME} (00067) từ 01/07/2025" in lines
    assert "Cảnh báo: Đơn vị của cơ sở dữ liệu này (Phường Hàng Bạc) hết hiệu lực" in captured.err
    assert _versions(hang_bac) == before
    assert list(tmp_path.glob("**/backups/*")) == []


def test_load_then_units_then_rehome(hang_bac, tmp_path, capsys):
    assert main(["load-units", str(reform_csv(tmp_path)), "--db", hang_bac]) == 0
    captured = capsys.readouterr()
    assert "Cảnh báo: Đơn vị của cơ sở dữ liệu này" in captured.err
    assert "Đã nạp danh mục đơn vị: 2 đơn vị mới" in captured.err

    assert main(["units", "--db", hang_bac]) == 0
    shown = capsys.readouterr().out
    assert "Phường Hàng Bạc: đến 30/06/2025" in shown
    assert "không còn hiệu lực" in shown
    assert f"Đơn vị kế tiếp: {MERGED_NAME} ({MERGED})" in shown

    assert main(["units", "--on", "2018-12-31", "--db", hang_bac]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith("Đơn vị của CSDL: Phường Hàng Bạc, Quận Hoàn Kiếm, Thành phố Hà Nội")
    assert "không còn hiệu lực" not in shown

    assert main(["rehome", "99070", "--db", hang_bac]) == 1  # not a successor of 00061
    assert "không phải đơn vị kế tiếp" in capsys.readouterr().err
    assert main(["rehome", MERGED, "--db", hang_bac]) == 0
    said = capsys.readouterr().err
    assert f"sang {MERGED_NAME} ({MERGED})" in said
    backup = said.split("Bản sao trước khi chuyển: ")[1].strip()
    assert Path(backup).is_file()
    ws = open_workspace(hang_bac)
    try:
        assert ws.unit.code == MERGED
        entries = ws.db.execute("SELECT action FROM audit_log").fetchall()
        assert ("unit_rehomed",) in [tuple(e) for e in entries]
    finally:
        ws.close()


def test_units_of_a_district_lists_its_children_on_the_day(make_workspace, capsys):
    ws = make_workspace(HOAN_KIEM)
    path = str(ws.path)
    ws.close()
    assert main(["units", "--on", "2018-12-31", "--db", path]) == 0
    shown = capsys.readouterr().out
    assert "Đơn vị trực thuộc có hiệu lực ngày 31/12/2018: 18" in shown
    assert "00061\tPhường Hàng Bạc" in shown


def test_bad_date_and_bad_file(hang_bac, tmp_path, capsys):
    assert main(["units", "--on", "31/12/2018", "--db", hang_bac]) == 2
    assert "không phải ngày" in capsys.readouterr().err
    bad = tmp_path / "bad.csv"
    bad.write_text("ma,ten\n1,x\n", encoding="utf-8")
    assert main(["load-units", str(bad), "--preview", "--db", hang_bac]) == 1
    assert "thiếu cột" in capsys.readouterr().err


def test_rehome_while_in_force_and_by_a_non_admin(hang_bac, monkeypatch, capsys):
    assert main(["rehome", MERGED, "--db", hang_bac]) == 1
    assert "vẫn còn hiệu lực" in capsys.readouterr().err
    ws = open_workspace(hang_bac)
    auth.login(ws, ADMIN, PASSWORD)
    auth.add_user(ws, "can-bo", "officer", "mat-khau-can-bo-1")
    ws.close()
    monkeypatch.setenv("PCMD_USER", "can-bo")
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-can-bo-1")
    assert main(["rehome", MERGED, "--db", hang_bac]) == 3
