"""Excel templates for entering lists of records (establishments, hotspots, persons,
volunteer teams and their members, tips), and
the sheet layout and problem types that reading a filled template shares with them.

Layout of the first sheet (named after the kind's Vietnamese label):

- row 1: Vietnamese headers, the field labels of `domain/records.py`, " *" on required ones;
- row 2 (hidden): the records.md key of each column, so users may re-order columns;
- row 3: one example row with synthetic values, marked by the text `MARKER_TEXT` in the
  last column, "Ví dụ". The example rule (applied by `excel_import.read_sheet`): a row
  whose "Ví dụ" cell is not empty is an example; unchanged it is skipped, edited it is a
  problem (clear the cell to make it a real record, or delete the row). So an example
  is never imported by mistake, and nothing typed into it is silently dropped.

A tip's informant has no column: confidential fields are typed by an admin in the form,
encrypted, never written into an Excel file lying on an office PC (`sheet_fields`).

A second sheet "Hướng dẫn" explains every column; a hidden sheet "Danh mục" holds the
choice lists the data validations point to (labels may contain commas, which an inline
Excel list cannot).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from pcmd_desktop.domain.records import KINDS, Field, FieldType, RecordKind
from pcmd_desktop.domain.text import fold
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.excel_kinds import NAMED_REFS, TEMPLATE_KINDS
from pcmd_desktop.services.files import atomic_output

HEADER_ROW, KEY_ROW, EXAMPLE_ROW = 1, 2, 3
MARKER_KEY = "_example"
MARKER_HEADER = "Ví dụ"
MARKER_TEXT = "Ví dụ — xóa dòng này"
GUIDE_SHEET = "Hướng dẫn"
LISTS_SHEET = "Danh mục"
DATE_FORMAT = "DD/MM/YYYY"
BOOL_LABELS = ("Có", "Không")
OPTIONAL_IN_SHEET = frozenset({"id", "unit"})  # required in records.md, filled in on import
IGNORED_HEADERS = frozenset({"stt", "tt", "sothutu"})  # row-number columns of other tools
VALIDATED_ROWS = 2000  # rows below the headers that get the choice lists

# Obviously synthetic values: no real place, business or person.
EXAMPLES: dict[str, dict[str, object]] = {
    "establishment": {
        "name": "Karaoke Hoa Hồng",
        "type": "Karaoke",
        "address": "Số 1 phố Mẫu",
        "licence_no": "0000000000-VD",
        "owner_name": "Nguyễn Văn Mẫu",
        "phone": "0900000000",
        "note": "Dòng ví dụ",
    },
    "hotspot": {
        "name": "Khu vực bãi sông (ví dụ)",
        "location": "Bãi sông, tổ dân phố Mẫu",
        "kind": "Nơi công cộng",
        "identified_on": date(2018, 5, 1),
        "note": "Dòng ví dụ",
    },
    "person": {
        "code": "VD-2018-0001",
        "opened_on": date(2018, 2, 1),
        "full_name": "Nguyễn Thị Mẫu",
        "birth_year": 1990,
        "sex": "Nữ",
        "id_number": "000000000000",
        "residence": "Tổ dân phố Mẫu",
        "home_province": "Tỉnh Mẫu",
        "consent": "Có",
        "status": "Đang theo dõi",
        "note": "Dòng ví dụ",
    },
    "volunteer_team": {
        "name": "Đội tình nguyện Mẫu (ví dụ)",
        "area": "Tổ dân phố Mẫu",
        "established_on": date(2018, 1, 15),
        "note": "Dòng ví dụ",
    },
    "volunteer_member": {
        "team_id": "Đội tình nguyện Mẫu (ví dụ)",
        "full_name": "Trần Văn Mẫu",
        "birth_year": 1985,
        "sex": "Nam",
        "phone": "0900000000",
        "role": "Đội viên",
        "area": "Tổ dân phố Mẫu",
        "joined_on": date(2018, 2, 1),
        "note": "Dòng ví dụ",
    },
    "tip": {
        "received_on": date(2018, 3, 1),
        "channel": "Đường dây nóng",
        "place": "Số 1 phố Mẫu",
        "content": "Nội dung tin báo mẫu",
        "status": "Mới tiếp nhận",
        "note": "Dòng ví dụ",
    },
}


@dataclass(frozen=True)
class CellProblem:
    """A Vietnamese message on an Excel row and column header (None: the whole row)."""

    row: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"Dòng {self.row}" + (f", cột '{self.column}'" if self.column else "")
        return f"{where}: {self.message}"


class ExcelFileError(ServiceError):
    """The file is not a readable Excel workbook."""


class CellError(ValueError):
    """A cell that cannot be converted; str() is the Vietnamese reason."""


def template_kind(kind: str) -> RecordKind:
    """The record kind of a template; ServiceError for any other name."""
    if kind not in TEMPLATE_KINDS:
        allowed = ", ".join(f"{k} ({KINDS[k].label})" for k in TEMPLATE_KINDS)
        raise ServiceError(f"Không có mẫu Excel cho loại '{kind}'; các mẫu: {allowed}")
    return KINDS[kind]


def sheet_fields(kind: RecordKind) -> tuple[Field, ...]:
    """The fields a template has a column for: all but the confidential ones."""
    return tuple(f for f in kind.fields if not f.confidential)


def norm(text: str) -> str:
    """A header or choice as compared: case, tones, spaces, punctuation and '*' ignored."""
    return "".join(c for c in fold(text) if c.isalnum())


def header(f: Field) -> str:
    """The Vietnamese header of a field's column."""
    required = f.required and f.key not in OPTIONAL_IN_SHEET
    return f"{f.label} *" if required else f.label


