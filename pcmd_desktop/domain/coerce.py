"""Shape and type checks: turning an object from a file or a form into a record of
records.md form (NFC text, ISO dates, whole VND), with every fault named at once."""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass
from datetime import date

from pcmd_desktop.domain.indicators import is_indicator
from pcmd_desktop.domain.records import Field, FieldType, RecordKind
from pcmd_desktop.domain.text import clean_text, to_nfc

MAX_MONEY = 10**15  # far beyond any fine or budget, far below SQLite's 64-bit limit
MAX_COUNT = 10**9
MAX_TEXT = 20_000  # characters in one field: a page of notes, not a pasted file


@dataclass(frozen=True)
class Problem:
    """One fault in one record: the field (None for the record as a whole) and a
    Vietnamese message that names it."""

    field: str | None
    message: str

    def __str__(self) -> str:
        return self.message


class _Fault(ValueError):
    pass


def field_name(f: Field) -> str:
    """How a message names a field: its Vietnamese label and its key in files."""
    return f"{f.label} ({f.key})"


def _text(value) -> str | None:
    if not isinstance(value, str):
        raise _Fault("phải là văn bản")
    if len(value) > MAX_TEXT:
        raise _Fault(f"dài quá {MAX_TEXT} ký tự")
    return clean_text(value) or None


def _date(value) -> str:
    if not isinstance(value, str):
        raise _Fault("phải là ngày dạng yyyy-mm-dd, ví dụ 2018-01-15")
    try:
        if len(value) != 10:
            raise ValueError
        d = date.fromisoformat(value)
    except ValueError:
        raise _Fault(f"'{value}' không phải ngày hợp lệ dạng yyyy-mm-dd") from None
    return d.isoformat()


def _whole(value, upper: int, what: str) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Fault(f"phải là {what}")
    if isinstance(value, float):
        if not math.isfinite(value) or not value.is_integer():
            raise _Fault(f"phải là {what}")
        value = int(value)
    if value < 0:
        raise _Fault("không được âm")
    if value > upper:
        raise _Fault(f"lớn quá mức cho phép ({upper:,})".replace(",", "."))
    return value


def _number(value) -> int | float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _Fault("phải là một số")
    if isinstance(value, float) and not math.isfinite(value):
        raise _Fault("phải là một số")
    if value < 0:
        raise _Fault("không được âm")
    if value > MAX_MONEY:
        raise _Fault("lớn quá mức cho phép")
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _year(value) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2100:
        raise _Fault("phải là năm có 4 chữ số, từ 1900 đến 2100")
    return value


def _bool(value) -> bool:
    if not isinstance(value, bool):
        raise _Fault("phải là true hoặc false")
    return value


def _choice(value, f: Field) -> str:
    assert f.choices is not None
    if not isinstance(value, str) or value not in f.choices:
        allowed = ", ".join(f"{k} ({v})" for k, v in f.choices.items())
        raise _Fault(f"'{value}' không hợp lệ; chọn một trong: {allowed}")
    return value


def _uuid(value) -> str:
    if not isinstance(value, str):
        raise _Fault("phải là mã UUID dạng văn bản")
    try:
        return str(uuid.UUID(value))
    except ValueError:
        raise _Fault(f"'{value}' không phải mã UUID hợp lệ") from None


def _unit(value) -> str:
    if not isinstance(value, str) or not value.isdigit() or not 2 <= len(value) <= 10:
        raise _Fault(f"'{value}' không phải mã đơn vị hành chính (chỉ gồm chữ số)")
    return value


def _indicator(value) -> str:
    if not isinstance(value, str) or not is_indicator(value):
        raise _Fault(f"'{value}' không phải mã chỉ tiêu trong danh mục")
    return value


def _text_list(value) -> list[str]:
    if not isinstance(value, list):
        raise _Fault("phải là danh sách văn bản")
    out = []
    for item in value:
        text = _text(item)
        if text:
            out.append(text)
    return out


