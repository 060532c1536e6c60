"""Create, update, soft-delete, restore, find: the one way the GUI and the CLI change and
read records. Every change is validated by the domain, allowed by the user's role,
stamped with time and user, and written to the audit log; personal fields are encrypted
on the way in and shown only to roles that may see them."""

from __future__ import annotations

import uuid
from datetime import date

from pcmd_desktop.db import audit, records_repo, search
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.coerce import Problem
from pcmd_desktop.domain.records import KINDS, RecordKind, parse_key, record_key
from pcmd_desktop.domain.text import fold_tokens
from pcmd_desktop.domain.validation import ValidationError, validate
from pcmd_desktop.services.approval import check_writable
from pcmd_desktop.services.auth import Session, audit_time, require
from pcmd_desktop.services.confidential import (
    CONFIDENTIAL,
    has_confidential,
    hide_confidential,
    kept_confidential,
    refuse_confidential,
    sees_confidential,
    without_confidential,
)
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.hotspot_status import patrol_warning
from pcmd_desktop.services.lookup import StoreContext
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import (
    SENSITIVE,
    decrypt_record,
    encrypt_record,
    folded_names,
    name_index,
    redact_record,
)
from pcmd_desktop.services.workspace import Workspace

# Opening one of these records shows a person's name: written to the audit log.
OPENED = {"person": "open_person", "volunteer_member": "open_member"}

__all__ = ["RecordNotFound", "RecordService", "ServiceError", "UnknownKind", "kind_named"]


class UnknownKind(ServiceError):
    pass


class RecordNotFound(ServiceError):
    pass


def kind_named(name: str) -> RecordKind:
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKind(f"Không có loại bản ghi '{name}'; các loại: {', '.join(KINDS)}") from None


def _key(kind: RecordKind, key: str) -> dict:
    try:
        return parse_key(kind, key)
    except ValueError:
        form = "mã UUID" if kind.has_id else "/".join(kind.key)
        raise RecordNotFound(f"Mã '{key}' không đúng dạng {form} của {kind.label}") from None


def change_detail(kind: RecordKind, old: dict | None, new: dict | None) -> dict:
    """What the audit log keeps of a change: the fields changed and, for an update, their
    old and new values except for sensitive fields (named, never their values).

    A creation lists its fields only: its values are the record's first state, which the
    updates after it (each keeping the old values it replaced) lead back to. Repeating
    every created record in the log would double the database for nothing.
    """
    old, new = old or {}, new or {}
    fields = [k for k in (*kind.keys, "extra") if old.get(k) != new.get(k)]
    detail: dict = {"fields": fields}
    if not old:
        return detail
    hidden = set(SENSITIVE[kind.name])
    shown = [k for k in fields if k not in hidden]
    if shown:
        detail["old"] = {k: old.get(k) for k in shown}
        detail["new"] = {k: new.get(k) for k in shown}
    return detail


def shown_to(session: Session, kind: RecordKind, stored: dict) -> dict:
    """A stored record as this session may see it: decrypted or without personal fields,
    and without a tip's informant unless the role may see it (services.confidential)."""
    if not SENSITIVE[kind.name]:
        return stored
    if session.can(Permission.VIEW_PERSONAL):
        return hide_confidential(session, kind, decrypt_record(kind, stored, session.cipher))
    return redact_record(kind, stored)


