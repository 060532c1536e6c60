"""Likely duplicate persons: two live files of one unit that seem to be the same person.

Two files are a likely pair when they have the same identity number (spaces and case
ignored), or the same full name folded as the search folds it (case, tones, đ -> d:
"Nguyễn Thị Hòa" = "nguyen thi hoa") and the same birth year.

Names and identity numbers are encrypted at rest. They are decrypted here into memory
only (the session's name index, services.personal_data) and compared there: no clear
value is written to any table, file, log or the search index. Only roles that may see
personal data may look (the pairs name the persons), and each look is audited like
opening files ("find_duplicates", with the ids of the files shown, never a name).

Merging a pair is services.person_merge.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from pcmd_desktop.db import audit
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import decrypt_field, name_index
from pcmd_desktop.services.workspace import Workspace

__all__ = [
    "REASON_ID_NUMBER",
    "REASON_NAME_YEAR",
    "DuplicatePair",
    "PersonFile",
    "find_duplicates",
    "normalise_id_number",
    "person_id_by_code",
]

REASON_ID_NUMBER = "Trùng số định danh"
REASON_NAME_YEAR = "Trùng họ tên và năm sinh"


@dataclass(frozen=True)
class PersonFile:
    """One file of a pair as the list shows it. `full_name` is in clear, in memory only;
    it is kept out of repr() so it cannot slip into a log or a traceback."""

    id: str
    unit: str
    code: str
    opened_on: str
    birth_year: int | None
    services: int  # live services recorded for the person
    sanctions: int  # live sanctions naming the person
    full_name: str = field(default="", repr=False)


@dataclass(frozen=True)
class DuplicatePair:
    reasons: tuple[str, ...]  # REASON_ID_NUMBER and/or REASON_NAME_YEAR
    first: PersonFile  # the file opened first (the one a merge keeps by default)
    second: PersonFile

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)


def normalise_id_number(value: str | None) -> str:
    """An identity number compared as typed digits: no spaces anywhere, upper case."""
    return "".join((value or "").split()).upper()


def _counts(ws: Workspace, table: str) -> dict[str, int]:
    rows = ws.db.execute(
        f"SELECT person_id, count(*) FROM {table} "
        "WHERE deleted_at IS NULL AND person_id IS NOT NULL GROUP BY person_id"
    )
    return dict(rows.fetchall())


def find_duplicates(ws: Workspace) -> list[DuplicatePair]:
    """Every likely pair among the live persons, each unit on its own, the pairs with the
    oldest files first. Needs the right to see personal data; audited."""
    session = require(ws, Permission.VIEW_PERSONAL)
    kind = KINDS["person"]
    if session.name_index is None:
        session.name_index = name_index(ws.db, session.cipher)
    names = session.name_index
    services, sanctions = _counts(ws, "services"), _counts(ws, "sanctions")
    rows = ws.db.execute(
        "SELECT id, unit, code, opened_on, birth_year, full_name, id_number FROM persons "
        "WHERE deleted_at IS NULL ORDER BY opened_on, code, id"
    ).fetchall()
    files: dict[str, PersonFile] = {}
    groups: dict[tuple, list[str]] = defaultdict(list)
    for pid, unit, code, opened_on, birth_year, name_token, id_token in rows:
        full_name = decrypt_field(session.cipher, kind, "full_name", pid, name_token) or ""
        files[pid] = PersonFile(pid, unit, code, opened_on, birth_year, services.get(pid, 0),
                                sanctions.get(pid, 0), full_name)  # fmt: skip
        number = normalise_id_number(decrypt_field(session.cipher, kind, "id_number", pid,
                                                   id_token))  # fmt: skip
        if number:
            groups[(REASON_ID_NUMBER, unit, number)].append(pid)
        folded = " ".join(names.get(pid) or ())
        if folded and birth_year:
            groups[(REASON_NAME_YEAR, unit, folded, birth_year)].append(pid)
    reasons: dict[tuple[str, str], list[str]] = {}
    for key, members in groups.items():
        for a, b in combinations(members, 2):  # members keep the row order: oldest first
            found = reasons.setdefault((a, b), [])
            if key[0] not in found:
                found.append(key[0])
    order = {pid: i for i, pid in enumerate(files)}
    rank = (REASON_ID_NUMBER, REASON_NAME_YEAR).index
    pairs = [
        DuplicatePair(tuple(sorted(why, key=rank)), files[a], files[b])
        for (a, b), why in reasons.items()
    ]
    pairs.sort(key=lambda p: (order[p.first.id], order[p.second.id]))
    shown = sorted({pid for p in pairs for pid in (p.first.id, p.second.id)})
    with transaction(ws.db):
        audit.append(ws.db, audit_time(), session.user, "find_duplicates", "person", None,
                     {"pairs": len(pairs), "ids": shown})  # fmt: skip
    return pairs


def person_id_by_code(ws: Workspace, code: str, unit: str | None = None) -> str:
    """The id of the person whose file code is `code` (live first, else one in the
    recycle bin, so that a merge can say why it refuses); ServiceError when there is none
    or when the code is used in several units and `unit` does not say which."""
    require(ws, Permission.READ)
    sql = "SELECT id, unit, deleted_at IS NOT NULL FROM persons WHERE code = ?"
    params: list = [code.strip()]
    if unit:
        sql += " AND unit = ?"
        params.append(unit)
    rows = ws.db.execute(sql + " ORDER BY deleted_at IS NOT NULL, deleted_at DESC", params)
    found = rows.fetchall()
    if not found:
        where = f" ở đơn vị mã {unit}" if unit else ""
        raise ServiceError(f"Không có hồ sơ mã {code}{where}.")
    live = [r for r in found if not r[2]]
    if len({r[1] for r in live}) > 1:
        units = ", ".join(sorted({r[1] for r in live}))
        raise ServiceError(
            f"Mã hồ sơ {code} có ở nhiều đơn vị ({units}): hãy cho biết đơn vị bằng --unit MÃ."
        )
    return (live or found)[0][0]
