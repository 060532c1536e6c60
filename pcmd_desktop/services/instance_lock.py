"""One program per database, and the live database only on a local disk.

`acquire_lock()` takes an operating-system lock on `<database>.lock` (fcntl.flock on
POSIX, msvcrt.locking on Windows). The OS drops the lock when the process ends, however
it ends, so a crash or a power cut never leaves a stale lock behind; the file itself may
stay, empty or naming the last holder, and means nothing without the lock. Its content,
written once the lock is held, names who holds it so that a second program can say so.

`refuse_network_location()` refuses a database on a network folder: SQLite's file
locking and its WAL shared memory are not reliable over SMB/NFS, and a database there can
be corrupted. Backups and exports may go to such folders; the live database may not.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType

from pcmd_desktop.db.connection import StoreError

LOCK_SUFFIX = ".lock"
# Windows: the byte locked, far past the holder's text so others can still read it.
_WIN_LOCK_OFFSET = 1 << 20

NETWORK_FS_TYPES = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs"}
)
DRIVE_REMOTE = 4  # GetDriveTypeW

# Locks held by this process (resolved lock paths): a second acquire in the same process
# is refused at once, whatever the platform's lock semantics.
_held: set[str] = set()
_held_guard = threading.Lock()


class DatabaseLocked(StoreError):
    """Another program (or this one) already has the database open."""

    def __init__(self, user: str, host: str, pid: int | None, started: datetime | None):
        self.user = user
        self.host = host
        self.pid = pid
        self.started = started
        since = started.strftime("%d/%m/%Y %H:%M") if started else "?"
        super().__init__(
            f"Cơ sở dữ liệu đang được mở bởi {user} trên máy {host} "
            f"(tiến trình {pid if pid is not None else '?'}, từ {since}). "
            "Hãy đóng chương trình đó trước."
        )


class NetworkLocationError(StoreError):
    """The database path is on a network folder."""


def lock_path(db_path: Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + LOCK_SUFFIX)


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int | None
    started: datetime | None

    def to_text(self) -> str:
        started = self.started.isoformat(timespec="seconds") if self.started else None
        data = {"user": self.user, "host": self.host, "pid": self.pid, "started": started}
        return json.dumps(data, ensure_ascii=False) + "\n"

    @classmethod
    def from_text(cls, text: str) -> Holder:
        try:
            data = json.loads(text)
            started = datetime.fromisoformat(data["started"]) if data.get("started") else None
            pid = int(data["pid"]) if data.get("pid") is not None else None
            return cls(str(data.get("user") or "?"), str(data.get("host") or "?"), pid, started)
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls("?", "?", None, None)


# OS locks ------------------------------------------------------------------------------


def _try_lock(fd: int) -> bool:
    """Take the exclusive lock without waiting; False when someone else holds it."""
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as e:  # EACCES/EAGAIN on some systems mean the same
        import errno

        if e.errno in (errno.EACCES, errno.EAGAIN):
            return False
        raise
    return True


def _unlock(fd: int) -> None:
    if os.name == "nt":
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _read_holder(path: Path) -> Holder:
    """Who holds the lock; the holder writes its name just after locking, so wait a
    moment for it if the file is still empty."""
    import time

    text = ""
    for _ in range(20):
        try:
            text = path.read_text(encoding="utf-8").strip()
        except OSError:
            text = ""
        if text:
            break
        time.sleep(0.05)
    return Holder.from_text(text) if text else Holder("?", "?", None, None)


class InstanceLock:
    """A held lock on one database; release() it (or use it as a context manager)."""

    def __init__(self, path: Path, fd: int, key: str, holder: Holder):
        self.path = path
        self.holder = holder
        self._fd: int | None = fd
        self._key = key

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Give the lock up; the lock file stays (emptied) — removing it would race with
        another program opening it at the same moment."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        try:
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)
            with contextlib.suppress(OSError):
                _unlock(fd)
        finally:
            os.close(fd)
            with _held_guard:
                _held.discard(self._key)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()

    def __del__(self) -> None:  # a forgotten lock is released with its object
        with contextlib.suppress(Exception):
            self.release()


def acquire_lock(db_path: Path, holder: str) -> InstanceLock:
    """Lock `db_path` for this process, or raise DatabaseLocked naming who has it.

    `holder` is the user's name as shown to others; the host name, the process id and
    the time are added.
    """
    path = lock_path(Path(db_path))
    key = os.path.normcase(str(path.resolve()))
    with _held_guard:
        if key in _held:
            raise DatabaseLocked(*_holder_fields(_read_holder(path)))
        # Never O_TRUNC: the file names the current holder until we own the lock.
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o644)
        try:
            locked = _try_lock(fd)
        except BaseException:
            os.close(fd)
            raise
        if not locked:
            os.close(fd)
            raise DatabaseLocked(*_holder_fields(_read_holder(path)))
        _held.add(key)
    me = Holder(holder, socket.gethostname(), os.getpid(), datetime.now().replace(microsecond=0))
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, me.to_text().encode("utf-8"))
        os.fsync(fd)
    except BaseException:
        lock = InstanceLock(path, fd, key, me)
        lock.release()
        raise
    return InstanceLock(path, fd, key, me)


def _holder_fields(h: Holder) -> tuple[str, str, int | None, datetime | None]:
    return h.user, h.host, h.pid, h.started


# Network folders -----------------------------------------------------------------------


def parse_mounts(text: str) -> list[tuple[str, str]]:
    """(mount point, file system type) pairs from /proc/mounts text (octal escapes such
    as \\040 for a space decoded)."""
    found = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 3:
            found.append((_unescape_mount(parts[1]), parts[2]))
    return found


def _unescape_mount(s: str) -> str:
    out = []
    i = 0
    while i < len(s):
        if s[i] == "\\" and i + 3 < len(s) and s[i + 1 : i + 4].isdigit():
            out.append(chr(int(s[i + 1 : i + 4], 8)))
            i += 4
        else:
            out.append(s[i])
            i += 1
    return "".join(out)


def _read_proc_mounts() -> list[tuple[str, str]] | None:
    try:
        return parse_mounts(Path("/proc/mounts").read_text(encoding="utf-8", errors="replace"))
    except OSError:
        return None


def mount_of(path: str, mounts: Iterable[tuple[str, str]]) -> tuple[str, str] | None:
    """The mount (point, type) holding the absolute POSIX `path`: the longest match."""
    best: tuple[str, str] | None = None
    for point, fstype in mounts:
        prefix = point.rstrip("/") + "/"
        if (path == point or path.startswith(prefix) or point == "/") and (
            best is None or len(point) >= len(best[0])
        ):
            best = (point, fstype)
    return best


def _unc_reason(text: str) -> str | None:
    """Why a Windows-style path string is a network path, or None."""
    t = text.replace("/", "\\") if os.name == "nt" else text
    upper = t.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return "đường dẫn mạng UNC"
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        return None
    if t.startswith("\\\\"):
        return "đường dẫn mạng UNC"
    return None


def _windows_drive_is_remote(path: str) -> bool:
    import ctypes

    drive, _ = os.path.splitdrive(path)
    if len(drive) != 2 or drive[1] != ":":
        return False
    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    return int(kernel32.GetDriveTypeW(drive + "\\")) == DRIVE_REMOTE


def network_reason(db_path: Path, *, mounts: Iterable[tuple[str, str]] | None = None) -> str | None:
    """Why `db_path` is on a network folder (Vietnamese), or None for a local disk.

    `mounts` replaces the Linux mount table (tests); by default /proc/mounts is read.
    """
    raw = str(db_path)
    reason = _unc_reason(raw)
    if reason:
        return reason
    if os.name == "nt":
        try:
            resolved = str(Path(db_path).resolve())
        except OSError:
            resolved = os.path.abspath(raw)
        reason = _unc_reason(resolved)
        if reason:
            return reason
        if _windows_drive_is_remote(resolved):
            return f"ổ đĩa mạng {os.path.splitdrive(resolved)[0]}"
        return None
    if mounts is None:
        if not sys.platform.startswith("linux"):
            return None
        mounts = _read_proc_mounts()
        if mounts is None:
            return None
    resolved = str(Path(os.path.abspath(raw)).resolve())
    found = mount_of(resolved, mounts)
    if found and found[1].lower() in NETWORK_FS_TYPES:
        return f"thư mục mạng {found[0]} (kiểu {found[1]})"
    return None


def refuse_network_location(
    db_path: Path, *, mounts: Iterable[tuple[str, str]] | None = None
) -> None:
    """Raise NetworkLocationError when `db_path` is on a network folder."""
    reason = network_reason(db_path, mounts=mounts)
    if reason:
        raise NetworkLocationError(
            f"Không dùng cơ sở dữ liệu {db_path}: tệp nằm trên {reason}. SQLite không khoá "
            "tệp và không ghi nhật ký (WAL) an toàn trên thư mục dùng chung qua mạng, nên dữ "
            "liệu có thể bị hỏng. Hãy để cơ sở dữ liệu trên ổ đĩa của máy này; bản sao lưu "
            "và tệp xuất thì có thể lưu vào thư mục mạng hoặc USB."
        )
