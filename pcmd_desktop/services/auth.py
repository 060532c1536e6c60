"""Users, logins and the data key.

One random data key encrypts the personal fields. It is stored only wrapped: once per
user by a key derived from that user's password, and once by the recovery key shown at
setup. Logging in unwraps it into the session; changing a password re-wraps it and
re-encrypts nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime

from pcmd_desktop.db import audit, users_repo
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.db.records_repo import now_stamp
from pcmd_desktop.security import lockout
from pcmd_desktop.security.fields import FieldCipher
from pcmd_desktop.security.keys import (
    KdfParams,
    WrongKey,
    derive_kek,
    new_data_key,
    new_recovery_key,
    normalise_recovery_key,
    unwrap_key,
    wrap_key,
)
from pcmd_desktop.security.passwords import (
    check_password_policy,
    hash_password,
    verify_password,
)
from pcmd_desktop.services.errors import AuthError, PermissionDenied, ServiceError
from pcmd_desktop.services.permissions import (
    PERMISSION_LABELS,
    ROLE_LABELS,
    ROLES,
    Permission,
    allows,
)

RECOVERY = "recovery"
USER_NAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")


@dataclass
class Session:
    """Who is logged in, and the data key while they are."""

    user: str
    role: str
    data_key: bytes = field(repr=False)
    cipher: FieldCipher = field(repr=False)
    name_index: dict | None = field(default=None, repr=False)  # person id -> folded name

    def can(self, permission: Permission) -> bool:
        return allows(self.role, permission)


def audit_time() -> str:
    """Local time with its offset: an officer reads the log in the hours of the office."""
    return datetime.now().astimezone().isoformat(timespec="seconds")


def record_event(ws, action: str, *, user: str | None = None, kind=None, key=None, detail=None):
    """One audit entry in its own transaction (or the caller's)."""
    with transaction(ws.db):
        audit.append(ws.db, audit_time(), user or ws.actor, action, kind, key, detail)


def require(ws, permission: Permission) -> Session:
    """The session, when its role has `permission`; AuthError or PermissionDenied else."""
    session = ws.session
    if session is None:
        raise AuthError("Chưa đăng nhập: hãy đăng nhập trước khi dùng cơ sở dữ liệu.")
    if not session.can(permission):
        raise PermissionDenied(
            f"Người dùng '{session.user}' ({ROLE_LABELS[session.role]}) không có quyền "
            f"{PERMISSION_LABELS[permission]}."
        )
    return session


def check_user_name(name: str) -> str:
    """The login name in its stored form; ServiceError when it is not acceptable."""
    name = name.strip().lower()
    if not USER_NAME.match(name):
        raise ServiceError(
            f"Tên đăng nhập '{name}' không hợp lệ: 2-32 ký tự gồm chữ thường không dấu, "
            "chữ số, dấu chấm, gạch ngang hoặc gạch dưới (ví dụ: nguyen.van.a)."
        )
    return name


def _check_role(role: str) -> str:
    if role not in ROLES:
        labels = ", ".join(f"{r} ({ROLE_LABELS[r]})" for r in ROLES)
        raise ServiceError(f"Vai trò '{role}' không có; chọn một trong: {labels}")
    return role


def _wrap_for(password: str, name: str, data_key: bytes) -> tuple[str, bytes]:
    params = KdfParams.new()
    kek = derive_kek(password, params)
    return params.to_json(), wrap_key(kek, data_key, context=f"user:{name}")


def _user_row(name: str, role: str, password: str, data_key: bytes, by: str) -> dict:
    kdf, wrapped = _wrap_for(password, name, data_key)
    now = now_stamp()
    return {
        "name": name,
        "role": role,
        "password_hash": hash_password(password),
        "kdf": kdf,
        "wrapped_key": wrapped,
        "disabled": 0,
        "failed_count": 0,
        "last_failed_at": None,
        "created_at": now,
        "created_by": by,
        "updated_at": now,
        "updated_by": by,
    }


def _start_session(ws, name: str, role: str, data_key: bytes) -> Session:
    ws.session = Session(name, role, data_key, FieldCipher(data_key))
    return ws.session


def needs_setup(ws) -> bool:
    """True for a database without any user (made before users existed)."""
    return users_repo.count(ws.db) == 0


def setup_admin(ws, name: str, password: str) -> str:
    """Create the first admin and the data key, encrypt any personal field still in
    clear, log in; returns the recovery key, to be shown once and printed."""
    from pcmd_desktop.services.personal_data import encrypt_existing_persons

    name = check_user_name(name)
    check_password_policy(password)
    if not needs_setup(ws):
        raise ServiceError("Cơ sở dữ liệu đã có người quản trị.")
    data_key = new_data_key()
    recovery = new_recovery_key()
    params = KdfParams.new()
    recovery_wrap = wrap_key(
        derive_kek(normalise_recovery_key(recovery), params), data_key, context=RECOVERY
    )
    session = Session(name, "admin", data_key, FieldCipher(data_key))
    with transaction(ws.db):
        users_repo.insert(ws.db, _user_row(name, "admin", password, data_key, name))
        users_repo.put_wrap(ws.db, RECOVERY, params.to_json(), recovery_wrap, now_stamp())
        encrypted = encrypt_existing_persons(ws.db, session.cipher)
        audit.append(ws.db, audit_time(), name, "setup_admin", detail={"encrypted": encrypted})
    ws.session = session
    return recovery


def _check_password(ws, name: str, password: str, now: datetime) -> dict:
    """The user's row when `password` is theirs, under the lock-out policy; every refusal
    is logged. AuthError otherwise."""
    row = users_repo.get(ws.db, name)
    refused = AuthError("Tên đăng nhập hoặc mật khẩu không đúng.")
    if row is None:
        record_event(ws, "login_failed", user=name or "?", detail={"reason": "unknown_user"})
        raise refused
    if row["disabled"]:
        record_event(ws, "login_failed", user=name, detail={"reason": "disabled"})
        raise AuthError(f"Tài khoản '{name}' đã bị vô hiệu hóa; hãy liên hệ người quản trị.")
    if row["last_failed_at"]:
        until = lockout.locked_until(
            row["failed_count"], datetime.fromisoformat(row["last_failed_at"])
        )
        if until and until > now:
            record_event(ws, "login_failed", user=name, detail={"reason": "locked"})
            raise AuthError(lockout.describe_wait(until, now))
    if not verify_password(password, row["password_hash"]):
        with transaction(ws.db):
            users_repo.update(
                ws.db,
                name,
                failed_count=row["failed_count"] + 1,
                last_failed_at=now.isoformat(timespec="seconds"),
            )
            audit.append(ws.db, audit_time(), name, "login_failed", detail={"reason": "password"})
        tries_left = lockout.MAX_TRIES - row["failed_count"] - 1
        if tries_left > 0:
            raise AuthError(f"{refused} Còn {tries_left} lần thử trước khi tài khoản bị tạm khóa.")
        raise AuthError(f"{refused} Tài khoản bị tạm khóa do nhập sai quá {lockout.MAX_TRIES} lần.")
    return row


def login(ws, name: str, password: str, *, now: datetime | None = None) -> Session:
    """Check the password (with the lock-out policy) and open the session."""
    now = now or datetime.now().astimezone()
    name = name.strip().lower()
    row = _check_password(ws, name, password, now)
    kek = derive_kek(password, KdfParams.from_json(row["kdf"]))
    try:
        data_key = unwrap_key(kek, row["wrapped_key"], context=f"user:{name}")
    except WrongKey as e:  # the password hash matched but the key did not: tampering
        raise AuthError("Khóa dữ liệu của tài khoản không mở được; dữ liệu có thể bị sửa.") from e
    with transaction(ws.db):
        users_repo.update(ws.db, name, failed_count=0, last_failed_at=None)
        audit.append(ws.db, audit_time(), name, "login")
    return _start_session(ws, name, row["role"], data_key)


def logout(ws) -> None:
    if ws.session is not None:
        record_event(ws, "logout")
    ws.session = None


def unlock(ws, password: str, *, now: datetime | None = None) -> None:
    """The idle lock: the logged-in user's password again, under the same lock-out
    policy; the session goes on. AuthError when it is not theirs."""
    session = require(ws, Permission.READ)
    _check_password(ws, session.user, password, now or datetime.now().astimezone())
    with transaction(ws.db):
        users_repo.update(ws.db, session.user, failed_count=0, last_failed_at=None)
        audit.append(ws.db, audit_time(), session.user, "unlock")


def change_password(ws, old: str, new: str) -> None:
    session = require(ws, Permission.READ)
    row = users_repo.get(ws.db, session.user)
    if row is None or not verify_password(old, row["password_hash"]):
        raise AuthError("Mật khẩu hiện tại không đúng.")
    check_password_policy(new)
    kdf, wrapped = _wrap_for(new, session.user, session.data_key)
    with transaction(ws.db):
        users_repo.update(ws.db, session.user, password_hash=hash_password(new), kdf=kdf,
                          wrapped_key=wrapped, updated_at=now_stamp(),
                          updated_by=session.user)  # fmt: skip
        audit.append(ws.db, audit_time(), session.user, "password_changed", "user", session.user)


def add_user(ws, name: str, role: str, password: str) -> None:
    session = require(ws, Permission.MANAGE_USERS)
    name, role = check_user_name(name), _check_role(role)
    check_password_policy(password)
    if users_repo.get(ws.db, name) is not None:
        raise ServiceError(f"Đã có người dùng '{name}'.")
    with transaction(ws.db):
        users_repo.insert(ws.db, _user_row(name, role, password, session.data_key, session.user))
        audit.append(ws.db, audit_time(), session.user, "user_added", "user", name,
                     {"role": role})  # fmt: skip


def _existing(ws, name: str) -> dict:
    row = users_repo.get(ws.db, name.strip().lower())
    if row is None:
        raise ServiceError(f"Không có người dùng '{name}'.")
    return row


def set_disabled(ws, name: str, disabled: bool) -> None:
    session = require(ws, Permission.MANAGE_USERS)
    row = _existing(ws, name)
    if disabled and row["name"] == session.user:
        raise ServiceError("Không tự vô hiệu hóa tài khoản đang đăng nhập.")
    if disabled and row["role"] == "admin" and _active_admins(ws) <= 1:
        raise ServiceError("Đây là người quản trị cuối cùng đang hoạt động; không vô hiệu hóa.")
    with transaction(ws.db):
        users_repo.update(ws.db, row["name"], disabled=int(disabled), updated_at=now_stamp(),
                          updated_by=session.user)  # fmt: skip
        action = "user_disabled" if disabled else "user_enabled"
        audit.append(ws.db, audit_time(), session.user, action, "user", row["name"])


def set_role(ws, name: str, role: str) -> None:
    """An admin gives a user another role (an officer moved to reporting, say). The role
    takes effect at that user's next login. The last active admin keeps the role."""
    session = require(ws, Permission.MANAGE_USERS)
    row = _existing(ws, name)
    role = _check_role(role)
    if role == row["role"]:
        return
    if row["role"] == "admin" and not row["disabled"] and _active_admins(ws) <= 1:
        raise ServiceError("Đây là người quản trị cuối cùng đang hoạt động; không đổi vai trò.")
    with transaction(ws.db):
        users_repo.update(ws.db, row["name"], role=role, updated_at=now_stamp(),
                          updated_by=session.user)  # fmt: skip
        audit.append(ws.db, audit_time(), session.user, "role_changed", "user", row["name"],
                     {"role": {"old": row["role"], "new": role}})  # fmt: skip


def _active_admins(ws) -> int:
    return sum(1 for u in users_repo.all_users(ws.db) if u["role"] == "admin" and not u["disabled"])


def reset_password(ws, name: str, new_password: str) -> None:
    """An admin sets a new password for a user (who forgot theirs); clears the lock-out."""
    session = require(ws, Permission.MANAGE_USERS)
    row = _existing(ws, name)
    check_password_policy(new_password)
    kdf, wrapped = _wrap_for(new_password, row["name"], session.data_key)
    with transaction(ws.db):
        users_repo.update(ws.db, row["name"], password_hash=hash_password(new_password), kdf=kdf,
                          wrapped_key=wrapped, failed_count=0, last_failed_at=None,
                          updated_at=now_stamp(), updated_by=session.user)  # fmt: skip
        audit.append(ws.db, audit_time(), session.user, "password_reset", "user", row["name"])


def recover_admin(ws, recovery_key: str, name: str, new_password: str) -> Session:
    """Every password lost: the recovery key unwraps the data key, and admin `name` gets
    a new password (created as admin if it does not exist)."""
    try:
        key = normalise_recovery_key(recovery_key)
    except ValueError as e:
        raise AuthError(str(e)) from e
    wrap = users_repo.get_wrap(ws.db, RECOVERY)
    if wrap is None:
        raise AuthError("Cơ sở dữ liệu này không có khóa khôi phục.")
    try:
        data_key = unwrap_key(
            derive_kek(key, KdfParams.from_json(wrap["kdf"])), wrap["wrapped_key"],
            context=RECOVERY,
        )  # fmt: skip
    except WrongKey as e:
        record_event(ws, "recovery_failed", user=name)
        raise AuthError("Khóa khôi phục không đúng.") from e
    name = check_user_name(name)
    check_password_policy(new_password)
    row = users_repo.get(ws.db, name)
    with transaction(ws.db):
        if row is None:
            users_repo.insert(ws.db, _user_row(name, "admin", new_password, data_key, name))
        else:
            kdf, wrapped = _wrap_for(new_password, name, data_key)
            users_repo.update(ws.db, name, role="admin", disabled=0, failed_count=0,
                              last_failed_at=None, password_hash=hash_password(new_password),
                              kdf=kdf, wrapped_key=wrapped, updated_at=now_stamp(),
                              updated_by=name)  # fmt: skip
        audit.append(ws.db, audit_time(), name, "recovered_with_key", "user", name)
    return _start_session(ws, name, "admin", data_key)


@dataclass(frozen=True)
class UserInfo:
    name: str
    role: str
    disabled: bool
    locked: bool
    created_at: str

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def list_users(ws) -> list[UserInfo]:
    require(ws, Permission.MANAGE_USERS)
    now = datetime.now().astimezone()
    out = []
    for u in users_repo.all_users(ws.db):
        until = None
        if u["last_failed_at"]:
            until = lockout.locked_until(
                u["failed_count"], datetime.fromisoformat(u["last_failed_at"])
            )
        out.append(UserInfo(u["name"], u["role"], bool(u["disabled"]),
                            bool(until and until > now), u["created_at"]))  # fmt: skip
    return out
