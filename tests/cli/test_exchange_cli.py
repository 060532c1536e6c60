"""`pcmd export`, `pcmd import`, `pcmd completeness` as a script would run them."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.exchange.interop import DEFAULT_MAPPING
from pcmd_desktop.resources import resource_path
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


def _adx_period(path) -> str:
    group = ET.parse(path).getroot().find("{urn:ihe:qrph:adx:2015}group")
    return group.get("period")


def test_adx_export_dhis2_periods_by_default_and_says_the_dates(make_workspace, tmp_path,
                                                                 capsys):  # fmt: skip
    """Issue 12: nd09 January 2018 is filed as DHIS2's January 2018, and stderr says which
    dates the figures cover; exact dates only on request; nine months refused."""
    commune = make_workspace("00067", name="c.sqlite3")
    db = str(commune.path)
    commune.close()
    adx = tmp_path / "bc.adx.xml"
    assert main(["export", "--period", "2018-01", "--format", "adx", "--out", str(adx),
                 "--db", db]) == 0  # fmt: skip
    assert _adx_period(adx) == "2018-01-01/P1M"
    said = capsys.readouterr().err
    assert "tính từ 15/12/2017 đến 14/01/2018" in said
    assert "kỳ DHIS2 201801 (01/01/2018 đến 31/01/2018)" in said
    assert main(["export", "--period", "2018-H1", "--format", "adx", "--periods", "exact",
                 "--out", str(adx), "--db", db]) == 0  # fmt: skip
    assert _adx_period(adx) == "2017-12-15/P6M"
    assert "không phải DHIS2" in capsys.readouterr().err
    js = tmp_path / "bc.json"
    assert main(["export", "--period", "2018", "--format", "dhis2", "--out", str(js),
                 "--db", db]) == 0  # fmt: skip
    assert json.loads(js.read_text(encoding="utf-8"))["period"] == "2018"
    assert "kỳ DHIS2 2018 (01/01/2018 đến 31/12/2018)" in capsys.readouterr().err

    # The mapping file chooses the policy; --periods overrides it.
    mapping = json.loads(resource_path(DEFAULT_MAPPING).read_text(encoding="utf-8"))
    mapping["periods"] = "exact"
    exact = tmp_path / "exact.json"
    exact.write_text(json.dumps(mapping), encoding="utf-8")
    for extra, expected in (([], "2017-12-15/P3M"), (["--periods", "dhis2"], "2018-01-01/P3M")):
        assert main(["export", "--period", "2018-Q1", "--format", "adx", "--out", str(adx),
                     "--mapping", str(exact), "--db", db, *extra]) == 0  # fmt: skip
        assert _adx_period(adx) == expected
    capsys.readouterr()

    nine = tmp_path / "9m.adx.xml"
    for fmt in ("adx", "dhis2"):
        assert main(["export", "--period", "2018-9M", "--format", fmt, "--out", str(nine),
                     "--db", db]) == 1  # fmt: skip
        said = capsys.readouterr().err
        assert "9 tháng" in said and "2018-Q1, 2018-Q2 và 2018-Q3" in said
        assert not nine.exists()
    assert main(["export", "--period", "2018-01", "--format", "dhis2", "--periods", "exact",
                 "--out", str(nine), "--db", db]) == 1  # fmt: skip
    assert "chỉ dùng cho ADX" in capsys.readouterr().err and not nine.exists()
    assert main(["export", "--period", "2018-01", "--periods", "exact", "--out", str(nine),
                 "--db", db]) == 2  # fmt: skip
    assert not nine.exists()
