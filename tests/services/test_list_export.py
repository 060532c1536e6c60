"""Exporting the current view of a record list to Excel: same rows, same order, typed
cells, and an audit entry when personal data leaves the program."""

from __future__ import annotations

from datetime import datetime

import factories as f
import pytest
from conftest import PASSWORD, TODAY
from openpyxl import load_workbook

from pcmd_desktop.services import auth, list_export
from pcmd_desktop.services.errors import PermissionDenied, ServiceError
from pcmd_desktop.services.list_columns import LIST_SPECS
from pcmd_desktop.services.list_export import export_list
from pcmd_desktop.services.record_list import ListFilter, RecordList
from pcmd_desktop.services.records import RecordService


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


@pytest.fixture
def service(ws):
    return RecordService(ws, today=TODAY)


@pytest.fixture
def inspections(service):
    est = service.create("establishment", plain(f.establishment(name="Nhà nghỉ Thử")))["id"]
    return [
        service.create("inspection", plain(f.inspection(est, date=d, fine_vnd=fine,
                                                        decision_no=no)))["id"]
        for d, fine, no in (("2018-03-10", 1500000, "=1+1"), ("2018-05-02", 0, None),
                            ("2018-04-20", 250000, "7/QĐ"))
    ]  # fmt: skip


def cols(kind: str, *keys: str):
    spec = LIST_SPECS[kind]
    return tuple(spec.column(k) for k in keys)


def sheet_rows(path):
    sheet = load_workbook(path).active
    return sheet, [list(r) for r in sheet.iter_rows()]


def export_entries(ws) -> list[str]:
    return [r[0] for r in ws.db.execute(
        "SELECT detail FROM audit_log WHERE action = 'export_personal'")]  # fmt: skip


def test_three_inspections_typed_and_in_list_order(ws, inspections, tmp_path):
    lst = RecordList.open(ws, "inspection")
    columns = cols("inspection", "date", "establishment", "team_level", "fine_vnd",
                   "suspended", "decision_no", "unit", "agencies")  # fmt: skip
    path = tmp_path / "kiem-tra.xlsx"
    assert export_list(lst, columns, path) == 3
    sheet, rows = sheet_rows(path)
    assert sheet.title == "Kiểm tra cơ sở" and sheet.freeze_panes == "A2"
    header = [c.value for c in rows[0]]
    assert header == ["Ngày kiểm tra", "Cơ sở", "Cấp đội kiểm tra", "Tiền phạt (đồng)",
                      "Đình chỉ hoạt động", "Số quyết định xử phạt", "Đơn vị",
                      "Cơ quan tham gia"]  # fmt: skip
    assert all(c.font.b for c in rows[0])
    # The list's order: newest first.
    assert [r[0].value for r in rows[1:]] == [datetime(2018, 5, 2), datetime(2018, 4, 20),
                                              datetime(2018, 3, 10)]  # fmt: skip
    first, _, last = rows[1:]
    assert first[0].number_format == "dd/mm/yyyy" and first[0].is_date
    assert (last[3].value, last[3].data_type, last[3].number_format) == (1500000, "n", "#,##0")
    assert first[3].value == 0 and isinstance(first[3].value, int)
    assert [c.value for c in last[1:3]] == ["Nhà nghỉ Thử", "Đội 178 xã, phường"]
    assert last[4].value == "Không" and last[6].value == "Phường Chương Dương"
    assert last[7].value == "Công an phường; Văn hóa - Thông tin"
    assert (last[5].value, last[5].data_type) == ("=1+1", "s")  # text, never a formula
    assert first[5].value is None
    assert sheet.column_dimensions["A"].width == columns[0].width + 2
    assert export_entries(ws) == []  # nothing personal


def test_filtered_view_and_windows(ws, inspections, tmp_path, monkeypatch):
    monkeypatch.setattr(list_export, "WINDOW", 2)
    lst = RecordList.open(ws, "inspection", ListFilter(date_to="2018-04-30"), sort="fine_vnd",
                          descending=False)  # fmt: skip
    path = tmp_path / "loc.xlsx"
    assert export_list(lst, cols("inspection", "fine_vnd", "date"), path) == 2
    _, rows = sheet_rows(path)
    assert [r[0].value for r in rows[1:]] == [250000, 1500000]


def test_plan_targets_and_years(ws, service, tmp_path):
    service.create("plan_target", plain(f.plan_target(target=12.5)))
    service.create("plan_target", plain(f.plan_target(indicator="case.detected", target=150)))
    lst = RecordList.open(ws, "plan_target")
    path = tmp_path / "ke-hoach.xlsx"
    export_list(lst, lst.columns, path)
    _, rows = sheet_rows(path)
    values = {r[1].value: r for r in rows[1:]}
    assert set(values) == {"case.detected", "propaganda.sessions"}
    year = values["case.detected"][0]
    assert (year.value, year.number_format) == (2018, "0")
    assert values["case.detected"][2].value == 150
    half = values["propaganda.sessions"][2]
    assert (half.value, half.number_format) == (12.5, "#,##0.00")


def test_personal_columns_are_audited(ws, service, tmp_path):
    service.create("person", plain(f.person(full_name="Lê Thị Thử")))
    lst = RecordList.open(ws, "person")
    path = tmp_path / "ho-so.xlsx"
    assert export_list(lst, cols("person", "code", "full_name", "birth_year"), path) == 1
    _, rows = sheet_rows(path)
    assert [c.value for c in rows[1]] == ["HK-2018-0001", "Lê Thị Thử", 1990]
    [detail] = export_entries(ws)
    assert '"columns": ["full_name"]' in detail and '"rows": 1' in detail
    # Without the personal column nothing more is logged.
    export_list(lst, cols("person", "code"), tmp_path / "ma.xlsx")
    assert len(export_entries(ws)) == 1


def test_a_viewer_cannot_export_names_and_a_failure_leaves_no_file(ws, service, tmp_path):
    service.create("person", plain(f.person()))
    auth.add_user(ws, "nguoi-xem", "viewer", PASSWORD)
    auth.login(ws, "nguoi-xem", PASSWORD)
    lst = RecordList.open(ws, "person")
    assert "full_name" not in {c.key for c in lst.columns}
    path = tmp_path / "ho-so.xlsx"
    with pytest.raises(PermissionDenied):
        export_list(lst, cols("person", "code", "full_name"), path)
    with pytest.raises(ServiceError):
        export_list(lst, (), path)
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob(".*partial")) == []
    assert export_list(lst, lst.columns, path) == 1
