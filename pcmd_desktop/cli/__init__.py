"""`pcmd`: the command line, a thin layer over the services.

Exit codes: 0 done, 1 invalid input (nothing changed), 2 usage error or unknown unit,
3 not logged in, wrong password or a role without the right.
Messages for people go to stderr in Vietnamese; data (JSON lines) goes to stdout.
"""

from __future__ import annotations

import sys

from pcmd_desktop.cli.argparse_vi import UsageError
from pcmd_desktop.cli.output import EXIT_AUTH, EXIT_USAGE, CommandFailed, err
from pcmd_desktop.cli.parser import build_parser
from pcmd_desktop.services.errors import AuthError, PermissionDenied


def main(argv: list[str] | None = None) -> int:
    # Windows consoles default to a legacy code page; Vietnamese needs UTF-8 both ways.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as e:
        err(str(e))
        return EXIT_USAGE
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return args.handler(args)
    except CommandFailed as e:
        err(e.message)
        return e.code
    except (AuthError, PermissionDenied) as e:
        err(str(e))
        return EXIT_AUTH
    except KeyboardInterrupt:
        err("Đã dừng theo yêu cầu; không có thay đổi dở dang nào được ghi.")
        return 130
