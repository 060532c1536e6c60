"""Password policy and scrypt password hashes."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pcmd_desktop.security import passwords
from pcmd_desktop.security.passwords import (
    PasswordPolicyError,
    check_password_policy,
    hash_password,
    needs_rehash,
    verify_password,
)

PASSWORD = "Chương Dương 2018!"


@pytest.fixture
def cheap_scrypt(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lower cost where the KDF cost is not what the test is about."""
    monkeypatch.setattr(passwords, "SCRYPT_LOG_N", 10)


def test_real_parameters_format_and_verify() -> None:
    encoded = hash_password(PASSWORD)
    prefix, log_n, r, p, salt, digest = encoded.split("$")
    assert (prefix, log_n, r, p) == ("scrypt", "15", "8", "1")
    assert len(salt) == 24 and len(digest) == 44  # 16 and 32 bytes in base64
    assert verify_password(PASSWORD, encoded)
    assert not needs_rehash(encoded)


def test_wrong_password_is_rejected(cheap_scrypt: None) -> None:
    encoded = hash_password(PASSWORD)
    assert not verify_password("Chương Dương 2019!", encoded)
    assert not verify_password("", encoded)


def test_same_password_hashes_differently(cheap_scrypt: None) -> None:
    assert hash_password(PASSWORD) != hash_password(PASSWORD)


def test_nfc_and_nfd_spellings_are_the_same_password(cheap_scrypt: None) -> None:
    nfc = unicodedata.normalize("NFC", "Hoà Bình Nguyễn")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    assert verify_password(nfd, hash_password(nfc))
    assert verify_password(nfc, hash_password(nfd))


@pytest.mark.parametrize(
    "encoded",
    [
        "",
        "scrypt",
        "bcrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$15$8$1$not base64!$AAAA",
        "scrypt$99$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$-1$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$x$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
        "scrypt$15$8$1$$",
        None,
    ],
)
def test_malformed_hash_gives_false(encoded: str) -> None:
    assert verify_password(PASSWORD, encoded) is False
    assert needs_rehash(encoded)


def test_weaker_parameters_need_rehash(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(passwords, "SCRYPT_LOG_N", 10)
    weak = hash_password(PASSWORD)
    assert weak.startswith("scrypt$10$")
    monkeypatch.undo()  # back to the real cost: the old hash is now below it
    assert needs_rehash(weak)
    assert verify_password(PASSWORD, weak)  # still usable until it is replaced


def test_policy_accepts_good_password() -> None:
    check_password_policy(PASSWORD)
    check_password_policy("123456789012")  # digits only, but long enough


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("Ngắn1!", "ít nhất 10 ký tự"),
        ("aaaaaaaaaaaaaaa", "một ký tự lặp lại"),
        ("0912345678", "chỉ gồm chữ số"),
    ],
)
def test_policy_errors_explain_in_vietnamese(password: str, expected: str) -> None:
    with pytest.raises(PasswordPolicyError, match=expected):
        check_password_policy(password)


def test_policy_counts_characters_after_nfc() -> None:
    # 9 letters in NFC but 14 code points in NFD: still too short.
    nfd = unicodedata.normalize("NFD", "Nguyễn Hà")
    assert len(nfd) >= 10
    with pytest.raises(PasswordPolicyError, match="hiện có 9 ký tự"):
        check_password_policy(nfd)


def test_policy_error_is_a_value_error() -> None:
    assert issubclass(PasswordPolicyError, ValueError)


# Fields that sometimes form a valid-looking hash; costs kept tiny so examples stay fast.
_hash_like = st.builds(
    "$".join,
    st.tuples(
        st.sampled_from(["scrypt", "SCRYPT", "", "scrypt "]),
        st.sampled_from(["1", "4", "0", "-3", "99", "1e3", "٣", ""]),
        st.sampled_from(["1", "8", "0", "1000", "x"]),
        st.sampled_from(["1", "0", "99", "+1"]),
        st.one_of(st.just("AAAAAAAAAAA="), st.text(max_size=30)),
        st.one_of(st.just("AAAAAAAAAAAAAAAAAAAAAA=="), st.text(max_size=50)),
    ),
)


@settings(max_examples=300, deadline=None)
@given(
    password=st.text(st.characters(exclude_categories=())),
    encoded=st.one_of(st.text(st.characters(exclude_categories=())), _hash_like),
)
def test_verify_never_raises(password: str, encoded: str) -> None:
    assert verify_password(password, encoded) in (True, False)
