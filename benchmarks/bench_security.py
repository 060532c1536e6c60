"""Login (password check and key derivation, at the real scrypt cost) and the search of
persons by name at 50,000 persons: names are encrypted, so the first search of a session
decrypts them all into memory; later searches match in memory.

    .venv/bin/python benchmarks/bench_security.py [--persons 50000]
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import machine

from pcmd_desktop.domain.text import fold_tokens
from pcmd_desktop.security.passwords import hash_password, verify_password
from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.records_io import import_records
from pcmd_desktop.services.workspace import create_workspace, open_workspace

UNIT = "00067"
ADMIN, PASSWORD = "quan-tri", "mat-khau-do-hieu-nang"
HO = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"]
DEM = ["Thị", "Ngọc", "Thu", "Thanh", "Hồng", "Minh", "Kim"]
TEN = ["Hòa", "Lụa", "Thắm", "Nguyệt", "Phượng", "Hằng", "Yến", "Thủy", "Ánh", "Dịu", "Mai"]


def persons(count: int, seed: int = 5) -> list[str]:
    rng = random.Random(seed)
    out = []
    for i in range(count):
        out.append(json.dumps({
            "record": "person", "id": str(uuid.UUID(int=rng.getrandbits(128), version=4)),
            "unit": UNIT, "code": f"CD-{2010 + i % 9}-{i:05d}", "opened_on": "2018-03-01",
            "full_name": f"{rng.choice(HO)} {rng.choice(DEM)} {rng.choice(TEN)}",
            "id_number": f"{rng.randrange(10**11, 10**12)}", "residence": f"Tổ {i % 40}",
        }, ensure_ascii=False))  # fmt: skip
    return out


def run(count: int) -> dict:
    path = Path(tempfile.mkdtemp(prefix="pcmd-bench-")) / "p.sqlite3"
    ws = create_workspace(path, UNIT, admin=ADMIN, password=PASSWORD)
    start = time.perf_counter()
    import_records(ws, persons(count))
    import_s = time.perf_counter() - start
    ws.close()
    logins, first, later, scans, hashes = [], [], [], [], []
    for _ in range(5):
        ws = open_workspace(path)
        t = time.perf_counter()
        verify_password(PASSWORD, hash_password(PASSWORD))  # baseline: one password check
        hashes.append((time.perf_counter() - t) / 2)
        t = time.perf_counter()
        auth.login(ws, ADMIN, PASSWORD)
        logins.append(time.perf_counter() - t)
        # Baseline of the search: the same rows read and folded, without decrypting.
        t = time.perf_counter()
        for _id, token in ws.db.execute("SELECT id, full_name FROM persons"):
            fold_tokens(token)
        scans.append(time.perf_counter() - t)
        service = RecordService(ws)
        t = time.perf_counter()
        hits = service.search("nguyen thi hoa", "person")
        first.append(time.perf_counter() - t)
        t = time.perf_counter()
        service.search("tran ngoc anh", "person")
        later.append(time.perf_counter() - t)
        ws.close()
    return {
        "persons": count,
        "import_s": import_s,
        "login_s": statistics.median(logins),
        "password_check_s": statistics.median(hashes),
        "plain_scan_s": statistics.median(scans),
        "first_search_s": statistics.median(first),
        "later_search_s": statistics.median(later),
        "hits": len(hits),
    }


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--persons", type=int, default=50_000)
    args = ap.parse_args()
    print(json.dumps({**run(args.persons), "machine": machine()}))


if __name__ == "__main__":
    main()
