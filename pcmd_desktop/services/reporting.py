"""The period report of this database's unit: every indicator computed for the period
and the year to date, the plan targets, for a district or the city the values of each
child unit (annex), the narrative the officer wrote for the period, and the form's
header and signature from Settings. `pcmd report` and the report page both call
`build_report`; the renderers print what it returns.

A district's or the city's figures are its own records plus, for each child unit, the
values of the child's latest accepted file, or, when none was received, the records this
database holds for that child and the units under it. A file written under an older
catalogue (version 1) lacks the codes added since: those codes of that child are counted
from the records this database holds for it, like a child that sent no file, and the
report lists them under `not_reported` (code -> child units).
"""

from __future__ import annotations

import json
from dataclasses import asdict
from datetime import date
from pathlib import Path

from pcmd_desktop.db import audit, meta, records_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.periods import Period, PeriodError, adhoc_period, parse_period
from pcmd_desktop.domain.units import unit_label
from pcmd_desktop.reports.compute import compute
from pcmd_desktop.reports.model import NARRATIVE_SECTIONS, IndicatorValue, Report, Signature
from pcmd_desktop.services.approval import accepted_units
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.breakdowns import consolidated_breakdown
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.plan import targets
from pcmd_desktop.services.workspace import Workspace

FORMATS = ("json", "pdf", "xlsx")


class ReportError(ServiceError):
    pass


def period_of(ws: Workspace, code: str, cutoff: str | None = None) -> Period:
    """The period `code` (2018-01, 2018-Q1, 2018-H1, 2018-9M, 2018, or an ad hoc range
    2018-03-05..2018-04-10) under the database's cut-off unless another is given;
    ReportError with the domain's message. (A received file's period is checked against
    today by the importer, which refuses it as not ended; `build_report` refuses an ad hoc
    range ending after today.)"""
    try:
        return parse_period(code, cutoff or ws.cutoff)
    except PeriodError as e:
        raise ReportError(str(e)) from None


def adhoc_code(
    ws: Workspace, first: date | str | None, last: date | str | None, *,
    labels: tuple[str, str] = ("từ ngày", "đến ngày"),
) -> str:  # fmt: skip
    """The code of the ad hoc range first..last as typed (dd/mm/yyyy or yyyy-mm-dd);
    ReportError naming the field (`labels`) for a malformed day, a first day after the
    last or a last day after today."""
    try:
        return adhoc_period(first, last, ws.cutoff, today=date.today(), labels=labels).code
    except PeriodError as e:
        raise ReportError(str(e)) from None


