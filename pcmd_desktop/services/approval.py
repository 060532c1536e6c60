"""Data approval and lock (like DHIS2's): a district or the city accepts a child's period
file or asks for a revision; the decision travels back as a signed file; while the latest
decision the child received for a period is 'accepted', the period is locked there.

At the parent (`accept`, `reopen`): the decision is on the latest file received from that
child for the period (its revision and SHA-256), kept in `approvals` (direction 'given'),
audited, and written as a decision file (exchange/approval_file.py) signed with this
unit's key. The same decision again writes the same file again (a lost USB stick) and
keeps no new row.

At the child (`import_decision`): the signature must be the trusted key of this unit's
parent, the decision addressed to this unit and about a file this unit sent (own_exports:
revision and SHA-256); kept in `approvals` (direction 'received'), audited. A locked
period refuses every write of a record dated in it (for the unit+year kinds, of its year,
when the accepted period is the year) and a new revision of its file
(`check_writable`, `ensure_exportable`); a 'reopened' decision unlocks it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pcmd_desktop import __version__
from pcmd_desktop.db import audit
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.db.records_repo import now_stamp
from pcmd_desktop.domain.periods import Period, PeriodError, format_date_vi, parse_period
from pcmd_desktop.domain.records import RecordKind
from pcmd_desktop.exchange.approval_file import (
    ACCEPTED,
    MAX_REASON,
    MAX_SIZE,
    REOPENED,
    Decision,
    build_decision,
    read_decision,
)
from pcmd_desktop.exchange.limits import PackageError
from pcmd_desktop.security.signing import sign, verify
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.files import atomic_output
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.unit_keys import signing_private, trusted_signing_key
from pcmd_desktop.services.workspace import Workspace

PENDING = "pending"
STATE_VI = {ACCEPTED: "Đã duyệt", REOPENED: "Yêu cầu sửa lại", PENDING: "Chưa duyệt"}
ADDED, ALREADY = "added", "already"

_COLUMNS = ("unit, period, revision, state, parent, decided_at, decided_by, reason, sha256, "
            "kept_at")  # fmt: skip


class ApprovalError(ServiceError):
    """A decision that cannot be made or a decision file that cannot be taken."""


class UnknownUnit(ApprovalError):
    """No unit with that code (the CLI's exit 2)."""


class BadPeriod(ApprovalError):
    """Not a period code (the CLI's exit 2)."""


class PeriodLocked(ServiceError):
    """A write into a period the parent accepted."""


@dataclass(frozen=True)
class DecisionRow:
    unit: str
    period: str
    revision: int
    state: str
    parent: str
    decided_at: str  # UTC, 2018-04-05T08:30:00Z
    decided_by: str
    reason: str | None
    sha256: str | None
    kept_at: str

    @property
    def decided_on(self) -> str:
        """The day of the decision, dd/mm/yyyy in local time."""
        when = datetime.fromisoformat(self.decided_at.replace("Z", "+00:00"))
        return format_date_vi(when.astimezone().date())


@dataclass(frozen=True)
class DecisionResult:
    path: Path
    row: DecisionRow
    reissued: bool  # the same decision was already given: its file written again


@dataclass(frozen=True)
class ReceivedDecision:
    status: str  # added | already
    row: DecisionRow
    message: str


def _period(ws: Workspace, code: str) -> Period:
    try:
        return parse_period(code, ws.cutoff)
    except PeriodError as e:
        raise BadPeriod(str(e)) from None


def _rows(ws: Workspace, direction: str, where: str, params: tuple) -> list[DecisionRow]:
    sql = (f"SELECT {_COLUMNS} FROM approvals WHERE direction = ? AND {where} "
           "ORDER BY decided_at, id")  # fmt: skip
    return [DecisionRow(*r) for r in ws.db.execute(sql, (direction, *params))]


def _latest(ws: Workspace, direction: str, unit: str, period: str) -> DecisionRow | None:
    rows = _rows(ws, direction, "unit = ? AND period = ?", (unit, period))
    return rows[-1] if rows else None


# At the parent --------------------------------------------------------------------------
def accept(ws: Workspace, child: str, period_code: str, out: Path) -> DecisionResult:
    """Accept the latest file received from `child` for the period; the decision file
    to `out`."""
    return _decide(ws, child, period_code, ACCEPTED, "", out)


def reopen(ws: Workspace, child: str, period_code: str, reason: str, out: Path) -> DecisionResult:
    """Ask `child` to revise its period file (unlocks the period there); the decision
    file to `out`."""
    reason = (reason or "").strip()
    if not reason:
        raise ApprovalError("Yêu cầu sửa lại cần ghi lý do (cấp dưới cần biết sửa gì)")
    if len(reason) > MAX_REASON:
        raise ApprovalError(f"Lý do dài quá {MAX_REASON} ký tự")
    return _decide(ws, child, period_code, REOPENED, reason, out)


def _decide(ws: Workspace, child: str, period_code: str, state: str, reason: str,
            out: Path) -> DecisionResult:  # fmt: skip
    session = require(ws, Permission.REPORTS)
    unit = ws.units.get(child)
    if unit is None:
        raise UnknownUnit(f"Không có đơn vị mã '{child}' trong danh mục")
    period = _period(ws, period_code)
    sub = ws.db.execute("SELECT revision, sha256 FROM submissions WHERE unit = ? AND "
                        "period = ?", (child, period.code)).fetchone()  # fmt: skip
    if sub is None:
        raise ApprovalError(
            f"Chưa nhận tệp báo cáo kỳ {period.code} của {unit.name} ({child}): không có gì "
            "để duyệt hay yêu cầu sửa lại"
        )
    revision, digest = int(sub[0]), str(sub[1])
    last = _latest(ws, "given", child, period.code)
    again = last is not None and (last.state, last.sha256) == (state, digest) and (
        state == ACCEPTED or last.reason == reason)  # fmt: skip
    if again:
        assert last is not None
        row = last
    else:
        decided = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        row = DecisionRow(child, period.code, revision, state, ws.unit.code, decided,
                          session.user, reason or None, digest, now_stamp())  # fmt: skip
    fields = {
        "app_version": __version__,
        "state": row.state,
        "parent": {"unit": ws.unit.code, "name": ws.unit.name},
        "unit": {"unit": child, "name": unit.name},
        "period": {"code": period.code, "kind": period.kind, "from": period.start.isoformat(),
                   "to": period.end.isoformat(), "cutoff": period.cutoff},
        "revision": row.revision,
        "sha256": row.sha256,
        "decided_at": row.decided_at,
        "decided_by": row.decided_by,
        "reason": row.reason or "",
    }  # fmt: skip
    private = signing_private(ws)
    data = build_decision(fields, lambda body: sign(private, body))
    with transaction(ws.db):
        if not again:
            _insert(ws, "given", row)
        audit.append(ws.db, audit_time(), session.user,
                     "approval_reissued" if again else f"approval_{state}", "report",
                     period.code, {"unit": child, "revision": revision,
                                   "reason": reason or None})  # fmt: skip
        with atomic_output(Path(out)) as tmp:  # the decision is kept only if written
            tmp.write_bytes(data)
    return DecisionResult(Path(out), row, again)


def _insert(ws: Workspace, direction: str, row: DecisionRow) -> None:
    ws.db.execute(
        f"INSERT INTO approvals (direction, {_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (direction, row.unit, row.period, row.revision, row.state, row.parent, row.decided_at,
         row.decided_by, row.reason, row.sha256, row.kept_at),
    )  # fmt: skip


