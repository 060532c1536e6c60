"""The `pcmd` commands: each parses its arguments, calls one service, reports."""

from __future__ import annotations

import argparse
import getpass
import io
import json
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from pcmd_desktop import __version__
from pcmd_desktop.cli.argparse_vi import Parser
from pcmd_desktop.cli.output import EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.maintenance import check_database
from pcmd_desktop.services.records import RecordService, ServiceError, UnknownKind
from pcmd_desktop.services.records_io import ImportRejected, export_records, import_records
from pcmd_desktop.services.units import UnitListError, load_unit_list
from pcmd_desktop.services.workspace import (
    UnknownUnit,
    WorkspaceError,
    create_workspace,
    default_db_path,
    open_workspace,
)

MAX_PROBLEMS_SHOWN = 200


def _actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account, a container)
        return "pcmd"


def _db_path(args: argparse.Namespace) -> Path:
    return Path(args.db) if args.db else default_db_path()


@contextmanager
def _workspace(args: argparse.Namespace):
    try:
        ws = open_workspace(_db_path(args), actor=_actor())
    except WorkspaceError as e:
        hint = "" if args.db else " (chỉ đường dẫn bằng --db, hoặc tạo mới: pcmd init --unit MÃ)"
        raise CommandFailed(f"{e}{hint}") from e
    try:
        yield ws
    finally:
        ws.close()


def _kind_arg(name: str) -> str:
    if name not in KINDS:
        raise argparse.ArgumentTypeError(
            f"loại bản ghi '{name}' không có; chọn một trong: {', '.join(KINDS)}"
        )
    return name


# Commands ------------------------------------------------------------------------------


def cmd_init(args: argparse.Namespace) -> int:
    path = _db_path(args)
    try:
        ws = create_workspace(path, args.unit, actor=_actor())
    except UnknownUnit as e:
        raise CommandFailed(str(e), EXIT_USAGE) from e
    except WorkspaceError as e:
        raise CommandFailed(str(e)) from e
    err(f"Đã tạo cơ sở dữ liệu của {ws.unit_full_name()} tại {path}")
    ws.close()
    return EXIT_OK


def cmd_import_records(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
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
    with _workspace(args) as ws:
        for line in export_records(ws, args.record):
            out(line)
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        hits = RecordService(ws).search(args.text, args.record, limit=args.limit)
        for rec in hits:
            out(json.dumps(rec, ensure_ascii=False))
    err(f"Tìm thấy {len(hits)} bản ghi.")
    return EXIT_OK


def _change(args: argparse.Namespace, deleting: bool) -> int:
    with _workspace(args) as ws:
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
    from pcmd_desktop.services.demo_database import build_demo  # the generator is large

    if not 1 <= args.scale <= 584:
        raise CommandFailed("--scale phải từ 1 (một phường) đến 584 (cả thành phố).", EXIT_USAGE)
    path = _db_path(args)
    started = time.perf_counter()
    try:
        result = build_demo(
            path, scale=args.scale, seed=args.seed, actor=_actor(), replace=args.replace
        )
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
    ws.close()
    return EXIT_OK


def cmd_load_units(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
        try:
            added, updated = load_unit_list(ws, Path(args.file))
        except OSError as e:
            raise CommandFailed(f"Không đọc được tệp {args.file}: {e.strerror or e}") from e
        except (UnitListError, UnicodeDecodeError) as e:
            raise CommandFailed(f"Danh mục đơn vị không hợp lệ, không nạp gì: {e}") from e
    err(f"Đã nạp danh mục đơn vị: {added} đơn vị mới, {updated} đơn vị cập nhật; không xóa mã nào.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with _workspace(args) as ws:
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


# Parser --------------------------------------------------------------------------------


def build_parser() -> Parser:
    parser = Parser(
        prog="pcmd",
        description="PCMD Desktop: quản lý công tác phòng, chống mại dâm (dòng lệnh).",
    )
    parser.add_argument("--version", action="version", version=f"PCMD Desktop {__version__}")
    sub = parser.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=Parser)

    def command(name: str, handler, help_text: str) -> Parser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument(
            "--db",
            metavar="ĐƯỜNG_DẪN",
            help=f"tệp cơ sở dữ liệu (mặc định: {default_db_path()})",
        )
        p.set_defaults(handler=handler)
        return p

    p = command("init", cmd_init, "tạo cơ sở dữ liệu mới cho một đơn vị hành chính")
    p.add_argument("--unit", required=True, metavar="MÃ", help="mã đơn vị, ví dụ 00079")

    p = command("import-records", cmd_import_records, "nhập bản ghi từ tệp JSON lines")
    p.add_argument("file", metavar="TỆP", help="tệp .jsonl (dấu - để đọc từ đầu vào chuẩn)")

    p = command("export-records", cmd_export_records, "xuất bản ghi ra JSON lines")
    p.add_argument("--record", type=_kind_arg, metavar="LOẠI", help="chỉ một loại bản ghi")

    p = command("search", cmd_search, "tìm bản ghi, không phân biệt hoa thường và dấu")
    p.add_argument("text", metavar="NỘI_DUNG")
    p.add_argument("--record", type=_kind_arg, metavar="LOẠI", help="chỉ một loại bản ghi")
    p.add_argument("--limit", type=int, default=1000, help="số kết quả tối đa (mặc định 1000)")

    p = command("delete", cmd_delete, "chuyển một bản ghi vào thùng rác")
    p.add_argument("kind", type=_kind_arg, metavar="LOẠI")
    p.add_argument("id", metavar="MÃ")

    p = command("restore-record", cmd_restore_record, "khôi phục bản ghi từ thùng rác")
    p.add_argument("kind", type=_kind_arg, metavar="LOẠI")
    p.add_argument("id", metavar="MÃ")

    p = command("demo", cmd_demo, "tạo cơ sở dữ liệu trình diễn Hà Nội năm 2018")
    p.add_argument("--scale", type=int, default=1, help="số xã, phường (1 đến 584)")
    p.add_argument("--seed", type=int, default=2018, help="hạt giống ngẫu nhiên")
    p.add_argument(
        "--replace", action="store_true", help="thay CSDL trình diễn cũ ở cùng đường dẫn"
    )

    p = command("load-units", cmd_load_units, "nạp danh mục đơn vị hành chính mới hơn (CSV)")
    p.add_argument("file", metavar="TỆP", help="tệp CSV cùng dạng admin-units-2020.csv")

    command("check", cmd_check, "kiểm tra toàn vẹn, khóa ngoại và phiên bản lược đồ")
    return parser
