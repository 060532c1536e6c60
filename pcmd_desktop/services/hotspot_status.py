"""A hotspot's status is derived, never typed (records.md): complex until eradicated,
then eradicated and kept clean, until a patrol finds it active after the eradication date,
which re-activates it from that patrol's date. One SQL expression says this for lists,
filters and reports, so the hotspot shows the same status everywhere."""

from __future__ import annotations

import json

import sqlite_utils

from pcmd_desktop.domain.display import format_date
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace

COMPLEX = "complex"
ERADICATED = "eradicated"
REACTIVATED = "reactivated"

STATUS_LABELS: dict[str, str] = {
    COMPLEX: "Phức tạp",
    ERADICATED: "Đã triệt xóa, giữ vững",
    REACTIVATED: "Tái hoạt động",
}


def status_sql(alias: str) -> str:
    """The status of the hotspot row `alias` as an SQL expression."""
    return (
        f"CASE WHEN {alias}.eradicated_on IS NULL THEN '{COMPLEX}' "
        f"WHEN EXISTS (SELECT 1 FROM patrols ps WHERE ps.hotspot_id = {alias}.id "
        f"AND ps.deleted_at IS NULL AND ps.result = 'active' "
        f"AND ps.date > {alias}.eradicated_on) THEN '{REACTIVATED}' "
        f"ELSE '{ERADICATED}' END"
    )


def status_of(db: sqlite_utils.Database, hotspot_id: str) -> str | None:
    """The status of one live hotspot; None when there is none with that id."""
    row = db.execute(
        f"SELECT {status_sql('h')} FROM hotspots h WHERE h.id = ? AND h.deleted_at IS NULL",
        (hotspot_id,),
    ).fetchone()
    return row[0] if row else None


def reactivated_on(db: sqlite_utils.Database, hotspot_id: str) -> str | None:
    """The date of the first patrol that found the eradicated hotspot active, if any."""
    row = db.execute(
        "SELECT min(p.date) FROM patrols p JOIN hotspots h ON h.id = p.hotspot_id "
        "WHERE h.id = ? AND h.eradicated_on IS NOT NULL AND p.deleted_at IS NULL "
        "AND p.result = 'active' AND p.date > h.eradicated_on",
        (hotspot_id,),
    ).fetchone()
    return row[0] if row else None


def patrol_warning(db: sqlite_utils.Database, patrol: dict) -> str | None:
    """What to tell the officer before saving `patrol`: a patrol that finds an
    eradicated hotspot active re-activates it."""
    if patrol.get("result") != "active" or not patrol.get("hotspot_id"):
        return None
    row = db.execute(
        "SELECT name, eradicated_on FROM hotspots WHERE id = ? AND deleted_at IS NULL",
        (patrol["hotspot_id"],),
    ).fetchone()
    if row is None or row[1] is None or not patrol.get("date") or patrol["date"] <= row[1]:
        return None
    # Only the first active patrol after the eradication re-activates (records.md): when
    # another one (not this patrol itself, being edited) came first, nothing changes.
    earlier = db.execute(
        "SELECT 1 FROM patrols WHERE hotspot_id = ? AND deleted_at IS NULL AND result = 'active' "
        "AND date > ? AND date <= ? AND id IS NOT ?",
        (patrol["hotspot_id"], row[1], patrol["date"], patrol.get("id")),
    ).fetchone()
    if earlier is not None:
        return None
    return (
        f"Tụ điểm '{row[0]}' đã được triệt xóa ngày {format_date(row[1])}. Lần tuần tra này "
        f"ghi nhận tụ điểm đang hoạt động, nên tụ điểm sẽ được ghi là TÁI HOẠT ĐỘNG "
        f"từ ngày {format_date(patrol['date'])} trên mọi danh sách và báo cáo."
    )


def reactivated_count(db: sqlite_utils.Database, units: list[str] | None = None) -> int:
    """How many live hotspots are re-activated now (the navigation badge)."""
    sql = f"SELECT count(*) FROM hotspots h WHERE h.deleted_at IS NULL AND {status_sql('h')} = ?"
    params: list = [REACTIVATED]
    if units is not None:
        sql += " AND h.unit IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(units))
    return db.execute(sql, params).fetchone()[0]


def count_reactivated(ws: Workspace) -> int:
    """Re-activated hotspots, for the user's eyes (the navigation badge)."""
    require(ws, Permission.READ)
    return reactivated_count(ws.db)