def how_to_enter(f: Field) -> str:
    """How a value of this field is typed, in Vietnamese."""
    if f.key == "id":
        return (
            "Để trống: phần mềm tạo mã mới. Điền mã (UUID, lấy từ tệp xuất của phần mềm) "
            "thì nhập lại cùng tệp là cập nhật bản ghi đó, không tạo bản ghi trùng."
        )
    if f.type is FieldType.REF and f.ref in NAMED_REFS:
        page = NAMED_REFS[f.ref][1]
        return (
            f"Tên, đúng như ở trang {page} (không phân biệt chữ hoa, dấu); phải được nhập "
            "trước. Cũng nhận mã bản ghi (tệp pcmd export-records)."
        )
    if f.type is FieldType.UNIT:
        return "Để trống: đơn vị của cơ sở dữ liệu này. Điền mã đơn vị dạng văn bản, ví dụ 00067."
    if f.type is FieldType.DATE:
        return "Ngày dạng dd/mm/yyyy (ví dụ 15/01/2018); cũng nhận yyyy-mm-dd."
    if f.type is FieldType.YEAR:
        return "Năm có 4 chữ số, ví dụ 1990."
    if f.type in (FieldType.INT, FieldType.MONEY, FieldType.NUMBER):
        return "Số không âm; có thể dùng dấu chấm phân cách hàng nghìn, ví dụ 1.500.000."
    if f.type is FieldType.BOOL:
        return "Có: 'Có', 'x', TRUE hoặc 1. Không: 'Không', FALSE hoặc 0. Để trống: không ghi."
    if f.type is FieldType.CHOICE:
        return "Chọn trong danh sách (gõ nhãn tiếng Việt, có dấu hay không dấu, hoặc mã)."
    return "Văn bản."


def _allowed(f: Field) -> str:
    if f.choices:
        return "; ".join(f"{label} ({code})" for code, label in f.choices.items())
    if f.type is FieldType.BOOL:
        return "Có; Không"
    return ""


def _number_format(f: Field) -> str | None:
    if f.type is FieldType.DATE:
        return DATE_FORMAT
    if f.type in (FieldType.TEXT, FieldType.UNIT, FieldType.ID, FieldType.REF):
        return "@"  # typed as text: keeps leading zeros of unit codes and phone numbers
    return None


_BOLD = Font(bold=True)
_HEAD_FILL = PatternFill("solid", fgColor="DDEBF7")
_EXAMPLE_FONT = Font(italic=True, color="808080")


def _validation(f: Field, lists_col: int, count: int) -> DataValidation:
    if f.choices:
        letter = get_column_letter(lists_col)
        formula = f"'{LISTS_SHEET}'!${letter}$1:${letter}${count}"
    else:
        formula = '"' + ",".join(BOOL_LABELS) + '"'
    dv = DataValidation(type="list", formula1=formula, allow_blank=True)
    dv.errorStyle = "warning"  # codes typed instead of labels are still accepted
    dv.errorTitle = f.label
    dv.error = "Giá trị không có trong danh sách. Hãy chọn trong danh sách."
    dv.promptTitle = f.label[:32]
    dv.prompt = "Chọn trong danh sách."
    return dv


