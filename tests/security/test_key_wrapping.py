"""Data key, KEK derivation, key wrapping and recovery keys."""

from __future__ import annotations

import re

import pytest

from pcmd_desktop.security import keys
from pcmd_desktop.security.keys import (
    KdfParams,
    WrongKey,
    derive_kek,
    derive_subkey,
    new_data_key,
    new_recovery_key,
    normalise_recovery_key,
    unwrap_key,
    wrap_key,
)

CONTEXT = "user:quan-tri"


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lower cost where the KDF cost is not what the test is about."""
    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)


def test_data_keys_are_random_32_bytes() -> None:
    a, b = new_data_key(), new_data_key()
    assert len(a) == 32 and a != b


def test_kdf_params_json_round_trip() -> None:
    params = KdfParams.new()
    assert (params.n, params.r, params.p, len(params.salt)) == (2**15, 8, 1, 16)
    assert KdfParams.from_json(params.to_json()) == params
    assert KdfParams.new().salt != params.salt


@pytest.mark.parametrize(
    "text",
    [
        "",
        "{}",
        "[]",
        '{"alg": "scrypt"}',
        '{"alg":"scrypt","salt":"!!","n":1024,"r":8,"p":1}',
        '{"alg":"scrypt","salt":"AAAAAAAAAAA=","n":1000,"r":8,"p":1}',
        '{"alg":"scrypt","salt":"AAAAAAAAAAA=","n":true,"r":8,"p":1}',
    ],
)
def test_kdf_params_from_bad_json(text: str) -> None:
    with pytest.raises(ValueError, match="Tham số dẫn xuất khóa"):
        KdfParams.from_json(text)


def test_kek_depends_on_salt_and_nfc(cheap_scrypt: None) -> None:
    params = KdfParams.new()
    kek = derive_kek("Hoà Bình 2018", params)
    assert len(kek) == 32
    assert derive_kek("Hoa\u0300 Bi\u0300nh 2018", params) == kek  # NFD spelling
    assert derive_kek("Hoà Bình 2018", KdfParams.new()) != kek


def test_wrap_unwrap_round_trip() -> None:
    kek, key = new_data_key(), new_data_key()
    blob = wrap_key(kek, key, context=CONTEXT)
    assert blob[0] == 1 and len(blob) == 1 + 12 + 32 + 16
    assert key not in blob
    assert unwrap_key(kek, blob, context=CONTEXT) == key
    assert wrap_key(kek, key, context=CONTEXT) != blob  # fresh nonce


def test_wrong_kek_raises_wrong_key() -> None:
    blob = wrap_key(new_data_key(), new_data_key(), context=CONTEXT)
    with pytest.raises(WrongKey, match="Mật khẩu hoặc khóa khôi phục không đúng"):
        unwrap_key(new_data_key(), blob, context=CONTEXT)


def test_wrong_context_raises_wrong_key() -> None:
    kek = new_data_key()
    blob = wrap_key(kek, new_data_key(), context=CONTEXT)
    with pytest.raises(WrongKey):
        unwrap_key(kek, blob, context="user:can-bo")


@pytest.mark.parametrize("position", [0, 1, 13, -1])
def test_tampered_blob_raises_wrong_key(position: int) -> None:
    kek = new_data_key()
    blob = bytearray(wrap_key(kek, new_data_key(), context=CONTEXT))
    blob[position] ^= 0x01
    with pytest.raises(WrongKey):
        unwrap_key(kek, bytes(blob), context=CONTEXT)


@pytest.mark.parametrize("blob", [b"", b"\x01", b"\x01" + bytes(27), b"\x02" + bytes(60)])
def test_malformed_blob_raises_wrong_key(blob: bytes) -> None:
    with pytest.raises(WrongKey):
        unwrap_key(new_data_key(), blob, context=CONTEXT)


def test_subkeys_differ_by_purpose() -> None:
    key = new_data_key()
    fields = derive_subkey(key, "pcmd fields v1")
    assert len(fields) == 32 and fields != key
    assert derive_subkey(key, "pcmd fields v1") == fields
    assert derive_subkey(key, "pcmd backups v1") != fields


def test_recovery_key_format() -> None:
    key = new_recovery_key()
    assert re.fullmatch(r"[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){7}", key)
    assert normalise_recovery_key(key) == key
    assert new_recovery_key() != key


def test_recovery_key_normalisation_is_forgiving() -> None:
    key = new_recovery_key()
    typed = " ".join(key.replace("-", "")[i : i + 4] for i in range(0, 40, 4)).lower()
    assert normalise_recovery_key(typed) == key
    assert normalise_recovery_key("--" + key.replace("-", "--") + "-") == key
    look_alike = key.replace("0", "O").replace("1", "l")
    assert normalise_recovery_key(look_alike) == key


@pytest.mark.parametrize(
    ("mangle", "expected"),
    [
        (lambda k: k[:-1], "phải có 40 ký tự"),
        (lambda k: k + "7", "phải có 40 ký tự"),
        (lambda k: "U" + k[1:], "ký tự không hợp lệ: U"),
        (lambda k: k[:-1] + "#", "ký tự không hợp lệ"),
    ],
)
def test_recovery_key_bad_length_or_characters(mangle, expected: str) -> None:
    with pytest.raises(ValueError, match=expected):
        normalise_recovery_key(mangle(new_recovery_key()))


def test_recovery_key_typo_is_detected() -> None:
    key = new_recovery_key()
    swapped = ("Z" if key[0] != "Z" else "Y") + key[1:]
    with pytest.raises(ValueError, match="gõ sai"):
        normalise_recovery_key(swapped)


def test_recovery_key_unwraps_data_key_with_real_parameters() -> None:
    data_key, recovery = new_data_key(), new_recovery_key()
    params = KdfParams.new()
    blob = wrap_key(derive_kek(recovery, params), data_key, context="recovery")
    stored = KdfParams.from_json(params.to_json())
    typed = recovery.lower().replace("-", " ")
    kek = derive_kek(normalise_recovery_key(typed), stored)
    assert unwrap_key(kek, blob, context="recovery") == data_key


def test_wrong_recovery_key_raises_wrong_key(cheap_scrypt: None) -> None:
    params = KdfParams.new()
    blob = wrap_key(derive_kek(new_recovery_key(), params), new_data_key(), context="recovery")
    with pytest.raises(WrongKey):
        unwrap_key(derive_kek(new_recovery_key(), params), blob, context="recovery")


def test_wrong_key_default_message_is_vietnamese() -> None:
    assert str(WrongKey()) == "Mật khẩu hoặc khóa khôi phục không đúng"
