"""Small situations several test folders set up the same way (a module of its own, with no
`conftest` import, so that tests/ui can use it as well as tests/services)."""

from __future__ import annotations


def reactivated_public_hotspot(service, patrol_on: str) -> str:
    """A public-place hotspot eradicated in 2015 and found active again on `patrol_on`
    (ISO): one re-activation against the plan's "0 re-activated" ceiling. Its id."""
    spot = service.create(
        "hotspot",
        {
            "name": "Vườn hoa",
            "kind": "public_place",
            "identified_on": "2014-01-01",
            "eradicated_on": "2015-06-01",
        },
    )
    service.create("patrol", {"date": patrol_on, "hotspot_id": spot["id"], "result": "active"})
    return spot["id"]
