"""The unit list: finding a unit by name, and loading a newer list without losing codes."""

from __future__ import annotations

import factories as f
import pytest
from conftest import ADMIN, CHUONG_DUONG, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.units import (
    UnitListError,
    default_history,
    load_unit_list,
)

HEADER = "code,name,level,division_type,parent_code\n"


@pytest.fixture(scope="module")
def directory():
    return default_history().tree("2018-12-31")


def test_the_shipped_list_has_hanoi_with_30_districts_and_584_communes(directory):
    districts = directory.children("01")
    assert len(districts) == 30
    assert sum(len(directory.children(d.code)) for d in districts) == 584


def test_search_ignores_tones_and_ranks_own_name_first(directory):
    hits = directory.search("chuong duong")
    assert hits[0].code == CHUONG_DUONG
    assert directory.full_name(hits[0]) == "Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội"


def test_search_with_the_district_narrows_it(directory):
    hits = directory.search("chuong duong hoan kiem")
    assert [u.code for u in hits] == [CHUONG_DUONG]


def test_search_by_code(directory):
    assert directory.search(CHUONG_DUONG)[0].code == CHUONG_DUONG


def test_loading_a_newer_list_renames_adds_and_keeps_old_codes(ws, tmp_path):
    RecordService(ws).create("activity", {k: v for k, v in f.activity().items() if k != "record"})
    newer = tmp_path / "units-2025.csv"
    newer.write_text(
        HEADER + f"{CHUONG_DUONG},Phường Hoàn Kiếm Mới,commune,phường,002\n"
        "99001,Phường Thử Nghiệm,commune,phường,002\n",
        encoding="utf-8",
    )
    assert load_unit_list(ws, newer) == (1, 1)
    assert ws.units.get(CHUONG_DUONG).name == "Phường Hoàn Kiếm Mới"
    assert ws.units.get("00061") is not None  # absent from the new list, still valid
    assert ws.counts()["activity"] == 1


def test_a_bad_unit_list_changes_nothing(ws, tmp_path):
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "99001,Phường Lạc,commune,phường,88888888\n", encoding="utf-8")
    with pytest.raises(UnitListError):
        load_unit_list(ws, bad)
    assert ws.units.get("99001") is None
    bad.write_text("ma,ten\n1,x\n", encoding="utf-8")
    with pytest.raises(UnitListError) as e:
        load_unit_list(ws, bad)
    assert "thiếu cột" in str(e.value)


def test_cli_load_units(ws, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    newer = tmp_path / "u.csv"
    newer.write_text(HEADER + "99001,Phường Thử Nghiệm,commune,phường,002\n", encoding="utf-8")
    path = str(ws.path)
    ws.close()
    assert main(["load-units", str(newer), "--db", path]) == 0
    assert "1 đơn vị mới" in capsys.readouterr().err
    newer.write_text(HEADER + "x,,commune,phường,002\n", encoding="utf-8")
    assert main(["load-units", str(newer), "--db", path]) == 1


def test_the_shipped_list_has_hanoi_2025_with_126_communes_under_the_city():
    tree = default_history().tree("2025-07-01")
    kids = tree.children("01")
    assert len(kids) == 126 and {u.level for u in kids} == {"commune"}
    assert not tree.children("002")  # no district level any more
