"""The unit's key pairs and the keys of the units it trusts (issue 6, "Keys").

Each installation makes two key pairs for its unit, lazily, the first time they are
needed: a signing key (Ed25519; the files it sends upward are signed) and a sealing key
(X25519; files sent to it are sealed for it). The private halves are stored only
encrypted with the data key (FieldCipher, bound to "unit_keys.private_key:<purpose>"), so
they need a logged-in session, like the personal fields.

The public halves travel on a *key card* (a small JSON file, or its printed text). An
admin of the unit above or below trusts the card after reading its fingerprint out on the
phone with the sender. Only the parent and the children of this unit may be trusted, and
its predecessors and successors (ws.history: a handover goes between them); a different
key for a unit already trusted needs an explicit `replace` (``--replace``).
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

from pcmd_desktop.db import audit
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.db.records_repo import now_stamp
from pcmd_desktop.security import sealing, signing
from pcmd_desktop.security.keys import WrongKey
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.files import atomic_output
from pcmd_desktop.services.permissions import Permission

CARD_FORMAT = "pcmd-key-card"
CARD_VERSION = 1
PURPOSES = ("signing", "sealing")
KEY_LENGTH = 32

ADDED = "added"
UNCHANGED = "unchanged"
REPLACED = "replaced"


class CardError(ServiceError):
    """A key card that cannot be read or trusted; str() names the fault in Vietnamese."""


def _aad(purpose: str) -> str:
    return f"unit_keys.private_key:{purpose}"


@dataclass(frozen=True)
class KeyCard:
    """The public keys of one unit, as exported and trusted."""

    unit: str
    unit_name: str
    signing_key: bytes
    sealing_key: bytes
    fingerprint: str

    @classmethod
    def make(cls, unit: str, unit_name: str, signing_key: bytes, sealing_key: bytes) -> KeyCard:
        return cls(unit, unit_name, signing_key, sealing_key,
                   signing.fingerprint(signing_key, sealing_key))  # fmt: skip

    def to_json(self) -> str:
        data = {
            "format": CARD_FORMAT,
            "version": CARD_VERSION,
            "unit": self.unit,
            "unit_name": self.unit_name,
            "signing_key": base64.b64encode(self.signing_key).decode("ascii"),
            "sealing_key": base64.b64encode(self.sealing_key).decode("ascii"),
            "fingerprint": self.fingerprint,
        }
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> KeyCard:
        """Parse `to_json` output; CardError naming the fault otherwise."""
        try:
            data = json.loads(text)
        except ValueError:
            raise CardError("Tệp không phải thẻ khóa PCMD: nội dung không phải JSON.") from None
        if not isinstance(data, dict) or data.get("format") != CARD_FORMAT:
            raise CardError(
                f"Tệp không phải thẻ khóa PCMD: thiếu dấu hiệu định dạng '{CARD_FORMAT}'."
            )
        if data.get("version") != CARD_VERSION:
            raise CardError(
                f"Thẻ khóa có phiên bản {data.get('version')!r}; chương trình này chỉ đọc "
                f"phiên bản {CARD_VERSION}. Hãy cập nhật PCMD Desktop."
            )
        unit, unit_name, fp = data.get("unit"), data.get("unit_name", ""), data.get("fingerprint")
        if not isinstance(unit, str) or not unit:
            raise CardError("Thẻ khóa thiếu mã đơn vị.")
        if not isinstance(unit_name, str):
            raise CardError("Tên đơn vị trên thẻ khóa không hợp lệ.")
        if not isinstance(fp, str):
            raise CardError("Thẻ khóa thiếu dấu vân tay.")
        sign_key = _decode_key(data.get("signing_key"), "khóa ký")
        seal_key = _decode_key(data.get("sealing_key"), "khóa niêm phong")
        card = cls.make(unit, unit_name, sign_key, seal_key)
        if card.fingerprint != fp.strip().upper():
            raise CardError(
                f"Dấu vân tay ghi trên thẻ ({fp}) không khớp với các khóa trên thẻ "
                f"({card.fingerprint}): thẻ đã bị sửa hoặc hỏng; không tin cậy thẻ này."
            )
        return card

    def to_text(self) -> str:
        """The card to print or read out on the phone, in Vietnamese."""
        spaced = "   ".join(" ".join(group) for group in self.fingerprint.split("-"))
        return "\n".join([
            "THẺ KHÓA CÔNG KHAI - PCMD DESKTOP",
            "",
            f"Đơn vị: {self.unit_name} (mã {self.unit})",
            "",
            "DẤU VÂN TAY (đọc từng nhóm để đối chiếu qua điện thoại):",
            "",
            f"    {spaced}",
            "",
            f"    ({self.fingerprint})",
            "",
            f"Khóa ký (Ed25519): {base64.b64encode(self.signing_key).decode('ascii')}",
            f"Khóa niêm phong (X25519): {base64.b64encode(self.sealing_key).decode('ascii')}",
            "",
            "Đơn vị nhận thẻ chỉ tin cậy thẻ khi dấu vân tay đọc qua điện thoại khớp đủ",
            "16 ký tự với dấu vân tay chương trình hiển thị (pcmd key trust TỆP).",
            "",
        ])  # fmt: skip


def _decode_key(value: object, label: str) -> bytes:
    if not isinstance(value, str):
        raise CardError(f"Thẻ khóa thiếu {label}.")
    try:
        raw = base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise CardError(f"{label.capitalize()} trên thẻ không đúng dạng base64.") from None
    # Only the canonical encoding: a changed character that base64 would ignore is a fault.
    if base64.b64encode(raw).decode("ascii") != value:
        raise CardError(f"{label.capitalize()} trên thẻ không đúng dạng base64.")
    if len(raw) != KEY_LENGTH:
        raise CardError(
            f"{label.capitalize()} trên thẻ dài {len(raw)} byte, phải đúng {KEY_LENGTH} byte."
        )
    return raw


# Own keys ------------------------------------------------------------------------------


def _private_raw(key: Ed25519PrivateKey | X25519PrivateKey) -> bytes:
    return key.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())


def _own_rows(ws) -> dict[str, tuple[bytes, str]]:
    rows = ws.db.execute("SELECT purpose, public_key, private_key FROM unit_keys").fetchall()
    return {p: (bytes(pub), priv) for p, pub, priv in rows}


def ensure_unit_keys(ws) -> None:
    """Create the unit's signing and sealing key pairs when missing (one transaction).
    Needs a logged-in session: the private keys are encrypted with its cipher."""
    session = require(ws, Permission.READ)
    if len(_own_rows(ws)) == len(PURPOSES):
        return
    with transaction(ws.db):
        have = _own_rows(ws)  # again, inside the write lock: another process may have won
        made = []
        for purpose in PURPOSES:
            if purpose in have:
                continue
            if purpose == "signing":
                key = signing.new_signing_key()
                public = signing.public_bytes(key)
            else:
                key = sealing.new_sealing_key()
                public = sealing.public_bytes(key)
            token = session.cipher.encrypt(
                base64.b64encode(_private_raw(key)).decode("ascii"), aad=_aad(purpose)
            )
            ws.db.execute(
                "INSERT INTO unit_keys (purpose, public_key, private_key, created_at)"
                " VALUES (?, ?, ?, ?)",
                (purpose, public, token, now_stamp()),
            )
            made.append(purpose)
        if made:
            rows = _own_rows(ws)
            fp = signing.fingerprint(rows["signing"][0], rows["sealing"][0])
            audit.append(ws.db, audit_time(), session.user, "unit_keys_created", "unit_key",
                         ws.unit.code, {"purposes": made, "fingerprint": fp})  # fmt: skip


def own_card(ws) -> KeyCard:
    """This unit's key card (the key pairs are made first if needed)."""
    ensure_unit_keys(ws)
    rows = _own_rows(ws)
    return KeyCard.make(ws.unit.code, ws.unit_full_name(), rows["signing"][0],
                        rows["sealing"][0])  # fmt: skip


