"""`pcmd report`: JSON on standard output with every code of the catalogue, files with
--out, and bad arguments refused with a Vietnamese message and exit 2."""

from __future__ import annotations

import json

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV

from pcmd_desktop.cli import main
from pcmd_desktop.domain.indicators import INDICATORS


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def db(tmp_path, capsys):
    path = tmp_path / "r.sqlite3"
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
        == 0
    )
    est = f.establishment()
    lines = [est, f.inspection(est["id"], date="2018-01-20"),
             f.inspection(est["id"], date="2018-01-14")]  # fmt: skip
    data = tmp_path / "in.jsonl"
    data.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in lines) + "\n",
                    encoding="utf-8")  # fmt: skip
    assert main(["import-records", str(data), "--db", str(path)]) == 0
    capsys.readouterr()
    return str(path)


def test_json_on_standard_output(db, capsys):
    assert main(["report", "--period", "2018-01", "--db", db]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["unit"], doc["period"], doc["from"], doc["to"]) == (
        "00067", "2018-01", "2017-12-15", "2018-01-14")  # fmt: skip
    assert list(doc["indicators"]) == [i.code for i in INDICATORS]
    assert doc["indicators"]["inspection.visits"] == {
        "value": 1,
        "ytd": 1,
        "target": None,
        "direction": "goal",
        "achieved_pct": None,
        "target_met": None,
        "status": None,
    }


def test_cutoff_calendar_counts_by_calendar_month(db, capsys):
    assert main(["report", "--period", "2018-01", "--cutoff", "calendar", "--db", db]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert (doc["from"], doc["to"]) == ("2018-01-01", "2018-01-31")
    assert doc["indicators"]["inspection.visits"]["value"] == 2


def test_json_to_a_file(db, tmp_path, capsys):
    out = tmp_path / "bc.json"
    assert main(["report", "--period", "2018-Q1", "--out", str(out), "--db", db]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["period"] == "2018-Q1"
    assert "quý I năm 2018" in capsys.readouterr().err


@pytest.mark.parametrize(
    "args, words",
    [
        (["--period", "2018-13"], "2018-13"),
        (["--period", "tháng 1"], "tháng 1"),
        (["--period", "2018-01", "--format", "pdf"], "--out"),
        (["--period", "2018-01", "--cutoff", "lunar"], "lunar"),
    ],
)
def test_bad_arguments_are_refused(db, capsys, args, words):
    assert main(["report", *args, "--db", db]) == 2
    assert words in capsys.readouterr().err


def test_xlsx_and_pdf_hold_what_the_json_says(db, tmp_path, capsys):
    import openpyxl

    from pcmd_desktop.domain.indicators import BY_CODE
    from pcmd_desktop.reports.xlsx_form import MAIN_SHEET

    assert main(["report", "--period", "2018", "--db", db]) == 0
    doc = json.loads(capsys.readouterr().out)
    xlsx, pdf = tmp_path / "bc.xlsx", tmp_path / "bc.pdf"
    for fmt, path in (("xlsx", xlsx), ("pdf", pdf)):
        assert main(["report", "--period", "2018", "--format", fmt, "--out", str(path),
                     "--db", db]) == 0  # fmt: skip
    assert pdf.read_bytes().startswith(b"%PDF")
    sheet = openpyxl.load_workbook(xlsx)[MAIN_SHEET]
    rows = {c.value: c.row for c in sheet["B"] if isinstance(c.value, str)}
    for code, figures in doc["indicators"].items():
        r = rows[BY_CODE[code].label]
        assert (sheet.cell(r, 4).value, sheet.cell(r, 5).value) == (
            figures["value"], figures["ytd"]), code  # fmt: skip
