"""How wide and tall the XLSX form's cells must be for their text, measured with the
metrics of Liberation Serif (Times New Roman's metric twin, the sheet's font).

A spreadsheet column's width is counted in the widest digit of the workbook's default
font: the form makes that font Times New Roman 11, whose digit is 7 px at 96 dpi in
Excel (LibreOffice, with unrounded metrics, takes 7.33 px). A width is chosen so the text
fits at 7 px with room for the cell's margins and for hinting (half a pixel a character),
and the sheet's total is kept under A4's printable width even at 7.33 px a digit, so it
prints at 100 % in both."""

from __future__ import annotations

import math

from reportlab.lib.utils import simpleSplit

from pcmd_desktop.reports.metrics import face, register_fonts, text_width

__all__ = [
    "DIGIT_PX",
    "PRINTABLE_PX",
    "SHEET_BUDGET_PX",
    "chars_for_px",
    "column_px",
    "line_count",
    "needed_px",
    "row_height",
    "text_px",
    "word_px",
]

DIGIT_PX = 7  # the widest digit of Times New Roman 11 in Excel at 96 dpi
DIGIT_PX_UNROUNDED = 11 * 0.5 * 96 / 72  # 7.33: LibreOffice
CELL_PAD_PX = 3  # each side
HINTING_PX = 0.5  # a character's rounding, at most, when drawn on screen or paper
PRINTABLE_MM = 210 - 30 - 15  # A4 less the decree's left and right margins
PRINTABLE_PX = PRINTABLE_MM / 25.4 * 96
# The sum of the columns (at DIGIT_PX) may take this much, so that it still fits when a
# digit is 7.33 px.
SHEET_BUDGET_PX = math.floor(PRINTABLE_PX * DIGIT_PX / DIGIT_PX_UNROUNDED) - 1


def text_px(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The drawn width of `text` at 96 dpi, with the hinting allowance."""
    return text_width(text, size, bold=bold, italic=italic) * 96 / 72 + HINTING_PX * len(text)


def needed_px(text: str, size: float, *, bold: bool = False, italic: bool = False) -> float:
    """The column width (px) a one-line `text` needs, margins included."""
    return text_px(text, size, bold=bold, italic=italic) + 2 * CELL_PAD_PX if text else 0.0


def word_px(text: str, size: float, *, bold: bool = False) -> float:
    """The column width (px) the longest word of a wrapped `text` needs."""
    return max((needed_px(w, size, bold=bold) for w in text.split()), default=0.0)


def chars_for_px(px: float) -> float:
    """The column width (characters, as stored in the file) that is at least `px` wide
    once Excel rounds it down to whole pixels."""
    width = math.ceil(px / DIGIT_PX * 100) / 100
    while column_px(width) < px:
        width = round(width + 0.01, 2)
    return width


def column_px(width: float, digit: float = DIGIT_PX) -> float:
    """A stored column width's pixels (the formula of ECMA-376 part 1, 18.3.1.13)."""
    return math.floor((256 * width + math.floor(128 / digit)) / 256 * digit)


def line_count(
    text: str, width_px: float, size: float, *, bold: bool = False, italic: bool = False
) -> int:
    """How many lines `text` wraps into in a cell `width_px` wide (each of its own lines
    wrapped on its own)."""
    register_fonts()
    room = (width_px - 2 * CELL_PAD_PX) * 72 / 96
    # Measured a little wider than it is: the hinting allowance, as a smaller room.
    room *= 0.97
    lines = 0
    for part in str(text).split("\n"):
        lines += max(1, len(simpleSplit(part, face(bold, italic), size, room)))
    return lines


def row_height(lines: int, size: float) -> float:
    """The row height (points) `lines` lines of `size` pt need (Times New Roman's line
    is 1.15 em; a little more, and the cell's top and bottom margins)."""
    return math.ceil(lines * size * 1.2 + 3)
