"""The data key and its wrappings.

All personal fields are encrypted with one random *data key*. The data key is never stored
in clear: each user row holds it wrapped (AES-256-GCM) under a key-encryption key (KEK)
derived with scrypt from that user's password, and one more wrap is made under a KEK derived
from the recovery key printed for the administrator. Changing a password re-wraps the data
key; it never re-encrypts the data.

The KEK salt (`KdfParams`) is separate from the password-hash salt, so the stored password
hash is a different scrypt output from the KEK and reveals nothing that unwraps the key.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import secrets
import unicodedata
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_LENGTH = 32  # AES-256
NONCE_LENGTH = 12  # the GCM standard nonce; random nonces are safe for far more wraps than we do
TAG_LENGTH = 16
SALT_LENGTH = 16

# scrypt cost: n=2**15, r=8 needs 128*n*r = 32 MiB and ~0.1 s, slow enough to make guessing
# a password expensive, fast enough for a login on an old office PC.
SCRYPT_N = 2**15
SCRYPT_R = 8
SCRYPT_P = 1
# OpenSSL's default limit (32 MiB) is exactly the memory n=2**15, r=8 needs and is then
# refused; allow room to raise the parameters later, but not unbounded (a tampered row must
# not make a login allocate gigabytes).
SCRYPT_MAXMEM = 256 * 1024 * 1024

WRAP_VERSION = b"\x01"

WRONG_KEY_MESSAGE = "Mật khẩu hoặc khóa khôi phục không đúng"

# Crockford base32: digits and capitals without I, L, O, U, so a key read off paper over
# the phone cannot be misread.
CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_RANDOM_BYTES = 20  # 160 bits of secret
RECOVERY_CHECK_BYTES = 5  # 40 bits of checksum: 25 bytes = 200 bits = 40 characters
RECOVERY_GROUPS = 8
RECOVERY_GROUP_SIZE = 5
RECOVERY_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_SIZE
_LOOK_ALIKES = {"O": "0", "I": "1", "L": "1"}
# Hyphen-like characters a word processor or phone keyboard may put in place of "-".
_SEPARATORS = frozenset(" \t\r\n-_.\u2010\u2011\u2012\u2013\u2014\u2212\u00a0")


class WrongKey(Exception):
    """The key or password does not open this blob, or the blob was altered."""

    def __init__(self, message: str = WRONG_KEY_MESSAGE) -> None:
        super().__init__(message)


def encode_secret(secret: str) -> bytes:
    """Bytes fed to a KDF: NFC (the same password whatever the keyboard) in UTF-8.

    "surrogatepass" so that any Python str, even with a lone surrogate, has an encoding and
    hashing or verifying it never raises.
    """
    return unicodedata.normalize("NFC", secret).encode("utf-8", "surrogatepass")


def new_data_key() -> bytes:
    """A fresh random 256-bit data key."""
    return secrets.token_bytes(KEY_LENGTH)


@dataclass(frozen=True)
class KdfParams:
    """Salt and scrypt cost of one KEK, stored next to the wrapped key."""

    salt: bytes
    n: int
    r: int
    p: int

    @classmethod
    def new(cls) -> KdfParams:
        """Current default cost with a fresh random salt."""
        return cls(salt=os.urandom(SALT_LENGTH), n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P)

    def to_json(self) -> str:
        """Text for the `kdf` column."""
        return json.dumps(
            {
                "alg": "scrypt",
                "salt": base64.b64encode(self.salt).decode("ascii"),
                "n": self.n,
                "r": self.r,
                "p": self.p,
            },
            sort_keys=True,
        )

    @classmethod
    def from_json(cls, text: str) -> KdfParams:
        """Parse `to_json` output; `ValueError` if it is not valid KDF parameters."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict) or data.get("alg") != "scrypt":
                raise ValueError
            salt = base64.b64decode(data["salt"], validate=True)
            n, r, p = data["n"], data["r"], data["p"]
        except (ValueError, TypeError, KeyError, binascii.Error) as exc:
            raise ValueError("Tham số dẫn xuất khóa bị hỏng hoặc không hợp lệ") from exc
        # bool is an int subclass; reject it so "true" cannot pass as a cost.
        ints_ok = all(type(v) is int for v in (n, r, p))
        if not ints_ok or n < 2 or n & (n - 1) or r < 1 or p < 1 or len(salt) < 8:
            raise ValueError("Tham số dẫn xuất khóa bị hỏng hoặc không hợp lệ")
        return cls(salt=salt, n=n, r=r, p=p)