def given_states(ws: Workspace, period_code: str) -> dict[str, tuple[str, DecisionRow | None]]:
    """Each child with a received file for the period: accepted, reopened (the latest
    decision is on its latest file) or pending (no decision on that file yet)."""
    require(ws, Permission.READ)
    period = _period(ws, period_code)
    latest = {r.unit: r for r in _rows(ws, "given", "period = ?", (period.code,))}
    out: dict[str, tuple[str, DecisionRow | None]] = {}
    for unit, digest in ws.db.execute("SELECT unit, sha256 FROM submissions WHERE period = ?",
                                      (period.code,)):  # fmt: skip
        row = latest.get(unit)
        out[unit] = (row.state, row) if row is not None and row.sha256 == digest else (
            PENDING, row)  # fmt: skip
    return out


def accepted_units(ws: Workspace, period_code: str) -> set[str]:
    """The children whose latest file for the period is accepted."""
    return {u for u, (s, _r) in given_states(ws, period_code).items() if s == ACCEPTED}


# At the child ---------------------------------------------------------------------------
def _verifier(ws: Workspace):
    def check(unit: str, body: bytes, signature: bytes) -> bool:
        key = trusted_signing_key(ws, unit)
        if key is None:
            found = ws.units.get(unit)
            raise PackageError(
                f"Chưa đăng ký khóa của {found.name if found else unit} ({unit}): nhận thẻ "
                "khóa của cấp trên và chạy 'pcmd key trust THẺ' (người quản trị) rồi nhập lại"
            )
        return verify(key, body, signature)

    return check


