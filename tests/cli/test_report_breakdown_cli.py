"""`pcmd report` carries the breakdown by sex and age band by default (the JSON's
"breakdown", the PDF's and XLSX's annex) and leaves it out with --no-breakdown."""

from __future__ import annotations

import json
import subprocess
import unicodedata

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV
from openpyxl import load_workbook

from pcmd_desktop.cli import main
from pcmd_desktop.reports.xlsx_breakdown import BREAKDOWN_SHEET


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "r.sqlite3")
    assert main(["init", "--unit", CHUONG_DUONG, "--admin", ADMIN, "--units", UNITS_2020_CSV,
                 "--db", path]) == 0  # fmt: skip
    known = f.person(birth_year=2001, opened_on="2018-01-03")
    unknown = f.person(code="HK-2018-0002", opened_on="2018-01-03")
    del unknown["sex"], unknown["birth_year"]
    lines = [known, unknown, f.service(known["id"], date="2018-01-05"),
             f.service(unknown["id"], date="2018-01-06")]  # fmt: skip
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n",
                    encoding="utf-8")  # fmt: skip
    assert main(["import-records", str(data), "--db", path]) == 0
    capsys.readouterr()
    return path


def test_the_json_carries_the_breakdown(db, capsys):
    assert main(["report", "--period", "2018-01", "--db", db]) == 0
    doc = json.loads(capsys.readouterr().out)
    cells = doc["breakdown"]["support.counselling"]
    assert cells["sex"]["female"] == {"value": 1, "ytd": 1}
    assert cells["sex"]["unknown"] == {"value": 1, "ytd": 1}
    assert cells["age"]["under_18"]["value"] == 1 and cells["age"]["unknown"]["value"] == 1
    assert doc["indicators"]["support.counselling"]["value"] == 2
    assert "support.credit_vnd" not in doc["breakdown"]  # money is not broken down
    assert main(["report", "--period", "2018-01", "--no-breakdown", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out)["breakdown"] == {}


def test_files_have_the_annex_unless_asked_not_to(db, tmp_path, capsys):
    with_it, without = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    assert main(["report", "--period", "2018", "--format", "xlsx", "--out", str(with_it),
                 "--db", db]) == 0  # fmt: skip
    assert main(["report", "--period", "2018", "--format", "xlsx", "--out", str(without),
                 "--no-breakdown", "--db", db]) == 0  # fmt: skip
    assert BREAKDOWN_SHEET in load_workbook(with_it).sheetnames
    assert BREAKDOWN_SHEET not in load_workbook(without).sheetnames
    pdf = tmp_path / "a.pdf"
    assert main(["report", "--period", "2018", "--format", "pdf", "--out", str(pdf),
                 "--db", db]) == 0  # fmt: skip
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")  # fmt: skip
    assert "PHÂN TỔ THEO GIỚI TÍNH VÀ ĐỘ TUỔI" in unicodedata.normalize("NFC", text)
