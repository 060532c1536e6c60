"""The breakdown by sex and age band across upward files: a ward's file (format version 4)
carries its counts, the district keeps them in submissions.breakdowns and adds them to
its own, its file carries the consolidated counts and the city adds those; a child's file
of format version 2 (no breakdown) counts whole as "Không rõ"; no person leaves in it."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

import pytest

from pcmd_desktop.exchange.limits import BREAKDOWN_MEMBER, PackageError
from pcmd_desktop.exchange.package import build_package, read_package
from pcmd_desktop.reports.breakdown import check_breakdown
from pcmd_desktop.security.signing import sign
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, import_file
from pcmd_desktop.services.unit_keys import own_card, signing_private, trust_card

TODAY = date(2018, 12, 31)
WARD_A, WARD_B = "00037", "00067"  # two wards of Hoàn Kiếm (002)


def add(ws, record: str, **fields) -> str:
    return RecordService(ws, TODAY).create(record, fields)["id"]


def supported(ws, sex: str | None, birth: int | None, n: int, unit: str | None = None) -> None:
    person = {"code": f"HK-2018-{n:04d}", "opened_on": "2018-03-01",
              "full_name": f"Người Thử {n}", **({"unit": unit} if unit else {})}  # fmt: skip
    if sex:
        person["sex"] = sex
    if birth:
        person["birth_year"] = birth
    pid = add(ws, "person", **person)
    add(ws, "service", date="2018-03-02", person_id=pid, type="counselling",
        **({"unit": unit} if unit else {}))  # fmt: skip


def as_format_2(ws, data: bytes) -> bytes:
    """The same file as a program before the breakdown writes it: no breakdown.json."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(parts.pop("manifest.json"))
    parts.pop("manifest.sig")
    parts.pop(BREAKDOWN_MEMBER)
    fields = {k: v for k, v in manifest.items() if k not in ("members", "format_version")}
    key = signing_private(ws)
    return build_package(fields, parts, lambda m: sign(key, m))


def sex_cells(report, code="support.counselling") -> dict:
    return {k: v[0] for k, v in report.breakdown[code]["sex"].items()}


def test_the_breakdown_travels_up_and_adds_up(make_workspace, tmp_path: Path):
    city = make_workspace("01", name="city.sqlite3")
    district = make_workspace("002", name="district.sqlite3")
    ward_a = make_workspace(WARD_A, name="a.sqlite3")
    ward_b = make_workspace(WARD_B, name="b.sqlite3")
    for ward in (ward_a, ward_b):
        trust_card(district, own_card(ward))
    trust_card(city, own_card(district))
    supported(ward_a, "female", 1995, 1)
    supported(ward_a, "female", 2002, 2)
    supported(ward_a, None, None, 3)
    supported(ward_b, "male", 1980, 1)
    supported(district, "other", 1960, 9)  # the district's own records

    up_a = export_period(ward_a, "2018", tmp_path / "a.pcmd").path
    pkg = read_package(up_a.read_bytes(), lambda *_: True)
    assert pkg.manifest["format_version"] == 4
    assert pkg.breakdown["support.counselling"]["sex"]["female"] == {"value": 2, "ytd": 2}
    raw = pkg.members[BREAKDOWN_MEMBER].decode("utf-8")
    assert "Người Thử" not in raw and "HK-2018" not in raw  # counts only
    # Ward B sends a file of the older format: its counts are known by their totals only.
    up_b = tmp_path / "b.pcmd"
    up_b.write_bytes(as_format_2(ward_b, export_period(ward_b, "2018", tmp_path / "b4.pcmd")
                                 .path.read_bytes()))  # fmt: skip
    assert read_package(up_b.read_bytes(), lambda *_: True).manifest["format_version"] == 2
    assert [import_file(district, p).status for p in (up_a, up_b)] == [ACCEPTED, ACCEPTED]
    stored = district.db.execute("SELECT unit, breakdowns FROM submissions ORDER BY unit")
    rows = dict(stored.fetchall())
    assert rows[WARD_B] is None
    assert json.loads(rows[WARD_A])["person.new"]["age"]["under_18"] == {"value": 1, "ytd": 1}

    report = build_report(district, "2018")
    assert sex_cells(report) == {"female": 2, "male": 0, "other": 1, "unknown": 2}
    assert report.breakdown["support.counselling"]["age"]["under_18"] == (1, 1)
    values = {c: (v.value, v.ytd) for c, v in report.values.items()}
    assert check_breakdown(report.breakdown, values) == []

    up = export_period(district, "2018", tmp_path / "district.pcmd").path
    assert import_file(city, up).status == ACCEPTED
    city_report = build_report(city, "2018")
    assert sex_cells(city_report) == {"female": 2, "male": 0, "other": 1, "unknown": 2}
    assert city_report.to_json()["breakdown"]["person.new"]["sex"]["female"]["ytd"] == 2


def test_cells_that_do_not_add_up_are_refused(ws, tmp_path: Path):
    data = export_period(ws, "2018", tmp_path / "x.pcmd", cutoff=None).path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(parts.pop("manifest.json"))
    parts.pop("manifest.sig")
    doc = json.loads(parts[BREAKDOWN_MEMBER])
    doc["values"]["person.new"]["sex"]["female"]["value"] = 3
    parts[BREAKDOWN_MEMBER] = json.dumps(doc).encode()
    fields = {k: v for k, v in manifest.items() if k != "members"}
    with pytest.raises(PackageError, match=r"breakdown\.json.*person\.new\.sex"):
        build_package(fields, parts, lambda m: b"\0" * 64)
    # Format version 2 may not carry it, version 4 must.
    with pytest.raises(PackageError, match="chỉ có từ phiên bản định dạng 4"):
        build_package({**fields, "format_version": 2}, {**parts}, lambda m: b"\0" * 64)
    del parts[BREAKDOWN_MEMBER]
    with pytest.raises(PackageError, match=r"bắt buộc breakdown\.json"):
        build_package(fields, parts, lambda m: b"\0" * 64)
