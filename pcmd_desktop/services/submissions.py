"""Files received from child units: checked whole before anything is written, then kept
in one transaction (a newer revision replaces an older one, the same file again changes
nothing, an older revision is refused); what each child has sent for a period, and who
is late or missing."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from pcmd_desktop.db import audit, records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.exchange.limits import MAX_TOTAL_SIZE, PackageError
from pcmd_desktop.exchange.package import Package, read_package
from pcmd_desktop.security.signing import verify
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.data_quality import Flag, flags_for, flags_of_submission
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.reporting import period_of
from pcmd_desktop.services.unit_keys import trusted_signing_key
from pcmd_desktop.services.workspace import Workspace

ACCEPTED, ALREADY, REFUSED = "accepted", "already", "refused"
DEADLINE_DAYS = 5  # a file is late when received more than this after the period ends


@dataclass(frozen=True)
class ImportOutcome:
    path: Path
    status: str  # accepted | already | refused
    message: str
    unit: str | None = None
    period: str | None = None
    revision: int | None = None
    flags: tuple[Flag, ...] = ()  # outliers against the unit's history: never blocking


def _verifier(ws: Workspace):
    def check(unit: str, manifest: bytes, signature: bytes) -> bool:
        key = trusted_signing_key(ws, unit)
        if key is None:
            found = ws.units.get(unit)
            name = found.name if found else unit
            raise PackageError(
                f"Chưa đăng ký khóa của {name} ({unit}): nhận thẻ khóa của đơn vị đó và chạy "
                "'pcmd key trust THẺ' (người quản trị) rồi nhập lại tệp"
            )
        return verify(key, manifest, signature)

    return check


def _check_sender(ws: Workspace, package: Package) -> tuple[str, str, int]:
    m = package.manifest
    unit, period, revision = m["sender"]["unit"], m["period"]["code"], m["revision"]
    known = period_of(ws, period, m["period"]["cutoff"])
    # The tree in force on the period's last day: a 2025-H2 commune sends to the city.
    day = ws.history.reporting_day(unit, known.start, known.end)
    tree = ws.units_on(day or known.end)
    sender = tree.get(unit) if day is not None else None
    parent = tree.parent(sender) if sender else None
    if (
        sender is None
        or parent is None
        or parent.code != ws.unit.code
        or (m["parent"] != ws.unit.code)
    ):
        raise PackageError(
            f"Tệp của đơn vị {unit} không gửi cho {ws.unit.name}: chỉ nhận tệp của các đơn vị "
            f"trực thuộc trong kỳ {period}"
        )
    if m["period"]["cutoff"] != ws.cutoff:
        raise PackageError(
            f"Tệp chia kỳ theo cách '{m['period']['cutoff']}', đơn vị này theo '{ws.cutoff}'"
        )
    if known.end > date.today():
        raise PackageError(f"Kỳ {period} chưa kết thúc ({known.end:%d/%m/%Y})")
    return unit, period, revision


def import_file(ws: Workspace, path: Path) -> ImportOutcome:
    """Check and keep one file; never raises for a bad file (the outcome says why)."""
    session = require(ws, Permission.REPORTS)
    path = Path(path)
    try:
        if path.stat().st_size > MAX_TOTAL_SIZE:
            raise PackageError("Tệp quá lớn cho một tệp báo cáo")
        package = read_package(path.read_bytes(), _verifier(ws))
        unit, period, revision = _check_sender(ws, package)
    except (PackageError, OSError) as e:
        return ImportOutcome(path, REFUSED, str(e))
    m = package.manifest
    with transaction(ws.db):
        row = ws.db.execute("SELECT revision, sha256 FROM submissions WHERE unit = ? AND "
                            "period = ?", (unit, period)).fetchone()  # fmt: skip
        if row is not None and row[1] == package.sha256:
            return ImportOutcome(path, ALREADY, f"Đã nhận tệp này (lần gửi {row[0]})", unit,
                                 period, revision)  # fmt: skip
        if row is not None and revision <= row[0]:
            return ImportOutcome(
                path, REFUSED,
                f"Lần gửi {revision} cũ hơn lần gửi {row[0]} đã nhận; giữ bản đã nhận",
                unit, period, revision,
            )  # fmt: skip
        ws.db.execute(
            "INSERT OR REPLACE INTO submissions (unit, period, revision, sha256, created_at, "
            "received_at, received_by, indicators, narrative, children, records, personal, "
            "breakdowns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (unit, period, revision, package.sha256, m["created_at"], records_repo.now_stamp(),
             session.user, json.dumps(package.indicators, sort_keys=True),
             json.dumps(package.narrative, ensure_ascii=False, sort_keys=True),
             json.dumps(package.children, sort_keys=True) if package.children else None,
             package.members["records.jsonl"].decode("utf-8"), package.personal,
             # The sex and age-band counts (format version 4); NULL for an older file.
             json.dumps(package.breakdown, sort_keys=True) if package.breakdown else None),
        )  # fmt: skip
        audit.append(ws.db, audit_time(), session.user, "import_file", "report", period,
                     {"unit": unit, "revision": revision})  # fmt: skip
    replaced = f" (thay lần gửi {row[0]})" if row is not None else ""
    flags = tuple(flags_for(ws, unit, period, package.indicators))
    return ImportOutcome(path, ACCEPTED, f"Đã nhận lần gửi {revision}{replaced}", unit, period,
                         revision, flags)  # fmt: skip


def import_files(ws: Workspace, paths: list[Path]) -> list[ImportOutcome]:
    """Each file on its own: one bad file does not stop the others."""
    require(ws, Permission.REPORTS)
    return [import_file(ws, Path(p)) for p in paths]


def accepted_children(ws: Workspace, period: str) -> dict:
    """What a district's or the city's own file says of its children (children.json)."""
    rows = ws.db.execute("SELECT unit, revision, sha256, indicators FROM submissions "
                         "WHERE period = ? ORDER BY unit", (period,)).fetchall()  # fmt: skip
    return {u: {"revision": r, "sha256": h, "values": json.loads(v)} for u, r, h, v in rows}


@dataclass(frozen=True)
class ChildStatus:
    unit: str
    name: str
    status: str  # on_time | late | missing
    revision: int | None
    received_at: str | None
    flags: tuple[Flag, ...] = ()  # outliers in the file received (data_quality.py)


@dataclass(frozen=True)
class Completeness:
    period: str
    deadline: date
    children: list[ChildStatus]

    @property
    def rate(self) -> float:
        """Children that sent a file, in %."""
        if not self.children:
            return 100.0
        sent = sum(1 for c in self.children if c.status != "missing")
        return 100.0 * sent / len(self.children)

    def to_json(self) -> dict:
        return {"period": self.period, "deadline": self.deadline.isoformat(),
                "rate": round(self.rate, 1),
                "units": [{**c.__dict__, "flags": [f.to_json() for f in c.flags]}
                          for c in self.children]}  # fmt: skip


def completeness(ws: Workspace, period_code: str) -> Completeness:
    """Each child unit in force on the period's last day: received on time, late, or
    missing (a 2018 period lists the 2018 districts, a 2025-H2 one the new communes)."""
    require(ws, Permission.READ)
    period = period_of(ws, period_code)
    deadline = period.end + timedelta(days=DEADLINE_DAYS)
    rows = {u: (r, at) for u, r, at in ws.db.execute(
        "SELECT unit, revision, received_at FROM submissions WHERE period = ?",
        (period.code,))}  # fmt: skip
    out = []
    for child in ws.units_on(period.end).children(ws.unit.code):
        if child.code not in rows:
            out.append(ChildStatus(child.code, child.name, "missing", None, None))
            continue
        revision, at = rows[child.code]
        received = datetime.fromisoformat(at).astimezone().date()
        status = "late" if received > deadline else "on_time"
        flags = tuple(flags_of_submission(ws, child.code, period.code))
        out.append(ChildStatus(child.code, child.name, status, revision, at, flags))
    return Completeness(period.code, deadline, out)