def write_card(ws, path: Path | str) -> KeyCard:
    """Write this unit's key card (JSON) to `path`, whole or not at all."""
    card = own_card(ws)
    with atomic_output(Path(path)) as tmp:
        tmp.write_text(card.to_json(), encoding="utf-8")
    return card


def _private(ws, purpose: str) -> bytes:
    session = require(ws, Permission.REPORTS)
    ensure_unit_keys(ws)
    token = _own_rows(ws)[purpose][1]
    try:
        raw = base64.b64decode(session.cipher.decrypt(token, aad=_aad(purpose)), validate=True)
    except (WrongKey, binascii.Error, ValueError) as e:
        raise ServiceError(
            "Khóa riêng của đơn vị không giải mã được: cơ sở dữ liệu có thể đã bị sửa."
        ) from e
    return raw


def signing_private(ws) -> Ed25519PrivateKey:
    """This unit's private signing key (needs the REPORTS permission)."""
    return Ed25519PrivateKey.from_private_bytes(_private(ws, "signing"))


def sealing_private(ws) -> X25519PrivateKey:
    """This unit's private sealing key (needs the REPORTS permission)."""
    return X25519PrivateKey.from_private_bytes(_private(ws, "sealing"))


# Cards of other units ------------------------------------------------------------------


def read_card(path: Path | str, ws=None) -> KeyCard:
    """The key card in `path`; CardError naming the fault. With `ws`, the card's unit
    must also be in the workspace's unit list."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise CardError(f"Tệp {path} không phải thẻ khóa PCMD: không phải văn bản UTF-8.") from None
    except OSError as e:
        raise CardError(f"Không đọc được tệp thẻ khóa {path}: {e.strerror or e}.") from e
    card = KeyCard.from_json(text)
    if ws is not None:
        _check_known(ws, card)
    return card


def _check_known(ws, card: KeyCard) -> None:
    if ws.units.get(card.unit) is None:
        raise CardError(f"Thẻ khóa của đơn vị mã '{card.unit}' không có trong danh mục đơn vị.")


def _check_neighbour(ws, card: KeyCard) -> None:
    own = ws.unit
    if card.unit == own.code:
        raise CardError("Đây là thẻ khóa của chính đơn vị này; chỉ tin cậy thẻ của đơn vị khác.")
    unit = ws.units.get(card.unit)
    if card.unit == own.parent_code or (unit is not None and unit.parent_code == own.code):
        return
    if card.unit in lineage(ws):
        return
    parent = ws.units.parent(own)
    allowed = []
    if parent is not None:
        allowed.append(f"cấp trên ({ws.units.full_name(parent)})")
    if own.level != "commune":
        allowed.append("các đơn vị cấp dưới trực tiếp")
    allowed.append("các đơn vị tiền thân hoặc kế tiếp (bàn giao dữ liệu)")
    raise CardError(
        f"Không tin cậy khóa của {ws.units.full_name(unit)} (mã {card.unit}): đơn vị này "
        f"chỉ trao đổi tệp với {' và '.join(allowed) or 'không đơn vị nào'}."
    )


def lineage(ws) -> set[str]:
    """The units this one succeeded or that succeeded it (ws.history): a handover of a
    merged unit's data goes between them, so their cards may be trusted too."""
    history, code, today = ws.history, ws.unit.code, ws.today()
    out = {s.old_code for s in history.predecessors(code)}
    out |= {s.new_code for s in history.successors(code)}
    out |= {u.code for u in history.current_successors(code, today)}
    out |= {c for c in ws.scope(today) if code in {
        u.code for u in history.current_successors(c, today)}}  # fmt: skip
    out.discard(code)
    return out


