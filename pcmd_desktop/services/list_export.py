"""The current view of a record list, exported to an Excel workbook: the same rows in the
same order, the columns the user sees, read through the list a window at a time so a
city's list never sits in memory whole.

Numbers (money, counts, targets) are real numbers shown with thousands separators, which
Excel displays in the reader's locale (1.500.000 in Vietnamese); dates are real dates
shown dd/mm/yyyy; everything else is the text the list shows. The file appears whole or
not at all. An export that holds personal data is written to the audit log before the
file takes its name, so no such file exists without its entry.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from pcmd_desktop.domain.records import FieldType
from pcmd_desktop.services.auth import record_event, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.files import atomic_output
from pcmd_desktop.services.list_columns import Column
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.record_list import RecordList

__all__ = ["DATE_FORMAT", "INTEGER_FORMAT", "WINDOW", "export_list"]

WINDOW = 2000  # rows read from the list at a time
INTEGER_FORMAT = "#,##0"
DECIMAL_FORMAT = "#,##0.00"
DATE_FORMAT = "dd/mm/yyyy"
YEAR_FORMAT = "0"
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_NUMBERS = (FieldType.INT, FieldType.MONEY, FieldType.NUMBER)


def _sheet_title(label: str) -> str:
    return _SHEET_FORBIDDEN.sub(" ", label)[:31].strip() or "Danh sách"


def _text(value: str) -> str:
    # Control characters are not allowed in an xlsx file.
    return ILLEGAL_CHARACTERS_RE.sub("", value)


class _CellMaker:
    """Cells of one column: typed values with their number format."""

    def __init__(self, sheet, column: Column):
        self.sheet = sheet
        f = column.field
        self.type = f.type if f is not None else None
        self.numeric = column.numeric

    def __call__(self, raw: object, shown: str) -> WriteOnlyCell | None:
        if raw is None or raw == "":
            return None
        t = self.type
        if t is FieldType.DATE:
            cell = WriteOnlyCell(self.sheet, value=date.fromisoformat(str(raw)))
            cell.number_format = DATE_FORMAT
            return cell
        if t is FieldType.YEAR:
            cell = WriteOnlyCell(self.sheet, value=int(raw))  # type: ignore[call-overload]
            cell.number_format = YEAR_FORMAT
            return cell
        if (t in _NUMBERS or (t is None and self.numeric)) and isinstance(raw, (int, float)):
            whole = float(raw).is_integer()
            cell = WriteOnlyCell(self.sheet, value=int(raw) if whole else raw)
            cell.number_format = INTEGER_FORMAT if whole else DECIMAL_FORMAT
            return cell
        if not shown:
            return None
        cell = WriteOnlyCell(self.sheet, value=_text(shown))
        cell.data_type = "s"  # text starting with '=' stays text, never a formula
        return cell


def export_list(record_list: RecordList, columns: Sequence[Column], path: Path) -> int:
    """Write the rows of `record_list`, in its order, with `columns`, to the workbook
    `path`; returns the number of rows written."""
    ws = record_list.ws
    session = require(ws, Permission.READ)
    columns = tuple(columns)
    if not columns:
        raise ServiceError("Chọn ít nhất một cột để xuất ra Excel.")
    personal = [c.key for c in columns if c.personal]
    if personal and not session.can(Permission.VIEW_PERSONAL):
        require(ws, Permission.VIEW_PERSONAL)  # raises PermissionDenied, in Vietnamese
    path = Path(path)
    written = 0
    with atomic_output(path) as tmp:
        book = Workbook(write_only=True)
        sheet = book.create_sheet(_sheet_title(record_list.kind.label))
        sheet.freeze_panes = "A2"
        for i, c in enumerate(columns, start=1):
            sheet.column_dimensions[get_column_letter(i)].width = c.width + 2
        header = []
        for c in columns:
            cell = WriteOnlyCell(sheet, value=_text(c.label))
            cell.font = Font(bold=True)
            header.append(cell)
        sheet.append(header)
        makers = [_CellMaker(sheet, c) for c in columns]
        for start in range(0, len(record_list), WINDOW):
            for row in record_list.rows(start, WINDOW, columns):
                if not row.key:  # deleted since the list was read
                    continue
                sheet.append(
                    [
                        make(row.raw.get(c.key), shown)
                        for make, c, shown in zip(makers, columns, row.cells, strict=True)
                    ]
                )
                written += 1
        book.save(tmp)
        if personal:
            record_event(ws, "export_personal", kind=record_list.kind.name,
                         detail={"list": True, "columns": personal, "rows": written,
                                 "file": path.name})  # fmt: skip
    return written
