"""Files the app writes (reports, exports, backups) appear whole or not at all.

Everything is first written under a temporary name in the destination folder
(`.<name>.<random>.partial`), flushed to disk, then renamed over the final name with
`os.replace` (atomic on one file system), and on POSIX the folder itself is synced so the
rename survives a power cut. On any failure the temporary file is removed and the final
name is left as it was.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PARTIAL_SUFFIX = ".partial"


def partial_path(path: Path) -> Path:
    """A fresh temporary name beside `path`: `.<name>.<random>.partial`."""
    return path.with_name(f".{path.name}.{secrets.token_hex(6)}{PARTIAL_SUFFIX}")


def fsync_file(path: Path) -> None:
    """Flush a file's content to the disk."""
    fd = os.open(path, os.O_RDONLY if os.name != "nt" else os.O_RDWR)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Make a rename or a new file in `folder` durable (POSIX; a no-op on Windows)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:  # some file systems (a few FUSE ones) refuse fsync on a folder
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_output(path: Path) -> Iterator[Path]:
    """Yield a temporary path to write `path` through; it replaces `path` only on success.

    The caller writes (and closes) the temporary file inside the `with` block; it is then
    fsync'ed and renamed into place. If the block raises, the temporary file is deleted
    and `path` is untouched.
    """
    path = Path(path)
    tmp = partial_path(path)
    try:
        yield tmp
        if not tmp.exists():
            raise FileNotFoundError(f"Không có tệp tạm {tmp} để ghi thành {path}.")
        fsync_file(tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise
    fsync_dir(path.parent)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write `data` to `path` whole or not at all."""
    with atomic_output(Path(path)) as tmp, open(tmp, "wb") as f:
        f.write(data)


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` to `path` whole or not at all (UTF-8 by default, newlines as given)."""
    atomic_write_bytes(path, text.encode(encoding))
