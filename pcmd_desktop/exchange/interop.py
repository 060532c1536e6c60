"""Indicator values for a national DHIS2 (issue 6, "Interoperability"): a report's period
values as DHIS2 ``dataValueSets`` JSON or as IHE ADX 1.0 XML, through a mapping file
(``resources/exchange/dhis2-mapping.json``) from catalogue codes to DHIS2 UIDs.

Pure: reads the report model, the catalogue and the period rules only; no database, no
services, no Qt.

Periods (issue 12). DHIS2 files figures under its own calendar periods (monthly ``201801``
= 01/01..31/01/2018, quarterly ``2018Q1``, six-monthly ``2018S1`` and ``2018S2``, yearly
``2018``), while the figures cover the Vietnamese reporting period: under the Decree
09/2019 cut-off (``nd09``) January 2018 is 15/12/2017..14/01/2018. DHIS2's ADX importer
turns an ADX period ``start/duration`` into the DHIS2 period *containing* the start date
and refuses six months not starting in January or July and a year not starting in
January, so the exact ``2017-12-15/P1M`` would land in December 2017. The mapping file's
``"periods"`` key chooses the ADX period policy:

- ``"dhis2"`` (the default): the DHIS2 period of the same type and position, written by its
  calendar start (``2018-01-01/P1M``); the figures still cover the Vietnamese dates, which
  :func:`coverage` states (the CLI and the window show it) and the ADX says in a comment;
- ``"exact"``: the Vietnamese start date and the ISO duration (``2017-12-15/P1M``), for a
  receiver that is not DHIS2 and reads ADX periods as given.

The JSON always carries DHIS2 period codes (``"periods"`` does not apply to it). Nine
months (``2018-9M``) has no DHIS2 period type: refused under ``"dhis2"``, naming the
quarters to send instead.

Org units. ``orgUnits`` maps unit codes to DHIS2 org unit UIDs; a unit not in it is sent by
its own code, and the JSON then says ``"orgUnitIdScheme": "CODE"``. For ADX, which has no
place for that, import with ``POST /api/dataValueSets?orgUnitIdScheme=CODE`` (content type
``application/adx+xml``).

The mapping file is read by :mod:`~pcmd_desktop.exchange.dhis2_mapping`, the periods
worked out by :mod:`~pcmd_desktop.exchange.dhis2_periods`; both are re-exported here.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from datetime import date, datetime, timezone

from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.exchange.dhis2_mapping import (
    DEFAULT_MAPPING,
    DEFAULT_PERIODS,
    MAPPING_VERSION,
    PERIOD_POLICIES,
    Mapping,
    MappingError,
    is_uid,
    load_mapping,
)
from pcmd_desktop.exchange.dhis2_periods import (
    Coverage,
    adx_period,
    coverage,
    coverage_vi,
    dhis2_dates,
    dhis2_period,
)
from pcmd_desktop.reports.model import Number, Report

__all__ = [
    "ADX_NAMESPACE",
    "DEFAULT_MAPPING",
    "DEFAULT_PERIODS",
    "MAPPING_VERSION",
    "PERIOD_POLICIES",
    "Coverage",
    "Mapping",
    "MappingError",
    "adx_period",
    "coverage",
    "coverage_vi",
    "dhis2_dates",
    "dhis2_period",
    "is_uid",
    "load_mapping",
    "to_adx",
    "to_dhis2",
]

ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"


def _value_text(code: str, value: Number) -> str:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise MappingError(f"Giá trị của chỉ tiêu {code} không phải là số: {value!r}.")
    if isinstance(value, float):
        if not math.isfinite(value):
            raise MappingError(f"Giá trị của chỉ tiêu {code} không hợp lệ: {value!r}.")
        if value.is_integer():
            return str(int(value))
    return str(value)


def _period_values(report: Report, mapping: Mapping) -> list[tuple[str, str]]:
    """(data element UID, value text) of every catalogue code, in catalogue order."""
    missing = [i.code for i in INDICATORS if i.code not in report.values]
    if missing:
        raise MappingError(
            f"Báo cáo {report.unit_code} kỳ {report.period.code} thiếu chỉ tiêu: "
            f"{', '.join(missing)}."
        )
    unmapped = [c for c in report.values if c not in mapping.data_elements]
    if unmapped:
        raise MappingError(f"Tệp ánh xạ DHIS2 chưa ánh xạ chỉ tiêu: {', '.join(unmapped)}.")
    return [
        (mapping.data_elements[i.code], _value_text(i.code, report.values[i.code].value))
        for i in INDICATORS
    ]


def to_dhis2(report: Report, mapping: Mapping, *, complete_date: date | None = None) -> dict:
    """The report's period values (not year-to-date: DHIS2 adds periods up itself) as a
    DHIS2 ``dataValueSets`` JSON object, every catalogue indicator, values as strings.
    completeDate: `complete_date`, else the report's issue date, else today."""
    period = dhis2_period(report.period)
    org_unit, by_code = mapping.org_unit(report.unit_code)
    done = complete_date or report.issued_on or date.today()
    out: dict = {}
    if mapping.data_set:
        out["dataSet"] = mapping.data_set
    out.update(
        {
            "period": period,
            "orgUnit": org_unit,
            "completeDate": done.isoformat(),
        }
    )
    if by_code:
        out["orgUnitIdScheme"] = "CODE"
    out["dataValues"] = [
        {
            "dataElement": uid,
            "period": period,
            "orgUnit": org_unit,
            "categoryOptionCombo": mapping.category_option_combo,
            "attributeOptionCombo": mapping.attribute_option_combo,
            "value": text,
        }
        for uid, text in _period_values(report, mapping)
    ]
    return out


def to_adx(
    report: Report,
    mapping: Mapping,
    *,
    exported: datetime | None = None,
    periods: str | None = None,
) -> bytes:
    """The report's period values as IHE ADX 1.0 XML (UTF-8, with XML declaration): one
    ``group`` (orgUnit, period as start date/duration, dataSet when mapped) holding a
    comment with the figures' dates (:func:`coverage_vi`; comments leave the document valid
    and DHIS2 ignores them) and one ``dataValue`` per catalogue indicator. The default
    combos need no disaggregation attributes. `exported` defaults to now (UTC); `periods`
    (default: the mapping's, see :func:`adx_period`)."""
    policy = periods or mapping.periods
    cov = coverage(report.period, "adx", policy)
    org_unit, _by_code = mapping.org_unit(report.unit_code)
    values = _period_values(report, mapping)
    stamp = (exported or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    ns = f"{{{ADX_NAMESPACE}}}"
    root = ET.Element(f"{ns}adx", {"exported": stamp})
    attrs = {"orgUnit": org_unit, "period": str(cov.adx)}
    if mapping.data_set:
        attrs["dataSet"] = mapping.data_set
    group = ET.SubElement(root, f"{ns}group", attrs)
    note = f"PCMD {report.unit_code} {report.period.code}: {coverage_vi(cov)}"
    group.append(ET.Comment(" " + note.replace("--", "-") + " "))
    for uid, text in values:
        ET.SubElement(group, f"{ns}dataValue", {"dataElement": uid, "value": text})
    ET.indent(root)
    # ElementTree's default_namespace option refuses unqualified attributes; registering
    # the empty prefix for the ADX namespace gives the same default-namespace document.
    ET.register_namespace("", ADX_NAMESPACE)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