def _violations(value, f: Field) -> list[dict]:
    assert f.choices is not None
    if not isinstance(value, list):
        raise _Fault("phải là danh sách các vi phạm {kind, description}")
    out = []
    for n, item in enumerate(value, start=1):
        if not isinstance(item, dict) or set(item) - {"kind", "description"}:
            raise _Fault(f"vi phạm thứ {n} phải có dạng {{kind, description}}")
        kind = item.get("kind")
        if kind not in f.choices:
            allowed = ", ".join(f.choices)
            raise _Fault(f"vi phạm thứ {n}: loại '{kind}' không hợp lệ; chọn: {allowed}")
        v = {"kind": kind}
        desc = _text(item["description"]) if item.get("description") is not None else None
        if desc:
            v["description"] = desc
        out.append(v)
    return out


def _convert(f: Field, value):
    t = f.type
    if t is FieldType.TEXT:
        return _text(value)
    if t is FieldType.DATE:
        return _date(value)
    if t is FieldType.INT:
        return _whole(value, MAX_COUNT, "số nguyên không âm")
    if t is FieldType.MONEY:
        return _whole(value, MAX_MONEY, "số tiền nguyên (đồng)")
    if t is FieldType.NUMBER:
        return _number(value)
    if t is FieldType.YEAR:
        return _year(value)
    if t is FieldType.BOOL:
        return _bool(value)
    if t is FieldType.CHOICE:
        return _choice(value, f)
    if t is FieldType.TEXT_LIST:
        return _text_list(value) or None
    if t is FieldType.VIOLATIONS:
        return _violations(value, f) or None
    if t in (FieldType.ID, FieldType.REF):
        return _uuid(value)
    if t is FieldType.UNIT:
        return _unit(value)
    if t is FieldType.INDICATOR:
        return _indicator(value)
    raise AssertionError(t)


def _nfc_deep(value):
    if isinstance(value, str):
        return to_nfc(value)
    if isinstance(value, list):
        return [_nfc_deep(v) for v in value]
    if isinstance(value, dict):
        return {to_nfc(str(k)): _nfc_deep(v) for k, v in value.items()}
    return value


# Defaults that records.md states ("fine_vnd: 0 if none") so that a record reads the same
# whether the field was written out or left away.
DEFAULTS: dict[tuple[str, str], object] = {
    ("inspection", "fine_vnd"): 0,
    ("inspection", "suspended"): False,
    ("inspection", "licence_revoked"): False,
}


def coerce(kind: RecordKind, obj: object) -> tuple[dict, list[Problem]]:
    """The record in canonical form and every problem of shape or type found.

    Fields that fail are left out of the record; `record` (the kind) is not part of it.
    """
    if not isinstance(obj, dict):
        return {}, [Problem(None, "Bản ghi phải là một đối tượng JSON {...}")]
    problems: list[Problem] = []
    record: dict = {}
    known = set(kind.keys)
    for key in obj:
        if key not in known and key not in ("record", "extra"):
            problems.append(
                Problem(
                    key if isinstance(key, str) else None,
                    f"Trường '{key}' không có trong mẫu bản ghi '{kind.name}'; "
                    "thông tin thêm hãy đặt trong 'extra'",
                )
            )
    for f in kind.fields:
        value = obj.get(f.key)
        if value is not None:
            try:
                value = _convert(f, value)
            except _Fault as fault:
                problems.append(Problem(f.key, f"{field_name(f)}: {fault}"))
                continue
        if value is None:
            value = DEFAULTS.get((kind.name, f.key))
        if value is None:
            if f.required:
                problems.append(Problem(f.key, f"{field_name(f)}: bắt buộc phải có"))
            continue
        record[f.key] = value
    extra = obj.get("extra")
    if extra is not None:
        if not isinstance(extra, dict):
            problems.append(Problem("extra", "Thông tin thêm (extra): phải là một đối tượng {...}"))
        elif extra:
            record["extra"] = _nfc_deep(extra)
    return record, problems
