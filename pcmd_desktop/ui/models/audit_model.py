"""The audit log as a table model, read a page of entries at a time."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.services import audit_log
from pcmd_desktop.services.permissions import ROLE_LABELS
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr, tr_noop

PAGE_SIZE = 500
HEADERS = (
    tr_noop("Thời gian"), tr_noop("Người dùng"), tr_noop("Hành động"), tr_noop("Loại bản ghi"),
    tr_noop("Mã"), tr_noop("Chi tiết"),
)  # fmt: skip
EXTRA_KINDS = {"user": tr_noop("Người dùng")}  # kinds of audit entries beyond records
_Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: str | None) -> str:
    if not kind:
        return ""
    found = KINDS.get(kind)
    if found is not None:
        return tr(found.label)
    return tr(EXTRA_KINDS[kind]) if kind in EXTRA_KINDS else kind


def format_time(at: str) -> str:
    try:
        return datetime.fromisoformat(at).strftime("%d/%m/%Y %H:%M:%S")
    except ValueError:
        return at


REASONS = {
    "password": tr_noop("sai mật khẩu"),
    "unknown_user": tr_noop("không có tên đăng nhập này"),
    "disabled": tr_noop("tài khoản đã bị vô hiệu hóa"),
    "locked": tr_noop("tài khoản đang tạm khóa"),
}
DETAIL_LABELS = {
    "reason": tr_noop("Lý do"),
    "role": tr_noop("Vai trò"),
    "encrypted": tr_noop("Hồ sơ đã mã hóa"),
}


def field_label(kind: str | None, key: str) -> str:
    found = KINDS.get(kind or "")
    if found is not None:
        for field in found.fields:
            if field.key == key:
                return tr(field.label)
    return key


def format_detail(kind: str | None, detail: dict | None) -> str:
    """The fields changed (their labels), or the other facts of the entry in the window's
    language; never the values of the fields."""
    if not detail:
        return ""
    fields = detail.get("fields")
    if isinstance(fields, list):
        return ", ".join(field_label(kind, str(f)) for f in fields)
    parts = []
    for key, value in detail.items():
        if key in ("old", "new"):
            continue
        if key == "reason" and str(value) in REASONS:
            value = tr(REASONS[str(value)])
        elif key == "role" and str(value) in ROLE_LABELS:
            value = tr(ROLE_LABELS[str(value)])
        label = tr(DETAIL_LABELS[key]) if key in DETAIL_LABELS else key
        parts.append(f"{label}: {value}")
    return "; ".join(parts)


class AuditModel(QAbstractTableModel):
    """`load(**filters)` reads the first page; `load_more()` the next one."""

    def __init__(self, workspace: Workspace, page_size: int = PAGE_SIZE, parent=None):
        super().__init__(parent)
        self.workspace = workspace
        self.page_size = page_size
        self.entries: list[dict] = []
        self.filters: dict[str, Any] = {}
        self.has_more = False

    def load(self, **filters: Any) -> None:
        self.beginResetModel()
        self.filters = filters
        self.entries = []
        self.has_more = False
        self._fetch()
        self.endResetModel()

    def load_more(self) -> None:
        if not self.has_more:
            return
        page = self._read(len(self.entries))
        if page:
            first = len(self.entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
            self.entries.extend(page)
            self.endInsertRows()

    def _fetch(self) -> None:
        self.entries.extend(self._read(0))

    def _read(self, offset: int) -> list[dict]:
        # One more than a page tells whether another page follows.
        rows = audit_log.list_entries(
            self.workspace, limit=self.page_size + 1, offset=offset, **self.filters
        )
        self.has_more = len(rows) > self.page_size
        return rows[: self.page_size]

    # Qt model ----------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return tr(HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
        ):  # fmt: skip
            return None
        e = self.entries[index.row()]
        column = index.column()
        if column == 0:
            return format_time(e["at"])
        if column == 1:
            return e["user"]
        if column == 2:
            return tr(audit_log.action_label(e["action"]))
        if column == 3:
            return kind_label(e["kind"])
        if column == 4:
            return e["record_key"] or ""
        return format_detail(e["kind"], e["detail"])
