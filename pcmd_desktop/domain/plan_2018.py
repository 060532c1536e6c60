"""The city plan of 2018 (Kế hoạch 24/KH-UBND, ../shared/plan-2018/) as year targets on
catalogue codes: the demo's plan and the tests' reference. Data, not rules: a unit's own
plan is entered in the program."""

from __future__ import annotations

__all__ = ["HANOI_2018_TARGETS"]

# The 2018 Hà Nội plan, section I.2, as year targets, each on the code that counts what the
# plan names: the 2 hotspots to eradicate are inside businesses; "0 re-activated" is about
# the 21 public hotspots eradicated 2009-2017 (a ceiling); the 60 establishments are the
# city 178 team's; commune.clean 470 of 584 communes (80 %); commune.pcmd_model 55 = 53
# maintained + 2 new (appendix 01); 6 sellers helped with credit to make a living.
HANOI_2018_TARGETS: dict[str, int] = {
    "case.detected": 150,
    "case.tried": 120,
    "hotspot.eradicated_business": 2,
    "hotspot.public_reactivated": 0,
    "inspection.establishments_city_team": 60,
    "commune.pcmd_model": 55,
    "commune.clean": 470,
    "support.credit_persons": 6,
}
