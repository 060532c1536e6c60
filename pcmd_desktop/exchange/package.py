"""The upward file (.pcmd) as bytes: build one, and read one back with every check done
before anything is returned (docs/exchange-format.md, DESIGN.md section 7).

Pure library: no database, no keys. Signing and verifying are callbacks, so the caller
decides which key signs and which public key a sender unit has.
"""

from __future__ import annotations

import copy
import hashlib
import io
import re
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field

from pcmd_desktop.domain.indicators import CATALOGUE_VERSION
from pcmd_desktop.domain.periods import ADHOC
from pcmd_desktop.exchange import limits
from pcmd_desktop.exchange.limits import (
    ADHOC_FORMAT_VERSION,
    BREAKDOWN_FORMAT_VERSION,
    BREAKDOWN_MEMBER,
    CONTENT_MEMBERS,
    FORMAT,
    FORMAT_VERSION,
    KNOWN_MEMBERS,
    MANIFEST,
    SIGNATURE,
    SIGNATURE_SIZE,
    PackageError,
)
from pcmd_desktop.exchange.manifest import (
    canonical_json,
    catalogue_of,
    check_breakdown,
    check_children,
    check_indicators,
    check_manifest,
    check_narrative,
    check_records,
    parse_json,
)

__all__ = ["Package", "PackageError", "build_package", "read_package"]

_DATE_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest date a ZIP can hold: same bytes every time
_LEVEL = 6
_ZIP_MAGIC = b"PK\x03\x04"
_DRIVE = re.compile(r"[A-Za-z]:")


@dataclass(frozen=True)
class Package:
    """A .pcmd file that passed every check. `members` holds the content members (not
    manifest.json nor manifest.sig) as raw bytes; the parsed forms are given beside them."""

    manifest: dict
    members: dict[str, bytes]
    sha256: str  # of the whole file, hex
    manifest_bytes: bytes = b""
    signature: bytes = b""
    indicators: dict = field(default_factory=dict)  # {code: {"value", "ytd"}}
    records: list[dict] = field(default_factory=list)
    narrative: dict[str, str] = field(default_factory=dict)
    children: dict = field(default_factory=dict)  # {} when there is no children.json
    # {code: {dimension: {cell: {"value", "ytd"}}}}; {} in a file before format version 4
    breakdown: dict = field(default_factory=dict)

    @property
    def personal(self) -> bytes | None:
        """The sealed personal fields (personal.bin), None when the sender included none."""
        return self.members.get("personal.bin")


def _check_contents(members: dict[str, bytes], catalogue: str) -> dict:
    indicators = check_indicators(members["indicators.json"], catalogue)
    return {
        "indicators": indicators,
        "breakdown": (
            check_breakdown(members[BREAKDOWN_MEMBER], indicators)
            if BREAKDOWN_MEMBER in members
            else {}
        ),
        "records": check_records(members["records.jsonl"]),
        "narrative": check_narrative(members["narrative.json"]),
        "children": (
            check_children(members["children.json"], catalogue)
            if "children.json" in members
            else {}
        ),
    }


# --- building -------------------------------------------------------------------------------


