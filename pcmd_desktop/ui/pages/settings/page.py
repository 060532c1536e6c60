"""The settings page: its sections, each shown only to the roles that may use it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout, QWidget

from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.pages.settings.backup_section import BackupSection
from pcmd_desktop.ui.pages.settings.language_section import LanguageSection
from pcmd_desktop.ui.pages.settings.period_section import PeriodSection
from pcmd_desktop.ui.pages.settings.report_section import ReportSection
from pcmd_desktop.ui.pages.settings.security_section import SecuritySection
from pcmd_desktop.ui.pages.settings.units_section import UnitsSection
from pcmd_desktop.ui.pages.settings.users_section import UsersSection


class SettingsPage(Page):
    name = "settings"
    title = "Cài đặt"

    idle_minutes_changed = Signal(int)
    cutoff_changed = Signal(str)
    restored = Signal()  # a backup was put in place: the workspace is closed
    unit_changed = Signal()  # a unit list was loaded or the database re-homed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(tr(self.title)))

        is_admin = workspace.can(Permission.SETTINGS)
        self.backup_section = BackupSection(workspace, can_restore=is_admin)
        self.backup_section.restored.connect(self.restored)
        layout.addWidget(self.backup_section)
        self.security_section = SecuritySection(workspace, editable=is_admin)
        self.security_section.idle_minutes_changed.connect(self.idle_minutes_changed)
        layout.addWidget(self.security_section)
        self.period_section = PeriodSection(workspace, editable=is_admin)
        self.period_section.cutoff_changed.connect(self.cutoff_changed)
        layout.addWidget(self.period_section)
        self.report_section = ReportSection(workspace, editable=is_admin)
        layout.addWidget(self.report_section)
        self.units_section = UnitsSection(workspace, editable=is_admin)
        self.units_section.unit_changed.connect(self.unit_changed)
        layout.addWidget(self.units_section)
        self.language_section = LanguageSection()
        layout.addWidget(self.language_section)
        self.users_section: UsersSection | None = None
        if workspace.can(Permission.MANAGE_USERS):
            self.users_section = UsersSection(workspace)
            layout.addWidget(self.users_section)
        layout.addStretch(1)

    def refresh(self) -> None:
        self.backup_section.refresh()
        if self.users_section is not None:
            self.users_section.refresh()
