"""The `pcmd` commands of the unit list: load a newer list (or preview it), show this
database's unit through time, and re-home a database whose unit has ended."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_AUTH, EXIT_OK, EXIT_USAGE, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.domain.units import AdminUnit
from pcmd_desktop.services.errors import AuthError, PermissionDenied
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.units import (
    UnitListChanges,
    UnitListError,
    load_unit_list,
    preview_unit_list,
)


def _named(u: AdminUnit) -> str:
    validity = f", {u.validity_text}" if u.validity_text else ""
    return f"{u.name} ({u.code}{validity})"


def change_lines(changes: UnitListChanges, names: dict[str, str]) -> list[str]:
    """One Vietnamese line per change: added, renamed or re-made, corrected, ended, and
    each succession; `names` gives a code's name for the successions."""
    lines = [f"Thêm: {_named(u)}" for u in changes.added]
    lines += [f"Đổi tên: {old.name} ({old.code}) -> {new.name} từ {new.validity_text[3:]}"
              for old, new in changes.new_versions]  # fmt: skip
    lines += [f"Sửa: {old.name} ({old.code}) -> {new.name}" for old, new in changes.corrected]
    lines += [f"Hết hiệu lực: {_named(u)}" for u in changes.ended]
    for s in changes.successions:
        d = "/".join(reversed(s.since.split("-")))
        lines.append(f"Kế thừa: {names.get(s.old_code, s.old_code)} ({s.old_code}) -> "
                     f"{names.get(s.new_code, s.new_code)} ({s.new_code}) từ {d}")  # fmt: skip
    return lines


def _names(ws, changes: UnitListChanges) -> dict[str, str]:
    names = {u.code: u.name for u in ws.history.versions()}
    names.update({u.code: u.name for u in changes.versions})
    return names


def cmd_load_units(args: argparse.Namespace) -> int:
    with opened(args, Permission.SETTINGS) as ws:
        try:
            changes = preview_unit_list(ws, Path(args.file))
            if not args.preview:
                added, updated = load_unit_list(ws, Path(args.file))
        except OSError as e:
            raise CommandFailed(f"Không đọc được tệp {args.file}: {e.strerror or e}") from e
        except (UnitListError, UnicodeDecodeError) as e:
            raise CommandFailed(f"Danh mục đơn vị không hợp lệ, không nạp gì: {e}") from e
        if args.preview:
            out(f"Xem trước (chưa nạp gì): {changes.summary()}.")
            for line in change_lines(changes, _names(ws, changes)):
                out(line)
    for w in changes.warnings:
        err(f"Cảnh báo: {w}")
    if not args.preview:
        err(f"Đã nạp danh mục đơn vị: {added} đơn vị mới, {updated} đơn vị cập nhật; "
            "không xóa mã nào.")  # fmt: skip
    return EXIT_OK


def _day(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandFailed(f"--on '{text}' không phải ngày dạng NNNN-TT-NN.", EXIT_USAGE) from None


def cmd_units(args: argparse.Namespace) -> int:
    with opened(args) as ws:
        day = _day(args.on) or ws.today()
        tree = ws.units_on(day)
        own = ws.history.version_on(ws.unit.code, day) or ws.unit_on(day)
        out(f"Đơn vị của CSDL: {tree.full_name(own)} (mã {own.code}, {own.level_label})")
        versions = ws.history.versions(ws.unit.code)
        for v in versions:
            out(f"  {v.name}: {v.validity_text or 'hiệu lực từ trước đến nay'}")
        in_force = ws.history.version_on(ws.unit.code, day) is not None
        shown = "/".join(reversed(day.isoformat().split("-")))
        if not in_force:
            heirs = ws.history.current_successors(ws.unit.code, day)
            out(f"Ngày {shown} đơn vị này không còn hiệu lực.")
            if heirs:
                out("Đơn vị kế tiếp: " + ", ".join(f"{u.name} ({u.code})" for u in heirs))
                out("Người quản trị chuyển CSDL sang đơn vị kế tiếp: pcmd rehome MÃ")
            else:
                out("Không có đơn vị kế tiếp.")
        elif own.level != "commune":
            kids = tree.children(own.code)
            out(f"Đơn vị trực thuộc có hiệu lực ngày {shown}: {len(kids)}")
            for k in kids:
                out(f"  {k.code}\t{k.name}")
    return EXIT_OK


def cmd_rehome(args: argparse.Namespace) -> int:
    from pcmd_desktop.services.rehome import RehomeError, rehome

    with opened(args, Permission.SETTINGS) as ws:
        try:
            result = rehome(ws, args.code)
        except RehomeError as e:
            raise CommandFailed(str(e)) from e
        except (AuthError, PermissionDenied) as e:
            raise CommandFailed(str(e), EXIT_AUTH) from e
    old, new = result.old, result.new
    err(f"Đã chuyển CSDL từ {old.name} ({old.code}) sang {new.name} ({new.code}). "
        "Bản ghi cũ giữ đơn vị cũ; từ nay báo cáo với tên đơn vị mới.")  # fmt: skip
    err(f"Bản sao trước khi chuyển: {result.backup}")
    return EXIT_OK


def register(command) -> None:
    """Add the unit commands to the parser (`command` as in parser.build_parser)."""
    p = command("load-units", cmd_load_units, "nạp danh mục đơn vị hành chính mới hơn (CSV)")
    p.add_argument("file", metavar="TỆP", help="tệp CSV cùng dạng admin-units-2020.csv")
    p.add_argument("--preview", action="store_true",
                   help="chỉ in những thay đổi sẽ có, không nạp gì")  # fmt: skip
    text = "đơn vị của CSDL, thời gian hiệu lực, đơn vị kế tiếp và đơn vị trực thuộc"
    p = command("units", cmd_units, text)
    p.add_argument("--on", metavar="NNNN-TT-NN", help="xem theo ngày này (mặc định hôm nay)")
    text = "chuyển CSDL sang đơn vị kế tiếp khi đơn vị đã hết hiệu lực (người quản trị)"
    p = command("rehome", cmd_rehome, text)
    p.add_argument("code", metavar="MÃ", help="mã đơn vị kế tiếp")
