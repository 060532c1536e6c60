"""Tips on the command line: `pcmd import-records` takes a tip with its informant from an
admin and refuses one from an officer (exit 1, nothing written); `pcmd export-records
--record tip` gives the informant to an admin only; `pcmd search` never finds it."""

from __future__ import annotations

import json

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV

from pcmd_desktop.cli import main

INFORMANT = "Trần Văn Báo Tin Thử"
OFFICER, OFFICER_PASSWORD = "can-bo-tin", "mat-khau-can-bo-tin"


@pytest.fixture
def db(tmp_path, monkeypatch):
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    path = str(tmp_path / "cli.sqlite3")
    assert main(["init", "--unit", CHUONG_DUONG, "--admin", ADMIN, "--units", UNITS_2020_CSV,
                 "--db", path]) == 0  # fmt: skip
    monkeypatch.setenv("PCMD_NEW_PASSWORD", OFFICER_PASSWORD)
    assert main(["user", "add", OFFICER, "--role", "officer", "--db", path, "--user", ADMIN]) == 0
    return path


def test_tips_in_and_out_with_the_informant_for_admins_only(db, tmp_path, capsys, monkeypatch):
    tip = f.tip(informant_name=INFORMANT, informant_contact="0912 000 111")
    src = tmp_path / "tin-bao.jsonl"
    src.write_text(json.dumps(tip, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["import-records", str(src), "--db", db, "--user", ADMIN]) == 0
    capsys.readouterr()
    assert main(["export-records", "--record", "tip", "--db", db, "--user", ADMIN]) == 0
    [line] = capsys.readouterr().out.splitlines()
    assert json.loads(line)["informant_name"] == INFORMANT

    monkeypatch.setenv("PCMD_PASSWORD", OFFICER_PASSWORD)
    assert main(["export-records", "--record", "tip", "--db", db, "--user", OFFICER]) == 0
    out = capsys.readouterr().out
    assert json.loads(out)["content"] == tip["content"] and INFORMANT not in out
    assert "0912 000 111" not in out
    assert main(["search", "bao tin thu", "--db", db, "--user", OFFICER]) == 0
    assert INFORMANT not in capsys.readouterr().out
    # An officer's file naming an informant is refused whole.
    other = f.tip(informant_name="Người Khác Thử")
    src.write_text(json.dumps(other, ensure_ascii=False) + "\n", encoding="utf-8")
    assert main(["import-records", str(src), "--db", db, "--user", OFFICER]) == 1
    assert "Chỉ người quản trị" in capsys.readouterr().err
