"""The report as a PDF laid out per Decree 30/2020/NĐ-CP appendix I: A4, margins top and
bottom 20 mm, left 30 mm, right 15 mm, Liberation Serif (Times New Roman's metric twin,
embedded) 13 pt; the header blocks side by side, title, dates covered, the indicator
table (11 pt, header repeated on each page), narrative sections, the annex of child units
for a district or the city, recipients and signature; page numbers from page 2, top
centre."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    HRFlowable,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.model import Report
from pcmd_desktop.resources import resource_path

__all__ = ["FONT_FAMILY", "register_fonts", "write_pdf"]

FONT_FAMILY = "LiberationSerif"
_FONT_FILES = {
    FONT_FAMILY: "LiberationSerif-Regular.ttf",
    f"{FONT_FAMILY}-Bold": "LiberationSerif-Bold.ttf",
    f"{FONT_FAMILY}-Italic": "LiberationSerif-Italic.ttf",
    f"{FONT_FAMILY}-BoldItalic": "LiberationSerif-BoldItalic.ttf",
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = _FONT_FILES

MARGIN_TOP = MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
BODY = 13  # pt
HEADER = 12  # the header blocks: the national title fits the right half at 12 pt
TABLE = 11
ANNEX = 10
# Header blocks: the left one (parent body, issuer) and the right one (national title).
LEFT_BLOCK = 73 * mm
RIGHT_BLOCK = WIDTH - LEFT_BLOCK
# The indicator table: STT, Chỉ tiêu, Đơn vị tính, Kỳ báo cáo, Lũy kế, Kế hoạch, %.
TABLE_COLS = [w * mm for w in (10, 52, 19, 22, 23, 23, 16)]
ANNEX_COLS = [w * mm for w in (9, 36, 20, 20, 20, 20, 20, 20)]
_PAD = 3  # pt, left/right padding of a table cell
_MIN_NUMBER_SIZE = 7


def register_fonts() -> None:
    """Register the four Liberation Serif TTFs (shipped in resources/fonts) as one family,
    once."""
    if FONT_FAMILY in pdfmetrics.getRegisteredFontNames():
        return
    for name, file in _FONT_FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path(f"fonts/{file}"))))
    pdfmetrics.registerFontFamily(
        FONT_FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )


def _style(name: str, font: str = REGULAR, size: float = BODY, align: int = TA_LEFT, **kw):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=kw.pop("leading", size * 1.2),
        alignment=align, **kw,
    )  # fmt: skip


S_HEAD = _style("head", size=HEADER, align=TA_CENTER)
S_HEAD_BOLD = _style("head_bold", BOLD, HEADER, TA_CENTER)
S_MOTTO = _style("motto", BOLD, BODY, TA_CENTER)
S_NUMBER = _style("number", size=BODY, align=TA_CENTER)
S_PLACE = _style("place", ITALIC, BODY, TA_CENTER)
S_TYPE = _style("type", BOLD, 14, TA_CENTER, spaceBefore=6 * mm)
S_SUBJECT = _style("subject", BOLD, 14, TA_CENTER)
S_DATES = _style("dates", ITALIC, BODY, TA_CENTER, spaceBefore=2, spaceAfter=4 * mm)
S_SECTION = _style("section", BOLD, BODY, spaceBefore=3 * mm, spaceAfter=1 * mm, keepWithNext=1)
S_TEXT = _style(
    "text", size=BODY, align=TA_JUSTIFY, leading=BODY * 1.3, firstLineIndent=10 * mm,
    spaceAfter=1.5 * mm,
)  # fmt: skip
S_CELL = _style("cell", size=TABLE, leading=TABLE * 1.15)
S_CELL_C = _style("cell_c", size=TABLE, align=TA_CENTER, leading=TABLE * 1.15)
S_CELL_HEAD = _style("cell_head", BOLD, TABLE, TA_CENTER, leading=TABLE * 1.15)
S_GROUP = _style("group", BOLD, TABLE, leading=TABLE * 1.15)
S_ANNEX = _style("annex", size=ANNEX, leading=ANNEX * 1.15)
S_ANNEX_HEAD = _style("annex_head", BOLD, ANNEX, TA_CENTER, leading=ANNEX * 1.15)
S_ANNEX_TITLE = _style("annex_title", BOLD, BODY, TA_CENTER, spaceBefore=6 * mm)
S_ANNEX_NOTE = _style("annex_note", ITALIC, BODY, TA_CENTER, spaceAfter=3 * mm)
S_RECIPIENTS_HEAD = _style("recipients_head", BOLD_ITALIC, 12)
S_RECIPIENT = _style("recipient", size=11, leading=11 * 1.2)
S_SIGN = _style("sign", BOLD, BODY, TA_CENTER)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    return Paragraph(escape(text), style)


class _Rule(Flowable):
    """A centred horizontal line of a given length (the lines under the header names),
    `gap` points below the text above it, `after` points above what follows."""

    def __init__(self, length: float, gap: float = 3, after: float = 4):
        super().__init__()
        self.length = length
        self.gap = gap
        self.after = after

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._avail = avail_width
        return avail_width, self.gap + self.after

    def draw(self) -> None:
        x = (self._avail - self.length) / 2
        self.canv.setLineWidth(0.6)
        self.canv.line(x, self.after, x + self.length, self.after)


# A layout table without lines or padding (the header blocks, recipients and signature).
# FONTNAME too: a table sets its cells' font even for paragraphs, and the default one,
# Helvetica, would land in the PDF unembedded.
_BARE = TableStyle(
    [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ]
)


def _header(report: Report) -> Table:
    sig = report.signature
    issuer = ft.issuer_of(report)
    left: list[Flowable] = []
    if sig.parent_body.strip():
        left.append(_p(sig.parent_body.strip().upper(), S_HEAD))
    left.append(_p(issuer, S_HEAD_BOLD))
    # Decree 30: a solid line a third to a half as long as the issuer's name, centred.
    name_width = pdfmetrics.stringWidth(issuer, BOLD, HEADER)
    left.append(_Rule(min(name_width, LEFT_BLOCK) * 0.45))
    left.append(_p(ft.number_line(sig), S_NUMBER))
    right: list[Flowable] = [_p(ft.NATION, S_HEAD_BOLD), _p(ft.MOTTO, S_MOTTO)]
    # The motto's line is as long as the motto.
    right.append(_Rule(pdfmetrics.stringWidth(ft.MOTTO, BOLD, BODY)))
    right.append(_p(ft.place_date_line(sig.place, report.issued_on), S_PLACE))
    t = Table([[left, right]], colWidths=[LEFT_BLOCK, RIGHT_BLOCK])
    t.setStyle(_BARE)
    return t


def _fit_size(text: str, width: float, size: float) -> float:
    """The largest size <= `size` at which `text` fits a cell `width` wide."""
    room = width - 2 * _PAD
    while size > _MIN_NUMBER_SIZE and pdfmetrics.stringWidth(text, REGULAR, size) > room:
        size -= 0.5
    return size


def _grid(font_size: float) -> list[tuple]:
    return [
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), _PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), _PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
    ]


def _indicator_table(report: Report) -> Table:
    data: list[list] = [[_p(h, S_CELL_HEAD) for h in ft.TABLE_HEADERS]]
    style = _grid(TABLE)
    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
    for row in ft.table_rows(report):
        r = len(data)
        if row.is_group:
            data.append([row.number, _p(row.label, S_GROUP), "", "", "", "", ""])
            style += [("SPAN", (1, r), (-1, r)), ("FONTNAME", (0, r), (0, r), BOLD)]
            # A group's heading never ends a page alone: kept with its first row.
            style.append(("NOSPLIT", (0, r), (-1, r + 1)))
            continue
        numbers = [
            ft.format_number(row.value),
            ft.format_number(row.ytd),
            ft.format_number(row.target),
            ft.format_pct(row.pct),
        ]
        data.append([row.number, _p(row.label, S_CELL), _p(row.unit, S_CELL_C), *numbers])
        for c, text in enumerate(numbers, start=3):
            size = _fit_size(text, TABLE_COLS[c], TABLE)
            if size < TABLE:
                style.append(("FONTSIZE", (c, r), (c, r), size))
    style.append(("ALIGN", (3, 1), (-1, -1), "RIGHT"))
    t = Table(data, colWidths=TABLE_COLS, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def _narrative(report: Report) -> list[Flowable]:
    out: list[Flowable] = []
    for heading, paragraphs in ft.narrative_items(report):
        if paragraphs:  # the heading keeps with the first paragraph (keepWithNext)
            out.append(_p(heading, S_SECTION))
            out += [_p(text, S_TEXT) for text in paragraphs]
        else:  # the heading and a dotted line to write on by hand
            line = HRFlowable(width="100%", thickness=0.7, dash=(1, 1.5), spaceBefore=6 * mm)
            out.append(KeepTogether([_p(heading, S_SECTION), line, Spacer(1, 2 * mm)]))
    return out


def _annex(report: Report) -> list[Flowable]:
    rows = ft.annex_rows(report)
    if not rows:
        return []
    data: list[list] = [[_p(h, S_ANNEX_HEAD) for h in ft.ANNEX_HEADERS]]
    style = _grid(ANNEX)
    style.append(("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")))
    for n, (name, values) in enumerate(rows, start=1):
        r = len(data)
        texts = [ft.format_number(v) for v in values]
        data.append([str(n), _p(name, S_ANNEX), *texts])
        for c, text in enumerate(texts, start=2):
            size = _fit_size(text, ANNEX_COLS[c], ANNEX)
            if size < ANNEX:
                style.append(("FONTSIZE", (c, r), (c, r), size))
    style.append(("ALIGN", (2, 1), (-1, -1), "RIGHT"))
    t = Table(data, colWidths=ANNEX_COLS, repeatRows=1)
    t.setStyle(TableStyle(style))
    return [
        CondPageBreak(60 * mm),
        _p(ft.ANNEX_TITLE, S_ANNEX_TITLE),
        _p(ft.ANNEX_NOTE, S_ANNEX_NOTE),
        t,
    ]


def _closing(report: Report) -> Flowable:
    sig = report.signature
    left: list[Flowable] = [_p(ft.RECIPIENTS_HEADING, S_RECIPIENTS_HEAD)]
    left += [_p(line, S_RECIPIENT) for line in ft.recipient_lines(sig)]
    right: list[Flowable] = [_p(t, S_SIGN) for t in ft.signer_titles(sig)]
    right.append(Spacer(1, 28 * mm))  # room for the signature and the seal
    if sig.signer.strip():
        right.append(_p(sig.signer.strip(), S_SIGN))
    t = Table([[left, right]], colWidths=[WIDTH * 0.45, WIDTH * 0.55])
    t.setStyle(_BARE)
    return KeepTogether([Spacer(1, 6 * mm), t])


def _page_number(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Decree 30: numbered from page 2, at the top centre, upright, 13 pt."""
    if doc.page < 2:
        return
    canvas.saveState()
    canvas.setFont(REGULAR, BODY)
    canvas.drawCentredString(
        MARGIN_LEFT + WIDTH / 2, A4[1] - MARGIN_TOP / 2 - BODY / 3, str(doc.page)
    )
    canvas.restoreState()


