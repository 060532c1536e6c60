"""`pcmd approve`, `pcmd reopen`, `pcmd import-decision`, `pcmd locks`: the parent accepts
a child's period file or asks for a revision (a signed decision file to carry back), the
child takes the decision, and says which of its periods are locked."""

from __future__ import annotations

import argparse
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.exchange.approval_file import SUFFIX
from pcmd_desktop.services import approval
from pcmd_desktop.services.approval import STATE_VI, ApprovalError, BadPeriod, UnknownUnit
from pcmd_desktop.services.permissions import Permission


def _decide(args: argparse.Namespace, reason: str | None) -> int:
    if reason is not None and not reason.strip():
        raise CommandFailed('Yêu cầu sửa lại cần --reason "LÝ DO" (cấp dưới cần biết sửa gì)')
    with opened(args, Permission.REPORTS) as ws:
        try:
            if reason is None:
                result = approval.accept(ws, args.unit, args.period, Path(args.out))
            else:
                result = approval.reopen(ws, args.unit, args.period, reason, Path(args.out))
        except (UnknownUnit, BadPeriod) as e:
            raise CommandFailed(str(e), EXIT_USAGE) from e
        except ApprovalError as e:
            raise CommandFailed(str(e)) from e
        except OSError as e:
            raise CommandFailed(f"Không ghi được {args.out}: {e.strerror or e}") from e
        unit = ws.units.get(args.unit)
    row = result.row
    what = "Đã duyệt" if row.state == "accepted" else "Đã yêu cầu sửa lại"
    again = " (quyết định đã có từ trước, ghi lại tệp)" if result.reissued else ""
    err(f"{what} kỳ {row.period} của {unit.name if unit else args.unit} (lần gửi "
        f"{row.revision}){again}. Tệp quyết định: {result.path}; chép tệp này cho đơn vị "
        "cấp dưới nhập bằng 'pcmd import-decision'.")  # fmt: skip
    return EXIT_OK


def cmd_approve(args: argparse.Namespace) -> int:
    return _decide(args, None)


def cmd_reopen(args: argparse.Namespace) -> int:
    return _decide(args, args.reason)


def cmd_import_decision(args: argparse.Namespace) -> int:
    with opened(args, Permission.REPORTS) as ws:
        try:
            got = approval.import_decision(ws, Path(args.file))
        except (ApprovalError, BadPeriod) as e:
            raise CommandFailed(str(e)) from e
    err(got.message + ".")
    return EXIT_OK


def cmd_locks(args: argparse.Namespace) -> int:
    with opened(args, Permission.READ) as ws:
        rows = approval.locks(ws)
    for row in rows:
        out("\t".join((row.period, STATE_VI[row.state], str(row.revision), row.decided_on,
                       row.reason or "")))  # fmt: skip
    locked = sum(1 for r in rows if r.state == "accepted")
    err(f"{locked} kỳ đang khóa (đã được cấp trên duyệt), {len(rows) - locked} kỳ cấp trên "
        "yêu cầu sửa lại." if rows else "Chưa nhận quyết định duyệt nào của cấp trên.")  # fmt: skip
    return EXIT_OK


def register(command) -> None:
    """Add the four commands through the parser's `command` helper."""
    for name, handler, text in (
        ("approve", cmd_approve, "duyệt tệp báo cáo một kỳ của đơn vị cấp dưới (khóa kỳ đó "
         "ở đơn vị cấp dưới)"),
        ("reopen", cmd_reopen, "yêu cầu đơn vị cấp dưới sửa lại báo cáo một kỳ (mở khóa)"),
    ):  # fmt: skip
        p = command(name, handler, text)
        p.add_argument("--unit", required=True, metavar="MÃ", help="mã đơn vị cấp dưới")
        p.add_argument("--period", required=True, metavar="KỲ", help="2018-01, 2018-Q1, 2018")
        if name == "reopen":
            p.add_argument("--reason", required=True, metavar="LÝ_DO",
                           help="cần sửa gì (ghi trong tệp quyết định)")  # fmt: skip
        p.add_argument("--out", required=True, metavar="TỆP",
                       help=f"tệp quyết định ghi ra (đuôi {SUFFIX})")  # fmt: skip
    p = command("import-decision", cmd_import_decision,
                "nhận tệp quyết định duyệt hoặc yêu cầu sửa lại của cấp trên")  # fmt: skip
    p.add_argument("file", metavar="TỆP", help=f"tệp {SUFFIX} nhận từ cấp trên")
    command("locks", cmd_locks, "các kỳ của đơn vị đã được cấp trên duyệt (khóa) hoặc yêu "
            "cầu sửa lại")  # fmt: skip
