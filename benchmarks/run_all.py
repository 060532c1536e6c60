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


def lists_rows(li: dict) -> str:
    end, resort, search = li["end"], li["resort"], li["search"]
    n_insp, last = f"{li['inspections']:,}", end["rows"] - 100
    rows = [
        ("open the list of inspections (newest first) and show its last 100 rows: "
         f"`RecordList.open` + `rows({last}, 100)`", end["app_s"], None),
        ("bare `SELECT` of the same columns with the establishment joined, "
         f"`ORDER BY date DESC, rowid DESC LIMIT 100 OFFSET {last}`",
         end["bare_page_s"], end["ratio_page"]),
        ("bare `count(*)` + the same page", end["bare_count_page_s"], end["ratio_count_page"]),
        (f"re-sort the {n_insp} by establishment name, A to Z: "
         '`ListQuery(..., sort="establishment").ids`', resort["app_s"], None),
        ("bare `SELECT i.rowid ... JOIN establishments e ... ORDER BY e.name_key, i.rowid`",
         resort["bare_s"], resort["ratio"]),
        (f'search "{search["text"]}" (typed without tones; {search["hits"]:,} establishments '
         'match) and show the first 100: `RecordList.open(ws, "establishment", '
         "ListFilter(search=...))` + `rows(0, 100)`", search["app_s"], None),
        ("bare full-text query on `search_index` for the same text, joined to "
         "`establishments`, first 100 by name", search["bare_fts_s"], search["ratio"]),
        ("bare `count(*)` of the matches + the same first 100", search["bare_fts_count_s"],
         search["ratio_count"]),
        (f"for context, a naive `LIKE '%{search['like_phrase']}%'` on name, address and owner, "
         f"first 100 by name ({search['like_hits']:,} match: the tones must be typed, the "
         "words together)", search["like_s"], None),
        ("the same `LIKE` with `count(*)` of its matches", search["like_count_s"], None),
    ]  # fmt: skip
    return "\n".join(
        f"| {label} | {sec:.3f} | {'' if ratio is None else f'{ratio:.2f}x'} |"
        for label, sec, ratio in rows
    )


def lists_section(li: dict) -> str:
    gen, search = li["generation"], li["search"]
    n_insp, n_est = f"{li['inspections']:,}", f"{li['establishments']:,}"
    if gen["inspections_written_by"] == "executemany":
        written = f"""The inspections were written as plain `executemany` INSERTs of the same row
values plus the app's own `search.index_records` ({gen["inspections_s"]:.0f} s; through
`upsert_many`, `BENCH_UPSERT=1`, the million took about 120 s when tried)."""
    else:
        written = f"The inspections were written with `upsert_many` ({gen['inspections_s']:.0f} s)."
    return f"""## Lists at a city's scale: {n_insp} inspections, a search of {n_est} establishments

`benchmarks/bench_lists.py`, on a database made once by `benchmarks/gen_lists.py` and kept
in `benchmarks/out/` ({gen["size_mb"]:,.0f} MB, made in {gen["total_s"]:.0f} s): {n_est}
establishments in Hà Nội's 584 communes (synthetic Vietnamese names, addresses and owners:
"Karaoke Hoa Hồng", "số 12 ngõ 40 đường Lạc Long Quân"...) written with
`records_repo.upsert_many` as the app writes them (search index, names' collation keys),
and {n_insp} inspections of them spread over 2010-2018, 15 % finding violations, most of
those fined. {written} Then ANALYZE.

Each figure is set against the bare query for the same rows through the standard
library's `sqlite3`, on the same file in the same run (one warm-up, then the median of 3);
a ratio below 1 means the app is faster.

| | seconds | app / bare |
|---|---|---|
{lists_rows(li)}

Opening a list reads the rowids of the million in order from the partial date index alone
(no table row), then the 100 rows shown by rowid; the bare `OFFSET` has to step through
the rows it skips, reading each one's table row and establishment on the way. The sort by
establishment name is the same join and order as the bare query; the window runs it on a
worker thread with a connection of its own (`ListQuery.ids_on_own_connection`, for lists of
more than 20,000 rows), so it stays usable meanwhile. The search matches every typed word
as the start of a folded word (`{search["match"]}`) and the list also knows its length;
the `LIKE` rows stop after 100 matches when not counting.
"""


