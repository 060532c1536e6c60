"""One commune's persons and their services, sanctions, criminal cases, activities and
budget entries for the year."""

from __future__ import annotations

import bisect
import random
from datetime import date

from pcmd_desktop.services.demo import texts as tx
from pcmd_desktop.services.demo.commune import (
    OFFENCE_WEIGHTS,
    OFFENCES,
    ROLE_WEIGHTS,
    ROLES,
    SERVICE_TYPES,
    SERVICE_WEIGHTS,
    Commune,
    Year,
    new_id,
)
from pcmd_desktop.services.demo.names import person_name
from pcmd_desktop.services.demo.places import address

STATUSES = ("active", "reintegrated", "moved_away", "closed")


def persons(rng: random.Random, c: Commune, y: Year, provinces) -> list[dict]:
    """10-25 persons on file: some opened in earlier years, about one new every other month."""
    n_new = max(1, round(rng.randint(4, 8) * c.busy))
    old_first = date(y.year - 5, 1, 1).toordinal()
    opened = [y.first + y.day(rng) for _ in range(n_new)]
    opened += [rng.randint(old_first, y.first - 1) for _ in range(rng.randint(6, 17))]
    opened.sort()
    names, weights = provinces
    out = []
    for seq, o in enumerate(opened, start=1):
        d = date.fromordinal(o)
        sex = rng.choices(("female", "male", "other"), (90, 7, 3))[0]
        birth = rng.randint(1970, 2000)
        prov_code, prov = rng.choices(names, weights)[0]
        new = o >= y.first
        status = "active" if new else rng.choices(STATUSES, (50, 30, 10, 10))[0]
        id_number = (
            f"{prov_code}{0 if sex == 'male' else 1}{birth % 100:02d}{rng.randrange(10**6):06d}"
        )
        rec = {
            "record": "person",
            "id": new_id(rng),
            "unit": c.code,
            "code": f"{c.prefix}-{d.year}-{seq:04d}",
            "opened_on": d.isoformat(),
            "full_name": person_name(rng, sex),
            "birth_year": birth,
            "sex": sex,
            "id_number": id_number,
            "residence": f"{address(rng, c.streets)}, {c.kw} {c.name}",
            "home_province": prov,
            "consent": rng.random() < 0.85,
            "status": status,
        }
        c.put("person", rec)
        out.append(rec)
    return out


def _opened_by(people: list[dict], y: Year) -> list[int]:
    return [y.index(p["opened_on"]) for p in people]


def services(rng: random.Random, c: Commune, y: Year, people: list[dict]) -> None:
    served = [p for p in people if p["status"] in ("active", "reintegrated")]
    if not served:
        return
    opened = _opened_by(served, y)
    todo = [rng.choices(SERVICE_TYPES, SERVICE_WEIGHTS)[0] for _ in range(round(47 * c.busy))]
    todo += ["credit"] * c.credits
    recs = []
    for type_ in todo:
        d = y.day(rng, max(0, opened[0]))
        p = served[rng.randrange(bisect.bisect_right(opened, d))]
        rec = {
            "record": "service",
            "id": new_id(rng),
            "unit": c.code,
            "date": y.iso[d],
            "person_id": p["id"],
            "type": type_,
            "provider": tx.SERVICE_PROVIDERS[type_].format(kw=c.kw, name=c.name),
            "outcome": rng.choice(tx.SERVICE_OUTCOMES[type_]),
        }
        if type_ == "credit":
            rec["amount_vnd"] = rng.randint(10, 50) * 1_000_000
        recs.append(rec)
    recs.sort(key=lambda r: r["date"])
    c.out.setdefault("service", []).extend(recs)


