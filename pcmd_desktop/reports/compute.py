"""Every indicator of the catalogue (../shared/indicators.md) for a set of units and a
window of days, in SQL over the live records.

A flow counts records dated in the window; a distinct count counts distinct things within
each unit's own records (so a district's figure is the sum of its units'); an "at end"
indicator is a state on the window's last day (its year-to-date is the same state); the
`commune.*` indicators are the reporting year's status. Deleted records never count.
Each definition is one SQL statement with the parameters :a and :b (first and last day,
ISO), :u (the unit codes as a JSON array), :y (the reporting year) and :s (the reporting
year's first day, ISO, the same for the period and the year to date).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date

from pcmd_desktop.domain.assessment import CRITERIA, PASS_TOTAL
from pcmd_desktop.domain.indicators import INDICATORS

Number = int | float

_IN_UNITS = "unit IN (SELECT value FROM json_each(:u))"


def _flow(table: str, date_col: str, expr: str = "count(*)", where: str = "") -> str:
    cond = f" AND {where}" if where else ""
    return (
        f"SELECT coalesce({expr}, 0) FROM {table} WHERE deleted_at IS NULL AND {_IN_UNITS} "
        f"AND {date_col} BETWEEN :a AND :b{cond}"
    )


def _distinct(table: str, date_col: str, thing: str, where: str = "") -> str:
    # Distinct within each unit's own records: (unit, thing) pairs.
    cond = f" AND {where}" if where else ""
    return (
        f"SELECT count(*) FROM (SELECT DISTINCT unit, {thing} FROM {table} "
        f"WHERE deleted_at IS NULL AND {_IN_UNITS} AND {date_col} BETWEEN :a AND :b{cond})"
    )


# The date a live hotspot became re-activated: its first live patrol finding it active
# after its eradication (records.md), or NULL.
_REACTIVATED_ON = (
    "(SELECT min(p.date) FROM patrols p WHERE p.hotspot_id = h.id AND p.deleted_at IS NULL "
    "AND p.result = 'active' AND p.date > h.eradicated_on)"
)
_HOTSPOTS = f"FROM hotspots h WHERE h.deleted_at IS NULL AND h.{_IN_UNITS}"
_VIOLATION = "violations IS NOT NULL AND violations != '[]'"
_SANCTIONED = "(fine_vnd > 0 OR suspended = 1 OR licence_revoked = 1)"
_STATUS = (
    "SELECT count(*) FROM commune_statuses WHERE deleted_at IS NULL AND {units} "
    "AND year = :y AND {cond}"
).replace("{units}", _IN_UNITS)

# A commune's year is "lành mạnh" from its assessment sheet where it has one
# (domain.assessment: the total reaches the pass mark and every must-be-full criterion is
# full), else from the commune status's flag.
_SHEET_PASSES = " AND ".join(
    [f"({' + '.join(c.field for c in CRITERIA)}) >= {PASS_TOTAL}"]
    + [f"{c.field} >= {c.max_score}" for c in CRITERIA if c.must_be_full]
)
_ASSESSED = (
    f"SELECT unit FROM commune_assessments WHERE deleted_at IS NULL AND {_IN_UNITS} AND year = :y"
)
_CLEAN = (
    f"SELECT (SELECT count(*) FROM ({_ASSESSED} AND {_SHEET_PASSES})) + "
    f"(SELECT count(*) FROM commune_statuses WHERE deleted_at IS NULL AND {_IN_UNITS} "
    f"AND year = :y AND clean = 1 AND unit NOT IN ({_ASSESSED}))"
)
_TIP_ACTED = (
    "(EXISTS (SELECT 1 FROM inspections i WHERE i.tip_id = tips.id AND i.deleted_at IS NULL) "
    "OR EXISTS (SELECT 1 FROM cases c WHERE c.tip_id = tips.id AND c.deleted_at IS NULL))"
)
_TEAM_IN_BEING = (
    "(SELECT 1 FROM volunteer_teams t WHERE t.id = m.team_id AND t.deleted_at IS NULL "
    "AND t.established_on <= :b AND (t.dissolved_on IS NULL OR t.dissolved_on > :b))"
)

SQL: dict[str, str] = {
    "propaganda.sessions": _flow("activities", "date", where="kind = 'propaganda'"),
    "propaganda.participants": _flow(
        "activities", "date", "sum(participants)", "kind = 'propaganda'"
    ),
    "propaganda.materials": _flow("activities", "date", "sum(materials)", "kind = 'propaganda'"),
    "training.sessions": _flow("activities", "date", where="kind = 'training'"),
    "training.participants": _flow("activities", "date", "sum(participants)", "kind = 'training'"),
    "inspection.visits": _flow("inspections", "date"),
    "inspection.establishments": _distinct("inspections", "date", "establishment_id"),
    "inspection.establishments_city_team": _distinct(
        "inspections", "date", "establishment_id", "team_level = 'city'"
    ),
    "inspection.establishments_district_team": _distinct(
        "inspections", "date", "establishment_id", "team_level = 'district'"
    ),
    "inspection.violating": _distinct("inspections", "date", "establishment_id", _VIOLATION),
    "inspection.sanctioned": _distinct("inspections", "date", "establishment_id", _SANCTIONED),
    "inspection.suspended_or_revoked": _distinct(
        "inspections", "date", "establishment_id", "(suspended = 1 OR licence_revoked = 1)"
    ),
    "inspection.fines_vnd": _flow("inspections", "date", "sum(fine_vnd)"),
    "inspection.follow_ups": _flow("inspections", "date", where="follow_up_of IS NOT NULL"),
    "inspection.visits_city_team": _flow("inspections", "date", where="team_level = 'city'"),
    "inspection.visits_district_team": _flow(
        "inspections", "date", where="team_level = 'district'"
    ),
    "inspection.visits_commune_team": _flow("inspections", "date", where="team_level = 'commune'"),
    "inspection.establishments_commune_team": _distinct(
        "inspections", "date", "establishment_id", "team_level = 'commune'"
    ),
    "hotspot.complex_at_end": (
        f"SELECT count(*) {_HOTSPOTS} AND h.identified_on <= :b AND ("
        f"h.eradicated_on IS NULL OR h.eradicated_on > :b OR {_REACTIVATED_ON} <= :b)"
    ),
    "hotspot.eradicated": _flow("hotspots", "eradicated_on"),
    "hotspot.eradicated_business": _flow("hotspots", "eradicated_on", where="kind = 'business'"),
    "hotspot.kept_clean_at_end": (
        f"SELECT count(*) {_HOTSPOTS} AND h.eradicated_on <= :b "
        f"AND coalesce({_REACTIVATED_ON} <= :b, 0) = 0"
    ),
    "hotspot.reactivated": (
        f"SELECT count(*) {_HOTSPOTS} AND h.eradicated_on IS NOT NULL "
        f"AND {_REACTIVATED_ON} BETWEEN :a AND :b"
    ),
    # The plan's "no re-activation of the public hotspots eradicated 2009-2017": public
    # places eradicated before the reporting year began, re-activated in the window.
    "hotspot.public_reactivated": (
        f"SELECT count(*) {_HOTSPOTS} AND h.kind = 'public_place' AND h.eradicated_on < :s "
        f"AND {_REACTIVATED_ON} BETWEEN :a AND :b"
    ),
    "hotspot.patrols": _flow("patrols", "date"),
    "tip.received": _flow("tips", "received_on"),
    "tip.handled": _flow("tips", "handled_on"),
    "tip.led_to_action": _flow("tips", "received_on", where=_TIP_ACTED),
    "sanction.sellers": _flow("sanctions", "date", where="role = 'seller'"),
    "sanction.buyers": _flow("sanctions", "date", where="role = 'buyer'"),
    "sanction.others": _flow("sanctions", "date", where="role NOT IN ('seller', 'buyer')"),
    "sanction.fines_vnd": _flow("sanctions", "date", "sum(fine_vnd)"),
    "sanction.by_city_team": _flow("sanctions", "date", where="authority = 'city_team'"),
    "sanction.fines_city_team_vnd": _flow(
        "sanctions", "date", "sum(fine_vnd)", "authority = 'city_team'"
    ),
    "sanction.by_district_level": _flow(
        "sanctions", "date", where="authority IN ('district_team', 'district_chair')"
    ),
    "sanction.by_commune_level": _flow(
        "sanctions", "date", where="authority IN ('commune_team', 'commune_chair')"
    ),
    "case.detected": _flow("cases", "detected_on"),
    "case.defendants": _flow("cases", "detected_on", "sum(defendants)"),
    "case.tried": _flow("cases", "tried_on"),
    "support.persons_reached": _distinct("services", "date", "person_id"),
    "support.counselling": _flow("services", "date", where="type = 'counselling'"),
    "support.legal_aid": _flow("services", "date", where="type = 'legal_aid'"),
    "support.health": _flow("services", "date", where="type = 'health'"),
    "support.vocational_training": _distinct(
        "services", "date", "person_id", "type = 'vocational_training'"
    ),
    "support.job_placement": _distinct("services", "date", "person_id", "type = 'job_placement'"),
    "support.credit_persons": _distinct("services", "date", "person_id", "type = 'credit'"),
    "support.credit_vnd": _flow("services", "date", "sum(amount_vnd)", "type = 'credit'"),
    "person.new": _flow("persons", "opened_on"),
    "volunteer.teams_at_end": (
        f"SELECT count(*) FROM volunteer_teams WHERE deleted_at IS NULL AND {_IN_UNITS} "
        "AND established_on <= :b AND (dissolved_on IS NULL OR dissolved_on > :b)"
    ),
    "volunteer.members_at_end": (
        f"SELECT count(*) FROM volunteer_members m WHERE m.deleted_at IS NULL AND m.{_IN_UNITS} "
        f"AND m.joined_on <= :b AND (m.left_on IS NULL OR m.left_on > :b) "
        f"AND EXISTS {_TEAM_IN_BEING}"
    ),
    "volunteer.activities": _flow("activities", "date", where="volunteer_team_id IS NOT NULL"),
    "commune.pcmd_model": _STATUS.replace("{cond}", "pcmd_model IN ('maintained', 'new')"),
    "commune.pcmd_model_new": _STATUS.replace("{cond}", "pcmd_model = 'new'"),
    "commune.clean": _CLEAN,
    "commune.assessed": f"SELECT count(*) FROM ({_ASSESSED})",
    "budget.spent_vnd": _flow("budgets", "date", "sum(amount_vnd)"),
}

KIND = {i.code: i.kind for i in INDICATORS}
assert set(SQL) == set(KIND), "every indicator of the catalogue has its SQL"


def _number(value: object) -> Number:
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value  # type: ignore[return-value]


def compute(
    conn: sqlite3.Connection, units: Iterable[str], start: date, end: date, year_start: date,
    year: int,
    codes: Iterable[str] | None = None,
) -> dict[str, tuple[Number, Number]]:  # fmt: skip
    """(period value, year-to-date value) of every indicator, in catalogue order, for the
    records of `units` (codes), the period start..end and the year year_start..end;
    only `codes` when given."""
    units_json = json.dumps(sorted(set(units)))
    period = {
        "a": start.isoformat(),
        "b": end.isoformat(),
        "u": units_json,
        "y": year,
        "s": year_start.isoformat(),
    }
    ytd = {**period, "a": year_start.isoformat()}
    out: dict[str, tuple[Number, Number]] = {}
    wanted = set(codes) if codes is not None else None
    for indicator in INDICATORS:
        if wanted is not None and indicator.code not in wanted:
            continue
        sql = SQL[indicator.code]
        value = _number(conn.execute(sql, period).fetchone()[0])
        if KIND[indicator.code] in ("at_end", "status") or start == year_start:
            # A state, or a period that starts the year (Q1, H1, the year): the same.
            out[indicator.code] = (value, value)
        else:
            out[indicator.code] = (value, _number(conn.execute(sql, ytd).fetchone()[0]))
    return out
