"""The upward file of a period (docs/exchange-format.md): this unit's report values, the
period's records without personal fields, the narrative, for a district or the city the
children's accepted submissions it consolidated, signed with this unit's key. Personal
fields leave only when asked, sealed for the parent unit's key, and only of the persons
who agreed to take part (`consent` true): the others' personal fields stay here, their
non-personal record goes as for everyone, and the result counts them."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pcmd_desktop import __version__
from pcmd_desktop.db import audit, records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.records import KINDS, RECORD_KINDS, RecordKind
from pcmd_desktop.exchange.limits import BREAKDOWN_MEMBER
from pcmd_desktop.exchange.manifest import encode_records
from pcmd_desktop.exchange.package import build_package
from pcmd_desktop.reports.breakdown import breakdown_to_json
from pcmd_desktop.security.sealing import seal
from pcmd_desktop.security.signing import sign
from pcmd_desktop.services.approval import PeriodLocked, ensure_exportable
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.files import atomic_output
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import SENSITIVE, decrypt_record, redact_record
from pcmd_desktop.services.reporting import build_report, period_of
from pcmd_desktop.services.submissions import accepted_children
from pcmd_desktop.services.unit_keys import parent_sealing_key, signing_private
from pcmd_desktop.services.workspace import Workspace


class ExchangeError(ServiceError):
    pass


@dataclass(frozen=True)
class ExportResult:
    path: Path
    period: str
    revision: int
    sha256: str
    personal: bool
    without_consent: int = 0  # persons whose personal fields were left out (no consent)

    @property
    def consent_note(self) -> str:
        """What the CLI and the window say of the persons left out ('' when none)."""
        if not self.personal or not self.without_consent:
            return ""
        return (f"Đã bỏ qua thông tin cá nhân của {self.without_consent} người chưa đồng ý "
                "tham gia")  # fmt: skip


def period_records(ws: Workspace, start: str, end: str, year: int) -> list[dict]:
    """The records a period's file carries, as stored (personal fields still encrypted):
    every dated record in the period, the establishments and hotspots they refer to, and
    the year's commune status and assessment sheet."""
    units = set(ws.scope(end))
    out: list[dict] = []
    referred: dict[str, set[str]] = {"establishment": set(), "hotspot": set()}
    for kind in RECORD_KINDS:
        if kind.date_field is None:
            continue
        for rec in records_repo.iter_records(ws.db, kind):
            day = rec.get(kind.date_field)
            if rec.get("unit") in units and day is not None and start <= day <= end:
                out.append({"record": kind.name, **rec})
                for ref_kind in referred:
                    ref = rec.get(f"{ref_kind}_id")
                    if ref:
                        referred[ref_kind].add(ref)
    for kind in RECORD_KINDS:
        if kind.name in referred:
            wanted = referred[kind.name] - {r["id"] for r in out if r["record"] == kind.name}
            out.extend({"record": kind.name, **rec} for rec in records_repo.iter_records(
                ws.db, kind) if rec["id"] in wanted)  # fmt: skip
        elif kind.name in ("commune_status", "commune_assessment"):
            out.extend({"record": kind.name, **rec} for rec in records_repo.iter_records(
                ws.db, kind) if rec["unit"] in units and rec["year"] == year)  # fmt: skip
    return out


