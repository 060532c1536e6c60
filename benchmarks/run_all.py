"""Run every benchmark once and write docs/performance.md from the figures.

    .venv/bin/python benchmarks/run_all.py

Each figure is a ratio against a baseline measured in the same run, so that a slower or
busier machine moves both sides alike. Nothing here is asserted in the test suite.
"""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

HERE = Path(__file__).parent
DOC = HERE.parent / "docs" / "performance.md"


def bench(script: str, *args: str) -> dict:
    out = subprocess.run(
        [sys.executable, str(HERE / script), *args], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def security_rows(sec: dict) -> str:
    login_ratio = sec["login_s"] / sec["password_check_s"]
    search_ratio = sec["first_search_s"] / sec["plain_scan_s"]
    return "\n".join(
        [
            f"| login (password check + unwrapping the data key) | {sec['login_s']:.3f} | "
            f"{login_ratio:.1f}x one password check ({sec['password_check_s']:.3f} s) |",
            "| first name search of a session (decrypts every name into memory) | "
            f"{sec['first_search_s']:.3f} | {search_ratio:.1f}x reading and folding the same "
            f"values without decrypting ({sec['plain_scan_s']:.3f} s) |",
            f"| later name searches (in memory) | {sec['later_search_s']:.3f} | |",
        ]
    )


def main() -> None:
    demo = bench("bench_demo.py", "--scale", "584")
    imp = bench("bench_import.py", "--count", "100000")
    start = bench("bench_startup.py", "--runs", "7")
    sec = bench("bench_security.py", "--persons", "50000")
    counts = "\n".join(f"| {t} | {n:,} |" for t, n in demo["counts"].items())
    DOC.write_text(
        f"""# Performance

Measured on {date.today().isoformat()} on {demo["machine"]} (the kind of machine CI runs on;
the slowest office PC planned for has 2 cores, 4 GB and a spinning disk).
Produced by `.venv/bin/python benchmarks/run_all.py`, which rewrites this page; each
script can also be run alone (see its docstring).

## City demo: `pcmd demo --scale 584`

A whole city's year (Hà Nội, 584 communes, 2018), generated and imported through the same
all-or-nothing import path as real data, in a fresh process (`benchmarks/bench_demo.py`).

| measure | value |
|---|---|
| time | {demo["seconds"]:.1f} s |
| database size | {demo["size_mb"]:.0f} MB |
| records | {demo["records"]:,} |

| table | rows |
|---|---|
{counts}

## Import of 100,000 records against bare `executemany`

`benchmarks/bench_import.py`: 100,000 activity records as JSON lines, imported through
`services.records_io.import_records` (decode, check shape and rules, write in one
transaction, index for search, one audit entry per record), against decoding the same
lines and inserting the same rows with the standard library's `executemany` in one
transaction into the same schema. Each import goes into a fresh database made beforehand
(not timed); median of 3.

| | seconds |
|---|---|
| through the service | {imp["service_s"]:.2f} |
| bare `executemany` | {imp["bare_s"]:.2f} |
| **ratio** | **{imp["ratio"]:.1f}x** |

## Cold start of the window against a bare PySide6 window

`benchmarks/bench_startup.py`: a whole process from spawn to exit right after the first
paint of its first window, the login dialog (`PCMD_EXIT_AFTER_PAINT=1`: start-up checks,
instance lock, opening the database), on a demo database, offscreen,
against `benchmarks/bare_window.py` (a QMainWindow with a label) measured alternately in
the same run; median of 7 after one warm-up each.

| | seconds |
|---|---|
| `pcmd-desktop` on the demo database | {start["app_s"]:.2f} |
| bare PySide6 window | {start["bare_s"]:.2f} |
| **ratio** | **{start["ratio"]:.2f}x** |

## Login and the search of persons by name at 50,000 persons

`benchmarks/bench_security.py`: 50,000 persons imported (names, identity numbers and
residences encrypted; {sec["import_s"]:.1f} s), then five times: open, log in at the real
scrypt cost, search "nguyen thi hoa" ({sec["hits"]} hits), search again; medians.

| | seconds | ratio to its baseline |
|---|---|---|
{security_rows(sec)}
""",
        encoding="utf-8",
    )
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
