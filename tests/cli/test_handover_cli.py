"""`pcmd handover export | import`: Phường Hàng Bạc (00061) hands its data to the merged
ward that kept code 00067, after the 2025 reform list is loaded in both databases."""

from __future__ import annotations

import json
import sqlite3

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, HANG_BAC, PASSWORD
from units_2025 import MERGED_NAME, reform_csv

from pcmd_desktop.cli import main
from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.unit_keys import own_card, trust_card
from pcmd_desktop.services.units import load_unit_list


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def dbs(make_workspace, tmp_path):
    giver = make_workspace(HANG_BAC, name="hang-bac.sqlite3")
    taker = make_workspace(CHUONG_DUONG, name="hop-nhat.sqlite3")
    import_records(
        giver,
        [
            json.dumps({**f.activity(), "unit": HANG_BAC}, ensure_ascii=False),
            json.dumps({**f.person(), "unit": HANG_BAC}, ensure_ascii=False),
        ],
    )
    for ws in (giver, taker):
        load_unit_list(ws, reform_csv(tmp_path))
    trust_card(giver, own_card(taker))
    trust_card(taker, own_card(giver))
    paths = str(giver.path), str(taker.path)
    giver.close()
    taker.close()
    return paths


def count(ws_path: str, table: str) -> int:
    with sqlite3.connect(ws_path) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def test_export_then_import_with_a_saved_report(dbs, tmp_path, capsys):
    giver, taker = dbs
    file = tmp_path / "ban-giao.pcmdbg"
    assert main(["handover", "export", "--to", CHUONG_DUONG, "--out", str(file),
                 "--db", giver]) == 0  # fmt: skip
    assert "Đã ghi tệp bàn giao" in capsys.readouterr().err and file.exists()
    report = tmp_path / "bien-ban.txt"
    assert main(["handover", "import", str(file), "--report", str(report),
                 "--db", taker]) == 0  # fmt: skip
    shown = capsys.readouterr().out
    assert "Phường Hàng Bạc" in shown and MERGED_NAME in shown
    assert report.read_text(encoding="utf-8").strip() == shown.strip()
    assert count(taker, "activities") == 1 and count(taker, "persons") == 1
    assert main(["handover", "import", str(file), "--db", taker]) == 0
    assert "đã được nhận trước đây" in capsys.readouterr().out
    assert count(taker, "activities") == 1


def test_bad_input_says_why_and_changes_nothing(dbs, tmp_path, capsys):
    giver, taker = dbs
    assert main(["handover", "export", "--to", "99070", "--out", str(tmp_path / "x.pcmdbg"),
                 "--db", giver]) != 0  # fmt: skip
    assert "không phải đơn vị kế tiếp" in capsys.readouterr().err
    assert not (tmp_path / "x.pcmdbg").exists()
    junk = tmp_path / "rac.pcmdbg"
    junk.write_bytes(b"khong phai tep zip")
    assert main(["handover", "import", str(junk), "--db", taker]) != 0
    assert "không phải tệp bàn giao" in capsys.readouterr().err
    assert count(taker, "activities") == 0 and count(taker, "handovers") == 0
    assert main(["handover", "import", str(tmp_path / "khong-co.pcmdbg"), "--db", taker]) != 0
    assert "Không đọc được tệp" in capsys.readouterr().err


def test_help_is_vietnamese(capsys):
    with pytest.raises(SystemExit):
        main(["handover", "--help"])
    assert "bàn giao" in capsys.readouterr().out
