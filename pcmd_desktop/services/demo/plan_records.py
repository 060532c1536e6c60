"""What issue 14 added to a commune's year in the demo: tips and the inspections and cases
they led to, who issued each sanction, the volunteer team with its members and the
activities it ran, and the year's "lành mạnh" assessment sheet.

Each commune draws these from a generator of its own (seeded from the commune's), so the
records the demo made before, and every figure they give, are unchanged.
"""

from __future__ import annotations

import random
from datetime import date

from pcmd_desktop.domain.assessment import CRITERIA, PASS_TOTAL
from pcmd_desktop.services.demo.commune import Commune, Year, new_id
from pcmd_desktop.services.demo.names import person_name
from pcmd_desktop.services.demo.places import address

TIP_CHANNELS = ("hotline", "mailbox", "in_person", "letter", "online")
TIP_CHANNEL_WEIGHTS = (45, 20, 20, 5, 10)
TIP_CONTENTS = (
    "Nghi có hoạt động mua bán dâm tại {place}",
    "Người dân phản ánh nhiều khách lạ ra vào {place} vào ban đêm",
    "Có dấu hiệu môi giới mại dâm quanh khu vực {place}",
    "Phản ánh nhân viên {place} chào mời khách có biểu hiện mại dâm",
)
TIP_OUTCOMES = {
    "handled": "Đã kiểm tra, xử lý theo quy định",
    "unfounded": "Đã xác minh, không có dấu hiệu vi phạm",
    "transferred": "Chuyển Công an quận, huyện xác minh",
}
# The authority that signs a commune's own sanction decisions.
AUTHORITIES = ("commune_chair", "commune_team", "district_team", "district_chair", "police")
AUTHORITY_WEIGHTS = (55, 25, 10, 5, 5)


def rng_of(seed: int, year: int, code: str) -> random.Random:
    return random.Random(f"{seed}/{year}/{code}/plan-records")


def add_year(rng: random.Random, c: Commune, y: Year) -> None:
    """Tips, sanction authorities and the volunteer team of a commune with a full year."""
    _tips(rng, c, y)
    for rec in c.out.get("sanction", ()):
        rec["authority"] = rng.choices(AUTHORITIES, AUTHORITY_WEIGHTS)[0]
    _volunteers(rng, c, y)


def _tips(rng: random.Random, c: Commune, y: Year) -> None:
    own = [r for r in c.out.get("inspection", ()) if r["unit"] == c.code]
    cases = c.out.get("case", [])
    ests = c.out.get("establishment", [])
    for _ in range(max(1, round(rng.randint(2, 6) * c.busy))):
        d = y.day(rng, 0)
        est = rng.choice(ests) if ests and rng.random() < 0.6 else None
        place = est["name"] if est else address(rng, c.streets)
        status = rng.choices(("handled", "unfounded", "transferred", "verifying", "received"),
                             (50, 20, 10, 12, 8))[0]  # fmt: skip
        rec = {
            "record": "tip",
            "id": new_id(rng),
            "unit": c.code,
            "received_on": y.iso[d],
            "channel": rng.choices(TIP_CHANNELS, TIP_CHANNEL_WEIGHTS)[0],
            "place": place,
            "content": rng.choice(TIP_CONTENTS).format(place=place),
            "status": status,
            "informant_name": person_name(rng, rng.choice(("male", "female"))),
            "informant_contact": f"09{rng.randrange(10**8):08d}",
        }
        if est:
            rec["establishment_id"] = est["id"]
        if status in TIP_OUTCOMES:
            done = min(d + rng.randint(2, 20), y.days - 1)
            rec["handled_on"] = y.iso[done]
            rec["outcome"] = TIP_OUTCOMES[status]
            if status == "handled":
                # The first inspection (or case) after the tip that has no tip yet.
                later = [i for i in own if i["date"] >= rec["received_on"] and "tip_id" not in i]
                if later and rng.random() < 0.7:
                    later[0]["tip_id"] = rec["id"]
                found = [k for k in cases if k["detected_on"] >= rec["received_on"]
                         and "tip_id" not in k]  # fmt: skip
                if found and rng.random() < 0.3:
                    found[0]["tip_id"] = rec["id"]
        c.put("tip", rec)


def _volunteers(rng: random.Random, c: Commune, y: Year) -> None:
    set_up = date(y.year - rng.randint(2, 5), rng.randint(1, 12), rng.randint(1, 28))
    team = {
        "record": "volunteer_team",
        "id": new_id(rng),
        "unit": c.code,
        "name": f"Đội công tác xã hội tình nguyện {c.kw} {c.name}",
        "area": f"Toàn {c.kw}",
        "established_on": set_up.isoformat(),
    }
    c.put("volunteer_team", team)
    roles = ["leader", "deputy"] + ["member"] * rng.randint(4, 8)
    for role in roles:
        sex = "female" if rng.random() < 0.7 else "male"
        joined = set_up.toordinal() + rng.randint(0, 120)
        member = {
            "record": "volunteer_member",
            "id": new_id(rng),
            "unit": c.code,
            "team_id": team["id"],
            "full_name": person_name(rng, sex),
            "birth_year": rng.randint(1960, 1998),
            "sex": sex,
            "phone": f"09{rng.randrange(10**8):08d}",
            "role": role,
            "area": f"Tổ dân phố số {rng.randint(1, 30)}",
            "joined_on": date.fromordinal(joined).isoformat(),
        }
        if role == "member" and rng.random() < 0.1:
            # Left during the year, after joining.
            after = max(0, joined + 1 - y.first)
            if after < y.days:
                member["left_on"] = y.iso[y.day(rng, after)]
        c.put("volunteer_member", member)
    for act in c.out.get("activity", ()):
        if act["kind"] == "propaganda" and rng.random() < 0.5:
            act["volunteer_team_id"] = team["id"]


def assessment(rng: random.Random, c: Commune, y: Year, clean: bool) -> dict:
    """The year's criteria sheet, agreeing with the commune status's `clean`: a clean
    commune keeps every point of the no-hotspot criterion and reaches the pass mark; any
    other misses one of the two."""
    while True:
        scores = {cr.field: rng.randint(cr.max_score * 6 // 10, cr.max_score) for cr in CRITERIA}
        if clean or c.troubled:
            scores["score_no_hotspot"] = 30 if clean else rng.randint(10, 25)
        total = sum(scores.values())
        passes = total >= PASS_TOTAL and scores["score_no_hotspot"] == 30
        if passes == clean:
            break
    day = y.day(rng, y.days - 14)
    return {"record": "commune_assessment", "unit": c.code, "year": y.year,
            "assessed_on": y.iso[day], **scores,
            "assessed_by": f"Hội đồng chấm điểm {c.kw} {c.name}"}  # fmt: skip
