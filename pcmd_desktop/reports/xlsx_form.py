"""The report as an XLSX with the content of the PDF form: the header blocks, title and
dates covered, the indicator table (same columns and grouping; numbers stored as numbers),
the narrative sections, recipients and signature on the sheet "Báo cáo", and the child
units' annex, headed as the decree heads a phụ lục, on the sheet "Phụ lục".

Times New Roman (the font officers' PCs have; Liberation Serif, used in the PDF, is its
metric twin), also the workbook's default font, which column widths are counted in. A4
portrait, the decree's margins, the table's header row repeated on every printed page.
Each column is as wide as the widest text it holds (a city's fines, 40.121.500.000, as the
cell's number format prints it) and the label column takes the rest of A4's printable
width, so the sheets print at 100 %; fit to one page wide is set only as a safety net."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.indexed_list import IndexedList
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.worksheet import Worksheet

from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports import xlsx_fit as fit
from pcmd_desktop.reports.annex_heading import annex_heading, two_lines
from pcmd_desktop.reports.breakdown_form import annex_count, annex_references, children_annex_number
from pcmd_desktop.reports.metrics import fit_columns
from pcmd_desktop.reports.model import Number, Report
from pcmd_desktop.reports.xlsx_pages import break_pages

__all__ = ["ANNEX_SHEET", "MAIN_SHEET", "write_xlsx"]

MAIN_SHEET = "Báo cáo"
ANNEX_SHEET = "Phụ lục"
FONT = "Times New Roman"
BODY = 13
HEADER = 12
TABLE = 11
# '#,##0' prints the thousands separator of the reader's locale: "1.500.000" on a
# Vietnamese Windows, "1,500,000" on an English one. The value stays a number either way.
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.0#"
PCT_FORMAT = '#,##0.0" %"'  # the cell holds the achieved % itself (85.5), not a fraction
# Decree 30/2020 margins (top/bottom 20 mm, left 30 mm, right 15 mm) in inches.
MARGINS = PageMargins(
    left=30 / 25.4, right=15 / 25.4, top=20 / 25.4, bottom=20 / 25.4, header=0.3, footer=0.3
)
LEFT_BLOCK = 2  # the left header block and "Nơi nhận:" span columns A..B, the right C..G
LABEL_MIN_PX = 150  # the indicator labels' least width (about 40 mm: two or three lines)
SIGN_SPACE = 80  # pt, the room for the signature and the seal (28 mm)

_THIN = Side(style="thin", color="000000")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_HEAD_FILL = PatternFill("solid", fgColor="EEEEEE")
_CENTER = Alignment(horizontal="center", vertical="center", wrap_text=True)
_LEFT = Alignment(horizontal="left", vertical="center", wrap_text=True)
_TOP_LEFT = Alignment(horizontal="left", vertical="top", wrap_text=True)
_BOTTOM = Alignment(horizontal="center", vertical="bottom", wrap_text=True)
_TOP = Alignment(horizontal="center", vertical="top", wrap_text=True)
_RIGHT = Alignment(horizontal="right", vertical="center")
_RIGHT_WRAP = Alignment(horizontal="right", vertical="center", wrap_text=True)
_JUSTIFY = Alignment(horizontal="justify", vertical="top", wrap_text=True)


def _font(size: float = BODY, **kw) -> Font:
    return Font(name=FONT, size=size, **kw)


class _Sheet:
    """A worksheet with its column widths (px), writing cells and sizing rows to them."""

    def __init__(self, ws: Worksheet, widths_px: list[float]):
        self.ws = ws
        self.px = widths_px
        self.keep: list[tuple[int, int]] = []  # ranges of rows printed on one page
        self.last = len(widths_px)
        for i, w in enumerate(widths_px, start=1):
            ws.column_dimensions[get_column_letter(i)].width = fit.chars_for_px(w)

    def span_px(self, col: int, to_col: int | None) -> float:
        return sum(self.px[col - 1 : (to_col or col)])

    def put(
        self, row: int, col: int, value: object, *, to_col: int | None = None,
        font: Font | None = None, align: Alignment = _CENTER, box: bool = False,
    ) -> None:  # fmt: skip
        """Write one cell (merged over col..to_col when given) and make its row tall
        enough for its text wrapped at the cell's width."""
        cell = self.ws.cell(row=row, column=col, value=value)
        cell.font = font = font or _font()
        cell.alignment = align
        if box:
            for c in range(col, (to_col or col) + 1):
                self.ws.cell(row=row, column=c).border = _BOX
        if to_col is not None and to_col > col:
            self.ws.merge_cells(start_row=row, start_column=col, end_row=row, end_column=to_col)
        if isinstance(value, str) and value and align.wrap_text:
            lines = fit.line_count(value, self.span_px(col, to_col), font.sz, bold=font.b,
                                   italic=font.i)  # fmt: skip
            self.fit_row(row, fit.row_height(lines, font.sz))

    def fit_row(self, row: int, height: float) -> None:
        dim = self.ws.row_dimensions[row]
        dim.height = max(dim.height or 0, height)

    def number(self, row: int, col: int, value: Number | None, fmt: str | None = None) -> None:
        cell = self.ws.cell(row=row, column=col, value=value)
        cell.font = _font(TABLE)
        cell.alignment = _RIGHT
        cell.border = _BOX
        cell.number_format = fmt or _number_format(value)
        self.fit_row(row, fit.row_height(1, TABLE))


