"""The `pcmd key` commands: export this unit's key card, show the keys, trust a card."""

from __future__ import annotations

import argparse
from pathlib import Path

from pcmd_desktop.cli.output import EXIT_AUTH, EXIT_OK, CommandFailed, err, out
from pcmd_desktop.cli.session import opened
from pcmd_desktop.services import unit_keys
from pcmd_desktop.services.errors import AuthError, PermissionDenied, ServiceError
from pcmd_desktop.services.files import atomic_write_text
from pcmd_desktop.services.permissions import Permission


def _call(action, *args, **kwargs):
    """A service call, its refusals turned into the CLI's exit codes."""
    try:
        return action(*args, **kwargs)
    except (AuthError, PermissionDenied) as e:
        raise CommandFailed(str(e), EXIT_AUTH) from e
    except ServiceError as e:
        raise CommandFailed(str(e)) from e


def cmd_key_export(args: argparse.Namespace) -> int:
    target = Path(args.out)
    with opened(args, Permission.READ) as ws:
        try:
            if args.text:
                card = _call(unit_keys.own_card, ws)
                atomic_write_text(target, card.to_text())
            else:
                card = _call(unit_keys.write_card, ws, target)
        except OSError as e:
            raise CommandFailed(f"Không ghi được thẻ khóa vào {target}: {e.strerror or e}") from e
    kind = "bản in của thẻ khóa" if args.text else "thẻ khóa"
    err(f"Đã ghi {kind} của {card.unit_name} (mã {card.unit}) vào {target}.")
    err(f"Dấu vân tay: {card.fingerprint} (đọc cho đơn vị nhận để đối chiếu).")
    return EXIT_OK


def cmd_key_show(args: argparse.Namespace) -> int:
    with opened(args, Permission.READ) as ws:
        own = _call(unit_keys.own_card, ws)
        cards = _call(unit_keys.trusted, ws)
        names = {c.unit: ws.units.full_name(ws.units.get(c.unit)) for c in cards
                 if ws.units.get(c.unit) is not None}  # fmt: skip
    out(f"Đơn vị này\t{own.unit}\t{own.unit_name}\t{own.fingerprint}")
    for c in cards:
        out(f"Tin cậy\t{c.unit}\t{names.get(c.unit, c.unit_name)}\t{c.fingerprint}")
    if not cards:
        err("Chưa tin cậy khóa của đơn vị nào (pcmd key trust TỆP).")
    return EXIT_OK


def cmd_key_trust(args: argparse.Namespace) -> int:
    with opened(args, Permission.MANAGE_USERS) as ws:
        card = _call(unit_keys.read_card, Path(args.card), ws)
        outcome = _call(unit_keys.trust_card, ws, card, replace=args.replace)
    who = f"{card.unit_name or card.unit} (mã {card.unit})"
    if outcome == unit_keys.UNCHANGED:
        err(f"Khóa của {who} đã được tin cậy từ trước; không thay đổi.")
    elif outcome == unit_keys.REPLACED:
        err(f"Đã thay khóa được tin cậy của {who}; dấu vân tay mới: {card.fingerprint}.")
    else:
        err(f"Đã tin cậy khóa của {who}; dấu vân tay: {card.fingerprint}.")
    return EXIT_OK
