"""The rules a record must keep beyond its shape: no future dates, references that exist,
dates in the right order, codes unique in their unit. Every problem is returned at once.

The rules ask the outside world (the database, an import batch) only through a
`ValidationContext`, so they are tested without SQL.
"""

from __future__ import annotations

from datetime import date
from typing import Protocol

from pcmd_desktop.domain import catalogues as cat
from pcmd_desktop.domain.assessment import score_faults
from pcmd_desktop.domain.coerce import Problem, coerce, field_name
from pcmd_desktop.domain.records import KINDS, FieldType, RecordKind


class ValidationError(ValueError):
    """A record refused; `problems` names every fault."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


class ValidationContext(Protocol):
    today: date

    def unit_problem(self, kind: str, code: str) -> str | None:
        """None when records of `kind` may belong to unit `code`, else why not."""

    def find(self, kind: str, record_id: str) -> dict | None:
        """The live record of that kind and id (at least its dated and referring fields)."""

    def person_code_owner(self, unit: str, code: str) -> str | None:
        """The id of the live person holding `code` in `unit`, if any."""

    def referring(self, kind: str, field: str, record_id: str) -> list[dict]:
        """The live records of `kind` whose `field` names `record_id` (at least their id
        and dated field)."""


def _fmt(iso: str) -> str:
    d = date.fromisoformat(iso)
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


# A year's assessment of a commune cannot be made before the year has begun.
_ASSESSED_KINDS = ("commune_status", "commune_assessment")


def _not_in_future(kind: RecordKind, rec: dict, today: date) -> list[Problem]:
    out = []
    for f in kind.fields:
        v = rec.get(f.key)
        if v is None:
            continue
        if f.type is FieldType.DATE and date.fromisoformat(v) > today:
            out.append(
                Problem(
                    f.key,
                    f"{field_name(f)}: ngày {_fmt(v)} ở tương lai "
                    f"(hôm nay là {_fmt(today.isoformat())})",
                )
            )
        elif f.type is FieldType.YEAR and f.key == "birth_year" and v > today.year:
            out.append(Problem(f.key, f"{field_name(f)}: năm {v} ở tương lai"))
        elif f.type is FieldType.YEAR and kind.name in _ASSESSED_KINDS and v > today.year:
            out.append(Problem(f.key, f"{field_name(f)}: chưa thể đánh giá năm {v}"))
        elif f.type is FieldType.YEAR and v > today.year + 1:
            out.append(Problem(f.key, f"{field_name(f)}: kế hoạch chỉ lập trước tối đa một năm"))
    return out


def _not_before(kind: RecordKind, rec: dict, later: str, earlier: str) -> list[Problem]:
    a, b = rec.get(later), rec.get(earlier)
    if a is None or b is None or a >= b:
        return []
    fl, fe = kind.field(later), kind.field(earlier)
    return [Problem(later, f"{field_name(fl)}: {_fmt(a)} không được trước {fe.label} ({_fmt(b)})")]


def _references(kind: RecordKind, rec: dict, ctx: ValidationContext) -> list[Problem]:
    out = []
    for f in kind.fields:
        if f.type is not FieldType.REF or rec.get(f.key) is None:
            continue
        assert f.ref is not None
        target = ctx.find(f.ref, rec[f.key])
        if target is None:
            what = KINDS[f.ref].label.lower()
            out.append(Problem(f.key, f"{field_name(f)}: không tìm thấy {what} có mã {rec[f.key]}"))
        elif f.key == "follow_up_of":
            out.extend(_follow_up(kind, rec, target))
        elif f.ref == "volunteer_team":
            out.extend(_team_in_being(kind, rec, target))
        elif kind.name == "sanction" and f.key == "inspection_id":
            out.extend(_follows_inspection(kind, rec, target))
        elif f.key == "tip_id":
            out.extend(_follows_tip(kind, rec, target))
    return out


def _follows_tip(kind: RecordKind, rec: dict, tip: dict) -> list[Problem]:
    """An inspection or a case that a tip led to is not dated before the tip came in
    (tip.led_to_action counts it)."""
    day_key = kind.date_field
    day = rec.get(day_key) if day_key else None
    received = tip.get("received_on")
    if day is None or received is None or day >= received:
        return []
    fd = kind.field(day_key)
    return [Problem(day_key, f"{field_name(fd)}: {_fmt(day)} trước ngày tiếp nhận tin báo "
                             f"({_fmt(received)})")]  # fmt: skip


def _follows_inspection(kind: RecordKind, rec: dict, inspection: dict) -> list[Problem]:
    """A sanction that follows an inspection: of the establishment inspected, not decided
    before the inspection."""
    f = kind.field("inspection_id")
    out = []
    est = rec.get("establishment_id")
    if est and inspection.get("establishment_id") and inspection["establishment_id"] != est:
        out.append(Problem(f.key, f"{field_name(f)}: lần kiểm tra này là của một cơ sở khác "
                                  "với cơ sở bị xử phạt"))  # fmt: skip
    if rec.get("date") and inspection.get("date") and rec["date"] < inspection["date"]:
        fd = kind.field("date")
        out.append(Problem("date", f"{field_name(fd)}: {_fmt(rec['date'])} trước ngày kiểm tra "
                                   f"({_fmt(inspection['date'])})"))  # fmt: skip
    return out


def _team_in_being(kind: RecordKind, rec: dict, team: dict) -> list[Problem]:
    """A member joins, and an activity is run by, a team that exists on that day: not
    before it was established, not after it was dissolved."""
    day_key = "joined_on" if kind.name == "volunteer_member" else kind.date_field
    day = rec.get(day_key) if day_key else None
    if day is None:
        return []
    fd = kind.field(day_key)
    founded, dissolved = team.get("established_on"), team.get("dissolved_on")
    if founded and day < founded:
        return [Problem(day_key, f"{field_name(fd)}: {_fmt(day)} trước ngày thành lập đội "
                                 f"({_fmt(founded)})")]  # fmt: skip
    if dissolved and day > dissolved:
        return [Problem(day_key, f"{field_name(fd)}: {_fmt(day)} sau ngày giải thể đội "
                                 f"({_fmt(dissolved)})")]  # fmt: skip
    return []


def _follow_up(kind: RecordKind, rec: dict, earlier: dict) -> list[Problem]:
    f = kind.field("follow_up_of")
    if earlier.get("id") == rec.get("id"):
        return [Problem(f.key, f"{field_name(f)}: một lần kiểm tra không thể hậu kiểm chính nó")]
    out = []
    if rec.get("establishment_id") and earlier.get("establishment_id") != rec["establishment_id"]:
        out.append(Problem(f.key, f"{field_name(f)}: lần kiểm tra trước là của một cơ sở khác"))
    if rec.get("date") and earlier.get("date") and rec["date"] <= earlier["date"]:
        out.append(
            Problem(
                "date",
                f"Ngày kiểm tra (date): lần hậu kiểm ({_fmt(rec['date'])}) phải sau lần kiểm "
                f"tra trước ({_fmt(earlier['date'])})",
            )
        )
    return out


def _scores(kind: RecordKind, rec: dict) -> list[Problem]:
    """Each criterion's score from 0 to its maximum (domain.assessment), the message
    naming the criterion; an assessment is not dated after the year it assesses."""
    out = [Problem(key, f"{field_name(kind.field(key))}: {fault.lower()}")
           for key, fault in score_faults(rec).items()]  # fmt: skip
    day, year = rec.get("assessed_on"), rec.get("year")
    if day is not None and year is not None and int(day[:4]) < year:
        f = kind.field("assessed_on")
        out.append(Problem(f.key, f"{field_name(f)}: {_fmt(day)} trước năm được chấm ({year})"))
    return out


# A tip in one of these statuses is closed: it has the day it was closed, and only it has.
TIP_CLOSED = ("handled", "unfounded", "transferred")


def _tip(kind: RecordKind, rec: dict) -> list[Problem]:
    """Closed on or after the day received; a closed tip has its handled_on, an open one
    has none (tip.handled counts tips by that day)."""
    out = _not_before(kind, rec, "handled_on", "received_on")
    status, handled = rec.get("status"), rec.get("handled_on")
    f = kind.field("handled_on")
    label = cat.TIP_STATUSES.get(str(status), str(status))
    if status in TIP_CLOSED and handled is None:
        out.append(Problem(f.key, f"{field_name(f)}: bắt buộc khi tình trạng là '{label}'"))
    elif status is not None and status not in TIP_CLOSED and handled is not None:
        out.append(Problem(f.key, f"{field_name(f)}: chỉ ghi khi tin báo đã xử lý xong, "
                           "không có cơ sở hoặc đã chuyển "
                           f"(tình trạng đang là '{label}')"))  # fmt: skip
    return out


# What a tip may lead to: these kinds name it in `tip_id`.
TIP_ACTIONS = (("inspection", "lần kiểm tra"), ("case", "vụ án"))


def _tip_before_actions(kind: RecordKind, rec: dict, ctx: ValidationContext) -> list[Problem]:
    """A tip is not received after an inspection or a case it led to (the other side of
    `_follows_tip`: a tip's date changed later)."""
    received, tip_id = rec.get("received_on"), rec.get("id")
    if received is None or tip_id is None:
        return []
    f = kind.field("received_on")
    out = []
    for action, what in TIP_ACTIONS:
        day_key = KINDS[action].date_field or ""
        days = [r[day_key] for r in ctx.referring(action, "tip_id", tip_id) if r.get(day_key)]
        if days and min(days) < received:
            out.append(Problem(f.key, f"{field_name(f)}: {_fmt(received)} sau ngày của {what} "
                                      f"theo tin báo này ({_fmt(min(days))})"))  # fmt: skip
    return out


def _kind_rules(kind: RecordKind, rec: dict, ctx: ValidationContext) -> list[Problem]:
    name = kind.name
    if name == "tip":
        return _tip(kind, rec) + _tip_before_actions(kind, rec, ctx)
    if name == "hotspot":
        return _not_before(kind, rec, "eradicated_on", "identified_on")
    if name == "volunteer_team":
        return _not_before(kind, rec, "dissolved_on", "established_on")
    if name == "commune_assessment":
        return _scores(kind, rec)
    if name == "volunteer_member":
        return _not_before(kind, rec, "left_on", "joined_on")
    if name == "case":
        out = _not_before(kind, rec, "prosecuted_on", "detected_on")
        later = "prosecuted_on" if rec.get("prosecuted_on") else "detected_on"
        return out + _not_before(kind, rec, "tried_on", later)
    if name == "service":
        f = kind.field("amount_vnd")
        if rec.get("type") == "credit" and not rec.get("amount_vnd"):
            return [Problem(f.key, f"{field_name(f)}: bắt buộc với hỗ trợ tín dụng")]
        if rec.get("type") != "credit" and rec.get("amount_vnd"):
            return [Problem(f.key, f"{field_name(f)}: chỉ ghi với hỗ trợ tín dụng (credit)")]
    if name == "person" and rec.get("unit") and rec.get("code"):
        owner = ctx.person_code_owner(rec["unit"], rec["code"])
        if owner is not None and owner != rec.get("id"):
            f = kind.field("code")
            return [Problem(f.key, f"{field_name(f)}: mã '{rec['code']}' đã dùng cho người khác")]
    if name == "person" and rec.get("birth_year") and rec.get("opened_on"):
        age = int(rec["opened_on"][:4]) - rec["birth_year"]
        if age < 0:
            f = kind.field("birth_year")
            return [Problem(f.key, f"{field_name(f)}: sau ngày lập hồ sơ")]
    return []


def check_rules(kind: RecordKind, rec: dict, ctx: ValidationContext) -> list[Problem]:
    """Every rule broken by an already coerced record."""
    problems = _not_in_future(kind, rec, ctx.today)
    if rec.get("unit"):
        why = ctx.unit_problem(kind.name, rec["unit"])
        if why:
            problems.append(Problem("unit", f"Đơn vị (unit): {why}"))
    problems += _references(kind, rec, ctx)
    problems += _kind_rules(kind, rec, ctx)
    return problems


def validate(kind: RecordKind, obj: object, ctx: ValidationContext) -> tuple[dict, list[Problem]]:
    """Coerce then check: the canonical record and every problem, shape and rules."""
    rec, problems = coerce(kind, obj)
    # Rules run on what coerced; a field already at fault is not blamed twice.
    bad = {p.field for p in problems}
    checked = {k: v for k, v in rec.items() if k not in bad}
    return rec, problems + check_rules(kind, checked, ctx)
