"""A page made of record panels, one tab each (e.g. hotspots and their patrols)."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.base import Page, heading
from pcmd_desktop.ui.records.record_panel import RecordPanel


class RecordsPage(Page):
    """Subclasses list their tabs as (record kind, tab title)."""

    tabs_spec: ClassVar[tuple[tuple[str, str], ...]] = ()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.panels: dict[str, RecordPanel] = {}
        self.tabs = QTabWidget()
        self.tabs.setObjectName(f"tabs.{self.name}")
        self.tabs.setDocumentMode(True)
        for kind_name, title in self.tabs_spec:
            panel = self.make_panel(kind_name)
            panel.form.saved.connect(lambda _key: self.changed.emit())
            panel.form.deleted.connect(lambda _key: self.changed.emit())
            self.panels[panel.name] = panel
            self.tabs.addTab(panel, tr(title))
        self.add_tabs()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        if len(self.tabs_spec) == 1:
            layout.addWidget(heading(tr(self.title)))
        layout.addWidget(self.tabs, 1)

    def make_panel(self, kind_name: str) -> RecordPanel:
        return RecordPanel(self.workspace, kind_name)

    def add_tabs(self) -> None:
        """More tabs than plain record panels (history, follow-ups due)."""

    def panel(self, name: str) -> RecordPanel:
        return self.panels[name]

    def show_panel(self, name: str) -> RecordPanel:
        panel = self.panels[name]
        self.tabs.setCurrentWidget(panel)
        return panel

    def refresh(self) -> None:
        for panel in self.panels.values():
            if not panel.form.is_dirty():
                panel.list.refresh(keep=panel.form.key)

    def save_drafts(self) -> None:
        for panel in self.panels.values():
            panel.save_draft()
