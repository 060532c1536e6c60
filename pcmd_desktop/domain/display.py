"""How values look to users and how what they type becomes a value: dates dd/MM/yyyy,
money with dots between thousands (1.500.000), yes/no, coded values by their labels.

The same functions serve the forms, the lists and the Excel export, so a number is never
shown one way on screen and another way on paper. Parsing raises ValueError with a
Vietnamese message meant for the user.
"""

from __future__ import annotations

import re
from datetime import date

from pcmd_desktop.domain.coerce import MAX_MONEY
from pcmd_desktop.domain.periods import format_date_vi, parse_date_vi
from pcmd_desktop.domain.records import Field, FieldType
from pcmd_desktop.domain.text import to_nfc

__all__ = [
    "format_date",
    "format_decimal",
    "format_money",
    "format_number",
    "format_value",
    "parse_date",
    "parse_money",
    "parse_number",
    "parse_whole",
]


def format_date(iso: str | None) -> str:
    """An ISO date as dd/MM/yyyy; empty for None."""
    if not iso:
        return ""
    return format_date_vi(date.fromisoformat(iso))


def parse_date(text: str) -> str | None:
    """What was typed in a date box as an ISO date; None when empty."""
    text = text.strip()
    if not text:
        return None
    return parse_date_vi(text).isoformat()


def format_money(amount: int | float | None) -> str:
    """1500000 -> '1.500.000'; empty for None."""
    if amount is None:
        return ""
    return f"{int(amount):,}".replace(",", ".")


_MONEY_SEPARATORS = re.compile(r"[., ]")
# Digits alone, or groups of three after the first: "1,5" or "1.500.000,50" would
# otherwise lose their separators and become 15 or 150000050 without a word.
_MONEY_SHAPE = re.compile(r"[0-9]+|[0-9]{1,3}(?:[., ][0-9]{3})+", re.ASCII)
_CURRENCY = re.compile(r"\s*(đ|đồng|vnd|vnđ)\s*$", re.IGNORECASE)


def parse_money(text: str, label: str = "Số tiền") -> int | None:
    """'1.500.000', '1 500 000', '1500000 đ' -> 1500000; None when empty.

    Vietnamese writes dots between thousands; a comma is taken the same way, because
    whole đồng have no decimals. Separators must stand between groups of three digits.
    """
    # NFC first: a keyboard in decomposed mode types "đồng" as đ + o + combining marks.
    text = _CURRENCY.sub("", to_nfc(text).strip())
    if not text:
        return None
    compact = " ".join(text.split())  # any run of spaces (no-break ones too) as one
    if not _MONEY_SHAPE.fullmatch(compact):
        raise ValueError(f"{label}: '{text}' không phải số tiền; nhập số đồng, ví dụ 1.500.000")
    value = int(_MONEY_SEPARATORS.sub("", compact))
    if value > MAX_MONEY:
        raise ValueError(f"{label}: lớn quá mức cho phép ({format_money(MAX_MONEY)})")
    return value


def format_number(n: int | float | None) -> str:
    """1500000 -> '1.500.000', 2.5 -> '2,5' (at most two decimals), None -> ''."""
    if n is None:
        return ""
    if isinstance(n, float) and not n.is_integer():
        whole, _, frac = f"{abs(n):,.2f}".rstrip("0").partition(".")
        text = whole.replace(",", ".") + ("," + frac if frac else "")
        return ("-" if n < 0 else "") + text
    return f"{int(n):,}".replace(",", ".")


def parse_number(text: str, label: str) -> int | float | None:
    """'1.200', '12,5' -> 1200, 12.5 (dots between thousands, a decimal comma); None when
    empty; ValueError naming `label` when it is not a number."""
    cleaned = text.strip().replace(".", "").replace(",", ".")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        raise ValueError(f"{label}: '{text.strip()}' không phải là số") from None
    return int(number) if number.is_integer() else number


def format_decimal(value: float) -> str:
    """85.46 -> '85,5': one decimal with the Vietnamese comma (percentages)."""
    return f"{value:.1f}".replace(".", ",")


def parse_whole(text: str, label: str) -> int | None:
    """A count or a year typed in a box; None when empty."""
    text = text.strip().replace(".", "").replace(" ", "")
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise ValueError(f"{label}: '{text}' phải là số nguyên không âm")
    return int(text)


def format_value(f: Field, value: object) -> str:
    """A stored value of field `f` as a list cell shows it."""
    if value is None or value == "":
        return ""
    t = f.type
    if t is FieldType.DATE:
        return format_date(str(value))
    if t is FieldType.MONEY:
        return format_money(value)  # type: ignore[arg-type]
    if t is FieldType.BOOL:
        return "Có" if value else "Không"
    if t is FieldType.CHOICE and f.choices:
        return f.choices.get(str(value), str(value))
    if t is FieldType.NUMBER and isinstance(value, float) and not value.is_integer():
        return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")
    if t is FieldType.NUMBER:
        return format_money(value)  # type: ignore[arg-type]
    if t is FieldType.VIOLATIONS and isinstance(value, list):
        labels = f.choices or {}
        value = [
            labels.get(v.get("kind"), v.get("kind")) if isinstance(v, dict) else v for v in value
        ]
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)
