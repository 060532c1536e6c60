"""Indicator values for a national DHIS2 (issue 6, "Interoperability"): a report's period
values as DHIS2 ``dataValueSets`` JSON or as IHE ADX 1.0 XML, through a mapping file
(``resources/exchange/dhis2-mapping.json``) from catalogue codes to DHIS2 UIDs.

Pure: reads the report model, the catalogue and the period rules only; no database, no
services, no Qt.

Periods (issue 12). DHIS2 files figures under its own calendar periods (monthly ``201801``
= 01/01..31/01/2018, quarterly ``2018Q1``, six-monthly ``2018S1``, yearly ``2018``), while
the figures cover the Vietnamese reporting period: under the Decree 09/2019 cut-off
(``nd09``) January 2018 is 15/12/2017..14/01/2018. DHIS2's ADX importer turns an ADX period
``start/duration`` into the DHIS2 period *containing* the start date and refuses six months
or a year that does not start in January, so the exact ``2017-12-15/P1M`` would land in
December 2017. The mapping file's ``"periods"`` key chooses the ADX period policy:

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
"""

from __future__ import annotations

import json
import math
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from pcmd_desktop.domain.indicators import BY_CODE, INDICATORS
from pcmd_desktop.domain.periods import Period, format_date_vi
from pcmd_desktop.reports.model import Number, Report
from pcmd_desktop.resources import resource_path

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
DEFAULT_MAPPING = "exchange/dhis2-mapping.json"  # inside resources/
MAPPING_VERSION = 1
PERIOD_POLICIES = ("dhis2", "exact")
DEFAULT_PERIODS = "dhis2"

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
    periods: str = DEFAULT_PERIODS

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
    periods = data.get("periods", DEFAULT_PERIODS)
    if periods not in PERIOD_POLICIES:
        raise _fail(
            where,
            f"periods '{periods}' không được hỗ trợ (chọn: \"dhis2\" - kỳ lịch của DHIS2, "
            'mặc định; "exact" - đúng ngày của kỳ báo cáo, cho hệ thống nhận không phải DHIS2)',
        )
    return Mapping(data_elements, coc, aoc, org_units, str(scheme), data_set,
                   MAPPING_VERSION, str(periods))  # fmt: skip


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


def _check_periods(periods: str) -> str:
    if periods not in PERIOD_POLICIES:
        raise MappingError(
            f"Cách ghi kỳ '{periods}' không hợp lệ; chọn: {', '.join(PERIOD_POLICIES)}."
        )
    return periods


def dhis2_period(period: Period) -> str:
    """The DHIS2 period ISO code: monthly ``201801``, quarterly ``2018Q1``, six-monthly
    ``2018S1``, yearly ``2018`` - the DHIS2 period of the same type and position, whose
    calendar dates (:func:`dhis2_dates`) may differ from the figures' (under ``nd09``
    January 2018 is 15/12/2017..14/01/2018). Nine months has no DHIS2 period type:
    MappingError naming the periods to send instead."""
    if period.kind == "month":
        return f"{period.year:04d}{period.code[5:7]}"
    if period.kind == "quarter":
        return f"{period.year:04d}Q{period.code[-1]}"
    if period.kind == "half":
        return f"{period.year:04d}S1"
    if period.kind == "year":
        return f"{period.year:04d}"
    if period.kind == "nine_months":
        y = period.year
        raise MappingError(
            f"Kỳ {period.name_vi} ({period.code}) không gửi được sang DHIS2: DHIS2 không có "
            f"loại kỳ 9 tháng. Hãy xuất và gửi ba quý {y}-Q1, {y}-Q2 và {y}-Q3 (hoặc 6 tháng "
            f"đầu năm {y}-H1 và quý {y}-Q3). Chỉ khi bên nhận không phải DHIS2 mới xuất ADX "
            'ghi đúng ngày ("periods": "exact" trong tệp ánh xạ, hoặc --periods exact).'
        )
    raise MappingError(f"Loại kỳ '{period.kind}' không chuyển được sang DHIS2.")


