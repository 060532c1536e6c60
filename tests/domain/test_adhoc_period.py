"""Ad hoc periods (báo cáo đột xuất): any first..last day, a code that round-trips, the
reporting year and year to date of the last day, and every refusal naming the field."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pcmd_desktop.domain.periods import (
    ADHOC,
    PeriodError,
    adhoc_code,
    adhoc_period,
    parse_period,
)

TODAY = date(2026, 1, 10)


def test_a_range_round_trips_through_its_code():
    p = adhoc_period("05/03/2018", "10/04/2018")
    assert (p.code, p.kind, p.start, p.end) == (
        "2018-03-05..2018-04-10", ADHOC, date(2018, 3, 5), date(2018, 4, 10))  # fmt: skip
    assert parse_period(p.code) == p
    assert adhoc_period("2018-03-05", "2018-4-10") == p  # ISO, a digit short is fine
    assert adhoc_period(date(2018, 3, 5), date(2018, 4, 10)) == p
    assert adhoc_code(date(2018, 3, 5), date(2018, 4, 10)) == p.code
    assert p.is_adhoc and not parse_period("2018-03").is_adhoc
    assert p.name_vi == "từ ngày 05/03/2018 đến ngày 10/04/2018"
    assert p.contains(date(2018, 3, 5)) and p.contains(date(2018, 4, 10))
    assert not p.contains(date(2018, 4, 11))


def test_one_day_is_a_range():
    p = adhoc_period("10/04/2018", "10/04/2018")
    assert p.start == p.end == date(2018, 4, 10)


@pytest.mark.parametrize(
    ("cutoff", "year", "year_start"),
    [("nd09", 2018, date(2017, 12, 15)), ("calendar", 2018, date(2018, 1, 1))],
)
def test_the_cutoff_moves_the_year_to_date_not_the_range(cutoff, year, year_start):
    p = parse_period("2018-03-05..2018-04-10", cutoff)
    assert (p.start, p.end) == (date(2018, 3, 5), date(2018, 4, 10))
    assert (p.year, p.year_start, p.spans_years) == (year, year_start, False)


def test_the_reporting_year_is_that_of_the_last_day():
    # Under nd09 20/12/2018 belongs to 2019: the year to date starts 15/12/2018.
    p = parse_period("2018-12-01..2018-12-20", "nd09")
    assert (p.year, p.year_start, p.spans_years) == (2019, date(2018, 12, 15), True)
    q = parse_period("2018-12-01..2018-12-20", "calendar")
    assert (q.year, q.year_start, q.spans_years) == (2018, date(2018, 1, 1), False)


@pytest.mark.parametrize(
    ("first", "last", "message"),
    [
        ("", "10/04/2018", "Chưa nhập ngày --from"),
        ("05/03/2018", None, "Chưa nhập ngày --to"),
        ("32/03/2018", "10/04/2018", "Ngày --from '32/03/2018' không hợp lệ"),
        ("05/03/2018", "2018-02-30", "Ngày --to '2018-02-30' không hợp lệ"),
        ("5 tháng 3", "10/04/2018", "Ngày --from '5 tháng 3' không hợp lệ"),
        ("10/04/2018", "05/03/2018", "Ngày --from 10/04/2018 sau ngày --to 05/03/2018"),
        ("01/01/1999", "10/04/2018", "năm 1999 nằm ngoài khoảng"),
        ("05/01/2026", "11/01/2026", "Ngày --to 11/01/2026 sau hôm nay (10/01/2026)"),
    ],
)
def test_refusals_name_the_field(first, last, message):
    with pytest.raises(PeriodError, match=re.escape(message)):
        adhoc_period(first, last, today=TODAY, labels=("ngày --from", "ngày --to"))


def test_the_window_labels_by_default_and_today_is_allowed():
    with pytest.raises(PeriodError, match=r"^Từ ngày 10/04/2018 sau đến ngày 05/03/2018"):
        adhoc_period("10/04/2018", "05/03/2018")
    assert adhoc_period("01/01/2026", "10/01/2026", today=TODAY).end == TODAY


@pytest.mark.parametrize(
    ("code", "fault"),
    [
        ("2018-04-10..2018-03-05", "ngày đầu 10/04/2018 sau ngày cuối 05/03/2018"),
        ("2018-02-30..2018-03-05", "ngày không có thật"),
        ("1999-01-01..2018-03-05", "năm 1999"),
    ],
)
def test_a_bad_code_is_refused(code, fault):
    with pytest.raises(PeriodError, match=fault):
        parse_period(code)
    with pytest.raises(PeriodError):
        parse_period("2018-03-05...2018-04-10")
