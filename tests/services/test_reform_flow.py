"""Issue 13's whole story: in 2018 two wards report to their district and the district to
the city; then the 2025 reform is loaded everywhere (Quận Hoàn Kiếm ends, Hàng Bạc and
Chương Dương form one ward that keeps Chương Dương's code); in 2025-H2 the merged ward
reports straight to the city. Figures and completeness are checked on both sides of the
date, and the 2018 ones never change."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HANOI, HOAN_KIEM
from units_2025 import MERGED, MERGED_NAME, REST, SPLIT_PART, reform_csv

from pcmd_desktop.services.exchange_export import ExchangeError, export_period
from pcmd_desktop.services.handover import export_handover, import_handover, successor_choices
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, REFUSED, completeness, import_file
from pcmd_desktop.services.unit_keys import own_card, trust_card
from pcmd_desktop.services.units import load_unit_list

VISITS = "inspection.visits"
ESTABLISHMENTS = "inspection.establishments"


def inspect(ws, day: str, times: int) -> None:
    """`times` inspections of one new establishment on `day`."""
    service = RecordService(ws, date.fromisoformat(day))
    est = service.create("establishment", {"name": f"Nhà nghỉ Thử {day}",
                                           "type": "guesthouse"})["id"]  # fmt: skip
    for _ in range(times):
        service.create("inspection", {"date": day, "establishment_id": est,
                                      "team_level": "commune"})  # fmt: skip


@pytest.fixture
def world(make_workspace):
    city = make_workspace(HANOI, name="thanh-pho.sqlite3")
    district = make_workspace(HOAN_KIEM, name="quan.sqlite3")
    hang_bac = make_workspace(HANG_BAC, name="hang-bac.sqlite3")
    chuong_duong = make_workspace(CHUONG_DUONG, name="chuong-duong.sqlite3")
    for ward in (hang_bac, chuong_duong):
        trust_card(district, own_card(ward))
        trust_card(ward, own_card(district))
    trust_card(city, own_card(district))
    trust_card(district, own_card(city))
    return city, district, hang_bac, chuong_duong


def send(child, parent, period: str, folder: Path) -> str:
    path = export_period(child, period, folder / f"{child.unit.code}-{period}.pcmd").path
    return import_file(parent, path).status


def test_2018_then_the_reform_then_2025(world, tmp_path):
    city, district, hang_bac, chuong_duong = world
    # 2018, three levels ------------------------------------------------------------------
    inspect(hang_bac, "2018-05-10", 2)
    inspect(chuong_duong, "2018-06-12", 3)
    inspect(district, "2018-07-02", 1)  # the district team's own
    assert send(hang_bac, district, "2018", tmp_path) == ACCEPTED
    assert send(chuong_duong, district, "2018", tmp_path) == ACCEPTED
    assert send(district, city, "2018", tmp_path) == ACCEPTED

    def city_2018():
        report = build_report(city, "2018")
        return (report.values[VISITS].value, report.children[HOAN_KIEM][VISITS],
                report.child_names[HOAN_KIEM], len(report.children))  # fmt: skip

    before = city_2018()
    assert before == (6, (6, 6), "Quận Hoàn Kiếm", 30)
    district_2018 = completeness(district, "2018")
    assert len(district_2018.children) == 18
    assert {c.unit for c in district_2018.children if c.status != "missing"} == {
        HANG_BAC, CHUONG_DUONG}  # fmt: skip
    assert len(completeness(city, "2018").children) == 30

    # The reform, loaded in every database --------------------------------------------------
    for ws in world:
        load_unit_list(ws, reform_csv(tmp_path))
    # Nothing of 2018 moves: the same figures, the same names, the same children.
    assert city_2018() == before
    assert build_report(chuong_duong, "2018").unit_name == "Phường Chương Dương"
    assert build_report(chuong_duong, "2018").values[VISITS].value == 3
    assert [c.status for c in completeness(district, "2018").children].count("missing") == 16
    assert len(completeness(city, "2018").children) == 30
    # The ward that kept the code is the merged ward from 01/07/2025.
    assert chuong_duong.unit.name == MERGED_NAME and chuong_duong.unit.parent_code == HANOI
    # Hàng Bạc has ended: its database sees its world as on its last day.
    assert hang_bac.history.version_on(HANG_BAC, date.today()) is None
    assert hang_bac.units.day == "2025-06-30" and hang_bac.units.parent(hang_bac.unit).code == (
        HOAN_KIEM)  # fmt: skip
    assert len(district.units.children(HOAN_KIEM)) == 18  # the district can still receive

    # 2025, two levels ------------------------------------------------------------------------
    inspect(chuong_duong, "2025-08-20", 4)
    # Hàng Bạc's last weeks before the merge, in its own database, then handed over: its
    # whole database goes to the merged ward through a signed, sealed file.
    inspect(hang_bac, "2025-06-20", 1)
    assert [u.code for u in successor_choices(hang_bac)] == [MERGED]
    trust_card(hang_bac, own_card(chuong_duong))
    trust_card(chuong_duong, own_card(hang_bac))
    moved = import_handover(
        chuong_duong, export_handover(hang_bac, MERGED, tmp_path / "ban-giao.pcmdbg").path
    )
    assert moved.records == {"establishment": 2, "inspection": 3}
    assert moved.submissions == 0 and not moved.already
    # The merged ward's 2018 report is still Chương Dương's alone: in 2018 Hàng Bạc was
    # another ward, whose records it now holds as history.
    assert build_report(chuong_duong, "2018").values[VISITS].value == 3
    inspect(district, "2025-06-25", 2)  # the district team's last inspections
    report = build_report(chuong_duong, "2025-H2")  # 15/06 - 14/12/2025 (Decree 09)
    assert report.unit_name == MERGED_NAME
    assert report.values[VISITS].value == 5  # its own 4 and Hàng Bạc's 1
    # A commune reports straight to the city where no district exists.
    trust_card(city, own_card(chuong_duong))
    trust_card(chuong_duong, own_card(city))
    # The district, abolished on 30/06, sends its final file for the period it ended in
    # to the city, its parent then: its own last inspections reach the city's figures.
    assert send(district, city, "2025-H2", tmp_path) == ACCEPTED
    with pytest.raises(ExchangeError):  # and nothing for a period after it ended
        export_period(district, "2026-01", tmp_path / "quan-2026.pcmd")
    h2 = export_period(chuong_duong, "2025-H2", tmp_path / "h2.pcmd").path
    refused = import_file(district, h2)
    assert refused.status == REFUSED and "không gửi cho Quận Hoàn Kiếm" in refused.message
    assert import_file(city, h2).status == ACCEPTED

    state = completeness(city, "2025-H2")
    units = {c.unit: c.status for c in state.children}
    assert HOAN_KIEM not in units  # ended on 30/06/2025
    # Received today, long after 14/12/2025: late, but received.
    assert units[MERGED] == "late" and units[SPLIT_PART] == units[REST] == "missing"
    assert len(units) == 29 + 3  # the 29 districts the small reform keeps, 3 new wards
    city_h2 = build_report(city, "2025-H2")
    assert city_h2.child_names[MERGED] == MERGED_NAME
    assert city_h2.children[MERGED][VISITS] == (5, 5)
    # The district's final file counts its own 2 (its wards' records are the new wards').
    assert city_h2.children[HOAN_KIEM][VISITS] == (2, 2)
    assert city_h2.child_names[HOAN_KIEM] == "Quận Hoàn Kiếm (đến 30/06/2025)"
    assert city_h2.values[VISITS].value == 5 + 2
    # And 2018 still reads as it did.
    assert city_2018() == before
