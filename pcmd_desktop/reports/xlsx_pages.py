"""Where the XLSX form's pages break, so it prints like the PDF: every row's height is set
by the form, so the pages can be counted here and fixed with manual breaks that Excel and
LibreOffice keep (each page a little less full than it could be, so neither adds one).

Kept together: a group's heading with its first indicator, a narrative heading with what
follows it, and the signature block with the rows before it. The table's header row
repeats on every page after the first (print titles), so no page starts after the table
when what follows the table can still fit under its last rows: otherwise that page would
print the header of a table with no rows under it."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.worksheet.pagebreak import Break, RowBreak
from openpyxl.worksheet.worksheet import Worksheet

__all__ = ["PAGE_HEIGHT", "break_pages"]

# A4's height less the decree's top and bottom margins (20 mm each), in points, with 3 %
# kept free for the programs' rounding.
PAGE_HEIGHT = (297 - 40) / 25.4 * 72 * 0.97


def _pages(heights: dict[int, float], units: Sequence[tuple[int, int]], title: float) -> list[int]:
    """The first row of each page after the first, filling pages unit by unit."""
    starts: list[int] = []
    used = 0.0
    for first, last in units:
        h = sum(heights[r] for r in range(first, last + 1))
        room = PAGE_HEIGHT - (title if starts else 0.0)
        if used and used + h > room:
            starts.append(first)
            used = 0.0  # the page's room already leaves out the repeated header
        used += h
    return starts


def break_pages(
    ws: Worksheet, last_row: int, title_row: int, table_end: int, keep: Sequence[tuple[int, int]]
) -> list[int]:
    """Set manual page breaks on `ws` (rows 1..last_row, each with its height set; the
    table's header at `title_row`, its last row `table_end`; `keep`: ranges of rows that
    stay on one page) and return the first row of each page after the first."""
    heights = {r: float(ws.row_dimensions[r].height or 15) for r in range(1, last_row + 1)}
    title = heights[title_row]
    merged: list[tuple[int, int]] = []
    for first, last in sorted(keep):  # overlapping ranges as one
        if merged and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]))
        else:
            merged.append((first, last))
    units: list[tuple[int, int]] = []
    r = 1
    for first, last in merged:
        while r < first:
            units.append((r, r))
            r += 1
        if first >= r:
            units.append((first, last))
            r = last + 1
    units += [(x, x) for x in range(r, last_row + 1)]
    starts = _pages(heights, units, title)
    inside = [s for s in starts if s <= table_end]
    if len(inside) < len(starts):
        # A page would start after the table. Start the last page at the table's last
        # unit of rows instead, when it and everything after it fit one page.
        floor = inside[-1] if inside else 1
        last_unit = max((u[0] for u in units if floor < u[0] <= table_end), default=None)
        if last_unit is not None:
            need = title + sum(heights[x] for x in range(last_unit, last_row + 1))
            if need <= PAGE_HEIGHT:
                starts = [*inside, last_unit]
    ws.row_breaks = RowBreak()
    for s in starts:
        ws.row_breaks.append(Break(id=s - 1))  # a break after row s - 1
    return starts
