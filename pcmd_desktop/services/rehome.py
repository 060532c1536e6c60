"""Re-homing a database: when its unit has ended (merged into a new commune, say), an
admin moves the database to a successor unit. Its records keep the codes they were made
under, so its history still prints the old names; from now on it reports as the new
unit, with the old unit's records in the new unit's figures (unit_tree's scope)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from pcmd_desktop.db import audit, meta
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.db.migrations import backup_copy
from pcmd_desktop.domain.units import AdminUnit
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.reporting import default_signature, signature
from pcmd_desktop.services.workspace import Workspace


class RehomeError(ServiceError):
    """Why the database cannot move to that unit; str() is Vietnamese."""


@dataclass(frozen=True)
class RehomeResult:
    old: AdminUnit
    new: AdminUnit
    backup: Path


def rehome_choices(ws: Workspace) -> list[AdminUnit]:
    """The units in force today that took this unit's territory: where it may move.
    Empty while this unit is itself in force."""
    require(ws, Permission.READ)
    return ws.history.current_successors(ws.unit.code, ws.today())


def rehome(ws: Workspace, new_code: str) -> RehomeResult:
    """Move this database to `new_code`, one of `rehome_choices`, after a backup copy; in
    one transaction, audited. The form's header is brought to the new unit; the signer
    and the other lines typed in Settings are kept."""
    session = require(ws, Permission.SETTINGS)
    if session.role != "admin":
        raise RehomeError("Chỉ người quản trị được chuyển cơ sở dữ liệu sang đơn vị khác.")
    old = ws.unit
    choices = {u.code: u for u in rehome_choices(ws)}
    if new_code not in choices:
        if ws.history.version_on(old.code, ws.today()) is not None:
            raise RehomeError(
                f"{old.name} ({old.code}) vẫn còn hiệu lực; chỉ chuyển được khi đơn vị đã "
                "hết hiệu lực (nạp danh mục đơn vị mới trước)."
            )
        names = ", ".join(f"{u.name} ({u.code})" for u in choices.values()) or "không có"
        raise RehomeError(
            f"Mã {new_code} không phải đơn vị kế tiếp của {old.name}; chọn một trong: {names}."
        )
    new = choices[new_code]
    stored = meta.get(ws.db, meta.REPORT_SIGNATURE)
    old_signature = signature(ws)
    backup = backup_copy(ws.db, ws.path, "truoc-chuyen-don-vi")
    with transaction(ws.db):
        meta.put(ws.db, meta.OWN_UNIT, new.code)
        audit.append(ws.db, audit_time(), session.user, "unit_rehomed", "unit", new.code,
                     {"old": old.code, "new": new.code, "backup": backup.name})  # fmt: skip
    ws.reload_units()
    if stored:
        fresh = default_signature(ws)
        kept = replace(old_signature, parent_body=fresh.parent_body, issuer=fresh.issuer)
        with transaction(ws.db):
            meta.put(ws.db, meta.REPORT_SIGNATURE, json.dumps(asdict(kept), ensure_ascii=False))
    return RehomeResult(old, ws.unit, backup)
