"""Issue 12: the ADX export is valid against the IHE ADX profile's adx_loose.xsd
(tests/data/adx/, with its source), for every period kind under both cut-offs, and DHIS2's
ADX importer would file it under the intended DHIS2 period."""

from __future__ import annotations

import re
from datetime import date, datetime, timezone
from pathlib import Path

import pytest
import xmlschema

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.domain.periods import CUTOFFS, parse_period
from pcmd_desktop.exchange.interop import (
    MappingError,
    adx_period,
    dhis2_period,
    load_mapping,
    to_adx,
)
from pcmd_desktop.reports.model import IndicatorValue, Report

SCHEMA_FILE = Path(__file__).parents[1] / "data" / "adx" / "adx_loose.xsd"
MONTHS = [f"2018-{m:02d}" for m in range(1, 13)]
QUARTERS = [f"2018-Q{q}" for q in range(1, 5)]
DHIS2_CODES = [*MONTHS, *QUARTERS, "2018-H1", "2018-H2", "2018"]  # every kind DHIS2 has a type for


class Refused(Exception):
    """DHIS2's ADX importer would refuse the period."""


@pytest.fixture(scope="module")
def schema() -> xmlschema.XMLSchema:
    return xmlschema.XMLSchema(str(SCHEMA_FILE))


def _report(code: str, cutoff: str) -> Report:
    values = {
        ind.code: IndicatorValue(ind.code, n * 3 + 0.5 * (n % 2), n, None)
        for n, ind in enumerate(INDICATORS)
    }
    return Report("00067", "Phường Chương Dương", parse_period(code, cutoff), values)


def dhis2_reads(adx: str) -> str:
    """The DHIS2 period DHIS2's ADX importer derives from an ADX period: the period of the
    type the duration names that *contains* the start date (months and quarters), six
    months and years only from a month that starts such a period type (January or July;
    April/July/October open DHIS2's financial types, never the plain ``2018``/``2018S1``)."""
    start_text, duration = adx.split("/")
    start = date.fromisoformat(start_text)
    y, m = start.year, start.month
    if duration == "P1M":
        return f"{y}{m:02d}"
    if duration == "P3M":
        return f"{y}Q{(m - 1) // 3 + 1}"
    if duration == "P6M" and m in (1, 7):
        return f"{y}S{1 if m == 1 else 2}"
    if duration == "P6M" and m in (4, 10):
        return f"{y}AprilS{1 if m == 4 else 2}"
    if duration == "P1Y" and m in (1, 4, 7, 10):
        return {1: f"{y}", 4: f"{y}April", 7: f"{y}July", 10: f"{y}Oct"}[m]
    raise Refused(adx)


def _group(schema: xmlschema.XMLSchema, data: bytes) -> dict:
    schema.validate(data.decode("utf-8"))  # raises XMLSchemaValidationError with the fault
    doc = schema.to_dict(data.decode("utf-8"))
    (group,) = doc["group"]
    return group


def test_schema_is_the_ihe_one_and_rejects_a_bad_document(schema):
    head = SCHEMA_FILE.read_text(encoding="utf-8")[:1500]
    assert "dhis2/adx" in head and "IHE" in head
    assert schema.target_namespace == "urn:ihe:qrph:adx:2015"
    bad = (
        '<adx xmlns="urn:ihe:qrph:adx:2015" exported="2018-01-20T09:30:00Z">'
        '<group orgUnit="X" period="201801"><dataValue dataElement="a" value="1"/>'
        "</group></adx>"
    )
    assert not schema.is_valid(bad)  # a DHIS2 period code is not an ADX period
    assert not schema.is_valid(bad.replace("201801", "2018-02-30/P1M"))
    assert schema.is_valid(bad.replace("201801", "2018-02-01/P1M"))


@pytest.mark.parametrize("cutoff", CUTOFFS)
@pytest.mark.parametrize("code", DHIS2_CODES)
def test_default_adx_valid_and_filed_under_the_intended_dhis2_period(schema, code, cutoff):
    report = _report(code, cutoff)
    mapping = load_mapping()
    data = to_adx(report, mapping, exported=datetime(2019, 1, 20, 9, 30, tzinfo=timezone.utc))
    group = _group(schema, data)
    intended = dhis2_period(report.period)
    assert dhis2_reads(group["@period"]) == intended
    # ... and it starts on that DHIS2 period's first day, for the period's whole length.
    assert group["@period"] == adx_period(report.period)
    start = date.fromisoformat(group["@period"].split("/")[0])
    assert start.day == 1
    assert len(group["dataValue"]) == len(INDICATORS)
    by_uid = {dv["@dataElement"]: dv["@value"] for dv in group["dataValue"]}
    for ind in INDICATORS:
        assert float(by_uid[mapping.data_elements[ind.code]]) == report.values[ind.code].value
    # The comment says which dates the figures cover (the report's own period).
    p = report.period
    note = data.decode("utf-8").split("<!--", 1)[1].split("-->", 1)[0]
    assert f"từ {p.start:%d/%m/%Y} đến {p.end:%d/%m/%Y}" in note
    assert f"kỳ DHIS2 {intended}" in note


@pytest.mark.parametrize("cutoff", CUTOFFS)
@pytest.mark.parametrize("code", [*DHIS2_CODES, "2018-9M"])
def test_exact_adx_valid_and_carries_the_reporting_dates(schema, code, cutoff):
    report = _report(code, cutoff)
    group = _group(schema, to_adx(report, load_mapping(), periods="exact"))
    start, duration = group["@period"].split("/")
    assert date.fromisoformat(start) == report.period.start
    assert re.fullmatch(r"P(1M|3M|6M|9M|1Y)", duration)


def test_exact_nd09_periods_are_what_dhis2_misfiles_or_refuses():
    """Why "dhis2" is the default: the exact nd09 dates land a month early or are refused."""
    assert dhis2_reads(adx_period(parse_period("2018-01", "nd09"), "exact")) == "201712"
    assert dhis2_reads(adx_period(parse_period("2018-Q2", "nd09"), "exact")) == "2018Q1"
    for code in ("2018-H1", "2018-H2", "2018", "2018-9M"):
        with pytest.raises(Refused):
            dhis2_reads(adx_period(parse_period(code, "nd09"), "exact"))


@pytest.mark.parametrize("cutoff", CUTOFFS)
def test_nine_months_refused_by_default(cutoff):
    with pytest.raises(MappingError, match=r"9 tháng.*2018-Q1, 2018-Q2 và 2018-Q3"):
        to_adx(_report("2018-9M", cutoff), load_mapping())
