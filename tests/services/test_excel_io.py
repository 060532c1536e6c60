"""Excel templates and the all-or-nothing import of lists of establishments, hotspots and
persons. Synthetic records only."""

from __future__ import annotations

import tempfile
import unicodedata
import uuid
from datetime import date, datetime
from pathlib import Path

import pytest
from conftest import CHUONG_DUONG, HANG_BAC, PASSWORD, TODAY
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from pcmd_desktop.domain import catalogues as cat
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services import auth
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.excel_io import (
    MARKER_TEXT,
    TEMPLATE_KINDS,
    CellProblem,
    ExcelFileError,
    ExcelImportRefused,
    cell_value,
    check_preview,
    import_preview,
    read_sheet,
    write_template,
)
from pcmd_desktop.services.excel_templates import header, sheet_fields
from pcmd_desktop.services.records import RecordService


def fill(template: Path, rows: list[dict], *, keep_example: bool = False) -> Path:
    """Write `rows` ({key: cell value}) under the headers of a template, placing each value
    by the hidden key row, as a user filling the sheet in Excel would."""
    wb = load_workbook(template)
    sheet = wb.worksheets[0]
    col_of = {c.value: c.column for c in sheet[2]}
    start = 3
    if not keep_example:
        for c in sheet[3]:
            c.value = None
    else:
        start = 4
    for n, row in enumerate(rows):
        for key, value in row.items():
            sheet.cell(start + n, col_of[key], value)
    wb.save(template)
    return template


def preview_of(ws, path: Path, kind: str):
    return check_preview(ws, read_sheet(path, kind, default_unit=CHUONG_DUONG), TODAY)


def good_establishments() -> list[dict]:
    return [
        {"name": "Karaoke Hoa Hồng", "type": "Karaoke", "address": "Số 1 phố Mẫu"},
        {"name": "Nhà nghỉ Bình An", "type": "Nhà nghỉ", "phone": "0900000001"},
        {"name": "Khách sạn Sông Xanh", "type": "hotel", "licence_no": "0100000000"},
    ]


@pytest.mark.parametrize("kind", TEMPLATE_KINDS)
def test_template_has_headers_keys_validations_and_a_guide(tmp_path, kind):
    record_kind = KINDS[kind]
    path = write_template(kind, tmp_path / f"{kind}.xlsx")
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    assert sheet.title == record_kind.label
    heads = [c.value for c in sheet[1]]
    fields = sheet_fields(record_kind)  # a tip's informant has no column
    assert heads == [header(f) for f in fields] + ["Ví dụ"]
    assert any(h.endswith(" *") for h in heads) and "Mã bản ghi" in heads and "Đơn vị" in heads
    assert [c.value for c in sheet[2]] == [*(f.key for f in fields), "_example"]
    assert sheet.row_dimensions[2].hidden
    assert sheet.cell(3, len(heads)).value == MARKER_TEXT
    covered = {str(dv.sqref).split(":")[0].rstrip("0123456789") for dv in
               sheet.data_validations.dataValidation}  # fmt: skip
    for col, f in enumerate(fields, start=1):
        if f.choices:
            assert sheet.cell(1, col).column_letter in covered, f.key
        if f.type.value == "date":
            assert sheet.cell(3, col).number_format == "DD/MM/YYYY"
    lists = wb["Danh mục"]
    shown = {c.value for col in lists.iter_cols() for c in col}
    for f in record_kind.fields:
        if f.choices:
            assert set(f.choices.values()) <= shown
    guide = [r for r in wb["Hướng dẫn"].iter_rows(values_only=True)]
    keys_in_guide = {r[1] for r in guide}
    assert {f.key for f in fields} <= keys_in_guide
    # The unchanged example row is skipped, not imported.
    preview = read_sheet(path, kind, default_unit=CHUONG_DUONG)
    assert preview.skipped_rows == [3] and preview.rows == []


def test_three_good_establishments_are_imported(ws, tmp_path):
    path = fill(write_template("establishment", tmp_path / "cs.xlsx"), good_establishments())
    preview = preview_of(ws, path, "establishment")
    assert preview.ok, preview.problems
    assert [r.row_number for r in preview.rows] == [3, 4, 5]
    summary = import_preview(ws, preview, TODAY)
    assert summary.created == {"establishment": 3}
    (karaoke,) = RecordService(ws).search("Karaoke Hoa Hong", "establishment")
    assert karaoke["name"] == "Karaoke Hoa Hồng" and karaoke["type"] == "karaoke"
    assert karaoke["unit"] == CHUONG_DUONG and karaoke["address"] == "Số 1 phố Mẫu"
    assert ws.counts()["establishment"] == 3
    (hotel,) = RecordService(ws).search("Sông Xanh", "establishment")
    assert hotel["type"] == "hotel" and hotel["licence_no"] == "0100000000"


