"""Three communes -> their district -> the city, for a month and for a year: signed files
exported, imported and consolidated; the same file again changes nothing; a newer
revision replaces; an older one and every kind of bad file are refused with the database
unchanged; personal data opens at the parent and nowhere else."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date

import pytest

from pcmd_desktop.exchange import limits
from pcmd_desktop.security.sealing import SealError, open_sealed
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import export_records
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, ALREADY, REFUSED, completeness, import_file
from pcmd_desktop.services.unit_keys import own_card, sealing_private, trust_card

TODAY = date(2018, 12, 31)
COMMUNES = {"00037": 2, "00040": 1, "00067": 3}  # Hoàn Kiếm wards: propaganda sessions
DAY = {"2018-01": "2018-01-05", "2018": "2018-06-05"}


@pytest.fixture
def units(make_workspace):
    city = make_workspace("01", name="city.sqlite3")
    district = make_workspace("002", name="district.sqlite3")
    communes = {code: make_workspace(code, name=f"{code}.sqlite3") for code in COMMUNES}
    for ws in communes.values():
        trust_card(district, own_card(ws))
        trust_card(ws, own_card(district))  # the parent's key, to seal personal data for it
    trust_card(city, own_card(district))
    trust_card(district, own_card(city))
    return city, district, communes


def add_sessions(ws, count: int, day: str) -> None:
    service = RecordService(ws, TODAY)
    for i in range(count):
        service.create("activity", {"date": day, "kind": "propaganda", "title": f"Buổi {i}"})


def state(ws, period: str) -> tuple:
    """What must not change when a file is refused."""
    rows = ws.db.execute("SELECT unit, period, revision, sha256 FROM submissions "
                         "ORDER BY unit, period").fetchall()  # fmt: skip
    records = list(export_records(ws))
    return rows, records, json.dumps(build_report(ws, period).to_json(), sort_keys=True)


@pytest.mark.parametrize("period", ["2018-01", "2018"])
def test_communes_to_district_to_city(units, tmp_path, period):
    city, district, communes = units
    add_sessions(district, 1, DAY[period])  # the district's own work
    files = {}
    for code, ws in communes.items():
        add_sessions(ws, COMMUNES[code], DAY[period])
        files[code] = export_period(ws, period, tmp_path / f"{code}.pcmd").path
    outcomes = [import_file(district, p) for p in files.values()]
    assert [o.status for o in outcomes] == [ACCEPTED] * 3
    report = build_report(district, period)
    assert report.values["propaganda.sessions"].value == 1 + 2 + 1 + 3
    assert report.children["00040"]["propaganda.sessions"][0] == 1
    assert completeness(district, period).rate == pytest.approx(3 / len(report.children) * 100)

    # The same file again: nothing changes, and it says so.
    before = state(district, period)
    again = import_file(district, files["00037"])
    assert again.status == ALREADY and "Đã nhận" in again.message
    assert state(district, period) == before

    # A newer revision replaces; the older one is then refused.
    add_sessions(communes["00037"], 1, DAY[period])
    newer = export_period(communes["00037"], period, tmp_path / "00037-r2.pcmd")
    assert newer.revision == 2
    assert import_file(district, newer.path).status == ACCEPTED
    assert build_report(district, period).values["propaganda.sessions"].value == 8
    before = state(district, period)
    older = import_file(district, files["00037"])
    assert older.status == REFUSED and "cũ hơn" in older.message
    assert state(district, period) == before

    # The district's own file reaches the city with the consolidated values.
    up = export_period(district, period, tmp_path / "002.pcmd")
    assert import_file(city, up.path).status == ACCEPTED
    assert build_report(city, period).values["propaganda.sessions"].value == 8


def _rewrite(data: bytes, change) -> bytes:
    """A copy of the ZIP with its members passed through `change(name, bytes)`; a None
    result drops the member, extra members can be returned as a list of pairs."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            for name, content in change(info.filename, src.read(info)) or []:
                out.writestr(name, content)
    return buf.getvalue()


def _flip(name: str, content: bytes, target: str):
    if name == target:
        content = content[:-2] + bytes([content[-2] ^ 1]) + content[-1:]
    return [(name, content)]


