"""The XLSX sheet of the breakdown by sex and age band (reports/breakdown_form.py), the
PDF annex's content: "Phân tổ giới tính, độ tuổi", A4 landscape within the decree's
margins, headed as the decree heads a phụ lục, the period's table on the first page and
the year to date's on the second, each with its two-row column heading, numbers stored
as numbers, columns as wide as their widest text and
the label column the rest of the landscape page's printable width (printed at 100 %)."""

from __future__ import annotations

import math

from openpyxl import Workbook
from openpyxl.worksheet.pagebreak import Break, RowBreak

from pcmd_desktop.reports import breakdown_form as bf
from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports import xlsx_fit as fit
from pcmd_desktop.reports.metrics import fit_columns
from pcmd_desktop.reports.model import Report
from pcmd_desktop.reports.xlsx_form import (
    _CENTER,
    _HEAD_FILL,
    _LEFT,
    TABLE,
    _font,
    _print_setup,
    _Sheet,
)

__all__ = ["BREAKDOWN_SHEET", "write_breakdown_sheet"]

BREAKDOWN_SHEET = "Phân tổ giới tính, độ tuổi"
# A4 landscape less the decree's left and right margins, at LibreOffice's wider digit.
_PRINTABLE_PX = (297 - 30 - 15) / 25.4 * 96
BUDGET_PX = math.floor(_PRINTABLE_PX * fit.DIGIT_PX / fit.DIGIT_PX_UNROUNDED) - 1
LABEL_MIN_PX = 200


def _columns(tables: list[tuple[str, list[bf.BreakdownRow]]]) -> list[float]:
    rows = [r for _, rs in tables for r in rs]
    heads = [*bf.FIXED_HEADERS, *bf.cell_headers()]
    numbers = [[ft.format_number(r.total) for r in rows]] + [
        [ft.format_number(r.cells[i]) for r in rows] for i in range(len(heads) - 4)
    ]
    needed = [
        fit.word_px(heads[0], TABLE, bold=True),
        0.0,
        max(fit.word_px(heads[2], TABLE, bold=True), *(fit.word_px(r.unit, TABLE) for r in rows)),
        *(max(fit.word_px(h, TABLE, bold=True), *(fit.needed_px(t, TABLE) for t in f))
          for f, h in zip(numbers, heads[3:], strict=True)),
    ]  # fmt: skip
    preferred = [36, 0, 50, 56, *([50] * (len(heads) - 4))]
    return fit_columns(needed, preferred, 1, LABEL_MIN_PX, BUDGET_PX)


def _heading_rows(sheet: _Sheet, top: int) -> None:
    fixed = bf.FIXED_HEADERS
    bold = _font(TABLE, bold=True)
    for c, h in enumerate(fixed, start=1):
        sheet.put(top, c, h, font=bold, box=True)
        sheet.put(top + 1, c, None, font=bold, box=True)
        sheet.ws.merge_cells(start_row=top, start_column=c, end_row=top + 1, end_column=c)
    col = len(fixed) + 1
    for name, span in bf.group_headers():
        sheet.put(top, col, name, to_col=col + span - 1, font=bold, box=True)
        col += span
    for c, h in enumerate(bf.cell_headers(), start=len(fixed) + 1):
        sheet.put(top + 1, c, h, font=bold, box=True)
    for r in (top, top + 1):
        for c in range(1, sheet.last + 1):
            sheet.ws.cell(row=r, column=c).fill = _HEAD_FILL


def write_breakdown_sheet(wb: Workbook, report: Report) -> None:
    """Add the breakdown's sheet to `wb`; nothing without a breakdown."""
    if not bf.has_breakdown(report):
        return
    tables = bf.breakdown_tables(report)
    sheet = _Sheet(wb.create_sheet(BREAKDOWN_SHEET), _columns(tables))
    last = sheet.last
    word, name, with_report = bf.breakdown_heading(report)
    sheet.put(1, 1, word, to_col=last, font=_font(14, bold=True))
    sheet.put(2, 1, name, to_col=last, font=_font(14, bold=True))
    sheet.put(3, 1, with_report, to_col=last, font=_font(14, italic=True))
    r = 4
    for line in ft.title_lines(report):
        sheet.put(r, 1, line, to_col=last, font=_font(italic=True))
        r += 1
    first_head = None
    breaks = RowBreak()
    for n, (title, rows) in enumerate(tables):
        r += 1
        if n:  # the year to date on a page of its own: both do not fit one at 100 %
            breaks.append(Break(id=r - 1))
        sheet.put(r, 1, title, to_col=last, font=_font(TABLE, bold=True), align=_LEFT)
        r += 1
        first_head = first_head or r
        _heading_rows(sheet, r)
        r += 2
        for row in rows:
            sheet.put(r, 1, int(row.number), font=_font(TABLE), box=True)
            sheet.put(r, 2, row.label, font=_font(TABLE), align=_LEFT, box=True)
            sheet.put(r, 3, row.unit, font=_font(TABLE), align=_CENTER, box=True)
            sheet.number(r, 4, row.total)
            for c, v in enumerate(row.cells, start=5):
                sheet.number(r, c, v)
            r += 1
    sheet.put(r + 1, 1, bf.breakdown_note(report), to_col=last, font=_font(10, italic=True),
              align=_LEFT)  # fmt: skip
    for row in range(1, r + 2):
        sheet.fit_row(row, fit.row_height(1, TABLE))
    _print_setup(sheet.ws, first_head or 1, r + 1, last)
    # Each table has its own heading: none repeats (openpyxl's setter ignores None).
    sheet.ws._print_rows = None
    sheet.ws.page_setup.orientation = sheet.ws.ORIENTATION_LANDSCAPE
    sheet.ws.row_breaks = breaks
