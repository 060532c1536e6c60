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
import sys
import tempfile
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine, median_time

from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.workspace import create_workspace

UNIT = "00067"
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


def run(count: int) -> dict:
    lines = make_lines(count)
    tmp = Path(tempfile.mkdtemp(prefix="pcmd-bench-"))
    n = [0]

    def through_service():
        n[0] += 1
        ws = create_workspace(tmp / f"svc{n[0]}.sqlite3", UNIT, actor="bench")
        import_records(ws, lines)
        ws.close()

    def bare_executemany():
        n[0] += 1
        ws = create_workspace(tmp / f"bare{n[0]}.sqlite3", UNIT, actor="bench")
        ws.close()
        con = sqlite3.connect(tmp / f"bare{n[0]}.sqlite3", isolation_level=None)
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        rows = []
        for line in lines:
            r = json.loads(line)
            rows.append((r["id"], r["unit"], r["date"], r["kind"], r["title"],
                         r["participants"], r["materials"], r["location"],
                         "t", "bench", "t", "bench"))  # fmt: skip
        con.execute("BEGIN")
        con.executemany(
            "INSERT INTO activities (id, unit, date, kind, title, participants, materials,"
            " location, created_at, created_by, updated_at, updated_by)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
        con.execute("COMMIT")
        con.close()

    bare = median_time(bare_executemany)
    service = median_time(through_service)
    return {"count": count, "service_s": service, "bare_s": bare, "ratio": service / bare}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=100_000)
    args = ap.parse_args()
    r = run(args.count)
    print(json.dumps({**r, "machine": machine()}))


if __name__ == "__main__":
    main()
