"""The handover ("bàn giao dữ liệu") of an ended unit's database to the unit that took
its territory (issue 13): every record (the trash included), the files it received from
its children, its narratives and who held each record before, in one signed file
(exchange/handover_package.py). Personal fields leave only sealed for the successor's
key, never in clear; the receiver takes the whole file in one transaction or nothing.

A split: an old unit with several successors hands its file to the one an admin
chooses. Whichever database holds the records, only the principal successor's figures
count the old unit's records (unit_tree's scope: the successor that kept the code, else
the lowest code), so a consolidated report never counts them twice; hand the file to
the principal successor unless the territory's records are to be kept elsewhere.

A reused code: the new unit that kept an old unit's code (00067) is the same database
going on; it needs no handover from itself. The other predecessors hand theirs over.
"""

from __future__ import annotations

import hashlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from pcmd_desktop import __version__
from pcmd_desktop.db import audit, handover_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.records import KINDS, RECORD_KINDS, record_key
from pcmd_desktop.exchange.handover_package import Handover, build_handover, read_handover
from pcmd_desktop.exchange.limits import MAX_TOTAL_SIZE, PackageError
from pcmd_desktop.security.sealing import open_sealed, seal
from pcmd_desktop.security.signing import sign, verify
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.confidential import CONFIDENTIAL
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.files import atomic_output
from pcmd_desktop.services.handover_report import HandoverReport
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import SENSITIVE, decrypt_record, encrypt_record
from pcmd_desktop.services.rehome import rehome_choices
from pcmd_desktop.services.unit_keys import (
    own_card,
    sealing_private,
    signing_private,
    trusted_sealing_key,
    trusted_signing_key,
)
from pcmd_desktop.services.workspace import Workspace

_SUBMISSION_COLUMNS = ("unit", "period", "revision", "sha256", "created_at", "received_at",
                       "received_by", "indicators", "narrative", "children", "records",
                       "breakdowns", "personal")  # fmt: skip


class HandoverError(ServiceError):
    """Why a handover file cannot be made or taken; str() is Vietnamese. Nothing changed."""


@dataclass(frozen=True)
class HandoverExport:
    path: Path
    to_unit: str
    sha256: str
    counts: dict


def _admin(ws: Workspace, what: str):
    session = require(ws, Permission.VIEW_PERSONAL)
    if session.role != "admin":
        raise HandoverError(f"Chỉ người quản trị được {what}.")
    return session


def successor_choices(ws: Workspace) -> list:
    """The units in force today that took this unit's territory: where its data may go
    (the same units a database may be re-homed to)."""
    return rehome_choices(ws)


# --- sending ------------------------------------------------------------------------------


def _contents(ws: Workspace, cipher) -> tuple[list, dict, list, list]:
    records, persons = [], {}
    for kind in RECORD_KINDS:
        for rec in handover_repo.records_with_stamps(ws.db, kind):
            if SENSITIVE[kind.name]:
                clear = decrypt_record(kind, rec, cipher)
                # A tip's informant never leaves the database, not even sealed.
                keys = [k for k in SENSITIVE[kind.name] if k not in CONFIDENTIAL[kind.name]]
                personal = {k: clear[k] for k in keys if clear.get(k) is not None}
                if personal:
                    persons[rec["id"]] = personal
                rec = {k: v for k, v in rec.items() if k not in SENSITIVE[kind.name]}
            records.append({"record": kind.name, **rec})
    private = None
    submissions = []
    for row in ws.db.execute(f"SELECT {', '.join(_SUBMISSION_COLUMNS)} FROM submissions "
                             "ORDER BY unit, period").fetchall():  # fmt: skip
        sub = dict(zip(_SUBMISSION_COLUMNS, row, strict=True))
        if sub["personal"] is not None:
            private = private or sealing_private(ws)
            try:
                sub["personal"] = open_sealed(bytes(sub["personal"]), private)
            except Exception as e:
                raise HandoverError(
                    f"Không mở được phần thông tin cá nhân của tệp {sub['unit']} kỳ "
                    f"{sub['period']} đã nhận; không lập được tệp bàn giao."
                ) from e
        submissions.append(sub)
    narratives = [dict(zip(("unit", "period", "section", "text", "updated_at", "updated_by"),
                           r, strict=True))
                  for r in ws.db.execute("SELECT unit, period, section, text, updated_at, "
                                         "updated_by FROM report_narratives ORDER BY unit, "
                                         "period, section")]  # fmt: skip
    return records, persons, submissions, narratives