def report_section(rep: dict) -> str:
    rows = "\n".join(
        f"| {label} | {rep[key]:.3f} | {rep[key] / rep['bare_s']:.1f}x |"
        for label, key in (
            ("`build_report` + JSON", "json_s"),
            ("`build_report` + PDF (reportlab, fonts embedded)", "pdf_s"),
            ("`build_report` + XLSX (openpyxl)", "xlsx_s"),
        )
    )
    return f"""## The city's annual report

`benchmarks/bench_report.py`: the annual report 2018 of Thành phố Hà Nội on the city demo
database (`pcmd demo --scale 584`, {rep["records"]:,} records; {rep["from"]} .. {rep["to"]}),
every indicator for the city and for each of its {rep["children"]} districts (the annex),
against the bare aggregate SQL over the same rows: one grouped pass per table per commune,
summed per district in Python ({rep["bare_s"]:.3f} s), in the same run; medians of 3.

| | seconds | against bare SQL |
|---|---|---|
{rows}

The app runs each indicator's own statement for the city and each district (31 units x 37
indicators), which keeps every definition readable and tested on its own; for a period
that starts the year the year-to-date column reuses the period's value.
"""


def exchange_section(ex: dict) -> str:
    total = ex["communes_s"] + ex["city_s"]
    communes, city, bare = ex["communes_s"], ex["city_s"], ex["bare_s"]
    return f"""## A month of the city's upward files

`benchmarks/bench_exchange.py`: {ex["files"]} commune files of June 2018 ({ex["megabytes"]:.1f}
MB, each commune's records of the month from the city demo database, signed with its own
key) imported by their {ex["districts"]} districts through `services.submissions.import_file`
(every check of the file, the sender's key, one transaction each), then each district's
own file exported and imported by the city, and the city's consolidated report built;
against inserting the same {ex["files"]} rows with bare `executemany` into the same table,
in the same run.

| | seconds | against bare SQLite |
|---|---|---|
| import the {ex["files"]} commune files | {communes:.2f} | {communes / bare:.0f}x |
| {ex["districts"]} district files: export, city import, city report | {city:.2f} | |
| all | {total:.2f} | {total / bare:.0f}x |
| bare `executemany` of the same rows | {bare:.3f} | 1x |

The ratio is the price of reading each file whole before trusting any of it (ZIP limits,
checksums, the Ed25519 signature, the JSON checks): a whole city's month takes
{total:.1f} s here.
"""


def bundle_section(b: dict) -> str:
    rows = "\n".join(
        f"| {label} | {b[mode]['bundle_s']:.2f} | {b[mode]['source_s']:.2f} "
        f"| **{b[mode]['ratio']:.2f}x** |"
        for mode, label in (
            ("cold", "cold: page cache dropped first (the first start after switching on)"),
            ("warm", "warm: a new process, files already in the cache"),
        )
        if mode in b
    )
    deb = f", the `.deb` {b['deb_mb']:.0f} MB (xz)" if b.get("deb_mb") else ""
    return f"""## The installed bundle against the program run from source

`benchmarks/bench_bundle.py` builds the bundle with `installer/build-linux.sh`
(PyInstaller one-folder) and starts both to the first painted window (the login dialog),
offscreen, on the same demo database, alternately; median of {b["runs"]}.

Size: the bundle is {b["bundle_mb"]:.0f} MB on disk{deb}, against {b["source_mb"]:.0f} MB
for the program and its runtime dependencies as pip installs them into a virtual
environment (ratio {b["bundle_mb"] / b["source_mb"]:.2f}x; the bundle leaves out Qt Quick,
QML, WebEngine, Qt's translations and the Qt modules the program does not import, and its
Linux libraries are stripped, but
carries its own Python).

| start to the first window | bundle (s) | from source (s) | ratio |
|---|---|---|---|
{rows}
"""


def main() -> None:
    demo = bench("bench_demo.py", "--scale", "584")
    imp = bench("bench_import.py", "--count", "100000")
    start = bench("bench_startup.py", "--runs", "7")
    sec = bench("bench_security.py", "--persons", "50000")
    rep = bench("bench_report.py")
    ex = bench("bench_exchange.py")
    lists = bench("bench_lists.py", "--establishments", "100000", "--inspections", "1000000")
    bundle = bench("bench_bundle.py", "--runs", "7")
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

{lists_section(lists)}
{report_section(rep)}
{exchange_section(ex)}
{bundle_section(bundle)}""",
        encoding="utf-8",
    )
    print(f"wrote {DOC}")


if __name__ == "__main__":
    main()
