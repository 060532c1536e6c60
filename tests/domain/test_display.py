"""How values are shown and how what users type becomes a value: dates dd/mm/yyyy, money
with dots between thousands, yes/no, coded values by their labels."""

from __future__ import annotations

import unicodedata

import pytest

from pcmd_desktop.domain.display import (
    format_date,
    format_money,
    format_value,
    parse_date,
    parse_money,
    parse_whole,
)
from pcmd_desktop.domain.records import KINDS


def field(kind: str, key: str):
    return KINDS[kind].field(key)


# Dates ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso", "shown"),
    [("2018-03-05", "05/03/2018"), ("2018-12-31", "31/12/2018"), ("0999-01-02", "02/01/0999")],
)
def test_format_date_is_day_month_year(iso, shown):
    assert format_date(iso) == shown


@pytest.mark.parametrize("empty", [None, ""])
def test_format_date_of_nothing_is_empty(empty):
    assert format_date(empty) == ""


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("05/03/2018", "2018-03-05"),
        ("5/3/2018", "2018-03-05"),
        ("  31/12/2018 ", "2018-12-31"),
        ("29/02/2016", "2016-02-29"),
    ],
)
def test_parse_date_accepts_day_month_year(typed, iso):
    assert parse_date(typed) == iso


@pytest.mark.parametrize("empty", ["", "   "])
def test_parse_date_of_an_empty_box_is_none(empty):
    assert parse_date(empty) is None


@pytest.mark.parametrize("bad", ["31/02/2018", "29/02/2018", "2018-03-05", "05-03-2018", "hôm nay"])
def test_parse_date_refuses_what_is_not_a_date_in_vietnamese(bad):
    with pytest.raises(ValueError) as e:
        parse_date(bad)
    assert f"Ngày '{bad}' không hợp lệ" in str(e.value)
    assert "ngày/tháng/năm" in str(e.value)


def test_parse_date_and_format_date_round_trip():
    assert parse_date(format_date("2017-07-09")) == "2017-07-09"
    assert format_date(parse_date("9/7/2017")) == "09/07/2017"


# Money ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        (0, "0"),
        (999, "999"),
        (1000, "1.000"),
        (1500000, "1.500.000"),
        (25000000, "25.000.000"),
        (1234567890, "1.234.567.890"),
        (1500000.0, "1.500.000"),
    ],
)
def test_format_money_has_dots_between_thousands(amount, shown):
    assert format_money(amount) == shown


def test_format_money_of_nothing_is_empty():
    assert format_money(None) == ""


@pytest.mark.parametrize(
    "typed",
    [
        "1.500.000",
        "1 500 000",
        "1500000",
        "1500000 đ",
        "1.500.000đ",
        "1.500.000 đồng",
        "1500000 VNĐ",
        "1500000 vnd",
        "1,500,000",
        "1\u00a0500\u00a0000",
        "  1.500.000  ",
        "1  500  000",
        "1.500 000",
    ],
)
def test_parse_money_accepts_the_ways_officers_write_an_amount(typed):
    assert parse_money(typed) == 1500000


def test_parse_money_accepts_decomposed_vietnamese_from_the_keyboard():
    # Unikey's "Unicode tổ hợp" types đồng as d-stroke + o + combining marks.
    typed = unicodedata.normalize("NFD", "1.500.000 đồng")
    assert typed != unicodedata.normalize("NFC", typed)
    assert parse_money(typed) == 1500000


@pytest.mark.parametrize("empty", ["", "   ", "đ"])
def test_parse_money_of_an_empty_box_is_none(empty):
    assert parse_money(empty) is None


def test_parse_money_zero():
    assert parse_money("0") == 0


@pytest.mark.parametrize(
    "bad",
    [
        "abc",
        "1,5tr",
        "-5",
        "1.5e6",
        "１２",
        "2 triệu",
        # Separators that do not group thousands: never silently 15 or 150000050.
        "1,5",
        "1.5",
        "1.500.000,50",
        "15.00",
        "1..500",
        "1.500.",
        ".500",
        "1500.000",
    ],
)
def test_parse_money_refuses_what_is_not_whole_dong_naming_the_label(bad):
    with pytest.raises(ValueError) as e:
        parse_money(bad, "Tiền phạt (đồng)")
    message = str(e.value)
    assert message.startswith("Tiền phạt (đồng): ")
    assert f"'{bad}' không phải số tiền" in message
    assert "ví dụ 1.500.000" in message


