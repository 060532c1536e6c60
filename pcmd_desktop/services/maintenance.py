"""Health of a database file: SQLite's own checks and the schema version."""

from __future__ import annotations

from dataclasses import dataclass, field

from pcmd_desktop.db.migrations import LATEST_VERSION, schema_version
from pcmd_desktop.services.workspace import Workspace


@dataclass
class CheckReport:
    schema_version: int
    latest_version: int
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(ws: Workspace, *, quick: bool = False) -> CheckReport:
    """Integrity (full or quick) and foreign keys; every problem found, in Vietnamese."""
    db = ws.db
    report = CheckReport(schema_version(db), LATEST_VERSION)
    pragma = "quick_check" if quick else "integrity_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}").fetchall()]
    if rows != ["ok"]:
        report.problems += [f"Kiểm tra toàn vẹn: {r}" for r in rows[:20]]
    for table, rowid, parent, _fk in db.execute("PRAGMA foreign_key_check").fetchall()[:20]:
        report.problems.append(
            f"Bảng {table} (dòng {rowid}) trỏ tới bản ghi không có trong bảng {parent}"
        )
    if report.schema_version != LATEST_VERSION:
        report.problems.append(
            f"Lược đồ ở phiên bản {report.schema_version}, chương trình cần {LATEST_VERSION}"
        )
    return report
