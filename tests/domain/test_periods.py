"""Reporting periods under both cut-offs, period codes and Vietnamese dates."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pcmd_desktop.domain.periods import (
    CUTOFFS,
    DEFAULT_CUTOFF,
    Period,
    PeriodError,
    format_date_vi,
    month_of,
    parse_date_vi,
    parse_period,
    year_of,
)

D = date.fromisoformat


def span(code: str, cutoff: str = DEFAULT_CUTOFF) -> tuple[str, str]:
    p = parse_period(code, cutoff)
    return p.start.isoformat(), p.end.isoformat()


def test_cutoffs():
    assert CUTOFFS == ("nd09", "calendar")
    assert DEFAULT_CUTOFF == "nd09"


# ------------------------------------------------------------- boundaries under nd09


def test_nd09_14th_closes_the_month():
    assert month_of(D("2018-01-14")).code == "2018-01"
    assert parse_period("2018-01").contains(D("2018-01-14"))


def test_nd09_15th_opens_the_next_month():
    assert month_of(D("2018-01-15")).code == "2018-02"
    assert not parse_period("2018-01").contains(D("2018-01-15"))
    assert parse_period("2018-02").contains(D("2018-01-15"))


def test_nd09_15_december_opens_the_next_year():
    assert month_of(D("2017-12-15")).code == "2018-01"
    assert year_of(D("2017-12-15")) == 2018
    assert year_of(D("2017-12-14")) == 2017
    assert month_of(D("2018-12-15")).code == "2019-01"


def test_month_of_default_cutoff_is_nd09():
    assert month_of(D("2018-03-20")) == month_of(D("2018-03-20"), "nd09")


# ----------------------------------------------------------- every kind, both cut-offs


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2018-01", "2017-12-15", "2018-01-14"),
        ("2018-02", "2018-01-15", "2018-02-14"),
        ("2018-12", "2018-11-15", "2018-12-14"),
        ("2018-Q1", "2017-12-15", "2018-03-14"),
        ("2018-Q2", "2018-03-15", "2018-06-14"),
        ("2018-Q3", "2018-06-15", "2018-09-14"),
        ("2018-Q4", "2018-09-15", "2018-12-14"),
        ("2018-H1", "2017-12-15", "2018-06-14"),
        ("2018-H2", "2018-06-15", "2018-12-14"),
        ("2025-H2", "2025-06-15", "2025-12-14"),
        ("2018-9M", "2017-12-15", "2018-09-14"),
        ("2018", "2017-12-15", "2018-12-14"),
    ],
)
def test_nd09_spans(code, start, end):
    assert span(code, "nd09") == (start, end)


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2018-01", "2018-01-01", "2018-01-31"),
        ("2018-02", "2018-02-01", "2018-02-28"),
        ("2020-02", "2020-02-01", "2020-02-29"),
        ("2000-02", "2000-02-01", "2000-02-29"),
        ("2100-02", "2100-02-01", "2100-02-28"),
        ("2018-04", "2018-04-01", "2018-04-30"),
        ("2018-Q1", "2018-01-01", "2018-03-31"),
        ("2018-Q2", "2018-04-01", "2018-06-30"),
        ("2018-Q3", "2018-07-01", "2018-09-30"),
        ("2018-Q4", "2018-10-01", "2018-12-31"),
        ("2018-H1", "2018-01-01", "2018-06-30"),
        ("2018-H2", "2018-07-01", "2018-12-31"),
        ("2025-H2", "2025-07-01", "2025-12-31"),
        ("2018-9M", "2018-01-01", "2018-09-30"),
        ("2018", "2018-01-01", "2018-12-31"),
    ],
)
def test_calendar_spans(code, start, end):
    assert span(code, "calendar") == (start, end)


def test_calendar_month_of_and_year_of():
    assert month_of(D("2018-01-31"), "calendar").code == "2018-01"
    assert month_of(D("2018-02-01"), "calendar").code == "2018-02"
    assert year_of(D("2017-12-31"), "calendar") == 2017


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        ("2018-01", "month"),
        ("2018-Q3", "quarter"),
        ("2018-H1", "half"),
        ("2018-H2", "half"),
        ("2018-9M", "nine_months"),
        ("2018", "year"),
    ],
)
def test_kind_and_year(code, kind):
    p = parse_period(code)
    assert (p.code, p.kind, p.year, p.cutoff) == (code, kind, 2018, "nd09")


def test_lenient_input_gives_canonical_code():
    assert parse_period(" 2018-q2 ").code == "2018-Q2"
    assert parse_period("2018-h1").code == "2018-H1"
    assert parse_period(" 2025-h2").code == "2025-H2"
    assert parse_period("2018-9m").code == "2018-9M"


def test_year_start_under_both_cutoffs():
    assert parse_period("2018-Q3").year_start == D("2017-12-15")
    assert parse_period("2018-Q3", "calendar").year_start == D("2018-01-01")


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("2018-01", "tháng 01 năm 2018"),
        ("2018-11", "tháng 11 năm 2018"),
        ("2018-Q1", "quý I năm 2018"),
        ("2018-Q4", "quý IV năm 2018"),
        ("2018-H1", "6 tháng đầu năm 2018"),
        ("2018-H2", "6 tháng cuối năm 2018"),
        ("2025-H2", "6 tháng cuối năm 2025"),
        ("2018-9M", "9 tháng đầu năm 2018"),
        ("2018", "năm 2018"),
    ],
)
def test_name_vi(code, name):
    assert parse_period(code).name_vi == name


def test_contains_includes_both_ends():
    p = parse_period("2018-Q2")
    assert p.contains(D("2018-03-15"))
    assert p.contains(D("2018-06-14"))
    assert not p.contains(D("2018-03-14"))
    assert not p.contains(D("2018-06-15"))


def test_period_is_frozen():
    p = parse_period("2018")
    with pytest.raises(AttributeError):
        p.year = 2019  # type: ignore[misc]
    assert isinstance(p, Period)


# ------------------------------------------------------------------------ refusals


@pytest.mark.parametrize(
    ("code", "words"),
    [
        ("", "Chưa nhập kỳ báo cáo"),
        ("   ", "Chưa nhập kỳ báo cáo"),
        ("2018-13", "tháng 13"),
        ("2018-00", "tháng 00"),
        ("2018-Q5", "quý 5"),
        ("2018-Q0", "quý 0"),
        ("2018-H3", "không có kỳ 6 tháng H3"),
        ("2018-H0", "không có kỳ 6 tháng H0"),
        ("2018-H9", "chỉ có H1 là 6 tháng đầu năm và H2 là 6 tháng cuối năm"),
        ("2018-H12", "không hợp lệ"),
        ("2018-H", "không hợp lệ"),
        ("18-01", "không hợp lệ"),
        ("2018-1", "không hợp lệ"),
        ("2018/01", "không hợp lệ"),
        ("2018-6M", "không hợp lệ"),
        ("2018-Q", "không hợp lệ"),
        ("２０１８", "không hợp lệ"),
        ("1999", "năm 1999"),
        ("2101-01", "năm 2101"),
    ],
)
def test_malformed_codes_refused_in_vietnamese(code, words):
    with pytest.raises(PeriodError) as e:
        parse_period(code)
    assert words in str(e.value)
    assert "dạng hợp lệ: 2018-01 (tháng)" in str(e.value)


def test_malformed_code_message_lists_accepted_forms():
    with pytest.raises(PeriodError) as e:
        parse_period("18-01")
    for form in ("2018-01", "2018-Q1", "2018-H1", "2018-H2 (6 tháng cuối năm)", "2018-9M",
                 "2018 (năm)"):  # fmt: skip
        assert form in str(e.value)


def test_year_range_limits_accepted():
    assert parse_period("2000").start == D("1999-12-15")
    assert parse_period("2100-12").end == D("2100-12-14")


def test_unknown_cutoff_refused():
    with pytest.raises(PeriodError, match="Cách tính kỳ báo cáo 'weekly' không hợp lệ"):
        parse_period("2018", "weekly")
    with pytest.raises(PeriodError):
        month_of(D("2018-01-01"), "weekly")


def test_period_error_is_a_value_error():
    assert issubclass(PeriodError, ValueError)


@given(st.text(), st.sampled_from(CUTOFFS))
def test_parse_period_raises_only_period_error(text, cutoff):
    try:
        p = parse_period(text, cutoff)
    except PeriodError:
        return
    assert p.start <= p.end
    assert parse_period(p.code, cutoff) == p


@given(st.dates(date(2000, 1, 1), date(2100, 12, 14)), st.sampled_from(CUTOFFS))
def test_every_date_in_exactly_its_month(d, cutoff):
    p = month_of(d, cutoff)
    assert p.contains(d)
    assert parse_period(p.code, cutoff) == p
    assert parse_period(str(p.year), cutoff).contains(d)
    assert year_of(d, cutoff) == p.year


# ---------------------------------------------------------------------------- dates


def test_format_date_vi():
    assert format_date_vi(D("2018-02-05")) == "05/02/2018"


def test_parse_date_vi_accepts_padded_and_short_forms():
    assert parse_date_vi("05/02/2018") == D("2018-02-05")
    assert parse_date_vi("5/2/2018") == D("2018-02-05")


@pytest.mark.parametrize("text", ["", "2018-02-05", "31/02/2018", "05/13/2018", "5/2/18", "a"])
def test_parse_date_vi_refuses_in_vietnamese(text):
    with pytest.raises(ValueError, match="không hợp lệ"):
        parse_date_vi(text)


@given(st.dates(date(1000, 1, 1), date(9999, 12, 31)))
def test_date_vi_round_trip(d):
    assert parse_date_vi(format_date_vi(d)) == d


@pytest.mark.parametrize("cutoff", ["nd09", "calendar"])
def test_the_two_halves_split_the_year(cutoff):
    """H1 and H2 are both kind "half" and together make the year, day for day."""
    h1, h2, year = (parse_period(c, cutoff) for c in ("2025-H1", "2025-H2", "2025"))
    assert (h1.kind, h2.kind) == ("half", "half")
    assert h1.start == year.start and h2.end == year.end
    assert (h2.start - h1.end).days == 1
    assert h2.year_start == year.start  # the year-to-date of H2 is the whole year
