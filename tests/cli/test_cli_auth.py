"""The CLI's doors: --user and the password, exit 3 before anything is read."""

from __future__ import annotations

import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV

from pcmd_desktop.cli import main


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    path = str(tmp_path / "cli.sqlite3")
    assert (
        main(
            [
                "init",
                "--unit",
                CHUONG_DUONG,
                "--admin",
                ADMIN,
                "--units",
                UNITS_2020_CSV,
                "--db",
                path,
            ]
        )
        == 0
    )
    return path


def test_missing_user_or_password_exit_3(db, capsys, monkeypatch):
    monkeypatch.delenv("PCMD_USER", raising=False)
    assert main(["export-records", "--db", db]) == 3
    assert "--user" in capsys.readouterr().err
    monkeypatch.delenv("PCMD_PASSWORD")
    assert main(["export-records", "--db", db, "--user", ADMIN]) == 3
    assert "PCMD_PASSWORD" in capsys.readouterr().err


def test_wrong_password_exit_3(db, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_PASSWORD", "khong-phai-mat-khau")
    assert main(["export-records", "--db", db, "--user", ADMIN]) == 3
    assert "không đúng" in capsys.readouterr().err


def test_user_management_and_role_refusals(db, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "mat-khau-xem-12345")
    assert main(["user", "add", "nguoi-xem", "--role", "viewer", "--db", db, "--user", ADMIN]) == 0
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-xem-12345")
    assert main(["delete", "activity", "5b0e7c1a-3d7e-4c55-9f6e-0d2a6f1b9e11",
                 "--db", db, "--user", "nguoi-xem"]) == 3  # fmt: skip
    assert "không có quyền" in capsys.readouterr().err
    assert main(["user", "list", "--db", db, "--user", "nguoi-xem"]) == 3
    assert main(["user", "role", "nguoi-xem", "--role", "admin", "--db", db,
                 "--user", "nguoi-xem"]) == 3  # fmt: skip
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    assert main(["user", "role", "nguoi-xem", "--role", "reporter", "--db", db,
                 "--user", ADMIN]) == 0  # fmt: skip
    assert "Cán bộ báo cáo" in capsys.readouterr().err
    assert main(["user", "role", ADMIN, "--role", "viewer", "--db", db, "--user", ADMIN]) == 1
    assert "cuối cùng" in capsys.readouterr().err
    assert main(["user", "role", "nguoi-xem", "--role", "sep", "--db", db,
                 "--user", ADMIN]) == 2  # fmt: skip
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-xem-12345")
    assert main(["audit", "verify", "--db", db, "--user", "nguoi-xem"]) == 3
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    assert main(["user", "disable", "nguoi-xem", "--db", db, "--user", ADMIN]) == 0
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-xem-12345")
    assert main(["export-records", "--db", db, "--user", "nguoi-xem"]) == 3
    assert "vô hiệu hóa" in capsys.readouterr().err
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "mat-khau-moi-67890")
    assert main(["user", "reset-password", "nguoi-xem", "--db", db, "--user", ADMIN]) == 0
    assert main(["user", "enable", "nguoi-xem", "--db", db, "--user", ADMIN]) == 0
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-moi-67890")
    assert main(["export-records", "--db", db, "--user", "nguoi-xem"]) == 0


def test_weak_password_at_init_exit_1(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_PASSWORD", "123")
    path = tmp_path / "x.sqlite3"
    assert (
        main(
            [
                "init",
                "--unit",
                CHUONG_DUONG,
                "--admin",
                ADMIN,
                "--units",
                UNITS_2020_CSV,
                "--db",
                str(path),
            ]
        )
        == 1
    )
    assert not path.exists()


def test_recover_with_the_recovery_key(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    path = str(tmp_path / "r.sqlite3")
    main(
        ["init", "--unit", CHUONG_DUONG, "--admin", ADMIN, "--units", UNITS_2020_CSV, "--db", path]
    )
    key = capsys.readouterr().out.strip()
    monkeypatch.setenv("PCMD_RECOVERY_KEY", key)
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "mat-khau-sau-khoi-phuc")
    assert main(["recover", "--admin", ADMIN, "--db", path]) == 0
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-sau-khoi-phuc")
    assert main(["check", "--db", path, "--user", ADMIN]) == 0


def test_backup_and_restore_give_the_same_export(db, tmp_path, capsys, monkeypatch):
    import json

    import factories as f

    monkeypatch.setenv("PCMD_USER", ADMIN)
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in f.one_of_each()),
                   encoding="utf-8")  # fmt: skip
    assert main(["import-records", str(src), "--db", db]) == 0
    capsys.readouterr()
    assert main(["export-records", "--db", db]) == 0
    before = capsys.readouterr().out
    backup = tmp_path / "sao-luu.sqlite3"
    assert main(["backup", "--out", str(backup), "--db", db]) == 0
    a = next(r for r in map(json.loads, before.splitlines()) if r["record"] == "activity")
    assert main(["delete", "activity", a["id"], "--db", db]) == 0
    assert main(["restore", str(backup), "--db", db]) == 0
    capsys.readouterr()
    assert main(["export-records", "--db", db]) == 0
    assert capsys.readouterr().out == before
