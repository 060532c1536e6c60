"""`pcmd handover export | import`: an ended unit's database hands its data to the unit
that succeeded it (services/handover.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_AUTH, EXIT_OK, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.services.errors import PermissionDenied
from pcmd_desktop.services.handover import HandoverError, export_handover, import_handover
from pcmd_desktop.services.permissions import Permission


def cmd_handover_export(args: argparse.Namespace) -> int:
    with opened(args, Permission.VIEW_PERSONAL) as ws:
        try:
            result = export_handover(ws, args.to, Path(args.out))
        except PermissionDenied as e:
            raise CommandFailed(str(e), EXIT_AUTH) from e
        except (HandoverError, OSError) as e:
            raise CommandFailed(str(e)) from e
    n = sum(result.counts["records"].values())
    err(f"Đã ghi tệp bàn giao cho đơn vị mã {result.to_unit} ({n} hồ sơ, "
        f"{result.counts['submissions']} tệp báo cáo đã nhận) ra {result.path}.")  # fmt: skip
    err(f"Mã kiểm tra SHA-256: {result.sha256}")
    return EXIT_OK


def cmd_handover_import(args: argparse.Namespace) -> int:
    with opened(args, Permission.VIEW_PERSONAL) as ws:
        try:
            report = import_handover(ws, Path(args.file))
        except PermissionDenied as e:
            raise CommandFailed(str(e), EXIT_AUTH) from e
        except HandoverError as e:
            raise CommandFailed(str(e)) from e
    out(report.to_text())
    if args.report:
        try:
            saved = report.save(args.report)
        except OSError as e:
            raise CommandFailed(f"Đã nhận bàn giao nhưng không ghi được biên bản "
                                f"{args.report}: {e.strerror or e}") from e  # fmt: skip
        err(f"Đã ghi biên bản ra {saved}.")
    return EXIT_OK


def register(sub, command) -> None:
    """`pcmd handover` and its two commands."""
    group = sub.add_parser("handover", help="bàn giao dữ liệu cho đơn vị kế tiếp (sáp nhập)")
    inner = group.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=type(group))
    p = command("export", cmd_handover_export,
                "lập tệp bàn giao toàn bộ dữ liệu cho đơn vị kế tiếp (người quản trị)",
                group=inner)  # fmt: skip
    p.add_argument("--to", required=True, metavar="MÃ", help="mã đơn vị kế tiếp")
    p.add_argument("--out", required=True, metavar="TỆP", help="tệp .pcmdbg ghi ra")
    p = command("import", cmd_handover_import,
                "nhận tệp bàn giao của đơn vị tiền thân, tất cả hoặc không (người quản trị)",
                group=inner)  # fmt: skip
    p.add_argument("file", metavar="TỆP", help="tệp .pcmdbg nhận được")
    p.add_argument("--report", metavar="TỆP", help="ghi biên bản nhận bàn giao ra tệp văn bản")
