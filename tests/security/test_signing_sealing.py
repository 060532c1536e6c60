"""Signatures of upward files, sealing for one recipient, and key fingerprints."""

from __future__ import annotations

import re

import pytest

from pcmd_desktop.security import sealing, signing
from pcmd_desktop.security.sealing import SealError

FINGERPRINT = re.compile(r"^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$")


def test_sign_and_verify_round_trip():
    key = signing.new_signing_key()
    public = signing.public_bytes(key)
    assert len(public) == 32
    sig = signing.sign(key, b"bao cao thang 01/2018")
    assert len(sig) == 64
    assert signing.verify(public, b"bao cao thang 01/2018", sig) is True


def test_tampered_data_or_signature_or_other_key_fails_without_exception():
    key = signing.new_signing_key()
    public = signing.public_bytes(key)
    data = b"so vu: 12"
    sig = signing.sign(key, data)
    assert signing.verify(public, b"so vu: 13", sig) is False
    bad = bytes([sig[0] ^ 1]) + sig[1:]
    assert signing.verify(public, data, bad) is False
    other = signing.public_bytes(signing.new_signing_key())
    assert signing.verify(other, data, sig) is False
    # Malformed inputs are a plain False too.
    assert signing.verify(public[:31], data, sig) is False
    assert signing.verify(public, data, sig[:63]) is False
    assert signing.verify(b"\x00" * 32, data, b"\x00" * 64) is False


def test_fingerprint_format_and_stability():
    a = signing.public_bytes(signing.new_signing_key())
    b = sealing.public_bytes(sealing.new_sealing_key())
    fp = signing.fingerprint(a, b)
    assert FINGERPRINT.match(fp), fp
    assert len(fp) == 19
    assert signing.fingerprint(a, b) == fp  # stable
    assert signing.fingerprint(b, a) != fp  # order matters
    assert signing.fingerprint(a) != fp
    # A known value: SHA-256 of 32 zero bytes starts 66687aadf862bd776c8f (80 bits).
    assert signing.fingerprint(b"\x00" * 32) == "CSM7-NBFR-CAYQ-EV4F"


def test_seal_and_open_round_trip():
    key = sealing.new_sealing_key()
    blob = sealing.seal(b"noi dung bao cao", sealing.public_bytes(key))
    assert blob[0] == 1
    assert len(blob) == 1 + 32 + 12 + len(b"noi dung bao cao") + 16
    assert sealing.open_sealed(blob, key) == b"noi dung bao cao"
    # A fresh ephemeral key and nonce each time.
    assert sealing.seal(b"x", sealing.public_bytes(key)) != sealing.seal(
        b"x", sealing.public_bytes(key)
    )


def test_wrong_key_fails_to_open():
    key = sealing.new_sealing_key()
    blob = sealing.seal(b"bi mat", sealing.public_bytes(key))
    with pytest.raises(SealError) as e:
        sealing.open_sealed(blob, sealing.new_sealing_key())
    assert "Không mở được" in str(e.value)
    assert isinstance(e.value, ValueError)


@pytest.mark.parametrize("position", [0, 1, 20, 33, 40, 45, -1])
def test_any_altered_byte_fails_to_open(position):
    key = sealing.new_sealing_key()
    blob = bytearray(sealing.seal(b"bi mat cua don vi", sealing.public_bytes(key)))
    blob[position] ^= 0x01
    with pytest.raises(SealError):
        sealing.open_sealed(bytes(blob), key)


def test_truncated_or_empty_blob_fails_to_open():
    key = sealing.new_sealing_key()
    blob = sealing.seal(b"abc", sealing.public_bytes(key))
    for bad in (b"", blob[:10], blob[:-1]):
        with pytest.raises(SealError):
            sealing.open_sealed(bad, key)


def test_seal_refuses_a_malformed_recipient_key():
    with pytest.raises(SealError):
        sealing.seal(b"x", b"\x01" * 31)
