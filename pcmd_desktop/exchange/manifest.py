"""Canonical JSON and the hand-written checks of the manifest and the JSON members of a
.pcmd file. resources/exchange/manifest.schema.json states the same rules for other
implementers; these functions are what this application enforces.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable
from datetime import datetime, timezone

from pcmd_desktop.domain.indicators import CATALOGUE_VERSIONS, codes_of
from pcmd_desktop.domain.periods import ADHOC, CUTOFFS, KINDS, PeriodError, parse_period
from pcmd_desktop.domain.records import KINDS as RECORD_KINDS
from pcmd_desktop.exchange.limits import (
    ADHOC_FORMAT_VERSION,
    BREAKDOWN_FORMAT_VERSION,
    BREAKDOWN_MEMBER,
    CONTENT_MEMBERS,
    FORMAT,
    READABLE_VERSIONS,
    REQUIRED_MEMBERS,
    PackageError,
)
from pcmd_desktop.reports.breakdown import BREAKDOWN_CODES, CELLS
from pcmd_desktop.reports.model import NARRATIVE_SECTIONS

__all__ = [
    "canonical_json",
    "catalogue_of",
    "check_breakdown",
    "check_children",
    "check_indicators",
    "check_manifest",
    "check_narrative",
    "check_records",
    "encode_records",
    "parse_json",
]

_UNIT = re.compile(r"[0-9]{2,10}", re.ASCII)
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z")
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_MANIFEST_KEYS = {
    "format",
    "format_version",
    "app_version",
    "sender",
    "parent",
    "period",
    "revision",
    "created_at",
    "members",
    "personal",
}
# Format version 1 has no "catalogue_version": its files carry catalogue "1".
_CATALOGUE_OF_V1 = "1"
_SENSITIVE = {
    name: {f.key for f in kind.fields if f.sensitive} for name, kind in RECORD_KINDS.items()
}


def canonical_json(obj: object) -> bytes:
    """The one byte form of a JSON value: sorted keys, no spaces, UTF-8 without escapes."""
    return json.dumps(
        obj, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def encode_records(records: Iterable[dict]) -> bytes:
    """records.jsonl: one canonical JSON object a line, each ending with a newline."""
    return b"".join(canonical_json(r) + b"\n" for r in records)


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise ValueError(f"khóa '{key}' lặp lại")
        out[key] = value
    return out


def _no_constant(name: str) -> object:
    raise ValueError(f"giá trị {name} không hợp lệ trong JSON")


def parse_json(data: bytes, member: str) -> object:
    """The JSON value of `data` (strict UTF-8, no duplicate keys, no NaN); PackageError
    naming `member` otherwise."""
    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise PackageError(f"Thành phần {member} không phải JSON hợp lệ ({exc}).") from None


def _bad(member: str, what: str) -> PackageError:
    return PackageError(f"Thành phần {member} không đúng quy cách: {what}.")


def _is_int(v: object) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _is_number(v: object) -> bool:
    if isinstance(v, bool) or not isinstance(v, int | float):
        return False
    return math.isfinite(v) and v >= 0


def _text(obj: dict, key: str, where: str, *, allow_empty: bool = False) -> str:
    v = obj.get(key)
    if not isinstance(v, str) or (not allow_empty and not v.strip()):
        raise _bad("manifest.json", f"'{where}{key}' phải là chuỗi ký tự không rỗng")
    return v


def _object(v: object, member: str, where: str) -> dict:
    if not isinstance(v, dict):
        raise _bad(member, f"'{where}' phải là một đối tượng JSON")
    return v


def _exact_keys(obj: dict, keys: set[str], member: str, where: str) -> None:
    missing = sorted(keys - obj.keys())
    if missing:
        raise _bad(member, f"thiếu trường {', '.join(missing)} trong '{where}'")
    extra = sorted(obj.keys() - keys)
    if extra:
        raise _bad(member, f"trường lạ {', '.join(extra)} trong '{where}'")


def _unit(v: object, where: str) -> str:
    if not isinstance(v, str) or not _UNIT.fullmatch(v):
        raise _bad("manifest.json", f"'{where}' phải là mã đơn vị hành chính (chữ số)")
    return v


def _check_period(p: object, version: int) -> None:
    p = _object(p, "manifest.json", "period")
    _exact_keys(p, {"code", "kind", "from", "to", "cutoff"}, "manifest.json", "period")
    if p["cutoff"] not in CUTOFFS:
        raise _bad("manifest.json", f"'period.cutoff' phải là một trong {', '.join(CUTOFFS)}")
    kinds = (*KINDS, ADHOC) if version >= ADHOC_FORMAT_VERSION else KINDS
    if p["kind"] == ADHOC and p["kind"] not in kinds:
        raise _bad(
            "manifest.json",
            f"kỳ đột xuất (kind '{ADHOC}') chỉ có từ phiên bản định dạng {ADHOC_FORMAT_VERSION}",
        )
    if p["kind"] not in kinds:
        raise _bad("manifest.json", f"'period.kind' phải là một trong {', '.join(kinds)}")
    try:
        period = parse_period(p["code"], p["cutoff"]) if isinstance(p["code"], str) else None
    except PeriodError as exc:
        raise _bad("manifest.json", str(exc).rstrip(".")) from None
    if period is None or period.code != p["code"]:
        raise _bad("manifest.json", "'period.code' không phải mã kỳ báo cáo chuẩn")
    if (p["kind"], p["from"], p["to"]) != (
        period.kind,
        period.start.isoformat(),
        period.end.isoformat(),
    ):
        raise _bad(
            "manifest.json",
            f"kỳ {period.code} ({p['cutoff']}) là '{period.kind}' từ {period.start} "
            f"đến {period.end}, không khớp 'period.kind', 'period.from', 'period.to'",
        )


def check_manifest(m: object) -> dict:
    """`m` if it is a manifest of a format version this program reads (READABLE_VERSIONS);
    PackageError naming the fault."""
    m = _object(m, "manifest.json", "manifest")
    if m.get("format") != FORMAT:
        raise PackageError(
            f"Tệp không phải báo cáo PCMD: manifest.json có 'format' = {m.get('format')!r}, "
            f"cần '{FORMAT}'."
        )
    version = m.get("format_version")
    if not _is_int(version) or version not in READABLE_VERSIONS:
        raise PackageError(
            f"Tệp có phiên bản định dạng {version} chưa hỗ trợ (ứng dụng này đọc phiên bản "
            f"{', '.join(map(str, READABLE_VERSIONS))}); hãy cập nhật ứng dụng."
        )
    keys = _MANIFEST_KEYS if version == 1 else _MANIFEST_KEYS | {"catalogue_version"}
    _exact_keys(m, keys, "manifest.json", "manifest")
    if version != 1 and m["catalogue_version"] not in CATALOGUE_VERSIONS:
        raise PackageError(
            f"Tệp dùng danh mục chỉ tiêu phiên bản {m['catalogue_version']!r} chưa hỗ trợ "
            f"(ứng dụng này biết phiên bản {', '.join(CATALOGUE_VERSIONS)}); hãy cập nhật "
            "ứng dụng."
        )
    _text(m, "app_version", "")
    sender = _object(m["sender"], "manifest.json", "sender")
    _exact_keys(sender, {"unit", "name"}, "manifest.json", "sender")
    _unit(sender["unit"], "sender.unit")
    _text(sender, "name", "sender.")
    _unit(m["parent"], "parent")
    if m["parent"] == sender["unit"]:
        raise _bad("manifest.json", "đơn vị nhận trùng đơn vị gửi")
    _check_period(m["period"], version)
    if not _is_int(m["revision"]) or m["revision"] < 1:
        raise _bad("manifest.json", "'revision' phải là số nguyên từ 1 trở lên")
    created = m["created_at"]
    if not isinstance(created, str) or not _CREATED.fullmatch(created):
        raise _bad("manifest.json", "'created_at' phải là thời điểm UTC dạng 2018-01-15T08:30:00Z")
    try:
        datetime.fromisoformat(created[:-1]).replace(tzinfo=timezone.utc)
    except ValueError:
        raise _bad(
            "manifest.json", f"'created_at' {created} không phải thời điểm có thật"
        ) from None
    if not isinstance(m["personal"], bool):
        raise _bad("manifest.json", "'personal' phải là true hoặc false")
    members = _object(m["members"], "manifest.json", "members")
    for name, entry in members.items():
        if name not in CONTENT_MEMBERS:
            raise _bad("manifest.json", f"'members' khai báo thành phần lạ '{name}'")
        entry = _object(entry, "manifest.json", f"members.{name}")
        _exact_keys(entry, {"size", "sha256"}, "manifest.json", f"members.{name}")
        if not _is_int(entry["size"]) or entry["size"] < 0:
            raise _bad("manifest.json", f"'members.{name}.size' phải là số nguyên không âm")
        if not isinstance(entry["sha256"], str) or not _SHA256.fullmatch(entry["sha256"]):
            raise _bad("manifest.json", f"'members.{name}.sha256' phải là 64 ký tự hex thường")
    for name in REQUIRED_MEMBERS:
        if name not in members:
            raise _bad("manifest.json", f"'members' không khai báo thành phần bắt buộc {name}")
    if version >= BREAKDOWN_FORMAT_VERSION and BREAKDOWN_MEMBER not in members:
        raise _bad(
            "manifest.json",
            f"'members' không khai báo thành phần bắt buộc "
            f"{BREAKDOWN_MEMBER} (từ phiên bản định dạng {BREAKDOWN_FORMAT_VERSION})",
        )
    if version < BREAKDOWN_FORMAT_VERSION and BREAKDOWN_MEMBER in members:
        raise _bad(
            "manifest.json",
            f"thành phần {BREAKDOWN_MEMBER} chỉ có từ phiên bản định "
            f"dạng {BREAKDOWN_FORMAT_VERSION}",
        )
    if m["personal"] != ("personal.bin" in members):
        raise _bad("manifest.json", "'personal' không khớp với việc có thành phần personal.bin")
    return m


def catalogue_of(manifest: dict) -> str:
    """The indicator catalogue version a checked manifest's file speaks."""
    return manifest.get("catalogue_version", _CATALOGUE_OF_V1)


