"""Reports for the form tests: the city demo's 2018 annual figures (the largest values a
form prints: 40.121.500.000 đồng of fines, 30 districts in the annex), and headers with
the longest unit names of the national catalogue."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.reports.metrics import text_width
from pcmd_desktop.reports.model import IndicatorValue, Report, Signature
from pcmd_desktop.resources import resource_path

# Written from `pcmd demo --scale 584` and `pcmd report --period 2018` (the children keep
# the annex's columns only).
CITY_2018 = Path(__file__).with_name("city-2018-report.json")


def city_report(**signature: object) -> Report:
    doc = json.loads(CITY_2018.read_text(encoding="utf-8"))
    values = {c: IndicatorValue(c, *doc["values"].get(c, (0, 0, None))) for c in
              (i.code for i in INDICATORS)}  # fmt: skip
    children = {k: {c: tuple(v) for c, v in ch.items()} for k, ch in doc["children"].items()}
    sig = {"issuer": "UBND THÀNH PHỐ HÀ NỘI", "place": "Hà Nội", **signature}
    return Report(
        unit_code=doc["unit_code"],
        unit_name=doc["unit_name"],
        period=parse_period(doc["period"]),
        values=values,
        children=children,
        child_names=doc["child_names"],
        signature=Signature(**sig),  # type: ignore[arg-type]
        issued_on=date(2018, 12, 28),
    )


def _units() -> list[dict[str, str]]:
    path = resource_path("reference/admin-units-2020.csv")
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def longest_headers() -> list[tuple[str, Signature, str]]:
    """For a commune, a district and a province: the unit whose header is widest (its
    issuer line in bold capitals), with its parent as the parent body and, as the place,
    the widest place name of that level (the unit's own name, as a commune writes it)."""
    units = _units()
    by_code = {u["code"]: u for u in units}
    out = []
    for level in ("commune", "district", "province"):
        unit = max(
            (u for u in units if u["level"] == level),
            key=lambda u: text_width(f"UBND {u['name'].upper()}", 12, bold=True),
        )
        parent = by_code.get(unit["parent_code"])
        place = max(
            (u["name"].split(" ", 2 if u["name"].startswith(("Thị", "Thành")) else 1)[-1]
             for u in units if u["level"] == level),
            key=lambda n: text_width(n, 13, italic=True),
        )  # fmt: skip
        sig = Signature(
            parent_body=f"UBND {parent['name'].upper()}" if parent else "",
            issuer=f"UBND {unit['name'].upper()}",
            number="Số: 1234/BC-UBND",
            place=place,
        )
        out.append((unit["name"], sig, level))
    return out
