"""`pcmd key export | show | trust`: key cards between a commune and its district."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, CHUONG_DUONG, HANG_BAC, HOAN_KIEM, PASSWORD, UNITS_2020_CSV

from pcmd_desktop.cli import main


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


def init(tmp_path, unit: str, name: str) -> str:
    path = str(tmp_path / name)
    assert (
        main(["init", "--unit", unit, "--admin", ADMIN, "--units", UNITS_2020_CSV, "--db", path])
        == 0
    )
    return path


@pytest.fixture
def commune(tmp_path):
    return init(tmp_path, CHUONG_DUONG, "xa.sqlite3")


@pytest.fixture
def district(tmp_path):
    return init(tmp_path, HOAN_KIEM, "huyen.sqlite3")


def test_export_show_and_trust(commune, district, tmp_path, capsys):
    card = tmp_path / "the-xa.json"
    capsys.readouterr()
    assert main(["key", "export", "--out", str(card), "--db", commune]) == 0
    err = capsys.readouterr().err
    fingerprint = json.loads(card.read_text(encoding="utf-8"))["fingerprint"]
    assert fingerprint in err and "Chương Dương" in err

    assert main(["key", "show", "--db", commune]) == 0
    shown = capsys.readouterr()
    assert f"Đơn vị này\t{CHUONG_DUONG}" in shown.out and fingerprint in shown.out
    assert "Chưa tin cậy" in shown.err

    assert main(["key", "trust", str(card), "--db", district]) == 0
    assert "Đã tin cậy khóa" in capsys.readouterr().err
    assert main(["key", "trust", str(card), "--db", district]) == 0
    assert "không thay đổi" in capsys.readouterr().err

    assert main(["key", "show", "--db", district]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0].startswith(f"Đơn vị này\t{HOAN_KIEM}\t")
    assert lines[1] == (
        f"Tin cậy\t{CHUONG_DUONG}\tPhường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội"
        f"\t{fingerprint}"
    )


def test_export_text(commune, tmp_path, capsys):
    out = tmp_path / "the.txt"
    assert main(["key", "export", "--out", str(out), "--text", "--db", commune]) == 0
    text = out.read_text(encoding="utf-8")
    assert "DẤU VÂN TAY" in text and "Chương Dương" in text
    assert "bản in" in capsys.readouterr().err


def test_a_new_key_needs_replace(commune, district, tmp_path, capsys):
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    assert main(["key", "export", "--out", str(first), "--db", commune]) == 0
    again = init(tmp_path, CHUONG_DUONG, "xa-moi.sqlite3")
    assert main(["key", "export", "--out", str(second), "--db", again]) == 0
    assert main(["key", "trust", str(first), "--db", district]) == 0
    capsys.readouterr()
    assert main(["key", "trust", str(second), "--db", district]) == 1
    assert "--replace" in capsys.readouterr().err
    assert main(["key", "trust", str(second), "--replace", "--db", district]) == 0
    assert "Đã thay khóa" in capsys.readouterr().err


def test_trust_refusals_exit_1(commune, tmp_path, capsys):
    neighbour = init(tmp_path, HANG_BAC, "hang-bac.sqlite3")
    card = tmp_path / "hb.json"
    assert main(["key", "export", "--out", str(card), "--db", neighbour]) == 0
    capsys.readouterr()
    assert main(["key", "trust", str(card), "--db", commune]) == 1
    assert "Hàng Bạc" in capsys.readouterr().err
    bad = tmp_path / "bad.json"
    bad.write_text("không phải thẻ", encoding="utf-8")
    assert main(["key", "trust", str(bad), "--db", commune]) == 1
    assert "không phải JSON" in capsys.readouterr().err
    assert main(["key", "trust", str(tmp_path / "khong-co.json"), "--db", commune]) == 1


def test_a_viewer_cannot_trust_exit_3(commune, district, tmp_path, capsys, monkeypatch):
    card = tmp_path / "the.json"
    assert main(["key", "export", "--out", str(card), "--db", commune]) == 0
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "mat-khau-xem-12345")
    assert main(["user", "add", "nguoi-xem", "--role", "viewer", "--db", district]) == 0
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-xem-12345")
    capsys.readouterr()
    assert main(["key", "trust", str(card), "--db", district, "--user", "nguoi-xem"]) == 3
    assert "không có quyền" in capsys.readouterr().err
    assert main(["key", "show", "--db", district, "--user", "nguoi-xem"]) == 0


def test_usage_errors_exit_2(capsys):
    assert main(["key", "export"]) == 2
    assert "--out" in capsys.readouterr().err
    assert main(["key", "trust"]) == 2
