"""Sealing a file for one recipient: only the holder of the recipient's private key opens it.

X25519 with a fresh ephemeral key per file, HKDF-SHA256 (info ``pcmd-seal-v1``, salt the
ephemeral and recipient public keys) and AES-256-GCM. A sealed blob is::

    version (1 byte, 1) | ephemeral public key (32) | nonce (12) | ciphertext and tag

The version byte and the ephemeral key are authenticated as associated data.
"""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

VERSION = 1
INFO = b"pcmd-seal-v1"
PUBLIC_KEY_LENGTH = 32
NONCE_LENGTH = 12
TAG_LENGTH = 16
HEADER_LENGTH = 1 + PUBLIC_KEY_LENGTH + NONCE_LENGTH

SEAL_ERROR_MESSAGE = (
    "Không mở được tệp niêm phong: tệp bị hỏng, bị sửa hoặc không gửi cho đơn vị này"
)


class SealError(ValueError):
    """A sealed blob that cannot be opened; str() is a Vietnamese message."""

    def __init__(self, message: str = SEAL_ERROR_MESSAGE) -> None:
        super().__init__(message)


def new_sealing_key() -> X25519PrivateKey:
    """A fresh random X25519 private key."""
    return X25519PrivateKey.generate()


def public_bytes(key: X25519PrivateKey | X25519PublicKey) -> bytes:
    """The raw 32-byte public key of a private (or public) key."""
    if isinstance(key, X25519PrivateKey):
        key = key.public_key()
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def _key(shared: bytes, ephemeral_raw: bytes, recipient_raw: bytes) -> bytes:
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_raw + recipient_raw,
                info=INFO)  # fmt: skip
    return hkdf.derive(shared)


def seal(plaintext: bytes, recipient_public_raw: bytes) -> bytes:
    """`plaintext` encrypted so that only `recipient_public_raw`'s private key opens it."""
    if len(recipient_public_raw) != PUBLIC_KEY_LENGTH:
        raise SealError("Khóa công khai của đơn vị nhận phải dài đúng 32 byte")
    recipient = X25519PublicKey.from_public_bytes(bytes(recipient_public_raw))
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = public_bytes(ephemeral)
    key = _key(ephemeral.exchange(recipient), ephemeral_raw, bytes(recipient_public_raw))
    nonce = os.urandom(NONCE_LENGTH)
    header = bytes([VERSION]) + ephemeral_raw
    return header + nonce + AESGCM(key).encrypt(nonce, bytes(plaintext), header)


def open_sealed(blob: bytes, private: X25519PrivateKey) -> bytes:
    """The plaintext of a sealed blob; SealError on any failure (wrong key, altered,
    truncated, unknown version)."""
    if not isinstance(blob, bytes | bytearray) or len(blob) < HEADER_LENGTH + TAG_LENGTH:
        raise SealError()
    blob = bytes(blob)
    if blob[0] != VERSION:
        raise SealError(f"Tệp niêm phong có phiên bản {blob[0]} không đọc được")
    ephemeral_raw = blob[1 : 1 + PUBLIC_KEY_LENGTH]
    nonce = blob[1 + PUBLIC_KEY_LENGTH : HEADER_LENGTH]
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw))
        key = _key(shared, ephemeral_raw, public_bytes(private))
        return AESGCM(key).decrypt(nonce, blob[HEADER_LENGTH:], blob[: 1 + PUBLIC_KEY_LENGTH])
    except (InvalidTag, ValueError):
        raise SealError() from None
