"""What a record kind is: its fields and their types, its key, its table. The kinds
themselves, those of records.md, are in `domain.records`."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from functools import cached_property

__all__ = ["TABLES", "Field", "FieldType", "RecordKind", "parse_key", "record_key"]


class FieldType(str, Enum):
    TEXT = "text"
    DATE = "date"  # ISO yyyy-mm-dd
    INT = "int"  # non-negative count
    MONEY = "money"  # whole VND, non-negative
    NUMBER = "number"  # non-negative int or float (plan targets)
    YEAR = "year"
    BOOL = "bool"
    CHOICE = "choice"
    TEXT_LIST = "text_list"
    VIOLATIONS = "violations"  # list of {kind, description}
    REF = "ref"  # id of another record
    UNIT = "unit"  # administrative unit code
    INDICATOR = "indicator"  # indicator code
    ID = "id"  # UUID


@dataclass(frozen=True)
class Field:
    key: str
    type: FieldType
    label: str
    required: bool = False
    choices: dict[str, str] | None = None
    ref: str | None = None  # record kind an id refers to
    sensitive: bool = False  # encrypted at rest, never in clear in an upward file
    # An informant's identity (issue 14): sensitive, shown only to admins, and never in an
    # upward or handover file at all, not even sealed.
    confidential: bool = False
    searchable: bool = False  # part of the search text

    @property
    def is_json(self) -> bool:
        """Stored as a JSON text column."""
        return self.type in (FieldType.TEXT_LIST, FieldType.VIOLATIONS)


@dataclass(frozen=True)
class RecordKind:
    name: str  # the heading of records.md
    label: str  # Vietnamese, for users
    fields: tuple[Field, ...]
    key: tuple[str, ...] = ("id",)
    date_field: str | None = None  # the date that places the record in a period

    @property
    def has_id(self) -> bool:
        return self.key == ("id",)

    @cached_property
    def _by_key(self) -> dict[str, Field]:
        return {f.key: f for f in self.fields}

    def field(self, key: str) -> Field:
        """The field `key`; KeyError when the kind has none."""
        return self._by_key[key]

    @cached_property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fields)

    @property
    def table(self) -> str:
        return TABLES[self.name]


# "case" is an SQL keyword; every table gets a plural name so none needs quoting.
TABLES: dict[str, str] = {
    "establishment": "establishments",
    "tip": "tips",
    "inspection": "inspections",
    "hotspot": "hotspots",
    "patrol": "patrols",
    "person": "persons",
    "service": "services",
    "sanction": "sanctions",
    "case": "cases",
    "volunteer_team": "volunteer_teams",
    "volunteer_member": "volunteer_members",
    "activity": "activities",
    "commune_status": "commune_statuses",
    "commune_assessment": "commune_assessments",
    "budget": "budgets",
    "plan_target": "plan_targets",
}


def record_key(kind: RecordKind, record: dict) -> str:
    """The identity of a record as one string: its id, or its natural key joined by '/'."""
    return "/".join(str(record[k]) for k in kind.key)


def parse_key(kind: RecordKind, key: str) -> dict:
    """The inverse of record_key: {'id': ...} or {'unit': ..., 'year': ...}."""
    parts = key.split("/") if not kind.has_id else [key]
    if len(parts) != len(kind.key):
        raise ValueError(key)
    out: dict = dict(zip(kind.key, parts, strict=True))
    if "year" in out:
        out["year"] = int(out["year"])
    return out
