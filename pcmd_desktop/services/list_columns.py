"""What each record list shows: its columns, how each is selected and sorted in SQL, and
the tables it joins to name what a record refers to.

Sorting follows the Vietnamese dictionary: names through their stored collation keys
(migration 5), other text through the VI collation, coded values by the dictionary order
of their labels, dates and numbers as they are. Personal fields are decrypted in Python
and sorted there (`python_sort`), and only for roles that may see them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from pcmd_desktop.domain.assessment import CRITERIA, PASS_TOTAL
from pcmd_desktop.domain.records import KINDS, Field, FieldType, RecordKind
from pcmd_desktop.domain.text import collation_key
from pcmd_desktop.services.hotspot_status import STATUS_LABELS, status_sql


@dataclass(frozen=True)
class Column:
    key: str  # a field key, or a derived name ("establishment", "status")
    label: str
    select: str  # SQL expression over the list's FROM
    sort: str | None  # SQL expression to order by; None: sorted in Python
    field: Field | None = None  # how the value is shown (display.format_value)
    choices: dict[str, str] | None = None  # labels of a derived coded value
    numeric: bool = False  # right-aligned
    personal: bool = False  # encrypted; shown only to roles that may see personal data
    shown: bool = True  # in the default set of columns
    width: int = 14  # default width in characters
    joined: bool = False  # reads a joined table (not `t`)


@dataclass(frozen=True)
class ListSpec:
    kind: RecordKind
    source: str  # FROM clause; the record's table is `t`
    columns: tuple[Column, ...]
    default_sort: str  # column key
    default_descending: bool
    # Referenced records whose search text also finds this record: (column of t, kind).
    search_refs: tuple[tuple[str, str], ...] = ()
    filters: tuple[str, ...] = field(default=())  # keys of columns offered as filters

    def column(self, key: str) -> Column:
        for c in self.columns:
            if c.key == key:
                return c
        raise KeyError(key)


def choice_rank_sql(expr: str, choices: dict[str, str]) -> str:
    """Orders coded values by the dictionary order of their Vietnamese labels."""
    ranked = sorted(choices, key=lambda code: collation_key(choices[code]))
    whens = " ".join(f"WHEN '{code}' THEN {i}" for i, code in enumerate(ranked))
    return f"CASE {expr} {whens} ELSE {len(ranked)} END"


_NUMERIC = (FieldType.INT, FieldType.MONEY, FieldType.NUMBER, FieldType.YEAR)
_CODE_LIKE = {"decision_no", "licence_no", "phone", "code"}  # ordered as written


def field_column(kind: RecordKind, key: str, *, shown: bool = True, width: int = 14) -> Column:
    """A column showing one field of the record itself."""
    f = kind.field(key)
    expr = f"t.{key}"
    if f.sensitive:
        sort = None
    elif key == "name" and kind.name in ("establishment", "hotspot"):
        sort = "t.name_key"
    elif f.type is FieldType.CHOICE and f.choices:
        sort = choice_rank_sql(expr, f.choices)
    elif f.type is FieldType.VIOLATIONS:
        sort = f"coalesce(json_array_length({expr}), 0)"
    elif f.type in (FieldType.TEXT, FieldType.TEXT_LIST) and key not in _CODE_LIKE:
        sort = f"{expr} COLLATE VI"
    else:
        sort = expr
    return Column(
        key, f.label, expr, sort, f, numeric=f.type in _NUMERIC, personal=f.sensitive,
        shown=shown, width=width,
    )  # fmt: skip


def ref_name_column(key: str, label: str, alias: str, *, width: int = 24) -> Column:
    """The name of a referenced establishment or hotspot, sorted by its collation key."""
    return Column(key, label, f"{alias}.name", f"{alias}.name_key", width=width, joined=True)


def _unit_column() -> Column:
    return Column("unit", "Đơn vị", "t.unit", "t.unit", KINDS["establishment"].field("unit"),
                  width=16)  # fmt: skip


def _spec(kind_name: str, source: str, columns: list[Column], sort: str, desc: bool,
          search_refs: tuple = (), filters: tuple = ()) -> ListSpec:  # fmt: skip
    return ListSpec(KINDS[kind_name], source, tuple(columns), sort, desc, search_refs, filters)


# Volunteer teams and members (plan II.3): a team in being has no dissolution date, a
# member in the team has no leaving date; the counts beside a team are its members in
# being and the activities it ran (live records only).
TEAM_STATUS_LABELS = {"active": "Đang hoạt động", "dissolved": "Đã giải thể"}
MEMBER_STATUS_LABELS = {
    "active": "Đang tham gia",
    "left": "Đã thôi tham gia",
    "dissolved": "Đội đã giải thể",
}
_TEAM_STATUS = "CASE WHEN t.dissolved_on IS NULL THEN 'active' ELSE 'dissolved' END"
_MEMBER_STATUS = (
    "CASE WHEN t.left_on IS NOT NULL THEN 'left' WHEN (SELECT v2.dissolved_on FROM "
    "volunteer_teams v2 WHERE v2.id = t.team_id) IS NOT NULL THEN 'dissolved' ELSE 'active' END"
)
_MEMBERS_IN_BEING = (
    "(SELECT count(*) FROM volunteer_members m WHERE m.team_id = t.id "
    "AND m.deleted_at IS NULL AND m.left_on IS NULL AND t.dissolved_on IS NULL)"
)
_TEAM_ACTIVITIES = (
    "(SELECT count(*) FROM activities a WHERE a.volunteer_team_id = t.id AND a.deleted_at IS NULL)"
)


# A commune's assessment sheet (domain.assessment): its total and its result, derived.
SHEET_RESULT_LABELS = {"clean": "Lành mạnh", "not_clean": "Chưa đạt"}
_SHEET_TOTAL = "(" + " + ".join(f"t.{c.field}" for c in CRITERIA) + ")"
_SHEET_RESULT = (
    f"CASE WHEN {_SHEET_TOTAL} >= {PASS_TOTAL} "
    + "".join(f"AND t.{c.field} >= {c.max_score} " for c in CRITERIA if c.must_be_full)
    + "THEN 'clean' ELSE 'not_clean' END"
)


# Whether a tip led to something: a live inspection or criminal case names it (`tip_id`),
# as the indicator tip.led_to_action counts (reports/compute.py).
TIP_ACTED_LABELS = {"yes": "Có", "no": "Chưa"}
TIP_ACTED_SQL = (
    "CASE WHEN EXISTS (SELECT 1 FROM inspections i WHERE i.tip_id = t.id "
    "AND i.deleted_at IS NULL) OR EXISTS (SELECT 1 FROM cases c WHERE c.tip_id = t.id "
    "AND c.deleted_at IS NULL) THEN 'yes' ELSE 'no' END"
)


def _build() -> dict[str, ListSpec]:
    k = KINDS
    est, insp, hs, pat = k["establishment"], k["inspection"], k["hotspot"], k["patrol"]
    per, svc, san, case = k["person"], k["service"], k["sanction"], k["case"]
    act, bud, cst, plan = k["activity"], k["budget"], k["commune_status"], k["plan_target"]
    team, member = k["volunteer_team"], k["volunteer_member"]
    specs = [
        _spec("establishment", "establishments t", [
            field_column(est, "name", width=28), field_column(est, "type"),
            field_column(est, "address", width=28), field_column(est, "owner_name"),
            field_column(est, "licence_no", shown=False), field_column(est, "phone", shown=False),
            _unit_column(), field_column(est, "note", shown=False),
        ], "name", False, filters=("type", "unit")),
        _spec("tip", "tips t LEFT JOIN establishments e ON e.id = t.establishment_id", [
            replace(field_column(k["tip"], "received_on", width=11), label="Ngày nhận"),
            replace(field_column(k["tip"], "channel", width=18), label="Hình thức"),
            replace(field_column(k["tip"], "place", width=15), label="Địa điểm"),
            replace(ref_name_column("establishment", "Cơ sở", "e", width=18), shown=False),
            replace(field_column(k["tip"], "status", width=13), label="Tình trạng"),
            replace(field_column(k["tip"], "handled_on", width=11), label="Ngày xử lý"),
            Column("acted", "Kiểm tra, vụ án", TIP_ACTED_SQL,
                   choice_rank_sql(TIP_ACTED_SQL, TIP_ACTED_LABELS), choices=TIP_ACTED_LABELS,
                   width=8),
            field_column(k["tip"], "content", shown=False, width=30),
            field_column(k["tip"], "outcome", shown=False, width=24), _unit_column(),
        ], "received_on", True, search_refs=(("establishment_id", "establishment"),),
            filters=("status", "acted", "unit")),
        _spec("inspection",
              "inspections t JOIN establishments e ON e.id = t.establishment_id", [
            field_column(insp, "date", width=11),
            ref_name_column("establishment", "Cơ sở", "e"),
            field_column(insp, "team_level"), field_column(insp, "violations", width=10),
            field_column(insp, "fine_vnd", width=12), field_column(insp, "suspended", width=8),
            field_column(insp, "licence_revoked", width=8),
            field_column(insp, "decision_no"), _unit_column(),
            field_column(insp, "findings", shown=False, width=28),
            field_column(insp, "agencies", shown=False, width=20),
        ], "date", True, search_refs=(("establishment_id", "establishment"),),
            filters=("team_level", "unit")),
        _spec("hotspot", "hotspots t", [
            field_column(hs, "name", width=26), field_column(hs, "location", width=24),
            field_column(hs, "kind"),
            Column("status", "Tình trạng", status_sql("t"),
                   choice_rank_sql(status_sql("t"), STATUS_LABELS), choices=STATUS_LABELS),
            field_column(hs, "identified_on", width=11),
            field_column(hs, "eradicated_on", width=11), _unit_column(),
            field_column(hs, "handed_over_to", shown=False),
        ], "name", False, filters=("kind", "status", "unit")),
        _spec("patrol", "patrols t JOIN hotspots h ON h.id = t.hotspot_id", [
            field_column(pat, "date", width=11), ref_name_column("hotspot", "Tụ điểm", "h"),
            field_column(pat, "result"), field_column(pat, "team"),
            field_column(pat, "people_encountered", width=8), _unit_column(),
            field_column(pat, "note", shown=False, width=24),
        ], "date", True, search_refs=(("hotspot_id", "hotspot"),), filters=("result", "unit")),
        _spec("person", "persons t", [
            field_column(per, "code"), field_column(per, "full_name", width=22),
            field_column(per, "birth_year", width=8), field_column(per, "sex", width=8),
            field_column(per, "home_province"), field_column(per, "status"),
            field_column(per, "consent", width=8), field_column(per, "opened_on", width=11),
            _unit_column(),
        ], "code", False, filters=("status", "sex", "unit")),
        _spec("service", "services t JOIN persons p ON p.id = t.person_id", [
            field_column(svc, "date", width=11),
            Column("person", "Mã hồ sơ", "p.code", "p.code", joined=True),
            field_column(svc, "type"), field_column(svc, "amount_vnd", width=12),
            field_column(svc, "provider"), field_column(svc, "outcome", width=22),
            _unit_column(),
        ], "date", True, search_refs=(("person_id", "person"),), filters=("type", "unit")),
        _spec("sanction",
              "sanctions t LEFT JOIN establishments e ON e.id = t.establishment_id "
              "LEFT JOIN persons p ON p.id = t.person_id", [
            field_column(san, "date", width=11), field_column(san, "role"),
            field_column(san, "fine_vnd", width=12),
            replace(field_column(san, "authority", width=18), label="Người ra quyết định"),
            field_column(san, "decision_no"),
            ref_name_column("establishment", "Cơ sở", "e", width=20),
            Column("person", "Mã hồ sơ", "p.code", "p.code", shown=False, joined=True),
            field_column(san, "legal_basis", shown=False), _unit_column(),
        ], "date", True, search_refs=(("establishment_id", "establishment"),),
            filters=("role", "authority", "unit")),
        _spec("case", "cases t", [
            field_column(case, "detected_on", width=11), field_column(case, "offence"),
            field_column(case, "prosecuted_on", width=11), field_column(case, "tried_on", width=11),
            field_column(case, "defendants", width=8), field_column(case, "summary", width=30),
            _unit_column(),
        ], "detected_on", True, filters=("offence", "unit")),
        _spec("activity",
              "activities t LEFT JOIN volunteer_teams v ON v.id = t.volunteer_team_id", [
            field_column(act, "date", width=11), field_column(act, "kind"),
            field_column(act, "title", width=30), field_column(act, "participants", width=9),
            field_column(act, "materials", width=9), field_column(act, "location"),
            Column("volunteer_team", "Đội tình nguyện", "v.name", "v.name COLLATE VI",
                   shown=False, width=20, joined=True),
            _unit_column(),
        ], "date", True, filters=("kind", "unit")),
        _spec("volunteer_team", "volunteer_teams t", [
            field_column(team, "name", width=18), field_column(team, "area", width=14),
            field_column(team, "established_on", width=11),
            field_column(team, "dissolved_on", width=11),
            Column("status", "Tình trạng", _TEAM_STATUS, choice_rank_sql(_TEAM_STATUS,
                   TEAM_STATUS_LABELS), choices=TEAM_STATUS_LABELS, shown=False),
            Column("members", "Thành viên", _MEMBERS_IN_BEING, _MEMBERS_IN_BEING,
                   numeric=True, width=7),
            Column("activities", "Hoạt động", _TEAM_ACTIVITIES, _TEAM_ACTIVITIES,
                   numeric=True, width=7),
            _unit_column(), field_column(team, "note", shown=False, width=24),
        ], "name", False, filters=("status", "unit")),
        _spec("volunteer_member",
              "volunteer_members t JOIN volunteer_teams v ON v.id = t.team_id", [
            Column("team", "Đội", "v.name", "v.name COLLATE VI", width=18, joined=True),
            field_column(member, "full_name", width=22), field_column(member, "role"),
            Column("status", "Tình trạng", _MEMBER_STATUS, choice_rank_sql(_MEMBER_STATUS,
                   MEMBER_STATUS_LABELS), choices=MEMBER_STATUS_LABELS, width=15),
            field_column(member, "joined_on", width=11), field_column(member, "left_on", width=11),
            field_column(member, "area", width=14),
            field_column(member, "birth_year", shown=False, width=8),
            field_column(member, "sex", shown=False, width=8),
            field_column(member, "phone", shown=False), _unit_column(),
        ], "team", False, search_refs=(("team_id", "volunteer_team"),),
            filters=("role", "status", "unit")),
        _spec("budget", "budgets t", [
            field_column(bud, "date", width=11), field_column(bud, "amount_vnd", width=14),
            field_column(bud, "source", width=20), field_column(bud, "purpose", width=30),
            _unit_column(),
        ], "date", True, filters=("unit",)),
        _spec("commune_status", "commune_statuses t", [
            _unit_column(), field_column(cst, "year", width=8), field_column(cst, "pcmd_model"),
            field_column(cst, "clean", width=10), field_column(cst, "note", width=24),
        ], "unit", False, filters=("pcmd_model", "unit")),
        _spec("commune_assessment", "commune_assessments t", [
            _unit_column(), field_column(k["commune_assessment"], "year", width=8),
            field_column(k["commune_assessment"], "assessed_on", width=11),
            Column("total", "Tổng điểm", _SHEET_TOTAL, _SHEET_TOTAL, numeric=True, width=9),
            Column("result", "Kết quả", _SHEET_RESULT, choice_rank_sql(_SHEET_RESULT,
                   SHEET_RESULT_LABELS), choices=SHEET_RESULT_LABELS, width=12),
            field_column(k["commune_assessment"], "assessed_by", width=20),
            field_column(k["commune_assessment"], "note", shown=False, width=24),
        ], "year", True, filters=("result", "unit")),
        _spec("plan_target", "plan_targets t", [
            field_column(plan, "year", width=8), field_column(plan, "indicator", width=30),
            field_column(plan, "target", width=12), _unit_column(),
        ], "indicator", False, filters=("unit",)),
    ]  # fmt: skip
    return {s.kind.name: s for s in specs}


LIST_SPECS: dict[str, ListSpec] = _build()
