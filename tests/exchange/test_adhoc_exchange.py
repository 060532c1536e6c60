"""The upward file of an ad hoc range (format version 3): its manifest round trip, an
older program's clear refusal, the schema's patterns, and at the parent: kept apart from
the regular periods (submissions by unit and period code), consolidated into the parent's
report of the same range, counted by completeness of that range only."""

from __future__ import annotations

import json
import re

import pytest
from test_package import build, build_with_manifest, built_manifest, manifest_fields, verify

from pcmd_desktop.exchange import limits, manifest
from pcmd_desktop.exchange.package import PackageError, read_package
from pcmd_desktop.resources import resource_path
from pcmd_desktop.services.exchange_export import export_period
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.reporting import build_report
from pcmd_desktop.services.submissions import ACCEPTED, completeness, import_file
from pcmd_desktop.services.unit_keys import own_card, trust_card

RANGE = "2018-03-05..2018-04-10"
ADHOC = {"code": RANGE, "kind": "adhoc", "from": "2018-03-05", "to": "2018-04-10",
         "cutoff": "nd09"}  # fmt: skip


def test_an_ad_hoc_file_is_format_version_3_and_round_trips():
    pkg = read_package(build(manifest_fields(period=ADHOC)), verify)
    assert pkg.manifest["format_version"] == limits.ADHOC_FORMAT_VERSION == 3
    assert pkg.manifest["period"] == ADHOC
    # A regular period still travels as version 2, which older programs read.
    assert read_package(build(), verify).manifest["format_version"] == 2


def test_an_older_program_refuses_it_by_its_version(monkeypatch):
    data = build(manifest_fields(period=ADHOC))
    monkeypatch.setattr(manifest, "READABLE_VERSIONS", (1, 2))
    with pytest.raises(PackageError) as exc:
        read_package(data, verify)
    assert "phiên bản định dạng 3 chưa hỗ trợ" in str(exc.value)
    assert "hãy cập nhật ứng dụng" in str(exc.value)


def test_an_ad_hoc_period_needs_version_3_and_its_own_days():
    m = {**built_manifest(), "period": ADHOC, "format_version": 2}
    with pytest.raises(PackageError, match="chỉ có từ phiên bản định dạng 3"):
        read_package(build_with_manifest(m), verify)
    for wrong in ({"to": "2018-04-11"}, {"kind": "month"}, {"code": "2018-04-10..2018-03-05"}):
        m = {**built_manifest(), "format_version": 3, "period": {**ADHOC, **wrong}}
        with pytest.raises(PackageError, match=r"manifest\.json"):
            read_package(build_with_manifest(m), verify)


def test_the_schema_knows_the_ad_hoc_period():
    schema = json.loads(resource_path("exchange/manifest.schema.json").read_text("utf-8"))
    period = schema["properties"]["period"]["properties"]
    assert "adhoc" in period["kind"]["enum"]
    assert re.search(period["code"]["pattern"], RANGE)
    assert re.search(period["code"]["pattern"], "2018-Q1")
    (rule,) = [r for r in schema["allOf"] if "adhoc" in json.dumps(r["if"])]
    allowed = rule["then"]["properties"]["format_version"]
    allowed = allowed.get("enum") or [allowed["const"]]
    assert 3 in allowed and not {1, 2} & set(allowed)
    only_range = rule["then"]["properties"]["period"]["properties"]["code"]["pattern"]
    regular = rule["else"]["properties"]["period"]["properties"]["code"]["pattern"]
    assert re.search(only_range, RANGE) and not re.search(only_range, "2018-04")
    assert re.search(regular, "2018-04") and not re.search(regular, RANGE)


@pytest.fixture
def pair(make_workspace):
    district = make_workspace("002", name="d.sqlite3")
    commune = make_workspace("00067", name="c.sqlite3")
    trust_card(district, own_card(commune))
    records = RecordService(commune)
    for day in ("2018-03-04", "2018-03-05", "2018-04-10", "2018-04-12"):
        records.create("activity", {"date": day, "kind": "propaganda", "title": "Tuyên truyền",
                                    "participants": 10})  # fmt: skip
    return district, commune


