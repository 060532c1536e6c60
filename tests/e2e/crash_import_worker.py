"""Import 100,000 activities in one transaction; the crash-safety test kills this process.

Usage: python crash_import_worker.py DB [N]. Prints "started" once inside the
transaction, "committed" after COMMIT returned, then idles like a program left open.
With --create, makes the database first (connect + migrate + unit list + own unit) and
exits.
"""

from __future__ import annotations

import sys
import uuid
from pathlib import Path

from pcmd_desktop.db import meta, records_repo, units_repo
from pcmd_desktop.db.connection import connect, transaction
from pcmd_desktop.db.migrations import migrate
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.units import default_units

UNIT = "00067"
DEFAULT_COUNT = 100_000


def create(path: Path) -> None:
    db = connect(path)
    try:
        migrate(db, None)
        with transaction(db):
            units_repo.load(db, default_units())
            meta.put(db, meta.OWN_UNIT, UNIT)
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()


def records(n: int) -> list[dict]:
    return [
        {
            "id": str(uuid.uuid4()),
            "unit": UNIT,
            "date": "2018-05-01",
            "kind": "propaganda",
            "title": f"Tuyên truyền {i}",
        }
        for i in range(n)
    ]


def main(argv: list[str]) -> int:
    if argv[1] == "--create":
        create(Path(argv[2]))
        return 0
    path = Path(argv[1])
    n = int(argv[2]) if len(argv) > 2 else DEFAULT_COUNT
    db = connect(path)
    batch = records(n)
    with transaction(db):
        print("started", flush=True)
        records_repo.upsert_many(db, KINDS["activity"], batch, "worker")
    print("committed", flush=True)
    # A program that stays open after its import: until the test closes our input (or
    # kills us, which is the point).
    sys.stdin.read()
    db.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
