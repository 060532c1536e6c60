"""Record lists that stay fast at a city's scale: a list is a snapshot of the row ids
that match its filters, in its sort order, taken with one query; its rows are read a
window at a time by id. A million inspections cost one ordered id scan (an array of
8-byte integers), and showing any window of them, the last included, is one small query.

The GUI's table model and the Excel export of the current view both read through here,
so what is exported is exactly what the list shows.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from dataclasses import dataclass, field
from datetime import date

from pcmd_desktop.db import audit
from pcmd_desktop.db.connection import connect, transaction
from pcmd_desktop.db.search import fts_query
from pcmd_desktop.domain.display import format_value
from pcmd_desktop.domain.records import KINDS, record_key
from pcmd_desktop.domain.text import collation_key, fold_tokens
from pcmd_desktop.services.auth import audit_time, require
from pcmd_desktop.services.follow_ups import due_cutoff, due_sql
from pcmd_desktop.services.list_columns import LIST_SPECS, Column, ListSpec
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.personal_data import decrypt_field, folded_names, name_index
from pcmd_desktop.services.workspace import Workspace

__all__ = ["ListFilter", "ListQuery", "ListRow", "RecordList", "list_spec"]


@dataclass(frozen=True)
class ListFilter:
    """What a list is narrowed to. Empty means everything live."""

    date_from: str | None = None  # ISO, on the kind's date field
    date_to: str | None = None
    units: tuple[str, ...] | None = None  # unit codes (a unit and those under it)
    equals: tuple[tuple[str, str], ...] = ()  # (column key, coded value)
    search: str = ""
    deleted: bool = False  # the recycle bin instead of the live records
    refers_to: tuple[str, str] | None = None  # (field of t, id): e.g. an establishment's
    follow_ups_due: date | None = None  # inspections: due for follow-up on this day


@dataclass(frozen=True)
class ListRow:
    key: str  # record_key of the record
    cells: tuple[str, ...]  # as shown, one per column asked for
    raw: dict = field(default_factory=dict)  # stored values by column key


def list_spec(kind_name: str) -> ListSpec:
    return LIST_SPECS[kind_name]


class ListQuery:
    """A list's filters and order, checked against the user's rights, as SQL.

    `ids` may run on a worker thread with a connection of its own (SQLite in WAL lets it
    read while the window keeps working), which is how the window sorts a million rows
    without freezing.
    """

    def __init__(
        self,
        ws: Workspace,
        kind_name: str,
        filt: ListFilter | None = None,
        sort: str | None = None,
        descending: bool | None = None,
    ):
        session = require(ws, Permission.READ)
        self.ws = ws
        self.spec = list_spec(kind_name)
        self.kind = self.spec.kind
        self.filter = filt or ListFilter()
        self.cipher = session.cipher
        self.sees_personal = session.can(Permission.VIEW_PERSONAL)
        self.columns: tuple[Column, ...] = tuple(
            c for c in self.spec.columns if self.sees_personal or not c.personal
        )
        self.sort = sort if sort in {c.key for c in self.columns} else self.spec.default_sort
        self.descending = self.spec.default_descending if descending is None else descending
        self._where, self._params = self._conditions()

    def estimated_rows(self) -> int:
        """An upper bound of the list's length, read in no time (the largest rowid)."""
        row = self.ws.db.execute(f"SELECT max(rowid) FROM {self.kind.table}").fetchone()
        return int(row[0] or 0)

    @property
    def shows_personal(self) -> bool:
        return self.sees_personal and any(c.personal for c in self.columns)

    # Query --------------------------------------------------------------------------
    def _conditions(self) -> tuple[str, list]:
        f = self.filter
        where = ["t.deleted_at IS NOT NULL" if f.deleted else "t.deleted_at IS NULL"]
        params: list = []
        date_field = self.kind.date_field
        if date_field and f.date_from:
            where.append(f"t.{date_field} >= ?")
            params.append(f.date_from)
        if date_field and f.date_to:
            where.append(f"t.{date_field} <= ?")
            params.append(f.date_to)
        if f.units is not None:
            where.append("t.unit IN (SELECT value FROM json_each(?))")
            params.append(json.dumps(list(f.units)))
        for key, value in f.equals:
            where.append(f"({self.spec.column(key).select}) = ?")
            params.append(value)
        if f.refers_to is not None:
            ref_field, ref_id = f.refers_to
            self.kind.field(ref_field)  # KeyError for a field the kind lacks
            where.append(f"t.{ref_field} = ?")
            params.append(ref_id)
        if f.follow_ups_due is not None and self.kind.name == "inspection":
            where.append(due_sql("t"))
            params.append(due_cutoff(f.follow_ups_due))
        if f.search.strip():
            cond, more = self._search_condition(f.search)
            where.append(cond)
            params.extend(more)
        return " AND ".join(where), params

    def _search_condition(self, text: str) -> tuple[str, list]:
        query = fts_query(text)
        if query is None:
            return "0", []
        match = (
            "SELECT k.key FROM search_index s CROSS JOIN search_keys k ON k.rowid = s.rowid "
            "WHERE search_index MATCH ? AND k.kind = ?"
        )
        key_col = " || '/' || ".join(f"t.{k}" for k in self.kind.key)
        parts = [f"{key_col} IN ({match})"]
        params: list = [query, self.kind.name]
        for ref_field, ref_kind in self.spec.search_refs:
            parts.append(f"t.{ref_field} IN ({match})")
            params.extend([query, ref_kind])
        if self.kind.name in ("person", "volunteer_member") and self.sees_personal:
            ids = self._persons_named(text)
            if ids:
                parts.append("t.id IN (SELECT value FROM json_each(?))")
                params.append(json.dumps(ids))
        return "(" + " OR ".join(parts) + ")", params

    def _persons_named(self, text: str) -> list[str]:
        session = self.ws.session
        assert session is not None
        words = fold_tokens(text)
        if self.kind.name != "person":  # a volunteer team's members: few, read each time
            index = folded_names(self.ws.db, self.cipher, self.kind.name,
                                 deleted=self.filter.deleted)  # fmt: skip
        elif self.filter.deleted:
            # The session's index holds live persons only; the recycle bin's names are
            # decrypted for this search alone.
            rows = self.ws.db.execute(
                "SELECT id, full_name FROM persons WHERE deleted_at IS NOT NULL"
            ).fetchall()
            index = {
                pid: fold_tokens(decrypt_field(self.cipher, self.kind, "full_name", pid, tok) or "")
                for pid, tok in rows
            }
        else:
            if session.name_index is None:
                session.name_index = name_index(self.ws.db, session.cipher)
            index = session.name_index
        return [
            pid
            for pid, tokens in index.items()
            if all(any(t.startswith(w) for t in tokens) for w in words)
        ]

    def _source_for(self, column: Column) -> str:
        # The joins name what a record refers to. A required reference always finds its
        # row, so when neither the order nor a filter needs the joined table the count is
        # the same without it, and the scan can stay on one table's index.
        if column.joined or any(self.spec.column(k).joined for k, _ in self.filter.equals):
            return self.spec.source
        return f"{self.kind.table} t"

    def ids(self, conn: sqlite3.Connection) -> array:
        """The rowids of the list in order (one query; any thread, its own connection)."""
        column = next(c for c in self.columns if c.key == self.sort)
        direction = "DESC" if self.descending else "ASC"
        base = f"FROM {self._source_for(column)} WHERE {self._where}"
        if column.sort is None:
            return self._python_sorted(conn, column, base)
        sql = f"SELECT t.rowid {base} ORDER BY {column.sort} {direction}, t.rowid {direction}"
        return array("q", [r[0] for r in conn.execute(sql, self._params)])

    def ids_on_own_connection(self) -> array:
        """`ids` through a connection of its own, closed after: for a worker thread."""
        db = connect(self.ws.path)
        try:
            return self.ids(db.conn)
        finally:
            db.close()

    def _python_sorted(self, conn: sqlite3.Connection, column: Column, base: str) -> array:
        # Personal fields are encrypted: decrypted here, sorted as a dictionary would.
        rows = conn.execute(f"SELECT t.rowid, t.id, {column.select} {base}",
                            self._params).fetchall()  # fmt: skip

        def key(row: tuple) -> tuple:
            text = decrypt_field(self.cipher, self.kind, column.key, row[1], row[2])
            return (text is None, collation_key(text or ""), row[0])

        rows.sort(key=key, reverse=self.descending)
        return array("q", [r[0] for r in rows])

    def audit_shown(self, count: int) -> None:
        """Names on screen are a look at those files: logged (without the search text)."""
        if not self.shows_personal or not count:
            return
        session = self.ws.session
        assert session is not None
        with transaction(self.ws.db):
            # Persons' names, or a volunteer team's members' names (plan II.3).
            action = "list_members" if self.kind.name == "volunteer_member" else "list_persons"
            audit.append(self.ws.db, audit_time(), session.user, action, self.kind.name,
                         None, {"count": count, "list": True})  # fmt: skip


