"""The report as an XLSX with the content of the PDF form: the header blocks, title and
dates covered, the indicator table (same columns and grouping; numbers stored as numbers),
the narrative sections, recipients and signature on the sheet "Báo cáo", and the child
units' annex on the sheet "Phụ lục". A4 portrait, fit to the page width, the decree's
margins, the table's header row repeated on every printed page, Times New Roman 13 (the
font officers' PCs have; Liberation Serif, used in the PDF, is its metric twin)."""

from __future__ import annotations

import math
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.model import Number, Report

__all__ = ["ANNEX_SHEET", "MAIN_SHEET", "write_xlsx"]

MAIN_SHEET = "Báo cáo"
ANNEX_SHEET = "Phụ lục"
FONT = "Times New Roman"
BODY = 13
TABLE = 11
# '#,##0' prints the thousands separator of the reader's locale: "1.500.000" on a
# Vietnamese Windows, "1,500,000" on an English one. The value stays a number either way.
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.##"
PCT_FORMAT = "0.0"  # the cell holds the achieved % itself (85.5), not a fraction
# Decree 30/2020 margins (top/bottom 20 mm, left 30 mm, right 15 mm) in inches.
MARGINS = PageMargins(
    left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4, header=0.3, footer=0.3
)
# Column widths (characters) of the main sheet: the indicator table's seven columns.
# At 100 % they fill A4's printable width (165 mm), so fitting the width scales little.
MAIN_WIDTHS = (5, 36, 9, 9, 9, 9, 8)
ANNEX_WIDTHS = (6, 28, 12, 12, 12, 15, 12, 13)
_LEFT_HALF = 2  # the left header block spans columns A..B, the right one C..G

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center")
_JUSTIFY = Alignment(horizontal="justify", vertical="top", wrap_text=True, indent=0)


def _font(size: float = BODY, **kw) -> Font:
    return Font(name=FONT, size=size, **kw)


def _put(
    ws: Worksheet, row: int, col: int, value: object, *, to_col: int | None = None,
    font: Font | None = None, align: Alignment = _CENTER,
) -> None:  # fmt: skip
    """Write one cell (merged over col..to_col when given) with its font and alignment."""
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = font or _font()
    cell.alignment = align
    if to_col is not None and to_col > col:
        ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=to_col)


def _number(ws: Worksheet, row: int, col: int, value: Number | None, size: float) -> None:
    cell = ws.cell(row=row, column=col, value=value)
    cell.font = _font(size)
    cell.alignment = _RIGHT
    cell.border = _BOX
    if isinstance(value, float) and not value.is_integer():
        cell.number_format = DECIMAL_FORMAT
    else:
        cell.number_format = INTEGER_FORMAT


def _print_setup(ws: Worksheet, title_row: int | None) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = MARGINS
    ws.print_options.horizontalCentered = True
    if title_row is not None:
        ws.print_title_rows = f"{title_row}:{title_row}"
    # Page numbers from page 2, top centre (Decree 30).
    ws.HeaderFooter.differentFirst = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{FONT},Regular"
    ws.oddHeader.center.size = BODY


def _widths(ws: Worksheet, widths: tuple[int, ...]) -> None:
    for i, w in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = w


def _text_height(text: str, width_chars: float, size: float = BODY) -> float:
    """The row height (points) a merged, wrapped cell needs: Excel does not fit merged
    rows by itself. A rough count of the lines at the column width."""
    per_line = max(10, int(width_chars * 11 / size * 1.1))
    lines = sum(max(1, math.ceil(len(p) / per_line)) for p in text.split("\n"))
    return lines * size * 1.35 + 4


def _header(ws: Worksheet, report: Report) -> int:
    """The header blocks side by side, the title and the dates; the next free row."""
    sig = report.signature
    last = len(MAIN_WIDTHS)
    left = _LEFT_HALF
    _put(ws, 1, 1, sig.parent_body.strip().upper() or None, to_col=left, font=_font(12))
    _put(ws, 1, left + 1, ft.NATION, to_col=last, font=_font(12, bold=True))
    _put(ws, 2, 1, ft.issuer_of(report), to_col=left, font=_font(12, bold=True, underline="single"))
    _put(ws, 2, left + 1, ft.MOTTO, to_col=last, font=_font(bold=True, underline="single"))
    _put(ws, 4, 1, ft.number_line(sig), to_col=left)
    _put(ws, 4, left + 1, ft.place_date_line(sig.place, report.issued_on), to_col=last,
         font=_font(italic=True))  # fmt: skip
    ws.row_dimensions[2].height = 34 if len(ft.issuer_of(report)) > 26 else 18
    _put(ws, 6, 1, ft.DOC_TYPE, to_col=last, font=_font(14, bold=True))
    _put(ws, 7, 1, ft.title_line(report), to_col=last, font=_font(14, bold=True))
    _put(ws, 8, 1, ft.dates_line(report), to_col=last, font=_font(italic=True))
    return 10


