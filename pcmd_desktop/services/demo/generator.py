"""`generate_demo`: a commune's year (scale 1) or a city year of N communes (scale N)."""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date

from pcmd_desktop.domain.records import RECORD_KINDS
from pcmd_desktop.domain.text import fold
from pcmd_desktop.domain.units import AdminUnit
from pcmd_desktop.services.demo import commune as cm
from pcmd_desktop.services.demo import plan2018 as plan
from pcmd_desktop.services.demo import plan_records as pr
from pcmd_desktop.services.demo import support as sp
from pcmd_desktop.services.demo.places import (
    CHUONG_DUONG_STREETS,
    PROVINCE_WEIGHTS,
    STREETS,
    VILLAGES,
)
from pcmd_desktop.services.demo.plan2018 import PlanHotspot
from pcmd_desktop.services.units import UnitDirectory

HANOI = "01"
MAX_SCALE = 584

# A commune's plan for the year: the city's codes scaled down (but the city 178 team's, which
# a ward does not direct: its own count of establishments inspected instead), and a few of
# its own.
COMMUNE_TARGETS = {
    "case.detected": 3,
    "case.tried": 2,
    "hotspot.eradicated_business": 1,
    "hotspot.public_reactivated": 0,
    "hotspot.reactivated": 0,
    "inspection.establishments": 25,
    "inspection.visits": 30,
    "hotspot.patrols": 70,
    "propaganda.sessions": 20,
    "training.sessions": 2,
    "support.persons_reached": 10,
    "support.credit_persons": 1,
    "commune.pcmd_model": 1,
    "commune.clean": 1,
}


@dataclass
class DemoData:
    unit_code: str  # the demo database's own unit
    records: list[dict]  # records.md JSON-lines form, referenced records first


def _division(unit: AdminUnit) -> str:
    kw = unit.division_type or unit.name.split()[0].lower()
    return unicodedata.normalize("NFC", kw)


def _bare(unit: AdminUnit) -> str:
    """'Chương Dương' of 'Phường Chương Dương'."""
    kw = _division(unit)
    return unit.name[len(kw) + 1 :] if fold(unit.name).startswith(fold(kw) + " ") else unit.name


def find_commune(units: UnitDirectory, district: str, commune: str) -> AdminUnit:
    """The commune named `commune` in Hà Nội's `district`, tones folded; when the plan
    calls a xã a thị trấn (or the reverse), the bare name decides."""
    dist = [u for u in units.children(HANOI) if fold(u.name) == fold(district)]
    if len(dist) != 1:
        raise LookupError(f"Không tìm thấy {district} của Hà Nội")
    kids = units.children(dist[0].code)
    hits = [u for u in kids if fold(u.name) == fold(commune)]
    if not hits:
        bare = fold(commune).split(" ", 2)[-1] if fold(commune).startswith("thi tran") else None
        bare = bare or fold(commune).split(" ", 1)[-1]
        hits = [u for u in kids if fold(_bare(u)) == bare]
    if len(hits) != 1:
        raise LookupError(f"Không tìm thấy {commune}, {district}")
    return hits[0]


def _provinces(units: UnitDirectory) -> tuple[list[tuple[str, str]], list[float]]:
    weights = {fold(k): v for k, v in PROVINCE_WEIGHTS.items()}
    names, ws = [], []
    for u in units.all():
        if u.level == "province":
            bare = u.name.split(" ", 2)[-1] if u.name.startswith("Thành phố") else u.name[5:]
            names.append((f"{int(u.code):03d}", unicodedata.normalize("NFC", bare)))
            ws.append(weights.get(fold(bare), 0.2))
    return names, ws


def _ctx(rng: random.Random, unit: AdminUnit, model: str) -> cm.Commune:
    kw, name = _division(unit), _bare(unit)
    prefix = "".join(w[0] for w in fold(name).split()).upper()
    if unit.code == "00067":
        streets = CHUONG_DUONG_STREETS
    elif kw == "phường":
        streets = tuple(rng.sample(STREETS, 8))
    else:
        streets = tuple(rng.sample(VILLAGES, 5))
    c = cm.Commune(unit.code, unicodedata.normalize("NFC", name), kw, prefix, streets)
    c.busy = rng.uniform(0.7, 1.3)
    if model != "none":
        c.cases = rng.randint(0, 2)
        c.credits = 1 if rng.random() < 0.1 else 0
    elif kw == "phường":
        c.cases = rng.choices((0, 1, 2), (65, 30, 5))[0]
        c.credits = 1 if rng.random() < 0.002 else 0
    else:
        c.cases = 1 if rng.random() < 0.1 else 0
        c.credits = 1 if rng.random() < 0.002 else 0
    return c