def derive_kek(secret: str, params: KdfParams) -> bytes:
    """Key-encryption key from a password or normalised recovery key (scrypt, 32 bytes)."""
    return hashlib.scrypt(
        encode_secret(secret),
        salt=params.salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=SCRYPT_MAXMEM,
        dklen=KEY_LENGTH,
    )


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """A 32-byte key for one purpose (HKDF-SHA256), so the data key itself encrypts nothing."""
    _check_key(data_key)
    hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_LENGTH, salt=None, info=purpose.encode())
    return hkdf.derive(data_key)


def _check_key(key: bytes) -> None:
    if not isinstance(key, bytes) or len(key) != KEY_LENGTH:
        raise ValueError("Khóa phải dài đúng 32 byte")


def _wrap_aad(context: str) -> bytes:
    # The version byte is authenticated too, so a blob cannot be replayed as another format.
    return WRAP_VERSION + context.encode("utf-8")


def wrap_key(kek: bytes, key: bytes, *, context: str) -> bytes:
    """Encrypt `key` under `kek`; `context` names the row so the blob cannot be moved."""
    _check_key(kek)
    nonce = os.urandom(NONCE_LENGTH)
    return WRAP_VERSION + nonce + AESGCM(kek).encrypt(nonce, key, _wrap_aad(context))


def unwrap_key(kek: bytes, blob: bytes, *, context: str) -> bytes:
    """Inverse of `wrap_key`; `WrongKey` for a wrong KEK or context, or an altered blob."""
    _check_key(kek)
    if (
        not isinstance(blob, bytes)
        or len(blob) < 1 + NONCE_LENGTH + TAG_LENGTH
        or blob[:1] != WRAP_VERSION
    ):
        raise WrongKey()
    nonce, ciphertext = blob[1 : 1 + NONCE_LENGTH], blob[1 + NONCE_LENGTH :]
    try:
        return AESGCM(kek).decrypt(nonce, ciphertext, _wrap_aad(context))
    except InvalidTag:
        raise WrongKey() from None


def _recovery_checksum(payload: bytes) -> bytes:
    return hashlib.sha256(b"pcmd recovery v1\x00" + payload).digest()[:RECOVERY_CHECK_BYTES]


def _group(chars: str) -> str:
    size = RECOVERY_GROUP_SIZE
    return "-".join(chars[i : i + size] for i in range(0, len(chars), size))


def new_recovery_key() -> str:
    """A recovery key to print: 160 random bits + a 40-bit typo check, as 8 groups of 5.

    Example shape: ``7K3QD-M0ZXA-...`` (Crockford base32).
    """
    payload = secrets.token_bytes(RECOVERY_RANDOM_BYTES)
    number = int.from_bytes(payload + _recovery_checksum(payload), "big")
    chars = [CROCKFORD_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(RECOVERY_LENGTH))]
    return _group("".join(chars))


def normalise_recovery_key(text: str) -> str:
    """Canonical form of a typed recovery key (the `secret` for `derive_kek`).

    Accepts lower case, spaces, missing or extra dashes, and O for 0, I or L for 1.
    `ValueError` if the length or a character is wrong, or the typo check fails.
    """
    # NFKC turns full-width letters and digits (some input methods) into ASCII.
    cleaned = "".join(
        ch for ch in unicodedata.normalize("NFKC", text).upper() if ch not in _SEPARATORS
    )
    cleaned = "".join(_LOOK_ALIKES.get(ch, ch) for ch in cleaned)
    if len(cleaned) != RECOVERY_LENGTH:
        raise ValueError(
            f"Khóa khôi phục phải có {RECOVERY_LENGTH} ký tự (8 nhóm 5 ký tự), "
            f"đã nhập {len(cleaned)} ký tự"
        )
    bad = sorted({ch for ch in cleaned if ch not in CROCKFORD_ALPHABET})
    if bad:
        raise ValueError(
            "Khóa khôi phục có ký tự không hợp lệ: "
            + ", ".join(bad)
            + " (chỉ gồm chữ số và chữ cái in, không có chữ U)"
        )
    number = 0
    for ch in cleaned:
        number = number << 5 | CROCKFORD_ALPHABET.index(ch)
    raw = number.to_bytes(RECOVERY_RANDOM_BYTES + RECOVERY_CHECK_BYTES, "big")
    payload, check = raw[:RECOVERY_RANDOM_BYTES], raw[RECOVERY_RANDOM_BYTES:]
    if not secrets.compare_digest(check, _recovery_checksum(payload)):
        raise ValueError("Khóa khôi phục bị gõ sai ký tự; hãy kiểm tra lại từng nhóm")
    return _group(cleaned)
