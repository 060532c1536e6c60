"""Reporting periods (DESIGN.md section 4) and Vietnamese date formats.

Period codes: ``2018-01`` (month), ``2018-Q1``..``2018-Q4`` (quarter), ``2018-H1`` (6 tháng
đầu năm, months 1..6) and ``2018-H2`` (6 tháng cuối năm, months 7..12; both kind ``half``),
``2018-9M`` (9 tháng đầu năm), ``2018`` (year). The second half-year is a period of its own
since the 2025 reform (in force 1 July 2025): "6 tháng cuối năm 2025".

Ad hoc periods (báo cáo đột xuất, kind ``adhoc``): any first..last day, both included,
coded ``2018-03-05..2018-04-10`` (ISO first day, two dots, ISO last day; the code
round-trips through `parse_period`). The cut-off does not move the range; it decides the
reporting year, which is the year of the range's *last* day (under ``nd09`` 20/12/2018
belongs to 2019), and so the year to date: from that reporting year's first day to the
range's last day, and the plan targets of that year. A range that starts before that
first day spans two reporting years (`Period.spans_years`): its year to date is still that
of the last day's year, shorter than the range itself, and the printed form says so.
`adhoc_period` reads the two days as typed (dd/mm/yyyy or yyyy-mm-dd) and refuses a
malformed day, a first day after the last and a last day after today, each message naming
the field (``Từ ngày``/``Đến ngày`` in the window, ``--from``/``--to`` on the command line).

Cut-offs:

- ``nd09`` (default, Decree 09/2019/NĐ-CP): a month runs from the 15th of the previous
  month to the 14th of the month, so the year 2018 is 15/12/2017..14/12/2018 and every
  longer period runs from its first month's start to its last month's end;
- ``calendar``: calendar months, the year 01/01..31/12.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

__all__ = [
    "ADHOC",
    "CUTOFFS",
    "DEFAULT_CUTOFF",
    "KINDS",
    "MAX_YEAR",
    "MIN_YEAR",
    "Period",
    "PeriodError",
    "adhoc_code",
    "adhoc_period",
    "format_date_vi",
    "month_of",
    "parse_date_vi",
    "parse_period",
    "year_of",
]

CUTOFFS = ("nd09", "calendar")
DEFAULT_CUTOFF = "nd09"
KINDS = ("month", "quarter", "half", "nine_months", "year")  # the regular periods
ADHOC = "adhoc"  # an ad hoc range of days (báo cáo đột xuất)
MIN_YEAR = 2000
MAX_YEAR = 2100

_ND09_FIRST_DAY = 15  # a month under nd09 starts on the 15th of the month before it
_ROMAN = ("I", "II", "III", "IV")
_ACCEPTED = (
    "dạng hợp lệ: 2018-01 (tháng), 2018-Q1 đến 2018-Q4 (quý), "
    "2018-H1 (6 tháng đầu năm), 2018-H2 (6 tháng cuối năm), 2018-9M (9 tháng đầu năm), "
    "2018 (năm)"
)
_ADHOC_CODE = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})\.\.([0-9]{4}-[0-9]{2}-[0-9]{2})", re.ASCII)
_CODE = re.compile(r"([0-9]{4})(?:-([0-9]{2})|-[Qq]([0-9])|-[Hh]([0-9])|-(9[Mm]))?", re.ASCII)


class PeriodError(ValueError):
    """A period code or cut-off that cannot be used; the message is Vietnamese."""


@dataclass(frozen=True)
class Period:
    """One reporting period: its code, kind and first..last day, both included."""

    code: str
    year: int
    kind: str
    start: date
    end: date
    cutoff: str = DEFAULT_CUTOFF

    @property
    def year_start(self) -> date:
        """First day of the reporting year, for year-to-date columns."""
        return _month_span(self.year, 1, self.cutoff)[0]

    @property
    def is_adhoc(self) -> bool:
        """An ad hoc range of days (báo cáo đột xuất), not a regular period."""
        return self.kind == ADHOC

    @property
    def spans_years(self) -> bool:
        """An ad hoc range starting before its reporting year's first day: its year to
        date (that year's first day .. the range's last day) is shorter than the range."""
        return self.start < self.year_start

    @property
    def name_vi(self) -> str:
        """How reports name the period, e.g. "quý I năm 2018", "từ ngày 05/03/2018 đến
        ngày 10/04/2018"."""
        if self.kind == ADHOC:
            return f"từ ngày {format_date_vi(self.start)} đến ngày {format_date_vi(self.end)}"
        year = f"năm {self.year}"
        if self.kind == "month":
            return f"tháng {self.code[5:7]} {year}"
        if self.kind == "quarter":
            return f"quý {_ROMAN[int(self.code[-1]) - 1]} {year}"
        if self.kind == "half":
            return f"6 tháng {'cuối' if self.code.endswith('H2') else 'đầu'} {year}"
        if self.kind == "nine_months":
            return f"9 tháng đầu {year}"
        return year

    def contains(self, d: date) -> bool:
        """Whether `d` lies in start..end, both included."""
        return self.start <= d <= self.end


