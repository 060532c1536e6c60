"""`pcmd persons duplicates | merge`: pairs by code, names only when asked, merging by
file code, refusals with a Vietnamese message and a non-zero exit."""

from __future__ import annotations

import json
import sqlite3

import factories as f
import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.services import auth
from pcmd_desktop.services.records_io import import_records


@pytest.fixture(autouse=True)
def credentials(monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)


@pytest.fixture
def db(ws):
    """HK-01 and HK-02 are one person (tones aside, same birth year); HK-03 is another."""
    a = f.person(code="HK-01", full_name="Võ Thị Thử", id_number=None)
    b = f.person(code="HK-02", full_name="vo thi thu", id_number="001190000222",
                 opened_on="2018-03-03")  # fmt: skip
    c = f.person(code="HK-03", full_name="Lý Thu Khác", id_number="001190000333")
    rows = [a, b, c, f.service(b["id"]), f.sanction(person_id=b["id"])]
    import_records(ws, [json.dumps(r, ensure_ascii=False) for r in rows])
    auth.add_user(ws, "nguoi-xem", "viewer", PASSWORD + "x")
    path = str(ws.path)
    ws.close()
    return path


def test_duplicates_prints_codes_and_reasons_not_names(db, capsys):
    assert main(["persons", "duplicates", "--db", db]) == 0
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        "Trùng họ tên và năm sinh\tHK-01\t01/02/2018\t0 dịch vụ\tHK-02\t03/03/2018\t1 dịch vụ"
    ]
    assert "Thử" not in captured.out and "1 cặp hồ sơ" in captured.err
    assert main(["persons", "duplicates", "--show-names", "--db", db]) == 0
    line = capsys.readouterr().out.strip().split("\t")
    assert line[4] == "Võ Thị Thử" and line[-1] == "vo thi thu"


def test_a_viewer_may_not_list_nor_merge(db, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_USER", "nguoi-xem")
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD + "x")
    assert main(["persons", "duplicates", "--db", db]) == 3
    assert "không có quyền" in capsys.readouterr().err
    assert main(["persons", "merge", "--keep", "HK-01", "--drop", "HK-02", "--db", db]) == 3


def test_merge_by_codes(db, capsys):
    assert main(["persons", "merge", "--keep", "HK-01", "--drop", "HK-02", "--db", db]) == 0
    message = capsys.readouterr().err
    assert "Đã gộp hồ sơ HK-02 vào hồ sơ HK-01: chuyển 1 dịch vụ, 1 quyết định xử phạt" in message
    with sqlite3.connect(db) as conn:
        kept = conn.execute("SELECT id FROM persons WHERE code = 'HK-01'").fetchone()[0]
        assert conn.execute("SELECT person_id FROM services").fetchone()[0] == kept
        assert conn.execute("SELECT person_id FROM sanctions").fetchone()[0] == kept
        assert conn.execute(
            "SELECT deleted_at IS NOT NULL FROM persons WHERE code = 'HK-02'"
        ).fetchone()[0]
    assert main(["persons", "duplicates", "--db", db]) == 0
    assert capsys.readouterr().out == ""


@pytest.mark.parametrize(
    ("keep", "drop", "words"),
    [
        ("HK-01", "HK-01", "cùng một hồ sơ"),
        ("HK-01", "HK-09", "Không có hồ sơ mã HK-09"),
    ],
)
def test_bad_codes_are_refused_and_change_nothing(db, capsys, keep, drop, words):
    with sqlite3.connect(db) as conn:
        before = conn.execute("SELECT * FROM persons ORDER BY rowid").fetchall()
    assert main(["persons", "merge", "--keep", keep, "--drop", drop, "--db", db]) == 1
    assert words in capsys.readouterr().err
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT * FROM persons ORDER BY rowid").fetchall() == before


def test_a_file_in_the_recycle_bin_is_refused(db, capsys):
    assert main(["delete", "person", _id(db, "HK-03"), "--db", db]) == 0
    capsys.readouterr()
    assert main(["persons", "merge", "--keep", "HK-01", "--drop", "HK-03", "--db", db]) == 1
    assert "Thùng rác" in capsys.readouterr().err


def test_a_missing_argument_is_a_usage_error(db, capsys):
    assert main(["persons", "merge", "--keep", "HK-01", "--db", db]) == 2
    assert "--drop" in capsys.readouterr().err


def _id(db: str, code: str) -> str:
    with sqlite3.connect(db) as conn:
        return conn.execute("SELECT id FROM persons WHERE code = ?", [code]).fetchone()[0]
