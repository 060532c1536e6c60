"""The `pcmd` commands of trust: users, passwords, the audit log, backups, recovery."""

from __future__ import annotations

import argparse
import json
from datetime import datetime
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_AUTH, EXIT_OK, CommandFailed, err, out
from pcmd_desktop.cli.session import (
    NEW_PASSWORD_ENV,
    PASSWORD_ENV,
    db_path,
    opened,
    read_new_password,
    read_secret,
)
from pcmd_desktop.security.passwords import PasswordPolicyError
from pcmd_desktop.services import audit_log, auth, backup_actions
from pcmd_desktop.services.backup import BackupError
from pcmd_desktop.services.errors import AuthError, ServiceError
from pcmd_desktop.services.instance_lock import DatabaseLocked, acquire_lock
from pcmd_desktop.services.permissions import ROLE_LABELS, Permission
from pcmd_desktop.services.workspace import WorkspaceError, open_workspace


def _do(action, *args) -> None:
    """Run a service call, turning its refusals into the CLI's exit codes."""
    try:
        action(*args)
    except AuthError as e:
        raise CommandFailed(str(e), EXIT_AUTH) from e
    except (ServiceError, PasswordPolicyError) as e:
        raise CommandFailed(str(e)) from e


def cmd_setup_admin(args: argparse.Namespace) -> int:
    """The first admin of a database made before users existed."""
    try:
        ws = open_workspace(db_path(args))
    except WorkspaceError as e:
        raise CommandFailed(str(e)) from e
    try:
        if not auth.needs_setup(ws):
            raise CommandFailed("Cơ sở dữ liệu đã có người quản trị.")
        password = read_new_password(PASSWORD_ENV, f"Mật khẩu cho {args.admin}: ")
        try:
            key = auth.setup_admin(ws, args.admin, password)
        except (ServiceError, PasswordPolicyError) as e:
            raise CommandFailed(str(e)) from e
    finally:
        ws.close()
    from pcmd_desktop.cli.commands import show_recovery_key

    err(f"Đã tạo người quản trị {args.admin}; thông tin cá nhân đã được mã hóa.")
    show_recovery_key(key)
    return EXIT_OK


def cmd_user_add(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        password = read_new_password(NEW_PASSWORD_ENV, f"Mật khẩu cho {args.name}: ")
        _do(auth.add_user, ws, args.name, args.role, password)
    err(f"Đã thêm người dùng {args.name} ({ROLE_LABELS[args.role]}).")
    return EXIT_OK


def cmd_user_disable(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        _do(auth.set_disabled, ws, args.name, True)
    err(f"Đã vô hiệu hóa tài khoản {args.name}.")
    return EXIT_OK


def cmd_user_role(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        _do(auth.set_role, ws, args.name, args.role)
    err(f"Vai trò của {args.name}: {ROLE_LABELS[args.role]} (từ lần đăng nhập sau).")
    return EXIT_OK


def cmd_user_enable(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        _do(auth.set_disabled, ws, args.name, False)
    err(f"Đã kích hoạt lại tài khoản {args.name}.")
    return EXIT_OK


def cmd_user_reset_password(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        password = read_new_password(NEW_PASSWORD_ENV, f"Mật khẩu mới cho {args.name}: ")
        _do(auth.reset_password, ws, args.name, password)
    err(f"Đã đặt lại mật khẩu cho {args.name}.")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        for u in auth.list_users(ws):
            state = "vô hiệu hóa" if u.disabled else ("tạm khóa" if u.locked else "hoạt động")
            out(f"{u.name}\t{u.role}\t{u.role_label}\t{state}")
    return EXIT_OK


def cmd_passwd(args: argparse.Namespace) -> int:
    with opened(args, None) as ws:
        old = read_secret(PASSWORD_ENV, "Mật khẩu hiện tại: ")
        new = read_new_password(NEW_PASSWORD_ENV, "Mật khẩu mới: ")
        _do(auth.change_password, ws, old, new)
    err("Đã đổi mật khẩu.")
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    """Every password lost: the recovery key gives admin `--admin` a new password."""
    try:
        ws = open_workspace(db_path(args))
    except WorkspaceError as e:
        raise CommandFailed(str(e)) from e
    try:
        key = read_secret("PCMD_RECOVERY_KEY", "Khóa khôi phục: ")
        password = read_new_password(NEW_PASSWORD_ENV, f"Mật khẩu mới cho {args.admin}: ")
        _do(auth.recover_admin, ws, key, args.admin, password)
    finally:
        ws.close()
    err(f"Đã đặt mật khẩu mới cho người quản trị {args.admin} bằng khóa khôi phục.")
    return EXIT_OK


def cmd_audit_verify(args: argparse.Namespace) -> int:
    with opened(args, Permission.AUDIT) as ws:
        check = audit_log.verify_log(ws)
    if check.ok:
        err(f"Nhật ký truy cập nguyên vẹn: {check.entries} mục, chuỗi băm khớp.")
        return EXIT_OK
    raise CommandFailed(f"Nhật ký truy cập đã bị can thiệp: {check.reason}.")


def cmd_audit_list(args: argparse.Namespace) -> int:
    with opened(args, Permission.AUDIT) as ws:
        rows = audit_log.list_entries(ws, user=args.filter_user, kind=args.record,
                                      record_key=args.id, date_from=args.date_from,
                                      date_to=args.date_to, limit=args.limit)  # fmt: skip
    for r in rows:
        out(json.dumps(r, ensure_ascii=False))
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    with opened(args, Permission.BACKUP) as ws:
        try:
            target = backup_actions.backup_to_file(ws, Path(args.out))
        except (BackupError, OSError) as e:
            raise CommandFailed(f"Không sao lưu được: {e}") from e
    err(f"Đã sao lưu vào {target} (được mã hóa như cơ sở dữ liệu).")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    with opened(args, Permission.SETTINGS) as ws:
        # Nobody else may have the file open while it is replaced: the window holds the
        # instance lock while it runs.
        try:
            with acquire_lock(path, f"pcmd restore ({ws.actor})"):
                aside = backup_actions.restore(ws, Path(args.file), now=datetime.now())
        except DatabaseLocked as e:
            raise CommandFailed(str(e)) from e
        except (BackupError, OSError) as e:
            raise CommandFailed(f"Không khôi phục: {e}") from e
    kept = f" Cơ sở dữ liệu trước đó được giữ tại {aside}." if aside else ""
    err(f"Đã khôi phục từ {args.file}.{kept}")
    return EXIT_OK
