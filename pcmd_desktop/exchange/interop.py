"""Indicator values for a national DHIS2 (issue 6, "Interoperability"): a report's period
values as DHIS2 ``dataValueSets`` JSON or as IHE ADX 1.0 XML, through a mapping file
(``resources/exchange/dhis2-mapping.json``) from catalogue codes to DHIS2 UIDs.

Pure: reads the report model, the catalogue and the period rules only; no database, no
services, no Qt.

Periods. DHIS2 receives the period *type* (monthly ``201801``, quarterly ``2018Q1``,
six-monthly ``2018S1``, yearly ``2018``) while the dates are those of the Vietnamese reporting
period: under the Decree 09/2019 cut-off (``nd09``) January 2018 is 15/12/2017..14/01/2018,
not the calendar month, and the year 2018 is 15/12/2017..14/12/2018. The JSON carries only
the DHIS2 period code; the ADX carries the exact start date and an ISO duration
(``2017-12-15/P1M``). Beware: DHIS2's own ADX importer turns a start date into the DHIS2
period *containing* it, so ``2017-12-15/P1M`` lands in December 2017 there, and
``2017-12-15/P6M`` or ``/P1Y`` are refused. For an ADX meant for DHIS2 under ``nd09`` pass
``calendar_dates=True`` to :func:`to_adx`, which writes the DHIS2 period's calendar start
(``2018-01-01/P1M``) instead. Nine months (``2018-9M``) has no DHIS2 period type.

Org units. ``orgUnits`` maps unit codes to DHIS2 org unit UIDs; a unit not in it is sent by
its own code, and the JSON then says ``"orgUnitIdScheme": "CODE"``. For ADX, which has no
place for that, import with ``POST /api/dataValueSets?orgUnitIdScheme=CODE`` (content type
``application/adx+xml``).
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path

from pcmd_desktop.domain.indicators import BY_CODE, INDICATORS
from pcmd_desktop.domain.periods import Period
from pcmd_desktop.reports.model import Number, Report
from pcmd_desktop.resources import resource_path

__all__ = [
    "ADX_NAMESPACE",
    "DEFAULT_MAPPING",
    "MAPPING_VERSION",
    "Mapping",
    "MappingError",
    "adx_period",
    "dhis2_period",
    "is_uid",
    "load_mapping",
    "to_adx",
    "to_dhis2",
]

ADX_NAMESPACE = "urn:ihe:qrph:adx:2015"
DEFAULT_MAPPING = "exchange/dhis2-mapping.json"  # inside resources/
MAPPING_VERSION = 1

_UID = re.compile(r"[A-Za-z][A-Za-z0-9]{10}", re.ASCII)
_ADX_DURATION = {
    "month": "P1M",
    "quarter": "P3M",
    "half": "P6M",
    "nine_months": "P9M",
    "year": "P1Y",
}
_ID_SCHEMES = ("UID",)


class MappingError(ValueError):
    """A mapping file, or a period or report the mapping cannot carry; Vietnamese message."""


def is_uid(text: object) -> bool:
    """Whether `text` is a well-formed DHIS2 UID: 11 characters [A-Za-z0-9], a letter first."""
    return isinstance(text, str) and _UID.fullmatch(text) is not None


@dataclass(frozen=True)
class Mapping:
    """Catalogue code -> DHIS2 data element UID, the default combos, unit code -> org unit
    UID (missing units go by code) and, optionally, the DHIS2 data set UID."""

    data_elements: dict[str, str]
    category_option_combo: str
    attribute_option_combo: str
    org_units: dict[str, str] = field(default_factory=dict)
    id_scheme: str = "UID"
    data_set: str | None = None
    version: int = MAPPING_VERSION

    def org_unit(self, unit_code: str) -> tuple[str, bool]:
        """The orgUnit identifier for `unit_code` and whether it is the unit's code
        (idScheme CODE) rather than a mapped UID."""
        uid = self.org_units.get(unit_code)
        return (uid, False) if uid else (unit_code, True)


def _fail(where: Path | str, fault: str) -> MappingError:
    return MappingError(f"Tệp ánh xạ DHIS2 '{where}' không hợp lệ: {fault}.")


def _uid(where: Path | str, value: object, what: str) -> str:
    if not is_uid(value):
        raise _fail(
            where,
            f"{what} có UID '{value}' sai dạng (cần 11 ký tự chữ hoặc số không dấu, "
            "bắt đầu bằng chữ cái)",
        )
    return str(value)


def _mapping_from(data: object, where: Path | str) -> Mapping:
    if not isinstance(data, dict):
        raise _fail(where, "nội dung phải là một đối tượng JSON")
    if data.get("version") != MAPPING_VERSION:
        raise _fail(
            where,
            f"phiên bản '{data.get('version')}' không được hỗ trợ (cần {MAPPING_VERSION})",
        )
    scheme = data.get("idScheme", "UID")
    if scheme not in _ID_SCHEMES:
        raise _fail(where, f"idScheme '{scheme}' không được hỗ trợ (chỉ dùng: UID)")

    elements = data.get("dataElements")
    if not isinstance(elements, dict):
        raise _fail(where, "thiếu mục dataElements (mã chỉ tiêu -> UID phần tử dữ liệu)")
    unknown = [c for c in elements if c not in BY_CODE]
    if unknown:
        raise _fail(where, f"mã chỉ tiêu không có trong danh mục: {', '.join(unknown)}")
    missing = [i.code for i in INDICATORS if i.code not in elements]
    if missing:
        raise _fail(where, f"chưa ánh xạ chỉ tiêu: {', '.join(missing)}")
    data_elements: dict[str, str] = {}
    seen: dict[str, str] = {}
    for ind in INDICATORS:
        uid = _uid(where, elements[ind.code], f"chỉ tiêu {ind.code}")
        if uid in seen:
            raise _fail(where, f"chỉ tiêu {seen[uid]} và {ind.code} cùng UID '{uid}'")
        seen[uid] = ind.code
        data_elements[ind.code] = uid

    coc = _uid(where, data.get("categoryOptionCombo"), "categoryOptionCombo")
    aoc = _uid(where, data.get("attributeOptionCombo"), "attributeOptionCombo")

    units = data.get("orgUnits", {})
    if not isinstance(units, dict):
        raise _fail(where, "orgUnits phải là một đối tượng (mã đơn vị -> UID)")
    org_units = {str(u): _uid(where, v, f"đơn vị {u}") for u, v in units.items()}

    data_set = data.get("dataSet")
    if data_set is not None:
        data_set = _uid(where, data_set, "dataSet")
    return Mapping(data_elements, coc, aoc, org_units, str(scheme), data_set, MAPPING_VERSION)


def load_mapping(path: Path | None = None) -> Mapping:
    """The mapping at `path` (default: resources/exchange/dhis2-mapping.json), checked:
    every catalogue code mapped to a distinct well-formed UID, no unknown code, well-formed
    combo, org unit and data set UIDs. MappingError naming the fault otherwise."""
    where = Path(path) if path is not None else resource_path(DEFAULT_MAPPING)
    try:
        text = where.read_text(encoding="utf-8")
    except OSError as exc:
        raise MappingError(f"Không đọc được tệp ánh xạ DHIS2 '{where}': {exc}.") from exc
    try:
        data = json.loads(text)
    except ValueError as exc:
        raise _fail(where, f"không phải JSON hợp lệ ({exc})") from exc
    return _mapping_from(data, where)


def dhis2_period(period: Period) -> str:
    """The DHIS2 period ISO code: monthly ``201801``, quarterly ``2018Q1``, six-monthly
    ``2018S1``, yearly ``2018``.

    DHIS2 receives the period type and the reporting year's position only; the dates are
    the Vietnamese reporting period's (under ``nd09`` January 2018 is 15/12/2017..14/01/2018),
    which DHIS2 cannot express - the ADX (:func:`to_adx`) carries them exactly. Nine months
    has no DHIS2 period type: MappingError."""
    if period.kind == "month":
        return f"{period.year:04d}{period.code[5:7]}"
    if period.kind == "quarter":
        return f"{period.year:04d}Q{period.code[-1]}"
    if period.kind == "half":
        return f"{period.year:04d}S1"
    if period.kind == "year":
        return f"{period.year:04d}"
    if period.kind == "nine_months":
        raise MappingError(
            f"Kỳ {period.name_vi} ({period.code}) không có loại kỳ tương ứng trong DHIS2 "
            "(DHIS2 không có kỳ 9 tháng); hãy gửi các tháng hoặc các quý."
        )
    raise MappingError(f"Loại kỳ '{period.kind}' không chuyển được sang DHIS2.")


def _calendar_start(period: Period) -> date:
    """The calendar first day of the DHIS2 period of the same type and position."""
    if period.kind == "month":
        return date(period.year, int(period.code[5:7]), 1)
    if period.kind == "quarter":
        return date(period.year, 3 * int(period.code[-1]) - 2, 1)
    return date(period.year, 1, 1)


def adx_period(period: Period, calendar_dates: bool = False) -> str:
    """The ADX period: ISO start date / duration, e.g. ``2017-12-15/P1M`` for January 2018
    under ``nd09`` and ``2018-01-01/P1M`` under the calendar cut-off. With `calendar_dates`
    the start is the DHIS2 period's calendar start (for DHIS2's ADX importer, which files a
    start date under the DHIS2 period containing it); nine months then has no DHIS2 type."""
    if period.kind not in _ADX_DURATION:
        raise MappingError(f"Loại kỳ '{period.kind}' không chuyển được sang ADX.")
    start = period.start
    if calendar_dates:
        dhis2_period(period)  # refuses nine months
        start = _calendar_start(period)
    return f"{start.isoformat()}/{_ADX_DURATION[period.kind]}"


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
    calendar_dates: bool = False,
) -> bytes:
    """The report's period values as IHE ADX 1.0 XML (UTF-8, with XML declaration): one
    ``group`` (orgUnit, period as start date/duration, dataSet when mapped) holding one
    ``dataValue`` per catalogue indicator. The default combos need no disaggregation
    attributes. `exported` defaults to now (UTC); `calendar_dates`: see :func:`adx_period`."""
    period = adx_period(report.period, calendar_dates)
    org_unit, _by_code = mapping.org_unit(report.unit_code)
    stamp = (exported or datetime.now(timezone.utc)).replace(microsecond=0).isoformat()
    ns = f"{{{ADX_NAMESPACE}}}"
    root = ET.Element(f"{ns}adx", {"exported": stamp})
    attrs = {"orgUnit": org_unit, "period": period}
    if mapping.data_set:
        attrs["dataSet"] = mapping.data_set
    group = ET.SubElement(root, f"{ns}group", attrs)
    for uid, text in _period_values(report, mapping):
        ET.SubElement(group, f"{ns}dataValue", {"dataElement": uid, "value": text})
    ET.indent(root)
    # ElementTree's default_namespace option refuses unqualified attributes; registering
    # the empty prefix for the ADX namespace gives the same default-namespace document.
    ET.register_namespace("", ADX_NAMESPACE)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