def _number_format(value: Number | None) -> str:
    if isinstance(value, float) and not value.is_integer():
        return DECIMAL_FORMAT
    return INTEGER_FORMAT


def _main_columns(report: Report) -> list[float]:
    """The widths (px) of the seven columns for this report's texts and figures."""
    rows = [r for r in ft.table_rows(report) if not r.is_group]
    heads = ft.TABLE_HEADERS
    groups = [r.number for r in ft.table_rows(report) if r.is_group]

    def widest(texts: list[str]) -> float:
        return max((fit.needed_px(t, TABLE) for t in texts), default=0.0)

    def widest_word(texts: list[str], bold: bool = False) -> float:
        return max((fit.word_px(t, TABLE, bold=bold) for t in texts), default=0.0)

    figures = [[ft.format_number(getattr(r, a)) for r in rows] for a in ("value", "ytd", "target")]
    goals = [r.achieved for r in rows if r.pct is not None]
    needed = [
        max(widest_word([*groups, heads[0]], bold=True), widest([r.number for r in rows])),
        0.0,
        max(widest_word([r.unit for r in rows]), widest_word([heads[2]], bold=True)),
        *(max(widest(f), widest_word([h], bold=True))
          for f, h in zip(figures, heads[3:6], strict=True)),
        max(widest(goals), widest_word([r.achieved for r in rows]),
            widest_word([heads[6]], bold=True)),
    ]  # fmt: skip
    preferred = [36, 0, 56, 64, 64, 60, 60]
    px = fit_columns(needed, preferred, 1, LABEL_MIN_PX, fit.SHEET_BUDGET_PX)
    # The right header block (C..G) as wide as its lines need: the figure columns take
    # the difference from the labels, as long as the labels keep their least width.
    short = min(_right_block(report) - sum(px[LEFT_BLOCK:]), px[1] - LABEL_MIN_PX)
    if short > 0:
        px[1] -= short
        for i in range(3, 6):
            px[i] += short / 3
    return px


def _right_block(report: Report) -> float:
    """The width (px) the right header block needs so that the national title, the
    motto and the place-and-date line never wrap."""
    place_date = ft.place_date_line(report.signature.place, report.issued_on)
    return max(fit.needed_px(ft.NATION, HEADER, bold=True),
               fit.needed_px(ft.MOTTO, BODY, bold=True),
               fit.needed_px(place_date, BODY, italic=True))  # fmt: skip


_UNIT_TYPES = ("PHƯỜNG", "XÃ", "THỊ", "QUẬN", "HUYỆN", "THÀNH", "TỈNH")


def _balanced(text: str, width_px: float, size: float, bold: bool = False) -> str:
    """`text` as is when it fits one line, else in two lines: broken before the unit's
    kind ('UBND' / 'THÀNH PHỐ HÀ NỘI') when both fit, or else as evenly as can be; as
    is (wrapped by the program) when no two lines fit."""
    if not text or fit.needed_px(text, size, bold=bold) <= width_px:
        return text
    words = text.split()

    def longer(i: int) -> float:
        return max(fit.needed_px(" ".join(words[:i]), size, bold=bold),
                   fit.needed_px(" ".join(words[i:]), size, bold=bold))  # fmt: skip

    kind = next((i for i, w in enumerate(words) if i and w in _UNIT_TYPES), None)
    fitting = [i for i in range(1, len(words)) if longer(i) <= width_px]
    if not fitting:
        return text
    i = kind if kind in fitting else min(fitting, key=longer)
    return f"{' '.join(words[:i])}\n{' '.join(words[i:])}"


