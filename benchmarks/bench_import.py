"""Import of 100,000 records through `pcmd import-records`' service (parse, validate
shape and rules, write, index) against a bare `executemany` of the same rows into the same
table in one transaction: the ratio is the price of checking and indexing.

    .venv/bin/python benchmarks/bench_import.py [--count 100000]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine

from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.workspace import create_workspace

UNIT = "00067"
ADMIN, PASSWORD = "quan-tri", "mat-khau-do-hieu-nang"
TITLES = ["Tuyên truyền phòng, chống mại dâm tại tổ dân phố số {}",
          "Tập huấn kỹ năng cho Đội công tác xã hội tình nguyện, lớp {}",
          "Phát tờ rơi tại khu nhà trọ ngõ {} phố Hồng Hà"]  # fmt: skip


def make_lines(count: int, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        rec = {
            "record": "activity",
            "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "unit": UNIT,
            "date": f"2018-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
            "kind": rng.choice(["propaganda", "propaganda", "training"]),
            "title": rng.choice(TITLES).format(i % 97 + 1),
            "participants": rng.randint(10, 300),
            "materials": rng.randint(0, 500),
            "location": "Nhà văn hóa tổ dân phố",
        }
        out.append(json.dumps(rec, ensure_ascii=False))
    return out


def _bare_insert(path: Path, lines: list[str]) -> None:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    rows = []
    for line in lines:
        r = json.loads(line)
        rows.append((r["id"], r["unit"], r["date"], r["kind"], r["title"], r["participants"],
                     r["materials"], r["location"], "t", "bench", "t", "bench"))  # fmt: skip
    con.execute("BEGIN")
    con.executemany(
        "INSERT INTO activities (id, unit, date, kind, title, participants, materials,"
        " location, created_at, created_by, updated_at, updated_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        rows,
    )
    con.execute("COMMIT")
    con.close()


def run(count: int, repeat: int = 3) -> dict:
    """Median of `repeat` imports on each side, each into a fresh database made beforehand
    (creating a database, with its unit list and admin, is not timed)."""
    lines = make_lines(count)
    tmp = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    service_t, bare_t = [], []
    for i in range(repeat):
        ws = create_workspace(tmp / f"svc{i}.sqlite3", UNIT, admin=ADMIN, password=PASSWORD)
        bare_path = tmp / f"bare{i}.sqlite3"
        create_workspace(bare_path, UNIT, admin=ADMIN, password=PASSWORD).close()
        start = time.perf_counter()
        _bare_insert(bare_path, lines)
        bare_t.append(time.perf_counter() - start)
        start = time.perf_counter()
        import_records(ws, lines)
        service_t.append(time.perf_counter() - start)
        ws.close()
    service, bare = statistics.median(service_t), statistics.median(bare_t)
    return {"count": count, "service_s": service, "bare_s": bare, "ratio": service / bare}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    args = ap.parse_args()
    r = run(args.count)
    print(json.dumps({**r, "machine": machine()}))


if __name__ == "__main__":
    main()
