"""Drafts of unsaved forms: kept encrypted, per user, dropped when unreadable."""

from __future__ import annotations

import pytest
from conftest import PASSWORD

from pcmd_desktop.services import auth
from pcmd_desktop.services.drafts import discard_draft, load_draft, save_draft
from pcmd_desktop.services.errors import PermissionDenied, ServiceError

FORM = "form.person"
DRAFT = {"code": "HK-2018-0042", "full_name": "Nguyễn Thị Thử", "birth_year": 1991,
         "consent": True, "follow_up_of": {"id": None, "text": "10/03"}}  # fmt: skip


def as_user(ws, name: str, role: str) -> None:
    auth.add_user(ws, name, role, PASSWORD)
    auth.login(ws, name, PASSWORD)


def test_round_trip_and_replace(ws):
    assert load_draft(ws, FORM) is None
    save_draft(ws, FORM, DRAFT)
    assert load_draft(ws, FORM) == DRAFT
    save_draft(ws, FORM, {"code": "HK-2018-0043"})
    assert load_draft(ws, FORM) == {"code": "HK-2018-0043"}
    assert ws.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_forms_are_kept_apart(ws):
    save_draft(ws, FORM, DRAFT)
    save_draft(ws, "form.inspection", {"fine_vnd": "1.500.000"})
    assert load_draft(ws, FORM) == DRAFT
    assert load_draft(ws, "form.inspection") == {"fine_vnd": "1.500.000"}


def test_ciphertext_holds_no_clear_text(ws):
    save_draft(ws, FORM, DRAFT)
    user, form, payload, saved_at = ws.db.execute("SELECT * FROM drafts").fetchone()
    assert (user, form) == (ws.session.user, FORM) and saved_at.startswith("20")
    assert payload.startswith("v1:")
    for clear in ("Nguyễn", "Thử", "HK-2018", "full_name", "1991"):
        assert clear not in payload
    ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = ws.path.read_bytes()
    assert "Nguyễn Thị Thử".encode() not in raw and b"HK-2018-0042" not in raw


def test_each_user_sees_only_their_own(ws):
    admin = ws.session.user
    save_draft(ws, FORM, DRAFT)
    as_user(ws, "can-bo-a", "officer")
    assert load_draft(ws, FORM) is None
    save_draft(ws, FORM, {"code": "HK-2018-0099"})
    discard_draft(ws, FORM)  # the officer's own, not the admin's
    auth.login(ws, admin, PASSWORD)
    assert load_draft(ws, FORM) == DRAFT


def test_discard(ws):
    save_draft(ws, FORM, DRAFT)
    discard_draft(ws, FORM)
    assert load_draft(ws, FORM) is None
    discard_draft(ws, FORM)  # nothing left: no error
    assert ws.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_a_draft_moved_to_another_user_is_discarded(ws):
    save_draft(ws, FORM, DRAFT)
    as_user(ws, "can-bo-b", "officer")
    with ws.db.conn:  # someone copies the admin's draft onto the officer's row
        ws.db.execute("UPDATE drafts SET user = 'can-bo-b'")
    assert load_draft(ws, FORM) is None
    assert ws.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_a_damaged_draft_is_discarded(ws):
    save_draft(ws, FORM, DRAFT)
    with ws.db.conn:
        ws.db.execute("UPDATE drafts SET payload = 'v1:hong'")
    assert load_draft(ws, FORM) is None
    assert ws.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0


def test_permissions_and_bad_input(ws):
    with pytest.raises(ServiceError):
        save_draft(ws, FORM, {"when": object()})
    with pytest.raises(ServiceError):
        save_draft(ws, " ", DRAFT)
    as_user(ws, "nguoi-xem", "viewer")
    with pytest.raises(PermissionDenied):
        save_draft(ws, FORM, DRAFT)
    assert load_draft(ws, FORM) is None
    auth.logout(ws)
    with pytest.raises(ServiceError):
        load_draft(ws, FORM)
