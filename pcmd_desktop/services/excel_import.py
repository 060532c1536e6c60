"""A filled Excel template (or a like sheet from another tool) read into records.md objects,
every problem named by Excel row and column; no database here. Columns map by the hidden
key row when there is one, else by header text (case, tones, spaces, " *" ignored). The
example row rule: see `excel_templates`."""

from __future__ import annotations

import math
import re
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter

from pcmd_desktop.domain.records import Field, FieldType, RecordKind
from pcmd_desktop.domain.text import to_nfc
from pcmd_desktop.services.excel_templates import (
    BOOL_LABELS,
    EXAMPLES,
    IGNORED_HEADERS,
    MARKER_HEADER,
    MARKER_KEY,
    OPTIONAL_IN_SHEET,
    CellError,
    CellProblem,
    ExcelFileError,
    header,
    norm,
    template_kind,
)

_TRUE = frozenset({"co", "x", "true", "1"})
_FALSE = frozenset({"khong", "false", "0"})
_DMY = re.compile(r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_THOUSANDS = re.compile(r"\d{1,3}(\.\d{3})+")
_MAX_DIGITS = 24
_DIGITS_HINT = "chỉ gõ chữ số, có thể dùng dấu chấm phân cách hàng nghìn, ví dụ 1.500.000"
_UNIT_HINT = "mã đơn vị phải gõ dạng văn bản (ô định dạng Text) để giữ số 0 ở đầu, ví dụ 00067"
_UNKNOWN = "cột không có trong mẫu {}; sửa tiêu đề cho đúng mẫu (xem trang Hướng dẫn) hoặc xóa cột"
_CONFIDENTIAL = (
    "{0} không nhập từ Excel: người quản trị gõ ở biểu mẫu {1} (được mã hóa, "
    "không để trong tệp Excel); xóa cột này"
)
_EDITED = "dòng ví dụ đã bị sửa: nếu là bản ghi thật hãy xóa ô cột này, nếu không hãy xóa dòng"


@dataclass(frozen=True)
class PreviewRow:
    row_number: int  # the Excel row
    record: dict  # records.md object (without "record"), id and unit filled in
    failed: frozenset[str] = frozenset()  # keys whose cell is already a problem


@dataclass
class SheetPreview:
    kind: str
    rows: list[PreviewRow]
    problems: list[CellProblem]
    unknown_columns: list[str]
    columns: dict[str, str] = field(default_factory=dict)  # key -> header, in sheet order
    skipped_rows: list[int] = field(default_factory=list)  # unchanged example rows

    @property
    def ok(self) -> bool:
        return not self.problems


def _dmy(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def _text(value: object) -> str:
    if isinstance(value, str):
        return to_nfc(value).strip()
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return _dmy(value.date())
    if isinstance(value, date):
        return _dmy(value)
    return str(value)


def _date(value: object) -> str:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip()
        if m := _DMY.fullmatch(text):
            d, mo, y = (int(g) for g in m.groups())
        elif m := _ISO.fullmatch(text):
            y, mo, d = (int(g) for g in m.groups())
        else:
            raise CellError(f"'{text}' không phải ngày dạng dd/mm/yyyy, ví dụ 15/01/2018")
        try:
            return date(y, mo, d).isoformat()
        except ValueError:
            raise CellError(f"'{text}' không phải ngày có thật") from None
    raise CellError("phải là ngày dạng dd/mm/yyyy, ví dụ 15/01/2018")


def _number(value: object, whole: bool) -> int | float:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, float) and math.isfinite(value):
        return int(value) if value.is_integer() else value
    if isinstance(value, str):
        text = "".join(to_nfc(value).split())
        if len(text) <= _MAX_DIGITS:
            if text.isascii() and text.isdigit():
                return int(text)
            if _THOUSANDS.fullmatch(text):
                return int(text.replace(".", ""))
            if not whole and re.fullmatch(r"\d+,\d+", text):
                return float(text.replace(",", "."))
        raise CellError(f"'{value.strip()}' không phải số; {_DIGITS_HINT}")
    raise CellError("phải là một số")


def _bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)) and value in (0, 1):
        return bool(value)
    if isinstance(value, str):
        word = norm(value)
        if word in _TRUE:
            return True
        if word in _FALSE:
            return False
    yes, no = BOOL_LABELS
    raise CellError(f"'{_text(value)}' không hiểu được; gõ '{yes}' hoặc '{no}'")


def _choice(value: object, f: Field) -> str:
    assert f.choices is not None
    if isinstance(value, str):
        word = norm(value)
        for code, label in f.choices.items():
            if word in (norm(code), norm(label)):
                return code
    labels = ", ".join(f.choices.values())
    raise CellError(f"'{_text(value)}' không có trong danh sách; chọn một trong: {labels}")


