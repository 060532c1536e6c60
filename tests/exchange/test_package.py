"""The .pcmd package: round trip, determinism, and every refusal (docs/exchange-format.md)."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import zipfile

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pcmd_desktop.domain.indicators import BY_CODE, CATALOGUE_VERSION, CATALOGUE_VERSIONS, codes_of
from pcmd_desktop.exchange import limits
from pcmd_desktop.exchange.manifest import canonical_json, encode_records
from pcmd_desktop.exchange.package import Package, PackageError, build_package, read_package

KEY = Ed25519PrivateKey.generate()
OTHER = Ed25519PrivateKey.generate()
SENDER = "00070"


def verify(unit: str, data: bytes, signature: bytes) -> bool:
    assert unit == SENDER
    try:
        KEY.public_key().verify(signature, data)
    except InvalidSignature:
        return False
    return True


def manifest_fields(**changes) -> dict:
    fields = {
        "app_version": "0.1.0",
        "sender": {"unit": SENDER, "name": "Phường Chương Dương"},
        "parent": "002",
        "period": {
            "code": "2018-01",
            "kind": "month",
            "from": "2017-12-15",
            "to": "2018-01-14",
            "cutoff": "nd09",
        },
        "revision": 1,
        "created_at": "2018-01-15T08:30:00Z",
    }
    fields.update(changes)
    return fields


def members(**extra: bytes) -> dict[str, bytes]:
    values = {code: {"value": i, "ytd": i * 2} for i, code in enumerate(BY_CODE)}
    records = [
        {
            "record": "activity",
            "id": "2f1c7a52-7d0e-4a8b-9a57-3a1f0c6f5e01",
            "unit": SENDER,
            "date": "2018-01-05",
            "kind": "propaganda",
            "title": "Tuyên truyền tại tổ dân phố",
            "participants": 120,
        },
        {
            "record": "person",
            "id": "6a0b1f5e-2c3d-4e5f-8a9b-0c1d2e3f4a5b",
            "unit": SENDER,
            "code": "CD-2018-0001",
            "opened_on": "2018-01-03",
            "birth_year": 1995,
        },
    ]
    out = {
        "indicators.json": canonical_json({"values": values}),
        "records.jsonl": encode_records(records),
        "narrative.json": canonical_json({"assessment": "Tình hình ổn định."}),
    }
    out.update(extra)
    return out


def build(fields: dict | None = None, parts: dict | None = None, key=KEY) -> bytes:
    return build_package(fields or manifest_fields(), parts or members(), key.sign)


def entries(data: bytes) -> list[tuple[zipfile.ZipInfo, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return [(i, zf.read(i)) for i in zf.infolist()]


def rezip(items: list[tuple[str, bytes]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, payload in items:
            zf.writestr(name, payload)
    return buf.getvalue()


def refused(data: bytes, *fragments: str) -> str:
    with pytest.raises(PackageError) as exc:
        read_package(data, verify)
    message = str(exc.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def test_round_trip():
    parts = members(**{"personal.bin": b"\x00sealed\xff" * 10})
    data = build(parts=parts)
    pkg = read_package(data, verify)
    assert isinstance(pkg, Package)
    assert pkg.members == parts
    assert pkg.sha256 == hashlib.sha256(data).hexdigest()
    assert pkg.manifest["format"] == "pcmd-report"
    assert pkg.manifest["format_version"] == 2
    assert pkg.manifest["catalogue_version"] == CATALOGUE_VERSION
    assert pkg.manifest["personal"] is True
    assert pkg.personal == parts["personal.bin"]
    assert pkg.manifest["sender"]["unit"] == SENDER
    assert pkg.manifest["members"]["records.jsonl"] == {
        "size": len(parts["records.jsonl"]),
        "sha256": hashlib.sha256(parts["records.jsonl"]).hexdigest(),
    }
    assert set(pkg.indicators) == set(BY_CODE)
    assert [r["record"] for r in pkg.records] == ["activity", "person"]
    assert pkg.narrative == {"assessment": "Tình hình ổn định."}
    assert pkg.children == {}
    names = [i.filename for i, _ in entries(data)]
    assert names[:2] == ["manifest.json", "manifest.sig"]
    assert all(i.compress_type == zipfile.ZIP_DEFLATED for i, _ in entries(data))
    # The manifest is canonical JSON: sorted keys, UTF-8 without escapes.
    assert pkg.manifest_bytes == canonical_json(pkg.manifest)
    assert "Phường".encode() in pkg.manifest_bytes


def test_children_round_trip():
    child = {code: {"value": 1, "ytd": 2.5} for code in BY_CODE}
    children = {"00070": {"revision": 2, "sha256": "ab" * 32, "values": child}}
    fields = manifest_fields(sender={"unit": "002", "name": "Quận Hoàn Kiếm"}, parent="01")
    data = build_package(fields, members(**{"children.json": canonical_json(children)}), KEY.sign)
    pkg = read_package(data, lambda unit, m, s: unit == "002" and verify(SENDER, m, s))
    assert pkg.children == children
    assert pkg.manifest["personal"] is False


def test_deterministic_bytes():
    assert build() == build()
    assert build() != build(manifest_fields(revision=2))


@pytest.mark.parametrize(
    "name", ["indicators.json", "records.jsonl", "narrative.json", "personal.bin"]
)
def test_changed_byte_in_a_member(name):
    data = build(parts=members(**{"personal.bin": b"sealed bytes"}))
    items = [(i.filename, p) for i, p in entries(data)]
    changed = []
    for n, p in items:
        if n == name:
            p = p[:-2] + bytes([p[-2] ^ 0x01]) + p[-1:]
        changed.append((n, p))
    refused(rezip(changed), f"Thành phần {name} bị thay đổi")


@pytest.mark.parametrize("name", ["manifest.json", "manifest.sig"])
def test_changed_byte_in_manifest_or_signature(name):
    items = [(i.filename, p) for i, p in entries(build())]
    changed = []
    for n, p in items:
        if n == name:
            p = (
                p.replace(b"0.1.0", b"0.1.1")
                if name == "manifest.json"
                else bytes([p[0] ^ 1]) + p[1:]
            )
        changed.append((n, p))
    refused(rezip(changed), "Chữ ký không đúng")


def test_removed_member():
    items = [(i.filename, p) for i, p in entries(build()) if i.filename != "narrative.json"]
    refused(rezip(items), "thiếu thành phần narrative.json")


def test_missing_manifest():
    items = [(i.filename, p) for i, p in entries(build()) if i.filename != "manifest.json"]
    refused(rezip(items), "thiếu thành phần manifest.json")


def test_added_member_unknown_name():
    items = [(i.filename, p) for i, p in entries(build())] + [("evil.exe", b"MZ")]
    refused(rezip(items), "evil.exe")


def test_added_member_known_but_undeclared():
    items = [(i.filename, p) for i, p in entries(build())] + [("children.json", b"{}")]
    refused(rezip(items), "children.json", "không được khai báo")


def test_signature_by_another_key():
    refused(build(key=OTHER), "Chữ ký không đúng", SENDER)


def test_verify_callback_raising_is_a_bad_signature():
    def boom(unit, data, sig):
        raise InvalidSignature()

    with pytest.raises(PackageError, match="Chữ ký không đúng"):
        read_package(build(), boom)


@pytest.mark.parametrize("name", ["../x", "/x", "a/../manifest.json", "dir\\x", "C:/x"])
def test_unsafe_member_names(name):
    items = [(i.filename, p) for i, p in entries(build())] + [(name, b"x")]
    message = refused(rezip(items))
    assert name in message


def test_too_many_members():
    items = [(i.filename, p) for i, p in entries(build())]
    items += [(f"x{n}", b"") for n in range(20)]
    refused(rezip(items), "quá nhiều thành phần")


def test_duplicate_member():
    items = [(i.filename, p) for i, p in entries(build())]
    with pytest.warns(UserWarning):
        data = rezip([*items, ("narrative.json", b"{}")])
    refused(data, "hai lần")


def zip_bomb(size: int) -> bytes:
    """A ZIP whose records.jsonl expands to `size` zero bytes, written in chunks."""
    buf = io.BytesIO()
    chunk = bytes(1024 * 1024)
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, payload in entries(build()):
            if info.filename != "records.jsonl":
                zf.writestr(info.filename, payload)
        with zf.open("records.jsonl", "w", force_zip64=True) as f:
            for _ in range(size // len(chunk)):
                f.write(chunk)
    return buf.getvalue()


def test_zip_bomb_refused_from_the_directory():
    data = zip_bomb(200 * 1024 * 1024)
    assert len(data) < 1024 * 1024
    refused(data, "records.jsonl", "quá lớn")


def test_compression_ratio_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_MEMBER_SIZE", 10**12)
    monkeypatch.setattr(limits, "MAX_TOTAL_SIZE", 10**12)
    refused(zip_bomb(8 * 1024 * 1024), "records.jsonl", "tỉ lệ nén")


def _lie_about_size(data: bytes, name: bytes, size: int) -> bytes:
    """Rewrite the uncompressed size of `name` in its local header and the directory."""
    out = bytearray(data)
    pos = 0
    while (pos := out.find(b"PK\x03\x04", pos)) >= 0:
        n = struct.unpack_from("<H", out, pos + 26)[0]
        if out[pos + 30 : pos + 30 + n] == name:
            struct.pack_into("<I", out, pos + 22, size)
        pos += 4
    pos = 0
    while (pos := out.find(b"PK\x01\x02", pos)) >= 0:
        n = struct.unpack_from("<H", out, pos + 28)[0]
        if out[pos + 46 : pos + 46 + n] == name:
            struct.pack_into("<I", out, pos + 24, size)
        pos += 4
    return bytes(out)


def test_lying_header_cannot_blow_memory(monkeypatch):
    # The directory says 2 MB; the data expands to 8 MB of zeros. Reading stops at the
    # declared size and the file is refused.
    monkeypatch.setattr(limits, "MAX_RATIO", 10**6)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for info, payload in entries(build()):
            zf.writestr(info.filename, payload)
        zf.writestr("personal.bin", bytes(8 * 1024 * 1024))
    data = _lie_about_size(buf.getvalue(), b"personal.bin", 2 * 1024 * 1024)
    refused(data, "personal.bin")


def test_limit_enforced_while_reading(monkeypatch):
    # Even with the directory check out of the way, reading stops past the limit.
    from pcmd_desktop.exchange import package

    data = build()
    monkeypatch.setattr(package, "_check_directory", lambda zf: zf.infolist())
    monkeypatch.setattr(limits, "MAX_MEMBER_SIZE", 100)
    monkeypatch.setattr(limits, "CHUNK", 16)
    refused(data, "quá lớn")
    monkeypatch.setattr(limits, "MAX_MEMBER_SIZE", 10**9)
    monkeypatch.setattr(limits, "MAX_TOTAL_SIZE", 1000)
    refused(data, "tổng")


def test_unknown_format_version():
    refused(build_with_manifest({**built_manifest(), "format_version": 4}), "phiên bản định dạng 4")


def test_unknown_format():
    refused(build_with_manifest({**built_manifest(), "format": "other"}), "không phải báo cáo PCMD")


def test_manifest_not_json():
    refused(build_with_manifest(b"{not json"), "manifest.json", "không phải JSON")


def test_manifest_not_matching_schema():
    m = built_manifest()
    del m["revision"]
    refused(build_with_manifest(m), "thiếu trường revision")
    m = built_manifest()
    m["period"]["to"] = "2018-01-31"
    refused(build_with_manifest(m), "period")


def test_truncated_file():
    data = build()
    refused(data[: len(data) // 2], "bị cắt cụt hoặc bị hỏng")
    refused(data[:-10], "bị cắt cụt hoặc bị hỏng")


def test_not_a_zip():
    refused(b"%PDF-1.4 this is not a zip", "không phải tệp .pcmd (ZIP)")
    refused(b"", "không phải tệp .pcmd (ZIP)")


def test_bad_member_contents_refused_when_signed():
    bad = {
        "indicators.json": canonical_json({"values": {"case.detected": {"value": 1, "ytd": 1}}}),
        "narrative.json": b"[1, 2]",
        "records.jsonl": b'{"no_record": 1}\n',
    }
    for name, payload in bad.items():
        parts = members(**{name: payload})
        with pytest.raises(PackageError, match=name.replace(".", r"\.")):
            build(parts=parts)
        refused(sign_zip(manifest_fields(), parts), name)


def test_personal_fields_in_clear_refused():
    line = {"record": "person", "id": "x", "unit": SENDER, "full_name": "Nguyễn Thị A"}
    parts = members(**{"records.jsonl": encode_records([line])})
    refused(sign_zip(manifest_fields(), parts), "full_name")


# --- helpers that write files build_package would refuse ------------------------------------


def built_manifest() -> dict:
    return json.loads(read_package(build(), verify).manifest_bytes)


def build_with_manifest(manifest: dict | bytes) -> bytes:
    raw = manifest if isinstance(manifest, bytes) else canonical_json(manifest)
    items = [(i.filename, p) for i, p in entries(build())]
    items = [(n, raw if n == "manifest.json" else p) for n, p in items]
    items = [(n, KEY.sign(raw) if n == "manifest.sig" else p) for n, p in items]
    return rezip(items)


def sign_zip(fields: dict, parts: dict[str, bytes]) -> bytes:
    m = {**fields, "format": "pcmd-report", "format_version": 2, "personal": False}
    m.setdefault("catalogue_version", CATALOGUE_VERSION)
    m["members"] = {
        n: {"size": len(p), "sha256": hashlib.sha256(p).hexdigest()} for n, p in parts.items()
    }
    raw = canonical_json(m)
    return rezip([("manifest.json", raw), ("manifest.sig", KEY.sign(raw)), *parts.items()])


def test_schema_file_agrees_with_the_code():
    import re

    from pcmd_desktop.resources import resource_path

    schema = json.loads(resource_path("exchange/manifest.schema.json").read_text("utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    m = built_manifest()
    # catalogue_version is required from format version 2 (the schema's if/then/else).
    assert set(schema["required"]) | {"catalogue_version"} == set(m) == set(schema["properties"])
    assert schema["else"] == {"required": ["catalogue_version"]}
    assert tuple(schema["properties"]["members"]["properties"]) == limits.CONTENT_MEMBERS
    assert schema["properties"]["members"]["required"] == list(limits.REQUIRED_MEMBERS)
    assert schema["properties"]["format_version"]["enum"] == list(limits.READABLE_VERSIONS)
    assert schema["properties"]["catalogue_version"]["enum"] == list(CATALOGUE_VERSIONS)
    props, defs = schema["properties"], schema["$defs"]
    assert re.search(props["created_at"]["pattern"], m["created_at"])
    assert re.search(props["period"]["properties"]["code"]["pattern"], m["period"]["code"])
    assert re.search(defs["unit"]["pattern"], m["sender"]["unit"])
    assert re.search(defs["member"]["properties"]["sha256"]["pattern"], "0" * 64)
    assert defs["member"]["properties"]["size"]["maximum"] == limits.MAX_MEMBER_SIZE


def v1_members(**extra: bytes) -> dict[str, bytes]:
    """A file's members as a program of catalogue version 1 wrote them."""
    values = {code: {"value": i, "ytd": i} for i, code in enumerate(codes_of("1"))}
    return {**members(), "indicators.json": canonical_json({"values": values}), **extra}