def _indicator_table(ws: Worksheet, report: Report, top: int) -> int:
    """The table's header row at `top`, then its rows; the next free row."""
    for c, h in enumerate(ft.TABLE_HEADERS, start=1):
        _put(ws, top, c, h, font=_font(TABLE, bold=True))
        ws.cell(row=top, column=c).border = _BOX
        ws.cell(row=top, column=c).fill = _HEAD_FILL
    ws.row_dimensions[top].height = 32
    r = top + 1
    for row in ft.table_rows(report):
        if row.is_group:
            _put(ws, r, 1, row.number, font=_font(TABLE, bold=True))
            _put(ws, r, 2, row.label, to_col=len(MAIN_WIDTHS), font=_font(TABLE, bold=True),
                 align=_LEFT)  # fmt: skip
            for c in range(1, len(MAIN_WIDTHS) + 1):
                ws.cell(row=r, column=c).border = _BOX
        else:
            _put(ws, r, 1, int(row.number), font=_font(TABLE))
            _put(ws, r, 2, row.label, font=_font(TABLE), align=_LEFT)
            _put(ws, r, 3, row.unit, font=_font(TABLE))
            # Rows are not fitted to wrapped text on opening by every program: sized here.
            ws.row_dimensions[r].height = _text_height(f"{row.label}", MAIN_WIDTHS[1], TABLE)
            for c in (1, 2, 3):
                ws.cell(row=r, column=c).border = _BOX
            _number(ws, r, 4, row.value, TABLE)
            _number(ws, r, 5, row.ytd, TABLE)
            _number(ws, r, 6, row.target, TABLE)
            pct = ws.cell(row=r, column=7, value=row.pct)
            pct.font, pct.alignment, pct.border = _font(TABLE), _RIGHT, _BOX
            pct.number_format = PCT_FORMAT
        r += 1
    return r + 1


def _narrative(ws: Worksheet, report: Report, top: int) -> int:
    last = len(MAIN_WIDTHS)
    width = sum(MAIN_WIDTHS)
    r = top
    for heading, paragraphs in ft.narrative_items(report):
        _put(ws, r, 1, heading, to_col=last, font=_font(bold=True), align=_LEFT)
        r += 1
        text = "\n".join(paragraphs) if paragraphs else "." * 150
        _put(ws, r, 1, text, to_col=last, align=_JUSTIFY if paragraphs else _TOP_LEFT)
        ws.row_dimensions[r].height = _text_height(text, width)
        r += 2
    return r


def _closing(ws: Worksheet, report: Report, top: int) -> int:
    sig = report.signature
    last = len(MAIN_WIDTHS)
    left = _LEFT_HALF
    _put(ws, top, 1, ft.RECIPIENTS_HEADING, to_col=left, font=_font(12, bold=True, italic=True),
         align=_LEFT)  # fmt: skip
    for i, line in enumerate(ft.recipient_lines(sig), start=1):
        _put(ws, top + i, 1, line, to_col=left, font=_font(11), align=_LEFT)
    titles = ft.signer_titles(sig)
    for i, title in enumerate(titles):
        _put(ws, top + i, left + 1, title, to_col=last, font=_font(bold=True))
    name_row = top + max(len(titles), len(ft.recipient_lines(sig)) + 1) + 4
    _put(ws, name_row, left + 1, sig.signer.strip() or None, to_col=last, font=_font(bold=True))
    return name_row + 1


def _annex(wb: Workbook, report: Report) -> None:
    rows = ft.annex_rows(report)
    if not rows:
        return
    ws = wb.create_sheet(ANNEX_SHEET)
    _widths(ws, ANNEX_WIDTHS)
    last = len(ANNEX_WIDTHS)
    _put(ws, 1, 1, ft.ANNEX_TITLE, to_col=last, font=_font(bold=True))
    _put(ws, 2, 1, f"{ft.title_line(report)} - {report.unit_name}", to_col=last)
    _put(ws, 3, 1, ft.ANNEX_NOTE, to_col=last, font=_font(italic=True))
    head = 5
    for c, h in enumerate(ft.ANNEX_HEADERS, start=1):
        _put(ws, head, c, h, font=_font(TABLE, bold=True))
        ws.cell(row=head, column=c).border = _BOX
        ws.cell(row=head, column=c).fill = _HEAD_FILL
    ws.row_dimensions[head].height = 48
    for n, (name, values) in enumerate(rows, start=1):
        r = head + n
        _put(ws, r, 1, n, font=_font(TABLE))
        _put(ws, r, 2, name, font=_font(TABLE), align=_LEFT)
        ws.cell(row=r, column=1).border = ws.cell(row=r, column=2).border = _BOX
        for c, v in enumerate(values, start=3):
            _number(ws, r, c, v, TABLE)
    _print_setup(ws, head)


def write_xlsx(report: Report, path: Path) -> Path:
    """Write `report` as an XLSX workbook at `path` (whole or not at all); return `path`."""
    path = Path(path)
    wb = Workbook()
    ws = wb.active
    ws.title = MAIN_SHEET
    _widths(ws, MAIN_WIDTHS)
    table_top = _header(ws, report)
    r = _indicator_table(ws, report, table_top)
    r = _narrative(ws, report, r)
    _closing(ws, report, r)
    _print_setup(ws, table_top)
    ws.sheet_view.showGridLines = False
    _annex(wb, report)
    wb.properties.title = ft.document_title(report)
    wb.properties.creator = ft.issuer_of(report)
    wb.properties.subject = ft.title_line(report)
    wb.properties.language = "vi-VN"
    with ft.atomic_target(path) as tmp:
        wb.save(tmp)
    return path