def build_package(
    manifest_fields: dict, members: dict[str, bytes], sign: Callable[[bytes], bytes]
) -> bytes:
    """The bytes of a .pcmd file: `manifest_fields` (every manifest field but "members";
    "format", "format_version", "catalogue_version" (from format version 2) and "personal"
    are filled when absent) completed with the size and SHA-256 of each of `members`,
    signed by `sign(manifest bytes)` -> 64 bytes.
    Deterministic for the same input. PackageError when the result would be refused."""
    for name, payload in members.items():
        if name not in CONTENT_MEMBERS:
            raise PackageError(
                f"Không thể tạo tệp .pcmd: thành phần '{name}' không có trong định dạng."
            )
        if not isinstance(payload, bytes):
            raise PackageError(f"Không thể tạo tệp .pcmd: thành phần {name} phải là bytes.")
        if len(payload) > limits.MAX_MEMBER_SIZE:
            raise PackageError(
                f"Không thể tạo tệp .pcmd: thành phần {name} vượt giới hạn kích thước."
            )
    if sum(len(p) for p in members.values()) > limits.MAX_TOTAL_SIZE:
        raise PackageError("Không thể tạo tệp .pcmd: tổng kích thước vượt giới hạn.")
    ordered = [(name, members[name]) for name in CONTENT_MEMBERS if name in members]
    manifest = copy.deepcopy(dict(manifest_fields))
    manifest.setdefault("format", FORMAT)
    # An ad hoc period needs format version 3; a regular one stays 2, read by older programs.
    adhoc = isinstance(manifest.get("period"), dict) and manifest["period"].get("kind") == ADHOC
    # A breakdown needs format version 4 (which reads ad hoc periods too).
    lowest = ADHOC_FORMAT_VERSION if adhoc else FORMAT_VERSION
    if BREAKDOWN_MEMBER in members:
        lowest = BREAKDOWN_FORMAT_VERSION
    manifest.setdefault("format_version", lowest)
    if manifest["format_version"] != 1:
        manifest.setdefault("catalogue_version", CATALOGUE_VERSION)
    manifest.setdefault("personal", "personal.bin" in members)
    manifest["members"] = {
        name: {"size": len(p), "sha256": hashlib.sha256(p).hexdigest()} for name, p in ordered
    }
    check_manifest(manifest)
    _check_contents(members, catalogue_of(manifest))
    manifest_bytes = canonical_json(manifest)
    signature = sign(manifest_bytes)
    if not isinstance(signature, bytes) or len(signature) != SIGNATURE_SIZE:
        raise PackageError("Không thể tạo tệp .pcmd: chữ ký phải là 64 byte Ed25519.")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, payload in [(MANIFEST, manifest_bytes), (SIGNATURE, signature), *ordered]:
            info = zipfile.ZipInfo(name, date_time=_DATE_TIME)
            info.create_system = 3  # the same on every platform
            info.external_attr = 0o644 << 16
            zf.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=_LEVEL)
    return buf.getvalue()


# --- reading --------------------------------------------------------------------------------


def _open(data: bytes) -> zipfile.ZipFile:
    if data[:4] != _ZIP_MAGIC:
        raise PackageError("Tệp này không phải tệp .pcmd (ZIP).")
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise PackageError(
            "Tệp .pcmd bị cắt cụt hoặc bị hỏng (không đọc được danh mục ZIP); hãy lấy lại tệp."
        ) from None


def _check_name(name: str) -> None:
    fault = ""
    if name.startswith(("/", "\\")) or _DRIVE.match(name):
        fault = "là đường dẫn tuyệt đối"
    elif ".." in name:
        fault = "chứa '..'"
    elif "\\" in name:
        fault = "chứa dấu gạch chéo ngược"
    elif name not in KNOWN_MEMBERS:
        fault = "không thuộc định dạng .pcmd"
    if fault:
        raise PackageError(f"Tệp .pcmd chứa thành phần lạ '{name}' ({fault}); tệp bị từ chối.")