def export_handover(ws: Workspace, successor_code: str, path: Path | str) -> HandoverExport:
    """Write this database's handover file for `successor_code` (admin; audited)."""
    session = _admin(ws, "lập tệp bàn giao dữ liệu")
    choices = {u.code: u for u in successor_choices(ws)}
    if successor_code not in choices:
        names = ", ".join(f"{u.name} (mã {u.code})" for u in choices.values())
        if not names:
            raise HandoverError(
                f"{ws.unit.name} ({ws.unit.code}) chưa có đơn vị kế tiếp đang có hiệu lực: "
                "nạp danh mục đơn vị mới trước khi bàn giao dữ liệu."
            )
        raise HandoverError(f"Mã {successor_code} không phải đơn vị kế tiếp của "
                            f"{ws.unit.name}; chọn một trong: {names}.")  # fmt: skip
    successor = choices[successor_code]
    key = trusted_sealing_key(ws, successor_code)
    if key is None or trusted_signing_key(ws, successor_code) is None:
        raise HandoverError(
            f"Chưa tin cậy thẻ khóa của {successor.name} (mã {successor_code}): nhận thẻ khóa "
            "của đơn vị đó, đối chiếu dấu vân tay qua điện thoại và chạy 'pcmd key trust THẺ' "
            "trước khi bàn giao."
        )
    records, persons, submissions, narratives = _contents(ws, session.cipher)
    created = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    fields = {
        "app_version": __version__,
        "from": {"unit": ws.unit.code, "name": ws.unit.name},
        "to": {"unit": successor.code, "name": successor.name},
        "created_at": created,
    }
    private = signing_private(ws)
    try:
        data = build_handover(fields, records, persons, submissions, narratives,
                              handover_repo.custody_rows(ws.db),
                              lambda m: sign(private, m), lambda b: seal(b, key))  # fmt: skip
    except PackageError as e:
        raise HandoverError(str(e)) from e
    digest = hashlib.sha256(data).hexdigest()
    counts = _summary(records, submissions, narratives)
    with transaction(ws.db):
        handover_repo.add_handover(ws.db, "sent", ws.unit.code, successor.code, digest,
                                   created, audit_time(), session.user, counts)  # fmt: skip
        audit.append(ws.db, audit_time(), session.user, "handover_sent", "unit",
                     successor.code, {"sha256": digest, **counts})  # fmt: skip
        with atomic_output(Path(path)) as tmp:
            tmp.write_bytes(data)
    return HandoverExport(Path(path), successor.code, digest, counts)


def _summary(records: list[dict], submissions: list, narratives: list) -> dict:
    kinds: dict[str, int] = {}
    for r in records:
        kinds[r["record"]] = kinds.get(r["record"], 0) + 1
    return {"records": kinds, "submissions": len(submissions), "narratives": len(narratives)}


# --- receiving ----------------------------------------------------------------------------


def _read(ws: Workspace, path: Path) -> Handover:
    def check(unit: str, manifest: bytes, signature: bytes) -> bool:
        key = trusted_signing_key(ws, unit)
        if key is None:
            found = ws.units.get(unit)
            raise PackageError(
                f"Chưa tin cậy khóa của {found.name if found else unit} ({unit}): nhận thẻ "
                "khóa của đơn vị đó và chạy 'pcmd key trust THẺ' (người quản trị) rồi nhập lại"
            )
        return verify(key, manifest, signature)

    private = sealing_private(ws)
    try:
        if path.stat().st_size > MAX_TOTAL_SIZE:
            raise PackageError("Tệp quá lớn cho một tệp bàn giao")
        return read_handover(path.read_bytes(), check, lambda b: open_sealed(b, private))
    except OSError as e:
        raise HandoverError(f"Không đọc được tệp {path}: {e.strerror or e}.") from e
    except PackageError as e:
        raise HandoverError(f"Tệp bàn giao bị từ chối: {str(e).rstrip('.')}.") from e


def _predecessors(ws: Workspace) -> set[str]:
    code, today = ws.unit.code, ws.today()
    out = {s.old_code for s in ws.history.predecessors(code)} | set(ws.scope(today))
    return {c for c in out if c != code and ws.history.version_on(c, today) is None}


def _check(ws: Workspace, h: Handover) -> None:
    sender, to = h.sender["unit"], h.receiver["unit"]
    if to != ws.unit.code:
        raise HandoverError(f"Tệp bàn giao gửi cho đơn vị mã {to} ({h.receiver['name']}), "
                            f"không phải {ws.unit.name} ({ws.unit.code}).")  # fmt: skip
    codes = {sender, *(r["unit"] for r in h.records), *(s["unit"] for s in h.submissions),
             *(c["holder"] for c in h.custody), *(n["unit"] for n in h.narratives)}  # fmt: skip
    unknown = sorted(c for c in codes if c not in ws.history)
    if unknown:
        raise HandoverError(
            f"Tệp có đơn vị mã {', '.join(unknown[:5])} không có trong danh mục của cơ sở dữ "
            "liệu này: nạp danh mục đơn vị trước (pcmd load-units), rồi nhập lại tệp."
        )
    if sender not in _predecessors(ws):
        raise HandoverError(
            f"{h.sender['name']} (mã {sender}) không phải đơn vị tiền thân của {ws.unit.name}; "
            "chỉ nhận bàn giao từ đơn vị đã nhập vào đơn vị này."
        )


