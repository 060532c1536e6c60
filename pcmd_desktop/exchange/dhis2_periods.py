"""Periods for DHIS2: the DHIS2 period code and calendar dates of a reporting period, the
ADX period under the mapping's policy, and which dates an export's figures cover (the
policy is explained in :mod:`pcmd_desktop.exchange.interop`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from pcmd_desktop.domain.periods import Period, format_date_vi
from pcmd_desktop.exchange.dhis2_mapping import DEFAULT_PERIODS, PERIOD_POLICIES, MappingError

_ADX_DURATION = {
    "month": "P1M",
    "quarter": "P3M",
    "half": "P6M",
    "nine_months": "P9M",
    "year": "P1Y",
}


def _check_periods(periods: str) -> str:
    if periods not in PERIOD_POLICIES:
        raise MappingError(
            f"Cách ghi kỳ '{periods}' không hợp lệ; chọn: {', '.join(PERIOD_POLICIES)}."
        )
    return periods


def dhis2_period(period: Period) -> str:
    """The DHIS2 period ISO code: monthly ``201801``, quarterly ``2018Q1``, six-monthly
    ``2018S1`` (H1) and ``2018S2`` (H2), yearly ``2018`` - the DHIS2 period of the same type
    and position, whose calendar dates (:func:`dhis2_dates`) may differ from the figures'
    (under ``nd09`` January 2018 is 15/12/2017..14/01/2018). Nine months has no DHIS2 period type:
    MappingError naming the periods to send instead."""
    if period.kind == "month":
        return f"{period.year:04d}{period.code[5:7]}"
    if period.kind == "quarter":
        return f"{period.year:04d}Q{period.code[-1]}"
    if period.kind == "half":
        return f"{period.year:04d}S{period.code[-1]}"
    if period.kind == "year":
        return f"{period.year:04d}"
    if period.is_adhoc:
        raise MappingError(
            f"Báo cáo đột xuất {period.name_vi} không gửi được sang DHIS2: DHIS2 không có "
            "loại kỳ theo khoảng ngày tự chọn, và tệp JSON của DHIS2 luôn ghi kỳ DHIS2. Hãy "
            "gửi các kỳ tháng, quý hoặc năm; chỉ khi bên nhận không phải DHIS2 mới xuất ADX "
            'ghi đúng ngày (--format adx --periods exact, hoặc "periods": "exact" '
            "trong tệp ánh xạ)."
        )
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
    elif period.kind == "half":  # S1 01/01..30/06, S2 01/07..31/12
        first, months = date(period.year, 6 * int(code[-1]) - 5, 1), 6
    else:
        first, months = date(period.year, 1, 1), 12
    n = first.month - 1 + months
    return first, date(first.year + n // 12, n % 12 + 1, 1) - timedelta(days=1)


def adx_period(period: Period, periods: str = DEFAULT_PERIODS) -> str:
    """The ADX period, start date / ISO duration. ``"dhis2"``: the DHIS2 period's calendar
    start (``2018-01-01/P1M`` for January 2018, ``2025-07-01/P6M`` for H2 2025, under either
    cut-off), which DHIS2's ADX importer files under that very period; nine months refused.
    ``"exact"``: the reporting period's own start (``2017-12-15/P1M``, H2 2025
    ``2025-06-15/P6M`` under ``nd09``), for receivers other than DHIS2; an ad hoc range
    only so, as its first day and its length in days (``2018-03-05/P37D`` for
    05/03/2018..10/04/2018, both included); under ``"dhis2"`` it is refused."""
    if period.is_adhoc:
        if _check_periods(periods) != "exact":
            dhis2_period(period)  # refuses, saying what to do
        return f"{period.start.isoformat()}/P{(period.end - period.start).days + 1}D"
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
    if p.is_adhoc:  # the days as chosen: the cut-off does not move them
        head = (
            f"Số liệu báo cáo đột xuất từ {format_date_vi(cov.start)} đến {format_date_vi(cov.end)}"
        )
    if cov.filed is None:
        return (f"{head}; tệp ADX ghi đúng các ngày này ({cov.adx}), không theo kỳ của "
                "DHIS2: chỉ dùng cho hệ thống nhận không phải DHIS2.")  # fmt: skip
    start, end = format_date_vi(cov.filed_start), format_date_vi(cov.filed_end)
    where = f"kỳ DHIS2 {cov.filed} ({start} đến {end})"
    if cov.shifted:
        return f"{head}; được nộp vào {where}: DHIS2 ghi các số liệu này cho kỳ đó."
    return f"{head}; được nộp vào {where}, trùng các ngày của số liệu."
