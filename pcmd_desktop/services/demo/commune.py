"""One commune's year of records: establishments and their inspections, hotspots and
patrols, persons and their services, sanctions, cases, activities, budget entries."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field
from datetime import date

from pcmd_desktop.services.demo import texts as tx
from pcmd_desktop.services.demo.names import person_name
from pcmd_desktop.services.demo.places import address, business_name
from pcmd_desktop.services.demo.plan2018 import PlanHotspot

ESTABLISHMENT_TYPES = (
    "hotel",
    "guesthouse",
    "karaoke",
    "bar_club",
    "massage",
    "relaxation",
    "hair_salon",
    "other",
)
ESTABLISHMENT_WEIGHTS = (20, 24, 20, 4, 9, 8, 11, 4)
# How likely each type is to be chosen for an inspection.
INSPECTION_WEIGHTS = {
    "hotel": 3,
    "guesthouse": 4,
    "karaoke": 4,
    "bar_club": 3,
    "massage": 4,
    "relaxation": 4,
    "hair_salon": 2,
    "other": 1,
}
VIOLATION_KINDS = tuple(tx.VIOLATIONS)
VIOLATION_WEIGHTS = (10, 15, 20, 22, 8, 15, 10)
SERVICE_TYPES = (
    "counselling",
    "legal_aid",
    "vocational_training",
    "job_placement",
    "health",
    "club",
    "other",
)
SERVICE_WEIGHTS = (30, 10, 8, 7, 20, 20, 5)
ROLES = ("seller", "buyer", "owner", "broker", "other")
ROLE_WEIGHTS = (40, 30, 15, 10, 5)
OFFENCES = ("harbouring", "brokering", "organising", "trafficking", "other")
OFFENCE_WEIGHTS = (35, 35, 15, 5, 10)


def new_id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


class Year:
    """The reporting year under Decree 09: 15/12 of the previous year to 14/12."""

    def __init__(self, year: int):
        self.year = year
        self.first = date(year - 1, 12, 15).toordinal()
        self.last = date(year, 12, 14).toordinal()
        self.iso = [date.fromordinal(o).isoformat() for o in range(self.first, self.last + 1)]
        self.days = len(self.iso)

    def day(self, rng: random.Random, after: int = 0) -> int:
        """A random day index (0 = 15/12 of the previous year), not before `after`."""
        return rng.randint(after, self.days - 1)

    def index(self, iso: str) -> int:
        return date.fromisoformat(iso).toordinal() - self.first


@dataclass
class Commune:
    code: str
    name: str  # "Chương Dương"
    kw: str  # "phường" | "xã" | "thị trấn"
    prefix: str  # person code prefix
    streets: tuple[str, ...]
    busy: float = 1.0
    cases: int = 1
    credits: int = 0
    out: dict[str, list[dict]] = field(default_factory=dict)
    troubled: bool = False  # a hotspot complex, re-activated or eradicated this year
    decisions: int = 0  # sanction decisions so far (renumbered by date at the end)
    harbouring: list[dict] = field(default_factory=list)  # establishments caught at it
    # The unit whose records the city 178 team's inspections are (the city database's own);
    # None: the commune's, as a ward's own database notes the team's visit.
    city_unit: str | None = None

    def put(self, kind: str, rec: dict) -> None:
        self.out.setdefault(kind, []).append(rec)


def _fmt(s: str, c: Commune, **kw) -> str:
    return s.format(kw=c.kw, name=c.name, **kw)


def establishments(rng: random.Random, c: Commune) -> list[dict]:
    n = rng.randint(75, 95)
    seen: dict[str, int] = {}
    out = []
    for type_ in rng.choices(ESTABLISHMENT_TYPES, ESTABLISHMENT_WEIGHTS, k=n):
        name = business_name(rng, type_)
        seen[name] = seen.get(name, 0) + 1
        if seen[name] > 1:
            name = f"{name} {seen[name]}"
        rec = {
            "record": "establishment",
            "id": new_id(rng),
            "unit": c.code,
            "name": name,
            "type": type_,
            "address": address(rng, c.streets),
            "licence_no": f"01{rng.choice('ABCDE')}8{rng.randrange(10**6):06d}",
            "owner_name": person_name(rng, rng.choice(("male", "female"))),
        }
        if rng.random() < 0.5:
            rec["phone"] = f"09{rng.randrange(10**8):08d}"
        c.put("establishment", rec)
        out.append(rec)
    return out


def inspections(rng: random.Random, c: Commune, y: Year, ests: list[dict]) -> None:
    cum, total = [], 0
    for e in ests:
        total += INSPECTION_WEIGHTS[e["type"]]
        cum.append(total)
    recs: list[dict] = []
    for _ in range(round(31 * c.busy)):
        est = rng.choices(ests, cum_weights=cum)[0]
        d = y.day(rng)
        level = rng.choices(("commune", "district", "city"), (877, 120, 3))[0]
        rec = _inspection(rng, c, y, est, d, level, None)
        recs.append(rec)
        if rec.get("violations") and rng.random() < 0.6:
            fd = d + rng.randint(14, 60)
            if fd < y.days:
                recs.append(_inspection(rng, c, y, est, fd, level, rec))
    recs.sort(key=lambda r: r["date"])  # a follow-up is strictly later than its original
    for r in recs:
        c.put("inspection", r)


def _inspection(rng, c: Commune, y: Year, est: dict, d: int, level: str, first) -> dict:
    agencies = [_fmt(a, c) for a in rng.sample(tx.AGENCIES[level], rng.randint(2, 4))]
    rec = {
        "record": "inspection",
        "id": new_id(rng),
        "unit": c.city_unit if level == "city" and c.city_unit else c.code,
        "date": y.iso[d],
        "establishment_id": est["id"],
        "team_level": level,
        "agencies": agencies,
    }
    p_bad = 0.15 if first else 0.3
    kinds: list[str] = []
    if rng.random() < p_bad:
        kinds = list(dict.fromkeys(rng.choices(VIOLATION_KINDS, VIOLATION_WEIGHTS, k=2)))
        kinds = kinds[: rng.randint(1, len(kinds))]
    fine, suspended, revoked = 0, False, False
    if kinds:
        rec["violations"] = [
            {"kind": k, "description": rng.choice(tx.VIOLATIONS[k])} for k in kinds
        ]
        if rng.random() < 0.75:
            for k in kinds:
                lo, hi = tx.VIOLATION_FINES[k]
                fine += rng.randrange(lo, hi + 1, 500_000)
        found = "prostitution_found" in kinds
        suspended = rng.random() < (0.4 if found else 0.03)
        revoked = found and rng.random() < 0.1
        if fine or suspended or revoked:
            c.decisions += 1
            rec["decision_no"] = f"{c.decisions}/QĐ-XPVPHC"
        if found:
            c.harbouring.append(est)
    if first is not None:
        rec["follow_up_of"] = first["id"]
        rec["findings"] = tx.FINDINGS_FOLLOW_UP_BAD if kinds else rng.choice(tx.FINDINGS_FOLLOW_UP)
    else:
        rec["findings"] = tx.FINDINGS_BAD if kinds else rng.choice(tx.FINDINGS_OK)
    rec["fine_vnd"] = fine
    rec["suspended"] = suspended
    rec["licence_revoked"] = revoked
    return rec


def hotspot_record(rng: random.Random, c: Commune, h: PlanHotspot) -> dict:
    rec = {
        "record": "hotspot",
        "id": new_id(rng),
        "unit": c.code,
        "name": h.name,
        "location": f"{c.kw} {c.name}",
        "kind": h.kind,
        "identified_on": h.identified_on,
    }
    if h.eradicated_on:
        rec["eradicated_on"] = h.eradicated_on
        rec["handed_over_to"] = f"UBND {c.kw} {c.name}"
    if h.note:
        rec["note"] = h.note
    return rec


BUSINESS_HOTSPOT_NAMES = tuple(n for n in tx.HOTSPOT_NAMES if n[0] == "business")
PUBLIC_HOTSPOT_NAMES = tuple(n for n in tx.HOTSPOT_NAMES if n[0] == "public_place")


def random_hotspot(rng: random.Random, c: Commune, y: Year, complex_: bool) -> PlanHotspot:
    """A hotspot still complex (in a public place or a business), or one inside businesses
    eradicated in an earlier year: the public places eradicated before the year are the
    plan's 21 (plan2018), none more."""
    kind, pattern = rng.choice(tx.HOTSPOT_NAMES if complex_ else BUSINESS_HOTSPOT_NAMES)
    name = pattern.format(street=rng.choice(c.streets))
    if complex_:
        start = date(y.year - 3, 1, 1).toordinal()
        ident = date.fromordinal(rng.randint(start, y.first + y.days // 2)).isoformat()
        return PlanHotspot("", c.name, name, kind, ident, None)
    year = rng.randint(y.year - 9, y.year - 2)
    ident = date.fromordinal(
        rng.randint(date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal())
    )
    erad = ident.toordinal() + rng.randint(60, 700)
    erad = min(erad, y.first - 1)
    return PlanHotspot(
        "", c.name, name, kind, ident.isoformat(), date.fromordinal(erad).isoformat()
    )


def patrols(rng: random.Random, c: Commune, y: Year, spot: dict, n: int, reactivate: bool) -> None:
    """`n` patrols at a hotspot in the year; with `reactivate`, one finds it active again
    after its eradication (which re-activates it)."""
    start = max(0, y.index(spot["identified_on"]))
    erad = y.index(spot["eradicated_on"]) if spot.get("eradicated_on") else None
    if start >= y.days:
        return
    days = sorted(y.day(rng, start) for _ in range(n))
    react = None
    if reactivate and erad is not None and erad + 1 < y.days:
        react = y.day(rng, max(erad + 1, y.days // 3))
        days = sorted([*days, react])
    team = f"Tổ tuần tra Công an {c.kw} {c.name}"
    for d in days:
        if erad is None or d <= erad:
            result = rng.choices(("active", "signs", "clean"), (45, 45, 10))[0]
        elif react is not None and d >= react:
            result = (
                "active" if d == react else rng.choices(("active", "signs", "clean"), (5, 4, 1))[0]
            )
        else:
            result = "clean" if rng.random() < 0.88 else "signs"
        people = (
            0
            if result == "clean"
            else rng.randint(1, 4)
            if result == "signs"
            else rng.randint(2, 10)
        )
        c.put(
            "patrol",
            {
                "record": "patrol",
                "id": new_id(rng),
                "unit": c.code,
                "date": y.iso[d],
                "hotspot_id": spot["id"],
                "result": result,
                "team": team,
                "people_encountered": people,
            },
        )
