"""The handover file (.pcmdbg) as bytes: round trip, and refusals before anything is
returned (docs/exchange-format.md, "The handover file")."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pcmd_desktop.exchange.handover_package import PackageError, build_handover, read_handover
from pcmd_desktop.exchange.manifest import canonical_json
from pcmd_desktop.security import sealing, signing

KEY = Ed25519PrivateKey.generate()
SEAL = sealing.new_sealing_key()
OTHER_SEAL = sealing.new_sealing_key()
STAMPS = {"created_at": "2024-01-01T00:00:00+00:00", "created_by": "a",
          "updated_at": "2024-01-01T00:00:00+00:00", "updated_by": "a"}  # fmt: skip
PERSON_ID = "3c5e7a9b-1d2f-4a6c-8e0b-2d4f6a8c0e99"
FIELDS = {"app_version": "0.1.0", "from": {"unit": "00061", "name": "Phường Hàng Bạc"},
          "to": {"unit": "00067", "name": "Phường Thử Hợp Nhất"},
          "created_at": "2025-07-15T08:00:00Z"}  # fmt: skip


def records() -> list[dict]:
    return [
        {"record": "person", "id": PERSON_ID, "unit": "00061", "code": "HB-1",
         "opened_on": "2024-02-01", **STAMPS, "deleted_at": "2024-03-01T00:00:00+00:00",
         "deleted_by": "a"},
        {"record": "plan_target", "unit": "00061", "year": 2024,
         "indicator": "propaganda.sessions", "target": 5, **STAMPS},
    ]  # fmt: skip


def submission(personal: bytes | None = b'{"full_name":"Con Thu"}\n') -> dict:
    return {"unit": "00064", "period": "2025-H1", "revision": 1, "sha256": "b" * 64,
            "created_at": "2025-06-20T01:00:00Z", "received_at": "2025-06-21T01:00:00Z",
            "received_by": "a", "indicators": "{}", "narrative": "{}", "children": None,
            "records": "", "personal": personal}  # fmt: skip


def build(recs=None, persons=None, subs=None, seal_key=SEAL, **fields) -> bytes:
    pub = sealing.public_bytes(seal_key)
    return build_handover({**FIELDS, **fields}, records() if recs is None else recs,
                          {PERSON_ID: {"full_name": "Bí Mật Thử"}} if persons is None
                          else persons, [submission()] if subs is None else subs,
                          [], [{"record": "person", "key": PERSON_ID, "holder": "00070",
                                "handed_over_on": "2020-01-01"}],
                          lambda m: signing.sign(KEY, m),
                          lambda b: sealing.seal(b, pub))  # fmt: skip


def read(data: bytes, key=KEY):
    pub = signing.public_bytes(key)
    return read_handover(data, lambda _u, m, s: signing.verify(pub, m, s),
                         lambda b: sealing.open_sealed(b, SEAL))  # fmt: skip


def members(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {n: zf.read(n) for n in zf.namelist()}


def rezip(parts: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for name, payload in parts.items():
            zf.writestr(name, payload)
    return buf.getvalue()


def test_round_trip_keeps_everything_and_seals_the_personal_fields():
    data = build()
    h = read(data)
    assert h.sender["unit"] == "00061" and h.receiver["unit"] == "00067"
    assert [r["record"] for r in h.records] == ["person", "plan_target"]
    assert h.records[0]["deleted_at"].startswith("2024-03-01")
    assert h.persons == {PERSON_ID: {"full_name": "Bí Mật Thử"}}
    assert h.submissions[0]["personal"] == b'{"full_name":"Con Thu"}\n'
    assert h.custody[0]["holder"] == "00070"
    assert h.manifest["counts"]["records"] == {"person": 1, "plan_target": 1}
    plain = b"".join(members(data).values())
    assert "Bí Mật Thử".encode() not in plain and b"Con Thu" not in plain


def test_another_signer_is_refused():
    with pytest.raises(PackageError, match="Chữ ký không đúng"):
        read(build(), Ed25519PrivateKey.generate())


def test_a_file_sealed_for_another_unit_is_refused():
    with pytest.raises(PackageError, match="Không mở được thông tin cá nhân"):
        read(build(seal_key=OTHER_SEAL))


def test_a_changed_member_or_a_stray_member_is_refused():
    parts = members(build())
    changed = {**parts, "narratives.json": b"[ ]"}
    with pytest.raises(PackageError, match=r"narratives\.json bị thay đổi"):
        read(rezip(changed))
    with pytest.raises(PackageError, match=r"thành phần lạ 'ghi-chu\.txt'"):
        read(rezip({**parts, "ghi-chu.txt": b"x"}))
    del parts["custody.jsonl"]
    with pytest.raises(PackageError, match=r"thiếu thành phần custody\.jsonl"):
        read(rezip(parts))
    with pytest.raises(PackageError, match="không phải tệp bàn giao"):
        read(b"not a zip")


def test_a_personal_field_in_clear_cannot_be_built():
    clear = [{**records()[0], "full_name": "Lộ Tên"}]
    with pytest.raises(PackageError, match="thông tin cá nhân không mã hóa"):
        build(recs=clear)


def test_a_manifest_with_other_counts_is_refused_even_when_signed():
    parts = members(build())
    manifest = json.loads(parts["manifest.json"])
    manifest["counts"]["records"]["person"] = 2
    parts["manifest.json"] = canonical_json(manifest)
    parts["manifest.sig"] = signing.sign(KEY, parts["manifest.json"])
    with pytest.raises(PackageError, match="'counts' không khớp"):
        read(rezip(parts))


def test_same_units_or_wrong_format_are_refused():
    with pytest.raises(PackageError, match="trùng đơn vị giao"):
        build(to={"unit": "00061", "name": "Phường Hàng Bạc"})
    parts = members(build())
    manifest = json.loads(parts["manifest.json"])
    manifest["format"] = "pcmd-report"
    parts["manifest.json"] = canonical_json(manifest)
    with pytest.raises(PackageError, match="không phải tệp bàn giao PCMD"):
        read(rezip(parts))


def test_personal_fields_of_a_person_not_in_the_file_are_refused():
    with pytest.raises(PackageError, match="không có trong tệp"):
        read(build(persons={"khong-co": {"full_name": "Ai Đó"}}))