def _check_directory(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.MAX_MEMBERS:
        raise PackageError(
            f"Tệp .pcmd có quá nhiều thành phần ({len(infos)}, tối đa {limits.MAX_MEMBERS})."
        )
    seen: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        _check_name(name)
        if name in seen:
            raise PackageError(f"Thành phần {name} xuất hiện hai lần trong tệp .pcmd.")
        seen.add(name)
        if info.flag_bits & 0x1:
            raise PackageError(f"Thành phần {name} bị mã hóa kiểu ZIP, không được hỗ trợ.")
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise PackageError(f"Thành phần {name} dùng phương thức nén không được hỗ trợ.")
        _check_size(name, info.file_size, total + info.file_size)
        total += info.file_size
        if info.file_size > limits.RATIO_FLOOR and info.file_size > limits.MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise PackageError(
                f"Thành phần {name} có tỉ lệ nén bất thường (trên {limits.MAX_RATIO} lần); "
                "tệp bị từ chối."
            )
    return infos


def _check_size(name: str, size: int, total: int) -> None:
    if size > limits.MAX_MEMBER_SIZE:
        raise PackageError(
            f"Thành phần {name} quá lớn khi giải nén (trên {limits.MAX_MEMBER_SIZE} byte); "
            "tệp bị từ chối."
        )
    if total > limits.MAX_TOTAL_SIZE:
        raise PackageError(
            f"Tệp .pcmd quá lớn khi giải nén (tổng trên {limits.MAX_TOTAL_SIZE} byte); "
            "tệp bị từ chối."
        )


def _read_members(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> dict[str, bytes]:
    out: dict[str, bytes] = {}
    total = 0
    for info in infos:
        parts: list[bytes] = []
        size = 0
        try:
            with zf.open(info) as f:
                while chunk := f.read(limits.CHUNK):
                    size += len(chunk)
                    total += len(chunk)
                    if size > info.file_size:
                        raise PackageError(
                            f"Thành phần {info.filename} giải nén ra nhiều hơn kích thước khai "
                            "báo; tệp bị từ chối."
                        )
                    _check_size(info.filename, size, total)
                    parts.append(chunk)
        except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            if isinstance(exc, PackageError):
                raise
            raise PackageError(
                f"Thành phần {info.filename} bị hỏng, không giải nén được; tệp .pcmd bị cắt "
                "cụt hoặc bị hỏng."
            ) from None
        out[info.filename] = b"".join(parts)
    return out


def _verify(
    manifest: dict, manifest_bytes: bytes, signature: bytes, verify: Callable[..., bool]
) -> None:
    unit = manifest["sender"]["unit"]
    ok = False
    if len(signature) == SIGNATURE_SIZE:
        try:
            ok = bool(verify(unit, manifest_bytes, signature))
        except PackageError:
            raise
        except Exception:  # e.g. cryptography's InvalidSignature
            ok = False
    if not ok:
        raise PackageError(
            f"Chữ ký không đúng: tệp không do đơn vị {unit} ký hoặc đã bị sửa sau khi ký."
        )


def read_package(data: bytes, verify: Callable[[str, bytes, bytes], bool]) -> Package:
    """The checked content of a .pcmd file. `verify(sender_unit, manifest_bytes, signature)`
    says whether the signature is the sender's. PackageError naming the fault otherwise;
    nothing is returned before every check has passed."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise PackageError("Tệp này không phải tệp .pcmd (ZIP).")
    data = bytes(data)
    with _open(data) as zf:
        raw = _read_members(zf, _check_directory(zf))
    for name in (MANIFEST, SIGNATURE):
        if name not in raw:
            raise PackageError(f"Tệp .pcmd thiếu thành phần {name}.")
    manifest_bytes, signature = raw[MANIFEST], raw[SIGNATURE]
    manifest = check_manifest(parse_json(manifest_bytes, MANIFEST))
    _verify(manifest, manifest_bytes, signature, verify)
    members = {n: raw[n] for n in CONTENT_MEMBERS if n in raw}
    declared = manifest["members"]
    for name in declared:
        if name not in members:
            raise PackageError(f"Tệp .pcmd thiếu thành phần {name} (có khai báo trong manifest).")
    for name, payload in members.items():
        if name not in declared:
            raise PackageError(
                f"Thành phần {name} có trong tệp nhưng không được khai báo trong manifest; "
                "tệp bị từ chối."
            )
        entry = declared[name]
        if len(payload) != entry["size"] or hashlib.sha256(payload).hexdigest() != entry["sha256"]:
            raise PackageError(
                f"Thành phần {name} bị thay đổi (kích thước hoặc SHA-256 không khớp manifest)."
            )
    parsed = _check_contents(members, catalogue_of(manifest))
    return Package(
        manifest=manifest,
        members=members,
        sha256=hashlib.sha256(data).hexdigest(),
        manifest_bytes=manifest_bytes,
        signature=signature,
        **parsed,
    )
