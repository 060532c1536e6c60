"""`pcmd report`, `pcmd export` and `pcmd completeness` with --from/--to (báo cáo đột
xuất): the range's figures, its upward file and ADX, and every bad input refused with exit
2 and a Vietnamese message naming the argument, before the database is opened."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date, timedelta

import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.exchange.interop import DEFAULT_MAPPING
from pcmd_desktop.resources import resource_path
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.unit_keys import own_card, trust_card

RANGE = ["--from", "05/03/2018", "--to", "2018-04-10"]


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def dbs(make_workspace):
    district = make_workspace("002", name="d.sqlite3")
    commune = make_workspace("00067", name="c.sqlite3")
    trust_card(district, own_card(commune))
    records = RecordService(commune)
    for day in ("2018-03-04", "2018-03-05", "2018-04-10", "2018-04-11"):
        records.create("activity", {"date": day, "kind": "propaganda", "title": "Tuyên truyền",
                                    "participants": 10})  # fmt: skip
    paths = str(commune.path), str(district.path)
    commune.close()
    district.close()
    return paths


def test_report_of_a_range(dbs, tmp_path, capsys):
    commune, _ = dbs
    assert main(["report", *RANGE, "--db", commune]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["period"], doc["from"], doc["to"]) == (
        "2018-03-05..2018-04-10", "2018-03-05", "2018-04-10")  # fmt: skip
    assert doc["indicators"]["propaganda.sessions"]["value"] == 2
    assert doc["indicators"]["propaganda.sessions"]["ytd"] == 3  # from 15/12/2017
    pdf = tmp_path / "dx.pdf"
    assert main(["report", *RANGE, "--format", "pdf", "--out", str(pdf), "--db", commune]) == 0
    assert "Đã ghi báo cáo đột xuất từ ngày 05/03/2018 đến ngày 10/04/2018" in (
        capsys.readouterr().err)  # fmt: skip
    assert pdf.read_bytes()[:4] == b"%PDF"


TOMORROW = (date.today() + timedelta(days=1)).strftime("%d/%m/%Y")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2018-04", "--from", "05/03/2018", "--to", "10/04/2018"],
         "không dùng cả hai"),
        ([], "Thiếu kỳ báo cáo: --period KỲ (ví dụ 2018-01) hoặc --from NGÀY --to NGÀY"),
        (["--from", "05/03/2018"], "cần cả --from và --to: thiếu --to"),
        (["--to", "05/03/2018"], "cần cả --from và --to: thiếu --from"),
        (["--from", "35/03/2018", "--to", "10/04/2018"], "Ngày --from '35/03/2018' không hợp lệ"),
        (["--from", "05/03/2018", "--to", "10-04-2018"], "Ngày --to '10-04-2018' không hợp lệ"),
        (["--from", "10/04/2018", "--to", "05/03/2018"],
         "Ngày --from 10/04/2018 sau ngày --to 05/03/2018"),
        (["--from", "05/03/2018", "--to", TOMORROW], f"Ngày --to {TOMORROW} sau hôm nay"),
    ],
)  # fmt: skip
@pytest.mark.parametrize("command", ["report", "export", "completeness"])
def test_bad_ranges_exit_2_naming_the_argument(tmp_path, capsys, command, args, message):
    db = tmp_path / "none.sqlite3"  # never opened: the arguments are refused first
    extra = ["--out", str(tmp_path / "x.pcmd")] if command == "export" else []
    assert main([command, *args, *extra, "--db", str(db)]) == 2
    assert message in capsys.readouterr().err
    assert not db.exists() and not (tmp_path / "x.pcmd").exists()


def test_export_import_and_completeness_of_a_range(dbs, tmp_path, capsys):
    commune, district = dbs
    out = tmp_path / "00067-dx.pcmd"
    assert main(["export", *RANGE, "--out", str(out), "--db", commune]) == 0
    assert "kỳ 2018-03-05..2018-04-10 (lần gửi 1" in capsys.readouterr().err
    assert main(["import", str(out), "--db", district]) == 0
    line = capsys.readouterr().out.split("\t")
    assert line[:3] == ["đã nhận", "00067", "2018-03-05..2018-04-10"]
    assert main(["completeness", *RANGE, "--format", "json", "--db", district]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["period"] == "2018-03-05..2018-04-10"
    assert [u["unit"] for u in doc["units"] if u["status"] != "missing"] == ["00067"]
    assert main(["completeness", "--period", "2018-04", "--format", "json",
                 "--db", district]) == 0  # fmt: skip
    doc = json.loads(capsys.readouterr().out)
    assert all(u["status"] == "missing" for u in doc["units"])  # kept apart
    assert main(["report", *RANGE, "--db", district]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["indicators"]["propaganda.sessions"]["value"] == 2


def _full_mapping(tmp_path) -> str:
    """The shipped mapping with every catalogue code mapped (synthetic UIDs for any the
    shipped file lacks), exact periods."""
    mapping = json.loads(resource_path(DEFAULT_MAPPING).read_text(encoding="utf-8"))
    for n, ind in enumerate(INDICATORS):
        mapping["dataElements"].setdefault(ind.code, f"X{n:010d}")
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(mapping), encoding="utf-8")
    return str(path)


def test_adx_of_a_range_only_with_exact_dates(dbs, tmp_path, capsys):
    commune, _ = dbs
    mapping = _full_mapping(tmp_path)
    adx = tmp_path / "dx.adx.xml"
    assert main(["export", *RANGE, "--format", "adx", "--periods", "exact", "--mapping",
                 mapping, "--out", str(adx), "--db", commune]) == 0  # fmt: skip
    group = ET.parse(adx).getroot().find("{urn:ihe:qrph:adx:2015}group")
    assert group.get("period") == "2018-03-05/P37D"
    assert "Số liệu báo cáo đột xuất từ 05/03/2018 đến 10/04/2018" in capsys.readouterr().err
    for fmt in ("adx", "dhis2"):  # DHIS2 periods: refused, nothing written
        target = tmp_path / f"refused.{fmt}"
        assert main(["export", *RANGE, "--format", fmt, "--mapping", mapping,
                     "--out", str(target), "--db", commune]) == 1  # fmt: skip
        said = capsys.readouterr().err
        assert "không gửi được sang DHIS2" in said and "--periods exact" in said
        assert not target.exists()
