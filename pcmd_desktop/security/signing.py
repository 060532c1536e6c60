"""Ed25519 signatures of the files units send upward, and key fingerprints.

Each installation makes its own signing key; the public half travels on a key card and is
trusted by the unit above or below. A fingerprint is short enough to be read out on the
phone and compared with the printed card before a key is trusted.
"""

from __future__ import annotations

import hashlib

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from pcmd_desktop.security.keys import CROCKFORD_ALPHABET

PUBLIC_KEY_LENGTH = 32
SIGNATURE_LENGTH = 64
FINGERPRINT_BITS = 80  # 16 Crockford base32 characters
FINGERPRINT_GROUP = 4


def new_signing_key() -> Ed25519PrivateKey:
    """A fresh random Ed25519 private key."""
    return Ed25519PrivateKey.generate()


def public_bytes(key: Ed25519PrivateKey | Ed25519PublicKey) -> bytes:
    """The raw 32-byte public key of a private (or public) key."""
    if isinstance(key, Ed25519PrivateKey):
        key = key.public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def sign(private: Ed25519PrivateKey, data: bytes) -> bytes:
    """The 64-byte Ed25519 signature of `data`."""
    return private.sign(data)


def verify(public_raw: bytes, data: bytes, signature: bytes) -> bool:
    """True when `signature` is `public_raw`'s signature of `data`; False for anything
    else (a bad signature, a malformed key or signature), never an exception."""
    try:
        if len(public_raw) != PUBLIC_KEY_LENGTH or len(signature) != SIGNATURE_LENGTH:
            return False
        Ed25519PublicKey.from_public_bytes(bytes(public_raw)).verify(bytes(signature), bytes(data))
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def fingerprint(*public_raw_keys: bytes) -> str:
    """SHA-256 over the keys in order, its first 80 bits as 16 Crockford base32
    characters in 4 groups: ``ABCD-EFGH-JKMN-PQRS``."""
    digest = hashlib.sha256(b"".join(bytes(k) for k in public_raw_keys)).digest()
    number = int.from_bytes(digest[: FINGERPRINT_BITS // 8], "big")
    count = FINGERPRINT_BITS // 5
    chars = "".join(CROCKFORD_ALPHABET[(number >> (5 * i)) & 31] for i in reversed(range(count)))
    size = FINGERPRINT_GROUP
    return "-".join(chars[i : i + size] for i in range(0, count, size))
