"""Records in and out as JSON lines (records.md form).

An import is all or nothing: every line is checked, shape and rules, against the database
and the rest of the file before anything is written; any bad line means nothing is
written and every bad line is named. The same ids again update, never duplicate.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date

from pcmd_desktop.db import audit, records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.coerce import coerce
from pcmd_desktop.domain.records import KINDS, RECORD_KINDS, RecordKind, record_key
from pcmd_desktop.domain.validation import check_rules
from pcmd_desktop.services.approval import lock_problem, locked_spans
from pcmd_desktop.services.auth import audit_time, record_event, require
from pcmd_desktop.services.confidential import (
    CONFIDENTIAL,
    confidential_problem,
    kept_confidential,
)
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.lookup import StoreContext
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import SENSITIVE, encrypt_record
from pcmd_desktop.services.records import change_detail, kind_named, shown_to
from pcmd_desktop.services.workspace import Workspace

MAX_LINE_CHARS = 1_000_000  # one record, however many notes, is far below this


@dataclass(frozen=True)
class LineProblem:
    line: int
    message: str

    def __str__(self) -> str:
        return f"Dòng {self.line}: {self.message}"


class ImportRejected(ServiceError):
    """Nothing was imported; `problems` names every bad line and field."""

    def __init__(self, problems: list[LineProblem]):
        self.problems = sorted(problems, key=lambda p: p.line)
        super().__init__(f"Không nhập bản ghi nào: {len(self.problems)} lỗi")


@dataclass
class ImportSummary:
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.created.values()) + sum(self.updated.values())


def _decode(lines: Iterable[str]) -> tuple[list[tuple[int, object]], list[LineProblem]]:
    """JSON-decode each non-blank line, keeping its line number."""
    objects: list[tuple[int, object]] = []
    problems: list[LineProblem] = []
    for n, raw in enumerate(lines, start=1):
        text = raw.strip().lstrip("\ufeff")  # a BOM from Notepad on the first line
        if not text:
            continue
        if len(text) > MAX_LINE_CHARS:
            problems.append(LineProblem(n, f"dòng dài quá {MAX_LINE_CHARS} ký tự"))
            continue
        try:
            objects.append((n, json.loads(text)))
        except (ValueError, RecursionError) as e:
            problems.append(LineProblem(n, f"không phải JSON hợp lệ ({e})"))
    return objects, problems


def _shape(
    objects: Iterable[tuple[int, object]],
) -> tuple[list[tuple[int, RecordKind, dict]], list[LineProblem]]:
    """Check each object's kind, fields and types."""
    parsed: list[tuple[int, RecordKind, dict]] = []
    problems: list[LineProblem] = []
    for n, obj in objects:
        if not isinstance(obj, dict):
            problems.append(LineProblem(n, "mỗi dòng phải là một đối tượng JSON {...}"))
            continue
        name = obj.get("record")
        if not isinstance(name, str) or name not in KINDS:
            problems.append(
                LineProblem(
                    n,
                    f"trường 'record' phải là một loại bản ghi: {', '.join(KINDS)} "
                    f"(đang là {name!r})",
                )
            )
            continue
        kind = KINDS[name]
        record, shape = coerce(kind, obj)
        problems.extend(LineProblem(n, p.message) for p in shape)
        if not shape:
            parsed.append((n, kind, record))
    return parsed, problems


def _duplicates(parsed: list[tuple[int, RecordKind, dict]]) -> list[LineProblem]:
    seen: dict[tuple[str, str], int] = {}
    codes: dict[tuple[str, str], int] = {}
    out = []
    for n, kind, rec in parsed:
        key = (kind.name, record_key(kind, rec))
        if key in seen:
            out.append(LineProblem(n, f"trùng mã {key[1]} với dòng {seen[key]}"))
        seen.setdefault(key, n)
        if kind.name == "person":
            code = (rec["unit"], rec["code"])
            if code in codes and codes[code] != n:
                out.append(
                    LineProblem(n, f"Mã hồ sơ (code): '{rec['code']}' trùng dòng {codes[code]}")
                )
            codes.setdefault(code, n)
    return out


def _context(ws: Workspace, parsed, today: date | None) -> StoreContext:
    ctx = StoreContext(ws, today)
    for _n, kind, rec in parsed:
        if kind.has_id:
            ctx.batch.setdefault(kind.name, {})[rec["id"]] = rec
    ctx.add_person_codes([rec for _n, k, rec in parsed if k.name == "person"])
    wanted: dict[str, set[str]] = defaultdict(set)
    for _n, kind, rec in parsed:
        for f in kind.fields:
            if f.ref and rec.get(f.key):
                wanted[f.ref].add(rec[f.key])
    for ref_kind, ids in wanted.items():
        ctx.prefetch(ref_kind, ids)
    return ctx


def import_records(ws: Workspace, lines: Iterable[str], today: date | None = None) -> ImportSummary:
    """Import JSON lines: check every line, then write them all in one transaction;
    ImportRejected (nothing written) when any line is bad."""
    objects, problems = _decode(lines)
    return import_objects(ws, objects, today, problems)


