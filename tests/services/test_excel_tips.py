"""Tips from Excel: the establishment a tip names typed by its name; the informant never
in a sheet (no column in the template, a sheet with one refused, a tip updated from a sheet
keeps the informant stored). Synthetic data."""

from __future__ import annotations

from datetime import date

import factories as f
import pytest
from conftest import PASSWORD
from openpyxl import load_workbook
from test_excel_io import fill, preview_of

from pcmd_desktop.services import auth
from pcmd_desktop.services.excel_io import ExcelImportRefused, import_preview, write_template
from pcmd_desktop.services.records import RecordService

INFORMANT = "Người Báo Tin Thử Nghiệm"


def plain(rec: dict) -> dict:
    return {k: v for k, v in rec.items() if k != "record"}


def _tip_rows(**kw) -> list[dict]:
    base = {"received_on": date(2018, 4, 2), "channel": "Hộp thư tố giác",
            "content": "Có người môi giới trước cửa", "status": "Đang xác minh"}  # fmt: skip
    return [{**base, **kw}]


def test_the_template_has_no_informant_and_a_tip_names_its_establishment(ws, tmp_path):
    path = write_template("tip", tmp_path / "tin-bao.xlsx")
    heads = [c.value for c in load_workbook(path).worksheets[0][1]]
    assert "Nội dung tin báo *" in heads and "Cơ sở được báo" in heads
    assert not [h for h in heads if "cung cấp tin" in str(h)]
    est = RecordService(ws).create("establishment", plain(f.establishment(name="Nhà nghỉ Thử")))
    preview = preview_of(ws, fill(path, _tip_rows(establishment_id="nha nghi thu")), "tip")
    assert preview.ok, preview.problems
    assert import_preview(ws, preview).created == {"tip": 1}
    (tip_id,) = [r[0] for r in ws.db.execute("SELECT id FROM tips")]
    tip = RecordService(ws).get("tip", tip_id)
    assert tip["establishment_id"] == est["id"] and tip["status"] == "verifying"


def test_a_sheet_with_an_informant_column_is_refused_and_saves_nothing(ws, tmp_path):
    path = write_template("tip", tmp_path / "tin-bao.xlsx")
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    col = sheet.max_column + 1
    sheet.cell(1, col, "Người cung cấp tin")
    sheet.cell(2, col, "informant_name")
    wb.save(path)
    fill(path, _tip_rows(informant_name=INFORMANT))
    preview = preview_of(ws, path, "tip")
    assert [(p.row, p.column) for p in preview.problems] == [(1, "Người cung cấp tin")]
    assert preview.problems[0].message.startswith("Người cung cấp tin không nhập từ Excel")
    with pytest.raises(ExcelImportRefused):
        import_preview(ws, preview)
    assert ws.db.execute("SELECT COUNT(*) FROM tips").fetchone()[0] == 0


@pytest.mark.parametrize("role", ["admin", "officer"])
def test_a_tip_updated_from_a_sheet_keeps_its_informant(ws, tmp_path, role):
    tip = RecordService(ws).create("tip", plain(f.tip(informant_name=INFORMANT)))
    if role == "officer":
        auth.add_user(ws, "can-bo-excel", "officer", PASSWORD)
        auth.login(ws, "can-bo-excel", PASSWORD)
    path = fill(write_template("tip", tmp_path / "tin-bao.xlsx"), _tip_rows(
        id=tip["id"], received_on=date(2018, 2, 1), status="Đã xử lý xong",
        handled_on=date(2018, 2, 20), outcome="Đã lập biên bản"))  # fmt: skip
    preview = preview_of(ws, path, "tip")
    assert preview.ok, preview.problems
    assert import_preview(ws, preview).updated == {"tip": 1}
    auth.login(ws, "quan-tri", PASSWORD)  # the admin reads the informant back
    stored = RecordService(ws).get("tip", tip["id"])
    assert stored["outcome"] == "Đã lập biên bản" and stored["handled_on"] == "2018-02-20"
    assert stored["informant_name"] == INFORMANT
