"""The Kế hoạch page: a unit's year targets per indicator, and each commune's PCMD model
and "xã, phường lành mạnh" assessment for the year.

Targets are written all at once: every value is checked first (the same rules as any
plan_target record) and, only when all are valid, written in one transaction with one
audit entry each, like RecordService writes. A commune status is one commune_status
record of a commune under this database's unit.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from pcmd_desktop.db import audit, records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.coerce import Problem
from pcmd_desktop.domain.indicators import BY_CODE
from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.domain.records import KINDS, RecordKind, record_key
from pcmd_desktop.domain.validation import ValidationError, validate
from pcmd_desktop.services.approval import check_writable
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.lookup import StoreContext
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.records import change_detail
from pcmd_desktop.services.workspace import Workspace

__all__ = [
    "CommuneStatusRow",
    "commune_statuses",
    "copy_plan",
    "set_commune_status",
    "set_targets",
    "targets",
]

PLAN = KINDS["plan_target"]
STATUS = KINDS["commune_status"]

Number = int | float


@dataclass(frozen=True)
class CommuneStatusRow:
    unit: str  # commune code
    unit_name: str
    year: int
    pcmd_model: str | None  # none | maintained | new; None when not entered
    clean: bool | None
    note: str | None

    @property
    def entered(self) -> bool:
        return self.pcmd_model is not None


def _number(value: float) -> Number:
    return int(value) if float(value).is_integer() else value


def _stored_targets(ws: Workspace, year: int) -> dict[str, dict]:
    rows = ws.db.execute(
        "SELECT indicator, target FROM plan_targets WHERE unit = ? AND year = ? "
        "AND deleted_at IS NULL",
        (ws.unit.code, year),
    ).fetchall()
    return {
        code: {"unit": ws.unit.code, "year": year, "indicator": code, "target": _number(t)}
        for code, t in rows
    }


def targets(ws: Workspace, year: int) -> dict[str, Number]:
    """This unit's targets for `year`: indicator code -> target."""
    require(ws, Permission.READ)
    return {code: rec["target"] for code, rec in _stored_targets(ws, year).items()}


def _write(ws: Workspace, kind: RecordKind, changes: list[tuple[str, dict | None, dict | None]]):
    """(action, old, new) of each record, written and audited in one transaction."""
    session = ws.session
    assert session is not None
    for _action, old, new in changes:
        check_writable(ws, kind, old, new)
    at = audit_time()
    with transaction(ws.db):
        for action, old, new in changes:
            if action == "delete":
                assert old is not None
                key = record_key(kind, old)
                records_repo.set_deleted(ws.db, kind, {k: old[k] for k in kind.key},
                                         session.user, True)  # fmt: skip
                audit.append(ws.db, at, session.user, "delete", kind.name, key)
            else:
                assert new is not None
                records_repo.upsert_many(ws.db, kind, [new], session.user)
                audit.append(ws.db, at, session.user, action, kind.name,
                             record_key(kind, new), change_detail(kind, old, new))  # fmt: skip


def _target_changes(
    ws: Workspace, year: int, values: Mapping[str, Number | None], today: date | None
) -> list[tuple[str, dict | None, dict | None]]:
    """(action, old, new) for each target that changes; ValidationError if any is refused."""
    ctx = StoreContext(ws, today)
    current = _stored_targets(ws, year)
    problems: list[Problem] = []
    whole: set[str] = set()  # faults of the year or unit, named once
    changes: list[tuple[str, dict | None, dict | None]] = []
    for code, value in values.items():
        indicator = BY_CODE.get(code)
        if indicator is None:
            problems.append(Problem(str(code), f"'{code}' không phải mã chỉ tiêu trong danh mục"))
            continue
        old = current.get(code)
        if value is None:
            if old is not None:
                changes.append(("delete", old, None))
            continue
        obj = {"unit": ws.unit.code, "year": year, "indicator": code, "target": value}
        record, found = validate(PLAN, obj, ctx)
        for p in found:
            if p.field not in ("year", "unit"):
                problems.append(Problem(code, f"{indicator.label} ({code}): {p.message}"))
            elif p.message not in whole:
                whole.add(p.message)
                problems.append(p)
        if not found and (old is None or old["target"] != record["target"]):
            changes.append(("create" if old is None else "update", old, record))
    if problems:
        raise ValidationError(problems)
    return changes


