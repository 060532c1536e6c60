"""The decision file (`.pcmdqd`, *tệp quyết định duyệt*): a parent unit's decision on one
child's period file, accepted (*đã duyệt*) or reopened (*yêu cầu sửa lại*), signed with
the parent's unit key and carried back to the child (docs/exchange-format.md).

Two lines of UTF-8 text, each ending with `\\n`: the decision as canonical JSON, then the
64-byte Ed25519 signature over the exact bytes of the first line (without its `\\n`) in
standard base64. Pure library: no database, no keys; signing and verifying are callbacks.
Every refusal is a PackageError with one Vietnamese message naming the fault.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from pcmd_desktop.domain.periods import CUTOFFS, PeriodError, parse_period
from pcmd_desktop.exchange.limits import SIGNATURE_SIZE, PackageError
from pcmd_desktop.exchange.manifest import canonical_json, parse_json

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "MAX_SIZE",
    "STATES",
    "SUFFIX",
    "Decision",
    "build_decision",
    "read_decision",
]

FORMAT = "pcmd-decision"
FORMAT_VERSION = 1
SUFFIX = ".pcmdqd"
MAX_SIZE = 64 * 1024
ACCEPTED, REOPENED = "accepted", "reopened"
STATES = (ACCEPTED, REOPENED)
MAX_REASON = 2000

_KEYS = {"format", "format_version", "app_version", "state", "parent", "unit", "period",
         "revision", "sha256", "decided_at", "decided_by", "reason"}  # fmt: skip
_UNIT = re.compile(r"[0-9]{2,10}", re.ASCII)
_SHA256 = re.compile(r"[0-9a-f]{64}", re.ASCII)
_INSTANT = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", re.ASCII)
_WHAT = "Tệp quyết định duyệt"


@dataclass(frozen=True)
class Decision:
    """A decision file that passed every check."""

    fields: dict
    data: bytes  # the whole file
    signature: bytes

    @property
    def state(self) -> str:
        return self.fields["state"]

    @property
    def parent(self) -> str:
        return self.fields["parent"]["unit"]

    @property
    def unit(self) -> str:
        return self.fields["unit"]["unit"]

    @property
    def period(self) -> str:
        return self.fields["period"]["code"]

    @property
    def cutoff(self) -> str:
        return self.fields["period"]["cutoff"]

    @property
    def revision(self) -> int:
        return self.fields["revision"]

    @property
    def sha256(self) -> str:
        return self.fields["sha256"]

    @property
    def decided_at(self) -> str:
        return self.fields["decided_at"]

    @property
    def reason(self) -> str:
        return self.fields["reason"]


def _bad(what: str) -> PackageError:
    return PackageError(f"{_WHAT} không đúng quy cách: {what}.")


def _unit_ref(value: object, key: str) -> None:
    if not isinstance(value, dict) or set(value) != {"unit", "name"}:
        raise _bad(f"'{key}' phải là đối tượng có đúng hai trường unit và name")
    if not isinstance(value["unit"], str) or not _UNIT.fullmatch(value["unit"]):
        raise _bad(f"'{key}.unit' phải là mã đơn vị hành chính (chữ số)")
    if not isinstance(value["name"], str) or not value["name"].strip():
        raise _bad(f"'{key}.name' phải là chuỗi ký tự không rỗng")


def _period(value: object) -> None:
    if not isinstance(value, dict) or set(value) != {"code", "kind", "from", "to", "cutoff"}:
        raise _bad("'period' phải có đúng các trường code, kind, from, to, cutoff")
    if value["cutoff"] not in CUTOFFS:
        raise _bad(f"'period.cutoff' phải là một trong {', '.join(CUTOFFS)}")
    try:
        period = parse_period(value["code"], value["cutoff"]) if isinstance(
            value["code"], str) else None  # fmt: skip
    except PeriodError as e:
        raise _bad(str(e).rstrip(".")) from None
    if period is None or period.code != value["code"]:
        raise _bad("'period.code' không phải mã kỳ báo cáo chuẩn")
    if (value["kind"], value["from"], value["to"]) != (
        period.kind, period.start.isoformat(), period.end.isoformat()):  # fmt: skip
        raise _bad(f"kỳ {period.code} không khớp 'period.kind', 'period.from', 'period.to'")


def check_fields(d: object) -> dict:
    """`d` when it is a decision of format version 1; PackageError naming the fault."""
    if not isinstance(d, dict):
        raise _bad("dòng đầu phải là một đối tượng JSON")
    if d.get("format") != FORMAT:
        raise PackageError(
            f"Tệp không phải quyết định duyệt PCMD: 'format' = {d.get('format')!r}, cần '{FORMAT}'."
        )
    if d.get("format_version") != FORMAT_VERSION or isinstance(d.get("format_version"), bool):
        raise PackageError(
            f"{_WHAT} có phiên bản định dạng {d.get('format_version')!r} chưa hỗ trợ "
            f"(ứng dụng này đọc phiên bản {FORMAT_VERSION}); hãy cập nhật ứng dụng."
        )
    missing, extra = sorted(_KEYS - d.keys()), sorted(d.keys() - _KEYS)
    if missing:
        raise _bad(f"thiếu trường {', '.join(missing)}")
    if extra:
        raise _bad(f"trường lạ {', '.join(extra)}")
    for key in ("app_version", "decided_by"):
        if not isinstance(d[key], str) or not d[key].strip():
            raise _bad(f"'{key}' phải là chuỗi ký tự không rỗng")
    if d["state"] not in STATES:
        raise _bad("'state' phải là accepted (đã duyệt) hoặc reopened (yêu cầu sửa lại)")
    _unit_ref(d["parent"], "parent")
    _unit_ref(d["unit"], "unit")
    if d["parent"]["unit"] == d["unit"]["unit"]:
        raise _bad("đơn vị duyệt trùng đơn vị được duyệt")
    _period(d["period"])
    revision = d["revision"]
    if not isinstance(revision, int) or isinstance(revision, bool) or revision < 1:
        raise _bad("'revision' phải là số nguyên từ 1 trở lên")
    if not isinstance(d["sha256"], str) or not _SHA256.fullmatch(d["sha256"]):
        raise _bad("'sha256' phải là 64 ký tự hex thường")
    at = d["decided_at"]
    if not isinstance(at, str) or not _INSTANT.fullmatch(at):
        raise _bad("'decided_at' phải là thời điểm UTC dạng 2018-04-05T08:30:00Z")
    try:
        datetime.fromisoformat(at[:-1])
    except ValueError:
        raise _bad(f"'decided_at' {at} không phải thời điểm có thật") from None
    reason = d["reason"]
    if not isinstance(reason, str) or len(reason) > MAX_REASON:
        raise _bad(f"'reason' phải là chuỗi ký tự (tối đa {MAX_REASON} ký tự)")
    if d["state"] == REOPENED and not reason.strip():
        raise _bad("yêu cầu sửa lại phải có lý do ('reason')")
    return d


def build_decision(fields: dict, sign: Callable[[bytes], bytes]) -> bytes:
    """The file of `fields` (every key but `format` and `format_version`), signed."""
    body = canonical_json(check_fields(
        {"format": FORMAT, "format_version": FORMAT_VERSION, **fields}))  # fmt: skip
    signature = sign(body)
    return body + b"\n" + base64.b64encode(signature) + b"\n"


def read_decision(data: bytes, verify: Callable[[str, bytes, bytes], bool]) -> Decision:
    """The decision in `data`, after every check; `verify(parent_unit, body, signature)`
    says whether the signature is that unit's (it may raise PackageError itself, for a
    unit whose key is not known)."""
    if len(data) > MAX_SIZE:
        raise PackageError(f"{_WHAT} quá lớn ({len(data)} byte; tối đa {MAX_SIZE}).")
    lines = data.split(b"\n")
    if len(lines) != 3 or lines[2] != b"" or not lines[0] or not lines[1]:
        raise PackageError(
            f"Tệp không phải quyết định duyệt PCMD ({SUFFIX}): cần đúng hai dòng, "
            "nội dung quyết định và chữ ký."
        )
    body, sig_line = lines[0], lines[1]
    fields = check_fields(parse_json(body, "quyết định (dòng 1)"))
    if canonical_json(fields) != body:
        raise _bad("dòng 1 không ở dạng JSON chuẩn tắc (khóa sắp xếp, không khoảng trắng)")
    try:
        signature = base64.b64decode(sig_line, validate=True)
    except (binascii.Error, ValueError):
        raise _bad("dòng 2 (chữ ký) không đúng dạng base64") from None
    if len(signature) != SIGNATURE_SIZE or base64.b64encode(signature) != sig_line:
        raise _bad(f"chữ ký phải là đúng {SIGNATURE_SIZE} byte ở dạng base64 chuẩn")
    if not verify(fields["parent"]["unit"], body, signature):
        raise PackageError(
            f"{_WHAT} có chữ ký không đúng: tệp đã bị sửa, hoặc không phải của "
            f"{fields['parent']['name']} ({fields['parent']['unit']}); không nhận."
        )
    return Decision(fields, bytes(data), signature)