def _parent_for(ws: Workspace, period: Period) -> str | None:
    day = ws.history.reporting_day(ws.unit.code, period.start, period.end)
    if day is None:
        return None
    tree = ws.units_on(day)
    parent = tree.parent(tree.get(ws.unit.code) or ws.unit)
    return parent.code if parent else None


def _check_decision(ws: Workspace, d: Decision) -> None:
    if d.unit != ws.unit.code:
        raise ApprovalError(
            f"Quyết định này gửi cho {d.fields['unit']['name']} ({d.unit}), không phải "
            f"{ws.unit.name} ({ws.unit.code}); không nhận"
        )
    if d.cutoff != ws.cutoff:
        raise ApprovalError(f"Quyết định chia kỳ theo cách '{d.cutoff}', đơn vị này theo "
                            f"'{ws.cutoff}'")  # fmt: skip
    period = _period(ws, d.period)
    if d.parent != _parent_for(ws, period):
        raise ApprovalError(
            f"{d.fields['parent']['name']} ({d.parent}) không phải cấp trên nhận báo cáo kỳ "
            f"{d.period} của {ws.unit.name}; không nhận"
        )
    sent = ws.db.execute("SELECT 1 FROM own_exports WHERE period = ? AND revision = ? AND "
                         "sha256 = ?", (d.period, d.revision, d.sha256)).fetchone()  # fmt: skip
    if sent is None:
        raise ApprovalError(
            f"Quyết định nói về lần gửi {d.revision} kỳ {d.period}, không khớp tệp nào "
            f"{ws.unit.name} đã gửi; không nhận"
        )


def import_decision(ws: Workspace, path: Path) -> ReceivedDecision:
    """Check and keep the parent's decision file at `path`; ApprovalError (nothing kept)
    naming the fault otherwise."""
    session = require(ws, Permission.REPORTS)
    path = Path(path)
    try:
        if path.stat().st_size > MAX_SIZE:
            raise PackageError(f"Tệp {path.name} quá lớn cho một tệp quyết định duyệt")
        decision = read_decision(path.read_bytes(), _verifier(ws))
    except PackageError as e:
        raise ApprovalError(str(e)) from None
    except OSError as e:
        raise ApprovalError(f"Không đọc được tệp {path}: {e.strerror or e}") from None
    _check_decision(ws, decision)
    d = decision
    row = DecisionRow(d.unit, d.period, d.revision, d.state, d.parent, d.decided_at,
                      d.fields["decided_by"], d.reason or None, d.sha256, now_stamp())  # fmt: skip
    with transaction(ws.db):
        earlier = _rows(ws, "received", "unit = ? AND period = ?", (ws.unit.code, d.period))
        last = earlier[-1] if earlier else None
        same = [r for r in earlier if (r.decided_at, r.state, r.sha256) == (
            row.decided_at, row.state, row.sha256)]  # fmt: skip
        if same:
            kept = _local_day(same[-1].kept_at)
            return ReceivedDecision(ALREADY, same[-1], f"Đã nhận quyết định này ngày {kept}; "
                                    "không thay đổi gì")  # fmt: skip
        if last is not None and row.decided_at < last.decided_at:
            raise ApprovalError(
                f"Quyết định này (ngày {row.decided_on}) cũ hơn quyết định đã nhận "
                f"(ngày {last.decided_on}); giữ quyết định đã nhận"
            )
        _insert(ws, "received", row)
        audit.append(ws.db, audit_time(), session.user, "approval_received", "report",
                     d.period, {"state": d.state, "revision": d.revision,
                                "parent": d.parent})  # fmt: skip
    return ReceivedDecision(ADDED, row, lock_text_of(row))