def test_a_version_1_file_with_the_codes_of_catalogue_1_is_read():
    data = build(manifest_fields(format_version=1), v1_members())
    pkg = read_package(data, verify)
    assert "catalogue_version" not in pkg.manifest
    assert set(pkg.indicators) == set(codes_of("1")) and len(pkg.indicators) == 37
    assert "inspection.establishments_city_team" not in pkg.indicators


def test_catalogue_and_codes_must_agree():
    # A version 1 file cannot carry the newer codes, a version 2 file must carry them all.
    with pytest.raises(PackageError, match=r"danh mục phiên bản 1: .*hotspot\.eradicated_business"):
        build(manifest_fields(format_version=1), members())
    with pytest.raises(PackageError, match=r"thiếu chỉ tiêu inspection\.establishments_city_team"):
        build(manifest_fields(), v1_members())
    # A version 2 file may say it speaks catalogue 1; not a catalogue this program lacks.
    assert read_package(build(manifest_fields(catalogue_version="1"), v1_members()), verify)
    with pytest.raises(PackageError, match="danh mục chỉ tiêu phiên bản '9' chưa hỗ trợ"):
        build(manifest_fields(catalogue_version="9"), members())
    with pytest.raises(PackageError, match="trường lạ catalogue_version"):
        build(manifest_fields(format_version=1, catalogue_version="1"), v1_members())