def export_period(
    ws: Workspace, period_code: str, path: Path, *, include_personal: bool = False,
    cutoff: str | None = None,
) -> ExportResult:  # fmt: skip
    """Write the next revision of this unit's file for `period_code` to `path`."""
    session = require(ws, Permission.REPORTS)
    period = period_of(ws, period_code, cutoff)
    try:  # an accepted period is locked until the parent reopens it
        ensure_exportable(ws, period.code)
    except PeriodLocked as e:
        raise ExchangeError(str(e)) from None
    # A unit that ended within the period sends its final file to the parent it had.
    day = ws.history.reporting_day(ws.unit.code, period.start, period.end)
    if day is None:
        raise ExchangeError(
            f"{ws.unit.name} không có hiệu lực trong kỳ {period.code} "
            f"({ws.unit.validity_text}); không gửi báo cáo kỳ này được"
        )
    tree = ws.units_on(day)
    parent = tree.parent(tree.get(ws.unit.code) or ws.unit)
    if parent is None:
        raise ExchangeError(f"{ws.unit.name} không có đơn vị cấp trên để gửi báo cáo")
    sealing_key = None
    if include_personal:
        require(ws, Permission.VIEW_PERSONAL)
        sealing_key = parent_sealing_key(ws)
        if sealing_key is None:
            raise ExchangeError(
                f"Chưa có thẻ khóa của {parent.name}: nhận thẻ khóa của cấp trên rồi chạy "
                "'pcmd key trust THẺ' (người quản trị) trước khi gửi thông tin cá nhân"
            )
    report = build_report(ws, period_code, cutoff)
    period = report.period
    stored = period_records(ws, period.start.isoformat(), period.end.isoformat(), period.year)
    members = {
        "indicators.json": json.dumps(
            {"values": {c: {"value": v.value, "ytd": v.ytd} for c, v in report.values.items()}},
            ensure_ascii=False,
            sort_keys=True,
        ).encode("utf-8"),
        "records.jsonl": encode_records(
            {"record": r["record"], **redact_record(_kind(r), _fields(r))}
            if SENSITIVE[r["record"]]
            else r
            for r in stored
        ),
        "narrative.json": json.dumps(report.narrative, ensure_ascii=False, sort_keys=True).encode(
            "utf-8"
        ),
    }
    # Counts only, by sex and age band, consolidated like the values (reports/breakdown.py):
    # no person leaves in it. Never suppressed: the parent adds the cells up.
    members[BREAKDOWN_MEMBER] = json.dumps(
        {"values": breakdown_to_json(report.breakdown)}, sort_keys=True
    ).encode("utf-8")
    children = accepted_children(ws, period.code)
    if children:
        members["children.json"] = json.dumps(children, ensure_ascii=False,
                                               sort_keys=True).encode("utf-8")  # fmt: skip
    without_consent = 0
    if sealing_key is not None:
        everyone = [r for r in stored if r["record"] == "person"]
        consenting = [r for r in everyone if r.get("consent") is True]
        without_consent = len(everyone) - len(consenting)
        persons = [
            {"id": r["id"], **{k: v for k, v in decrypt_record(
                _kind(r), _fields(r), session.cipher).items() if k in SENSITIVE["person"]}}
            for r in consenting
        ]  # fmt: skip
        members["personal.bin"] = seal(encode_records(
            {"record": "person", **p} for p in persons), sealing_key)  # fmt: skip
    revision = _next_revision(ws, period.code)
    fields = {
        "app_version": __version__,
        "sender": {"unit": ws.unit.code, "name": ws.unit.name},
        "parent": parent.code,
        "period": {
            "code": period.code,
            "kind": period.kind,
            "from": period.start.isoformat(),
            "to": period.end.isoformat(),
            "cutoff": period.cutoff,
        },
        "revision": revision,
        "created_at": datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
    }
    private = signing_private(ws)
    data = build_package(fields, members, lambda manifest: sign(private, manifest))
    digest = hashlib.sha256(data).hexdigest()
    with transaction(ws.db):
        ws.db.execute(
            "INSERT INTO own_exports VALUES (?, ?, ?, ?, ?, ?)",
            (
                period.code,
                revision,
                digest,
                int(sealing_key is not None),
                audit_time(),
                session.user,
            ),
        )
        audit.append(ws.db, audit_time(), session.user,
                     "export_personal" if sealing_key is not None else "export_file",
                     "report", period.code, {"revision": revision, **(
                         {"without_consent": without_consent} if sealing_key else {})})  # fmt: skip
        with atomic_output(Path(path)) as tmp:  # the revision is kept only if written
            tmp.write_bytes(data)
    return ExportResult(Path(path), period.code, revision, digest, sealing_key is not None,
                        without_consent)  # fmt: skip


def _kind(record: dict) -> RecordKind:
    return KINDS[record["record"]]


def _fields(record: dict) -> dict:
    return {k: v for k, v in record.items() if k != "record"}


def _next_revision(ws: Workspace, period: str) -> int:
    row = ws.db.execute("SELECT max(revision) FROM own_exports WHERE period = ?",
                        (period,)).fetchone()  # fmt: skip
    return int(row[0] or 0) + 1
