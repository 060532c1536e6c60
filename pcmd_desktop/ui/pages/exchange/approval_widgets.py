"""Approval in the window (services/approval.py). At a parent, under the completeness
table: accept the selected child's period file or ask for a revision, each writing the
signed decision file to carry back. At a child, on the send tab: whether the chosen
period is locked, and taking the parent's decision file."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QInputDialog, QVBoxLayout, QWidget

from pcmd_desktop.exchange.approval_file import SUFFIX
from pcmd_desktop.services import approval
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import busy, error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.pages.exchange.common import action_button, status_label, write_or_say

STATE_LABELS = {"accepted": tr_noop("Đã duyệt"), "reopened": tr_noop("Yêu cầu sửa lại"),
                "pending": tr_noop("Chưa duyệt")}  # fmt: skip


def _file_filter() -> str:
    return tr("Tệp quyết định duyệt PCMD (*{0});;Mọi tệp (*)").format(SUFFIX)


class ApprovalBar(QWidget):
    """Đã duyệt / Yêu cầu sửa lại for the child unit selected in the completeness table."""

    decided = Signal()

    def __init__(self, workspace: Workspace, period_code: Callable[[], str],
                 selected_unit: Callable[[], str | None],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.period_code = period_code
        self.selected_unit = selected_unit
        self.approve_button = action_button(tr("Duyệt kỳ này…"), "approve_period")
        self.approve_button.setToolTip(
            tr("Duyệt tệp báo cáo mới nhất của đơn vị đã chọn; kỳ đó bị khóa ở đơn vị cấp dưới")
        )
        self.reopen_button = action_button(tr("Yêu cầu sửa lại…"), "reopen_period")
        self.reopen_button.setToolTip(tr("Yêu cầu đơn vị đã chọn sửa lại và gửi lần mới"))
        self.approve_button.clicked.connect(lambda: self.approve())
        self.reopen_button.clicked.connect(lambda: self.reopen())
        self.status = status_label("label.exchange.approval_status")
        self.error = error_label("label.exchange.approval_error")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.approve_button)
        row.addWidget(self.reopen_button)
        row.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.update_buttons()

    def update_buttons(self) -> None:
        """Enabled for a role that may report and a selected unit that sent a file."""
        unit = self.selected_unit()
        can = self.workspace.can(Permission.REPORTS) and unit is not None
        for button in (self.approve_button, self.reopen_button):
            button.setEnabled(can)

    def _path(self, unit: str, what: str) -> Path | None:
        name = f"QD-{what}-{unit}-{self.period_code()}{SUFFIX}"
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu tệp quyết định để chép cho đơn vị cấp dưới"),
            str(Path.home() / name), _file_filter(),
        )  # fmt: skip
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == SUFFIX else path.with_name(path.name + SUFFIX)

    def approve(self, path: Path | None = None) -> approval.DecisionResult | None:
        unit = self.selected_unit()
        if unit is None:
            return None
        path = path or self._path(unit, "duyet")
        if path is None:
            return None
        result = write_or_say(self.error, path, lambda: approval.accept(
            self.workspace, unit, self.period_code(), Path(path)))  # fmt: skip
        return self._done(result)

    def reopen(self, reason: str | None = None, path: Path | None = None
               ) -> approval.DecisionResult | None:  # fmt: skip
        unit = self.selected_unit()
        if unit is None:
            return None
        if reason is None:
            reason, ok = QInputDialog.getMultiLineText(
                self, tr("Yêu cầu sửa lại"), tr("Cần sửa gì (ghi vào tệp gửi đơn vị cấp dưới):")
            )
            if not ok:
                return None
        path = path or self._path(unit, "sua-lai")
        if path is None:
            return None
        result = write_or_say(self.error, path, lambda: approval.reopen(
            self.workspace, unit, self.period_code(), reason or "", Path(path)))  # fmt: skip
        return self._done(result)

    def _done(self, result: approval.DecisionResult | None) -> approval.DecisionResult | None:
        if result is None:
            self.status.hide()
            return None
        found = self.workspace.units.get(result.row.unit)
        what = tr("Đã duyệt") if result.row.state == "accepted" else tr("Đã yêu cầu sửa lại")
        text = tr("{0} kỳ {1} của {2} (lần gửi {3}). Chép tệp {4} cho đơn vị đó.")
        name = found.name if found else result.row.unit
        self.status.setText(
            text.format(what, result.row.period, name, result.row.revision, result.path)
        )
        self.status.show()
        self.decided.emit()
        return result


class DecisionBar(QWidget):
    """At a child: the chosen period's lock, and the parent's decision file taken in."""

    changed = Signal()

    def __init__(self, workspace: Workspace, period_code: Callable[[], str],
                 parent: QWidget | None = None):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.period_code = period_code
        self.lock = status_label("label.exchange.lock_status")
        self.lock.setStyleSheet("font-weight: bold;")
        self.import_button = action_button(tr("Nhận quyết định của cấp trên…"),
                                           "import_decision")  # fmt: skip
        self.import_button.setEnabled(workspace.can(Permission.REPORTS))
        self.import_button.clicked.connect(self._choose)
        self.result = status_label("label.exchange.decision_result")
        self.error = error_label("label.exchange.decision_error")
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.lock)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(self.error)

    def locked(self) -> bool:
        try:
            row = approval.period_state(self.workspace, self.period_code())
        except ServiceError:
            return False
        return row is not None and row.state == "accepted"

    def refresh(self) -> None:
        text = lock_text(self.workspace, self.period_code())
        self.lock.setText(text)
        self.lock.setVisible(bool(text))

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Chọn tệp quyết định của cấp trên"), str(Path.home()), _file_filter()
        )
        if chosen:
            self.import_path(Path(chosen))

    def import_path(self, path: Path) -> approval.ReceivedDecision | None:
        show_error(self.error, "")
        self.result.hide()
        try:
            with busy():
                got = approval.import_decision(self.workspace, Path(path))
        except ServiceError as e:
            show_error(self.error, str(e))
            return None
        if got.status == approval.ADDED:  # what it means is the lock line above
            self.result.setText(tr("Đã nhận quyết định của cấp trên về lần gửi {0}.").format(
                got.row.revision))  # fmt: skip
        else:
            self.result.setText(got.message)
        self.result.show()
        self.refresh()
        self.changed.emit()
        return got


def lock_text(workspace: Workspace, period_code: str) -> str:
    """The chosen period's state at this unit, one sentence; '' when nothing was decided."""
    try:
        row = approval.period_state(workspace, period_code)
    except ServiceError:
        return ""
    if row is None:
        return ""
    if row.state == "accepted":
        return tr("Kỳ {0} đã được cấp trên duyệt ngày {1} (lần gửi {2}): số liệu của kỳ "
                  "bị khóa; muốn sửa cần cấp trên yêu cầu sửa lại.").format(
            row.period, row.decided_on, row.revision)  # fmt: skip
    return tr("Kỳ {0}: cấp trên yêu cầu sửa lại ngày {1}: {2}. Kỳ đã mở khóa; sửa xong thì "
              "gửi lần mới.").format(row.period, row.decided_on, row.reason or "")  # fmt: skip
