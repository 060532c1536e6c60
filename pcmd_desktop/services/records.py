"""Create, update, soft-delete, restore, find: the one way the GUI and the CLI change
records. Every change is validated by the domain and stamped with time and user."""

from __future__ import annotations

import uuid
from datetime import date

from pcmd_desktop.db import records_repo, search
from pcmd_desktop.db.connection import transaction
from pcmd_desktop.domain.records import KINDS, RecordKind, parse_key, record_key
from pcmd_desktop.domain.text import fold_tokens
from pcmd_desktop.domain.validation import ValidationError, validate
from pcmd_desktop.services.lookup import StoreContext
from pcmd_desktop.services.workspace import Workspace


class ServiceError(Exception):
    """A request that cannot be done; str() is a Vietnamese message for users."""


class UnknownKind(ServiceError):
    pass


class RecordNotFound(ServiceError):
    pass


def kind_named(name: str) -> RecordKind:
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKind(f"Không có loại bản ghi '{name}'; các loại: {', '.join(KINDS)}") from None


def _key(kind: RecordKind, key: str) -> dict:
    try:
        return parse_key(kind, key)
    except ValueError:
        form = "mã UUID" if kind.has_id else "/".join(kind.key)
        raise RecordNotFound(f"Mã '{key}' không đúng dạng {form} của {kind.label}") from None


class RecordService:
    def __init__(self, ws: Workspace, today: date | None = None):
        self.ws = ws
        self.today = today

    def _check(self, kind: RecordKind, obj: dict) -> dict:
        record, problems = validate(kind, obj, StoreContext(self.ws, self.today))
        if problems:
            raise ValidationError(problems)
        return record

    def get(self, kind_name: str, key: str, *, include_deleted: bool = False) -> dict:
        kind = kind_named(kind_name)
        row = records_repo.get(self.ws.db, kind, _key(kind, key), include_deleted=include_deleted)
        if row is None:
            raise RecordNotFound(f"Không tìm thấy {kind.label.lower()} có mã {key}")
        return records_repo.row_to_record(kind, row)

    def create(self, kind_name: str, data: dict) -> dict:
        """Validate and store a new record; a missing id is made, a missing unit is this
        database's own."""
        kind = kind_named(kind_name)
        obj = dict(data)
        if kind.has_id and not obj.get("id"):
            obj["id"] = str(uuid.uuid4())
        obj.setdefault("unit", self.ws.unit.code)
        record = self._check(kind, obj)
        with transaction(self.ws.db):
            key = {k: record[k] for k in kind.key}
            if records_repo.get(self.ws.db, kind, key, include_deleted=True) is not None:
                raise ServiceError(
                    f"{kind.label} mã {record_key(kind, record)} đã có; hãy sửa thay vì tạo mới"
                )
            records_repo.upsert_many(self.ws.db, kind, [record], self.ws.actor)
        return record

    def update(self, kind_name: str, key: str, changes: dict) -> dict:
        """Change fields of a live record; a field set to None is cleared. The key cannot
        change."""
        kind = kind_named(kind_name)
        current = self.get(kind_name, key)
        merged = {**current, **changes}
        for k in kind.key:
            if merged.get(k) != current.get(k):
                raise ServiceError(f"Không đổi được mã của bản ghi ({k}); hãy tạo bản ghi mới")
        record = self._check(kind, merged)
        with transaction(self.ws.db):
            records_repo.upsert_many(self.ws.db, kind, [record], self.ws.actor)
        return record

    def delete(self, kind_name: str, key: str) -> None:
        """Move a record to the recycle bin."""
        kind = kind_named(kind_name)
        with transaction(self.ws.db):
            if not records_repo.set_deleted(self.ws.db, kind, _key(kind, key), self.ws.actor, True):
                raise RecordNotFound(
                    f"Không tìm thấy {kind.label.lower()} có mã {key} (hoặc đã xóa)"
                )

    def restore(self, kind_name: str, key: str) -> None:
        """Bring a record back from the recycle bin."""
        kind = kind_named(kind_name)
        with transaction(self.ws.db):
            if not records_repo.set_deleted(
                self.ws.db, kind, _key(kind, key), self.ws.actor, False
            ):
                raise RecordNotFound(
                    f"Không có {kind.label.lower()} mã {key} trong thùng rác để khôi phục"
                )

    def search(self, text: str, kind_name: str | None = None, limit: int = 1000) -> list[dict]:
        """Live records matching every word of `text`, case and tones ignored, as
        records.md objects with their `record` kind."""
        if kind_name is not None:
            kind_named(kind_name)
        hits = search.find_keys(self.ws.db, text, kind_name, limit)
        if kind_name in (None, "person"):
            hits = sorted(set(hits) | set(self._persons_by_name(text)))
        out: list[dict] = []
        for kname, key in hits[:limit]:
            kind = KINDS[kname]
            row = records_repo.get(self.ws.db, kind, parse_key(kind, key))
            if row is not None:
                out.append({"record": kname, **records_repo.row_to_record(kind, row)})
        return out

    def _persons_by_name(self, text: str) -> list[tuple[str, str]]:
        # Names are not in the search index (they are sensitive); they are matched in
        # memory, which is also how it must work once they are stored encrypted.
        words = fold_tokens(text)
        if not words:
            return []
        rows = self.ws.db.execute(
            "SELECT id, full_name FROM persons WHERE deleted_at IS NULL"
        ).fetchall()
        hits = []
        for person_id, name in rows:
            tokens = fold_tokens(name or "")
            # Same rule as the index: every word typed starts a word of the name.
            if all(any(t.startswith(w) for t in tokens) for w in words):
                hits.append(("person", person_id))
        return hits