BAD_FILES = {
    "a changed byte in indicators.json": lambda d: _rewrite(d, lambda n, c: _flip(
        n, c, "indicators.json")),
    "a changed byte in records.jsonl": lambda d: _rewrite(d, lambda n, c: _flip(
        n, c, "records.jsonl")),
    "a changed byte in the manifest": lambda d: _rewrite(d, lambda n, c: _flip(
        n, c, "manifest.json")),
    "a removed member": lambda d: _rewrite(d, lambda n, c: None if n == "narrative.json"
                                           else [(n, c)]),
    "an added member": lambda d: _rewrite(d, lambda n, c: [(n, c)] + (
        [("extra.txt", b"x")] if n == "narrative.json" else [])),
    "a member named ../x": lambda d: _rewrite(d, lambda n, c: [(n, c)] + (
        [("../x", b"x")] if n == "narrative.json" else [])),
    "a member named /x": lambda d: _rewrite(d, lambda n, c: [(n, c)] + (
        [("/x", b"x")] if n == "narrative.json" else [])),
    "a truncated file": lambda d: d[: len(d) // 2],
    "not a ZIP": lambda d: b"%PDF-1.4 not a pcmd file",
}  # fmt: skip


@pytest.mark.parametrize("fault", list(BAD_FILES))
def test_bad_files_are_refused_and_change_nothing(units, tmp_path, fault):
    _city, district, communes = units
    add_sessions(communes["00067"], 2, DAY["2018-01"])
    good = export_period(communes["00067"], "2018-01", tmp_path / "good.pcmd").path
    bad = tmp_path / "bad.pcmd"
    bad.write_bytes(BAD_FILES[fault](good.read_bytes()))
    before = state(district, "2018-01")
    outcome = import_file(district, bad)
    assert outcome.status == REFUSED and outcome.message
    assert state(district, "2018-01") == before


def test_other_refusals(units, tmp_path, make_workspace, monkeypatch):
    city, district, communes = units
    add_sessions(communes["00067"], 1, DAY["2018-01"])
    good = export_period(communes["00067"], "2018-01", tmp_path / "good.pcmd").path
    before = state(district, "2018-01")
    # Signed by another installation of the same commune: an unknown key.
    impostor = make_workspace("00067", name="impostor.sqlite3")
    forged = export_period(impostor, "2018-01", tmp_path / "forged.pcmd").path
    assert import_file(district, forged).status == REFUSED
    # A sender that is not a child: the district's file offered to a commune... and to
    # the city, a commune's file (the city trusts only its districts).
    refused = import_file(city, good)
    assert refused.status == REFUSED
    # A trusted key, but the sender is not a child: the district's file at a commune.
    upward = export_period(district, "2018-01", tmp_path / "002.pcmd").path
    wrong_way = import_file(communes["00067"], upward)
    assert wrong_way.status == REFUSED and "trực thuộc" in wrong_way.message
    # A member that expands past the limit.
    monkeypatch.setattr(limits, "MAX_MEMBER_SIZE", 64)
    assert import_file(district, good).status == REFUSED
    monkeypatch.undo()
    # An unknown format version.
    newer = tmp_path / "v9.pcmd"
    newer.write_bytes(
        _rewrite(
            good.read_bytes(),
            lambda n, c: [
                (
                    n,
                    c.replace(b'"format_version":4', b'"format_version":9')
                    if n == "manifest.json"
                    else c,
                )
            ],
        )
    )
    message = import_file(district, newer).message
    assert import_file(district, newer).status == REFUSED
    assert "9" in message
    assert state(district, "2018-01") == before


def test_personal_data_opens_at_the_parent_only(units, tmp_path):
    city, district, communes = units
    RecordService(communes["00040"], TODAY).create(
        "person",
        {"code": "HK-2018-0001", "opened_on": "2018-01-03", "full_name": "Lê Thị Kín",
         "consent": True},  # only persons who consented are sealed (test_consent_export.py)
    )  # fmt: skip
    path = tmp_path / "p.pcmd"
    result = export_period(communes["00040"], "2018-01", path, include_personal=True)
    assert result.personal and "Kín".encode() not in path.read_bytes()
    assert import_file(district, path).status == ACCEPTED
    blob = district.db.execute("SELECT personal FROM submissions").fetchone()[0]
    opened = open_sealed(blob, sealing_private(district)).decode("utf-8")
    assert "Lê Thị Kín" in opened
    with pytest.raises(SealError):
        open_sealed(blob, sealing_private(city))  # a third unit's key
    records = district.db.execute("SELECT records FROM submissions").fetchone()[0]
    assert "Kín" not in records and "HK-2018-0001" in records