def _local_day(stamp: str) -> str:
    try:
        return format_date_vi(datetime.fromisoformat(stamp.replace("Z", "+00:00")).date())
    except ValueError:
        return stamp


def lock_text_of(row: DecisionRow) -> str:
    """What a received decision means, in one Vietnamese sentence."""
    if row.state == ACCEPTED:
        return locked_message(row)
    return (f"Kỳ {row.period}: cấp trên yêu cầu sửa lại ngày {row.decided_on} (lần gửi "
            f"{row.revision}): {row.reason}. Kỳ đã mở khóa; sửa xong thì gửi lần mới")  # fmt: skip


def locked_message(row: DecisionRow) -> str:
    return (f"Kỳ {row.period} đã được cấp trên duyệt ngày {row.decided_on}; muốn sửa cần "
            "cấp trên yêu cầu sửa lại")  # fmt: skip


def locks(ws: Workspace) -> list[DecisionRow]:
    """The latest decision received for each period of this unit, by period."""
    require(ws, Permission.READ)
    latest: dict[str, DecisionRow] = {}
    for row in _rows(ws, "received", "unit = ?", (ws.unit.code,)):
        latest[row.period] = row
    return [latest[p] for p in sorted(latest)]


def period_state(ws: Workspace, period_code: str) -> DecisionRow | None:
    """The latest decision received for this unit's period, None when there is none."""
    require(ws, Permission.READ)
    return _latest(ws, "received", ws.unit.code, _period(ws, period_code).code)


def locked_spans(ws: Workspace) -> list[tuple[Period, DecisionRow]]:
    """The periods locked here (latest received decision 'accepted') with their decision."""
    out = []
    for row in locks(ws):
        if row.state == ACCEPTED:
            try:
                out.append((parse_period(row.period, ws.cutoff), row))
            except PeriodError:
                continue
    return out


def lock_problem(kind: RecordKind, record: dict | None, spans: list) -> str | None:
    """The refusal message when `record` falls in a locked period of `spans`, else None."""
    if not record or not spans:
        return None
    if kind.date_field is not None:
        day = record.get(kind.date_field)
        if day:
            day = str(day)
            for period, row in spans:
                if period.start.isoformat() <= day <= period.end.isoformat():
                    return locked_message(row)
    elif "year" in kind.key and record.get("year") is not None:
        for period, row in spans:
            if period.kind == "year" and period.year == int(record["year"]):
                return locked_message(row)
    return None


def check_writable(ws: Workspace, kind: RecordKind, *records: dict | None) -> None:
    """PeriodLocked when any of `records` (a record as it was, as it would be) falls in
    a period the parent accepted."""
    spans = locked_spans(ws)
    for record in records:
        problem = lock_problem(kind, record, spans)
        if problem:
            raise PeriodLocked(problem)


def ensure_exportable(ws: Workspace, period_code: str) -> None:
    """PeriodLocked when the period's file was accepted: no new revision until reopened."""
    row = period_state(ws, period_code)
    if row is not None and row.state == ACCEPTED:
        raise PeriodLocked(
            f"Kỳ {row.period} đã được cấp trên duyệt ngày {row.decided_on} (lần gửi "
            f"{row.revision}); không gửi lần mới được, muốn sửa cần cấp trên yêu cầu sửa lại"
        )
