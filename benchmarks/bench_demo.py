"""Time and size of the city demo: `pcmd demo --scale 584` (a whole city's year, about
170,000 records), as a user would run it, in a fresh process.

    .venv/bin/python benchmarks/bench_demo.py [--scale 584]
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine


def run(scale: int) -> dict:
    db = Path(tempfile.mkdtemp(prefix="pcmd-bench-")) / "city.sqlite3"
    pcmd = Path(sys.executable).with_name("pcmd")
    start = time.perf_counter()
    subprocess.run([str(pcmd), "demo", "--scale", str(scale), "--db", str(db)], check=True)
    elapsed = time.perf_counter() - start
    con = sqlite3.connect(db)
    tables = ["establishments", "inspections", "hotspots", "patrols", "persons", "services",
              "sanctions", "cases", "activities", "commune_statuses", "budgets",
              "plan_targets"]  # fmt: skip
    counts = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    con.close()
    return {
        "scale": scale,
        "seconds": elapsed,
        "size_mb": os.path.getsize(db) / 1e6,
        "records": sum(counts.values()),
        "counts": counts,
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scale", type=int, default=584)
    args = ap.parse_args()
    print(json.dumps({**run(args.scale), "machine": machine()}))


if __name__ == "__main__":
    main()
