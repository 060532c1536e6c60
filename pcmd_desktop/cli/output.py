"""Exit codes and how the CLI speaks."""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_USAGE = 2
EXIT_AUTH = 3  # not logged in, wrong password, or the role may not


class CommandFailed(Exception):
    def __init__(self, message: str, code: int = EXIT_INVALID):
        super().__init__(message)
        self.message = message
        self.code = code


def err(message: str) -> None:
    print(message, file=sys.stderr)


def out(line: str) -> None:
    sys.stdout.write(line + "\n")
