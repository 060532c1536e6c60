"""`pcmd export --include-personal` says how many persons without consent were left out;
`pcmd import` and `pcmd completeness` show the data quality flags and still receive."""

from __future__ import annotations

import json

import pytest
from conftest import ADMIN, CHUONG_DUONG, HOAN_KIEM, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.unit_keys import own_card, trust_card

CODE = "propaganda.participants"


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


def test_consent_note_and_flags_through_the_command_line(make_workspace, tmp_path, capsys):
    district = make_workspace(HOAN_KIEM, name="d.sqlite3")
    commune = make_workspace(CHUONG_DUONG, name="c.sqlite3")
    trust_card(district, own_card(commune))
    trust_card(commune, own_card(district))
    records = RecordService(commune)
    for code, consent in (("HK-01", True), ("HK-02", False)):
        records.create("person", {"code": code, "opened_on": "2018-07-01", "consent": consent,
                                  "full_name": f"Người Thử {code}"})  # fmt: skip
    records.create("activity", {"date": "2018-07-05", "kind": "propaganda",
                                "title": "Tuyên truyền", "participants": 450})  # fmt: skip
    with transaction(district.db):  # six earlier months received, 30 to 50 participants
        for month, value in enumerate((30, 40, 35, 50, 45, 38), start=1):
            district.db.execute(
                "INSERT INTO submissions (unit, period, revision, sha256, created_at, "
                "received_at, received_by, indicators, narrative, records) VALUES (?, ?, 1, ?, "
                "'2018-01-01T00:00:00Z', '2018-01-01T00:00:00+00:00', 'x', ?, '{}', '')",
                (CHUONG_DUONG, f"2018-{month:02d}", str(month),
                 json.dumps({CODE: {"value": value, "ytd": value}})),
            )  # fmt: skip
    commune_db, district_db = str(commune.path), str(district.path)
    commune.close()
    district.close()

    out = tmp_path / "c.pcmd"
    assert main(["export", "--period", "2018-07", "--out", str(out), "--include-personal",
                 "--db", commune_db]) == 0  # fmt: skip
    said = capsys.readouterr().err
    assert "có thông tin cá nhân đã niêm phong" in said
    assert "Đã bỏ qua thông tin cá nhân của 1 người chưa đồng ý tham gia" in said

    assert main(["import", str(out), "--db", district_db]) == 0  # never blocking
    captured = capsys.readouterr()
    line = captured.out.strip().split("\t")
    assert line[0] == "đã nhận" and line[-1].endswith("; 1 cảnh báo số liệu")
    assert (
        "Cảnh báo số liệu 00067 kỳ 2018-07: Số lượt người dự tuyên truyền 450 cao bất "
        "thường so với 6 kỳ trước (30–50, trung bình 39,7) (vẫn nhận tệp)." in captured.err
    )

    assert main(["completeness", "--period", "2018-07", "--db", district_db]) == 0
    captured = capsys.readouterr()
    rows = {r.split("\t")[0]: r.split("\t") for r in captured.out.splitlines()}
    assert rows[CHUONG_DUONG][-1] == "1"
    assert {r[-1] for u, r in rows.items() if u != CHUONG_DUONG} == {"0"}
    assert (
        "Cảnh báo số liệu 00067 Phường Chương Dương: Số lượt người dự tuyên truyền 450"
        in captured.err
    )
    assert main(["completeness", "--period", "2018-07", "--format", "json",
                 "--db", district_db]) == 0  # fmt: skip
    doc = json.loads(capsys.readouterr().out)
    ours = next(u for u in doc["units"] if u["unit"] == CHUONG_DUONG)
    assert [f["code"] for f in ours["flags"]] == [CODE]
    assert ours["flags"][0]["method"] == "zscore" and ours["flags"][0]["history"] == 6
