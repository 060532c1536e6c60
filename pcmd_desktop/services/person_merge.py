"""Merging two files of the same person into one, keeping everything either held.

`merge_persons(ws, keep_id, drop_id)` does, in one transaction:

1. every record that refers to the dropped person (its services, the sanctions naming
   it, and any other kind whose field refers to a person; those in the recycle bin too)
   is moved to the kept person;
2. each field empty on the kept file is filled from the dropped one; a filled field is
   never overwritten;
3. where both files hold different values (a second spelling of the name, another
   identity number or residence, another status, the dropped file's own note), the
   dropped file's value is written into the kept file's **Ghi chú** (note), in one
   paragraph appended after what was there:
   "[Gộp hồ sơ <mã> (lập ngày dd/mm/yyyy) vào hồ sơ này ngày dd/mm/yyyy. Giá trị khác
   của hồ sơ gộp: <nhãn>: <giá trị>; …]". The note, not `extra`: the note is encrypted
   like a name, `extra` is stored in clear and conflicting values are often names and
   identity numbers. The paragraph, in square brackets after one space (a note is one
   line), is written on every merge, conflicts or not, so the officer reading the kept
   file sees it was merged;
4. `extra` of the kept file gains the dropped file's keys it lacked, and a
   `merged_from` entry (the dropped file's id, code, opening date, the day, and any
   `extra` values of its that differed); the dropped file's `extra` gains `merged_into`
   (the kept file's id and code, the day);
5. the dropped file goes to the recycle bin (soft delete, restorable: its own fields are
   left as they were; restoring it does not move the records back);
6. the audit log gets the kept file's update, each moved record's update, the dropped
   file's deletion and one "merge_persons" entry naming both ids.

Refused, with nothing changed (`MergeRefused`): the same file twice, a file missing or in
the recycle bin, files of two units, a merged file the rules refuse; a role that may not
edit records or see personal data gets PermissionDenied.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from pcmd_desktop.db import audit, records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.display import format_date, format_value
from pcmd_desktop.domain.records import KINDS, RECORD_KINDS
from pcmd_desktop.domain.validation import validate
from pcmd_desktop.services.approval import PeriodLocked, check_writable
from pcmd_desktop.services.auth import Session, audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.lookup import StoreContext
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import decrypt_record, encrypt_record
from pcmd_desktop.services.records import change_detail
from pcmd_desktop.services.workspace import Workspace

__all__ = ["MergeRefused", "MergeResult", "merge_persons"]

PERSON = KINDS["person"]
# The file's identity: never filled nor reported as a conflict (the code and the opening
# date of the dropped file are named in the merge paragraph instead).
_IDENTITY = ("id", "unit", "code", "opened_on")
_MERGED = tuple(k for k in PERSON.keys if k not in _IDENTITY)


class MergeRefused(ServiceError):
    """A merge that cannot be done as asked; nothing was changed."""


@dataclass(frozen=True)
class MergeResult:
    kept_id: str
    dropped_id: str
    kept_code: str
    dropped_code: str
    filled: tuple[str, ...]  # fields of the kept file filled from the dropped one
    conflicts: tuple[str, ...]  # fields whose other value went into the kept file's note
    moved: dict[str, int]  # record kind -> how many records now refer to the kept file


def _refers_to_person() -> list[tuple[str, str, str]]:
    """(kind, table, column) of every field that refers to a person."""
    return [(k.name, k.table, f.key) for k in RECORD_KINDS for f in k.fields
            if f.ref == "person"]  # fmt: skip


def _check_unlocked(ws: Workspace, keep: dict, merged: dict, drop: dict) -> None:
    """MergeRefused when the merge would change a record of a period the parent accepted:
    either file, or a record moved from the dropped file to the kept one."""
    try:
        check_writable(ws, PERSON, keep, merged, drop)
        for kind, table, column in _refers_to_person():
            rows = ws.db.query(f"SELECT * FROM {table} WHERE {column} = ?", [drop["id"]])
            check_writable(ws, KINDS[kind], *(records_repo.row_to_record(KINDS[kind], r)
                                              for r in rows))  # fmt: skip
    except PeriodLocked as e:
        raise MergeRefused(f"Không gộp được: {e}") from None


def _file(ws: Workspace, person_id: str, which: str) -> dict:
    row = records_repo.get(ws.db, PERSON, {"id": person_id}, include_deleted=True)
    if row is None:
        raise MergeRefused(f"Không gộp được: không có hồ sơ {which} (mã bản ghi {person_id}).")
    if row["deleted_at"] is not None:
        raise MergeRefused(f"Không gộp được: hồ sơ {row['code']} đang ở Thùng rác; "
                           "hãy khôi phục trước khi gộp.")  # fmt: skip
    return records_repo.row_to_record(PERSON, row)


def _empty(value: object) -> bool:
    return value is None or value == ""


def _paragraph(drop: dict, conflicts: dict[str, object], day: date) -> str:
    text = (f"[Gộp hồ sơ {drop['code']} (lập ngày {format_date(drop['opened_on'])}) vào hồ "
            f"sơ này ngày {format_date(day.isoformat())}.")  # fmt: skip
    if conflicts:
        values = "; ".join(
            f"{PERSON.field(k).label}: {format_value(PERSON.field(k), v)}"
            for k, v in conflicts.items()
        )
        text += f" Giá trị khác của hồ sơ gộp: {values}."
    return text + "]"


def _merged(keep: dict, drop: dict, day: date) -> tuple[dict, list[str], dict[str, object]]:
    """The kept file with the dropped one taken in, the fields filled, the conflicts."""
    out = dict(keep)
    filled: list[str] = []
    conflicts: dict[str, object] = {}
    for k in _MERGED:
        mine, theirs = keep.get(k), drop.get(k)
        if _empty(theirs) or mine == theirs:
            continue
        if _empty(mine):
            out[k] = theirs
            filled.append(k)
        else:
            conflicts[k] = theirs
    paragraph = _paragraph(drop, conflicts, day)
    out["note"] = f"{out['note']} {paragraph}" if out.get("note") else paragraph
    extra = dict(keep.get("extra") or {})
    theirs_extra = {k: v for k, v in (drop.get("extra") or {}).items() if k != "merged_into"}
    history = list(extra.get("merged_from") or []) + list(theirs_extra.pop("merged_from", []))
    differing = {}
    for k, v in theirs_extra.items():
        if k not in extra:
            extra[k] = v
        elif extra[k] != v:
            differing[k] = v
    entry = {"id": drop["id"], "code": drop["code"], "opened_on": drop["opened_on"],
             "merged_on": day.isoformat()}  # fmt: skip
    if differing:
        entry["extra"] = differing
    extra["merged_from"] = [*history, entry]
    out["extra"] = extra
    return out, filled, conflicts


def merge_persons(
    ws: Workspace, keep_id: str, drop_id: str, *, today: date | None = None
) -> MergeResult:
    """Merge the file `drop_id` into the file `keep_id` (see the module's text)."""
    session = require(ws, Permission.EDIT_RECORDS)
    require(ws, Permission.VIEW_PERSONAL)
    if keep_id == drop_id:
        raise MergeRefused("Không gộp được: đã chọn cùng một hồ sơ hai lần.")
    day = today or ws.today()
    with transaction(ws.db):  # read, check and write under one write lock
        result = _merge(ws, session, keep_id, drop_id, day)
    session.name_index = None  # a file left the live list
    return result


def _merge(ws: Workspace, session: Session, keep_id: str, drop_id: str, day: date) -> MergeResult:
    keep_stored, drop_stored = _file(ws, keep_id, "giữ lại"), _file(ws, drop_id, "gộp vào")
    if keep_stored["unit"] != drop_stored["unit"]:
        raise MergeRefused(
            f"Không gộp được: hồ sơ {keep_stored['code']} và {drop_stored['code']} thuộc hai "
            f"đơn vị khác nhau ({keep_stored['unit']} và {drop_stored['unit']})."
        )
    keep = decrypt_record(PERSON, keep_stored, session.cipher)
    drop = decrypt_record(PERSON, drop_stored, session.cipher)
    merged, filled, conflicts = _merged(keep, drop, day)
    record, problems = validate(PERSON, merged, StoreContext(ws, day))
    if problems:
        raise MergeRefused(
            "Không gộp được: hồ sơ sau khi gộp không hợp lệ: "
            + "; ".join(p.message for p in problems)
        )
    _check_unlocked(ws, keep_stored, record, drop_stored)
    at, user, stamp = audit_time(), session.user, records_repo.now_stamp()
    records_repo.upsert_many(ws.db, PERSON, [encrypt_record(PERSON, record, session.cipher)],
                             user)  # fmt: skip
    entries = [(at, user, "update", "person", keep_id, change_detail(PERSON, keep, record))]
    moved: dict[str, int] = {}
    for kind, table, column in _refers_to_person():
        ids = [r[0] for r in ws.db.execute(
            f"SELECT id FROM {table} WHERE {column} = ? ORDER BY id", [drop_id])]  # fmt: skip
        ws.db.execute(f"UPDATE {table} SET {column} = ?, updated_at = ?, updated_by = ? "
                      f"WHERE {column} = ?", [keep_id, stamp, user, drop_id])  # fmt: skip
        moved[kind] = moved.get(kind, 0) + len(ids)
        detail = {"fields": [column], "old": {column: drop_id}, "new": {column: keep_id}}
        entries += [(at, user, "update", kind, i, detail) for i in ids]
    drop_extra = {**(drop.get("extra") or {}),
                  "merged_into": {"id": keep_id, "code": keep["code"],
                                  "merged_on": day.isoformat()}}  # fmt: skip
    records_repo.set_deleted(ws.db, PERSON, {"id": drop_id}, user, True)
    ws.db.execute(
        "UPDATE persons SET extra = ? WHERE id = ?",
        [json.dumps(drop_extra, ensure_ascii=False, sort_keys=True), drop_id],
    )
    entries.append((at, user, "delete", "person", drop_id, {"merged_into": keep_id}))
    entries.append((at, user, "merge_persons", "person", keep_id, {
        "kept": keep_id, "dropped": drop_id, "kept_code": keep["code"],
        "dropped_code": drop["code"], "filled": filled, "conflicts": list(conflicts),
        "moved": moved,
    }))  # fmt: skip
    audit.append_many(ws.db, entries)
    return MergeResult(keep_id, drop_id, keep["code"], drop["code"], tuple(filled),
                       tuple(conflicts), moved)  # fmt: skip
