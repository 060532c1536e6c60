"""The handover file (.pcmdbg, "bàn giao"): everything a unit's database holds, for the
unit that succeeded it (docs/exchange-format.md, "Tệp bàn giao").

A ZIP like the upward file: manifest.json (canonical JSON), manifest.sig (Ed25519 over
it), records.jsonl (every record, the trash included, without personal fields),
submissions.jsonl (the files the unit received from its children), narratives.json,
custody.jsonl (who held each record before) and personal.bin (the persons' personal
fields and the children's personal parts, sealed for the successor's key).

Pure library: no database, no keys. Signing, verifying, sealing and opening are
callbacks. Reading does every check before anything is returned.
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field

from pcmd_desktop.domain.records import KINDS, record_key
from pcmd_desktop.exchange import limits
from pcmd_desktop.exchange.limits import SIGNATURE_SIZE, PackageError
from pcmd_desktop.exchange.manifest import canonical_json, encode_records, parse_json
from pcmd_desktop.exchange.package import _check_size, _open, _read_members
from pcmd_desktop.reports.model import NARRATIVE_SECTIONS

__all__ = ["FORMAT", "Handover", "PackageError", "build_handover", "read_handover"]

FORMAT = "pcmd-handover"
FORMAT_VERSION = 1
EXTENSION = ".pcmdbg"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
MEMBERS = ("records.jsonl", "submissions.jsonl", "narratives.json", "custody.jsonl",
           "personal.bin")  # fmt: skip
_MANIFEST_KEYS = {"format", "format_version", "app_version", "from", "to", "created_at",
                  "members", "counts"}  # fmt: skip
STAMPS = ("created_at", "created_by", "updated_at", "updated_by", "deleted_at", "deleted_by")
SUBMISSION_KEYS = {"unit", "period", "revision", "sha256", "created_at", "received_at",
                   "received_by", "indicators", "narrative", "children", "records",
                   "personal", "breakdowns"}  # fmt: skip
# A handover file made before the breakdowns (issue 14) has every key but that one.
NARRATIVE_KEYS = {"unit", "period", "section", "text", "updated_at", "updated_by"}
CUSTODY_KEYS = {"record", "key", "holder", "handed_over_on"}
_UNIT = re.compile(r"[0-9]{2,10}", re.ASCII)
_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", re.ASCII)
_CREATED = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z", re.ASCII)
_SHA = re.compile(r"[0-9a-f]{64}", re.ASCII)
_DATE_TIME = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Handover:
    """A handover file that passed every check."""

    manifest: dict
    sha256: str
    records: list[dict] = field(default_factory=list)  # {"record": kind, fields..., stamps}
    persons: dict[str, dict] = field(default_factory=dict)  # id -> personal fields
    submissions: list[dict] = field(default_factory=list)  # "personal": bytes | None
    narratives: list[dict] = field(default_factory=list)
    custody: list[dict] = field(default_factory=list)

    @property
    def sender(self) -> dict:
        return self.manifest["from"]

    @property
    def receiver(self) -> dict:
        return self.manifest["to"]


def _bad(member: str, what: str) -> PackageError:
    return PackageError(f"Tệp bàn giao: thành phần {member} không đúng quy cách: {what}.")


def _lines(data: bytes, member: str) -> list[dict]:
    out = []
    for n, line in enumerate(data.split(b"\n"), start=1):
        if line.strip():
            obj = parse_json(line, f"{member} (dòng {n})")
            if not isinstance(obj, dict):
                raise _bad(member, f"dòng {n} phải là một đối tượng JSON")
            out.append(obj)
    return out


def _text(obj: dict, key: str, member: str, where: str, *, empty: bool = False) -> None:
    v = obj.get(key)
    if not isinstance(v, str) or (not empty and not v):
        raise _bad(member, f"'{key}' của {where} phải là chuỗi ký tự")


def _unit(value: object, member: str, where: str) -> None:
    if not isinstance(value, str) or not _UNIT.fullmatch(value):
        raise _bad(member, f"{where} phải là mã đơn vị hành chính (chữ số)")


def check_records(data: bytes) -> list[dict]:
    """records.jsonl: each a known kind, its key present, no personal field, its stamps."""
    out, seen = [], set()
    for n, rec in enumerate(_lines(data, "records.jsonl"), start=1):
        kind = KINDS.get(rec.get("record")) if isinstance(rec.get("record"), str) else None
        if kind is None:
            raise _bad("records.jsonl", f"dòng {n}: loại hồ sơ {rec.get('record')!r} không có")
        extra = sorted(rec.keys() - {"record", "extra", *kind.keys, *STAMPS})
        if extra:
            raise _bad("records.jsonl", f"dòng {n}: trường lạ {', '.join(extra)}")
        clear = sorted(rec.keys() & {f.key for f in kind.fields if f.sensitive})
        if clear:
            fields = ", ".join(clear)
            raise _bad("records.jsonl", f"dòng {n} chứa thông tin cá nhân không mã hóa ({fields})")
        if any(rec.get(k) is None for k in kind.key):
            raise _bad("records.jsonl", f"dòng {n}: thiếu mã ({', '.join(kind.key)})")
        _unit(rec.get("unit"), "records.jsonl", f"'unit' ở dòng {n}")
        for stamp in STAMPS[:4]:
            _text(rec, stamp, "records.jsonl", f"dòng {n}")
        key = (kind.name, record_key(kind, rec))
        if key in seen:
            raise _bad("records.jsonl", f"dòng {n}: hồ sơ {key[0]} {key[1]} lặp lại")
        seen.add(key)
        out.append(rec)
    return out


def check_submissions(data: bytes) -> list[dict]:
    out, seen = [], set()
    for n, sub in enumerate(_lines(data, "submissions.jsonl"), start=1):
        where = f"dòng {n}"
        if set(sub) | {"breakdowns"} != SUBMISSION_KEYS:
            raise _bad("submissions.jsonl", f"{where}: trường phải đúng {sorted(SUBMISSION_KEYS)}")
        sub.setdefault("breakdowns", None)
        if sub["breakdowns"] is not None:
            _text(sub, "breakdowns", "submissions.jsonl", where)
        _unit(sub["unit"], "submissions.jsonl", f"'unit' ở {where}")
        for key in ("period", "created_at", "received_at", "received_by", "indicators",
                    "narrative", "records"):  # fmt: skip
            _text(sub, key, "submissions.jsonl", where, empty=key == "records")
        if sub["children"] is not None:
            _text(sub, "children", "submissions.jsonl", where)
        if (
            not isinstance(sub["revision"], int)
            or isinstance(sub["revision"], bool)
            or (sub["revision"] < 1)
        ):
            raise _bad("submissions.jsonl", f"{where}: 'revision' phải là số nguyên từ 1")
        if not isinstance(sub["sha256"], str) or not _SHA.fullmatch(sub["sha256"]):
            raise _bad("submissions.jsonl", f"{where}: 'sha256' phải là 64 ký tự hex thường")
        if not isinstance(sub["personal"], bool):
            raise _bad("submissions.jsonl", f"{where}: 'personal' phải là true hoặc false")
        if (sub["unit"], sub["period"]) in seen:
            raise _bad("submissions.jsonl", f"{where}: tệp {sub['unit']} {sub['period']} lặp lại")
        seen.add((sub["unit"], sub["period"]))
        out.append(sub)
    return out


def check_narratives(data: bytes) -> list[dict]:
    doc = parse_json(data, "narratives.json")
    if not isinstance(doc, list):
        raise _bad("narratives.json", "phải là một danh sách JSON")
    for n, item in enumerate(doc, start=1):
        if not isinstance(item, dict) or set(item) != NARRATIVE_KEYS:
            raise _bad("narratives.json", f"mục {n}: trường phải đúng {sorted(NARRATIVE_KEYS)}")
        _unit(item["unit"], "narratives.json", f"'unit' ở mục {n}")
        for key in ("period", "section", "text", "updated_at", "updated_by"):
            _text(item, key, "narratives.json", f"mục {n}", empty=key == "text")
        if item["section"] not in NARRATIVE_SECTIONS:
            raise _bad("narratives.json", f"mục {n}: '{item['section']}' không có trong mẫu")
    return doc


def check_custody(data: bytes) -> list[dict]:
    out = []
    for n, row in enumerate(_lines(data, "custody.jsonl"), start=1):
        if set(row) != CUSTODY_KEYS or row["record"] not in KINDS:
            raise _bad("custody.jsonl", f"dòng {n}: trường phải đúng {sorted(CUSTODY_KEYS)}")
        _text(row, "key", "custody.jsonl", f"dòng {n}")
        _unit(row["holder"], "custody.jsonl", f"'holder' ở dòng {n}")
        day = row["handed_over_on"]
        if not isinstance(day, str) or not _DAY.fullmatch(day):
            raise _bad("custody.jsonl", f"dòng {n}: 'handed_over_on' phải là ngày YYYY-MM-DD")
        out.append(row)
    return out


def _check_manifest(m: object) -> dict:
    if not isinstance(m, dict) or m.get("format") != FORMAT:
        raise PackageError(f"Tệp không phải tệp bàn giao PCMD (cần 'format' = '{FORMAT}').")
    if m.get("format_version") != FORMAT_VERSION:
        raise PackageError(
            f"Tệp bàn giao có phiên bản định dạng {m.get('format_version')!r} chưa hỗ trợ "
            f"(ứng dụng này đọc phiên bản {FORMAT_VERSION}); hãy cập nhật ứng dụng."
        )
    if set(m) != _MANIFEST_KEYS:
        raise _bad(MANIFEST, f"trường phải đúng {', '.join(sorted(_MANIFEST_KEYS))}")
    _text(m, "app_version", MANIFEST, "manifest")
    for side in ("from", "to"):
        unit = m[side]
        if not isinstance(unit, dict) or set(unit) != {"unit", "name"}:
            raise _bad(MANIFEST, f"'{side}' phải có đúng 'unit' và 'name'")
        _unit(unit["unit"], MANIFEST, f"'{side}.unit'")
        _text(unit, "name", MANIFEST, f"'{side}'")
    if m["from"]["unit"] == m["to"]["unit"]:
        raise _bad(MANIFEST, "đơn vị nhận trùng đơn vị giao")
    if not isinstance(m["created_at"], str) or not _CREATED.fullmatch(m["created_at"]):
        raise _bad(MANIFEST, "'created_at' phải là thời điểm UTC dạng 2025-07-15T08:30:00Z")
    members = m["members"]
    if not isinstance(members, dict) or set(members) != set(MEMBERS):
        raise _bad(MANIFEST, f"'members' phải khai báo đúng {', '.join(MEMBERS)}")
    for name, entry in members.items():
        if not isinstance(entry, dict) or set(entry) != {"size", "sha256"}:
            raise _bad(MANIFEST, f"'members.{name}' phải có đúng 'size' và 'sha256'")
        if not isinstance(entry["size"], int) or entry["size"] < 0:
            raise _bad(MANIFEST, f"'members.{name}.size' phải là số nguyên không âm")
        if not isinstance(entry["sha256"], str) or not _SHA.fullmatch(entry["sha256"]):
            raise _bad(MANIFEST, f"'members.{name}.sha256' phải là 64 ký tự hex thường")
    if not isinstance(m["counts"], dict):
        raise _bad(MANIFEST, "'counts' phải là một đối tượng JSON")
    return m


def _counts(records: list[dict], submissions: list, narratives: list, custody: list) -> dict:
    kinds: dict[str, int] = {}
    for r in records:
        kinds[r["record"]] = kinds.get(r["record"], 0) + 1
    return {"records": kinds, "submissions": len(submissions), "narratives": len(narratives),
            "custody": len(custody)}  # fmt: skip


def _personal_doc(persons: dict[str, dict], sub_personal: dict[str, bytes]) -> bytes:
    return canonical_json({
        "persons": persons,
        "submissions": {k: v.decode("utf-8") for k, v in sub_personal.items()},
    })  # fmt: skip


def build_handover(
    fields: dict, records: list[dict], persons: dict[str, dict], submissions: list[dict],
    narratives: list[dict], custody: list[dict], sign: Callable[[bytes], bytes],
    seal: Callable[[bytes], bytes],
) -> bytes:  # fmt: skip
    """The bytes of a handover file. `fields`: app_version, from, to, created_at.
    `submissions` carry "personal" as the child file's opened personal part (bytes) or
    None; it is sealed with the rest in personal.bin. PackageError when it would be
    refused."""
    sub_personal = {f"{s['unit']}/{s['period']}": s["personal"] for s in submissions
                    if s["personal"] is not None}  # fmt: skip
    subs = [{**s, "personal": s["personal"] is not None} for s in submissions]
    members = {
        "records.jsonl": encode_records(records),
        "submissions.jsonl": encode_records(subs),
        "narratives.json": canonical_json(narratives),
        "custody.jsonl": encode_records(custody),
        "personal.bin": seal(_personal_doc(persons, sub_personal)),
    }
    for name, payload in members.items():
        if len(payload) > limits.MAX_MEMBER_SIZE:
            raise PackageError(f"Không thể tạo tệp bàn giao: {name} vượt giới hạn kích thước.")
    manifest = {
        "format": FORMAT, "format_version": FORMAT_VERSION, **fields,
        "members": {n: {"size": len(p), "sha256": hashlib.sha256(p).hexdigest()}
                    for n, p in members.items()},
        "counts": _counts(records, subs, narratives, custody),
    }  # fmt: skip
    _check_manifest(manifest)
    check_records(members["records.jsonl"])
    check_submissions(members["submissions.jsonl"])
    check_narratives(members["narratives.json"])
    check_custody(members["custody.jsonl"])
    manifest_bytes = canonical_json(manifest)
    signature = sign(manifest_bytes)
    if not isinstance(signature, bytes) or len(signature) != SIGNATURE_SIZE:
        raise PackageError("Không thể tạo tệp bàn giao: chữ ký phải là 64 byte Ed25519.")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, payload in [(MANIFEST, manifest_bytes), (SIGNATURE, signature),
                              *members.items()]:  # fmt: skip
            info = zipfile.ZipInfo(name, date_time=_DATE_TIME)
            info.create_system = 3
            info.external_attr = 0o644 << 16
            zf.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=6)
    return buf.getvalue()


def _directory(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    infos = zf.infolist()
    if len(infos) > limits.MAX_MEMBERS:
        raise PackageError(f"Tệp bàn giao có quá nhiều thành phần ({len(infos)}).")
    seen, total = set(), 0
    for info in infos:
        name = info.filename
        if name not in (MANIFEST, SIGNATURE, *MEMBERS):
            raise PackageError(f"Tệp bàn giao chứa thành phần lạ '{name}'; tệp bị từ chối.")
        if name in seen:
            raise PackageError(f"Thành phần {name} xuất hiện hai lần trong tệp bàn giao.")
        seen.add(name)
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED,
                                                              zipfile.ZIP_DEFLATED):  # fmt: skip
            raise PackageError(f"Thành phần {name} bị mã hóa hoặc nén kiểu không hỗ trợ.")
        total += info.file_size
        _check_size(name, info.file_size, total)
        if info.file_size > limits.RATIO_FLOOR and info.file_size > limits.MAX_RATIO * max(
            info.compress_size, 1
        ):
            raise PackageError(f"Thành phần {name} có tỉ lệ nén bất thường; tệp bị từ chối.")
    return infos


def _open_personal(blob: bytes, unseal: Callable[[bytes], bytes]) -> tuple[dict, dict]:
    try:
        doc = parse_json(unseal(blob), "personal.bin")
    except PackageError:
        raise
    except Exception:  # a wrong key or a changed byte: the seal does not open
        raise PackageError(
            "Không mở được thông tin cá nhân (personal.bin): tệp không niêm phong cho khóa "
            "của đơn vị này hoặc đã bị sửa."
        ) from None
    if not isinstance(doc, dict) or set(doc) != {"persons", "submissions"}:
        raise _bad("personal.bin", "phải có đúng 'persons' và 'submissions'")
    persons, subs = doc["persons"], doc["submissions"]
    if not isinstance(persons, dict) or not all(isinstance(v, dict) for v in persons.values()):
        raise _bad("personal.bin", "'persons' phải là các đối tượng theo mã hồ sơ")
    # Personal fields of any kind (a person's, a volunteer's), never a confidential one (a
    # tip's informant stays in the database that took the tip).
    allowed = {
        f.key for k in KINDS.values() for f in k.fields if f.sensitive and not f.confidential
    }
    for pid, fields in persons.items():
        if fields.keys() - allowed or not all(isinstance(v, str) for v in fields.values()):
            raise _bad("personal.bin", f"thông tin cá nhân của {pid} có trường lạ")
    if not isinstance(subs, dict) or not all(isinstance(v, str) for v in subs.values()):
        raise _bad("personal.bin", "'submissions' phải là văn bản theo đơn vị/kỳ")
    return persons, {k: v.encode("utf-8") for k, v in subs.items()}


def read_handover(
    data: bytes, verify: Callable[[str, bytes, bytes], bool], unseal: Callable[[bytes], bytes]
) -> Handover:
    """The checked content of a handover file. `verify(sender, manifest, signature)` says
    whether the sender signed it; `unseal(blob)` opens personal.bin. PackageError naming
    the fault; nothing is returned before every check has passed."""
    data = bytes(data)
    if len(data) > limits.MAX_TOTAL_SIZE:
        raise PackageError("Tệp bàn giao quá lớn; tệp bị từ chối.")
    if data[:4] != b"PK\x03\x04":
        raise PackageError("Tệp này không phải tệp bàn giao PCMD (ZIP).")
    with _open(data) as zf:
        raw = _read_members(zf, _directory(zf))
    for name in (MANIFEST, SIGNATURE, *MEMBERS):
        if name not in raw:
            raise PackageError(f"Tệp bàn giao thiếu thành phần {name}.")
    manifest = _check_manifest(parse_json(raw[MANIFEST], MANIFEST))
    sender = manifest["from"]["unit"]
    ok = False
    if len(raw[SIGNATURE]) == SIGNATURE_SIZE:
        try:
            ok = bool(verify(sender, raw[MANIFEST], raw[SIGNATURE]))
        except PackageError:
            raise
        except Exception:
            ok = False
    if not ok:
        raise PackageError(
            f"Chữ ký không đúng: tệp bàn giao không do đơn vị {sender} ký hoặc đã bị sửa sau "
            "khi ký."
        )
    for name in MEMBERS:
        entry = manifest["members"][name]
        payload = raw[name]
        if len(payload) != entry["size"] or hashlib.sha256(payload).hexdigest() != entry["sha256"]:
            raise PackageError(
                f"Thành phần {name} bị thay đổi (kích thước hoặc SHA-256 không khớp manifest)."
            )
    records = check_records(raw["records.jsonl"])
    submissions = check_submissions(raw["submissions.jsonl"])
    narratives = check_narratives(raw["narratives.json"])
    custody = check_custody(raw["custody.jsonl"])
    if manifest["counts"] != _counts(records, submissions, narratives, custody):
        raise _bad(MANIFEST, "'counts' không khớp nội dung tệp")
    persons, sub_personal = _open_personal(raw["personal.bin"], unseal)
    person_ids = {r["id"] for r in records if r.get("id")}  # persons and volunteers
    stray = sorted(set(persons) - person_ids)
    if stray:
        raise _bad("personal.bin", f"có thông tin của hồ sơ không có trong tệp: {stray[0]}")
    wanted = {f"{s['unit']}/{s['period']}" for s in submissions if s["personal"]}
    if set(sub_personal) != wanted:
        raise _bad("personal.bin", "phần cá nhân của các tệp đã nhận không khớp submissions")
    subs = [{**s, "personal": sub_personal.get(f"{s['unit']}/{s['period']}")}
            for s in submissions]  # fmt: skip
    return Handover(manifest, hashlib.sha256(data).hexdigest(), records, persons, subs,
                    narratives, custody)  # fmt: skip