class RecordService:
    def __init__(self, ws: Workspace, today: date | None = None):
        self.ws = ws
        self.today = today

    def _check(self, kind: RecordKind, obj: dict) -> dict:
        record, problems = validate(kind, obj, StoreContext(self.ws, self.today))
        if problems:
            raise ValidationError(problems)
        return record

    def _stored(self, kind: RecordKind, key: str, include_deleted: bool = False) -> dict:
        row = records_repo.get(self.ws.db, kind, _key(kind, key), include_deleted=include_deleted)
        if row is None:
            raise RecordNotFound(f"Không tìm thấy {kind.label.lower()} có mã {key}")
        return records_repo.row_to_record(kind, row)

    def _write(self, kind: RecordKind, record: dict, action: str, old: dict | None) -> None:
        session = self.ws.session
        assert session is not None
        with transaction(self.ws.db):
            stored = encrypt_record(kind, record, session.cipher)
            records_repo.upsert_many(self.ws.db, kind, [stored], session.user)
            audit.append(self.ws.db, audit_time(), session.user, action, kind.name,
                         record_key(kind, record), change_detail(kind, old, record))  # fmt: skip
        if kind.name == "person":
            session.name_index = None  # names changed: rebuilt at the next search

    def check(self, kind_name: str, data: dict, key: str | None = None) -> list[Problem]:
        """Every problem `data` would be refused for, saving nothing: what a form shows
        next to its fields as they are left. `key` names the record being edited."""
        session = require(self.ws, Permission.EDIT_RECORDS)
        kind = kind_named(kind_name)
        if key is None:
            obj = dict(data)
            if kind.has_id and not obj.get("id"):
                obj["id"] = str(uuid.uuid4())
            obj.setdefault("unit", self.ws.unit.code)
        else:
            obj = {**shown_to(session, kind, self._stored(kind, key)), **data}
        _record, problems = validate(kind, obj, StoreContext(self.ws, self.today))
        return problems

    def warnings(self, kind_name: str, data: dict) -> list[str]:
        """What the user should confirm before saving valid data: a patrol that finds an
        eradicated hotspot active re-activates it."""
        require(self.ws, Permission.READ)
        if kind_name == "patrol":
            warning = patrol_warning(self.ws.db, data)
            return [warning] if warning else []
        return []

    def get(self, kind_name: str, key: str, *, include_deleted: bool = False) -> dict:
        """One record as the user may see it; opening a person's file is audited."""
        session = require(self.ws, Permission.READ)
        kind = kind_named(kind_name)
        stored = self._stored(kind, key, include_deleted)
        record = shown_to(session, kind, stored)
        if (
            CONFIDENTIAL[kind.name]
            and sees_confidential(session)
            and has_confidential(kind, stored)
        ):  # a look at who gave the tip, like opening a person's file
            with transaction(self.ws.db):
                audit.append(self.ws.db, audit_time(), session.user, "open_informant",
                             kind.name, key)  # fmt: skip
        if kind.name in OPENED and session.can(Permission.VIEW_PERSONAL):
            with transaction(self.ws.db):
                audit.append(self.ws.db, audit_time(), session.user, OPENED[kind.name],
                             kind.name, key)  # fmt: skip
        return record

    def create(self, kind_name: str, data: dict) -> dict:
        """Validate and store a new record; a missing id is made, a missing unit is this
        database's own."""
        session = require(self.ws, Permission.EDIT_RECORDS)
        kind = kind_named(kind_name)
        refuse_confidential(session, kind, data)
        obj = dict(data)
        if kind.has_id and not obj.get("id"):
            obj["id"] = str(uuid.uuid4())
        obj.setdefault("unit", self.ws.unit.code)
        record = self._check(kind, obj)
        check_writable(self.ws, kind, record)
        key = {k: record[k] for k in kind.key}
        if records_repo.get(self.ws.db, kind, key, include_deleted=True) is not None:
            raise ServiceError(
                f"{kind.label} mã {record_key(kind, record)} đã có; hãy sửa thay vì tạo mới"
            )
        self._write(kind, record, "create", None)
        return record

    def update(self, kind_name: str, key: str, changes: dict) -> dict:
        """Change fields of a live record; a field set to None is cleared. The key cannot
        change."""
        session = require(self.ws, Permission.EDIT_RECORDS)
        kind = kind_named(kind_name)
        stored = self._stored(kind, key)
        refuse_confidential(session, kind, changes)
        # A role that may not see a tip's informant keeps what is stored through its save.
        kept = kept_confidential(session, kind, stored, session.cipher)
        if kept:
            changes = without_confidential(kind, changes)
        current = {**shown_to(session, kind, stored), **kept}
        merged = {**current, **changes}
        for k in kind.key:
            if merged.get(k) != current.get(k):
                raise ServiceError(f"Không đổi được mã của bản ghi ({k}); hãy tạo bản ghi mới")
        check_writable(self.ws, kind, current, merged)
        record = self._check(kind, merged)
        self._write(kind, record, "update", current)
        return hide_confidential(session, kind, record)

    def _set_deleted(self, kind_name: str, key: str, deleted: bool) -> None:
        session = require(self.ws, Permission.EDIT_RECORDS)
        kind = kind_named(kind_name)
        stored = records_repo.get(self.ws.db, kind, _key(kind, key), include_deleted=True)
        if stored is not None:
            check_writable(self.ws, kind, records_repo.row_to_record(kind, stored))
        with transaction(self.ws.db):
            if not records_repo.set_deleted(self.ws.db, kind, _key(kind, key), session.user,
                                            deleted):  # fmt: skip
                if deleted:
                    raise RecordNotFound(
                        f"Không tìm thấy {kind.label.lower()} có mã {key} (hoặc đã xóa)"
                    )
                raise RecordNotFound(
                    f"Không có {kind.label.lower()} mã {key} trong thùng rác để khôi phục"
                )
            audit.append(self.ws.db, audit_time(), session.user,
                         "delete" if deleted else "restore", kind.name, key)  # fmt: skip
        if kind.name == "person":
            session.name_index = None

    def delete(self, kind_name: str, key: str) -> None:
        """Move a record to the recycle bin."""
        self._set_deleted(kind_name, key, True)

    def restore(self, kind_name: str, key: str) -> None:
        """Bring a record back from the recycle bin."""
        self._set_deleted(kind_name, key, False)

    def search(self, text: str, kind_name: str | None = None, limit: int = 1000) -> list[dict]:
        """Live records matching every word of `text`, case and tones ignored, as
        records.md objects with their `record` kind, as the user may see them."""
        session = require(self.ws, Permission.READ)
        if kind_name is not None:
            kind_named(kind_name)
        hits = search.find_keys(self.ws.db, text, kind_name, limit)
        if kind_name in (None, "person") and session.can(Permission.VIEW_PERSONAL):
            hits = sorted(set(hits) | set(self._persons_by_name(session, text)))
        if kind_name in (None, "volunteer_member") and session.can(Permission.VIEW_PERSONAL):
            hits = sorted(set(hits) | set(self._members_by_name(session, text)))
        out: list[dict] = []
        for kname, key in hits[:limit]:
            kind = KINDS[kname]
            row = records_repo.get(self.ws.db, kind, parse_key(kind, key))
            if row is not None:
                record = shown_to(session, kind, records_repo.row_to_record(kind, row))
                # A list of hits never names an informant: that takes opening the tip.
                record = without_confidential(kind, record)
                out.append({"record": kname, **record})
        for shown_kind, action in (("person", "list_persons"),
                                   ("volunteer_member", "list_members")):  # fmt: skip
            shown = [r["id"] for r in out if r["record"] == shown_kind]
            if shown and session.can(Permission.VIEW_PERSONAL):
                # Search results show names and identity numbers: a look at those files.
                # The query itself may be a name, so it is not written to the log.
                with transaction(self.ws.db):
                    audit.append(self.ws.db, audit_time(), session.user, action, shown_kind,
                                 None, {"ids": shown})  # fmt: skip
        return out

    def _members_by_name(self, session: Session, text: str) -> list[tuple[str, str]]:
        # A volunteer team's members' names, like persons' (never indexed), decrypted for
        # this search: they are few.
        words = fold_tokens(text)
        if not words:
            return []
        names = folded_names(self.ws.db, session.cipher, "volunteer_member")
        return [
            ("volunteer_member", member_id)
            for member_id, tokens in names.items()
            if all(any(t.startswith(w) for t in tokens) for w in words)
        ]

    def _persons_by_name(self, session: Session, text: str) -> list[tuple[str, str]]:
        # Names are encrypted and never in the search index: they are decrypted into
        # memory once per session and matched there.
        words = fold_tokens(text)
        if not words:
            return []
        if session.name_index is None:
            session.name_index = name_index(self.ws.db, session.cipher)
        return [
            ("person", person_id)
            for person_id, tokens in session.name_index.items()
            if all(any(t.startswith(w) for t in tokens) for w in words)
        ]
