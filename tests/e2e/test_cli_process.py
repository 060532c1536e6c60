"""`pcmd` as a separate process, the way an officer or a script runs it."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ADMIN, CHUONG_DUONG, PASSWORD, UNITS_2020_CSV


def pcmd(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONIOENCODING": "ascii",  # a console that is not UTF-8
           "PCMD_USER": ADMIN, "PCMD_PASSWORD": PASSWORD}  # fmt: skip
    return subprocess.run([sys.executable, "-m", "pcmd_desktop", *args], input=stdin,
                          capture_output=True, encoding="utf-8", env=env, timeout=120)  # fmt: skip


def test_version_and_exit_codes(tmp_path):
    r = pcmd("--version")
    assert r.returncode == 0 and "PCMD Desktop" in r.stdout
    db = str(tmp_path / "x.sqlite3")
    r = pcmd("init", "--unit", "99999", "--admin", ADMIN, "--units", UNITS_2020_CSV, "--db", db)
    assert r.returncode == 2 and "Không có đơn vị hành chính" in r.stderr
    r = pcmd(
        "init", "--unit", CHUONG_DUONG, "--admin", ADMIN, "--units", UNITS_2020_CSV, "--db", db
    )
    assert r.returncode == 0 and "Phường Chương Dương" in r.stderr


def test_import_from_stdin_and_export_to_stdout(tmp_path):
    db = str(tmp_path / "x.sqlite3")
    pcmd("init", "--unit", CHUONG_DUONG, "--admin", ADMIN, "--units", UNITS_2020_CSV, "--db", db)
    line = json.dumps({"record": "activity", "id": "5b0e7c1a-3d7e-4c55-9f6e-0d2a6f1b9e11",
                       "unit": CHUONG_DUONG, "date": "2018-03-08", "kind": "training",
                       "title": "Tập huấn Đội công tác xã hội"}, ensure_ascii=False)  # fmt: skip
    r = pcmd("import-records", "-", "--db", db, stdin=line + "\n")
    assert r.returncode == 0, r.stderr
    r = pcmd("export-records", "--db", db)
    assert r.returncode == 0 and r.stdout.strip() == line
    r = pcmd("import-records", "-", "--db", db, stdin='{"record": "activity"}\n')
    assert r.returncode == 1 and "Dòng 1:" in r.stderr