def build_report(
    ws: Workspace, period_code: str, cutoff: str | None = None, *, issued_on: date | None = None,
    accepted_only: bool = False, breakdown: bool = True,
) -> Report:  # fmt: skip
    """The report of `period_code` for this database's unit; with `accepted_only`, only
    the children whose latest file this unit accepted (services/approval.py) count;
    without `breakdown`, no breakdown by sex and age band (services/breakdowns.py)."""
    require(ws, Permission.READ)
    period = period_of(ws, period_code, cutoff)
    if period.is_adhoc and period.end > date.today():
        raise ReportError(
            f"Kỳ đột xuất {period.name_vi} kết thúc sau hôm nay "
            f"({date.today():%d/%m/%Y}): báo cáo đột xuất chỉ tính những ngày đã qua."
        )
    # The tree in force on the period's last day (or on this unit's own last day, when it
    # ended within the period): its names, its children, what each one's figures cover.
    day = ws.history.reporting_day(ws.unit.code, period.start, period.end) or period.end
    tree = ws.units_on(day)
    kids = tree.children(ws.unit.code)
    scopes = {c.code: ws.history.scope(c.code, day) for c in kids}
    below = set().union(*scopes.values()) if scopes else set()
    # A child that ended within the period and sent its final file counts too, for what
    # the children in force do not already cover (an abolished district's own records).
    for code in _final_senders(ws, period, {c.code for c in kids}):
        last = ws.history.reporting_day(code, period.start, period.end) or day
        kids.append(ws.units_on(last).get(code))  # type: ignore[arg-type]
        scopes[code] = ws.history.scope(code, last) - below
    below = set().union(*scopes.values()) if scopes else set()
    own_codes = sorted(ws.history.scope(ws.unit.code, day) - below)
    conn = ws.db.conn
    window = (period.start, period.end, period.year_start, period.year)
    own = compute(conn, own_codes, *window)
    plan = targets(ws, period.year)
    children: dict = {}
    names: dict[str, str] = {}
    not_reported: dict[str, list[str]] = {}
    accepted = accepted_units(ws, period.code) if accepted_only else None
    counted = [c for c in kids if accepted is None or c.code in accepted]
    for child in counted:
        # A child's accepted file, else the records this database holds for it; so too the
        # codes an older file does not carry.
        sent = _submitted(ws, child.code, period.code) if period.cutoff == ws.cutoff else None
        missing = None if sent is None else [c for c in own if c not in sent]
        here = {}
        if sent is None or missing:
            here = compute(conn, sorted(scopes[child.code]), *window, codes=missing)
        for code in missing or ():
            not_reported.setdefault(code, []).append(child.code)
        got = {**here, **(sent or {})}
        children[child.code] = {code: got[code] for code in own}
        ended = child.valid_to is not None and child.valid_to < period.end.isoformat()
        names[child.code] = unit_label(child) if ended else child.name
    values = {
        code: (v + sum(c[code][0] for c in children.values()),
               y + sum(c[code][1] for c in children.values()))
        for code, (v, y) in own.items()
    }  # fmt: skip
    split = consolidated_breakdown(ws, period, own_codes, scopes, children) if breakdown else {}
    return Report(
        unit_code=ws.unit.code,
        unit_name=unit_name_on(ws, date.fromisoformat(day)),
        period=period,
        values={
            code: IndicatorValue(code, value, ytd, plan.get(code))
            for code, (value, ytd) in values.items()
        },
        children=children,
        child_names=names,
        not_reported={code: tuple(units) for code, units in not_reported.items()},
        narrative=load_narrative(ws, period.code),
        signature=signature(ws),
        issued_on=issued_on,
        accepted_only=accepted_only,
        children_total=len(kids),
        breakdown=split,
    )


def unit_name_on(ws: Workspace, day: date) -> str:
    """This unit's name on `day`; before the unit existed (a database re-homed to a unit
    made by a merge), the names of the predecessors whose territory it took."""
    if ws.history.version_on(ws.unit.code, day) is not None:
        return ws.unit_on(day).name
    tree = ws.units_on(day)
    olds = [tree.get(c) for c in sorted(ws.history.scope(ws.unit.code, day))
            if tree.in_force(c)]  # fmt: skip
    tops = [
        u
        for u in olds
        if u is not None
        and not any(
            o is not None and o.code != u.code and tree.is_within(u.code, o.code) for o in olds
        )
    ]
    return ", ".join(u.name for u in tops) or ws.unit.name


def _final_senders(ws: Workspace, period: Period, listed: set[str]) -> list[str]:
    """Units not in force at the period's end whose file for it was accepted here."""
    rows = ws.db.execute("SELECT unit FROM submissions WHERE period = ? ORDER BY unit",
                         (period.code,)).fetchall()  # fmt: skip
    return [
        u
        for (u,) in rows
        if u not in listed
        and ws.history.reporting_day(u, period.start, period.end)
        not in (None, period.end.isoformat())
    ]


def _submitted(ws: Workspace, unit: str, period: str) -> dict | None:
    row = ws.db.execute("SELECT indicators FROM submissions WHERE unit = ? AND period = ?",
                        (unit, period)).fetchone()  # fmt: skip
    if row is None:
        return None
    return {code: (v["value"], v["ytd"]) for code, v in json.loads(row[0]).items()}