def _header(sheet: _Sheet, report: Report) -> int:
    """The header blocks side by side (the left one over the STT and label columns),
    the title and the dates; the next free row."""
    sig = report.signature
    last = sheet.last
    left = LEFT_BLOCK
    room = sheet.span_px(1, left)
    place_date = ft.place_date_line(sig.place, report.issued_on)
    parent = _balanced(sig.parent_body.strip().upper(), room, HEADER)
    # Row 1 sits on row 2: the parent body over the issuer, the title over the motto.
    sheet.put(1, 1, parent or None, to_col=left, font=_font(HEADER), align=_BOTTOM)
    sheet.put(1, left + 1, ft.NATION, to_col=last, font=_font(HEADER, bold=True), align=_BOTTOM)
    sheet.put(2, 1, _balanced(ft.issuer_of(report), room, HEADER, bold=True), to_col=left,
              font=_font(HEADER, bold=True, underline="single"), align=_TOP)  # fmt: skip
    sheet.put(2, left + 1, ft.MOTTO, to_col=last, font=_font(bold=True, underline="single"),
              align=_TOP)  # fmt: skip
    sheet.put(4, 1, ft.number_line(sig), to_col=left)
    sheet.put(4, left + 1, place_date, to_col=last, font=_font(italic=True))
    sheet.put(6, 1, ft.DOC_TYPE, to_col=last, font=_font(14, bold=True))
    sheet.put(7, 1, ft.title_line(report), to_col=last, font=_font(14, bold=True))
    lines = ft.title_lines(report)
    for n, line in enumerate(lines):
        sheet.put(8 + n, 1, line, to_col=last, font=_font(italic=True))
    return 9 + len(lines)


def _indicator_table(sheet: _Sheet, report: Report, top: int) -> int:
    """The table's header row at `top`, then its rows; the next free row."""
    for c, h in enumerate(ft.TABLE_HEADERS, start=1):
        sheet.put(top, c, h, font=_font(TABLE, bold=True), box=True)
        sheet.ws.cell(row=top, column=c).fill = _HEAD_FILL
    r = top + 1
    for row in ft.table_rows(report):
        if row.is_group:
            sheet.keep.append((r, r + 1))  # a group's heading with its first row
            sheet.put(r, 1, row.number, font=_font(TABLE, bold=True), box=True)
            sheet.put(r, 2, row.label, to_col=sheet.last, font=_font(TABLE, bold=True),
                      align=_LEFT, box=True)  # fmt: skip
        else:
            sheet.put(r, 1, int(row.number), font=_font(TABLE), box=True)
            sheet.put(r, 2, row.label, font=_font(TABLE), align=_LEFT, box=True)
            sheet.put(r, 3, row.unit, font=_font(TABLE), box=True)
            sheet.number(r, 4, row.value)
            sheet.number(r, 5, row.ytd)
            sheet.number(r, 6, row.target)
            if row.pct is not None:  # a goal: the % as a number
                sheet.number(r, 7, row.pct, PCT_FORMAT)
            else:  # a ceiling's words ("Đạt"), or nothing without a target
                sheet.put(r, 7, row.achieved or None, font=_font(TABLE), align=_RIGHT_WRAP,
                          box=True)  # fmt: skip
        r += 1
    return r


def _narrative(sheet: _Sheet, report: Report, top: int) -> tuple[int, int]:
    """The sections from row `top`; the next free row and the last row of text."""
    width = sheet.span_px(1, sheet.last)
    dots = "." * int((width - 2 * fit.CELL_PAD_PX) / fit.text_px(".", BODY))  # a line to write on
    r = top
    for heading, paragraphs in ft.narrative_items(report):
        sheet.keep.append((r, r + 1))  # the heading with what follows it
        sheet.put(r, 1, heading, to_col=sheet.last, font=_font(bold=True), align=_LEFT)
        r += 1
        for text in paragraphs or [dots]:  # a row each: a row is at most 409 pt high
            sheet.put(r, 1, text, to_col=sheet.last, align=_JUSTIFY if paragraphs else _TOP_LEFT)
            r += 1
        r += 1
    return r, r - 2


def _closing(sheet: _Sheet, report: Report, top: int, left: int) -> int:
    sig = report.signature
    last = sheet.last
    sheet.put(top, 1, ft.RECIPIENTS_HEADING, to_col=left,
              font=_font(HEADER, bold=True, italic=True), align=_LEFT)  # fmt: skip
    recipients = ft.recipient_lines(sig)
    for i, line in enumerate(recipients, start=1):
        sheet.put(top + i, 1, line, to_col=left, font=_font(TABLE), align=_LEFT)
    titles = ft.signer_titles(sig)
    for i, title in enumerate(titles):
        sheet.put(top + i, left + 1, title, to_col=last, font=_font(bold=True))
    space = top + max(len(titles), len(recipients) + 1)
    sheet.fit_row(space, SIGN_SPACE)
    sheet.put(space + 1, left + 1, sig.signer.strip() or None, to_col=last, font=_font(bold=True))
    return space + 1


