"""`pcmd report`: a period's report as JSON (to standard output unless --out), PDF or XLSX."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.reporting import ReportError, build_report, write_report


def cmd_report(args: argparse.Namespace) -> int:
    if args.format != "json" and not args.out:
        raise CommandFailed(f"Định dạng {args.format} cần --out TỆP để ghi ra", EXIT_USAGE)
    with opened(args, Permission.READ) as ws:
        try:
            report = build_report(ws, args.period, args.cutoff)
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
    err(f"Đã ghi báo cáo {report.period.name_vi} của {report.unit_name} ra {path}.")
    return EXIT_OK
