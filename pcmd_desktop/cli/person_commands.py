"""`pcmd persons duplicates | merge`: likely duplicate files of a person and merging two
of them (services/duplicates.py, services/person_merge.py).

The list prints file codes and reasons, not names: what a command prints often ends up
in a file or a scroll-back. `--show-names` adds the names; only roles that may see
personal data may list at all, so only they can ask for it.
"""

from __future__ import annotations

import argparse

from pcmd_desktop.cli.output import EXIT_OK, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.domain.display import format_date
from pcmd_desktop.services.duplicates import PersonFile, find_duplicates, person_id_by_code
from pcmd_desktop.services.errors import AuthError, PermissionDenied, ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.person_merge import merge_persons


def _file(p: PersonFile, names: bool) -> list[str]:
    cells = [p.code, format_date(p.opened_on), f"{p.services} dịch vụ"]
    return [*cells, p.full_name] if names else cells


def cmd_persons_duplicates(args: argparse.Namespace) -> int:
    with opened(args, Permission.VIEW_PERSONAL) as ws:
        pairs = find_duplicates(ws)
    if not pairs:
        err("Không thấy hồ sơ nào có thể trùng.")
        return EXIT_OK
    for p in pairs:
        out("\t".join([p.reason, *_file(p.first, args.show_names),
                       *_file(p.second, args.show_names)]))  # fmt: skip
    err(f"{len(pairs)} cặp hồ sơ có thể trùng (mỗi dòng: lý do, rồi mã hồ sơ, ngày lập, số dịch "
        "vụ của hai hồ sơ). Gộp: pcmd persons merge --keep MÃ --drop MÃ.")  # fmt: skip
    return EXIT_OK


def cmd_persons_merge(args: argparse.Namespace) -> int:
    with opened(args, Permission.EDIT_RECORDS) as ws:
        try:
            keep = person_id_by_code(ws, args.keep, args.unit)
            drop = person_id_by_code(ws, args.drop, args.unit)
            result = merge_persons(ws, keep, drop)
        except (AuthError, PermissionDenied):
            raise
        except ServiceError as e:
            raise CommandFailed(str(e)) from e
    moved = ", ".join(f"{n} {label}" for n, label in (
        (result.moved.get("service", 0), "dịch vụ"),
        (result.moved.get("sanction", 0), "quyết định xử phạt"),
    ))  # fmt: skip
    err(f"Đã gộp hồ sơ {result.dropped_code} vào hồ sơ {result.kept_code}: chuyển {moved}; "
        f"điền {len(result.filled)} ô còn trống; {len(result.conflicts)} giá trị khác được ghi "
        f"vào Ghi chú. Hồ sơ {result.dropped_code} đã vào Thùng rác (khôi phục được).")  # fmt: skip
    return EXIT_OK


def register(sub, command) -> None:
    """`pcmd persons` and its two commands."""
    group = sub.add_parser("persons", help="hồ sơ người được hỗ trợ: tìm hồ sơ trùng, gộp hồ sơ")
    inner = group.add_subparsers(title="lệnh", metavar="LỆNH", parser_class=type(group))
    p = command("duplicates", cmd_persons_duplicates,
                "liệt kê các cặp hồ sơ có thể trùng (trùng số định danh, hoặc trùng họ tên và "
                "năm sinh) trong từng đơn vị", group=inner)  # fmt: skip
    p.add_argument("--show-names", action="store_true",
                   help="in cả họ tên (mặc định chỉ in mã hồ sơ)")  # fmt: skip
    p = command("merge", cmd_persons_merge,
                "gộp hai hồ sơ của cùng một người: dịch vụ, xử phạt chuyển sang hồ sơ giữ lại, "
                "hồ sơ kia vào thùng rác", group=inner)  # fmt: skip
    p.add_argument("--keep", required=True, metavar="MÃ", help="mã hồ sơ giữ lại")
    p.add_argument("--drop", required=True, metavar="MÃ", help="mã hồ sơ gộp vào rồi bỏ đi")
    p.add_argument("--unit", metavar="MÃ",
                   help="mã đơn vị của hai hồ sơ (khi mã hồ sơ có ở nhiều đơn vị)")  # fmt: skip