def _trusted_rows(ws, unit: str | None = None) -> dict[str, dict[str, tuple]]:
    sql = ("SELECT unit, purpose, public_key, fingerprint, unit_name, trusted_at, trusted_by"
           " FROM trusted_keys")  # fmt: skip
    params: tuple = ()
    if unit is not None:
        sql += " WHERE unit = ?"
        params = (unit,)
    out: dict[str, dict[str, tuple]] = {}
    for u, purpose, pub, fp, name, at, by in ws.db.execute(sql + " ORDER BY unit", params):
        out.setdefault(u, {})[purpose] = (bytes(pub), fp, name, at, by)
    return out


def trust_card(ws, card: KeyCard, *, replace: bool = False) -> str:
    """Trust the public keys of `card` (an admin, after comparing the fingerprint).

    Returns "added", "unchanged" or "replaced". Only this unit's parent or its children;
    a different key for a unit already trusted is refused unless `replace`.
    """
    session = require(ws, Permission.MANAGE_USERS)
    _check_known(ws, card)
    _check_neighbour(ws, card)
    keys = {"signing": card.signing_key, "sealing": card.sealing_key}
    with transaction(ws.db):
        old = _trusted_rows(ws, card.unit).get(card.unit, {})
        if old and all(old.get(p, (None,))[0] == keys[p] for p in PURPOSES):
            return UNCHANGED
        old_fp = next(iter(old.values()))[1] if old else None
        if old and not replace:
            raise CardError(
                f"Đơn vị {card.unit_name or card.unit} (mã {card.unit}) đã có khóa được tin "
                f"cậy với dấu vân tay {old_fp}, khác thẻ này ({card.fingerprint}). Chỉ thay "
                "khi đã gọi điện xác nhận với đơn vị rằng họ đã làm khóa mới: người quản trị "
                "chạy lại lệnh với --replace."
            )
        now = now_stamp()
        for purpose in PURPOSES:
            ws.db.execute(
                "INSERT INTO trusted_keys (unit, purpose, public_key, fingerprint, unit_name,"
                " trusted_at, trusted_by) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(unit, purpose) DO UPDATE SET public_key = excluded.public_key,"
                " fingerprint = excluded.fingerprint, unit_name = excluded.unit_name,"
                " trusted_at = excluded.trusted_at, trusted_by = excluded.trusted_by",
                (card.unit, purpose, keys[purpose], card.fingerprint, card.unit_name, now,
                 session.user),
            )  # fmt: skip
        detail = {"fingerprint": card.fingerprint, "unit_name": card.unit_name}
        if old_fp:
            detail["replaced_fingerprint"] = old_fp
        audit.append(ws.db, audit_time(), session.user, "key_trusted", "unit_key", card.unit,
                     detail)  # fmt: skip
    return REPLACED if old else ADDED


