"""`pcmd report`: a period's report as JSON (to standard output unless --out), PDF or XLSX;
the period is `--period KỲ` or an ad hoc range `--from NGÀY --to NGÀY` (báo cáo đột xuất),
which `pcmd export` and `pcmd completeness` take too (`period_arg`)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.domain.periods import PeriodError, adhoc_period
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.reporting import ReportError, build_report, write_report


def add_period_args(p: argparse.ArgumentParser, period_help: str) -> None:
    """--period KỲ, or --from NGÀY --to NGÀY (an ad hoc range, both days included)."""
    p.add_argument("--period", metavar="KỲ", help=period_help)
    p.add_argument("--from", dest="date_from", metavar="NGÀY",
                   help="báo cáo đột xuất từ ngày (05/03/2018 hoặc 2018-03-05)")  # fmt: skip
    p.add_argument("--to", dest="date_to", metavar="NGÀY",
                   help="đến ngày, tính cả ngày đó (không sau hôm nay)")  # fmt: skip


def period_arg(args: argparse.Namespace) -> str:
    """The period code the arguments name: --period as given, or the ad hoc code of
    --from/--to (2018-03-05..2018-04-10); CommandFailed (exit 2) naming the argument for
    both, neither, one day only, a malformed day, a first day after the last or a last
    day after today. Checked before the database is opened."""
    ranged = args.date_from is not None or args.date_to is not None
    if args.period is not None and ranged:
        raise CommandFailed("Dùng --period KỲ (báo cáo định kỳ) hoặc --from NGÀY --to NGÀY "
                            "(báo cáo đột xuất), không dùng cả hai", EXIT_USAGE)  # fmt: skip
    if args.period is not None:
        return args.period
    if not ranged:
        raise CommandFailed("Thiếu kỳ báo cáo: --period KỲ (ví dụ 2018-01) hoặc --from NGÀY "
                            "--to NGÀY (báo cáo đột xuất, ví dụ --from 05/03/2018 --to "
                            "10/04/2018)", EXIT_USAGE)  # fmt: skip
    if args.date_from is None or args.date_to is None:
        missing = "--from" if args.date_from is None else "--to"
        raise CommandFailed(f"Báo cáo đột xuất cần cả --from và --to: thiếu {missing} NGÀY",
                            EXIT_USAGE)  # fmt: skip
    try:
        return adhoc_period(args.date_from, args.date_to, today=date.today(),
                            labels=("ngày --from", "ngày --to")).code  # fmt: skip
    except PeriodError as e:
        raise CommandFailed(str(e).rstrip("."), EXIT_USAGE) from None


def cmd_report(args: argparse.Namespace) -> int:
    if args.format != "json" and not args.out:
        raise CommandFailed(f"Định dạng {args.format} cần --out TỆP để ghi ra", EXIT_USAGE)
    code = period_arg(args)
    with opened(args, Permission.READ) as ws:
        try:
            report = build_report(ws, code, args.cutoff, accepted_only=args.accepted_only,
                                  breakdown=args.breakdown)  # fmt: skip
        except ReportError as e:
            raise CommandFailed(str(e), EXIT_USAGE) from e
        if args.out is None:
            out(json.dumps(report.to_json(), ensure_ascii=False, indent=2))
            return EXIT_OK
        path = Path(args.out)
        try:
            write_report(report, args.format, path)
        except OSError as e:
            raise CommandFailed(f"Không ghi được {path}: {e}") from e
    kind = "báo cáo đột xuất" if report.period.is_adhoc else "báo cáo"
    err(f"Đã ghi {kind} {report.period.name_vi} của {report.unit_name} ra {path}.")
    return EXIT_OK