def test_a_bad_row_is_named_by_row_and_column_and_nothing_is_saved(ws, tmp_path):
    rows = [
        {"name": "Khu vực A (ví dụ)", "kind": "Nơi công cộng", "identified_on": date(2017, 1, 2)},
        {"name": "Khu vực B (ví dụ)", "kind": "quán bia", "identified_on": "31/02/2018"},
        {"name": "Khu vực C (ví dụ)", "kind": "business", "identified_on": "2018-03-04"},
    ]
    path = fill(write_template("hotspot", tmp_path / "td.xlsx"), rows)
    before = ws.counts()
    preview = preview_of(ws, path, "hotspot")
    assert not preview.ok
    assert {(p.row, p.column) for p in preview.problems} == {
        (4, "Loại tụ điểm *"),
        (4, "Ngày phát hiện *"),
    }
    messages = {p.column: p.message for p in preview.problems}
    assert (
        "quán bia" in messages["Loại tụ điểm *"] and "Nơi công cộng" in messages["Loại tụ điểm *"]
    )
    assert "không phải ngày có thật" in messages["Ngày phát hiện *"]
    assert str(preview.problems[0]).startswith("Dòng 4, cột")
    with pytest.raises(ExcelImportRefused) as e:
        import_preview(ws, preview, TODAY)
    assert e.value.problems == preview.problems
    assert ws.counts() == before


def test_rules_of_the_domain_are_shown_by_row_and_column(ws, tmp_path):
    rows = [
        {"name": "Khu vực A (ví dụ)", "kind": "Nơi công cộng", "identified_on": "01/05/2018",
         "eradicated_on": "01/04/2018"},
        {"name": "Khu vực B (ví dụ)", "kind": "Nơi công cộng", "identified_on": "01/05/2018",
         "unit": HANG_BAC},
        {"name": "Khu vực C (ví dụ)", "kind": "Nơi công cộng", "identified_on": "01/01/2019"},
    ]  # fmt: skip
    path = fill(write_template("hotspot", tmp_path / "td.xlsx"), rows)
    problems = preview_of(ws, path, "hotspot").problems
    assert {(p.row, p.column) for p in problems} == {
        (3, "Ngày triệt xóa"),
        (4, "Đơn vị"),
        (5, "Ngày phát hiện *"),
    }
    assert all(p.message for p in problems)


def test_nfd_text_is_stored_nfc_and_tone_less_labels_are_choices(ws, tmp_path):
    nfd = unicodedata.normalize("NFD", "Karaoke Hoa Hồng")
    assert nfd != "Karaoke Hoa Hồng"
    rows = [
        {"name": nfd, "type": "karaoke"},
        {"name": "Khách sạn Mẫu", "type": "khach san"},
        {"name": "Quán Mẫu", "type": "VU TRUONG QUAN BAR"},
    ]
    path = fill(write_template("establishment", tmp_path / "cs.xlsx"), rows)
    preview = preview_of(ws, path, "establishment")
    assert preview.ok, preview.problems
    assert [r.record["type"] for r in preview.rows] == ["karaoke", "hotel", "bar_club"]
    import_preview(ws, preview, TODAY)
    names = {r["name"] for r in RecordService(ws).search("Hoa", "establishment")}
    assert names == {"Karaoke Hoa Hồng"}
    stored = ws.db.execute("SELECT name FROM establishments WHERE type = 'karaoke'").fetchone()
    assert stored[0] == unicodedata.normalize("NFC", nfd)


def test_cells_are_converted_from_excel_and_vietnamese_forms():
    fine = KINDS["inspection"].field("fine_vnd")
    assert cell_value(fine, "1.500.000") == 1_500_000
    assert cell_value(fine, 1500000.0) == 1_500_000
    assert cell_value(fine, " 250000 ") == 250_000
    year = KINDS["person"].field("birth_year")
    assert cell_value(year, 1990) == 1990 and cell_value(year, "1990") == 1990
    consent = KINDS["person"].field("consent")
    for yes in ("có", "Có", "CO", "x", "X", True, "TRUE", 1, "1"):
        assert cell_value(consent, yes) is True, yes
    for no in ("không", "Khong", False, "FALSE", 0, "0"):
        assert cell_value(consent, no) is False, no
    assert cell_value(consent, None) is None and cell_value(consent, "  ") is None
    opened = KINDS["person"].field("opened_on")
    assert cell_value(opened, datetime(2018, 2, 1)) == "2018-02-01"
    assert cell_value(opened, "1/2/2018") == "2018-02-01"
    assert cell_value(opened, "2018-02-01") == "2018-02-01"