def test_children_json_keeps_an_older_childs_values_as_they_came():
    old = {code: {"value": 1, "ytd": 1} for code in codes_of("1")}
    new = {code: {"value": 2, "ytd": 2} for code in codes_of("2")}
    children = {
        "00067": {"revision": 1, "sha256": "a" * 64, "values": old},
        "00070": {"revision": 2, "sha256": "b" * 64, "values": new},
    }
    pkg = read_package(build(parts=members(**{"children.json": canonical_json(children)})), verify)
    assert set(pkg.children["00067"]["values"]) == set(codes_of("1"))
    half = {**children, "00067": {**children["00067"], "values": dict(list(new.items())[:38])}}
    with pytest.raises(PackageError, match=r"children\.json"):
        build(parts=members(**{"children.json": canonical_json(half)}))


@pytest.mark.parametrize(
    ("cutoff", "start", "end"),
    [("nd09", "2025-06-15", "2025-12-14"), ("calendar", "2025-07-01", "2025-12-31")],
)
def test_a_second_half_year_file_is_read(cutoff, start, end):
    """H2 travels as kind 'half' like H1: no new kind in the manifest, and the schema's
    period pattern takes it."""
    import re

    from pcmd_desktop.resources import resource_path

    period = {"code": "2025-H2", "kind": "half", "from": start, "to": end, "cutoff": cutoff}
    pkg = read_package(build(manifest_fields(period=period)), verify)
    assert pkg.manifest["period"] == period
    m = built_manifest()
    m["period"] = {**period, "kind": "year"}
    refused(build_with_manifest(m), "2025-H2", "half")
    m["period"] = {**period, "code": "2025-H3"}
    refused(build_with_manifest(m), "2025-H3")
    schema = json.loads(resource_path("exchange/manifest.schema.json").read_text("utf-8"))
    pattern = schema["properties"]["period"]["properties"]["code"]["pattern"]
    assert re.search(pattern, "2025-H2") and re.search(pattern, "2025-H1")
    assert not re.search(pattern, "2025-H3")
