"""Opening the database for a command: who the user is, their password, the login.

A missing or wrong password, or a role without the right, is refused (exit 3) before
any record is read or written.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_AUTH, CommandFailed
from pcmd_desktop.services.auth import login, needs_setup, require
from pcmd_desktop.services.errors import AuthError, PermissionDenied
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import (
    Workspace,
    WorkspaceError,
    default_db_path,
    open_workspace,
)

PASSWORD_ENV = "PCMD_PASSWORD"
NEW_PASSWORD_ENV = "PCMD_NEW_PASSWORD"
USER_ENV = "PCMD_USER"


def db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


def read_secret(env: str, prompt: str) -> str:
    """A password from the environment variable `env`, else asked without echo."""
    value = os.environ.get(env)
    if value:
        return value
    if not sys.stdin or not sys.stdin.isatty():
        raise CommandFailed(
            f"Thiếu mật khẩu: đặt biến môi trường {env} hoặc chạy lệnh trong cửa sổ dòng lệnh "
            "để được hỏi.",
            EXIT_AUTH,
        )
    return getpass.getpass(prompt)


def read_new_password(env: str, prompt: str) -> str:
    """A new password from `env`, else asked twice."""
    if os.environ.get(env):
        return os.environ[env]
    first = read_secret(env, prompt)
    if getpass.getpass("Nhập lại mật khẩu: ") != first:
        raise CommandFailed("Hai lần nhập mật khẩu không khớp.")
    return first


@contextmanager
def opened(args: argparse.Namespace, permission: Permission | None = Permission.READ
           ) -> Iterator[Workspace]:  # fmt: skip
    """The workspace of --db, logged in as --user, checked for `permission`."""
    user = getattr(args, "user", None) or os.environ.get(USER_ENV)
    if not user:
        raise CommandFailed(
            f"Cần cho biết người dùng: --user TÊN (hoặc biến môi trường {USER_ENV}).", EXIT_AUTH
        )
    try:
        ws = open_workspace(db_path(args))
    except WorkspaceError as e:
        hint = "" if args.db else " (chỉ đường dẫn bằng --db, hoặc tạo mới: pcmd init --unit MÃ)"
        raise CommandFailed(f"{e}{hint}") from e
    try:
        if needs_setup(ws):
            raise CommandFailed(
                "Cơ sở dữ liệu chưa có người quản trị: mở bằng cửa sổ chương trình để tạo, "
                "hoặc dùng pcmd setup-admin --admin TÊN.",
                EXIT_AUTH,
            )
        password = read_secret(PASSWORD_ENV, f"Mật khẩu của {user}: ")
        try:
            login(ws, user, password)
            if permission is not None:
                require(ws, permission)
        except (AuthError, PermissionDenied) as e:
            raise CommandFailed(str(e), EXIT_AUTH) from e
        yield ws
    finally:
        ws.close()