def _story(report: Report) -> list[Flowable]:
    story: list[Flowable] = [
        _header(report),
        _p(ft.DOC_TYPE, S_TYPE),
        _p(ft.title_line(report), S_SUBJECT),
        _p(ft.dates_line(report), S_DATES),
        _indicator_table(report),
        Spacer(1, 3 * mm),
    ]
    story += _narrative(report)
    story += _annex(report)
    story.append(_closing(report))
    return story


def write_pdf(report: Report, path: Path) -> Path:
    """Write `report` as a PDF at `path` (whole or not at all) and return `path`."""
    register_fonts()
    path = Path(path)
    with ft.atomic_target(path) as tmp:
        doc = BaseDocTemplate(
            str(tmp),
            pagesize=A4,
            leftMargin=MARGIN_LEFT,
            rightMargin=MARGIN_RIGHT,
            topMargin=MARGIN_TOP,
            bottomMargin=MARGIN_BOTTOM,
            title=ft.document_title(report),
            author=ft.issuer_of(report),
            subject=ft.title_line(report),
            creator="PCMD Desktop",
            initialFontName=REGULAR,
            initialFontSize=BODY,
            lang="vi",
        )
        # A frame without padding, so the margins are the decree's to the millimetre.
        frame = Frame(
            MARGIN_LEFT, MARGIN_BOTTOM, WIDTH, A4[1] - MARGIN_TOP - MARGIN_BOTTOM,
            leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body",
        )  # fmt: skip
        doc.addPageTemplates([PageTemplate("page", [frame], onPage=_page_number)])
        doc.build(_story(report))
    return path
