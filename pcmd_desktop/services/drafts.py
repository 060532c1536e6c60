"""Drafts: what a user had typed in a form but not saved when the window closed, offered
again the next time the form opens.

A draft may hold a person's name, so its content is encrypted with the session's field
cipher like the personal fields of records, bound to its user and form: a draft copied
onto another user's row does not decrypt. Each user sees only their own drafts. A draft
that no longer decrypts (another data key, a damaged row) is dropped, never shown.
"""

from __future__ import annotations

import json

from pcmd_desktop.db.connection import transaction
from pcmd_desktop.db.records_repo import now_stamp
from pcmd_desktop.security.keys import WrongKey
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace

__all__ = ["discard_draft", "load_draft", "save_draft"]

MAX_DRAFT_CHARS = 1_000_000  # a form's worth of text, not a pasted file


def _aad(user: str, form: str) -> str:
    return f"drafts.payload:{user}:{form}"


def _check_form(form: str) -> str:
    if not isinstance(form, str) or not form.strip():
        raise ServiceError("Tên biểu mẫu của bản nháp không được để trống.")
    return form


def save_draft(ws: Workspace, form: str, data: dict) -> None:
    """Keep `data` (what the form `form` holds, JSON-serialisable) as the logged-in
    user's draft of that form, replacing an earlier one."""
    session = require(ws, Permission.EDIT_RECORDS)
    _check_form(form)
    if not isinstance(data, dict):
        raise ServiceError("Bản nháp phải là một đối tượng {...}.")
    try:
        text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    except (TypeError, ValueError) as e:
        raise ServiceError(f"Không lưu được bản nháp của biểu mẫu '{form}': {e}") from e
    if len(text) > MAX_DRAFT_CHARS:
        raise ServiceError(f"Bản nháp của biểu mẫu '{form}' quá lớn để lưu.")
    token = session.cipher.encrypt(text, aad=_aad(session.user, form))
    with transaction(ws.db):
        ws.db.execute(
            "INSERT INTO drafts (user, form, payload, saved_at) VALUES (?, ?, ?, ?) "
            "ON CONFLICT(user, form) DO UPDATE SET payload = excluded.payload, "
            "saved_at = excluded.saved_at",
            (session.user, form, token, now_stamp()),
        )


def load_draft(ws: Workspace, form: str) -> dict | None:
    """The logged-in user's draft of `form`, or None when there is none (or it could not
    be read, in which case it is discarded)."""
    session = require(ws, Permission.READ)
    _check_form(form)
    row = ws.db.execute(
        "SELECT payload FROM drafts WHERE user = ? AND form = ?", (session.user, form)
    ).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(session.cipher.decrypt(row[0], aad=_aad(session.user, form)))
    except (WrongKey, ValueError):
        data = None
    if not isinstance(data, dict):
        _delete(ws, session.user, form)
        return None
    return data


def discard_draft(ws: Workspace, form: str) -> None:
    """Forget the logged-in user's draft of `form` (nothing happens when there is none)."""
    session = require(ws, Permission.READ)
    _check_form(form)
    _delete(ws, session.user, form)


def _delete(ws: Workspace, user: str, form: str) -> None:
    with transaction(ws.db):
        ws.db.execute("DELETE FROM drafts WHERE user = ? AND form = ?", (user, form))