def cell_value(f: Field, value: object) -> object:
    """The records.md value of one cell for field `f`; None for an empty cell.
    CellError (a Vietnamese reason) when it cannot be converted."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    t = f.type
    if t is FieldType.DATE:
        return _date(value)
    if t in (FieldType.INT, FieldType.MONEY, FieldType.YEAR, FieldType.NUMBER):
        return _number(value, whole=t is not FieldType.NUMBER)
    if t is FieldType.BOOL:
        return _bool(value)
    if t is FieldType.CHOICE:
        return _choice(value, f)
    if t is FieldType.UNIT and isinstance(value, (int, float)) and not isinstance(value, bool):
        raise CellError(_UNIT_HINT)
    return _text(value)  # lists (not in the templates) are then refused by coerce


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _load_rows(path: Path) -> list[tuple]:
    path = Path(path)
    try:
        # A file object, so that a workbook named .XLSX, .xlsm or without extension opens.
        with open(path, "rb") as fh:
            wb = load_workbook(fh, read_only=True, data_only=True)
            try:
                return [tuple(r) for r in wb.worksheets[0].iter_rows(values_only=True)]
            finally:
                wb.close()
    except OSError as e:
        raise ExcelFileError(f"Không mở được tệp '{path.name}': {e.strerror or e}") from e
    except Exception as e:  # openpyxl raises many kinds of error on a damaged file
        raise ExcelFileError(
            f"Tệp '{path.name}' không phải bảng tính Excel (.xlsx) đọc được"
        ) from e


def _header_text(value: object, col: int) -> str:
    return ("" if _is_empty(value) else _text(value)) or f"Cột {get_column_letter(col + 1)}"


@dataclass
class _Layout:
    mapped: dict[int, Field] = field(default_factory=dict)  # column index -> field
    names: dict[int, str] = field(default_factory=dict)  # column index -> header shown
    marker: int | None = None
    data_start: int = 2  # index into rows of the first data row


def _layout(
    kind: RecordKind, rows: list[tuple], problems: list[CellProblem]
) -> tuple[_Layout, list[str]]:
    heads = rows[0]
    width = max(len(r) for r in rows)
    known = {*kind.keys, MARKER_KEY}
    second = rows[1] if len(rows) > 1 else ()
    filled = [v for v in second if not _is_empty(v)]
    has_key_row = bool(filled) and all(isinstance(v, str) and v.strip() in known for v in filled)
    lay = _Layout(data_start=2 if has_key_row else 1)
    by_norm = {norm(f.label): f for f in kind.fields} | {norm(f.key): f for f in kind.fields}
    unknown: list[str] = []
    used: dict[str, str] = {}
    for col in range(width):
        head = heads[col] if col < len(heads) else None
        name = _header_text(head, col)
        key = second[col] if has_key_row and col < len(second) else None
        key = key.strip() if isinstance(key, str) else None
        word = norm(_text(head)) if not _is_empty(head) else ""
        if key == MARKER_KEY or (not key and word == norm(MARKER_HEADER)):
            lay.marker = col
            continue
        f = kind.field(key) if key in kind.keys else by_norm.get(word) if word else None
        if f is None:
            if word in IGNORED_HEADERS:
                continue
            data = any(not _is_empty(r[col]) for r in rows[lay.data_start :] if col < len(r))
            if word or data:
                unknown.append(name)
                problems.append(CellProblem(1, name, _UNKNOWN.format(kind.label)))
            continue
        if f.confidential:  # never from a file: an admin types it in the form
            problems.append(CellProblem(1, name, _CONFIDENTIAL.format(f.label, kind.label)))
            continue
        if f.key in used:
            problems.append(CellProblem(1, name, f"trùng với cột '{used[f.key]}' ({f.key})"))
            continue
        used[f.key] = name
        lay.mapped[col], lay.names[col] = f, name
    return lay, unknown


def read_sheet(path: Path, kind: str, *, default_unit: str) -> SheetPreview:
    """Read the first sheet of `path` as records of `kind`; every problem is returned in
    the preview, ExcelFileError only when the file is not a readable workbook."""
    record_kind = template_kind(kind)
    rows = _load_rows(path)
    problems: list[CellProblem] = []
    if not rows or all(all(_is_empty(v) for v in r) for r in rows):
        problems.append(CellProblem(1, None, "trang tính đầu tiên trống"))
        return SheetPreview(kind, [], problems, [])
    lay, unknown = _layout(record_kind, rows, problems)
    columns = {f.key: lay.names[col] for col, f in lay.mapped.items()}
    required = (f for f in record_kind.fields if f.required and f.key not in OPTIONAL_IN_SHEET)
    missing = [f for f in required if f.key not in columns]
    for f in missing:
        problems.append(CellProblem(1, header(f), f"thiếu cột bắt buộc '{header(f)}' ({f.key})"))
        columns[f.key] = header(f)
    example = {k: cell_value(record_kind.field(k), v) for k, v in EXAMPLES[kind].items()}
    preview = SheetPreview(kind, [], problems, unknown, columns)
    for index in range(lay.data_start, len(rows)):
        raw, number = rows[index], index + 1
        if all(_is_empty(v) for v in raw):
            continue
        obj: dict = {}
        failed = {f.key for f in missing}
        for col, f in lay.mapped.items():
            try:
                value = cell_value(f, raw[col] if col < len(raw) else None)
            except CellError as e:
                problems.append(CellProblem(number, lay.names[col], str(e)))
                failed.add(f.key)
                continue
            if value is not None:
                obj[f.key] = value
        marker = raw[lay.marker] if lay.marker is not None and lay.marker < len(raw) else None
        if not _is_empty(marker):
            shown = {k: v for k, v in example.items() if k in columns}
            if obj == shown and not failed - {f.key for f in missing}:
                preview.skipped_rows.append(number)
                continue
            problems.append(CellProblem(number, _header_text(rows[0][lay.marker], lay.marker),
                                        _EDITED))  # fmt: skip
        if "id" not in obj and "id" not in failed:
            obj["id"] = str(uuid.uuid4())
        if "unit" not in obj and "unit" not in failed:
            obj["unit"] = default_unit
        preview.rows.append(PreviewRow(number, obj, frozenset(failed)))
    if not preview.rows and not problems:
        problems.append(CellProblem(lay.data_start + 1, None, "không có dòng dữ liệu nào để nhập"))
    return preview
