"""`pcmd export`, `pcmd import`, `pcmd completeness` as a script would run them."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.unit_keys import own_card, trust_card


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


def test_export_import_and_completeness(make_workspace, tmp_path, capsys):
    district = make_workspace("002", name="d.sqlite3")
    commune = make_workspace("00067", name="c.sqlite3")
    trust_card(district, own_card(commune))
    RecordService(commune).create("activity", {"date": "2018-01-05", "kind": "training",
                                               "title": "Tập huấn"})  # fmt: skip
    commune_db, district_db = str(commune.path), str(district.path)
    commune.close()
    district.close()
    folder = tmp_path / "usb"
    folder.mkdir()
    out = folder / "00067-2018-01.pcmd"
    assert main(["export", "--period", "2018-01", "--out", str(out), "--db", commune_db]) == 0
    assert "lần gửi 1" in capsys.readouterr().err
    (folder / "rac.pcmd").write_bytes(b"not a zip")
    # A folder (a USB stick): one good file, one bad: exit 1 and a line for each.
    assert main(["import", str(folder), "--db", district_db]) == 1
    lines = capsys.readouterr().out.splitlines()
    assert sorted(line.split("\t")[0] for line in lines) == ["từ chối", "đã nhận"]
    assert main(["import", str(out), "--db", district_db]) == 0  # already there: fine
    assert capsys.readouterr().out.startswith("đã có")
    assert main(["completeness", "--period", "2018-01", "--format", "json",
                 "--db", district_db]) == 0  # fmt: skip
    doc = json.loads(capsys.readouterr().out)
    sent = [u for u in doc["units"] if u["status"] != "missing"]
    assert [u["unit"] for u in sent] == ["00067"] and doc["rate"] > 0
    for fmt in ("adx", "dhis2"):
        target = tmp_path / f"bc.{fmt}"
        assert main(["export", "--period", "2018-01", "--format", fmt, "--out", str(target),
                     "--db", commune_db]) == 0  # fmt: skip
        assert target.stat().st_size > 100
