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
    "format_money",
    "format_value",
    "parse_date",
    "parse_money",
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
