"""The validation context of the services: the rules' questions answered from the
database and, during an import, from the records of the file being imported."""

from __future__ import annotations

from datetime import date

from pcmd_desktop.db import records_repo
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.workspace import Workspace

# What the rules need to see of a referenced record.
_REF_COLUMNS: dict[str, tuple[str, ...]] = {
    "establishment": ("unit",),
    "inspection": ("unit", "date", "establishment_id"),
    "hotspot": ("unit", "eradicated_on"),
    "person": ("unit",),
    "tip": ("unit", "received_on"),
    "volunteer_team": ("unit", "established_on", "dissolved_on"),
}


class StoreContext:
    """Answers from the database, with a batch of records that count as present too."""

    def __init__(self, ws: Workspace, today: date | None = None):
        self.ws = ws
        self.today = today or date.today()
        self.batch: dict[str, dict[str, dict]] = {}  # kind -> id -> record
        self._cache: dict[str, dict[str, dict | None]] = {}
        self._person_codes: dict[tuple[str, str], str] = {}

    def unit_problem(self, kind: str, code: str) -> str | None:
        unit = self.ws.units.get(code)
        if unit is None:
            return f"không có đơn vị mã '{code}' trong danh mục"
        if not self.ws.owns_unit(code):
            return (
                f"'{unit.name}' ({code}) không thuộc {self.ws.unit.name}; "
                "cơ sở dữ liệu này chỉ giữ bản ghi của đơn vị mình và các đơn vị trực thuộc"
            )
        if kind == "commune_status" and unit.level != "commune":
            return f"'{unit.name}' không phải cấp xã; mô hình và đánh giá chỉ ghi cho xã, phường"
        if kind == "commune_assessment" and unit.level != "commune":
            return f"'{unit.name}' không phải cấp xã; phiếu chấm điểm chỉ lập cho xã, phường"
        if kind == "plan_target" and code != self.ws.unit.code:
            return f"chỉ tiêu kế hoạch chỉ lập cho chính đơn vị {self.ws.unit.name}"
        return None

    def prefetch(self, kind: str, ids: set[str]) -> None:
        """Load the referenced records the batch does not hold, in a few queries."""
        wanted = {i for i in ids if i not in self.batch.get(kind, {})}
        cached = self._cache.setdefault(kind, {})
        wanted -= cached.keys()
        if not wanted:
            return
        columns = _REF_COLUMNS.get(kind, ("unit",))
        found = records_repo.fetch_by_ids(self.ws.db, KINDS[kind], wanted, columns)
        for i in wanted:
            cached[i] = found.get(i)

    def find(self, kind: str, record_id: str) -> dict | None:
        in_batch = self.batch.get(kind, {}).get(record_id)
        if in_batch is not None:
            return in_batch
        if record_id not in self._cache.get(kind, {}):
            self.prefetch(kind, {record_id})
        return self._cache[kind][record_id]

    def add_person_codes(self, records: list[dict]) -> None:
        for r in records:
            if r.get("unit") and r.get("code"):
                self._person_codes[(r["unit"], r["code"])] = r.get("id", "")

    def referring(self, kind: str, field: str, record_id: str) -> list[dict]:
        """The live stored records of `kind` naming `record_id` in `field`, as the batch
        (an import) would leave them."""
        k = KINDS[kind]
        columns = list(dict.fromkeys(["id", field, *([k.date_field] if k.date_field else [])]))
        rows = self.ws.db.execute(
            f"SELECT {', '.join(columns)} FROM {k.table} WHERE {field} = ? AND deleted_at IS NULL",
            (record_id,),
        )
        found = {r[0]: dict(zip(columns, r, strict=True)) for r in rows}
        for rid, rec in self.batch.get(kind, {}).items():
            if rec.get(field) == record_id:
                found[rid] = rec
            else:
                found.pop(rid, None)  # the batch points it elsewhere
        return list(found.values())

    def person_code_owner(self, unit: str, code: str) -> str | None:
        # The table's UNIQUE (unit, code) counts records in the recycle bin too.
        row = self.ws.db.execute(
            "SELECT id FROM persons WHERE unit = ? AND code = ?", (unit, code)
        ).fetchone()
        if row:
            return row[0]
        return self._person_codes.get((unit, code))
