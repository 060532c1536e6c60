"""Files written whole or not at all."""

from __future__ import annotations

import os

import pytest

from pcmd_desktop.services import files
from pcmd_desktop.services.files import atomic_output, atomic_write_bytes, atomic_write_text


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".partial"))


def test_write_bytes_and_text(tmp_path):
    target = tmp_path / "báo cáo.txt"
    atomic_write_bytes(target, b"\x00\x01abc")
    assert target.read_bytes() == b"\x00\x01abc"
    atomic_write_text(target, "Tuyên truyền\n")
    assert target.read_text(encoding="utf-8") == "Tuyên truyền\n"
    assert leftovers(tmp_path) == []


def test_temporary_name_is_hidden_beside_the_target(tmp_path):
    target = tmp_path / "export.jsonl"
    with atomic_output(target) as tmp:
        assert tmp.parent == tmp_path
        assert tmp.name.startswith(".export.jsonl.") and tmp.name.endswith(".partial")
        tmp.write_text("x", encoding="utf-8")
        assert not target.exists()  # nothing under the real name until it is whole
    assert target.read_text(encoding="utf-8") == "x"
    assert leftovers(tmp_path) == []


def test_exception_leaves_no_file_and_keeps_the_old_one(tmp_path):
    target = tmp_path / "report.xlsx"
    with pytest.raises(RuntimeError), atomic_output(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("mất điện")
    assert not target.exists() and list(tmp_path.iterdir()) == []

    target.write_bytes(b"old")
    with pytest.raises(KeyboardInterrupt), atomic_output(target) as tmp:
        tmp.write_bytes(b"new but unfinished")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old"
    assert leftovers(tmp_path) == []


def test_nothing_written_is_an_error_and_leaves_nothing(tmp_path):
    target = tmp_path / "empty.txt"
    with pytest.raises(FileNotFoundError), atomic_output(target):
        pass
    assert list(tmp_path.iterdir()) == []


def test_failed_rename_removes_the_partial(tmp_path, monkeypatch):
    target = tmp_path / "out.bin"

    def broken_replace(src, dst):
        raise OSError("ổ đĩa đầy")

    monkeypatch.setattr(files.os, "replace", broken_replace)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"data")
    assert list(tmp_path.iterdir()) == []


def test_file_and_folder_are_synced(tmp_path, monkeypatch):
    synced: list[int] = []
    real_fsync = os.fsync

    def spy(fd: int) -> None:
        synced.append(fd)
        real_fsync(fd)

    monkeypatch.setattr(files.os, "fsync", spy)
    atomic_write_text(tmp_path / "a.txt", "a")
    assert len(synced) >= (1 if os.name == "nt" else 2)  # the file, then its folder