def _hotspots(rng, c: cm.Commune, y: cm.Year, fixed: list, full: bool) -> None:
    """The plan's hotspots of the commune, and (for a full commune) 3-6 in all, with their
    patrols: about six a month over the commune's hotspots."""
    specs = list(fixed)
    reactivate = None
    if full:
        n_complex = 1 if rng.random() < 0.12 else 0
        specs += [cm.random_hotspot(rng, c, y, True) for _ in range(n_complex)]
        extra = max(0, rng.randint(3, 6) - len(specs))
        specs += [cm.random_hotspot(rng, c, y, False) for _ in range(extra)]
        if extra and rng.random() < 0.02:
            reactivate = len(specs) - 1
    spots = [cm.hotspot_record(rng, c, s) for s in specs]
    weights = [1 if s.get("eradicated_on", "9") < y.iso[0] else 3 for s in spots]
    per = (72 * c.busy if full else 18) / max(1, sum(weights))
    for i, (spot, w) in enumerate(zip(spots, weights, strict=True)):
        c.put("hotspot", spot)
        cm.patrols(rng, c, y, spot, round(per * w), i == reactivate)
        if w == 3 or i == reactivate:
            c.troubled = True


def _commune_year(rng, c: cm.Commune, y: cm.Year, fixed: list, provinces) -> None:
    ests = cm.establishments(rng, c)
    _hotspots(rng, c, y, fixed, True)
    cm.inspections(rng, c, y, ests)
    people = sp.persons(rng, c, y, provinces)
    sp.services(rng, c, y, people)
    sp.sanctions(rng, c, y, people, ests)
    sp.cases(rng, c, y)
    sp.activities(rng, c, y)
    sp.budgets(rng, c, y)
    _number_decisions(c)


def _number_decisions(c: cm.Commune) -> None:
    """Sanction decisions numbered in date order through the year: 1/QĐ-XPVPHC, 2/...; the
    city 178 team's, filed under the city, are numbered with the city's (_city_team)."""
    recs = [
        r
        for k in ("inspection", "sanction")
        for r in c.out.get(k, ())
        if "decision_no" in r and r["unit"] == c.code
    ]
    recs.sort(key=lambda r: r["date"])
    for n, r in enumerate(recs, start=1):
        r["decision_no"] = f"{n}/QĐ-XPVPHC"


def _city_team(communes: list[cm.Commune]) -> None:
    """The city 178 team's inspections are the city's own records: its decisions numbered
    through the year in the city's own sequence."""
    recs = [r for c in communes for r in c.out.get("inspection", ())
            if r["unit"] == HANOI and "decision_no" in r]  # fmt: skip
    recs.sort(key=lambda r: r["date"])
    for n, r in enumerate(recs, start=1):
        r["decision_no"] = f"{n}/QĐ-XPVPHC-ĐKT178"


def _unlisted_public_hotspots(
    units: UnitDirectory, taken: set[str], seed: int, year: int
) -> dict[str, PlanHotspot]:
    """The plan's public hotspots eradicated 2009-2017 that appendix 02 does not name: one
    in each of UNLISTED_PUBLIC_HOTSPOTS wards, each eradicated in a year of 2009..year-1."""
    rng = random.Random(f"{seed}/{year}/public-hotspots")
    wards = sorted(
        u.code
        for u in units.descendants(HANOI)
        if u.level == "commune" and _division(u) == "phường" and u.code not in taken
    )
    out = {}
    for code in rng.sample(wards, plan.UNLISTED_PUBLIC_HOTSPOTS):
        _kind, pattern = rng.choice(cm.PUBLIC_HOTSPOT_NAMES)
        erad_year = rng.randint(2009, year - 1)
        ident = date(erad_year - 1, rng.randint(1, 12), rng.randint(1, 28))
        erad = date(erad_year, rng.randint(1, 11), rng.randint(1, 28))
        out[code] = PlanHotspot(
            "", units.get(code).name, pattern.format(street=rng.choice(STREETS)),
            "public_place", ident.isoformat(), erad.isoformat(),
            plan.UNLISTED_NOTE.format(year=erad_year),
        )  # fmt: skip
    return out