def set_targets(
    ws: Workspace, year: int, values: Mapping[str, Number | None], *, today: date | None = None
) -> int:
    """Set this unit's targets for `year` (None removes one); all or nothing. Returns how
    many targets changed. ValidationError names every indicator whose value is refused."""
    require(ws, Permission.EDIT_RECORDS)
    # Read, check and write under one write lock: what is compared is what is replaced.
    with transaction(ws.db):
        changes = _target_changes(ws, year, values, today)
        if changes:
            _write(ws, PLAN, changes)
    return len(changes)


def copy_plan(
    ws: Workspace, from_year: int, to_year: int, *, replace: bool = False,
    today: date | None = None,
) -> int:  # fmt: skip
    """Start `to_year`'s plan from `from_year`'s targets; returns how many were copied.
    A year that already has targets is refused unless `replace`, which makes its plan
    exactly the copy (its other targets are removed)."""
    require(ws, Permission.EDIT_RECORDS)
    if from_year == to_year:
        raise ServiceError("Năm nguồn và năm đích của kế hoạch phải khác nhau.")
    with transaction(ws.db):
        source = targets(ws, from_year)
        if not source:
            raise ServiceError(f"Năm {from_year} chưa có chỉ tiêu kế hoạch nào để sao chép.")
        existing = targets(ws, to_year)
        if existing and not replace:
            raise ServiceError(
                f"Năm {to_year} đã có {len(existing)} chỉ tiêu kế hoạch; chọn thay thế nếu "
                f"muốn ghi đè bằng kế hoạch năm {from_year}."
            )
        values: dict[str, Number | None] = {code: None for code in existing}
        values.update(source)
        set_targets(ws, to_year, values, today=today)
    return len(source)


def commune_statuses(ws: Workspace, year: int) -> list[CommuneStatusRow]:
    """The year's model and assessment of this unit (a commune) or of every commune under
    it (a district or city), in the order of the unit list; None where not entered."""
    require(ws, Permission.READ)
    stored = {
        r[0]: r
        for r in ws.db.execute(
            "SELECT unit, pcmd_model, clean, note FROM commune_statuses "
            "WHERE year = ? AND deleted_at IS NULL",
            (year,),
        )
    }
    if ws.unit.level == "commune":
        communes = [ws.unit]
    else:
        # The communes in force at the year's end, and any other with a stored entry.
        tree = ws.units_on(parse_period(str(year), ws.cutoff).end)
        scope = ws.history.every_code_under(ws.unit.code)
        communes = [u for u in tree.descendants(ws.unit.code) if u.level == "commune"]
        listed = {u.code for u in communes}
        communes += [
            u
            for code in stored
            if code in scope
            and code not in listed
            and (u := tree.get(code)) is not None
            and u.level == "commune"
        ]
        communes.sort(key=lambda u: u.code)
    out = []
    for u in communes:
        row = stored.get(u.code)
        if row is None:
            out.append(CommuneStatusRow(u.code, u.name, year, None, None, None))
        else:
            out.append(CommuneStatusRow(u.code, u.name, year, row[1], bool(row[2]), row[3]))
    return out


def set_commune_status(
    ws: Workspace,
    unit: str,
    year: int,
    pcmd_model: str | None,
    clean: bool | None,
    note: str | None = None,
    *,
    today: date | None = None,
) -> CommuneStatusRow:
    """Enter (or change) a commune's model and assessment for `year`; with both
    `pcmd_model` and `clean` None the entry is removed. ValidationError when refused."""
    require(ws, Permission.EDIT_RECORDS)
    with transaction(ws.db):
        return _set_status(ws, unit, year, pcmd_model, clean, note, today)


def _set_status(
    ws: Workspace, unit: str, year: int, pcmd_model: str | None, clean: bool | None,
    note: str | None, today: date | None,
) -> CommuneStatusRow:  # fmt: skip
    row = records_repo.get(ws.db, STATUS, {"unit": unit, "year": year})
    old = records_repo.row_to_record(STATUS, row) if row is not None else None
    commune = ws.units.get(unit)
    name = commune.name if commune else unit
    if pcmd_model is None and clean is None:
        if old is not None:
            _write(ws, STATUS, [("delete", old, None)])
        return CommuneStatusRow(unit, name, year, None, None, None)
    obj = {"unit": unit, "year": year, "pcmd_model": pcmd_model, "clean": clean, "note": note}
    if old is not None and old.get("extra"):
        obj["extra"] = old["extra"]
    record, problems = validate(STATUS, obj, StoreContext(ws, today))
    if problems:
        raise ValidationError(problems)
    if record != old:
        _write(ws, STATUS, [("create" if old is None else "update", old, record)])
    return CommuneStatusRow(unit, name, year, record["pcmd_model"], record["clean"],
                            record.get("note"))  # fmt: skip
