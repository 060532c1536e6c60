"""The PDF form's page and type (Decree 30/2020/NĐ-CP appendix I): A4, margins top and
bottom 20 mm, left 30 mm, right 15 mm; Liberation Serif 13 pt for the body with at least
6 pt between paragraphs; the table cells' padding and grid."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from pcmd_desktop.reports.metrics import BOLD, BOLD_ITALIC, ITALIC, REGULAR

MARGIN_TOP = MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
WIDTH = A4[0] - MARGIN_LEFT - MARGIN_RIGHT  # 165 mm
HEIGHT = A4[1] - MARGIN_TOP - MARGIN_BOTTOM
BODY = 13  # pt
HEADER = 12  # the header blocks: the national title fits its half at 12 pt
TABLE = 11
ANNEX = 10
PARAGRAPH_GAP = 6  # pt, the decree's least space between paragraphs
PAD = 3  # pt, left/right padding of a table cell
MIN_SIZE = 7  # pt, the smallest a figure is shrunk to when even its column is too narrow
GREY = colors.HexColor("#EEEEEE")


def style(name: str, font: str = REGULAR, size: float = BODY, align: int = TA_LEFT, **kw):
    return ParagraphStyle(
        name, fontName=font, fontSize=size, leading=kw.pop("leading", size * 1.2),
        alignment=align, **kw,
    )  # fmt: skip


S_HEAD = style("head", size=HEADER, align=TA_CENTER)
S_HEAD_BOLD = style("head_bold", BOLD, HEADER, TA_CENTER)
S_MOTTO = style("motto", BOLD, BODY, TA_CENTER)
S_NUMBER = style("number", size=BODY, align=TA_CENTER)
S_PLACE = style("place", ITALIC, BODY, TA_CENTER)
S_TYPE = style("type", BOLD, 14, TA_CENTER, spaceBefore=6 * mm)
S_SUBJECT = style("subject", BOLD, 14, TA_CENTER)
S_DATES = style("dates", ITALIC, BODY, TA_CENTER, spaceAfter=4 * mm)
S_SECTION = style("section", BOLD, BODY, spaceBefore=3 * mm, spaceAfter=PARAGRAPH_GAP,
                  keepWithNext=1)  # fmt: skip
S_TEXT = style(
    "text", size=BODY, align=TA_JUSTIFY, leading=BODY * 1.3, firstLineIndent=10 * mm,
    spaceAfter=PARAGRAPH_GAP,
)  # fmt: skip
S_NOTE = style("note", ITALIC, TABLE, spaceBefore=2, spaceAfter=PARAGRAPH_GAP)
S_CELL = style("cell", size=TABLE, leading=TABLE * 1.15)
S_CELL_C = style("cell_c", size=TABLE, align=TA_CENTER, leading=TABLE * 1.15)
S_CELL_R = style("cell_r", size=TABLE, align=TA_RIGHT, leading=TABLE * 1.15)
S_CELL_HEAD = style("cell_head", BOLD, TABLE, TA_CENTER, leading=TABLE * 1.15)
S_GROUP = style("group", BOLD, TABLE, leading=TABLE * 1.15)
S_ANNEX = style("annex", size=ANNEX, leading=ANNEX * 1.15)
S_ANNEX_HEAD = style("annex_head", BOLD, ANNEX, TA_CENTER, leading=ANNEX * 1.15)
# The annex heading (decree): "Phụ lục" bold 14, its name bold capitals 14, the line
# "(Kèm theo ...)" italic 14, centred.
S_ANNEX_WORD = style("annex_word", BOLD, 14, TA_CENTER)
S_ANNEX_NAME = style("annex_name", BOLD, 14, TA_CENTER)
S_ANNEX_WITH = style("annex_with", ITALIC, 14, TA_CENTER, spaceAfter=2)
S_ANNEX_NOTE = style("annex_note", ITALIC, BODY, TA_CENTER, spaceAfter=3 * mm)
S_RECIPIENTS_HEAD = style("recipients_head", BOLD_ITALIC, 12)
S_RECIPIENT = style("recipient", size=11, leading=11 * 1.2)
S_SIGN = style("sign", BOLD, BODY, TA_CENTER)


def p(text: str, st: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (markup characters as typed)."""
    return Paragraph(escape(text), st)


def grid(font_size: float) -> list[tuple]:
    """The table style of the indicator table and the annex."""
    return [
        # FONTNAME too: a table sets its cells' font even for paragraphs, and the default
        # one, Helvetica, would land in the PDF unembedded.
        ("FONTNAME", (0, 0), (-1, -1), REGULAR),
        ("FONTSIZE", (0, 0), (-1, -1), font_size),
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("ALIGN", (0, 0), (0, -1), "CENTER"),
        ("BACKGROUND", (0, 0), (-1, 0), GREY),
    ]


# A layout table without lines or padding (the header blocks, recipients and signature).
BARE = [
    ("FONTNAME", (0, 0), (-1, -1), REGULAR),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
]
