"""The commune "lành mạnh" assessment sheet (plan III.15): commune.clean follows the sheet
where the year has one, else the commune status's flag; scores out of range are refused
naming the criterion; a district adds up the values its communes submitted."""

from __future__ import annotations

import json

import pytest
from conftest import CHUONG_DUONG, HANG_BAC, HOAN_KIEM

from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services.assessment import result_of, save_sheet, sheet
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.list_columns import LIST_SPECS
from pcmd_desktop.services.plan import set_commune_status
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import ImportRejected, export_records, import_records
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, import_file
from pcmd_desktop.services.trash import deleted_records
from pcmd_desktop.services.unit_keys import own_card, trust_card

SCORES_85 = {"score_no_hotspot": 30, "score_propaganda": 15, "score_business_control": 12,
             "score_support": 10, "score_volunteer": 8, "score_leadership": 10}  # fmt: skip
SCORES_90_HOTSPOT = {"score_no_hotspot": 25, "score_propaganda": 15,
                     "score_business_control": 15, "score_support": 15, "score_volunteer": 10,
                     "score_leadership": 10}  # fmt: skip


def _sheet(scores: dict, unit: str = CHUONG_DUONG) -> dict:
    return {"record": "commune_assessment", "unit": unit, "year": 2018,
            "assessed_on": "2018-12-10", "assessed_by": "Hội đồng chấm điểm thử",
            **scores}  # fmt: skip


def _clean(ws) -> tuple[int, int]:
    values = build_report(ws, "2018").values
    return values["commune.clean"].value, values["commune.assessed"].value


def test_85_with_the_no_hotspot_criterion_full_is_clean_whatever_the_status(ws):
    set_commune_status(ws, CHUONG_DUONG, 2018, "maintained", False)
    save_sheet(ws, CHUONG_DUONG, 2018, {**SCORES_85, "assessed_on": "2018-12-10"})
    assert _clean(ws) == (1, 1)
    result = result_of(sheet(ws, CHUONG_DUONG, 2018))
    assert (result.total, result.clean, result.text) == (85, True, "Đạt xã, phường lành mạnh")


def test_90_without_the_no_hotspot_criterion_full_is_not_clean(ws):
    set_commune_status(ws, CHUONG_DUONG, 2018, "maintained", True)
    save_sheet(ws, CHUONG_DUONG, 2018, {**SCORES_90_HOTSPOT, "assessed_on": "2018-12-10"})
    assert _clean(ws) == (0, 1)
    result = result_of(sheet(ws, CHUONG_DUONG, 2018))
    assert result.total == 90 and not result.clean
    assert "Không phát sinh tụ điểm" in result.text and "(25/30)" in result.text


def test_below_the_pass_mark_says_so():
    result = result_of({**SCORES_85, "score_leadership": 0})
    assert result.total == 75
    assert result.text == "Chưa đạt: tổng điểm 75/100, dưới 80 điểm"


def test_without_a_sheet_the_status_flag_counts(ws):
    set_commune_status(ws, CHUONG_DUONG, 2018, "maintained", True)
    assert _clean(ws) == (1, 0)
    set_commune_status(ws, CHUONG_DUONG, 2018, "maintained", False)
    assert _clean(ws) == (0, 0)


def test_a_score_out_of_range_is_refused_naming_the_criterion(ws):
    with pytest.raises(ValidationError) as e:
        save_sheet(ws, CHUONG_DUONG, 2018,
                   {**SCORES_85, "score_propaganda": 16, "assessed_on": "2018-12-10"})  # fmt: skip
    [problem] = e.value.problems
    assert problem.field == "score_propaganda"
    assert problem.message == "Tuyên truyền, vận động (score_propaganda): điểm phải từ 0 đến 15"
    assert sheet(ws, CHUONG_DUONG, 2018) is None
    # A JSON line is refused the same way, and nothing is written.
    line = json.dumps(_sheet({**SCORES_85, "score_no_hotspot": 31}), ensure_ascii=False)
    with pytest.raises(ImportRejected) as rejected:
        import_records(ws, [line])
    assert [p.message for p in rejected.value.problems] == [
        "Không phát sinh tụ điểm, tệ nạn mại dâm (score_no_hotspot): điểm phải từ 0 đến 30"
    ]
    assert sheet(ws, CHUONG_DUONG, 2018) is None


def test_a_sheet_is_only_for_a_commune(make_workspace):
    district = make_workspace(HOAN_KIEM)
    with pytest.raises(ValidationError) as e:
        save_sheet(district, HOAN_KIEM, 2018, {**SCORES_85, "assessed_on": "2018-12-10"})
    assert [p.field for p in e.value.problems] == ["unit"]


def test_import_export_list_and_recycle_bin(ws):
    import_records(ws, [json.dumps(_sheet(SCORES_85), ensure_ascii=False)])
    exported = [json.loads(x) for x in export_records(ws, "commune_assessment")]
    assert exported == [_sheet(SCORES_85)]
    spec = LIST_SPECS["commune_assessment"]
    total, result = (spec.column(k).select for k in ("total", "result"))
    row = ws.db.execute(f"SELECT {total}, {result} FROM commune_assessments t").fetchone()
    assert tuple(row) == (85, "clean")
    assert spec.column("result").choices["clean"] == "Lành mạnh"
    RecordService(ws).delete("commune_assessment", f"{CHUONG_DUONG}/2018")
    [item] = deleted_records(ws, "commune_assessment")
    assert item.label == "Phường Chương Dương — năm 2018"
    # Saving the year's sheet again brings it back from the bin with the new scores.
    save_sheet(ws, CHUONG_DUONG, 2018, {**SCORES_90_HOTSPOT, "assessed_on": "2018-12-10"})
    assert result_of(sheet(ws, CHUONG_DUONG, 2018)).total == 90
    assert deleted_records(ws, "commune_assessment") == []


def test_a_district_adds_up_the_values_its_communes_submitted(make_workspace, tmp_path):
    district = make_workspace(HOAN_KIEM, name="district.sqlite3")
    for code, scores, flag in ((CHUONG_DUONG, SCORES_85, False), (HANG_BAC, SCORES_90_HOTSPOT,
                                                                    True)):  # fmt: skip
        commune = make_workspace(code, name=f"{code}.sqlite3")
        trust_card(district, own_card(commune))
        trust_card(commune, own_card(district))
        set_commune_status(commune, code, 2018, "maintained", flag)
        import_records(commune, [json.dumps(_sheet(scores, code), ensure_ascii=False)])
        sent = export_period(commune, "2018", tmp_path / f"{code}.pcmd")
        assert import_file(district, sent.path).status == ACCEPTED
        # The sheet travels in the upward file as a record.
        records = district.db.execute("SELECT records FROM submissions WHERE unit = ?",
                                      (code,)).fetchone()[0]  # fmt: skip
        [carried] = [json.loads(x) for x in records.splitlines()
                     if x and json.loads(x)["record"] == "commune_assessment"]  # fmt: skip
        assert carried["score_no_hotspot"] == scores["score_no_hotspot"]
    report = build_report(district, "2018")
    # The district holds no record of its communes: the values come from their files.
    assert district.db.execute("SELECT count(*) FROM commune_assessments").fetchone()[0] == 0
    assert report.children[CHUONG_DUONG]["commune.clean"] == (1, 1)
    assert report.children[HANG_BAC]["commune.clean"] == (0, 0)
    assert report.values["commune.clean"].value == 1
    assert report.values["commune.assessed"].value == 2
