"""Confidential fields (records.md: a tip's informant, `Field.confidential`): encrypted at
rest like every sensitive field (services.personal_data), and beyond that seen and written
only by roles with Permission.VIEW_CONFIDENTIAL (admins). They never leave the database:
not in an upward file, not in a handover file (not even sealed), not in the search index.

For the other roles a record comes without them, and a save keeps what is stored: an
officer who edits a tip cannot clear or overwrite its informant, and giving one is refused.
"""

from __future__ import annotations

from pcmd_desktop.domain.coerce import field_name
from pcmd_desktop.domain.records import KINDS, RecordKind
from pcmd_desktop.security.fields import FieldCipher
from pcmd_desktop.services.auth import Session
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import decrypt_field

__all__ = [
    "CONFIDENTIAL",
    "confidential_problem",
    "has_confidential",
    "hide_confidential",
    "kept_confidential",
    "refuse_confidential",
    "sees_confidential",
    "without_confidential",
]

CONFIDENTIAL: dict[str, tuple[str, ...]] = {
    k.name: tuple(f.key for f in k.fields if f.confidential) for k in KINDS.values()
}


def sees_confidential(session: Session) -> bool:
    return session.can(Permission.VIEW_CONFIDENTIAL)


def without_confidential(kind: RecordKind, record: dict) -> dict:
    """A copy without the confidential fields (what may leave the database)."""
    keys = CONFIDENTIAL[kind.name]
    if not keys:
        return record
    return {k: v for k, v in record.items() if k not in keys}


def hide_confidential(session: Session, kind: RecordKind, record: dict) -> dict:
    """The record as this session may see it: without confidential fields unless allowed."""
    if not CONFIDENTIAL[kind.name] or sees_confidential(session):
        return record
    return without_confidential(kind, record)


def has_confidential(kind: RecordKind, stored: dict) -> bool:
    """Whether a stored record holds a value in one of its confidential fields."""
    return any(stored.get(k) not in (None, "") for k in CONFIDENTIAL[kind.name])


def confidential_problem(session: Session, kind: RecordKind, data: dict) -> str | None:
    """The message refusing `data` when it gives a confidential field a value and the
    session may not write it; None when all is well (an empty value is simply ignored)."""
    if sees_confidential(session):
        return None
    given = [k for k in CONFIDENTIAL[kind.name] if data.get(k) not in (None, "")]
    if not given:
        return None
    names = ", ".join(field_name(kind.field(k)) for k in given)
    return f"Chỉ người quản trị được ghi thông tin người cung cấp tin: {names}"


def refuse_confidential(session: Session, kind: RecordKind, data: dict) -> None:
    """PermissionDenied when `data` writes a confidential field the session may not."""
    problem = confidential_problem(session, kind, data)
    if problem:
        raise PermissionDenied(problem)


def kept_confidential(
    session: Session,
    kind: RecordKind,
    stored: dict | None,
    cipher: FieldCipher,
    *,
    always: bool = False,
) -> dict:
    """For a session that may not see them: the stored confidential values in clear, to be
    written back unchanged by its save. Empty for a session that may (its form has them),
    unless `always` (a source that never carries them, an Excel sheet)."""
    if stored is None or not CONFIDENTIAL[kind.name]:
        return {}
    if sees_confidential(session) and not always:
        return {}
    return {
        k: decrypt_field(cipher, kind, k, stored["id"], stored.get(k))
        for k in CONFIDENTIAL[kind.name]
    }
