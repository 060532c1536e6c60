"""Tin báo, tố giác (plan II.2.b): tips from the hotline, the mailbox, letters and people
who come in, and what each led to.

Under a tip's form, read-only: the inspections and criminal cases that name it (their own
forms pick the tip, `tip_id`). Who gave the tip (informant_name, informant_contact) is
shown and typed only by an admin; for every other role the form has no such fields and a
save keeps what is stored (services.confidential).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.tips import actions_of
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.records_page import RecordsPage
from pcmd_desktop.ui.records.record_panel import RecordPanel

SHOWN_ACTIONS = 8  # lines under the form; the rest are counted


class TipsPage(RecordsPage):
    name = "tips"
    title = "Tin báo, tố giác"
    tabs_spec = (("tip", "Tin báo, tố giác"),)

    def make_panel(self, kind_name: str) -> RecordPanel:
        below = QWidget()
        box = QVBoxLayout(below)
        box.setContentsMargins(8, 0, 8, 0)
        self.actions_title = QLabel(tr("Kiểm tra, vụ án theo tin báo này"))
        self.actions_title.setObjectName("label.tip_actions.title")
        font = self.actions_title.font()
        font.setBold(True)
        self.actions_title.setFont(font)
        self.actions_text = QLabel()
        self.actions_text.setObjectName("label.tip_actions")
        self.actions_text.setAccessibleName(tr("Kiểm tra, vụ án theo tin báo này"))
        self.actions_text.setWordWrap(True)
        self.secrecy = QLabel(
            tr("Người cung cấp tin chỉ người quản trị xem và ghi; không gửi lên cấp trên, "
               "không có trong tệp bàn giao.")
            if self.workspace.can(Permission.VIEW_CONFIDENTIAL)
            else tr("Thông tin người cung cấp tin được giữ kín: chỉ người quản trị xem và "
                    "ghi. Lưu biểu mẫu không làm mất thông tin đó.")
        )  # fmt: skip
        self.secrecy.setObjectName("label.tip_secrecy")
        self.secrecy.setWordWrap(True)
        self.secrecy.setStyleSheet("color: #555;")
        box.addWidget(self.actions_title)
        box.addWidget(self.actions_text)
        box.addWidget(self.secrecy)
        box.addStretch(1)
        panel = RecordPanel(self.workspace, kind_name, below_form=below)
        # The form's labels are long ("Liên lạc của người cung cấp tin"): the form gets as
        # much room as the list, so what is typed stays readable at 1366x768.
        panel.splitter.setStretchFactor(0, 1)
        panel.splitter.setStretchFactor(1, 1)
        panel.form.saved.connect(lambda _key: self._show_actions())
        # A form loaded or emptied (Ctrl+N) is made clean: its tip's actions follow it.
        panel.form.dirty_changed.connect(lambda dirty: dirty or self._show_actions())
        self._panel = panel
        self._show_actions()
        return panel

    def _show_actions(self) -> None:
        key = self._panel.form.key
        if not key:
            self.actions_text.setText(tr("Lưu tin báo rồi chọn tin báo này ở ô 'Theo tin báo' "
                                         "của biểu mẫu kiểm tra cơ sở hoặc vụ án."))  # fmt: skip
            return
        actions = actions_of(self.workspace, key)
        lines = [actions.summary]
        lines += [f"• {a.text}" for a in actions.all[:SHOWN_ACTIONS]]
        if len(actions.all) > SHOWN_ACTIONS:
            lines.append(tr("… và {0} bản ghi khác").format(len(actions.all) - SHOWN_ACTIONS))
        self.actions_text.setText("\n".join(lines))

    def refresh(self) -> None:
        super().refresh()
        self._show_actions()