def test_reordered_columns_map_by_the_hidden_key_row(ws, tmp_path):
    template = load_workbook(write_template("establishment", tmp_path / "t.xlsx")).worksheets[0]
    heads, keys = [c.value for c in template[1]], [c.value for c in template[2]]
    order = list(reversed(range(len(keys))))
    wb = Workbook()
    sheet = wb.active
    values = {"name": "Karaoke Hoa Hồng", "type": "Karaoke", "address": "Số 1 phố Mẫu"}
    for new_col, old in enumerate(order, start=1):
        # Headers renamed by the user too: the key row still says what each column is.
        sheet.cell(1, new_col, f"Cột {new_col}" if keys[old] != "_example" else heads[old])
        sheet.cell(2, new_col, keys[old])
        sheet.cell(3, new_col, values.get(keys[old]))
    path = tmp_path / "reordered.xlsx"
    wb.save(path)
    preview = preview_of(ws, path, "establishment")
    assert preview.ok, preview.problems
    (row,) = preview.rows
    assert {k: row.record[k] for k in values} == {**values, "type": "karaoke"}


def test_a_header_only_sheet_from_another_tool_maps_by_header(ws, tmp_path):
    wb = Workbook()
    sheet = wb.active
    sheet.append(["STT", "TEN CO SO", "loai hinh*", "Dia  chi", "dien thoai"])
    sheet.append([1, "Karaoke Hoa Hồng", "Karaoke", "Số 1 phố Mẫu", "0900000000"])
    sheet.append([2, "Nhà nghỉ Bình An", "nha nghi", None, None])
    path = tmp_path / "other.xlsx"
    wb.save(path)
    preview = preview_of(ws, path, "establishment")
    assert preview.ok, preview.problems
    assert [r.row_number for r in preview.rows] == [2, 3]
    assert preview.rows[0].record["phone"] == "0900000000"
    assert import_preview(ws, preview, TODAY).created == {"establishment": 2}


def test_missing_and_unknown_columns_are_problems(tmp_path):
    wb = Workbook()
    sheet = wb.active
    sheet.append(["Tên cơ sở", "Số tầng"])
    sheet.append(["Karaoke Hoa Hồng", 3])
    path = tmp_path / "bad.xlsx"
    wb.save(path)
    preview = read_sheet(path, "establishment", default_unit=CHUONG_DUONG)
    assert preview.unknown_columns == ["Số tầng"]
    assert {(p.row, p.column) for p in preview.problems} == {(1, "Số tầng"), (1, "Loại hình *")}


def test_an_edited_example_row_that_keeps_its_marker_is_a_problem(ws, tmp_path):
    path = write_template("establishment", tmp_path / "cs.xlsx")
    wb = load_workbook(path)
    wb.worksheets[0]["C3"] = "Karaoke Mới"
    wb.save(path)
    preview = preview_of(ws, path, "establishment")
    assert [(p.row, p.column) for p in preview.problems] == [(3, "Ví dụ")]
    good = fill(write_template("establishment", tmp_path / "cs2.xlsx"), good_establishments(),
                keep_example=True)  # fmt: skip
    preview = preview_of(ws, good, "establishment")
    assert preview.ok and preview.skipped_rows == [3] and len(preview.rows) == 3


def test_persons_are_imported_with_personal_fields_encrypted(ws, tmp_path):
    rows = [{"code": "VD-2018-0007", "opened_on": "01/02/2018", "full_name": "Trần Thị Mẫu",
             "birth_year": 1991, "sex": "nu", "id_number": "000000000007",
             "residence": "Tổ dân phố Mẫu", "consent": "x", "status": "Đang theo dõi"}]  # fmt: skip
    path = fill(write_template("person", tmp_path / "ng.xlsx"), rows)
    preview = preview_of(ws, path, "person")
    assert preview.ok, preview.problems
    import_preview(ws, preview, TODAY)
    raw = ws.db.execute("SELECT id, full_name, id_number, residence FROM persons").fetchone()
    assert all(v.startswith("v1:") for v in raw[1:])
    person = RecordService(ws).get("person", raw[0])
    assert person["full_name"] == "Trần Thị Mẫu" and person["sex"] == "female"
    assert person["consent"] is True and person["opened_on"] == "2018-02-01"


