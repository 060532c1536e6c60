"""`pcmd assessment --year YYYY [--unit MÃ]`: a commune's "lành mạnh" assessment sheet
for the year (services/assessment.py): each criterion's score against its maximum, the
total and the result. A year without a sheet is an error (exit 1) saying so.

Sheets are entered in the window (Kế hoạch › Chấm điểm lành mạnh) or with
`pcmd import-records` (record `commune_assessment`, docs/records.md).
"""

from __future__ import annotations

import argparse

from pcmd_desktop.cli.output import EXIT_OK, EXIT_USAGE, CommandFailed, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.domain.assessment import CRITERIA, MAX_TOTAL
from pcmd_desktop.domain.display import format_date
from pcmd_desktop.services.assessment import communes, result_of, sheet
from pcmd_desktop.services.permissions import Permission


def sheet_lines(name: str, year: int, record: dict) -> list[str]:
    """The sheet as printed: heading, one line per criterion, total and result."""
    lines = [f"Phiếu chấm điểm xã, phường lành mạnh năm {year}: {name}",
             f"Ngày chấm điểm: {format_date(record['assessed_on'])}"]  # fmt: skip
    if record.get("assessed_by"):
        lines.append(f"Hội đồng, người chấm: {record['assessed_by']}")
    for n, c in enumerate(CRITERIA, 1):
        score = record.get(c.field)
        shown = "-" if score is None else str(score)
        full = " (phải đạt đủ điểm)" if c.must_be_full else ""
        lines.append(f"{n}. {c.label}{full}\t{shown}/{c.max_score}")
    result = result_of(record)
    lines += [f"Tổng điểm: {result.total}/{MAX_TOTAL}", f"Kết quả: {result.text}"]
    if record.get("note"):
        lines.append(f"Ghi chú: {record['note']}")
    return lines


def cmd_assessment(args: argparse.Namespace) -> int:
    with opened(args, Permission.READ) as ws:
        listed = dict(communes(ws, args.year))
        if args.unit is not None and args.unit not in listed:
            raise CommandFailed(
                f"Không có xã, phường mã {args.unit} thuộc {ws.unit.name} năm {args.year}.",
                EXIT_USAGE,
            )
        wanted = [args.unit] if args.unit else list(listed)
        found = [(code, rec) for code in wanted if (rec := sheet(ws, code, args.year))]
        where = listed[args.unit] if args.unit else ws.unit.name
    if not found:
        raise CommandFailed(
            f"Chưa có phiếu chấm điểm xã, phường lành mạnh năm {args.year} của {where}; nhập "
            "ở Kế hoạch › Chấm điểm lành mạnh hoặc bằng pcmd import-records "
            "(bản ghi commune_assessment)."
        )
    for i, (code, record) in enumerate(found):
        if i:
            out("")
        for line in sheet_lines(listed[code], args.year, record):
            out(line)
    return EXIT_OK


def register(command) -> None:
    """`pcmd assessment`."""
    p = command("assessment", cmd_assessment,
                "in phiếu chấm điểm xã, phường lành mạnh của một năm: điểm từng tiêu chí, "
                "tổng điểm và kết quả")  # fmt: skip
    p.add_argument("--year", required=True, type=int, metavar="NĂM", help="năm được chấm")
    p.add_argument("--unit", metavar="MÃ",
                   help="mã xã, phường (ở CSDL quận, huyện, thành phố; mặc định: mọi xã, phường "
                        "đã có phiếu)")  # fmt: skip
