"""Khóa đơn vị: this unit's key card (to save and read out on the phone) and the cards of
the neighbouring units it trusts; an admin trusts a new card after comparing its
fingerprint, and a changed key only after a second, explicit confirmation."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services import unit_keys
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui import forms
from pcmd_desktop.ui.forms import error_label, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.pages.exchange.common import (
    action_button,
    fill_row,
    status_label,
    table,
    write_or_say,
)

TRUSTED_HEADERS = [tr_noop("Mã"), tr_noop("Đơn vị"), tr_noop("Dấu vân tay")]

YES = QMessageBox.StandardButton.Yes
CANCEL = QMessageBox.StandardButton.Cancel


class KeysTab(QWidget):
    trusted_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        title = QLabel(tr("Dấu vân tay khóa của đơn vị này (đọc cho đơn vị kia qua điện thoại):"))
        title.setWordWrap(True)
        self.fingerprint = QLabel()
        self.fingerprint.setObjectName("label.exchange.fingerprint")
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(font.pointSizeF() * 2)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.export_button = action_button(tr("Lưu thẻ khóa…"), "export_card")
        self.export_button.setEnabled(workspace.can(Permission.REPORTS))
        self.export_button.clicked.connect(self._choose_and_save)
        self.trust_button = action_button(tr("Tin cậy thẻ khóa…"), "trust_card")
        self.trust_button.setEnabled(workspace.can(Permission.MANAGE_USERS))
        if not self.trust_button.isEnabled():
            self.trust_button.setToolTip(tr("Chỉ người quản trị được tin cậy thẻ khóa."))
        self.trust_button.clicked.connect(self._choose_and_trust)
        self.status = status_label("label.exchange.key_status")
        self.error = error_label("label.exchange.key_error")
        self.trusted_table = table("table.trusted_keys", tr("Đơn vị đã tin cậy"),
                                   TRUSTED_HEADERS)  # fmt: skip
        own_row = QHBoxLayout()
        own_row.addWidget(self.fingerprint)
        own_row.addStretch(1)
        own_row.addWidget(self.export_button)
        trust_row = QHBoxLayout()
        trust_row.addWidget(QLabel(tr("Đơn vị đã tin cậy:")))
        trust_row.addStretch(1)
        trust_row.addWidget(self.trust_button)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(own_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(trust_row)
        layout.addWidget(self.trusted_table, 1)
        self.refresh()

    def refresh(self) -> None:
        try:
            card = unit_keys.own_card(self.workspace)
            self.fingerprint.setText(card.fingerprint)
            cards = unit_keys.trusted(self.workspace)
        except ServiceError as e:
            show_error(self.error, str(e))
            return
        self.trusted_table.setRowCount(len(cards))
        for row, c in enumerate(cards):
            fill_row(self.trusted_table, row, [c.unit, c.unit_name, c.fingerprint])
        self.trusted_table.resizeColumnsToContents()

    def trusted_units(self) -> list[str]:
        return [self.trusted_table.item(r, 0).text() for r in range(self.trusted_table.rowCount())]

    # This unit's card --------------------------------------------------------------------
    def _choose_and_save(self) -> None:
        name = f"the-khoa-{self.workspace.unit.code}.json"
        chosen, _ = QFileDialog.getSaveFileName(
            self, tr("Lưu thẻ khóa của đơn vị"), str(Path.home() / name),
            tr("Thẻ khóa PCMD (*.json)"),
        )  # fmt: skip
        if chosen:
            self.save_card(Path(chosen))

    def save_card(self, path: Path) -> bool:
        card = write_or_say(self.error, path, lambda: unit_keys.write_card(self.workspace, path))
        if card is None:
            return False
        self._say(tr("Đã lưu thẻ khóa vào {0}. Gửi thẻ cho đơn vị kia và đọc dấu vân tay "
                     "qua điện thoại để họ đối chiếu.").format(path))  # fmt: skip
        return True

    # Other units' cards ------------------------------------------------------------------
    def _choose_and_trust(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, tr("Chọn thẻ khóa của đơn vị cấp trên hoặc cấp dưới"), str(Path.home()),
            tr("Thẻ khóa PCMD (*.json);;Mọi tệp (*)"),
        )  # fmt: skip
        if chosen:
            self.trust_path(Path(chosen))

    def trust_path(self, path: Path, confirm: bool = True) -> str | None:
        """Read the card in `path` and trust it: with `confirm`, after the user compared
        its fingerprint (and, for a changed key, confirmed again). Without `confirm` a
        changed key is never replaced. The trust_card result, None when not trusted."""
        show_error(self.error, "")
        self.status.hide()
        try:
            card = unit_keys.read_card(path, self.workspace)
            known = {c.unit: c for c in unit_keys.trusted(self.workspace)}
        except ServiceError as e:
            show_error(self.error, str(e))
            return None
        old = known.get(card.unit)
        changed = old is not None and old.fingerprint != card.fingerprint
        name = card.unit_name or card.unit
        if confirm and (old is None or changed):
            text = tr("Thẻ khóa của {0} (mã {1}).\n\nDấu vân tay: {2}\n\nChỉ tin cậy khi dấu "
                      "vân tay này khớp đủ với dấu vân tay đơn vị đó đọc qua điện thoại.").format(
                name, card.unit, card.fingerprint)  # fmt: skip
            if self._ask(tr("Tin cậy thẻ khóa"), text, tr("Tin cậy")) != YES:
                return None
            if changed:
                text = tr("Khóa của đơn vị {0} đã thay đổi: dấu vân tay cũ {1}, mới {2}. Chỉ "
                          "thay khi đã gọi điện xác nhận đơn vị đã làm khóa mới. Thay khóa?"
                          ).format(name, old.fingerprint, card.fingerprint)  # fmt: skip
                if self._ask(tr("Khóa đã thay đổi"), text, tr("Thay khóa"),
                             QMessageBox.Icon.Warning) != YES:  # fmt: skip
                    return None
        try:
            result = unit_keys.trust_card(self.workspace, card, replace=confirm and changed)
        except ServiceError as e:
            show_error(self.error, str(e))
            return None
        messages = {
            unit_keys.ADDED: tr("Đã tin cậy khóa của {0} ({1})."),
            unit_keys.UNCHANGED: tr("Khóa của {0} ({1}) đã được tin cậy từ trước."),
            unit_keys.REPLACED: tr("Đã thay khóa của {0} ({1})."),
        }
        self._say(messages[result].format(name, card.fingerprint))
        self.refresh()
        if result != unit_keys.UNCHANGED:
            self.trusted_changed.emit()
        return result

    def _ask(
        self, title: str, text: str, yes: str, icon: QMessageBox.Icon = QMessageBox.Icon.Question
    ) -> QMessageBox.StandardButton:
        return forms.ask(self, title, text, [(YES, yes), (CANCEL, tr("Hủy"))], icon=icon,
                         name="dialog.trust_card")  # fmt: skip

    def _say(self, text: str) -> None:
        self.status.setText(text)
        self.status.show()