def dhis2_dates(period: Period) -> tuple[date, date]:
    """First and last calendar day of the DHIS2 period :func:`dhis2_period` names."""
    code = dhis2_period(period)  # refuses nine months
    if period.kind == "month":
        first, months = date(period.year, int(code[4:6]), 1), 1
    elif period.kind == "quarter":
        first, months = date(period.year, 3 * int(code[-1]) - 2, 1), 3
    else:
        first, months = date(period.year, 1, 1), 6 if period.kind == "half" else 12
    n = first.month - 1 + months
    return first, date(first.year + n // 12, n % 12 + 1, 1) - timedelta(days=1)


def adx_period(period: Period, periods: str = DEFAULT_PERIODS) -> str:
    """The ADX period, start date / ISO duration. ``"dhis2"``: the DHIS2 period's calendar
    start (``2018-01-01/P1M`` for January 2018 under either cut-off), which DHIS2's ADX
    importer files under that very period; nine months refused. ``"exact"``: the reporting
    period's own start (``2017-12-15/P1M`` under ``nd09``), for receivers other than DHIS2."""
    if period.kind not in _ADX_DURATION:
        raise MappingError(f"Loại kỳ '{period.kind}' không chuyển được sang ADX.")
    start = period.start if _check_periods(periods) == "exact" else dhis2_dates(period)[0]
    return f"{start.isoformat()}/{_ADX_DURATION[period.kind]}"


@dataclass(frozen=True)
class Coverage:
    """Which dates an export's figures cover (`start`..`end`, the reporting period) and
    where the receiver files them: `filed` the DHIS2 period code (None for an ``"exact"``
    ADX), `filed_start`..`filed_end` its calendar dates; `adx` the ADX period (None: JSON)."""

    period: Period
    start: date
    end: date
    filed: str | None
    filed_start: date | None
    filed_end: date | None
    adx: str | None

    @property
    def shifted(self) -> bool:
        """Whether the receiver files the figures under dates other than theirs."""
        return self.filed is not None and (self.filed_start, self.filed_end) != (
            self.start, self.end)  # fmt: skip


def coverage(period: Period, fmt: str = "adx", periods: str = DEFAULT_PERIODS) -> Coverage:
    """What an export of `period` as `fmt` (``adx`` or ``dhis2``) covers under the period
    policy `periods` (the JSON always uses DHIS2 periods). MappingError as the export would
    raise it (nine months for DHIS2)."""
    if fmt not in ("adx", "dhis2"):
        raise MappingError(f"Định dạng '{fmt}' không phải adx hoặc dhis2.")
    adx = adx_period(period, periods) if fmt == "adx" else None  # checks the policy
    if fmt == "adx" and periods == "exact":
        return Coverage(period, period.start, period.end, None, None, None, adx)
    first, last = dhis2_dates(period)
    return Coverage(period, period.start, period.end, dhis2_period(period), first, last, adx)


_CUTOFF_VI = {"nd09": "cách tính kỳ theo Nghị định 09/2019", "calendar": "theo tháng dương lịch"}


def coverage_vi(cov: Coverage) -> str:
    """One Vietnamese sentence: the dates the figures cover and the DHIS2 period they are
    filed under (or, for an exact ADX, that the file carries those dates as they are)."""
    p = cov.period
    head = (
        f"Số liệu {p.name_vi} tính từ {format_date_vi(cov.start)} đến "
        f"{format_date_vi(cov.end)} ({_CUTOFF_VI.get(p.cutoff, p.cutoff)})"
    )
    if cov.filed is None:
        return (f"{head}; tệp ADX ghi đúng các ngày này ({cov.adx}), không theo kỳ của "
                "DHIS2: chỉ dùng cho hệ thống nhận không phải DHIS2.")  # fmt: skip
    start, end = format_date_vi(cov.filed_start), format_date_vi(cov.filed_end)
    where = f"kỳ DHIS2 {cov.filed} ({start} đến {end})"
    if cov.shifted:
        return f"{head}; được nộp vào {where}: DHIS2 ghi các số liệu này cho kỳ đó."
    return f"{head}; được nộp vào {where}, trùng các ngày của số liệu."


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