def _check_cutoff(cutoff: object) -> str:
    if cutoff not in CUTOFFS:
        raise PeriodError(
            f"Cách tính kỳ báo cáo '{cutoff}' không hợp lệ; chọn: {', '.join(CUTOFFS)}."
        )
    return str(cutoff)


def _month_span(year: int, month: int, cutoff: str) -> tuple[date, date]:
    if cutoff == "calendar":
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    return date(*before, _ND09_FIRST_DAY), date(year, month, _ND09_FIRST_DAY - 1)


def _make(code: str, year: int, kind: str, first: int, last: int, cutoff: str) -> Period:
    start = _month_span(year, first, cutoff)[0]
    end = _month_span(year, last, cutoff)[1]
    return Period(code, year, kind, start, end, cutoff)


def _refuse(text: str, fault: str) -> PeriodError:
    return PeriodError(f"Kỳ báo cáo '{text}' không hợp lệ{fault}; {_ACCEPTED}.")


def parse_period(code: str, cutoff: str = DEFAULT_CUTOFF) -> Period:
    """The period a code names under `cutoff` (an ad hoc range too); PeriodError naming
    the fault otherwise."""
    cutoff = _check_cutoff(cutoff)
    if not isinstance(code, str) or not code.strip():
        raise PeriodError(f"Chưa nhập kỳ báo cáo; {_ACCEPTED}.")
    text = code.strip()
    adhoc = _ADHOC_CODE.fullmatch(text)
    if adhoc is not None:
        return _adhoc(text, *adhoc.groups(), cutoff)
    m = _CODE.fullmatch(text)
    if m is None:
        raise _refuse(text, "")
    year = int(m.group(1))
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise _refuse(text, f": năm {year} nằm ngoài khoảng {MIN_YEAR} đến {MAX_YEAR}")
    month, quarter, half, nine = m.group(2, 3, 4, 5)
    if month is not None:
        if not 1 <= int(month) <= 12:
            raise _refuse(text, f": không có tháng {month} (tháng từ 01 đến 12)")
        return _make(f"{year}-{month}", year, "month", int(month), int(month), cutoff)
    if quarter is not None:
        q = int(quarter)
        if not 1 <= q <= 4:
            raise _refuse(text, f": không có quý {quarter} (quý từ Q1 đến Q4)")
        return _make(f"{year}-Q{q}", year, "quarter", 3 * q - 2, 3 * q, cutoff)
    if half is not None:
        if half not in ("1", "2"):
            raise _refuse(
                text,
                f": không có kỳ 6 tháng H{half} (chỉ có H1 là 6 tháng đầu năm và H2 là 6 "
                "tháng cuối năm)",
            )
        first = 1 if half == "1" else 7
        return _make(f"{year}-H{half}", year, "half", first, first + 5, cutoff)
    if nine is not None:
        return _make(f"{year}-9M", year, "nine_months", 1, 9, cutoff)
    return _make(str(year), year, "year", 1, 12, cutoff)


def _adhoc(text: str, first: str, last: str, cutoff: str) -> Period:
    try:
        start, end = date.fromisoformat(first), date.fromisoformat(last)
    except ValueError:
        raise PeriodError(
            f"Kỳ đột xuất '{text}' không hợp lệ: ngày không có thật; dạng hợp lệ: "
            "2018-03-05..2018-04-10 (từ ngày..đến ngày)."
        ) from None
    for d in (start, end):
        if not MIN_YEAR <= d.year <= MAX_YEAR:
            raise PeriodError(
                f"Kỳ đột xuất '{text}' không hợp lệ: năm {d.year} nằm ngoài khoảng "
                f"{MIN_YEAR} đến {MAX_YEAR}."
            )
    if start > end:
        raise PeriodError(
            f"Kỳ đột xuất '{text}' không hợp lệ: ngày đầu {format_date_vi(start)} sau ngày "
            f"cuối {format_date_vi(end)}."
        )
    return Period(adhoc_code(start, end), year_of(end, cutoff), ADHOC, start, end, cutoff)