def sanctions(
    rng: random.Random, c: Commune, y: Year, people: list[dict], ests: list[dict]
) -> None:
    opened = _opened_by(people, y)
    recs = []
    for _ in range(round(12 * c.busy)):
        role = rng.choices(ROLES, ROLE_WEIGHTS)[0]
        d = y.day(rng)
        lo, hi, step = tx.SANCTION_FINES[role]
        c.decisions += 1
        rec = {
            "record": "sanction",
            "id": new_id(rng),
            "unit": c.code,
            "date": y.iso[d],
            "role": role,
            "fine_vnd": rng.randrange(lo, hi + 1, step),
            "decision_no": f"{c.decisions}/QĐ-XPVPHC",
            "legal_basis": tx.LEGAL_BASIS[role],
        }
        n_open = bisect.bisect_right(opened, d)
        if role == "seller" and n_open and rng.random() < 0.6:
            rec["person_id"] = people[rng.randrange(n_open)]["id"]
        if role == "owner":
            rec["establishment_id"] = rng.choice(c.harbouring or ests)["id"]
        recs.append(rec)
    recs.sort(key=lambda r: r["date"])
    c.out.setdefault("sanction", []).extend(recs)


def cases(rng: random.Random, c: Commune, y: Year) -> None:
    recs = []
    for _ in range(c.cases):
        offence = rng.choices(OFFENCES, OFFENCE_WEIGHTS)[0]
        d = y.day(rng)
        rec = {
            "record": "case",
            "id": new_id(rng),
            "unit": c.code,
            "offence": offence,
            "detected_on": y.iso[d],
            "defendants": rng.choices((1, 2, 3, 4, 5), (35, 30, 18, 10, 7))[0],
            "summary": tx.CASE_SUMMARIES[offence].format(addr=address(rng, c.streets)),
        }
        p = d + rng.randint(20, 90)
        if p < y.days and rng.random() < 0.7:
            rec["prosecuted_on"] = y.iso[p]
            t = p + rng.randint(20, 90)
            if t < y.days and rng.random() < 0.75:
                rec["tried_on"] = y.iso[t]
        recs.append(rec)
    recs.sort(key=lambda r: r["detected_on"])
    c.out.setdefault("case", []).extend(recs)


def activities(rng: random.Random, c: Commune, y: Year) -> None:
    recs = []
    for _ in range(round(24 * c.busy)):
        training = rng.random() < 0.15
        d = y.day(rng)
        place = rng.choice(tx.ACTIVITY_PLACES).format(kw=c.kw, name=c.name, n=rng.randint(1, 30))
        if training:
            rec = {
                "record": "activity",
                "id": new_id(rng),
                "unit": c.code,
                "date": y.iso[d],
                "kind": "training",
                "title": rng.choice(tx.TRAINING_TITLES),
                "participants": rng.randint(15, 60),
                "materials": rng.randint(15, 60),
                "location": place,
            }
        else:
            rec = {
                "record": "activity",
                "id": new_id(rng),
                "unit": c.code,
                "date": y.iso[d],
                "kind": "propaganda",
                "title": rng.choice(tx.PROPAGANDA_TITLES),
                "participants": rng.randint(30, 200),
                "materials": rng.randrange(50, 501, 10),
                "location": place,
            }
        recs.append(rec)
    recs.sort(key=lambda r: r["date"])
    c.out.setdefault("activity", []).extend(recs)


def budgets(rng: random.Random, c: Commune, y: Year) -> None:
    recs = []
    for _ in range(rng.randint(3, 6)):
        recs.append(
            {
                "record": "budget",
                "id": new_id(rng),
                "unit": c.code,
                "date": y.iso[y.day(rng)],
                "amount_vnd": rng.randrange(2_000_000, 30_000_001, 500_000),
                "source": rng.choice(tx.BUDGET_SOURCES).format(kw=f"{c.kw} {c.name}"),
                "purpose": rng.choice(tx.BUDGET_PURPOSES).format(kw=c.kw),
            }
        )
    recs.sort(key=lambda r: r["date"])
    c.out.setdefault("budget", []).extend(recs)