def _check_values(
    values: object, member: str, where: str, catalogue: str, *, older: bool = False
) -> dict:
    """`values` with exactly the codes of `catalogue` (or, with `older`, of that version or
    an earlier one: a child's file consolidated as it came)."""
    values = _object(values, member, where)
    unknown = sorted(set(values) - set(codes_of(catalogue)))
    if unknown:
        raise _bad(
            member,
            f"mã chỉ tiêu không có trong danh mục phiên bản {catalogue}: {', '.join(unknown)}",
        )
    upto = CATALOGUE_VERSIONS[: CATALOGUE_VERSIONS.index(catalogue) + 1]
    shapes = [set(codes_of(v)) for v in (upto if older else (catalogue,))]
    if set(values) not in shapes:
        missing = [c for c in codes_of(catalogue) if c not in values]
        raise _bad(member, f"thiếu chỉ tiêu {', '.join(missing)} trong '{where}'")
    for code, v in values.items():
        v = _object(v, member, f"{where}.{code}")
        _exact_keys(v, {"value", "ytd"}, member, f"{where}.{code}")
        if not (_is_number(v["value"]) and _is_number(v["ytd"])):
            raise _bad(member, f"giá trị của {code} phải là số không âm")
    return values


def check_indicators(data: bytes, catalogue: str) -> dict:
    """The {code: {"value", "ytd"}} of indicators.json (every code of `catalogue`)."""
    doc = _object(parse_json(data, "indicators.json"), "indicators.json", "indicators.json")
    _exact_keys(doc, {"values"}, "indicators.json", "indicators.json")
    return _check_values(doc["values"], "indicators.json", "values", catalogue)


