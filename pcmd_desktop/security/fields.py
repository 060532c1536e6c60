"""Encryption of single personal fields stored in TEXT columns.

A token is ``v1:`` + urlsafe base64 of (12-byte nonce + AES-256-GCM ciphertext and tag).
The associated data names the value's place (e.g. ``persons.full_name:<record id>``), so a
token copied to another row or column fails to decrypt instead of showing the wrong person.
"""

from __future__ import annotations

import base64
import binascii
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pcmd_desktop.security.keys import NONCE_LENGTH, TAG_LENGTH, WrongKey, derive_subkey

PREFIX = "v1:"
SUBKEY_PURPOSE = "pcmd fields v1"

FIELD_ERROR_MESSAGE = "Dữ liệu mã hóa bị hỏng, bị chuyển chỗ hoặc không khớp khóa dữ liệu"


def _decode_payload(token: object) -> bytes | None:
    """Nonce + ciphertext of a token, or None if it is not a well-formed v1 token."""
    if not isinstance(token, str) or not token.startswith(PREFIX):
        return None
    body = token[len(PREFIX) :]
    if not body.isascii():
        return None
    try:
        raw = base64.b64decode(body, altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < NONCE_LENGTH + TAG_LENGTH:
        return None
    return raw


def is_encrypted(value: object) -> bool:
    """True for a well-formed field token (``v1:`` + base64 long enough for nonce and tag).

    Stricter than the prefix alone so a clear value that happens to start with "v1:" is
    still recognised as clear text when old data is encrypted.
    """
    return _decode_payload(value) is not None


def _aad(aad: str) -> bytes:
    # The token version is authenticated with the place, so a future format cannot be faked.
    return PREFIX.encode("ascii") + aad.encode("utf-8", "surrogatepass")


class FieldCipher:
    """Encrypts and decrypts field values with a sub-key of the data key."""

    def __init__(self, data_key: bytes) -> None:
        # A derived sub-key: the data key itself is kept for deriving, never for encrypting.
        self._aead = AESGCM(derive_subkey(data_key, SUBKEY_PURPOSE))

    def __repr__(self) -> str:
        # Never show key material in logs or tracebacks.
        return "FieldCipher(<key hidden>)"

    def encrypt(self, plaintext: str, *, aad: str) -> str:
        """ASCII token for `plaintext`, bound to `aad`; a fresh nonce each time."""
        nonce = os.urandom(NONCE_LENGTH)
        # "surrogatepass" so every Python str round-trips, whatever produced it.
        data = plaintext.encode("utf-8", "surrogatepass")
        ciphertext = self._aead.encrypt(nonce, data, _aad(aad))
        return PREFIX + base64.urlsafe_b64encode(nonce + ciphertext).decode("ascii")

    def decrypt(self, token: str, *, aad: str) -> str:
        """Plaintext of `token`; `WrongKey` if it is malformed, altered or misplaced."""
        raw = _decode_payload(token)
        if raw is None:
            raise WrongKey(FIELD_ERROR_MESSAGE)
        try:
            data = self._aead.decrypt(raw[:NONCE_LENGTH], raw[NONCE_LENGTH:], _aad(aad))
        except InvalidTag:
            raise WrongKey(FIELD_ERROR_MESSAGE) from None
        return data.decode("utf-8", "surrogatepass")
