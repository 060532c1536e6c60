"""`pcmd demo`: a database to explore at once, built through the same import path as
real data."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pcmd_desktop.db import meta
from pcmd_desktop.db.connection import StoreError, connect, transaction
from pcmd_desktop.services.auth import login
from pcmd_desktop.services.demo import generate_demo
from pcmd_desktop.services.records_io import ImportSummary, import_objects
from pcmd_desktop.services.units import default_history
from pcmd_desktop.services.workspace import (
    Workspace,
    WorkspaceError,
    create_workspace,
    open_workspace,
)

DEMO_FLAG = meta.DEMO_FLAG
DEMO_YEAR = 2018  # the plan's year: the demo's records and targets are of it


@dataclass
class DemoResult:
    workspace: Workspace
    summary: ImportSummary


def _is_demo(path: Path) -> bool:
    try:
        db = connect(path)
    except StoreError:
        return False
    try:
        return meta.get(db, DEMO_FLAG) == "1"
    except Exception:
        return False
    finally:
        db.close()


DEMO_ADMIN = "admin"
DEMO_PASSWORD = "pcmd-demo-2018"  # printed by `pcmd demo`: the data is synthetic


def build_demo(
    path: Path,
    *,
    scale: int = 1,
    seed: int = 2018,
    admin: str = DEMO_ADMIN,
    password: str = DEMO_PASSWORD,
    replace: bool = False,
) -> DemoResult:
    """Create a demo database at `path`. An existing file is replaced only when asked and
    only when it is itself a demo database: real data is never overwritten."""
    path = Path(path)
    if path.exists():
        if not replace:
            raise WorkspaceError(
                f"Tệp {path} đã có. Dùng --replace để thay một CSDL trình diễn cũ."
            )
        if not _is_demo(path):
            raise WorkspaceError(
                f"Tệp {path} không phải CSDL trình diễn; không thay thế dữ liệu thật."
            )
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
    # The demo is of 2018: made on the 2018 tree, with the whole list (2025 included) kept.
    history = default_history()
    year_end = date(DEMO_YEAR, 12, 31)
    data = generate_demo(history.tree(year_end), scale=scale, seed=seed, year=DEMO_YEAR)
    # Built under another name and renamed when complete: a failed or interrupted demo
    # leaves no half-filled database behind under the real name.
    building = path.with_name(path.name + ".building")
    for p in (building, Path(f"{building}-wal"), Path(f"{building}-shm")):
        p.unlink(missing_ok=True)
    ws = create_workspace(
        building, data.unit_code, admin=admin, password=password,
        units=history.versions(), successions=list(history.successions), as_of=year_end,
    )  # fmt: skip
    try:
        with transaction(ws.db):
            meta.put(ws.db, DEMO_FLAG, "1")
            meta.put(ws.db, meta.DEMO_YEAR, str(DEMO_YEAR))
        summary = import_objects(ws, enumerate(data.records, start=1))
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        ws.close()
    building.replace(path)
    ws = open_workspace(path)
    login(ws, admin, password)
    return DemoResult(ws, summary)
