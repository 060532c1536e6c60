"""`pcmd assessment --year`: the sheet with each criterion's score/max, the total and the
result; no sheet is exit 1 with a Vietnamese message. The generic import-records and
export-records carry the kind, and a score out of range is refused naming the criterion."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD

from pcmd_desktop.cli import main

SHEET = {"record": "commune_assessment", "unit": CHUONG_DUONG, "year": 2018,
         "assessed_on": "2018-12-10", "score_no_hotspot": 30, "score_propaganda": 15,
         "score_business_control": 12, "score_support": 10, "score_volunteer": 8,
         "score_leadership": 10, "assessed_by": "Hội đồng chấm điểm thử"}  # fmt: skip


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def db(ws) -> str:
    path = str(ws.path)
    ws.close()
    return path


def _write(tmp_path, record: dict) -> str:
    path = tmp_path / "sheet.jsonl"
    path.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    return str(path)


def test_no_sheet_is_an_error_in_vietnamese(db, capsys):
    assert main(["assessment", "--year", "2018", "--db", db]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "Chưa có phiếu chấm điểm xã, phường lành mạnh năm 2018 của Phường Chương Dương" in (
        captured.err
    )


def test_import_print_export_the_sheet(db, tmp_path, capsys):
    assert main(["import-records", _write(tmp_path, SHEET), "--db", db]) == 0
    capsys.readouterr()
    assert main(["assessment", "--year", "2018", "--db", db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "Phiếu chấm điểm xã, phường lành mạnh năm 2018: Phường Chương Dương"
    assert lines[1] == "Ngày chấm điểm: 10/12/2018"
    assert (
        "1. Không phát sinh tụ điểm, tệ nạn mại dâm trên địa bàn (phải đạt đủ điểm)\t30/30"
    ) in lines
    assert "2. Tuyên truyền, vận động nhân dân phòng, chống mại dâm\t15/15" in lines
    assert lines[-2:] == ["Tổng điểm: 85/100", "Kết quả: Đạt xã, phường lành mạnh"]
    assert main(["export-records", "--record", "commune_assessment", "--db", db]) == 0
    assert json.loads(capsys.readouterr().out) == SHEET
    # A lower no-hotspot score: not clean, and the result says why.
    changed = {**SHEET, "score_no_hotspot": 20, "score_support": 15, "score_leadership": 15}
    assert main(["import-records", _write(tmp_path, changed), "--db", db]) == 0
    capsys.readouterr()
    assert main(["assessment", "--year", "2018", "--db", db]) == 0
    last = capsys.readouterr().out.splitlines()[-1]
    assert last.startswith("Kết quả: Chưa đạt: tiêu chí «Không phát sinh tụ điểm")
    assert last.endswith("(20/30)")


def test_a_score_out_of_range_is_refused_by_import_records(db, tmp_path, capsys):
    bad = {**SHEET, "score_volunteer": 11}
    assert main(["import-records", _write(tmp_path, bad), "--db", db]) == 1
    err = capsys.readouterr().err
    assert "Đội tình nguyện, mô hình ở cơ sở (score_volunteer): điểm phải từ 0 đến 10" in err
    assert main(["assessment", "--year", "2018", "--db", db]) == 1


def test_an_unknown_commune_is_a_usage_error(db, capsys):
    assert main(["assessment", "--year", "2018", "--unit", "00061", "--db", db]) == 2
    assert "Không có xã, phường mã 00061" in capsys.readouterr().err
