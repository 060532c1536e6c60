"""Cold start of `pcmd-desktop` on a demo database to its first painted main window,
against a bare PySide6 window in the same run (ratio). Both are whole processes, spawned
alternately, offscreen; the app quits after its first paint when PCMD_EXIT_AFTER_PAINT=1.

    .venv/bin/python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine

HERE = Path(__file__).parent


def timed(cmd: list[str], env: dict) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def run(runs: int) -> dict:
    tmp = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    db = tmp / "demo.sqlite3"
    bin_dir = Path(sys.executable).parent
    subprocess.run([str(bin_dir / "pcmd"), "demo", "--db", str(db)], check=True,
                   stderr=subprocess.DEVNULL)  # fmt: skip
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PCMD_EXIT_AFTER_PAINT": "1"}  # fmt: skip
    app_cmd = [sys.executable, "-m", "pcmd_desktop.app", "--db", str(db)]
    bare_cmd = [sys.executable, str(HERE / "bare_window.py")]
    timed(app_cmd, env)  # warm the OS file cache once: "cold" is a new process, not a new disk
    timed(bare_cmd, env)
    app_t, bare_t = [], []
    for _ in range(runs):
        bare_t.append(timed(bare_cmd, env))
        app_t.append(timed(app_cmd, env))
    app_s, bare_s = statistics.median(app_t), statistics.median(bare_t)
    return {"runs": runs, "app_s": app_s, "bare_s": bare_s, "ratio": app_s / bare_s}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    print(json.dumps({**run(args.runs), "machine": machine()}))


if __name__ == "__main__":
    main()
