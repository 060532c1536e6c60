"""Personal fields (records.md marks them sensitive): encrypted on the way into the
database, decrypted only for roles that may see them, left out for the others.

Each value is bound to its table, column and record id (AES-GCM associated data), so a
ciphertext copied into another row or column does not decrypt.
"""

from __future__ import annotations

import sqlite_utils

from pcmd_desktop.domain.records import KINDS, RecordKind
from pcmd_desktop.domain.text import fold_tokens
from pcmd_desktop.security.fields import FieldCipher, is_encrypted

SENSITIVE: dict[str, tuple[str, ...]] = {
    k.name: tuple(f.key for f in k.fields if f.sensitive) for k in KINDS.values()
}


def _aad(kind: RecordKind, key: str, record_id: str) -> str:
    return f"{kind.table}.{key}:{record_id}"


def _each_sensitive(kind: RecordKind, record: dict, change) -> dict:
    keys = SENSITIVE[kind.name]
    if not keys:
        return record
    out = dict(record)
    for k in keys:
        if out.get(k) is not None:
            out[k] = change(out[k], aad=_aad(kind, k, record["id"]))
    return out


def encrypt_record(kind: RecordKind, record: dict, cipher: FieldCipher) -> dict:
    """A copy with every sensitive field encrypted."""
    return _each_sensitive(kind, record, cipher.encrypt)


def decrypt_record(kind: RecordKind, record: dict, cipher: FieldCipher) -> dict:
    """A copy with every sensitive field decrypted; WrongKey if one was tampered with."""
    return _each_sensitive(kind, record, cipher.decrypt)


def redact_record(kind: RecordKind, record: dict) -> dict:
    """A copy without the sensitive fields, for roles that may not see them."""
    keys = SENSITIVE[kind.name]
    if not keys:
        return record
    return {k: v for k, v in record.items() if k not in keys}


def encrypt_existing_persons(db: sqlite_utils.Database, cipher: FieldCipher) -> int:
    """Encrypt personal fields still stored in clear (a database from before schema 4), in
    the caller's transaction; returns how many persons were changed."""
    kind = KINDS["person"]
    cols = SENSITIVE["person"]
    changed = 0
    rows = db.execute(f"SELECT id, {', '.join(cols)} FROM persons").fetchall()
    for person_id, *values in rows:
        updates = {}
        for col, value in zip(cols, values, strict=True):
            if value is not None and not is_encrypted(value):
                updates[col] = cipher.encrypt(value, aad=_aad(kind, col, person_id))
        if updates:
            sets = ", ".join(f"{c} = ?" for c in updates)
            db.execute(f"UPDATE persons SET {sets} WHERE id = ?", [*updates.values(), person_id])
            changed += 1
    return changed


def name_index(db: sqlite_utils.Database, cipher: FieldCipher) -> dict[str, list[str]]:
    """Folded words of every live person's name, decrypted into memory for the session:
    names are never in the search index on disk."""
    kind = KINDS["person"]
    out: dict[str, list[str]] = {}
    for person_id, token in db.execute(
        "SELECT id, full_name FROM persons WHERE deleted_at IS NULL"
    ):
        if token is not None:
            name = cipher.decrypt(token, aad=_aad(kind, "full_name", person_id))
            out[person_id] = fold_tokens(name)
    return out


def folded_names(
    db: sqlite_utils.Database, cipher: FieldCipher, kind_name: str, *, deleted: bool = False
) -> dict[str, list[str]]:
    """Folded words of the names of a kind's live (or deleted) records, decrypted into
    memory for one search: a volunteer team's members are few, no session cache needed."""
    kind = KINDS[kind_name]
    out: dict[str, list[str]] = {}
    state = "IS NOT NULL" if deleted else "IS NULL"
    for record_id, token in db.execute(
        f"SELECT id, full_name FROM {kind.table} WHERE deleted_at {state}"
    ):
        if token is not None:
            out[record_id] = fold_tokens(cipher.decrypt(token, aad=_aad(kind, "full_name",
                                                                        record_id)))  # fmt: skip
    return out


def decrypt_field(
    cipher: FieldCipher, kind: RecordKind, key: str, record_id: str, token: str | None
) -> str | None:
    """One stored personal field in clear (lists show names without whole records)."""
    if token is None:
        return None
    return cipher.decrypt(token, aad=_aad(kind, key, record_id))
