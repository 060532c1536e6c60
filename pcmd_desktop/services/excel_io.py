"""Importing lists of records from Excel (establishments, hotspots, persons, volunteer teams
and their members, tips): the service the data-entry window uses.

1. `write_template(kind, path)`: an .xlsx to fill in (`excel_templates`).
2. `read_sheet(path, kind, default_unit=...)`: the filled sheet as records.md objects,
   with every cell that cannot be read named by row and column (`excel_import`).
3. `check_preview(ws, preview)`: the domain's shape and rule checks against the database,
   without writing, each problem mapped back to its row and column; a member's team
   or a tip's establishment may be typed by name (`excel_refs`).
4. `import_preview(ws, preview)`: all or nothing through `records_io.import_objects`.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from pcmd_desktop.domain.coerce import Problem, coerce
from pcmd_desktop.domain.records import RecordKind
from pcmd_desktop.domain.validation import check_rules
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.excel_import import (
    CellError,
    CellProblem,
    ExcelFileError,
    PreviewRow,
    SheetPreview,
    cell_value,
    read_sheet,
)
from pcmd_desktop.services.excel_refs import resolve_names
from pcmd_desktop.services.excel_templates import (
    MARKER_TEXT,
    TEMPLATE_KINDS,
    header,
    template_kind,
    write_template,
)
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.records_io import (
    ImportRejected,
    ImportSummary,
    _context,  # the same validation context an import builds, batch and prefetch
    import_objects,
)
from pcmd_desktop.services.workspace import Workspace

__all__ = [
    "MARKER_TEXT",
    "TEMPLATE_KINDS",
    "CellError",
    "CellProblem",
    "ExcelFileError",
    "ExcelImportRefused",
    "ImportSummary",
    "PreviewRow",
    "SheetPreview",
    "cell_value",
    "check_preview",
    "import_preview",
    "read_sheet",
    "write_template",
]


class ExcelImportRefused(ServiceError):
    """Nothing was imported; `problems` names every bad row and column."""

    def __init__(self, problems: list[CellProblem]):
        self.problems = list(problems)
        super().__init__(f"Không nhập bản ghi nào: {len(self.problems)} lỗi")


def _column(kind: RecordKind, preview: SheetPreview, key: str | None) -> str | None:
    if key is None:
        return None
    if key in preview.columns:
        return preview.columns[key]
    return header(kind.field(key)) if key in kind.keys else key


def _duplicates(kind: RecordKind, preview: SheetPreview) -> list[CellProblem]:
    seen: dict[tuple, int] = {}
    out = []
    for row in preview.rows:
        rec, n = row.record, row.row_number
        checks = [("id", (str(rec.get("id")).lower(),), "trùng mã bản ghi với dòng {}")]
        if kind.name == "person" and rec.get("code"):
            code = (str(rec.get("unit")), str(rec["code"]))
            checks.append(("code", code, f"mã hồ sơ '{rec['code']}' trùng dòng {{}}"))
        for key, value, message in checks:
            first = seen.setdefault((key, *value), n)
            if first != n:
                out.append(CellProblem(n, _column(kind, preview, key), message.format(first)))
    return out


def check_preview(ws: Workspace, preview: SheetPreview, today: date | None = None) -> SheetPreview:
    """The preview with every problem the domain finds added (shape, rules against the
    database and the other rows), each by Excel row and column; nothing is written.
    PermissionDenied for a role that may not edit records."""
    require(ws, Permission.EDIT_RECORDS)
    kind = template_kind(preview.kind)
    problems = list(preview.problems)

    def cell(n: int, p: Problem) -> CellProblem:
        return CellProblem(n, _column(kind, preview, p.field), p.message)

    rows, named = resolve_names(ws, kind, preview.rows)
    unnamed: dict[int, set[str]] = {}  # row -> the name cells that fit no record
    for p in named:
        problems.append(CellProblem(p.row, _column(kind, preview, p.key), p.message))
        unnamed.setdefault(p.row, set()).add(p.key)
    parsed: list[tuple[int, RecordKind, dict]] = []
    for row in rows:
        skip = row.failed | unnamed.get(row.row_number, set())
        rec, shape = coerce(kind, row.record)
        problems.extend(cell(row.row_number, p) for p in shape if p.field not in skip)
        parsed.append((row.row_number, kind, rec))
    problems.extend(_duplicates(kind, preview))
    ctx = _context(ws, [(n, k, r) for n, k, r in parsed if "id" in r], today)
    for n, _kind, rec in parsed:
        skip = unnamed.get(n, set())
        problems.extend(cell(n, p) for p in check_rules(kind, rec, ctx) if p.field not in skip)
    order = {name: i for i, name in enumerate(preview.columns.values())}
    unique = list(dict.fromkeys(problems))
    unique.sort(key=lambda p: (p.row, order.get(p.column or "", -1)))
    return dataclasses.replace(preview, problems=unique)


def import_preview(
    ws: Workspace, preview: SheetPreview, today: date | None = None
) -> ImportSummary:
    """Write every row of the preview in one transaction, or nothing: ExcelImportRefused
    (with the problems by row and column) when the preview or the import finds any."""
    require(ws, Permission.EDIT_RECORDS)
    if preview.problems:
        raise ExcelImportRefused(preview.problems)
    if not preview.rows:
        raise ExcelImportRefused([CellProblem(1, None, "không có dòng dữ liệu nào để nhập")])
    rows, named = resolve_names(ws, template_kind(preview.kind), preview.rows)
    if named:  # a team renamed or deleted since the preview was checked
        raise ExcelImportRefused(check_preview(ws, preview, today).problems)
    objects = [(r.row_number, {"record": preview.kind, **r.record}) for r in rows]
    try:
        return import_objects(ws, objects, today, keep_confidential=True)
    except ImportRejected as e:
        # The same checks by row and column; the import's own lines if they find nothing.
        checked = check_preview(ws, preview, today).problems
        problems = checked or [CellProblem(p.line, None, p.message) for p in e.problems]
        raise ExcelImportRefused(problems) from e