def _fill_sheet(wb: Workbook, kind: RecordKind) -> None:
    sheet = wb.active
    assert sheet is not None
    sheet.title = kind.label[:31]
    lists = wb.create_sheet(LISTS_SHEET)
    lists.sheet_state = "hidden"
    example = EXAMPLES[kind.name]
    last_row = EXAMPLE_ROW + VALIDATED_ROWS
    lists_col = 0
    fields = sheet_fields(kind)
    for col, f in enumerate(fields, start=1):
        letter = get_column_letter(col)
        head = sheet.cell(HEADER_ROW, col, header(f))
        head.font, head.fill = _BOLD, _HEAD_FILL
        sheet.cell(KEY_ROW, col, f.key)
        cell = sheet.cell(EXAMPLE_ROW, col, example.get(f.key))
        cell.font = _EXAMPLE_FONT
        fmt = _number_format(f)
        if fmt:
            sheet.column_dimensions[letter].number_format = fmt
            cell.number_format = fmt
        if f.choices or f.type is FieldType.BOOL:
            if f.choices:
                lists_col += 1
                for row, label in enumerate(f.choices.values(), start=1):
                    lists.cell(row, lists_col, label)
            dv = _validation(f, lists_col, len(f.choices or ()))
            sheet.add_data_validation(dv)
            dv.add(f"{letter}{EXAMPLE_ROW}:{letter}{last_row}")
        width = max(len(header(f)), len(str(example.get(f.key) or "")), 10)
        sheet.column_dimensions[letter].width = min(width + 3, 60)
    col = len(fields) + 1
    letter = get_column_letter(col)
    head = sheet.cell(HEADER_ROW, col, MARKER_HEADER)
    head.font, head.fill = _BOLD, _HEAD_FILL
    sheet.cell(KEY_ROW, col, MARKER_KEY)
    sheet.cell(EXAMPLE_ROW, col, MARKER_TEXT).font = _EXAMPLE_FONT
    sheet.column_dimensions[letter].width = len(MARKER_TEXT) + 3
    sheet.row_dimensions[KEY_ROW].hidden = True
    sheet.freeze_panes = f"A{EXAMPLE_ROW}"


def _fill_guide(wb: Workbook, kind: RecordKind) -> None:
    guide = wb.create_sheet(GUIDE_SHEET, 1)
    notes = [
        f"Mẫu nhập danh sách: {kind.label}",
        "Mỗi dòng từ dòng 3 của trang đầu là một bản ghi. Cột có dấu * là bắt buộc.",
        "Dòng 2 (ẩn) giữ mã trường của từng cột: có thể đổi thứ tự cột, nhưng đừng sửa dòng "
        "này. Bảng không có dòng mã thì cột được nhận theo tiêu đề (không phân biệt chữ hoa, "
        "dấu, khoảng trắng và dấu *).",
        f"Dòng ví dụ có chữ '{MARKER_TEXT}' ở cột '{MARKER_HEADER}': để nguyên thì được bỏ "
        "qua khi nhập. Muốn dùng dòng đó làm bản ghi thật, hãy xóa ô ở cột "
        f"'{MARKER_HEADER}'; dòng ví dụ đã sửa mà còn chữ này sẽ bị báo lỗi.",
        "Cột 'STT' (số thứ tự) được bỏ qua. Dòng trống được bỏ qua.",
        "Nhập là tất cả hoặc không: còn một lỗi thì không bản ghi nào được lưu; phần mềm "
        "liệt kê mọi lỗi theo dòng và cột để sửa trước khi nhập.",
    ]
    for row, text in enumerate(notes, start=1):
        guide.cell(row, 1, text).font = _BOLD if row == 1 else Font()
    start = len(notes) + 2
    titles = ("Cột", "Mã trường", "Bắt buộc", "Cách nhập", "Giá trị cho phép")
    for col, title in enumerate(titles, start=1):
        cell = guide.cell(start, col, title)
        cell.font, cell.fill = _BOLD, _HEAD_FILL
    rows = [
        (header(f), f.key, "Có" if header(f).endswith(" *") else "Không", how_to_enter(f),
         _allowed(f))
        for f in sheet_fields(kind)
    ]  # fmt: skip
    rows.append((MARKER_HEADER, MARKER_KEY, "Không", "Chỉ dòng ví dụ có chữ ở cột này.", ""))
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, values in enumerate(rows, start=start + 1):
        for c, value in enumerate(values, start=1):
            guide.cell(r, c, value).alignment = wrap
    for letter, width in zip("ABCDE", (34, 18, 10, 60, 70), strict=True):
        guide.column_dimensions[letter].width = width


def write_template(kind: str, path: Path) -> Path:
    """Write the Excel template of `kind` to `path` (whole or not at all); returns `path`."""
    record_kind = template_kind(kind)
    wb = Workbook()
    _fill_sheet(wb, record_kind)
    _fill_guide(wb, record_kind)
    path = Path(path)
    with atomic_output(path) as tmp:
        wb.save(tmp)
    return path