def check_narrative(data: bytes) -> dict[str, str]:
    """The {section: text} of narrative.json (sections of NARRATIVE_SECTIONS)."""
    doc = _object(parse_json(data, "narrative.json"), "narrative.json", "narrative.json")
    for key, text in doc.items():
        if key not in NARRATIVE_SECTIONS:
            raise _bad("narrative.json", f"mục '{key}' không có trong mẫu báo cáo")
        if not isinstance(text, str):
            raise _bad("narrative.json", f"nội dung mục '{key}' phải là chuỗi ký tự")
    return doc


def check_records(data: bytes) -> list[dict]:
    """The objects of records.jsonl: each a known record kind with no personal field."""
    out: list[dict] = []
    for n, line in enumerate(data.split(b"\n"), start=1):
        if not line.strip():
            continue
        rec = parse_json(line, f"records.jsonl (dòng {n})")
        if not isinstance(rec, dict) or not isinstance(rec.get("record"), str):
            raise _bad("records.jsonl", f"dòng {n} phải là đối tượng JSON có trường 'record'")
        kind = rec["record"]
        if kind not in RECORD_KINDS:
            raise _bad("records.jsonl", f"dòng {n}: loại hồ sơ '{kind}' không tồn tại")
        clear = sorted(_SENSITIVE[kind] & rec.keys())
        if clear:
            raise _bad(
                "records.jsonl",
                f"dòng {n} chứa thông tin cá nhân không mã hóa ({', '.join(clear)})",
            )
        out.append(rec)
    return out


