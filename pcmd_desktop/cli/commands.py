"""The `pcmd` commands: each parses its arguments, calls one service, reports."""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
import time
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.cli.session import PASSWORD_ENV, db_path, opened, read_new_password
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.maintenance import check_database
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.records import RecordService, ServiceError, UnknownKind
from pcmd_desktop.services.records_io import ImportRejected, export_records, import_records
from pcmd_desktop.services.units import UnitHistory, UnitListError, plan_changes, read_unit_rows
from pcmd_desktop.services.workspace import UnknownUnit, WorkspaceError, create_workspace

MAX_PROBLEMS_SHOWN = 200


# Commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    units, successions = _init_units(args.units) if args.units else (None, None)
    password = read_new_password(PASSWORD_ENV, f"Mật khẩu cho người quản trị {args.admin}: ")
    try:
        ws = create_workspace(path, args.unit, admin=args.admin, password=password,
                              units=units, successions=successions)  # fmt: skip
    except UnknownUnit as e:
        raise CommandFailed(str(e), EXIT_USAGE) from e
    except WorkspaceError as e:
        raise CommandFailed(str(e)) from e
    err(f"Đã tạo cơ sở dữ liệu của {ws.unit_full_name()} tại {path}")
    err(f"Người quản trị: {ws.actor}.")
    show_recovery_key(ws.new_recovery_key or "")
    ws.close()
    return EXIT_OK


def _init_units(file: str) -> tuple[list, list]:
    """A list file given to `init` (a province whose current list is not shipped)."""
    try:
        changes = plan_changes(UnitHistory([]), read_unit_rows(Path(file)))
    except OSError as e:
        raise CommandFailed(f"Không đọc được tệp {file}: {e.strerror or e}", EXIT_USAGE) from e
    except UnitListError as e:
        raise CommandFailed(f"Danh mục đơn vị không hợp lệ: {e}", EXIT_USAGE) from e
    return changes.versions, changes.successions


def show_recovery_key(key: str) -> None:
    """The recovery key, shown this once: on stdout, so it can be redirected to paper."""
    err("KHÓA KHÔI PHỤC (chỉ hiện một lần; in ra hoặc chép tay, cất nơi an toàn, không lưu")
    err("trên máy này). Khi mọi mật khẩu bị quên, chỉ khóa này mở lại được dữ liệu:")
    out(key)


def cmd_import_records(args: argparse.Namespace) -> int:
    with opened(args, Permission.EDIT_RECORDS) as ws:
        try:
            if args.file == "-":
                # UTF-8 whatever the console's code page says.
                stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8-sig")
                summary = import_records(ws, stdin)
            else:
                with open(args.file, encoding="utf-8-sig") as f:
                    summary = import_records(ws, f)
        except OSError as e:
            raise CommandFailed(f"Không đọc được tệp {args.file}: {e.strerror or e}") from e
        except UnicodeDecodeError as e:
            raise CommandFailed(
                f"Tệp {args.file} không phải văn bản UTF-8 (byte lỗi ở vị trí {e.start}); "
                "không nhập bản ghi nào."
            ) from e
        except ImportRejected as e:
            for p in e.problems[:MAX_PROBLEMS_SHOWN]:
                err(str(p))
            more = len(e.problems) - MAX_PROBLEMS_SHOWN
            if more > 0:
                err(f"... và {more} lỗi khác.")
            raise CommandFailed(f"Không nhập bản ghi nào: {len(e.problems)} lỗi.") from e
    parts = [
        f"{KINDS[k].label}: {summary.created.get(k, 0)} mới, {summary.updated.get(k, 0)} cập nhật"
        for k in KINDS
        if summary.created.get(k) or summary.updated.get(k)
    ]
    err(f"Đã nhập {summary.total} bản ghi. " + "; ".join(parts))
    return EXIT_OK


def cmd_export_records(args: argparse.Namespace) -> int:
    with opened(args) as ws:
        for line in export_records(ws, args.record):
            out(line)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with opened(args) as ws:
        hits = RecordService(ws).search(args.text, args.record, limit=args.limit)
        for rec in hits:
            out(json.dumps(rec, ensure_ascii=False))
    err(f"Tìm thấy {len(hits)} bản ghi.")
    return EXIT_OK


def _change(args: argparse.Namespace, deleting: bool) -> int:
    with opened(args, Permission.EDIT_RECORDS) as ws:
        service = RecordService(ws)
        try:
            if deleting:
                service.delete(args.kind, args.id)
            else:
                service.restore(args.kind, args.id)
        except UnknownKind as e:
            raise CommandFailed(str(e), EXIT_USAGE) from e
        except ServiceError as e:
            raise CommandFailed(str(e)) from e
    label = KINDS[args.kind].label
    err(f"Đã chuyển {label.lower()} {args.id} vào thùng rác." if deleting else
        f"Đã khôi phục {label.lower()} {args.id}.")  # fmt: skip
    return EXIT_OK


def cmd_delete(args: argparse.Namespace) -> int:
    return _change(args, True)


def cmd_restore_record(args: argparse.Namespace) -> int:
    return _change(args, False)


def cmd_demo(args: argparse.Namespace) -> int:
    from pcmd_desktop.services.demo_database import DEMO_ADMIN, DEMO_PASSWORD, build_demo

    if not 1 <= args.scale <= 584:
        raise CommandFailed("--scale phải từ 1 (một phường) đến 584 (cả thành phố).", EXIT_USAGE)
    path = db_path(args)
    admin = args.admin or DEMO_ADMIN
    password = os.environ.get(PASSWORD_ENV) or DEMO_PASSWORD
    started = time.perf_counter()
    try:
        result = build_demo(path, scale=args.scale, seed=args.seed, admin=admin,
                            password=password, replace=args.replace)  # fmt: skip
    except (WorkspaceError, ValueError) as e:
        raise CommandFailed(str(e)) from e
    except ImportRejected as e:  # a generator bug, never the user's input
        for p in e.problems[:20]:
            err(str(p))
        raise CommandFailed(
            "Dữ liệu trình diễn không hợp lệ; báo lỗi này cho nhóm phát triển."
        ) from e
    ws = result.workspace
    err(
        f"Đã tạo CSDL trình diễn của {ws.unit_full_name()} tại {path}: "
        f"{result.summary.total} bản ghi trong {time.perf_counter() - started:.1f} giây."
    )
    if password == DEMO_PASSWORD:
        err(f"Đăng nhập: {admin} / {DEMO_PASSWORD} (chỉ dùng cho dữ liệu trình diễn).")
    ws.close()
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with opened(args) as ws:
        report = check_database(ws)
        err(f"Cơ sở dữ liệu: {ws.path}")
        err(f"Đơn vị: {ws.unit_full_name()} ({ws.unit.code})")
        err(f"Lược đồ: phiên bản {report.schema_version} (chương trình: {report.latest_version})")
    if report.ok:
        err("Kiểm tra toàn vẹn và khóa ngoại: không có lỗi.")
        return EXIT_OK
    for p in report.problems:
        err(p)
    raise CommandFailed(f"Phát hiện {len(report.problems)} lỗi.")
