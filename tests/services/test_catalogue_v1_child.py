"""A child's file written by a program of catalogue version 1 (format version 1, 37 codes)
imported into a parent of catalogue version 2: accepted; the codes it lacks are counted
from the records the parent's database holds for that child (nothing else is there), the
report says which, and the parent's own file carries the child's values as they came."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

from pcmd_desktop.domain.indicators import codes_of
from pcmd_desktop.exchange.manifest import canonical_json
from pcmd_desktop.exchange.package import build_package, read_package
from pcmd_desktop.security.signing import sign
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, import_file
from pcmd_desktop.services.unit_keys import own_card, signing_private, trust_card

TODAY = date(2018, 12, 31)
OLD, NEW = "00037", "00067"  # two wards of Hoàn Kiếm (002)
NEW_CODES = [c for c in codes_of("3") if c not in codes_of("1")]


def as_version_1(ws, data: bytes) -> bytes:
    """The same report as a catalogue-1 program writes it: format version 1, no
    catalogue_version, indicators.json without the newer codes; signed by `ws`."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(parts.pop("manifest.json"))
    parts.pop("manifest.sig")
    parts.pop("breakdown.json", None)  # format 4 and later
    values = json.loads(parts["indicators.json"])["values"]
    parts["indicators.json"] = canonical_json(
        {"values": {c: v for c, v in values.items() if c in codes_of("1")}}
    )
    fields = {k: v for k, v in manifest.items() if k not in ("members", "catalogue_version")}
    fields["format_version"] = 1
    key = signing_private(ws)
    return build_package(fields, parts, lambda m: sign(key, m))


def add(ws, record: str, **fields) -> str:
    return RecordService(ws, TODAY).create(record, fields)["id"]


def test_a_version_1_child_file_in_a_version_2_parent(make_workspace, tmp_path: Path):
    city = make_workspace("01", name="city.sqlite3")
    district = make_workspace("002", name="district.sqlite3")
    old, new = (make_workspace(c, name=f"{c}.sqlite3") for c in (OLD, NEW))
    for child in (old, new):
        trust_card(district, own_card(child))
    trust_card(city, own_card(district))
    for ws in (old, new):  # each ward: two establishments inspected by the district team
        for name in ("Một", "Hai"):
            est = add(ws, "establishment", name=f"Nhà nghỉ {name}", type="guesthouse")
            add(ws, "inspection", date="2018-06-05", establishment_id=est, team_level="district")
        add(ws, "activity", date="2018-06-05", kind="propaganda", title="Tuyên truyền")
    # What the district's own database holds of the old ward: one district-team inspection.
    est = add(district, "establishment", unit=OLD, name="Karaoke Ba", type="karaoke")
    add(district, "inspection", unit=OLD, date="2018-07-01", establishment_id=est,
        team_level="district")  # fmt: skip

    v1 = tmp_path / "old-v1.pcmd"
    v1.write_bytes(as_version_1(old, export_period(old, "2018", tmp_path / "o.pcmd").path
                                .read_bytes()))  # fmt: skip
    v2 = export_period(new, "2018", tmp_path / "new.pcmd").path
    assert [import_file(district, p).status for p in (v1, v2)] == [ACCEPTED, ACCEPTED]

    report = build_report(district, "2018")
    assert report.not_reported == {code: (OLD,) for code in NEW_CODES}
    team = "inspection.establishments_district_team"
    # The old ward's 2 are not in its file: what is here for it counts (1); the new ward's
    # file says 2; the district itself has none.
    assert report.children[OLD][team] == (1, 1)
    assert report.children[NEW][team] == (2, 2)
    assert (report.values[team].value, report.values[team].ytd) == (3, 3)
    # The codes the old file carries are taken from it, not from this database.
    assert report.children[OLD]["propaganda.sessions"] == (1, 1)
    assert report.children[OLD]["inspection.establishments"] == (2, 2)
    doc = report.to_json()
    assert doc["not_reported"] == {code: [OLD] for code in NEW_CODES}

    # The district's own file (version 2 or later) keeps the old ward's values as they came, and the
    # city reads it.
    up = export_period(district, "2018", tmp_path / "district.pcmd").path
    pkg = read_package(up.read_bytes(), lambda *_: True)
    assert pkg.manifest["format_version"] >= 2 and pkg.manifest["catalogue_version"] == "3"
    assert set(pkg.children[OLD]["values"]) == set(codes_of("1"))
    assert pkg.indicators[team] == {"value": 3, "ytd": 3}
    assert import_file(city, up).status == ACCEPTED
    assert build_report(city, "2018").values[team].ytd == 3
