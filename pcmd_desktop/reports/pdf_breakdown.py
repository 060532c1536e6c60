"""The PDF annex of the breakdown by sex and age band (reports/breakdown_form.py): on A4
landscape pages of its own after the signature (fourteen columns do not fit a portrait
page's 165 mm: landscape gives 252 mm within the same margins), headed as the decree
heads a phụ lục and numbered on its own from its second page, top centre."""

from __future__ import annotations

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pcmd_desktop.reports import breakdown_form as bf
from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.metrics import REGULAR, fit_columns, text_width
from pcmd_desktop.reports.model import Report
from pcmd_desktop.reports.pdf_styles import (
    ANNEX,
    BODY,
    GREY,
    MARGIN_BOTTOM,
    MARGIN_LEFT,
    MARGIN_RIGHT,
    MARGIN_TOP,
    PAD,
    S_ANNEX,
    S_ANNEX_HEAD,
    S_ANNEX_NAME,
    S_ANNEX_NOTE,
    S_ANNEX_WITH,
    S_ANNEX_WORD,
    S_GROUP,
    S_NOTE,
    grid,
    p,
)

__all__ = ["PAGE", "TEMPLATE", "breakdown_story", "breakdown_template"]

TEMPLATE = "breakdown"
PAGE = landscape(A4)
WIDTH = PAGE[0] - MARGIN_LEFT - MARGIN_RIGHT  # 252 mm
HEIGHT = PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM
LABEL_MIN = 55 * mm
CELL_MIN = 14 * mm
S_BREAKDOWN_NOTE = S_NOTE.clone("breakdown_note", fontSize=ANNEX, leading=ANNEX * 1.2,
                                spaceBefore=3)  # fmt: skip


class _Pages:
    """Numbered on their own, from the annex's second page, top centre."""

    def __init__(self) -> None:
        self.first: int | None = None

    def __call__(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        if self.first is None:
            self.first = doc.page
        number = doc.page - self.first + 1
        if number < 2:
            return
        canvas.saveState()
        canvas.setFont(REGULAR, BODY)
        y = PAGE[1] - MARGIN_TOP / 2 - BODY / 3
        canvas.drawCentredString(MARGIN_LEFT + WIDTH / 2, y, str(number))
        canvas.restoreState()


def breakdown_template() -> PageTemplate:
    """The landscape page template the annex is set on."""
    frame = Frame(
        MARGIN_LEFT, MARGIN_BOTTOM, WIDTH, HEIGHT,
        leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="breakdown",
    )  # fmt: skip
    return PageTemplate(TEMPLATE, [frame], onPage=_Pages(), pagesize=PAGE)


def _columns(tables: list[tuple[str, list[bf.BreakdownRow]]]) -> list[float]:
    rows = [r for _, rs in tables for r in rs]
    heads = [*bf.FIXED_HEADERS, *bf.cell_headers()]
    numbers = [[ft.format_number(r.total) for r in rows]] + [
        [ft.format_number(r.cells[i]) for r in rows] for i in range(len(heads) - 4)
    ]

    def widest(texts: list[str], bold: bool = False) -> float:
        return max((text_width(t, ANNEX, bold=bold) for t in texts if t), default=0.0)

    def widest_word(texts: list[str], bold: bool = False) -> float:
        return widest([w for t in texts for w in t.split()], bold)

    needed = [
        widest(["8", heads[0]], True),
        0.0,
        widest_word([r.unit for r in rows] + [heads[2]], True),
        *(max(widest(f), widest_word([h], True)) for f, h in zip(numbers, heads[3:], strict=True)),
    ]
    needed = [n + 2 * PAD + 0.5 for n in needed]
    preferred = [9 * mm, 0, 15 * mm, 16 * mm, *([CELL_MIN] * (len(heads) - 4))]
    return fit_columns(needed, preferred, 1, LABEL_MIN, WIDTH)


def _table(rows: list[bf.BreakdownRow], cols: list[float]) -> Table:
    fixed = [p(h, S_ANNEX_HEAD) for h in bf.FIXED_HEADERS]
    top: list = [*fixed]
    for name, span in bf.group_headers():
        top += [p(name, S_ANNEX_HEAD)] + [""] * (span - 1)
    second: list = [""] * len(fixed) + [p(h, S_ANNEX_HEAD) for h in bf.cell_headers()]
    data: list[list] = [top, second]
    style = grid(ANNEX)
    style.append(("BACKGROUND", (0, 1), (-1, 1), GREY))  # both heading rows
    for c in range(len(fixed)):
        style.append(("SPAN", (c, 0), (c, 1)))
    col = len(fixed)
    for _, span in bf.group_headers():
        style.append(("SPAN", (col, 0), (col + span - 1, 0)))
        col += span
    for r in rows:
        data.append([r.number, p(r.label, S_ANNEX), p(r.unit, S_ANNEX_HEAD.clone(
            "unit", fontName=REGULAR)), ft.format_number(r.total),
            *(ft.format_number(v) for v in r.cells)])  # fmt: skip
    style.append(("ALIGN", (3, 2), (-1, -1), "RIGHT"))
    # A little tighter than the other tables: both fit one landscape page with the note.
    style += [("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5)]
    t = Table(data, colWidths=cols, repeatRows=2)
    t.setStyle(TableStyle(style))
    return t


def breakdown_story(report: Report) -> list[Flowable]:
    """The annex, from a page break onto the landscape template; [] without a breakdown."""
    if not bf.has_breakdown(report):
        return []
    word, name, with_report = bf.breakdown_heading(report)
    tables = bf.breakdown_tables(report)
    cols = _columns(tables)
    out: list[Flowable] = [
        NextPageTemplate(TEMPLATE),
        PageBreak(),
        p(word, S_ANNEX_WORD),
        p(name, S_ANNEX_NAME),
        p(with_report, S_ANNEX_WITH),
        *(p(line, S_ANNEX_NOTE) for line in ft.title_lines(report)),
    ]
    for n, (title, rows) in enumerate(tables):
        gap = [Spacer(1, 2 * mm)] if n else []
        out.append(KeepTogether([*gap, p(title, S_GROUP), Spacer(1, 2), _table(rows, cols)]))
    out.append(Paragraph(bf.breakdown_note(report), S_BREAKDOWN_NOTE))
    return out
