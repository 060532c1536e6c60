"""The preview table of an Excel import: every row with its values as lists show them,
the cells and rows with problems coloured, each problem in the tooltip of its cell."""

from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidget, QTableWidgetItem

from pcmd_desktop.domain.display import format_value
from pcmd_desktop.domain.records import RecordKind
from pcmd_desktop.services.excel_io import CellProblem, SheetPreview
from pcmd_desktop.services.excel_templates import how_to_enter
from pcmd_desktop.ui.i18n import tr

ROW_COLOUR = QColor("#fdecea")  # a row with a problem
CELL_COLOUR = QColor("#f5a3a3")  # the cell a problem names
HIDDEN_UNLESS_WRONG = frozenset({"id"})  # a new id per row: noise unless it is wrong
MAX_COLUMN_WIDTH = 260


def problem_text(problem: CellProblem) -> str:
    """'Dòng 4, cột 'Loại hình *': …' as the problem list shows it."""
    if problem.column:
        return tr("Dòng {0}, cột '{1}': {2}").format(problem.row, problem.column, problem.message)
    return tr("Dòng {0}: {1}").format(problem.row, problem.message)


def fill_preview_table(
    table: QTableWidget, kind: RecordKind, preview: SheetPreview | None
) -> dict[tuple[int, str | None], list[str]]:
    """Show `preview` in `table`; returns the messages shown by (Excel row, header)."""
    table.clear()
    shown: dict[tuple[int, str | None], list[str]] = {}
    if preview is None:
        table.setRowCount(0)
        table.setColumnCount(0)
        return shown
    keys = list(preview.columns)
    headers = [preview.columns[k] for k in keys]
    col_of = {name: i for i, name in enumerate(headers)}
    line_of = {r.row_number: i for i, r in enumerate(preview.rows)}
    table.setColumnCount(len(keys))
    table.setRowCount(len(preview.rows))
    wrong_columns = {p.column for p in preview.problems}
    for c, (key, name) in enumerate(zip(keys, headers, strict=True)):
        item = QTableWidgetItem(name)
        f = kind.field(key) if key in kind.keys else None
        item.setToolTip(how_to_enter(f) if f is not None else name)
        table.setHorizontalHeaderItem(c, item)
        table.setColumnHidden(c, key in HIDDEN_UNLESS_WRONG and name not in wrong_columns)
    for i, row in enumerate(preview.rows):
        table.setVerticalHeaderItem(i, QTableWidgetItem(str(row.row_number)))
        for c, key in enumerate(keys):
            f = kind.field(key) if key in kind.keys else None
            value = row.record.get(key)
            text = format_value(f, value) if f is not None else str(value or "")
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(i, c, item)
    # Problems: the named cell in strong red, the rest of its row in light red; a
    # problem of the whole row (or of a column not shown) marks every cell of the row.
    messages: dict[tuple[int, int], list[str]] = {}
    row_messages: dict[int, list[str]] = {}
    for p in preview.problems:
        line = line_of.get(p.row)
        shown_in = p.column if p.column in col_of else None
        shown.setdefault((p.row, shown_in), []).append(p.message if shown_in else problem_text(p))
        if line is None:
            header = col_of.get(p.column) if p.column else None
            if header is not None and p.row == 1:
                item = table.horizontalHeaderItem(header)
                item.setForeground(QBrush(QColor("#b00020")))
                item.setToolTip(p.message)
            continue
        column = col_of.get(p.column) if p.column else None
        if column is None:
            where = f"{p.column}: {p.message}" if p.column else p.message
            row_messages.setdefault(line, []).append(where)
        else:
            messages.setdefault((line, column), []).append(p.message)
            row_messages.setdefault(line, [])
    for line, whole in row_messages.items():
        for c in range(len(keys)):
            item = table.item(line, c)
            item.setBackground(QBrush(ROW_COLOUR))
            if whole:
                item.setToolTip("\n".join(whole))
        head = table.verticalHeaderItem(line)
        head.setForeground(QBrush(QColor("#b00020")))
        all_messages = whole + [m for (r, _c), ms in messages.items() if r == line for m in ms]
        head.setToolTip("\n".join(all_messages))
    for (line, column), texts in messages.items():
        item = table.item(line, column)
        item.setBackground(QBrush(CELL_COLOUR))
        item.setToolTip("\n".join(row_messages.get(line, []) + texts))
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    for c in range(len(keys)):
        header.resizeSection(c, min(header.sectionSize(c), MAX_COLUMN_WIDTH))
    first_bad = min(row_messages, default=None)
    if first_bad is not None:
        table.scrollToItem(table.item(first_bad, 0))
    return shown
