"""A city's annual report over a city-scale year (`pcmd demo --scale 584`: Hà Nội, 584
communes, 2018): JSON, PDF and XLSX through the app, each against the bare aggregate SQL
over the same rows (conditional aggregates grouped by commune, summed per district in
Python: the least work that yields the same table and annex), in the same run.

    .venv/bin/python benchmarks/bench_report.py

The city database is made once and kept in benchmarks/out/ (gitignored).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine, median_time

from pcmd_desktop.services.auth import login
from pcmd_desktop.services.demo_database import DEMO_ADMIN, DEMO_PASSWORD
from pcmd_desktop.services.reporting import build_report, write_report
from pcmd_desktop.services.workspace import open_workspace

OUT = Path(__file__).parent / "out"
CITY = OUT / "city-584-v1.sqlite3"

# Per commune, every table's figures for the window in one grouped pass each.
BARE = [
    "SELECT unit, sum(kind = 'propaganda'), sum(CASE WHEN kind = 'propaganda' THEN "
    "participants END), sum(CASE WHEN kind = 'propaganda' THEN materials END), "
    "sum(kind = 'training'), sum(CASE WHEN kind = 'training' THEN participants END) "
    "FROM activities WHERE deleted_at IS NULL AND date BETWEEN :a AND :b GROUP BY unit",
    "SELECT unit, count(*), count(DISTINCT establishment_id), "
    "count(DISTINCT CASE WHEN violations IS NOT NULL AND violations != '[]' "
    "THEN establishment_id END), count(DISTINCT CASE WHEN fine_vnd > 0 OR suspended = 1 OR "
    "licence_revoked = 1 THEN establishment_id END), count(DISTINCT CASE WHEN suspended = 1 "
    "OR licence_revoked = 1 THEN establishment_id END), sum(fine_vnd), "
    "sum(follow_up_of IS NOT NULL) FROM inspections WHERE deleted_at IS NULL "
    "AND date BETWEEN :a AND :b GROUP BY unit",
    "SELECT unit, count(*) FROM patrols WHERE deleted_at IS NULL AND date BETWEEN :a AND :b "
    "GROUP BY unit",
    "SELECT unit, sum(eradicated_on BETWEEN :a AND :b), sum(eradicated_on IS NULL) "
    "FROM hotspots WHERE deleted_at IS NULL GROUP BY unit",
    "SELECT unit, sum(role = 'seller'), sum(role = 'buyer'), sum(role NOT IN ('seller', "
    "'buyer')), sum(fine_vnd) FROM sanctions WHERE deleted_at IS NULL AND date BETWEEN :a "
    "AND :b GROUP BY unit",
    "SELECT unit, sum(detected_on BETWEEN :a AND :b), sum(CASE WHEN detected_on BETWEEN :a "
    "AND :b THEN defendants END), sum(tried_on BETWEEN :a AND :b) FROM cases "
    "WHERE deleted_at IS NULL GROUP BY unit",
    "SELECT unit, count(DISTINCT person_id), sum(type = 'counselling'), sum(type = "
    "'legal_aid'), sum(type = 'health'), count(DISTINCT CASE WHEN type = "
    "'vocational_training' THEN person_id END), count(DISTINCT CASE WHEN type = "
    "'job_placement' THEN person_id END), count(DISTINCT CASE WHEN type = 'credit' THEN "
    "person_id END), sum(CASE WHEN type = 'credit' THEN amount_vnd END) FROM services "
    "WHERE deleted_at IS NULL AND date BETWEEN :a AND :b GROUP BY unit",
    "SELECT unit, count(*) FROM persons WHERE deleted_at IS NULL AND opened_on BETWEEN :a "
    "AND :b GROUP BY unit",
    "SELECT unit, sum(pcmd_model IN ('maintained', 'new')), sum(pcmd_model = 'new'), "
    "sum(clean) FROM commune_statuses WHERE deleted_at IS NULL AND year = :y GROUP BY unit",
    "SELECT unit, sum(amount_vnd) FROM budgets WHERE deleted_at IS NULL AND date BETWEEN :a "
    "AND :b GROUP BY unit",
]


def city_database() -> Path:
    if not CITY.exists():
        OUT.mkdir(exist_ok=True)
        pcmd = Path(sys.executable).with_name("pcmd")
        subprocess.run([str(pcmd), "demo", "--scale", "584", "--db", str(CITY)], check=True,
                       stdout=subprocess.DEVNULL)  # fmt: skip
    return CITY


def bare(path: Path, parents: dict[str, str], a: str, b: str) -> dict:
    """The same table and annex from grouped aggregates: per district sums in Python."""
    con = sqlite3.connect(path)
    totals: dict[str, list] = {}
    for sql in BARE:
        for unit, *values in con.execute(sql, {"a": a, "b": b, "y": 2018}):
            district = parents.get(unit, unit)
            row = totals.setdefault(f"{sql[:40]}:{district}", [0] * len(values))
            for i, v in enumerate(values):
                row[i] += v or 0
    con.close()
    return totals


def main() -> None:
    path = city_database()
    ws = open_workspace(path)
    login(ws, DEMO_ADMIN, DEMO_PASSWORD)
    parents = {}
    for district in ws.units.children(ws.unit.code):
        for u in ws.units.descendants(district.code):
            parents[u.code] = district.code
    report = build_report(ws, "2018")
    a, b = report.period.start.isoformat(), report.period.end.isoformat()
    tmp = Path(tempfile.mkdtemp(prefix="pcmd-bench-report-"))
    results = {
        "records": sum(ws.counts().values()),
        "children": len(report.children),
        "from": a,
        "to": b,
        "bare_s": median_time(lambda: bare(path, parents, a, b)),
        "json_s": median_time(lambda: json.dumps(build_report(ws, "2018").to_json())),
        "pdf_s": median_time(lambda: write_report(build_report(ws, "2018"), "pdf", tmp / "bc.pdf")),
        "xlsx_s": median_time(
            lambda: write_report(build_report(ws, "2018"), "xlsx", tmp / "bc.xlsx")
        ),
        "machine": machine(),
    }
    ws.close()
    print(json.dumps(results))


if __name__ == "__main__":
    main()
