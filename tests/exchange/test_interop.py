"""Issue 6: indicator values as DHIS2 dataValueSets JSON and IHE ADX XML via the mapping."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone

import pytest

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.domain.periods import parse_period
from pcmd_desktop.exchange.interop import (
    ADX_NAMESPACE,
    DEFAULT_MAPPING,
    MappingError,
    adx_period,
    coverage,
    coverage_vi,
    dhis2_dates,
    dhis2_period,
    is_uid,
    load_mapping,
    to_adx,
    to_dhis2,
)
from pcmd_desktop.reports.model import IndicatorValue, Report
from pcmd_desktop.resources import resource_path

NS = {"adx": ADX_NAMESPACE}


def _report(code: str = "2018-01", cutoff: str = "nd09", unit: str = "HN-HK-CD") -> Report:
    values = {
        ind.code: IndicatorValue(ind.code, n * 7 + 1, n * 7 + 100, None)
        for n, ind in enumerate(INDICATORS)
    }
    return Report(unit, "Phường Chương Dương", parse_period(code, cutoff), values)


def _raw() -> dict:
    return json.loads(resource_path(DEFAULT_MAPPING).read_text(encoding="utf-8"))


def _write(tmp_path, data: dict):
    path = tmp_path / "mapping.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


# --- mapping ------------------------------------------------------------------------------


def test_shipped_mapping_loads_and_covers_every_code():
    m = load_mapping()
    assert set(m.data_elements) == {i.code for i in INDICATORS}
    assert all(is_uid(u) for u in m.data_elements.values())
    assert len(set(m.data_elements.values())) == len(INDICATORS)
    assert is_uid(m.category_option_combo) and is_uid(m.attribute_option_combo)
    assert m.org_units == {}
    assert m.id_scheme == "UID"
    assert m.periods == "dhis2"  # DHIS2-importable ADX periods by default (issue 12)
    raw = _raw()
    assert raw["version"] == 1 and "_comment" in raw


def test_explicit_path_loads(tmp_path):
    assert load_mapping(_write(tmp_path, _raw())).data_elements == load_mapping().data_elements


def test_missing_code_refused_naming_it(tmp_path):
    data = _raw()
    del data["dataElements"]["case.tried"]
    with pytest.raises(MappingError, match=r"case\.tried"):
        load_mapping(_write(tmp_path, data))


@pytest.mark.parametrize("bad", ["1abcdefghij", "abc", "abcdefghij!", "abcdefghijkl", 42])
def test_malformed_uid_refused_naming_it(tmp_path, bad):
    data = _raw()
    data["dataElements"]["hotspot.patrols"] = bad
    with pytest.raises(MappingError, match=r"hotspot\.patrols") as exc:
        load_mapping(_write(tmp_path, data))
    assert str(bad) in str(exc.value)


def test_other_faults_refused(tmp_path):
    data = _raw()
    data["dataElements"]["no.such_code"] = "Abcdefghij1"
    with pytest.raises(MappingError, match=r"no\.such_code"):
        load_mapping(_write(tmp_path, data))

    data = _raw()
    data["dataElements"]["case.tried"] = data["dataElements"]["case.detected"]
    with pytest.raises(MappingError, match=r"case\.detected.*case\.tried"):
        load_mapping(_write(tmp_path, data))

    data = _raw()
    data["categoryOptionCombo"] = "default"
    with pytest.raises(MappingError, match="categoryOptionCombo"):
        load_mapping(_write(tmp_path, data))

    data = _raw()
    data["orgUnits"] = {"HN-HK-CD": "bad uid"}
    with pytest.raises(MappingError, match="HN-HK-CD"):
        load_mapping(_write(tmp_path, data))

    data = _raw()
    data["version"] = 2
    with pytest.raises(MappingError, match="phiên bản"):
        load_mapping(_write(tmp_path, data))

    data = _raw()
    data["periods"] = "vietnam"
    with pytest.raises(MappingError, match=r"periods 'vietnam'.*dhis2.*exact"):
        load_mapping(_write(tmp_path, data))

    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(MappingError, match="JSON"):
        load_mapping(path)
    with pytest.raises(MappingError):
        load_mapping(tmp_path / "absent.json")


# --- periods ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("2018-01", "201801"),
        ("2018-12", "201812"),
        ("2018-Q1", "2018Q1"),
        ("2018-Q4", "2018Q4"),
        ("2018-H1", "2018S1"),
        ("2018-H2", "2018S2"),
        ("2025-H2", "2025S2"),
        ("2018", "2018"),
    ],
)
@pytest.mark.parametrize("cutoff", ["nd09", "calendar"])
def test_dhis2_period(code, expected, cutoff):
    assert dhis2_period(parse_period(code, cutoff)) == expected


def test_periods_policy_from_the_mapping(tmp_path):
    data = _raw()
    del data["periods"]
    assert load_mapping(_write(tmp_path, data)).periods == "dhis2"  # absent: DHIS2
    data["periods"] = "exact"
    assert load_mapping(_write(tmp_path, data)).periods == "exact"


def test_nine_months_refused_for_dhis2_naming_what_to_send():
    with pytest.raises(MappingError, match="9 tháng") as exc:
        dhis2_period(parse_period("2018-9M"))
    for code in ("2018-Q1", "2018-Q2", "2018-Q3", "2018-H1", "exact"):
        assert code in str(exc.value)
    with pytest.raises(MappingError, match="9 tháng"):
        to_dhis2(_report("2018-9M"), load_mapping())
    with pytest.raises(MappingError, match="9 tháng"):
        adx_period(parse_period("2018-9M"))
    with pytest.raises(MappingError, match="9 tháng"):
        to_adx(_report("2018-9M", "calendar"), load_mapping())
    with pytest.raises(MappingError, match="Cách ghi kỳ 'dhis'"):
        adx_period(parse_period("2018-01"), "dhis")


@pytest.mark.parametrize(
    ("code", "nd09", "calendar"),
    [
        ("2018-01", "2017-12-15/P1M", "2018-01-01/P1M"),
        ("2018-03", "2018-02-15/P1M", "2018-03-01/P1M"),
        ("2018-Q2", "2018-03-15/P3M", "2018-04-01/P3M"),
        ("2018-H1", "2017-12-15/P6M", "2018-01-01/P6M"),
        ("2025-H2", "2025-06-15/P6M", "2025-07-01/P6M"),
        ("2018-9M", "2017-12-15/P9M", "2018-01-01/P9M"),
        ("2018", "2017-12-15/P1Y", "2018-01-01/P1Y"),
    ],
)
def test_adx_period(code, nd09, calendar):
    assert adx_period(parse_period(code, "nd09"), "exact") == nd09
    assert adx_period(parse_period(code, "calendar"), "exact") == calendar
    if code != "2018-9M":  # the default: the DHIS2 period's calendar start, either cut-off
        assert adx_period(parse_period(code, "nd09")) == calendar
        assert adx_period(parse_period(code, "calendar"), "dhis2") == calendar


@pytest.mark.parametrize(
    ("code", "first", "last"),
    [
        ("2018-01", date(2018, 1, 1), date(2018, 1, 31)),
        ("2018-02", date(2018, 2, 1), date(2018, 2, 28)),
        ("2018-12", date(2018, 12, 1), date(2018, 12, 31)),
        ("2018-Q4", date(2018, 10, 1), date(2018, 12, 31)),
        ("2018-H1", date(2018, 1, 1), date(2018, 6, 30)),
        ("2025-H2", date(2025, 7, 1), date(2025, 12, 31)),
        ("2018", date(2018, 1, 1), date(2018, 12, 31)),
    ],
)
@pytest.mark.parametrize("cutoff", ["nd09", "calendar"])
def test_dhis2_dates(code, first, last, cutoff):
    assert dhis2_dates(parse_period(code, cutoff)) == (first, last)


def test_coverage_says_which_dates_and_which_dhis2_period():
    cov = coverage(parse_period("2018-01", "nd09"))
    assert (cov.start, cov.end) == (date(2017, 12, 15), date(2018, 1, 14))
    assert (cov.filed, cov.filed_start, cov.filed_end) == (
        "201801", date(2018, 1, 1), date(2018, 1, 31))  # fmt: skip
    assert cov.adx == "2018-01-01/P1M" and cov.shifted
    text = coverage_vi(cov)
    assert "từ 15/12/2017 đến 14/01/2018" in text
    assert "kỳ DHIS2 201801 (01/01/2018 đến 31/01/2018)" in text
    same = coverage(parse_period("2018-01", "calendar"), "dhis2")
    assert not same.shifted and same.adx is None and "trùng" in coverage_vi(same)
    exact = coverage(parse_period("2018-9M", "nd09"), "adx", "exact")
    assert exact.filed is None and exact.adx == "2017-12-15/P9M"
    assert "không phải DHIS2" in coverage_vi(exact)


def test_coverage_of_the_second_half_2025():
    cov = coverage(parse_period("2025-H2", "nd09"))
    assert (cov.filed, cov.adx, cov.shifted) == ("2025S2", "2025-07-01/P6M", True)
    text = coverage_vi(cov)
    assert "Số liệu 6 tháng cuối năm 2025 tính từ 15/06/2025 đến 14/12/2025" in text
    assert "kỳ DHIS2 2025S2 (01/07/2025 đến 31/12/2025)" in text
    same = coverage(parse_period("2025-H2", "calendar"), "dhis2")
    assert not same.shifted and "trùng" in coverage_vi(same)


# --- DHIS2 JSON ---------------------------------------------------------------------------


def test_dhis2_json_for_a_month():
    m = load_mapping()
    report = _report("2018-01")
    out = to_dhis2(report, m, complete_date=date(2018, 1, 20))
    json.dumps(out)  # serialisable as is
    assert out["period"] == "201801"
    assert out["orgUnit"] == "HN-HK-CD"
    assert out["orgUnitIdScheme"] == "CODE"
    assert out["completeDate"] == "2018-01-20"
    assert "dataSet" not in out
    rows = out["dataValues"]
    assert len(rows) == len(INDICATORS)
    by_uid = {r["dataElement"]: r for r in rows}
    for ind in INDICATORS:
        row = by_uid[m.data_elements[ind.code]]
        assert row["value"] == str(report.values[ind.code].value)
        assert isinstance(row["value"], str)
        assert row["period"] == "201801"
        assert row["orgUnit"] == "HN-HK-CD"
        assert row["categoryOptionCombo"] == m.category_option_combo
        assert row["attributeOptionCombo"] == m.attribute_option_combo


def test_dhis2_json_with_mapped_org_unit_and_data_set(tmp_path):
    data = _raw()
    data["orgUnits"] = {"HN-HK-CD": "OrgUnit0001"}
    data["dataSet"] = "DataSet0001"
    m = load_mapping(_write(tmp_path, data))
    report = Report(
        "HN-HK-CD",
        "Phường Chương Dương",
        parse_period("2018-Q1"),
        _report().values,
        issued_on=date(2018, 3, 20),
    )
    out = to_dhis2(report, m)
    assert out["dataSet"] == "DataSet0001"
    assert out["orgUnit"] == "OrgUnit0001" and "orgUnitIdScheme" not in out
    assert out["period"] == "2018Q1" and out["completeDate"] == "2018-03-20"
    assert {r["orgUnit"] for r in out["dataValues"]} == {"OrgUnit0001"}


def test_values_as_text():
    values = dict(_report().values)
    values["budget.spent_vnd"] = IndicatorValue("budget.spent_vnd", 1500000.0, 0)
    values["propaganda.sessions"] = IndicatorValue("propaganda.sessions", 2.5, 0)
    report = Report("HN", "Hà Nội", parse_period("2018"), values)
    m = load_mapping()
    rows = {r["dataElement"]: r["value"] for r in to_dhis2(report, m)["dataValues"]}
    assert rows[m.data_elements["budget.spent_vnd"]] == "1500000"
    assert rows[m.data_elements["propaganda.sessions"]] == "2.5"


def test_incomplete_report_refused():
    values = dict(_report().values)
    del values["person.new"]
    report = Report("HN", "Hà Nội", parse_period("2018-01"), values)
    with pytest.raises(MappingError, match=r"person\.new"):
        to_dhis2(report, load_mapping())


# --- ADX ----------------------------------------------------------------------------------


def _adx(report: Report, **kw) -> ET.Element:
    data = to_adx(report, load_mapping(), **kw)
    assert isinstance(data, bytes)
    assert data.startswith(b"<?xml")
    assert b"utf-8" in data.split(b"?>", 1)[0].lower()
    return ET.fromstring(data)


@pytest.mark.parametrize(
    ("cutoff", "dates"),
    [("nd09", "15/12/2017 đến 14/01/2018"), ("calendar", "01/01/2018 đến 31/01/2018")],
)
def test_adx_document(cutoff, dates):
    m = load_mapping()
    report = _report("2018-01", cutoff)
    root = _adx(report, exported=datetime(2018, 1, 20, 9, 30, tzinfo=timezone.utc))
    assert root.tag == f"{{{ADX_NAMESPACE}}}adx"
    assert root.get("exported") == "2018-01-20T09:30:00+00:00"
    groups = root.findall("adx:group", NS)
    assert len(groups) == 1
    group = groups[0]
    assert group.get("orgUnit") == "HN-HK-CD"
    assert group.get("period") == "2018-01-01/P1M"  # DHIS2's January 2018 either way
    assert group.get("dataSet") is None
    data = to_adx(report, m).decode("utf-8")
    note = data.split("<!--", 1)[1].split("-->", 1)[0]
    assert f"từ {dates}" in note and "kỳ DHIS2 201801" in note
    values = {dv.get("dataElement"): dv.get("value") for dv in group.findall("adx:dataValue", NS)}
    assert len(values) == len(INDICATORS)
    assert values == {m.data_elements[code]: str(v.value) for code, v in report.values.items()}


def test_adx_exact_dates_and_nine_months(tmp_path):
    root = _adx(_report("2018-01"), periods="exact")
    assert root.find("adx:group", NS).get("period") == "2017-12-15/P1M"
    root = _adx(_report("2018-9M"), periods="exact")
    assert root.find("adx:group", NS).get("period") == "2017-12-15/P9M"
    with pytest.raises(MappingError):
        to_adx(_report("2018-9M"), load_mapping())
    data = _raw()
    data["periods"] = "exact"  # the mapping's choice, overridable per call
    m = load_mapping(_write(tmp_path, data))
    group = ET.fromstring(to_adx(_report("2018"), m)).find("adx:group", NS)
    assert group.get("period") == "2017-12-15/P1Y"
    group = ET.fromstring(to_adx(_report("2018"), m, periods="dhis2")).find("adx:group", NS)
    assert group.get("period") == "2018-01-01/P1Y"


def test_adx_with_data_set_and_mapped_org_unit(tmp_path):
    data = _raw()
    data["orgUnits"] = {"HN-HK-CD": "OrgUnit0001"}
    data["dataSet"] = "DataSet0001"
    m = load_mapping(_write(tmp_path, data))
    group = ET.fromstring(to_adx(_report(), m)).find("adx:group", NS)
    assert group.get("dataSet") == "DataSet0001"
    assert group.get("orgUnit") == "OrgUnit0001"
