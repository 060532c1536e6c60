"""The report page's "Kèm phân tổ giới tính, độ tuổi" box: on by default, the preview
carries the breakdown annex (one landscape page more); unticked, the preview is made
again without it, and the Excel file has no breakdown sheet."""

from __future__ import annotations

from datetime import date

from openpyxl import load_workbook
from PySide6.QtWidgets import QCheckBox
from ui_support import open_window

from pcmd_desktop.reports.xlsx_breakdown import BREAKDOWN_SHEET
from pcmd_desktop.services.records import RecordService


def test_the_breakdown_box_adds_or_removes_the_annex(qtbot, workspace, tmp_path):
    s = RecordService(workspace, date(2018, 12, 31))
    person = {"code": "CD-2018-0001", "opened_on": "2018-01-03", "full_name": "Người Thử",
              "sex": "female", "birth_year": 1996}  # fmt: skip
    pid = s.create("person", person)["id"]
    s.create("service", {"date": "2018-01-04", "person_id": pid, "type": "counselling"})
    window = open_window(qtbot, workspace)
    page = window.page("reports")
    window.show_page(window.pages.index(page))
    assert page.show_period("2018")
    box = page.findChild(QCheckBox, "field.report.breakdown")
    assert box is page.breakdown_box and box.isChecked() and box.accessibleName()
    assert box.text() == "Kèm phân tổ giới tính, độ tuổi"

    page.preview_button.click()
    qtbot.waitUntil(lambda: not page.preview.is_busy(), timeout=20_000)
    with_annex = page.preview.document.pageCount()
    cells = page.preview.report.breakdown["support.counselling"]
    assert cells["sex"]["female"][1] == 1 and cells["age"]["18_24"][1] == 1  # 2018 - 1996

    box.click()  # unticked: the preview is made again, without the annex
    qtbot.waitUntil(lambda: not page.preview.is_busy() and page.preview.report is not None
                    and page.preview.report.breakdown == {}, timeout=20_000)  # fmt: skip
    qtbot.waitUntil(lambda: page.preview.document.pageCount() == with_annex - 1, timeout=20_000)
    path = page.save_xlsx(tmp_path / "bc.xlsx")
    assert BREAKDOWN_SHEET not in load_workbook(path).sheetnames
    box.click()
    path = page.save_xlsx(tmp_path / "bc2.xlsx")
    assert BREAKDOWN_SHEET in load_workbook(path).sheetnames