def test_the_parent_keeps_an_ad_hoc_file_apart_and_consolidates_it(pair, tmp_path):
    district, commune = pair
    sent = export_period(commune, RANGE, tmp_path / "dx.pcmd")
    assert (sent.period, sent.revision) == (RANGE, 1)
    regular = export_period(commune, "2018-04", tmp_path / "t4.pcmd")
    # The district's database holds no record of the commune: what it counts for the
    # commune comes from the files only.
    outcome = import_file(district, sent.path)
    assert (outcome.status, outcome.period) == (ACCEPTED, RANGE)
    rows = district.db.execute("SELECT unit, period FROM submissions").fetchall()
    assert rows == [("00067", RANGE)]
    report = build_report(district, RANGE)
    assert report.values["propaganda.sessions"].value == 2  # 05/03 and 10/04
    assert report.children["00067"]["propaganda.sessions"][0] == 2
    # April's report does not take the ad hoc file; April's own file is another row.
    assert build_report(district, "2018-04").values["propaganda.sessions"].value == 0
    by_range = {c.unit: c.status for c in completeness(district, RANGE).children}
    by_month = {c.unit: c.status for c in completeness(district, "2018-04").children}
    assert by_range["00067"] != "missing" and by_month["00067"] == "missing"
    assert import_file(district, regular.path).status == ACCEPTED
    assert (
        build_report(district, "2018-04").values["propaganda.sessions"].value == 2
    )  # 10/04, 12/04
    assert build_report(district, RANGE).values["propaganda.sessions"].value == 2
    periods = {p for (p,) in district.db.execute("SELECT period FROM submissions")}
    assert periods == {RANGE, "2018-04"}


def test_an_exact_adx_of_a_range_is_valid_and_dhis2_is_refused():
    from datetime import datetime, timezone

    import xmlschema
    from test_adx_schema import SCHEMA_FILE, _report

    from pcmd_desktop.domain.indicators import INDICATORS
    from pcmd_desktop.exchange.interop import Mapping, MappingError, to_adx, to_dhis2

    mapping = Mapping({i.code: f"X{n:010d}" for n, i in enumerate(INDICATORS)},
                      "HllvX50cXC0", "HllvX50cXC0")  # fmt: skip
    report = _report(RANGE, "nd09")
    data = to_adx(report, mapping, periods="exact",
                  exported=datetime(2018, 4, 12, tzinfo=timezone.utc))  # fmt: skip
    xmlschema.XMLSchema(str(SCHEMA_FILE)).validate(data.decode("utf-8"))
    assert 'period="2018-03-05/P37D"' in data.decode("utf-8")
    for make in (lambda: to_adx(report, mapping, periods="dhis2"),
                 lambda: to_dhis2(report, mapping)):  # fmt: skip
        with pytest.raises(MappingError, match="không gửi được sang DHIS2"):
            make()


def test_a_range_not_yet_ended_is_refused_at_the_parent(pair, tmp_path, monkeypatch):
    """A sender whose clock is ahead: the file is refused as not ended, nothing kept."""
    from datetime import date

    from pcmd_desktop.services import reporting

    class Ahead(date):
        @classmethod
        def today(cls) -> date:
            return date(2099, 12, 31)

    district, commune = pair
    with monkeypatch.context() as m:
        m.setattr(reporting, "date", Ahead)
        sent = export_period(commune, "2018-03-05..2099-12-31", tmp_path / "ahead.pcmd")
    outcome = import_file(district, sent.path)
    assert outcome.status == "refused" and "chưa kết thúc" in outcome.message
    assert district.db.execute("SELECT count(*) FROM submissions").fetchone()[0] == 0
