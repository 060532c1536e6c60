"""Password policy and password hashes (scrypt).

A hash is stored as ``scrypt$<log2 n>$<r>$<p>$<salt b64>$<hash b64>`` so that its cost is
read from the string itself and can be raised later (`needs_rehash`) without breaking
existing accounts.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import unicodedata

from pcmd_desktop.security.keys import SCRYPT_MAXMEM, encode_secret

MIN_PASSWORD_LENGTH = 10
# Below this length a digits-only password (a date of birth, a phone number) is too easy to guess.
MIN_DIGITS_ONLY_LENGTH = 12

SCRYPT_LOG_N = 15
SCRYPT_R = 8
SCRYPT_P = 1
SALT_LENGTH = 16
HASH_LENGTH = 32

_PREFIX = "scrypt"
# Bounds for parsing a stored hash: a tampered row must not make a login run for minutes.
_MAX_LOG_N = 20
_MAX_R = 32
_MAX_P = 16


class PasswordPolicyError(ValueError):
    """The password is too weak; the message says what is needed."""


def check_password_policy(password: str) -> None:
    """Raise `PasswordPolicyError` (Vietnamese) unless the password is acceptable."""
    text = unicodedata.normalize("NFC", password)
    if len(text) < MIN_PASSWORD_LENGTH:
        raise PasswordPolicyError(
            f"Mật khẩu phải có ít nhất {MIN_PASSWORD_LENGTH} ký tự (hiện có {len(text)} ký tự)"
        )
    if len(set(text)) == 1:
        raise PasswordPolicyError(
            "Mật khẩu không được chỉ gồm một ký tự lặp lại; hãy dùng nhiều ký tự khác nhau"
        )
    if text.isdigit() and len(text) < MIN_DIGITS_ONLY_LENGTH:
        raise PasswordPolicyError(
            f"Mật khẩu chỉ gồm chữ số phải có ít nhất {MIN_DIGITS_ONLY_LENGTH} ký tự; "
            "hãy thêm chữ cái hoặc dùng mật khẩu dài hơn"
        )


def _scrypt(password: str, salt: bytes, log_n: int, r: int, p: int, dklen: int) -> bytes:
    return hashlib.scrypt(
        encode_secret(password),
        salt=salt,
        n=2**log_n,
        r=r,
        p=p,
        maxmem=SCRYPT_MAXMEM,
        dklen=dklen,
    )


def hash_password(password: str) -> str:
    """Self-describing scrypt hash of `password` with a fresh random salt."""
    salt = os.urandom(SALT_LENGTH)
    digest = _scrypt(password, salt, SCRYPT_LOG_N, SCRYPT_R, SCRYPT_P, HASH_LENGTH)
    b64 = base64.b64encode
    return (
        f"{_PREFIX}${SCRYPT_LOG_N}${SCRYPT_R}${SCRYPT_P}$"
        f"{b64(salt).decode('ascii')}${b64(digest).decode('ascii')}"
    )


def _parse(encoded: str) -> tuple[int, int, int, bytes, bytes] | None:
    """(log_n, r, p, salt, hash) of a stored hash, or None if it is malformed."""
    if not isinstance(encoded, str):
        return None
    parts = encoded.split("$")
    if len(parts) != 6 or parts[0] != _PREFIX:
        return None
    # Plain ASCII digits only: int() would also accept "+1", " 1" or Thai digits.
    if not all(part.isascii() and part.isdigit() for part in parts[1:4]):
        return None
    log_n, r, p = (int(part) for part in parts[1:4])
    if not (1 <= log_n <= _MAX_LOG_N and 1 <= r <= _MAX_R and 1 <= p <= _MAX_P):
        return None
    try:
        salt = base64.b64decode(parts[4], validate=True)
        digest = base64.b64decode(parts[5], validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(salt) < 8 or not 16 <= len(digest) <= 64:
        return None
    return log_n, r, p, salt, digest


def verify_password(password: str, encoded: str) -> bool:
    """True if `password` matches the stored hash; False, never an error, otherwise."""
    parsed = _parse(encoded)
    if parsed is None or not isinstance(password, str):
        return False
    log_n, r, p, salt, expected = parsed
    try:
        actual = _scrypt(password, salt, log_n, r, p, len(expected))
    except (ValueError, MemoryError):
        # Parameters the running OpenSSL refuses (memory limit): not a usable hash.
        return False
    return hmac.compare_digest(actual, expected)


def needs_rehash(encoded: str) -> bool:
    """True if the hash is malformed or weaker than the current parameters.

    Call after a successful `verify_password`, then store `hash_password(password)`.
    """
    parsed = _parse(encoded)
    if parsed is None:
        return True
    log_n, r, p, salt, digest = parsed
    return (
        log_n < SCRYPT_LOG_N
        or r < SCRYPT_R
        or p < SCRYPT_P
        or len(salt) < SALT_LENGTH
        or len(digest) < HASH_LENGTH
    )
