"""The recycle bin: records of every kind that were deleted (soft delete), newest first,
each named by a short label, and bringing one back.

A label names a record the way its list does (an establishment's name, an inspection's
date and establishment, a person's code). A person is never named by their name here:
it is encrypted, and the bin is open to every role that may read records.
"""

from __future__ import annotations

from dataclasses import dataclass

from pcmd_desktop.domain import catalogues as cat
from pcmd_desktop.domain.display import format_date, format_money
from pcmd_desktop.domain.indicators import BY_CODE
from pcmd_desktop.domain.records import KINDS, RECORD_KINDS, record_key
from pcmd_desktop.services.auth import require
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.records import RecordService, kind_named
from pcmd_desktop.services.workspace import Workspace

__all__ = ["TrashItem", "deleted_records", "restore"]

SEP = " — "

# What each kind's label is made of: the FROM clause (the record is `t`; what it refers
# to is joined even when deleted too) and the columns read.
_SOURCES: dict[str, tuple[str, str]] = {
    "establishment": ("establishments t", "t.name, t.address"),
    "tip": ("tips t", "t.received_on, t.channel, t.place, t.content"),
    "inspection": (
        "inspections t LEFT JOIN establishments e ON e.id = t.establishment_id",
        "t.date, e.name",
    ),
    "hotspot": ("hotspots t", "t.name, t.location"),
    "patrol": ("patrols t LEFT JOIN hotspots h ON h.id = t.hotspot_id", "t.date, h.name"),
    "person": ("persons t", "t.code, json_extract(t.extra, '$.merged_into.code')"),
    "service": (
        "services t LEFT JOIN persons p ON p.id = t.person_id",
        "t.date, t.type, p.code",
    ),
    "sanction": ("sanctions t", "t.date, t.role, t.decision_no"),
    "case": ("cases t", "t.detected_on, t.offence"),
    "activity": ("activities t", "t.date, t.title"),
    "volunteer_team": ("volunteer_teams t", "t.name, t.area"),
    # A member is named by the team and role, never by the name (encrypted, personal).
    "volunteer_member": (
        "volunteer_members t LEFT JOIN volunteer_teams v ON v.id = t.team_id",
        "v.name, t.role, t.joined_on",
    ),
    "commune_status": ("commune_statuses t", "t.unit, t.year"),
    "commune_assessment": ("commune_assessments t", "t.unit, t.year"),
    "budget": ("budgets t", "t.date, t.amount_vnd, t.purpose"),
    "plan_target": ("plan_targets t", "t.year, t.indicator"),
}


@dataclass(frozen=True)
class TrashItem:
    kind: str  # record kind name (records.md heading)
    key: str  # record_key: the id, or unit/year[/indicator]
    label: str  # what the record is, in Vietnamese; never a personal field
    deleted_at: str  # UTC ISO time
    deleted_by: str | None

    @property
    def kind_label(self) -> str:
        return KINDS[self.kind].label


def _join(*parts: object) -> str:
    return SEP.join(str(p) for p in parts if p not in (None, ""))


def _label(ws: Workspace, kind: str, v: tuple) -> str:
    if kind in ("establishment", "hotspot", "volunteer_team"):
        return _join(v[0], v[1])
    if kind == "volunteer_member":
        role = cat.VOLUNTEER_ROLES.get(v[1], v[1])
        return _join(v[0], role, f"tham gia {format_date(v[2])}" if v[2] else None)
    if kind in ("inspection", "patrol", "activity"):
        return _join(format_date(v[0]), v[1])
    if kind == "person":  # a file merged into another says which (services.person_merge)
        return f"{v[0]} (đã gộp vào hồ sơ {v[1]})" if v[1] else str(v[0])
    if kind == "service":
        return _join(format_date(v[0]), cat.SERVICE_TYPES.get(v[1], v[1]), v[2])
    if kind == "sanction":
        return _join(format_date(v[0]), cat.SANCTION_ROLES.get(v[1], v[1]), v[2])
    if kind == "tip":  # never the informant: only what the list shows
        about = v[2] or (str(v[3] or "")[:40] + ("…" if len(str(v[3] or "")) > 40 else ""))
        return _join(format_date(v[0]), cat.TIP_CHANNELS.get(v[1], v[1]), about)
    if kind == "case":
        return _join(format_date(v[0]), cat.CASE_OFFENCES.get(v[1], v[1]))
    if kind in ("commune_status", "commune_assessment"):
        unit = ws.units.get(str(v[0]))
        return _join(unit.name if unit else v[0], f"năm {v[1]}")
    if kind == "budget":
        return _join(format_date(v[0]), f"{format_money(v[1])} đ", v[2])
    if kind == "plan_target":
        indicator = BY_CODE.get(str(v[1]))
        return _join(f"năm {v[0]}", indicator.label if indicator else v[1])
    return ""


def deleted_records(
    ws: Workspace, kind_name: str | None = None, *, limit: int | None = None
) -> list[TrashItem]:
    """The records in the recycle bin (of one kind, or of all), newest deletion first;
    at most `limit` of them when given."""
    require(ws, Permission.READ)
    kinds = [kind_named(kind_name)] if kind_name is not None else list(RECORD_KINDS)
    items: list[TrashItem] = []
    for kind in kinds:
        # A kind without its label yet (issue 14's new kinds) is listed unnamed.
        source, columns = _SOURCES.get(kind.name, (f"{kind.table} t", "NULL"))
        keys = ", ".join(f"t.{k}" for k in kind.key)
        sql = (
            f"SELECT t.deleted_at, t.deleted_by, {keys}, {columns} FROM {source} "
            "WHERE t.deleted_at IS NOT NULL ORDER BY t.deleted_at DESC, t.rowid DESC"
        )
        params: list = []
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        n_keys = len(kind.key)
        for row in ws.db.execute(sql, params):
            key = record_key(kind, dict(zip(kind.key, row[2 : 2 + n_keys], strict=True)))
            label = _label(ws, kind.name, tuple(row[2 + n_keys :]))
            items.append(TrashItem(kind.name, key, label, row[0], row[1]))
    items.sort(key=lambda item: item.deleted_at, reverse=True)  # stable: kind order in a tie
    return items[:limit] if limit is not None else items


def restore(ws: Workspace, kind_name: str, key: str) -> None:
    """Bring a record back from the recycle bin (audited like every restore)."""
    require(ws, Permission.EDIT_RECORDS)
    RecordService(ws).restore(kind_name, key)
