"""`pcmd approve`, `pcmd reopen`, `pcmd import-decision`, `pcmd locks`, `pcmd report
--accepted-only` and the approval column of `pcmd completeness`, as a clerk would run them:
non-zero exit and a Vietnamese message on any bad input, nothing changed."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, CHUONG_DUONG, HOAN_KIEM, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.unit_keys import own_card, trust_card

PERIOD = "2018-03"


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def dbs(make_workspace, tmp_path):
    """A district and its ward that trust each other, the ward with one activity and
    its March file received at the district."""
    district = make_workspace(HOAN_KIEM, name="d.sqlite3")
    ward = make_workspace(CHUONG_DUONG, name="w.sqlite3")
    trust_card(district, own_card(ward))
    trust_card(ward, own_card(district))
    rec = RecordService(ward).create("activity", {"date": "2018-03-05", "kind": "training",
                                                  "title": "Tập huấn"})  # fmt: skip
    d, w = str(district.path), str(ward.path)
    district.close()
    ward.close()
    up = tmp_path / "w-2018-03.pcmd"
    assert main(["export", "--period", PERIOD, "--out", str(up), "--db", w]) == 0
    assert main(["import", str(up), "--db", d]) == 0
    return d, w, rec["id"]


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_approve_lock_reopen_round_trip(dbs, tmp_path, capsys):
    d, w, rec_id = dbs
    capsys.readouterr()
    decision = tmp_path / "qd.pcmdqd"
    code, _out, said = run(capsys, "approve", "--unit", CHUONG_DUONG, "--period", PERIOD,
                           "--out", str(decision), "--db", d)  # fmt: skip
    assert code == 0 and "Đã duyệt kỳ 2018-03" in said and decision.exists()
    code, out, _ = run(capsys, "completeness", "--period", PERIOD, "--db", d)
    row = next(line for line in out.splitlines() if line.startswith(CHUONG_DUONG))
    assert code == 0 and row.split("\t")[5] == "Đã duyệt"  # before the flags count
    code, out, _ = run(capsys, "completeness", "--period", PERIOD, "--format", "json",
                       "--db", d)  # fmt: skip
    units = {u["unit"]: u["approval"] for u in json.loads(out)["units"]}
    assert units[CHUONG_DUONG] == "accepted"

    code, _out, said = run(capsys, "import-decision", str(decision), "--db", w)
    assert code == 0 and "đã được cấp trên duyệt" in said
    code, out, _ = run(capsys, "locks", "--db", w)
    assert code == 0 and out.startswith("2018-03\tĐã duyệt\t1\t")
    code, _out, said = run(capsys, "delete", "activity", rec_id, "--db", w)
    assert code == 1 and "Kỳ 2018-03 đã được cấp trên duyệt" in said
    lines = tmp_path / "r.jsonl"
    lines.write_text(json.dumps({"record": "activity", "id": rec_id, "unit": CHUONG_DUONG,
                                 "date": "2018-03-05", "kind": "training",
                                 "title": "Đổi tên"}, ensure_ascii=False) + "\n",
                     encoding="utf-8")  # fmt: skip
    code, _out, said = run(capsys, "import-records", str(lines), "--db", w)
    assert code == 1 and "đã được cấp trên duyệt" in said
    code, _out, said = run(capsys, "export", "--period", PERIOD, "--out",
                           str(tmp_path / "r2.pcmd"), "--db", w)  # fmt: skip
    assert code == 1 and "không gửi lần mới được" in said

    asked = tmp_path / "sua.pcmdqd"
    code, _out, said = run(capsys, "reopen", "--unit", CHUONG_DUONG, "--period", PERIOD,
                           "--reason", "Thiếu số người tham dự", "--out", str(asked),
                           "--db", d)  # fmt: skip
    assert code == 0 and "yêu cầu sửa lại" in said
    assert run(capsys, "import-decision", str(asked), "--db", w)[0] == 0
    code, out, _ = run(capsys, "locks", "--db", w)
    assert "Yêu cầu sửa lại" in out and "Thiếu số người tham dự" in out
    assert run(capsys, "import-records", str(lines), "--db", w)[0] == 0
    code, _out, said = run(capsys, "export", "--period", PERIOD, "--out",
                           str(tmp_path / "r2.pcmd"), "--db", w)  # fmt: skip
    assert code == 0 and "lần gửi 2" in said


def test_report_accepted_only(dbs, tmp_path, capsys):
    d, _w, _rec = dbs
    capsys.readouterr()
    code, out, _ = run(capsys, "report", "--period", PERIOD, "--accepted-only", "--db", d)
    doc = json.loads(out)
    assert code == 0 and doc["accepted_only"] and doc["counted_children"] == []
    assert doc["indicators"]["training.sessions"]["value"] == 0
    run(capsys, "approve", "--unit", CHUONG_DUONG, "--period", PERIOD, "--out",
        str(tmp_path / "qd.pcmdqd"), "--db", d)  # fmt: skip
    code, out, _ = run(capsys, "report", "--period", PERIOD, "--accepted-only", "--db", d)
    doc = json.loads(out)
    assert doc["counted_children"] == [CHUONG_DUONG]
    assert doc["indicators"]["training.sessions"]["value"] == 1


@pytest.mark.parametrize(
    "argv, exit_code, message",
    [
        (["approve", "--unit", "99999", "--period", PERIOD], 2, "Không có đơn vị"),
        (["approve", "--unit", CHUONG_DUONG, "--period", "2018-13"], 2, "tháng"),
        (["approve", "--unit", "00040", "--period", PERIOD], 1, "Chưa nhận tệp"),
        (["reopen", "--unit", CHUONG_DUONG, "--period", PERIOD, "--reason", " "], 1, "--reason"),
    ],
)
def test_bad_decisions_exit_non_zero_and_write_nothing(dbs, tmp_path, capsys, argv,
                                                       exit_code, message):  # fmt: skip
    d, _w, _rec = dbs
    capsys.readouterr()
    out = tmp_path / "qd.pcmdqd"
    code, _out, said = run(capsys, *argv, "--out", str(out), "--db", d)
    assert code == exit_code and message in said
    assert not out.exists()


def test_bad_decision_files_and_roles(dbs, tmp_path, capsys, monkeypatch):
    d, w, _rec = dbs
    capsys.readouterr()
    junk = tmp_path / "rac.pcmdqd"
    junk.write_bytes(b"not a decision")
    code, _out, said = run(capsys, "import-decision", str(junk), "--db", w)
    assert code == 1 and "không phải quyết định duyệt" in said
    code, _out, said = run(capsys, "import-decision", str(tmp_path / "none.pcmdqd"), "--db", w)
    assert code == 1 and "Không đọc được" in said
    code, out, said = run(capsys, "locks", "--db", w)
    assert code == 0 and out == "" and "Chưa nhận quyết định" in said
    monkeypatch.setenv("PCMD_NEW_PASSWORD", "mat-khau-xem-thu-nghiem")
    assert main(["user", "add", "xem", "--role", "viewer", "--db", d]) == 0
    monkeypatch.setenv("PCMD_USER", "xem")
    monkeypatch.setenv("PCMD_PASSWORD", "mat-khau-xem-thu-nghiem")
    code, _out, _said = run(capsys, "approve", "--unit", CHUONG_DUONG, "--period", PERIOD,
                            "--out", str(tmp_path / "qd.pcmdqd"), "--db", d)  # fmt: skip
    assert code == 3 and not (tmp_path / "qd.pcmdqd").exists()