def _status(rng, c: cm.Commune, y: cm.Year, model: str) -> None:
    clean = not c.troubled and rng.random() < 0.95
    rec = {
        "record": "commune_status",
        "unit": c.code,
        "year": y.year,
        "pcmd_model": model,
        "clean": clean,
    }
    if model != "none":
        rec["note"] = "Phụ lục 01 Kế hoạch 24/KH-UBND"
    c.put("commune_status", rec)


def generate_demo(
    units: UnitDirectory, *, scale: int = 1, seed: int = 2018, year: int = 2018
) -> DemoData:
    """Synthetic records of a year: Phường Chương Dương's (scale 1) or those of `scale`
    communes of Hà Nội for the city database (scale > 1). Same seed, same records."""
    if not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise ValueError(
            f"Quy mô dữ liệu trình diễn phải từ 1 (một phường) đến {MAX_SCALE} (cả thành phố)."
        )
    y = cm.Year(year)
    # Appendix 01: all 55 resolve (two by their bare name, see find_commune).
    models = {find_commune(units, d, n).code: m for d, n, m in plan.MODEL_COMMUNES}
    fixed: dict[str, list[plan.PlanHotspot]] = {}
    hotspots = [plan.CAU_DAT_HONG_HA] + (
        [*plan.APPENDIX_02_HOTSPOTS, plan.TAM_TRINH] if scale > 1 else []
    )
    for h in hotspots:
        fixed.setdefault(find_commune(units, h.district, h.commune).code, []).append(h)
    if scale > 1:  # the city holds all 21 public hotspots the plan keeps clean
        unlisted = _unlisted_public_hotspots(units, set(fixed), seed, year)
        for code, h in unlisted.items():
            fixed.setdefault(code, []).append(h)
    chuong_duong = find_commune(units, "Quận Hoàn Kiếm", "Phường Chương Dương").code
    rest = sorted(
        u.code for u in units.descendants(HANOI) if u.level == "commune" and u.code not in models
    )
    random.Random(f"{seed}/order").shuffle(rest)
    order = [chuong_duong] + [c for c in models if c != chuong_duong] + rest
    full = set(order[:scale])
    # The city demo always holds the plan's hotspots and the 55 model communes' status,
    # even for communes outside the first `scale`.
    partial = [c for c in [*models, *fixed] if c not in full] if scale > 1 else []
    provinces = _provinces(units)
    communes = []
    for code in dict.fromkeys([*order[:scale], *partial]):
        # One generator per commune, seeded from `seed`: a commune's records do not depend
        # on the scale, and nothing reads the global random state or the clock.
        rng = random.Random(f"{seed}/{year}/{code}")
        model = models.get(code, "none")
        c = _ctx(rng, units.get(code), model)
        if scale > 1:
            c.city_unit = HANOI  # the city 178 team's inspections: the city's records
        if code == chuong_duong:
            c.busy, c.cases, c.credits = 1.0, 4, 1
        extra = pr.rng_of(seed, year, code)  # issue 14's records, drawn apart
        if code in full:
            _commune_year(rng, c, y, fixed.get(code, []), provinces)
            pr.add_year(extra, c, y)
        else:
            _hotspots(rng, c, y, fixed.get(code, []), False)
        if code in full or code in models:
            _status(rng, c, y, model)
            clean = c.out["commune_status"][-1]["clean"]
            c.put("commune_assessment", pr.assessment(extra, c, y, clean))
        communes.append(c)
    _city_team(communes)
    unit = chuong_duong if scale == 1 else HANOI
    targets = COMMUNE_TARGETS if scale == 1 else plan.CITY_TARGETS_2018
    records = [r for kind in RECORD_KINDS for c in communes for r in c.out.get(kind.name, ())]
    records += [
        {"record": "plan_target", "unit": unit, "year": year, "indicator": k, "target": v}
        for k, v in targets.items()
    ]
    return DemoData(unit, records)