def test_duplicate_person_codes_and_ids_in_the_sheet(ws, tmp_path):
    same = str(uuid.uuid4())
    row = {"id": same, "code": "VD-1", "opened_on": "01/02/2018", "full_name": "Người Mẫu A"}
    rows = [row, {**row, "full_name": "Người Mẫu B"}]
    path = fill(write_template("person", tmp_path / "ng.xlsx"), rows)
    problems = preview_of(ws, path, "person").problems
    assert {(p.row, p.column) for p in problems} == {(4, "Mã bản ghi"), (4, "Mã hồ sơ *")}


def test_a_viewer_is_refused(ws, tmp_path):
    path = fill(write_template("establishment", tmp_path / "cs.xlsx"), good_establishments())
    preview = read_sheet(path, "establishment", default_unit=CHUONG_DUONG)
    auth.add_user(ws, "nguoi-xem", "viewer", PASSWORD)
    auth.login(ws, "nguoi-xem", PASSWORD)
    with pytest.raises(PermissionDenied):
        check_preview(ws, preview, TODAY)
    with pytest.raises(PermissionDenied):
        import_preview(ws, preview, TODAY)
    assert ws.counts()["establishment"] == 0


def test_importing_the_same_file_twice_with_ids_updates(ws, tmp_path):
    rows = [{**r, "id": str(uuid.uuid4())} for r in good_establishments()[:2]]
    path = fill(write_template("establishment", tmp_path / "cs.xlsx"), rows)
    first = import_preview(ws, preview_of(ws, path, "establishment"), TODAY)
    assert first.created == {"establishment": 2}
    rows[0]["name"] = "Karaoke Hoa Hồng Mới"
    fill(path, rows)
    again = import_preview(ws, preview_of(ws, path, "establishment"), TODAY)
    assert again.updated == {"establishment": 2} and again.created == {"establishment": 0}
    assert ws.counts()["establishment"] == 2
    assert RecordService(ws).get("establishment", rows[0]["id"])["name"] == "Karaoke Hoa Hồng Mới"


def test_a_file_that_is_not_excel_is_refused_cleanly(tmp_path):
    path = tmp_path / "notes.xlsx"
    path.write_text("không phải bảng tính", encoding="utf-8")
    with pytest.raises(ExcelFileError):
        read_sheet(path, "establishment", default_unit=CHUONG_DUONG)


# --------------------------------------------------------------------------- properties

_text = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=24)
_cells = st.one_of(
    st.none(),
    _text,
    st.booleans(),
    st.integers(min_value=-(10**15), max_value=10**15),
    st.floats(allow_nan=False, allow_infinity=False),
    st.dates(min_value=date(1900, 3, 1), max_value=date(2100, 1, 1)),
    st.sampled_from(["31/02/2018", "1.500.000", "x", "khach san", "Nữ", "2018-13-01",
                     "00067", "=1+1", "  ", "Có", "hotel", str(uuid.UUID(int=7)),
                     *cat.ESTABLISHMENT_TYPES.values(), *cat.HOTSPOT_KINDS]),
)  # fmt: skip


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    kind=st.sampled_from(TEMPLATE_KINDS),
    with_keys=st.booleans(),
    rows=st.lists(st.lists(_cells, min_size=0, max_size=15), max_size=4),
)
def test_arbitrary_cells_give_clean_problems_never_exceptions(ws, kind, with_keys, rows):
    record_kind = KINDS[kind]
    before = ws.counts()
    with tempfile.TemporaryDirectory() as folder:
        wb = Workbook()
        sheet = wb.active
        sheet.append([header(f) for f in record_kind.fields])
        if with_keys:
            sheet.append(list(record_kind.keys))
        for row in rows:
            sheet.append(row)
        path = Path(folder) / "x.xlsx"
        wb.save(path)
        preview = read_sheet(path, kind, default_unit=CHUONG_DUONG)
    checked = check_preview(ws, preview, TODAY)
    assert all(isinstance(p, CellProblem) and p.row >= 1 and p.message for p in checked.problems)
    try:
        import_preview(ws, checked, TODAY)
    except ExcelImportRefused as e:
        assert e.problems and all(p.message for p in e.problems)
        assert ws.counts() == before


def test_an_unchecked_preview_is_still_refused_by_row_and_column(ws, tmp_path):
    rows = [{"name": "Khu vực A (ví dụ)", "kind": "public_place", "identified_on": "01/01/2019"}]
    path = fill(write_template("hotspot", tmp_path / "td.xlsx"), rows)
    preview = read_sheet(path, "hotspot", default_unit=CHUONG_DUONG)
    assert preview.ok  # cells read fine; the rule (no future date) is the database side's
    with pytest.raises(ExcelImportRefused) as e:
        import_preview(ws, preview, TODAY)
    assert [(p.row, p.column) for p in e.value.problems] == [(3, "Ngày phát hiện *")]
    assert ws.counts()["hotspot"] == 0
