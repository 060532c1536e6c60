"""What a record picker offers while the user types part of a name: the live records a
reference may point to, each as an id and the label the picker shows.

Text is matched as everywhere else (case, tones and đ ignored; every word typed starts a
word of the record). Establishments and hotspots come in dictionary order of their names,
persons in order of their codes, inspections and tips newest first (a tip is also found
by the numbers of its date, and named by its date and place or its content's start). A
person is labelled by their code, and by their name too only for a role that may see
personal data; those names are decrypted in memory (never indexed), and showing them is
written to the audit log with the ids shown, never the text typed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from pcmd_desktop.db import audit
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.db.search import fts_query
from pcmd_desktop.domain.display import format_date
from pcmd_desktop.domain.records import KINDS, RecordKind
from pcmd_desktop.domain.text import fold_tokens
from pcmd_desktop.security.keys import WrongKey
from pcmd_desktop.services.auth import Session, audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import decrypt_field, name_index
from pcmd_desktop.services.workspace import Workspace

__all__ = ["REF_KINDS", "RefChoice", "find_refs", "ref_label"]

SEP = " — "
DELETED = " (đã xóa)"
REF_KINDS = ("establishment", "hotspot", "person", "inspection", "volunteer_team", "tip")
TIP_LABEL_CHARS = 48  # a tip is named by its date and place, or the start of its content

_MATCH = (
    "SELECT k.key FROM search_index s CROSS JOIN search_keys k ON k.rowid = s.rowid "
    "WHERE search_index MATCH ? AND k.kind = ?"
)
# FROM and columns of each kind's label: (FROM with `t`, columns after t.id, order).
_SOURCES: dict[str, tuple[str, str, str]] = {
    "establishment": ("establishments t", "t.name, t.address", "t.name_key, t.id"),
    "hotspot": ("hotspots t", "t.name, t.location", "t.name_key, t.id"),
    "person": ("persons t", "t.code, t.full_name", "t.code, t.id"),
    "inspection": (
        "inspections t JOIN establishments e ON e.id = t.establishment_id",
        "t.date, e.name",
        "t.date DESC, t.rowid DESC",
    ),
    "volunteer_team": ("volunteer_teams t", "t.name, t.area", "t.name COLLATE VI, t.id"),
    "tip": (
        "tips t",
        "t.received_on, coalesce(t.place, t.content)",
        "t.received_on DESC, t.rowid DESC",
    ),
}
# The date column of the kinds found by a date's numbers as well as by their words.
_DATED = {"inspection": "t.date", "tip": "t.received_on"}


@dataclass(frozen=True)
class RefChoice:
    id: str
    label: str


def _kind(kind_name: str) -> RecordKind:
    if kind_name not in REF_KINDS:
        raise ServiceError(f"Không chọn được bản ghi loại '{kind_name}' làm tham chiếu.")
    return KINDS[kind_name]


def _label(session: Session, kind: RecordKind, record_id: str, a: object, b: object) -> str:
    if kind.name == "person":
        name = None
        if b is not None and session.can(Permission.VIEW_PERSONAL):
            try:
                name = decrypt_field(session.cipher, kind, "full_name", record_id, str(b))
            except WrongKey:  # a damaged or moved value: the code alone still names it
                name = None
        return f"{a}{SEP}{name}" if name else str(a)
    if kind.name == "inspection":
        a = format_date(str(a))
    if kind.name == "tip":
        a = format_date(str(a))
        text = " ".join(str(b or "").split())
        b = text[:TIP_LABEL_CHARS] + ("…" if len(text) > TIP_LABEL_CHARS else "")
    return f"{a}{SEP}{b}" if b else str(a)


def _text_condition(ws: Workspace, session: Session, kind: RecordKind, text: str):
    """The SQL condition (and its parameters) for records matching `text`; None for
    empty text."""
    words = fold_tokens(text)
    if not words:
        return None
    if kind.name in _DATED:
        # Each word starts a word of the record, of its establishment, or of its date.
        day = _DATED[kind.name]
        parts, params = [], []
        for w in words:
            ors = ["t.id IN (" + _MATCH + ")", "t.establishment_id IN (" + _MATCH + ")"]
            params += [f'"{w}"*', kind.name, f'"{w}"*', "establishment"]
            if w.isdigit():
                ors.append(f"substr({day}, 1, 4) LIKE ?")
                params.append(w + "%")
                if len(w) <= 2:
                    ors.append(f"CAST(substr({day}, 9, 2) AS INTEGER) = ?")
                    ors.append(f"CAST(substr({day}, 6, 2) AS INTEGER) = ?")
                    params += [int(w), int(w)]
            parts.append("(" + " OR ".join(ors) + ")")
        return " AND ".join(parts), params
    cond, params = f"t.id IN ({_MATCH})", [fts_query(text), kind.name]
    if kind.name == "person" and session.can(Permission.VIEW_PERSONAL):
        if session.name_index is None:
            session.name_index = name_index(ws.db, session.cipher)
        named = [
            pid
            for pid, tokens in session.name_index.items()
            if all(any(t.startswith(w) for t in tokens) for w in words)
        ]
        if named:
            cond = f"({cond} OR t.id IN (SELECT value FROM json_each(?)))"
            params.append(json.dumps(named))
    return cond, params


def _unique(choices: list[RefChoice]) -> list[RefChoice]:
    # The picker finds the id by its label: two records labelled alike get their id's start.
    seen: dict[str, int] = {}
    for c in choices:
        seen[c.label] = seen.get(c.label, 0) + 1
    return [RefChoice(c.id, f"{c.label} ({c.id[:8]})") if seen[c.label] > 1 else c
            for c in choices]  # fmt: skip


def _audit_names(ws: Workspace, session: Session, kind: RecordKind, ids: list[str]) -> None:
    if kind.name != "person" or not ids or not session.can(Permission.VIEW_PERSONAL):
        return
    with transaction(ws.db):
        audit.append(ws.db, audit_time(), session.user, "list_persons", "person", None,
                     {"ids": ids, "picker": True})  # fmt: skip


def find_refs(
    ws: Workspace,
    kind_name: str,
    text: str,
    limit: int = 30,
    *,
    within: tuple[str, str] | None = None,
) -> list[RefChoice]:
    """Live records of `kind_name` matching `text` (all of them, in order, when empty),
    at most `limit`; `within=(field, id)` keeps those whose `field` is `id` (the
    inspections of one establishment)."""
    session = require(ws, Permission.READ)
    kind = _kind(kind_name)
    if limit <= 0:
        return []
    source, columns, order = _SOURCES[kind.name]
    where, params = ["t.deleted_at IS NULL"], []
    if within is not None:
        field, value = within
        if field not in kind.keys or field in ("id", "unit") or kind.field(field).ref is None:
            raise ServiceError(f"{kind.label} không có trường tham chiếu '{field}'.")
        where.append(f"t.{field} = ?")
        params.append(value)
    matched = _text_condition(ws, session, kind, text or "")
    if matched is not None:
        where.append(matched[0])
        params.extend(matched[1])
    sql = (
        f"SELECT t.id, {columns} FROM {source} WHERE {' AND '.join(where)} ORDER BY {order} LIMIT ?"
    )
    rows = ws.db.execute(sql, [*params, limit]).fetchall()
    choices = [RefChoice(r[0], _label(session, kind, r[0], r[1], r[2])) for r in rows]
    _audit_names(ws, session, kind, [c.id for c in choices])
    return _unique(choices)


def ref_label(ws: Workspace, kind_name: str, id: str) -> str:  # `id`: the field's name
    """The label of one record, for showing a saved reference: marked when the record is
    in the recycle bin; the id itself when there is no such record."""
    session = require(ws, Permission.READ)
    kind = _kind(kind_name)
    if not id:
        return ""
    source, columns, _order = _SOURCES[kind.name]
    row = ws.db.execute(
        f"SELECT t.id, {columns}, t.deleted_at FROM {source} WHERE t.id = ?", (str(id),)
    ).fetchone()
    if row is None:
        return str(id)
    label = _label(session, kind, row[0], row[1], row[2])
    _audit_names(ws, session, kind, [row[0]])
    return label + (DELETED if row[3] is not None else "")