# Narrative ------------------------------------------------------------------------------
def load_narrative(ws: Workspace, period_code: str) -> dict[str, str]:
    require(ws, Permission.READ)
    rows = ws.db.execute(
        "SELECT section, text FROM report_narratives WHERE unit = ? AND period = ?",
        (ws.unit.code, period_code),
    ).fetchall()
    return {section: text for section, text in rows if section in NARRATIVE_SECTIONS}


def save_narrative(ws: Workspace, period_code: str, sections: dict[str, str]) -> None:
    """Keep the narrative of a period (empty text removes a section); audited."""
    session = require(ws, Permission.REPORTS)
    period_of(ws, period_code)
    unknown = set(sections) - set(NARRATIVE_SECTIONS)
    if unknown:
        raise ReportError(f"Không có mục '{sorted(unknown)[0]}' trong báo cáo")
    stamp = records_repo.now_stamp()
    with transaction(ws.db):
        for section, text in sections.items():
            text = (text or "").strip()
            if text:
                ws.db.execute(
                    "INSERT INTO report_narratives VALUES (?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (unit, period, section) DO UPDATE SET text = excluded.text, "
                    "updated_at = excluded.updated_at, updated_by = excluded.updated_by",
                    (ws.unit.code, period_code, section, text, stamp, session.user),
                )
            else:
                ws.db.execute(
                    "DELETE FROM report_narratives WHERE unit = ? AND period = ? AND section = ?",
                    (ws.unit.code, period_code, section),
                )
        audit.append(ws.db, audit_time(), session.user, "report_narrative", "report",
                     period_code, {"sections": sorted(sections)})  # fmt: skip


# Signature (Settings) ---------------------------------------------------------------------
def default_signature(ws: Workspace) -> Signature:
    """A header a commune can print as is: its parent body and itself in capitals."""
    unit = ws.unit
    parent = ws.units.parent(unit)
    return Signature(
        parent_body=f"UBND {parent.name.upper()}" if parent else "",
        issuer=f"UBND {unit.name.upper()}",
        place=_place(ws),
    )


def _place(ws: Workspace) -> str:
    unit = ws.unit
    while (parent := ws.units.parent(unit)) is not None:
        unit = parent
    return unit.name.replace("Thành phố ", "").replace("Tỉnh ", "")


def signature(ws: Workspace) -> Signature:
    require(ws, Permission.READ)
    stored = meta.get(ws.db, meta.REPORT_SIGNATURE)
    if not stored:
        return default_signature(ws)
    data = json.loads(stored)
    data["recipients"] = tuple(data.get("recipients") or ())
    return Signature(**{k: v for k, v in data.items() if k in Signature.__dataclass_fields__})


def set_signature(ws: Workspace, value: Signature) -> None:
    session = require(ws, Permission.SETTINGS)
    with transaction(ws.db):
        meta.put(ws.db, meta.REPORT_SIGNATURE, json.dumps(asdict(value), ensure_ascii=False))
        audit.append(ws.db, audit_time(), session.user, "settings_changed",
                     detail={"report_signature": True})  # fmt: skip


# Output ------------------------------------------------------------------------------------
def write_report(report: Report, fmt: str, path: Path) -> Path:
    """The report as a PDF or XLSX file (written atomically)."""
    if fmt == "pdf":
        from pcmd_desktop.reports.pdf_form import write_pdf

        return write_pdf(report, path)
    if fmt == "xlsx":
        from pcmd_desktop.reports.xlsx_form import write_xlsx

        return write_xlsx(report, path)
    if fmt == "json":
        path.write_text(json.dumps(report.to_json(), ensure_ascii=False, indent=2) + "\n",
                        encoding="utf-8")  # fmt: skip
        return path
    raise ReportError(f"Không có định dạng '{fmt}'; chọn một trong: {', '.join(FORMATS)}")
