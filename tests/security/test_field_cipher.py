"""Encryption of single personal fields."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcmd_desktop.security.fields import FieldCipher, is_encrypted
from pcmd_desktop.security.keys import WrongKey, new_data_key

AAD = "persons.full_name:3f2a9c1e-0000-4000-8000-000000000001"
NAME = "Nguyễn Thị Hoà, sinh 1990, thôn Đông Hưng, xã Yên Thường"

CIPHER = FieldCipher(new_data_key())


def _payload(token: str) -> bytes:
    return base64.urlsafe_b64decode(token[3:])


def test_round_trip_vietnamese_text() -> None:
    token = CIPHER.encrypt(NAME, aad=AAD)
    assert token.startswith("v1:") and token.isascii()
    assert is_encrypted(token)
    assert CIPHER.decrypt(token, aad=AAD) == NAME


def test_empty_text_round_trips() -> None:
    assert CIPHER.decrypt(CIPHER.encrypt("", aad=AAD), aad=AAD) == ""


def test_same_plaintext_gives_different_tokens() -> None:
    assert CIPHER.encrypt(NAME, aad=AAD) != CIPHER.encrypt(NAME, aad=AAD)


def test_aad_mismatch_raises_wrong_key() -> None:
    token = CIPHER.encrypt(NAME, aad=AAD)
    with pytest.raises(WrongKey):
        CIPHER.decrypt(token, aad="persons.full_name:another-record")
    with pytest.raises(WrongKey):
        CIPHER.decrypt(token, aad="persons.address:" + AAD.split(":")[1])


def test_other_data_key_raises_wrong_key() -> None:
    token = CIPHER.encrypt(NAME, aad=AAD)
    with pytest.raises(WrongKey, match="Dữ liệu mã hóa"):
        FieldCipher(new_data_key()).decrypt(token, aad=AAD)


def test_tampered_token_raises_wrong_key() -> None:
    token = CIPHER.encrypt(NAME, aad=AAD)
    raw = bytearray(_payload(token))
    raw[20] ^= 0x80
    tampered = "v1:" + base64.urlsafe_b64encode(bytes(raw)).decode("ascii")
    with pytest.raises(WrongKey):
        CIPHER.decrypt(tampered, aad=AAD)


@pytest.mark.parametrize("token", ["", NAME, "v1:", "v1:!!!!", "v1:AAAA", "v2:" + "A" * 40])
def test_malformed_token_raises_wrong_key(token: str) -> None:
    with pytest.raises(WrongKey):
        CIPHER.decrypt(token, aad=AAD)


def test_token_never_contains_plaintext_bytes() -> None:
    token = CIPHER.encrypt(NAME, aad=AAD)
    for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
        plain = NAME.encode(encoding)
        assert plain not in token.encode("ascii")
        assert plain not in _payload(token)
    assert "Nguy" not in token


def test_is_encrypted() -> None:
    assert is_encrypted(CIPHER.encrypt("x", aad=AAD))
    assert not is_encrypted(NAME)
    assert not is_encrypted("v1:")
    assert not is_encrypted("v1: chưa mã hóa")
    assert not is_encrypted(None)
    assert not is_encrypted(b"v1:AAAA")


def test_data_key_must_be_32_bytes() -> None:
    with pytest.raises(ValueError, match="32 byte"):
        FieldCipher(b"short")


def test_repr_hides_key() -> None:
    key = new_data_key()
    assert key.hex() not in repr(FieldCipher(key))


@settings(max_examples=200, deadline=None)
@given(plaintext=st.text(st.characters(exclude_categories=())), aad=st.text())
def test_round_trips_arbitrary_text(plaintext: str, aad: str) -> None:
    token = CIPHER.encrypt(plaintext, aad=aad)
    assert is_encrypted(token)
    assert CIPHER.decrypt(token, aad=aad) == plaintext