def import_objects(
    ws: Workspace,
    objects: Iterable[tuple[int, object]],
    today: date | None = None,
    problems: list[LineProblem] | None = None,
    *,
    keep_confidential: bool = False,
) -> ImportSummary:
    """Import (line number, records.md object) pairs, all or nothing. With
    `keep_confidential` (a source without those columns, an Excel sheet) a record updated
    keeps its stored confidential fields whoever imports it."""
    require(ws, Permission.EDIT_RECORDS)
    parsed, shape_problems = _shape(objects)
    problems = [*(problems or []), *shape_problems, *_duplicates(parsed)]
    ctx = _context(ws, parsed, today)
    for n, kind, rec in parsed:
        problems.extend(LineProblem(n, p.message) for p in check_rules(kind, rec, ctx))
        refused = confidential_problem(require(ws, Permission.EDIT_RECORDS), kind, rec)
        if refused:
            problems.append(LineProblem(n, refused))
    problems.extend(_locked(ws, parsed))
    if problems:
        raise ImportRejected(problems)
    session = ws.session
    assert session is not None
    by_kind: dict[str, list[dict]] = defaultdict(list)
    for _n, kind, rec in parsed:
        by_kind[kind.name].append(rec)
    summary = ImportSummary()
    at = audit_time()
    with transaction(ws.db):
        for kind in RECORD_KINDS:
            batch = by_kind.get(kind.name)
            if not batch:
                continue
            existing = _existing(ws, kind, batch)
            if CONFIDENTIAL[kind.name]:
                batch = [_keep_informant(ws, session, kind, r, keep_confidential)
                         for r in batch]  # fmt: skip
            stored = [encrypt_record(kind, r, session.cipher) for r in batch]
            records_repo.upsert_many(ws.db, kind, stored, session.user)
            entries = []
            for r in batch:
                key = record_key(kind, r)
                action = "update" if key in existing else "create"
                entries.append((at, session.user, action, kind.name, key,
                                {**change_detail(kind, None, r), "via": "import"}))  # fmt: skip
            audit.append_many(ws.db, entries)
            summary.updated[kind.name] = len(existing)
            summary.created[kind.name] = len(batch) - len(existing)
    if "person" in by_kind:
        session.name_index = None
    return summary


def _locked(ws: Workspace, parsed: list[tuple[int, RecordKind, dict]]) -> list[LineProblem]:
    """A line whose record (as in the file, or as stored before) falls in a period the
    parent accepted (services/approval.py)."""
    spans = locked_spans(ws)
    if not spans:
        return []
    out = []
    for n, kind, rec in parsed:
        row = records_repo.get(ws.db, kind, {k: rec[k] for k in kind.key}, include_deleted=True)
        old = records_repo.row_to_record(kind, row) if row is not None else None
        problem = lock_problem(kind, rec, spans) or lock_problem(kind, old, spans)
        if problem:
            out.append(LineProblem(n, problem))
    return out


def _keep_informant(ws: Workspace, session, kind: RecordKind, rec: dict, always: bool) -> dict:
    """A tip imported by a role that may not write its informant (or from a source that
    never has it) keeps the stored one."""
    row = records_repo.get(ws.db, kind, {"id": rec["id"]}, include_deleted=True)
    stored = records_repo.row_to_record(kind, row) if row is not None else None
    return {**rec, **kept_confidential(session, kind, stored, session.cipher, always=always)}


def _existing(ws: Workspace, kind: RecordKind, batch: list[dict]) -> set[str]:
    if kind.has_id:
        return records_repo.existing_keys(ws.db, kind, (r["id"] for r in batch))
    return {
        record_key(kind, r)
        for r in batch
        if records_repo.get(ws.db, kind, {k: r[k] for k in kind.key}, include_deleted=True)
    }


def record_line(kind: RecordKind, record: dict) -> str:
    """One record as a JSON line: `record` first, fields in records.md order, empty fields
    left out."""
    obj: dict = {"record": kind.name}
    obj.update((k, v) for k, v in record.items() if v is not None)
    return json.dumps(obj, ensure_ascii=False)


def export_records(ws: Workspace, kind_name: str | None = None) -> Iterator[str]:
    """Every live record (of one kind, or all in records.md order) as JSON lines, in a
    stable order so that two exports of the same data are identical. Personal fields are
    included only for roles that may see them, and that export is audited."""
    session = require(ws, Permission.READ)
    kinds = [kind_named(kind_name)] if kind_name else list(RECORD_KINDS)
    if any(SENSITIVE[k.name] for k in kinds) and session.can(Permission.VIEW_PERSONAL):
        record_event(ws, "export_personal", detail={"kinds": [k.name for k in kinds]})
    # Checked now, not when the first line is asked for: refused before anything is read.
    return (
        record_line(kind, shown_to(session, kind, record))
        for kind in kinds
        for record in records_repo.iter_records(ws.db, kind)
    )