def check_children(data: bytes, catalogue: str) -> dict:
    """{child_unit: {"revision", "sha256", "values"}} of children.json; each child's values
    as its own file gave them (every code of `catalogue` or of an earlier version)."""
    doc = _object(parse_json(data, "children.json"), "children.json", "children.json")
    for unit, child in doc.items():
        if not _UNIT.fullmatch(unit):
            raise _bad("children.json", f"'{unit}' không phải mã đơn vị hành chính")
        child = _object(child, "children.json", unit)
        _exact_keys(child, {"revision", "sha256", "values"}, "children.json", unit)
        if not _is_int(child["revision"]) or child["revision"] < 1:
            raise _bad("children.json", f"'{unit}.revision' phải là số nguyên từ 1 trở lên")
        if not isinstance(child["sha256"], str) or not _SHA256.fullmatch(child["sha256"]):
            raise _bad("children.json", f"'{unit}.sha256' phải là 64 ký tự hex thường")
        _check_values(child["values"], "children.json", f"{unit}.values", catalogue, older=True)
    return doc


def check_breakdown(data: bytes, indicators: dict) -> dict:
    """The {code: {dimension: {cell: {"value", "ytd"}}}} of breakdown.json: exactly the
    codes of reports.breakdown.BREAKDOWN_CODES and their cells, counts (non-negative
    integers) only, and for each code the cells of each dimension adding up to the value
    and year to date `indicators` (indicators.json, checked) gives it."""
    member = BREAKDOWN_MEMBER
    doc = _object(parse_json(data, member), member, member)
    _exact_keys(doc, {"values"}, member, member)
    values = _object(doc["values"], member, "values")
    _exact_keys(values, set(BREAKDOWN_CODES), member, "values")
    for code, dims in values.items():
        dims = _object(dims, member, code)
        _exact_keys(dims, set(CELLS), member, code)
        for dim, cells in dims.items():
            where = f"{code}.{dim}"
            cells = _object(cells, member, where)
            _exact_keys(cells, set(CELLS[dim]), member, where)
            sums = {"value": 0, "ytd": 0}
            for cell, v in cells.items():
                v = _object(v, member, f"{where}.{cell}")
                _exact_keys(v, {"value", "ytd"}, member, f"{where}.{cell}")
                for key in sums:
                    if not _is_int(v[key]) or v[key] < 0:
                        raise _bad(member, f"'{where}.{cell}.{key}' phải là số nguyên không âm")
                    sums[key] += v[key]
            want = indicators.get(code, {})
            for key, total in sums.items():
                if total != want.get(key):
                    raise _bad(
                        member,
                        f"các ô '{where}' cộng lại {key} = {total}, khác giá trị "
                        f"{want.get(key)} của {code} trong indicators.json",
                    )
    return values
