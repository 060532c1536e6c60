"""Units through time: a list with dates and predecessors is previewed and loaded whole
or not at all; the tree, the names and what a unit's figures cover follow the day."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HANOI, HOAN_KIEM
from units_2025 import HEADER, MERGED, MERGED_NAME, REST, SPLIT_PART, reform_csv

from pcmd_desktop.db import audit
from pcmd_desktop.services.units import (
    UnitListError,
    load_unit_list,
    plan_changes,
    preview_unit_list,
    read_unit_rows,
)
from pcmd_desktop.services.workspace import UnknownUnit, create_workspace

HANG_TRONG = "00070"


@pytest.fixture
def city(make_workspace, tmp_path):
    ws = make_workspace(HANOI)
    load_unit_list(ws, reform_csv(tmp_path))
    return ws


def test_the_preview_says_what_would_change_and_writes_nothing(make_workspace, tmp_path):
    ws = make_workspace(HANOI)
    before = len(ws.history.versions())
    changes = preview_unit_list(ws, reform_csv(tmp_path))
    assert [u.code for u in changes.added] == [SPLIT_PART, REST]
    # The reused code starts a new version: Chương Dương until 30/06, the merged ward after.
    [(old, new)] = changes.new_versions
    assert (old.name, old.valid_to, new.name, new.valid_from) == (
        "Phường Chương Dương", "2025-06-30", MERGED_NAME, "2025-07-01")  # fmt: skip
    ended = {u.code: u.valid_to for u in changes.ended}
    assert len(ended) == 19 and set(ended.values()) == {"2025-06-30"}  # 18 wards + district
    assert len(changes.successions) == 19  # Hàng Trống counts twice (split)
    assert "2 đơn vị mới" in changes.summary()
    assert len(ws.history.versions()) == before
    assert ws.history.successions == []


def test_the_tree_and_names_follow_the_day(city):
    h = city.history
    old, new = h.tree("2018-12-14"), h.tree("2025-12-31")
    assert len(old.children(HOAN_KIEM)) == 18
    assert old.get(CHUONG_DUONG).name == "Phường Chương Dương"
    assert old.full_name(old.get(CHUONG_DUONG)).endswith("Quận Hoàn Kiếm, Thành phố Hà Nội")
    assert new.get(MERGED).name == MERGED_NAME
    assert new.full_name(new.get(MERGED)) == f"{MERGED_NAME}, Thành phố Hà Nội"
    # A commune reports straight to the city where no district exists.
    assert new.parent(new.get(MERGED)).code == HANOI
    kids = {u.code for u in new.children(HANOI)}
    assert {MERGED, SPLIT_PART, REST} <= kids and HOAN_KIEM not in kids
    assert not new.in_force(HANG_BAC) and new.get(HANG_BAC).name == "Phường Hàng Bạc"
    assert HANG_BAC not in {u.code for u in new.search("hang bac")}  # only units in force


def test_scope_takes_predecessors_and_counts_a_split_unit_once(city):
    h = city.history
    # The merged ward counts Hàng Bạc, Chương Dương and Hàng Trống (its principal successor:
    # the lowest code of the two that took it).
    assert h.scope(MERGED, "2025-12-31") == {HANG_BAC, CHUONG_DUONG, HANG_TRONG}
    assert h.scope(SPLIT_PART, "2025-12-31") == {SPLIT_PART}
    assert h.principal_successor(HANG_TRONG) == MERGED
    # The 2018 district covers its 18 wards and nothing of the new list.
    assert h.scope(HOAN_KIEM, "2018-12-14") == {
        HOAN_KIEM,
        *(u.code for u in h.tree("2018-12-14").children(HOAN_KIEM)),
    } and SPLIT_PART not in h.scope(HOAN_KIEM, "2018-12-14")
    # The abolished district's own records fall to the city after 30/06/2025.
    assert HOAN_KIEM in h.scope(HANOI, "2025-12-31")
    # Before the merged ward existed, its figures are its predecessors'.
    assert h.scope(REST, "2018-12-14") >= {"00037", "00088"}
    assert {u.code for u in h.current_successors(HANG_TRONG, "2026-01-01")} == {
        MERGED, SPLIT_PART}  # fmt: skip
    assert h.current_successors(HOAN_KIEM, "2026-01-01") == []


def test_loading_is_audited_backed_up_and_the_same_file_again_changes_nothing(city, tmp_path):
    entries = [e for e in audit.query(city.db) if e["action"] == "units_loaded"]
    assert len(entries) == 1 and '"ended": 19' in str(entries[0]["detail"]).replace("'", '"')
    assert list((city.path.parent / "backups").glob("*truoc-nap-danh-muc*"))
    again = preview_unit_list(city, reform_csv(tmp_path))
    assert not again.changes_anything
    assert load_unit_list(city, reform_csv(tmp_path)) == (0, 0)


@pytest.mark.parametrize(
    ("line", "fault"),
    [
        ("99002,Xã Lạc,commune,xã,01,2025-13-01,,", "không phải ngày"),
        ("99002,Xã Lạc,commune,xã,01,2025-07-01,,88888", "88888"),
        ("99002,Xã Lạc,commune,xã,01,,,00061", "thiếu valid_from"),
        ("99002,Xã Lạc,commune,xã,01,2025-07-01,2025-01-01,", "trước valid_from"),
        ("99002,Xã Lạc,district,huyện,00061,,,", "không thể trực thuộc"),
        ("99002,Xã Lạc,commune,xã,77777,,,", "77777"),
    ],
)
def test_a_bad_line_is_named_and_nothing_is_loaded(make_workspace, tmp_path, line, fault):
    ws = make_workspace(HANOI)
    path = tmp_path / "sai.csv"
    path.write_text(HEADER + line + "\n", encoding="utf-8")
    before = ws.history.versions()
    with pytest.raises(UnitListError) as e:
        load_unit_list(ws, path)
    assert fault in str(e.value) and ("Dòng 2" in str(e.value) or "thiếu cột" in str(e.value))
    assert ws.history.versions() == before and "99002" not in ws.history


def test_a_predecessor_already_ended_is_refused(city, tmp_path):
    path = tmp_path / "lai.csv"
    path.write_text(HEADER + "99003,Phường Lại,commune,phường,01,2026-01-01,,00061\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(UnitListError) as e:
        load_unit_list(city, path)
    assert "00061 không còn hiệu lực ngày 2025-12-31" in str(e.value)


def test_an_older_version_after_a_newer_one_is_refused(city, tmp_path):
    path = tmp_path / "cu.csv"
    path.write_text(HEADER + f"{CHUONG_DUONG},Phường Cũ,commune,phường,002,2020-01-01,,\n",
                    encoding="utf-8")  # fmt: skip
    with pytest.raises(UnitListError) as e:
        plan_changes(city.history, read_unit_rows(path))
    assert "chỉ thêm được phiên bản mới nhất" in str(e.value)


def test_a_database_is_made_only_for_a_unit_in_force(tmp_path, city):
    versions, successions = city.history.versions(), city.history.successions
    with pytest.raises(UnknownUnit) as e:
        create_workspace(tmp_path / "x.sqlite3", HANG_BAC, admin="quan-tri",
                         password="mat-khau-thu-nghiem", units=versions,
                         successions=successions)  # fmt: skip
    assert "không còn hiệu lực" in str(e.value) and f"{MERGED_NAME} (mã {MERGED})" in str(e.value)
    assert not (tmp_path / "x.sqlite3").exists()
    ws = create_workspace(tmp_path / "y.sqlite3", HANG_BAC, admin="quan-tri",
                          password="mat-khau-thu-nghiem", units=versions,
                          successions=successions, as_of=date(2018, 12, 31))  # fmt: skip
    assert ws.history.successions == city.history.successions
    ws.close()
