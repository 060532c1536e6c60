"""One program per database; never a stale lock; never a live database on a network."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from pcmd_desktop.services.instance_lock import (
    DatabaseLocked,
    NetworkLocationError,
    acquire_lock,
    lock_path,
    mount_of,
    network_reason,
    parse_mounts,
    refuse_network_location,
)

HOLDER_SCRIPT = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from pcmd_desktop.services.instance_lock import acquire_lock
    lock = acquire_lock(Path(sys.argv[1]), sys.argv[2])
    print("locked", flush=True)
    sys.stdin.read()  # holds the lock until the test kills it (or closes its input)
    """
)


def start_holder(db: Path, user: str) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER_SCRIPT, str(db), user],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        encoding="utf-8",
    )
    line = proc.stdout.readline() if proc.stdout else ""
    if line.strip() != "locked":
        proc.kill()
        raise AssertionError(f"holder did not lock: {line!r} {proc.stderr.read()}")
    return proc


def test_acquire_writes_the_holder_and_release_frees(tmp_path):
    db = tmp_path / "pcmd.sqlite3"
    lock = acquire_lock(db, "Nguyễn Văn A")
    assert lock.held and lock_path(db) == tmp_path / "pcmd.sqlite3.lock"
    data = json.loads(lock_path(db).read_text(encoding="utf-8"))
    assert data["user"] == "Nguyễn Văn A" and data["pid"] == os.getpid()
    assert data["host"] == socket.gethostname() and data["started"][:4].isdigit()
    lock.release()
    assert not lock.held
    lock.release()  # twice is harmless
    with acquire_lock(db, "B") as again:
        assert again.held
    assert not again.held


def test_same_process_cannot_lock_twice(tmp_path):
    db = tmp_path / "pcmd.sqlite3"
    with acquire_lock(db, "cán bộ A"):
        with pytest.raises(DatabaseLocked) as e:
            acquire_lock(db, "cán bộ B")
        assert e.value.user == "cán bộ A" and e.value.pid == os.getpid()
        # Another database is independent.
        with acquire_lock(tmp_path / "other.sqlite3", "cán bộ B"):
            pass


def test_lock_held_by_another_process_names_the_holder(tmp_path):
    db = tmp_path / "pcmd.sqlite3"
    proc = start_holder(db, "Trần Thị B")
    try:
        with pytest.raises(DatabaseLocked) as e:
            acquire_lock(db, "Lê Văn C")
        msg = str(e.value)
        assert msg.startswith("Cơ sở dữ liệu đang được mở bởi Trần Thị B trên máy ")
        assert socket.gethostname() in msg and f"(tiến trình {proc.pid}, từ " in msg
        assert msg.endswith("). Hãy đóng chương trình đó trước.")
        assert e.value.pid == proc.pid and e.value.started is not None
        # The refused attempt did not disturb the holder's record.
        assert json.loads(lock_path(db).read_text(encoding="utf-8"))["pid"] == proc.pid
    finally:
        proc.kill()
        proc.wait()


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_holder_leaves_no_stale_lock(tmp_path):
    db = tmp_path / "pcmd.sqlite3"
    proc = start_holder(db, "Trần Thị B")
    with pytest.raises(DatabaseLocked):
        acquire_lock(db, "Lê Văn C")
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert lock_path(db).exists()  # the file stays, naming the dead holder...
    with acquire_lock(db, "Lê Văn C") as lock:  # ...but the lock died with it
        assert lock.held
        assert json.loads(lock_path(db).read_text(encoding="utf-8"))["user"] == "Lê Văn C"


# Network folders -----------------------------------------------------------------------

MOUNTS = """\
sysfs /sys sysfs rw,nosuid 0 0
/dev/sda2 / ext4 rw,relatime 0 0
/dev/sda3 /home ext4 rw,relatime 0 0
//nas/pcmd /mnt/share cifs rw,vers=3.0 0 0
nas:/export /home/canbo/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/share/usb vfat rw 0 0
canbo@host:/ /media/my\\040ssh fuse.sshfs rw 0 0
"""


def test_parse_mounts_decodes_escapes():
    mounts = parse_mounts(MOUNTS)
    assert ("/media/my ssh", "fuse.sshfs") in mounts
    assert mount_of("/home/canbo/nfs/x.sqlite3", mounts) == ("/home/canbo/nfs", "nfs4")
    assert mount_of("/home/canbo/nfsx/x.sqlite3", mounts) == ("/home", "ext4")
    assert mount_of("/mnt/share/usb/a", mounts) == ("/mnt/share/usb", "vfat")


@pytest.mark.skipif(os.name == "nt", reason="the Linux mount table")
@pytest.mark.parametrize(
    "path",
    ["/mnt/share/pcmd.sqlite3", "/home/canbo/nfs/data/pcmd.sqlite3", "/media/my ssh/a.db"],
)
def test_network_mounts_are_refused(path):
    with pytest.raises(NetworkLocationError) as e:
        refuse_network_location(Path(path), mounts=parse_mounts(MOUNTS))
    msg = str(e.value)
    assert "thư mục mạng" in msg and "WAL" in msg and "sao lưu" in msg


@pytest.mark.skipif(os.name == "nt", reason="the Linux mount table")
@pytest.mark.parametrize(
    "path", ["/home/canbo/pcmd.sqlite3", "/mnt/share/usb/pcmd.sqlite3", "/var/pcmd.sqlite3"]
)
def test_local_mounts_are_accepted(path):
    refuse_network_location(Path(path), mounts=parse_mounts(MOUNTS))


def test_unc_paths_are_refused():
    for p in ("\\\\server\\share\\pcmd.sqlite3", "\\\\?\\UNC\\server\\share\\pcmd.sqlite3"):
        assert network_reason(Path(p), mounts=[]) == "đường dẫn mạng UNC"
        with pytest.raises(NetworkLocationError):
            refuse_network_location(Path(p), mounts=[])


def test_the_real_temporary_folder_is_accepted(tmp_path):
    refuse_network_location(tmp_path / "pcmd.sqlite3")