def _print_setup(ws: Worksheet, title_row: int, last_row: int, last_col: int) -> None:
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_PORTRAIT
    ws.page_setup.scale = 100
    # A safety net only: the columns already fit the page's width at 100 %.
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages as it takes
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = MARGINS
    ws.print_options.horizontalCentered = True
    ws.print_title_rows = f"{title_row}:{title_row}"
    ws.print_area = f"A1:{get_column_letter(last_col)}{last_row}"
    ws.sheet_view.showGridLines = False
    # Page numbers from page 2, top centre (Decree 30).
    ws.HeaderFooter.differentFirst = True
    ws.page_setup.firstPageNumber = 1  # each sheet on its own: the annex's pages too
    ws.page_setup.useFirstPageNumber = True
    ws.oddHeader.center.text = "&P"
    ws.oddHeader.center.font = f"{FONT},Regular"
    ws.oddHeader.center.size = BODY


def _annex_columns(report: Report) -> list[float]:
    rows = ft.annex_rows(report)
    heads = ft.ANNEX_HEADERS
    figures = [[ft.format_number(v[i]) for _, v in rows] for i in range(len(heads) - 2)]
    names = [name for name, _ in rows]
    needed = [
        max(fit.word_px(heads[0], TABLE, bold=True), fit.needed_px(str(len(rows)), TABLE)),
        max(fit.word_px(heads[1], TABLE, bold=True), *(fit.word_px(n, TABLE) for n in names)),
        *(max(fit.word_px(h, TABLE, bold=True), *(fit.needed_px(t, TABLE) for t in f))
          for f, h in zip(figures, heads[2:], strict=True)),
    ]  # fmt: skip
    widest_name = max(fit.needed_px(n, TABLE) for n in names)
    preferred = [36, 0, *([60] * (len(heads) - 2))]
    return fit_columns(needed, preferred, 1, min(widest_name, 200), fit.SHEET_BUDGET_PX)


def _annex(wb: Workbook, report: Report) -> None:
    rows = ft.annex_rows(report)
    if not rows:
        return
    sheet = _Sheet(wb.create_sheet(ANNEX_SHEET), _annex_columns(report))
    last = sheet.last
    word, name, with_report = annex_heading(report, children_annex_number(), annex_count(report))
    if fit.needed_px(with_report, 14, italic=True) > sheet.span_px(1, last):
        with_report = "\n".join(two_lines(with_report))
    sheet.put(1, 1, word, to_col=last, font=_font(14, bold=True))
    sheet.put(2, 1, name, to_col=last, font=_font(14, bold=True))
    sheet.put(3, 1, with_report, to_col=last, font=_font(14, italic=True))
    lines = ft.title_lines(report)
    for n, line in enumerate(lines):
        sheet.put(4 + n, 1, line, to_col=last, font=_font(italic=True))
    head = 5 + len(lines)
    for c, h in enumerate(ft.ANNEX_HEADERS, start=1):
        sheet.put(head, c, h, font=_font(TABLE, bold=True), box=True)
        sheet.ws.cell(row=head, column=c).fill = _HEAD_FILL
    for n, (unit, values) in enumerate(rows, start=1):
        r = head + n
        sheet.put(r, 1, n, font=_font(TABLE), box=True)
        sheet.put(r, 2, unit, font=_font(TABLE), align=_LEFT, box=True)
        for c, v in enumerate(values, start=3):
            sheet.number(r, c, v)
    _print_setup(sheet.ws, head, head + len(rows), last)


def write_xlsx(report: Report, path: Path) -> Path:
    """Write `report` as an XLSX workbook at `path` (whole or not at all); return `path`."""
    path = Path(path)
    wb = Workbook()
    # The default font, whose digit is the unit of column widths: Times New Roman 11.
    wb._fonts = IndexedList([Font(name=FONT, size=TABLE, family=1)])
    ws = wb.active
    ws.title = MAIN_SHEET
    sheet = _Sheet(ws, _main_columns(report))
    table_top = _header(sheet, report)
    r = _indicator_table(sheet, report, table_top)
    table_end = r - 1
    for text in annex_references(report):  # one sentence per annex
        sheet.put(r, 1, text, to_col=sheet.last, font=_font(TABLE, italic=True), align=_LEFT)
        r += 1
    r, last_text = _narrative(sheet, report, r + 1)
    last_row = _closing(sheet, report, r, LEFT_BLOCK)
    sheet.keep.append((last_text, last_row))  # the signature with the last lines before it
    _print_setup(ws, table_top, last_row, sheet.last)
    for row in range(1, last_row + 1):  # every row's height known: the pages can be counted
        sheet.fit_row(row, fit.row_height(1, TABLE))
    break_pages(ws, last_row, table_top, table_end, sheet.keep)
    _annex(wb, report)
    from pcmd_desktop.reports.xlsx_breakdown import write_breakdown_sheet  # it uses this module

    write_breakdown_sheet(wb, report)
    wb.properties.title = ft.document_title(report)
    wb.properties.creator = ft.issuer_of(report)
    wb.properties.subject = ft.title_line(report)
    wb.properties.language = "vi-VN"
    with ft.atomic_target(path) as tmp:
        wb.save(tmp)
    return path