def adhoc_code(first: date, last: date) -> str:
    """The code of the ad hoc range first..last: ``2018-03-05..2018-04-10``."""
    return f"{first.isoformat()}..{last.isoformat()}"


_ISO_DAY = re.compile(r"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}", re.ASCII)


def _read_day(value: date | str | None, label: str) -> date:
    if isinstance(value, date):
        return value
    text = value.strip() if isinstance(value, str) else ""
    if not text:
        raise PeriodError(f"Chưa nhập {label}; nhập dạng ngày/tháng/năm, ví dụ 05/03/2018.")
    try:
        if _ISO_DAY.fullmatch(text):
            y, m, d = (int(part) for part in text.split("-"))
            return date(y, m, d)
        return parse_date_vi(text)
    except ValueError:
        raise PeriodError(
            f"{label[0].upper()}{label[1:]} '{text}' không hợp lệ; nhập dạng ngày/tháng/năm "
            "(05/03/2018) hoặc năm-tháng-ngày (2018-03-05)."
        ) from None


def adhoc_period(
    first: date | str | None,
    last: date | str | None,
    cutoff: str = DEFAULT_CUTOFF,
    *,
    today: date | None = None,
    labels: tuple[str, str] = ("từ ngày", "đến ngày"),
) -> Period:
    """The ad hoc period first..last (both included), each a date or text typed as
    dd/mm/yyyy or yyyy-mm-dd; PeriodError naming the field (`labels`: how the caller
    names the two days) for a malformed day, a year out of range, a first day after the
    last, or (when `today` is given) a last day after today."""
    cutoff = _check_cutoff(cutoff)
    start, end = _read_day(first, labels[0]), _read_day(last, labels[1])
    for d, label in ((start, labels[0]), (end, labels[1])):
        if not MIN_YEAR <= d.year <= MAX_YEAR:
            raise PeriodError(
                f"{label[0].upper()}{label[1:]} {format_date_vi(d)}: năm {d.year} nằm ngoài "
                f"khoảng {MIN_YEAR} đến {MAX_YEAR}."
            )
    if start > end:
        raise PeriodError(
            f"{labels[0][0].upper()}{labels[0][1:]} {format_date_vi(start)} sau "
            f"{labels[1]} {format_date_vi(end)}: ngày đầu phải trước hoặc trùng ngày cuối."
        )
    if today is not None and end > today:
        raise PeriodError(
            f"{labels[1][0].upper()}{labels[1][1:]} {format_date_vi(end)} sau hôm nay "
            f"({format_date_vi(today)}): báo cáo đột xuất chỉ tính những ngày đã qua."
        )
    return Period(adhoc_code(start, end), year_of(end, cutoff), ADHOC, start, end, cutoff)


def month_of(d: date, cutoff: str = DEFAULT_CUTOFF) -> Period:
    """The monthly period `d` falls in (under nd09 the 15th opens the next month)."""
    cutoff = _check_cutoff(cutoff)
    year, month = d.year, d.month
    if cutoff == "nd09" and d.day >= _ND09_FIRST_DAY:
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return _make(f"{year}-{month:02d}", year, "month", month, month, cutoff)


def year_of(d: date, cutoff: str = DEFAULT_CUTOFF) -> int:
    """The reporting year `d` belongs to (under nd09, 15/12/2017 belongs to 2018)."""
    return month_of(d, cutoff).year


def format_date_vi(d: date) -> str:
    """`d` as Vietnamese forms print it: dd/MM/yyyy."""
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


_DATE_VI = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})", re.ASCII)


def parse_date_vi(text: str) -> date:
    """A date typed as dd/MM/yyyy or d/M/yyyy; ValueError with a Vietnamese message."""
    m = _DATE_VI.fullmatch(text.strip()) if isinstance(text, str) else None
    if m is not None:
        day, month, year = (int(g) for g in m.groups())
        try:
            return date(year, month, day)
        except ValueError:
            pass
    raise ValueError(f"Ngày '{text}' không hợp lệ; nhập dạng ngày/tháng/năm, ví dụ 05/02/2018.")
