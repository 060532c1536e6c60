"""The PDF form's two tables, their columns as wide as the widest text each holds: the
indicator table (STT, Chỉ tiêu, Đơn vị tính, Kỳ báo cáo, Lũy kế từ đầu năm, Kế hoạch năm,
% thực hiện; header repeated on every page, a group's heading kept with its first row) and
the annex of child units. A figure never wraps: its column takes the widest figure's
width (a city's fines, 40.121.500.000 đồng, at 11 pt) and the label column the rest;
only if that left the labels less than their least width would figures be set smaller."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from pcmd_desktop.reports import form_text as ft
from pcmd_desktop.reports.metrics import BOLD, fit_columns, text_width
from pcmd_desktop.reports.model import Report
from pcmd_desktop.reports.pdf_styles import (
    ANNEX,
    MIN_SIZE,
    PAD,
    S_ANNEX,
    S_ANNEX_HEAD,
    S_CELL,
    S_CELL_C,
    S_CELL_HEAD,
    S_CELL_R,
    S_GROUP,
    TABLE,
    WIDTH,
    grid,
    p,
)

__all__ = ["annex_columns", "annex_table", "indicator_columns", "indicator_table"]

LABEL_MIN = 45 * mm  # the indicator labels' least width (two or three lines each)
NAME_MIN = 28 * mm  # the annex's unit names
FIGURE_MIN = 19 * mm  # a figure column's width when there is room ("Kỳ báo cáo" on 2 lines)
ANNEX_FIGURE_MIN = 17 * mm


def _widest(texts: Sequence[str], size: float, *, bold: bool = False) -> float:
    return max((text_width(t, size, bold=bold) for t in texts if t), default=0.0)


def _widest_word(texts: Sequence[str], size: float, *, bold: bool = False) -> float:
    return _widest([w for t in texts for w in t.split()], size, bold=bold)


def _fit_size(text: str, width: float, size: float) -> float:
    """The largest size <= `size` at which `text` fits a cell `width` wide."""
    room = width - 2 * PAD
    while size > MIN_SIZE and text_width(text, size) > room:
        size -= 0.5
    return size


def _shrink_to_fit(style: list, row: int, first: int, texts: list[str], cols: list[float],
                   size: float) -> None:  # fmt: skip
    """A smaller font for each of `texts` (cells `first`.. of `row`) wider than its column:
    a figure is never cut, only set smaller (the widths leave that for extreme values)."""
    for c, text in enumerate(texts, start=first):
        fitted = _fit_size(text, cols[c], size)
        if fitted < size:
            style.append(("FONTSIZE", (c, row), (c, row), fitted))


def indicator_columns(report: Report) -> list[float]:
    """The widths of the indicator table's seven columns for this report's figures."""
    rows = [r for r in ft.table_rows(report) if not r.is_group]
    heads = ft.TABLE_HEADERS
    figures = [[ft.format_number(getattr(r, a)) for r in rows] for a in ("value", "ytd", "target")]
    achieved = [r.achieved for r in rows]
    goals = [t for t in achieved if t.endswith("%")]  # a figure: never wrapped
    needed = [
        _widest(["VIII", heads[0]], TABLE, bold=True),
        0.0,
        _widest_word([r.unit for r in rows] + [heads[2]], TABLE, bold=True),  # may wrap
        *(max(_widest(f, TABLE), _widest_word([h], TABLE, bold=True))
          for f, h in zip(figures, heads[3:6], strict=True)),
        max(_widest(goals, TABLE), _widest_word(achieved, TABLE),
            _widest_word([heads[6]], TABLE, bold=True)),
    ]  # fmt: skip
    needed = [n + 2 * PAD + 0.5 for n in needed]
    preferred = [10 * mm, 0, 15 * mm, FIGURE_MIN, FIGURE_MIN, FIGURE_MIN, 16 * mm]
    return fit_columns(needed, preferred, 1, LABEL_MIN, WIDTH)


def indicator_table(report: Report) -> Table:
    cols = indicator_columns(report)
    data: list[list] = [[p(h, S_CELL_HEAD) for h in ft.TABLE_HEADERS]]
    style = grid(TABLE)
    for row in ft.table_rows(report):
        r = len(data)
        if row.is_group:
            data.append([row.number, p(row.label, S_GROUP), "", "", "", "", ""])
            style += [("SPAN", (1, r), (-1, r)), ("FONTNAME", (0, r), (0, r), BOLD)]
            # A group's heading never ends a page alone: kept with its first row.
            style.append(("NOSPLIT", (0, r), (-1, r + 1)))
            continue
        numbers = [ft.format_number(row.value), ft.format_number(row.ytd),
                   ft.format_number(row.target)]  # fmt: skip
        achieved: Flowable | str = row.achieved
        if text_width(row.achieved, TABLE) > cols[6] - 2 * PAD:
            achieved = p(row.achieved, S_CELL_R)  # a ceiling's words wrap
        data.append([row.number, p(row.label, S_CELL), p(row.unit, S_CELL_C), *numbers,
                     achieved])  # fmt: skip
        plain = row.achieved if isinstance(achieved, str) else ""
        _shrink_to_fit(style, r, 3, [*numbers, plain], cols, TABLE)
    style.append(("ALIGN", (3, 1), (-1, -1), "RIGHT"))
    t = Table(data, colWidths=cols, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t


def annex_columns(report: Report) -> list[float]:
    """The widths of the annex's columns: STT, the unit's name, one per key indicator."""
    rows = ft.annex_rows(report)
    heads = ft.ANNEX_HEADERS
    figures = [[ft.format_number(values[i]) for _, values in rows] for i in range(len(heads) - 2)]
    needed = [
        _widest([str(len(rows)), heads[0]], ANNEX, bold=True),
        _widest_word([name for name, _ in rows] + [heads[1]], ANNEX),
        *(max(_widest(f, ANNEX), _widest_word([h], ANNEX, bold=True))
          for f, h in zip(figures, heads[2:], strict=True)),
    ]  # fmt: skip
    needed = [n + 2 * PAD + 0.5 for n in needed]
    preferred = [9 * mm, 0, *([ANNEX_FIGURE_MIN] * (len(heads) - 2))]
    widest_name = _widest([name for name, _ in rows], ANNEX) + 2 * PAD + 0.5
    least = max(NAME_MIN, min(widest_name, 45 * mm))
    return fit_columns(needed, preferred, 1, least, WIDTH)


def annex_table(report: Report) -> Table:
    cols = annex_columns(report)
    data: list[list] = [[p(h, S_ANNEX_HEAD) for h in ft.ANNEX_HEADERS]]
    style = grid(ANNEX)
    for n, (name, values) in enumerate(ft.annex_rows(report), start=1):
        r = len(data)
        texts = [ft.format_number(v) for v in values]
        data.append([str(n), p(name, S_ANNEX), *texts])
        _shrink_to_fit(style, r, 2, texts, cols, ANNEX)
    style.append(("ALIGN", (2, 1), (-1, -1), "RIGHT"))
    t = Table(data, colWidths=cols, repeatRows=1)
    t.setStyle(TableStyle(style))
    return t