def test_parse_money_default_label():
    with pytest.raises(ValueError, match=r"^Số tiền: 'abc' không phải số tiền"):
        parse_money("abc")


def test_parse_money_refuses_amounts_beyond_the_limit():
    assert parse_money("1.000.000.000.000.000") == 10**15
    with pytest.raises(ValueError) as e:
        parse_money("10.000.000.000.000.000", "Số tiền (đồng)")
    assert str(e.value) == "Số tiền (đồng): lớn quá mức cho phép (1.000.000.000.000.000)"


def test_money_round_trips_through_its_display():
    for amount in (0, 7, 1000, 1500000, 987654321):
        assert parse_money(format_money(amount)) == amount


# Whole numbers --------------------------------------------------------------------------


def test_parse_whole():
    assert parse_whole("1.200", "Số người tham dự") == 1200
    assert parse_whole(" 2018 ", "Năm") == 2018
    assert parse_whole("1 200", "Số người tham dự") == 1200
    assert parse_whole("", "Năm") is None
    with pytest.raises(ValueError, match=r"^Số người tham dự: '-3' phải là số nguyên không âm$"):
        parse_whole("-3", "Số người tham dự")
    with pytest.raises(ValueError, match=r"^Năm: 'hai' phải là số nguyên không âm$"):
        parse_whole("hai", "Năm")


# Values by field type -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "key", "value", "shown"),
    [
        ("inspection", "date", "2018-03-10", "10/03/2018"),
        ("inspection", "fine_vnd", 1500000, "1.500.000"),
        ("inspection", "fine_vnd", 0, "0"),
        ("budget", "amount_vnd", 25000000, "25.000.000"),
        ("inspection", "suspended", True, "Có"),
        ("inspection", "suspended", 1, "Có"),
        ("inspection", "suspended", False, "Không"),
        ("inspection", "suspended", 0, "Không"),
        ("establishment", "type", "karaoke", "Karaoke"),
        ("establishment", "type", "guesthouse", "Nhà nghỉ"),
        ("inspection", "team_level", "commune", "Đội 178 xã, phường"),
        ("patrol", "result", "active", "Đang hoạt động"),
        ("establishment", "type", "unknown_code", "unknown_code"),
        ("plan_target", "target", 20, "20"),
        ("plan_target", "target", 20.0, "20"),
        ("plan_target", "target", 1234567, "1.234.567"),
        ("plan_target", "target", 1234.5, "1.234,50"),
        ("plan_target", "target", 0.25, "0,25"),
        ("activity", "participants", 120, "120"),
        ("commune_status", "year", 2018, "2018"),
        ("inspection", "agencies", ["Công an phường", "Y tế"], "Công an phường; Y tế"),
        ("establishment", "name", "Karaoke Hoa Hồng", "Karaoke Hoa Hồng"),
        ("establishment", "unit", "00067", "00067"),
    ],
)
def test_format_value_by_field_type(kind, key, value, shown):
    assert format_value(field(kind, key), value) == shown


@pytest.mark.parametrize("empty", [None, ""])
@pytest.mark.parametrize(
    ("kind", "key"),
    [("inspection", "date"), ("inspection", "fine_vnd"), ("inspection", "suspended"),
     ("establishment", "type"), ("establishment", "name")],
)  # fmt: skip
def test_format_value_of_an_empty_field_is_empty(kind, key, empty):
    assert format_value(field(kind, key), empty) == ""


def test_format_value_shows_violations_by_their_labels():
    violations = [
        {"kind": "guest_register", "description": "Không ghi sổ khách"},
        {"kind": "licence", "description": "Hết hạn"},
    ]
    shown = format_value(field("inspection", "violations"), violations)
    assert shown == "Sổ đăng ký khách; Giấy phép kinh doanh"
    assert format_value(field("inspection", "violations"), []) == ""
    # Labels already looked up are shown as they are.
    labels = ["Sổ đăng ký khách", "Cơ sở vật chất"]
    assert format_value(field("inspection", "violations"), labels) == (
        "Sổ đăng ký khách; Cơ sở vật chất"
    )