def trusted(ws) -> list[KeyCard]:
    """The cards of the units this one trusts, by unit code."""
    require(ws, Permission.READ)
    out = []
    for unit, rows in _trusted_rows(ws).items():
        if set(rows) != set(PURPOSES):
            continue
        name = rows["signing"][2] or ""
        out.append(KeyCard.make(unit, name, rows["signing"][0], rows["sealing"][0]))
    return out


def trusted_signing_key(ws, unit: str) -> bytes | None:
    """The trusted public signing key of `unit`, None when it is not trusted."""
    require(ws, Permission.READ)
    row = ws.db.execute(
        "SELECT public_key FROM trusted_keys WHERE unit = ? AND purpose = 'signing'", (unit,)
    ).fetchone()
    return bytes(row[0]) if row else None


def trusted_sealing_key(ws, unit: str) -> bytes | None:
    """The trusted public sealing key of `unit`, None when it is not trusted."""
    require(ws, Permission.READ)
    row = ws.db.execute(
        "SELECT public_key FROM trusted_keys WHERE unit = ? AND purpose = 'sealing'", (unit,)
    ).fetchone()
    return bytes(row[0]) if row else None


def parent_sealing_key(ws) -> bytes | None:
    """The trusted public sealing key of this unit's parent, None when not trusted (or
    this unit has no parent)."""
    require(ws, Permission.READ)
    parent = ws.unit.parent_code
    if not parent:
        return None
    row = ws.db.execute(
        "SELECT public_key FROM trusted_keys WHERE unit = ? AND purpose = 'sealing'", (parent,)
    ).fetchone()
    return bytes(row[0]) if row else None