class RecordList:
    """A list's rows in order, read a window at a time."""

    def __init__(self, query: ListQuery, ids: array):
        self.query = query
        self.ws = query.ws
        self.kind = query.kind
        self.columns = query.columns
        self.ids = ids

    @classmethod
    def open(
        cls,
        ws: Workspace,
        kind_name: str,
        filt: ListFilter | None = None,
        sort: str | None = None,
        descending: bool | None = None,
    ) -> RecordList:
        """Query, snapshot and (for persons' names) audit, on this thread."""
        query = ListQuery(ws, kind_name, filt, sort, descending)
        ids = query.ids(ws.db.conn)
        query.audit_shown(len(ids))
        return cls(query, ids)

    # Reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self.ids)

    def rows(
        self, start: int, count: int, columns: tuple[Column, ...] | None = None
    ) -> list[ListRow]:
        """Rows start..start+count of the list, as shown."""
        wanted = self.ids[start : start + count]
        if not wanted:
            return []
        cols = columns or self.columns
        keys = ("t.id" if self.kind.has_id else "NULL", *tuple(f"t.{k}" for k in self.kind.key))
        select = ", ".join((*keys, *(c.select for c in cols)))
        sql = (
            f"SELECT t.rowid, {select} FROM {self.query.spec.source} "
            f"WHERE t.rowid IN (SELECT value FROM json_each(?))"
        )
        by_rowid = {r[0]: r for r in self.ws.db.conn.execute(sql, (json.dumps(list(wanted)),))}
        out = []
        n_keys = len(keys)
        for rowid in wanted:
            r = by_rowid.get(rowid)
            if r is None:  # changed since the snapshot; shown empty until refreshed
                out.append(ListRow("", tuple("" for _ in cols)))
                continue
            record_id = r[1]
            key = record_key(self.kind, dict(zip(self.kind.key, r[2 : 2 + len(self.kind.key)],
                                                 strict=True)))  # fmt: skip
            values = r[1 + n_keys :]
            raw = {}
            cells = []
            for c, v in zip(cols, values, strict=True):
                if c.personal and v is not None:
                    v = decrypt_field(self.query.cipher, self.kind, c.key, record_id, v)
                raw[c.key] = v
                cells.append(self._show(c, v))
            out.append(ListRow(key, tuple(cells), raw))
        return out

    def _show(self, c: Column, value: object) -> str:
        if value is None:
            return ""
        if c.key == "unit":
            unit = self.ws.units.get(str(value))
            return unit.name if unit else str(value)
        if c.choices:
            return c.choices.get(str(value), str(value))
        if c.field is not None:
            stored = self._stored_value(c, value)
            return format_value(c.field, stored)
        return str(value)

    @staticmethod
    def _stored_value(c: Column, value: object) -> object:
        assert c.field is not None
        if c.field.is_json and isinstance(value, str):
            data = json.loads(value)
            if c.field.key == "violations":
                labels = c.field.choices or {}
                return [labels.get(v.get("kind"), v.get("kind")) for v in data]
            return data
        return value

    def position(self, key: str) -> int | None:
        """Row number of the record `key` in this list, or None."""
        kind = self.kind
        if kind.has_id:
            row = self.ws.db.execute(
                f"SELECT rowid FROM {kind.table} WHERE id = ?", (key,)
            ).fetchone()
        else:
            parts = key.split("/")
            row = self.ws.db.execute(
                f"SELECT rowid FROM {kind.table} WHERE "
                + " AND ".join(f"{k} = ?" for k in kind.key),
                parts,
            ).fetchone()
        if row is None:
            return None
        try:
            return self.ids.index(row[0])
        except ValueError:
            return None


def kinds_with_lists() -> list[str]:
    return [k for k in KINDS if k in LIST_SPECS]
