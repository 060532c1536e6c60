"""The audit log: every change and look leaves an entry; tampering is found."""

from __future__ import annotations

import factories as f
import pytest
from conftest import ADMIN, PASSWORD

from pcmd_desktop.cli import main
from pcmd_desktop.db import audit
from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import export_records


def plain(rec):
    return {k: v for k, v in rec.items() if k != "record"}


def actions(ws) -> list[tuple]:
    return [tuple(r) for r in ws.db.execute(
        "SELECT user, action, kind, record_key FROM audit_log ORDER BY seq")]  # fmt: skip


def test_changes_looks_logins_and_failures_are_logged(ws):
    service = RecordService(ws)
    a = service.create("activity", plain(f.activity()))
    service.update("activity", a["id"], {"participants": 7})
    service.delete("activity", a["id"])
    service.restore("activity", a["id"])
    p = service.create("person", plain(f.person()))
    service.get("person", p["id"])
    list(export_records(ws))
    with pytest.raises(auth.AuthError):
        auth.login(ws, ADMIN, "sai-mat-khau-roi")
    auth.login(ws, ADMIN, PASSWORD)
    got = actions(ws)
    assert got[0][:2] == (ADMIN, "setup_admin")
    for expected in [
        (ADMIN, "create", "activity", a["id"]),
        (ADMIN, "update", "activity", a["id"]),
        (ADMIN, "delete", "activity", a["id"]),
        (ADMIN, "restore", "activity", a["id"]),
        (ADMIN, "open_person", "person", p["id"]),
        (ADMIN, "export_personal", None, None),
        (ADMIN, "login_failed", None, None),
        (ADMIN, "login", None, None),
    ]:
        assert expected in got


def test_old_and_new_values_only_for_fields_that_are_not_sensitive(ws):
    service = RecordService(ws)
    p = service.create("person", plain(f.person()))
    service.update("person", p["id"], {"full_name": "Trần Thị Mới", "status": "reintegrated"})
    (entry,) = audit.query(ws.db, kind="person", record_key=p["id"], limit=1)
    detail = entry["detail"]
    assert set(detail["fields"]) == {"full_name", "status"}
    assert detail["old"] == {"status": "active"} and detail["new"] == {"status": "reintegrated"}
    assert "Trần Thị Mới" not in str(detail) and "Nguyễn Thị Hòa" not in str(detail)


def _tamper(ws, sql: str, *params) -> None:
    # Someone with the file and a SQLite tool: they can drop the guards first.
    ws.db.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_update")
    ws.db.conn.execute("DROP TRIGGER IF EXISTS audit_log_no_delete")
    ws.db.conn.execute(sql, params)


@pytest.fixture
def logged(ws):
    service = RecordService(ws)
    for i in range(5):
        service.create("activity", plain(f.activity(title=f"Buổi {i}")))
    assert audit.verify(ws.db).ok
    return ws


def test_the_program_itself_cannot_edit_or_delete_entries(logged):
    import sqlite3

    with pytest.raises(sqlite3.DatabaseError):
        logged.db.conn.execute("UPDATE audit_log SET user = 'ai-do' WHERE seq = 2")
    with pytest.raises(sqlite3.DatabaseError):
        logged.db.conn.execute("DELETE FROM audit_log WHERE seq = 2")


def test_verify_finds_an_edited_entry(logged):
    _tamper(logged, "UPDATE audit_log SET user = 'nguoi-khac' WHERE seq = 3")
    check = audit.verify(logged.db)
    assert not check.ok and check.first_bad == 3 and "sửa" in check.reason


def test_verify_finds_a_deleted_entry(logged):
    _tamper(logged, "DELETE FROM audit_log WHERE seq = 4")
    check = audit.verify(logged.db)
    assert not check.ok and check.first_bad == 4


def test_verify_finds_reordered_entries(logged):
    rows = logged.db.execute(
        "SELECT at, user, action, kind, record_key, detail, prev_hash, hash FROM audit_log "
        "WHERE seq IN (3, 4) ORDER BY seq").fetchall()  # fmt: skip
    _tamper(logged, "DELETE FROM audit_log WHERE seq IN (3, 4)")
    for seq, row in zip((3, 4), reversed(rows), strict=True):
        logged.db.conn.execute("INSERT INTO audit_log VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               (seq, *row))  # fmt: skip
    check = audit.verify(logged.db)
    assert not check.ok and check.first_bad == 3


def test_verify_finds_a_cut_tail(logged):
    _tamper(logged, "DELETE FROM audit_log WHERE seq = (SELECT max(seq) FROM audit_log)")
    assert not audit.verify(logged.db).ok


def test_cli_audit_verify_exits_1_naming_the_broken_entry(logged, capsys, monkeypatch):
    monkeypatch.setenv("PCMD_USER", ADMIN)
    monkeypatch.setenv("PCMD_PASSWORD", PASSWORD)
    path = str(logged.path)
    assert main(["audit", "verify", "--db", path]) == 0
    _tamper(logged, "UPDATE audit_log SET action = 'logout' WHERE seq = 2")
    logged.close()
    assert main(["audit", "verify", "--db", path]) == 1
    assert "mục số 2" in capsys.readouterr().err


def test_a_search_showing_persons_is_logged_without_the_query(ws):
    service = RecordService(ws)
    p = service.create("person", plain(f.person()))
    assert [h["id"] for h in service.search("Nguyễn Thị Hòa")] == [p["id"]]
    user, action, detail = ws.db.execute(
        "SELECT user, action, detail FROM audit_log ORDER BY seq DESC").fetchone()  # fmt: skip
    assert (user, action) == (ADMIN, "list_persons") and p["id"] in detail
    assert "Hòa" not in detail and "hoa" not in detail.lower().replace(p["id"], "")
