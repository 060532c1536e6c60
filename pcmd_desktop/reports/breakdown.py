"""The breakdown (phân tổ) by sex and age band of the indicators that count persons or
the services given to them, for a set of units and a window of days, in SQL joining the
counted rows to the persons they are about.

Which indicators (BREAKDOWN_CODES), and why:

- `person.new` (persons whose record was opened in the window): counts persons.
- `support.persons_reached`, `support.vocational_training`, `support.job_placement`,
  `support.credit_persons` (distinct): count persons, each (unit, person) pair once as the
  catalogue's distinct count does, so a person stays one person over the year to date
  however many services she had.
- `support.counselling`, `support.legal_aid`, `support.health` (flow): count services
  (lượt); each service falls in the cell of the person it was given to.

Left out: `support.credit_vnd`, a sum of money, not a count of people; split by sex and
age it says little, and a small cell would print one person's loan. Every other
indicator counts establishments, hotspots, sessions, cases or communes, which have no sex
or age.

The cells (CELLS): sex Nữ, Nam, Khác, Không rõ (the person's `sex`: female, male, other,
or empty); age band dưới 18, 18-24, 25-34, 35-49, 50 trở lên, không rõ, where the age is
the period's reporting year minus the person's birth year (the same age for the period
and the year to date; a year of birth missing, or after the reporting year, is "không
rõ"). A service whose person is missing or deleted goes to "Không rõ" in both. So the sex
cells of an indicator add up to its value, and so do its age cells, for the period and the
year to date: `check_breakdown` says where they do not.

Units and windows are those of reports.compute (the parameters :a, :b, :u, :y); a
breakdown holds counts only, never a person.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date

from pcmd_desktop.reports.compute import _IN_UNITS

__all__ = [
    "AGE_BANDS",
    "BREAKDOWN_CODES",
    "CELLS",
    "DIMENSIONS",
    "SEX_CELLS",
    "Breakdown",
    "add_breakdowns",
    "all_unknown",
    "breakdown_from_json",
    "breakdown_to_json",
    "check_breakdown",
    "compute_breakdown",
]

# code -> {dimension -> {cell -> (period value, year-to-date value)}}
Breakdown = dict[str, dict[str, dict[str, tuple[int, int]]]]

SEX_CELLS: dict[str, str] = {
    "female": "Nữ",
    "male": "Nam",
    "other": "Khác",
    "unknown": "Không rõ",
}
# Age band -> (label, least age, greatest age); "unknown" has no ages.
AGE_BANDS: dict[str, tuple[str, int | None, int | None]] = {
    "under_18": ("Dưới 18", None, 17),
    "18_24": ("18–24", 18, 24),
    "25_34": ("25–34", 25, 34),
    "35_49": ("35–49", 35, 49),
    "50_plus": ("50 trở lên", 50, None),
    "unknown": ("Không rõ", None, None),
}
DIMENSIONS: dict[str, str] = {"sex": "Giới tính", "age": "Độ tuổi"}
CELLS: dict[str, tuple[str, ...]] = {"sex": tuple(SEX_CELLS), "age": tuple(AGE_BANDS)}

_SERVICES = f"FROM services WHERE deleted_at IS NULL AND {_IN_UNITS} AND date BETWEEN :a AND :b"


def _services(where: str = "", distinct: bool = False) -> str:
    cond = f" AND {where}" if where else ""
    if distinct:
        return f"SELECT DISTINCT unit, person_id AS pid {_SERVICES}{cond}"
    return f"SELECT person_id AS pid {_SERVICES}{cond}"


# One row per thing the indicator counts, with the person it is about (pid); the same
# predicates as reports.compute.SQL.
SOURCES: dict[str, str] = {
    "person.new": (
        f"SELECT id AS pid FROM persons WHERE deleted_at IS NULL AND {_IN_UNITS} "
        "AND opened_on BETWEEN :a AND :b"
    ),
    "support.persons_reached": _services(distinct=True),
    "support.counselling": _services("type = 'counselling'"),
    "support.legal_aid": _services("type = 'legal_aid'"),
    "support.health": _services("type = 'health'"),
    "support.vocational_training": _services("type = 'vocational_training'", distinct=True),
    "support.job_placement": _services("type = 'job_placement'", distinct=True),
    "support.credit_persons": _services("type = 'credit'", distinct=True),
}
BREAKDOWN_CODES: tuple[str, ...] = tuple(SOURCES)


def _age_case() -> str:
    age = "(:y - p.birth_year)"
    whens = [f"WHEN p.birth_year IS NULL OR {age} < 0 THEN 'unknown'"]
    for key, (_label, _least, most) in AGE_BANDS.items():
        if key == "unknown":
            continue
        whens.append(f"WHEN {age} <= {most} THEN '{key}'" if most is not None
                     else f"ELSE '{key}'")  # fmt: skip
    return f"CASE {' '.join(whens)} END"


_SEX_CASE = "CASE WHEN p.sex IN ('female', 'male', 'other') THEN p.sex ELSE 'unknown' END"


def _grouped(source: str) -> str:
    return (
        f"SELECT {_SEX_CASE}, {_age_case()}, count(*) FROM ({source}) t "
        "LEFT JOIN persons p ON p.id = t.pid AND p.deleted_at IS NULL GROUP BY 1, 2"
    )


SQL: dict[str, str] = {code: _grouped(source) for code, source in SOURCES.items()}


def _empty() -> dict[str, dict[str, list[int]]]:
    return {dim: {cell: [0, 0] for cell in cells} for dim, cells in CELLS.items()}


def _cells(conn: sqlite3.Connection, sql: str, params: dict) -> dict[str, dict[str, int]]:
    out = {dim: dict.fromkeys(cells, 0) for dim, cells in CELLS.items()}
    for sex, age, n in conn.execute(sql, params):
        out["sex"][sex] += n
        out["age"][age] += n
    return out


def compute_breakdown(
    conn: sqlite3.Connection, units: Iterable[str], start: date, end: date, year_start: date,
    year: int,
) -> Breakdown:  # fmt: skip
    """The breakdown of every BREAKDOWN_CODES indicator for the records of `units`, the
    period start..end and the year year_start..end (reports.compute's windows)."""
    period = {
        "a": start.isoformat(),
        "b": end.isoformat(),
        "u": json.dumps(sorted(set(units))),
        "y": year,
    }
    ytd = {**period, "a": year_start.isoformat()}
    out: Breakdown = {}
    for code, sql in SQL.items():
        value = _cells(conn, sql, period)
        total = value if start == year_start else _cells(conn, sql, ytd)
        out[code] = {
            dim: {cell: (value[dim][cell], total[dim][cell]) for cell in cells}
            for dim, cells in CELLS.items()
        }
    return out


def all_unknown(values: Mapping[str, tuple[int, int]]) -> Breakdown:
    """The breakdown of a part known only by its totals (a child's file of an older format,
    which carries none): everything in the 'unknown' cells. `values`: code -> (value, ytd)."""
    out: Breakdown = {}
    for code in BREAKDOWN_CODES:
        v, y = values.get(code, (0, 0))
        out[code] = {
            dim: {cell: ((v, y) if cell == "unknown" else (0, 0)) for cell in cells}
            for dim, cells in CELLS.items()
        }
    return out


def add_breakdowns(parts: Iterable[Breakdown]) -> Breakdown:
    """Cell by cell, the sum of `parts` (a unit's own and its children's)."""
    total = {code: _empty() for code in BREAKDOWN_CODES}
    for part in parts:
        for code, dims in part.items():
            for dim, cells in dims.items():
                for cell, (v, y) in cells.items():
                    total[code][dim][cell][0] += v
                    total[code][dim][cell][1] += y
    return {
        code: {dim: {cell: (vy[0], vy[1]) for cell, vy in cells.items()}
               for dim, cells in dims.items()}
        for code, dims in total.items()
    }  # fmt: skip


def check_breakdown(
    breakdown: Breakdown, values: Mapping[str, tuple[float, float]]
) -> list[str]:  # fmt: skip
    """Where the cells do not add up to the indicator's own (value, ytd); empty when every
    dimension of every code does."""
    faults = []
    for code in BREAKDOWN_CODES:
        want = values.get(code)
        dims = breakdown.get(code)
        if want is None or dims is None:
            faults.append(f"{code}: thiếu")
            continue
        for dim in CELLS:
            got = (sum(v for v, _ in dims[dim].values()), sum(y for _, y in dims[dim].values()))
            if got != tuple(want):
                faults.append(f"{code} ({DIMENSIONS[dim].lower()}): {got} khác {tuple(want)}")
    return faults


def breakdown_to_json(breakdown: Breakdown) -> dict:
    """{code: {dimension: {cell: {"value": n, "ytd": n}}}}, the form of breakdown.json, the
    JSON report and `submissions.breakdowns`."""
    return {
        code: {dim: {cell: {"value": v, "ytd": y} for cell, (v, y) in cells.items()}
               for dim, cells in dims.items()}
        for code, dims in breakdown.items()
    }  # fmt: skip


def breakdown_from_json(doc: Mapping) -> Breakdown:
    """The inverse of breakdown_to_json (the shape already checked)."""
    return {
        code: {dim: {cell: (c["value"], c["ytd"]) for cell, c in cells.items()}
               for dim, cells in dims.items()}
        for code, dims in doc.items()
    }  # fmt: skip
