"""`pcmd export`, `pcmd import`, `pcmd completeness`: the upward file of a period, the
files received from child units, and who has not sent theirs."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_INVALID, EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.cli.report_commands import add_period_args, period_arg
from pcmd_desktop.cli.session import opened
from pcmd_desktop.exchange.interop import PERIOD_POLICIES, coverage_vi
from pcmd_desktop.services.approval import STATE_VI, given_states
from pcmd_desktop.services.exchange_export import ExchangeError, export_period
from pcmd_desktop.services.interop_export import InteropError, export_interop
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.reporting import ReportError
from pcmd_desktop.services.submissions import ACCEPTED, ALREADY, completeness, import_files

STATUS_VI = {ACCEPTED: "đã nhận", ALREADY: "đã có", "refused": "từ chối"}
COMPLETENESS_VI = {"on_time": "đúng hạn", "late": "muộn", "missing": "chưa nộp"}


def cmd_export(args: argparse.Namespace) -> int:
    code = period_arg(args)
    with opened(args, Permission.REPORTS) as ws:
        try:
            if args.format == "pcmd":
                if args.periods or args.mapping:
                    raise CommandFailed("--periods và --mapping chỉ dùng với định dạng adx "
                                        "hoặc dhis2", EXIT_USAGE)  # fmt: skip
                result = export_period(ws, code, Path(args.out),
                                       include_personal=args.include_personal,
                                       cutoff=args.cutoff)  # fmt: skip
                err(f"Đã ghi tệp báo cáo kỳ {result.period} (lần gửi {result.revision}"
                    f"{', có thông tin cá nhân đã niêm phong' if result.personal else ''}) "
                    f"ra {result.path}.")  # fmt: skip
                if result.consent_note:
                    err(result.consent_note + ".")
                return EXIT_OK
            if args.include_personal:
                raise CommandFailed("--include-personal chỉ dùng với định dạng pcmd", EXIT_USAGE)
            mapping = Path(args.mapping) if args.mapping else None
            result = export_interop(ws, code, Path(args.out), args.format,
                                    cutoff=args.cutoff, periods=args.periods,
                                    mapping_path=mapping)  # fmt: skip
        except ReportError as e:
            raise CommandFailed(str(e), EXIT_USAGE) from e
        except (ExchangeError, InteropError) as e:
            raise CommandFailed(str(e)) from e
    err(coverage_vi(result.coverage))
    err(f"Đã ghi {args.format.upper()} kỳ {result.period} ({result.values} chỉ tiêu) "
        f"ra {result.path}.")  # fmt: skip
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    paths: list[Path] = []
    for name in args.files:
        p = Path(name)
        paths.extend(sorted(p.glob("*.pcmd")) if p.is_dir() else [p])
    if not paths:
        raise CommandFailed("Không có tệp .pcmd nào để nhập", EXIT_USAGE)
    with opened(args, Permission.REPORTS) as ws:
        outcomes = import_files(ws, paths)
    for o in outcomes:
        note = f"; {len(o.flags)} cảnh báo số liệu" if o.flags else ""
        out("\t".join((STATUS_VI[o.status], o.unit or "-", o.period or "-",
                       str(o.revision or "-"), str(o.path), o.message + note)))  # fmt: skip
    for o in outcomes:
        for flag in o.flags:
            err(f"Cảnh báo số liệu {o.unit} kỳ {o.period}: {flag.message} (vẫn nhận tệp).")
    refused = sum(1 for o in outcomes if o.status == "refused")
    err(f"{len(outcomes) - refused} tệp nhận (hoặc đã có), {refused} tệp bị từ chối.")
    return EXIT_INVALID if refused else EXIT_OK


def cmd_completeness(args: argparse.Namespace) -> int:
    code = period_arg(args)
    with opened(args, Permission.READ) as ws:
        try:
            result = completeness(ws, code)
            states = {u: s for u, (s, _row) in given_states(ws, result.period).items()}
        except ReportError as e:
            raise CommandFailed(str(e), EXIT_USAGE) from e
    if args.format == "json":
        doc = result.to_json()
        for unit in doc["units"]:  # accepted | reopened | pending; None when nothing came
            unit["approval"] = states.get(unit["unit"])
        out(json.dumps(doc, ensure_ascii=False, indent=2))
        return EXIT_OK
    for c in result.children:
        state = STATE_VI[states[c.unit]] if c.unit in states else "-"
        out("\t".join((c.unit, c.name, COMPLETENESS_VI[c.status], str(c.revision or "-"),
                       c.received_at or "-", state, str(len(c.flags)))))  # fmt: skip
    for c in result.children:
        for flag in c.flags:
            err(f"Cảnh báo số liệu {c.unit} {c.name}: {flag.message}.")
    err(f"Tỷ lệ đơn vị đã nộp kỳ {result.period}: {result.rate:.1f} % "
        f"(hạn {result.deadline:%d/%m/%Y}).")  # fmt: skip
    return EXIT_OK


def register(command) -> None:
    """Add the three commands through the parser's `command` helper."""
    p = command("export", cmd_export, "xuất tệp báo cáo của một kỳ gửi cấp trên")
    add_period_args(p, "2018-01, 2018-Q1, 2018; hoặc --from/--to cho báo cáo đột xuất")
    p.add_argument("--out", required=True, metavar="TỆP")
    formats = "pcmd (mặc định, có chữ ký), adx (IHE ADX XML) hoặc dhis2 (JSON)"
    p.add_argument("--format", choices=("pcmd", "adx", "dhis2"), default="pcmd", help=formats)
    p.add_argument("--include-personal", action="store_true",
                   help="kèm thông tin cá nhân, niêm phong cho khóa của cấp trên")  # fmt: skip
    p.add_argument("--cutoff", choices=("nd09", "calendar"))
    p.add_argument("--mapping", metavar="TỆP", help="tệp ánh xạ DHIS2 khác tệp mặc định")
    periods = ("cách ghi kỳ ADX: dhis2 (kỳ lịch của DHIS2, mặc định của tệp ánh xạ) hoặc "
               "exact (đúng ngày kỳ báo cáo, cho hệ thống nhận không phải DHIS2)")  # fmt: skip
    p.add_argument("--periods", choices=PERIOD_POLICIES, help=periods)
    p = command("import", cmd_import, "nhận tệp báo cáo của các đơn vị cấp dưới")
    p.add_argument("files", nargs="+", metavar="TỆP", help="tệp .pcmd hoặc thư mục chứa chúng")
    p = command("completeness", cmd_completeness,
                "đơn vị cấp dưới nào đã nộp, nộp muộn hoặc chưa nộp báo cáo một kỳ")  # fmt: skip
    add_period_args(p, "2018-01, 2018-Q1, 2018; hoặc --from/--to cho báo cáo đột xuất")
    p.add_argument("--format", choices=("text", "json"), default="text")