def import_handover(ws: Workspace, path: Path | str) -> HandoverReport:
    """Take a handover file whole, in one transaction, or nothing (HandoverError)."""
    session = _admin(ws, "nhận bàn giao dữ liệu")
    path = Path(path)
    h = _read(ws, path)
    _check(ws, h)
    m = h.manifest
    report = HandoverReport(h.sender["unit"], h.sender["name"], ws.unit.code, ws.unit.name,
                            m["created_at"], audit_time(), h.sha256)  # fmt: skip
    seen = handover_repo.received(ws.db, h.sha256)
    if seen is not None:
        report.already, report.received_at = True, seen[1]
        return report
    own_seal = own_card(ws).sealing_key
    handed_on = m["created_at"][:10]
    try:
        with transaction(ws.db):
            _take(ws, h, report, session)
            summary = {
                "records": report.records,
                "skipped": report.skipped,
                "submissions": report.submissions,
                "narratives": report.narratives,
            }
            hid = handover_repo.add_handover(
                ws.db,
                "received",
                h.sender["unit"],
                ws.unit.code,
                h.sha256,
                m["created_at"],
                report.received_at,
                session.user,
                summary,
            )
            for sub in h.submissions:
                key = (sub["unit"], sub["period"])
                if f"{key[0]} {key[1]}" in report.submissions_kept:
                    continue
                sealed = seal(sub["personal"], own_seal) if sub["personal"] else None
                ws.db.execute(
                    f"INSERT INTO submissions ({', '.join(_SUBMISSION_COLUMNS)}) VALUES "
                    f"({', '.join('?' for _ in _SUBMISSION_COLUMNS)})",
                    [sub[c] for c in _SUBMISSION_COLUMNS[:-1]] + [sealed],
                )
            mine = [{"record": r["record"], "key": record_key(KINDS[r["record"]], r),
                     "holder": h.sender["unit"], "handed_over_on": handed_on}
                    for r in h.records]  # fmt: skip
            report.custody = handover_repo.add_custody(ws.db, [*h.custody, *mine], hid)
            audit.append(ws.db, audit_time(), session.user, "handover_received", "unit",
                         h.sender["unit"], {"sha256": h.sha256, **summary,
                                            "custody": report.custody})  # fmt: skip
    except sqlite3.IntegrityError as e:
        raise HandoverError(f"Tệp bàn giao bị từ chối, không nhận gì: một hồ sơ trùng mã với "
                            f"hồ sơ đã có ({e}).") from e  # fmt: skip
    if h.persons:
        session.name_index = None
    return report


def _take(ws: Workspace, h: Handover, report: HandoverReport, session) -> None:
    """Records, submissions and narratives, in the caller's transaction."""
    by_kind: dict[str, list[dict]] = {}
    for rec in h.records:
        by_kind.setdefault(rec["record"], []).append(rec)
    for kind in RECORD_KINDS:
        new = []
        for rec in by_kind.get(kind.name, []):
            fields = {k: v for k, v in rec.items() if k != "record"}
            if SENSITIVE[kind.name] and rec.get("id") in h.persons:
                fields.update(h.persons[rec["id"]])
            content = {k: v for k, v in fields.items() if k in (*kind.keys, "extra")}
            here = handover_repo.stored(ws.db, kind, fields)
            if here is not None:
                if SENSITIVE[kind.name]:
                    here = decrypt_record(kind, here, session.cipher)
                if here != content:
                    raise HandoverError(
                        f"Tệp bàn giao bị từ chối, không nhận gì: hồ sơ {kind.label} mã "
                        f"{record_key(kind, rec)} đã có ở đây với nội dung khác."
                    )
                report.skipped[kind.name] = report.skipped.get(kind.name, 0) + 1
                continue
            if kind.name == "person":
                _check_person_code(ws, fields)
            new.append(encrypt_record(kind, fields, session.cipher))
        handover_repo.insert_as_they_were(ws.db, kind, new)
        if new:
            report.records[kind.name] = len(new)
    for sub in h.submissions:
        row = ws.db.execute("SELECT 1 FROM submissions WHERE unit = ? AND period = ?",
                            (sub["unit"], sub["period"])).fetchone()  # fmt: skip
        if row is not None:
            report.submissions_kept.append(f"{sub['unit']} {sub['period']}")
        else:
            report.submissions += 1
    for n in h.narratives:
        cur = ws.db.execute(
            "INSERT OR IGNORE INTO report_narratives (unit, period, section, text, updated_at,"
            " updated_by) VALUES (?, ?, ?, ?, ?, ?)",
            (n["unit"], n["period"], n["section"], n["text"], n["updated_at"], n["updated_by"]),
        )
        if cur.rowcount == 1:
            report.narratives += 1
        else:
            report.narratives_kept += 1


def _check_person_code(ws: Workspace, person: dict) -> None:
    row = ws.db.execute("SELECT id FROM persons WHERE unit = ? AND code = ?",
                        (person["unit"], person["code"])).fetchone()  # fmt: skip
    if row is not None and row[0] != person["id"]:
        raise HandoverError(
            f"Tệp bàn giao bị từ chối, không nhận gì: mã hồ sơ {person['code']} của đơn vị "
            f"{person['unit']} đã dùng cho một hồ sơ khác ở đây (mã bản ghi {row[0]})."
        )
