"""References typed by name in an Excel sheet. A clerk filling a roster writes the team a
member belongs to as the team's name ("Đội CTXH tình nguyện phường Chương Dương"), and a
tip the establishment it names as the establishment's name, not as the record id the
database keeps; here such a name becomes the id of the one live record of that name in the
row's unit, and a name that fits none, or several, is a problem named by row and column.
An id typed (from an export) is kept as it is."""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from pcmd_desktop.domain.records import KINDS, FieldType, RecordKind
from pcmd_desktop.services.excel_import import PreviewRow
from pcmd_desktop.services.excel_kinds import NAMED_REFS
from pcmd_desktop.services.excel_templates import norm
from pcmd_desktop.services.workspace import Workspace


@dataclasses.dataclass(frozen=True)
class RefProblem:
    row: int  # the Excel row
    key: str  # the field whose cell is wrong
    message: str


def named_ref_fields(kind: RecordKind) -> list[str]:
    """The keys of `kind`'s reference fields a sheet may fill with a name."""
    return [f.key for f in kind.fields if f.type is FieldType.REF and f.ref in NAMED_REFS]


def resolve_names(
    ws: Workspace, kind: RecordKind, rows: list[PreviewRow]
) -> tuple[list[PreviewRow], list[RefProblem]]:
    """`rows` with every reference typed as a name replaced by the record's id, and the
    problems of the names that fit no record or more than one."""
    problems: list[RefProblem] = []
    resolved = list(rows)
    for key in named_ref_fields(kind):
        target = KINDS[kind.field(key).ref or ""]
        by_name, ids = _live_names(ws, target)
        for i, row in enumerate(resolved):
            typed = row.record.get(key)
            if not isinstance(typed, str) or key in row.failed or typed.lower() in ids:
                continue
            unit = str(row.record.get("unit") or ws.unit.code)
            found = by_name.get((unit, norm(typed)), [])
            if len(found) == 1:
                record = {**row.record, key: found[0]}
                resolved[i] = dataclasses.replace(row, record=record)
                continue
            what = target.label.lower()
            where = ws.units.get(unit).name if ws.units.get(unit) else unit
            page = NAMED_REFS[target.name][1]
            if found:
                message = (f"có {len(found)} {what} cùng tên '{typed}' ở {where}; đổi tên cho "
                           f"khác nhau (trang {page}) rồi đọc lại tệp")  # fmt: skip
            else:
                message = (f"không có {what} tên '{typed}' ở {where}; nhập trước ở trang {page} "
                           "hoặc sửa tên cho đúng")  # fmt: skip
            problems.append(RefProblem(row.row_number, key, message))
    return resolved, problems


def _live_names(ws: Workspace, target: RecordKind) -> tuple[dict, set[str]]:
    """(unit, folded name) -> ids of the live records, and every live id (lower case)."""
    name = NAMED_REFS[target.name][0]
    by_name: dict[tuple[str, str], list[str]] = defaultdict(list)
    ids: set[str] = set()
    rows = ws.db.execute(
        f"SELECT id, unit, {name} FROM {target.table} WHERE deleted_at IS NULL ORDER BY id"
    ).fetchall()
    for rid, unit, value in rows:
        ids.add(str(rid).lower())
        by_name[(unit, norm(value or ""))].append(rid)
    return by_name, ids
