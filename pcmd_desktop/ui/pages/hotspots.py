"""Tụ điểm: the hotspot register with each hotspot's derived status, and the patrol log.
A patrol that finds an eradicated hotspot active asks before saving, and the hotspot then
shows as re-activated in every list (services.hotspot_status)."""

from __future__ import annotations

from pcmd_desktop.services.hotspot_status import count_reactivated
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.pages.records_page import RecordsPage


class HotspotsPage(RecordsPage):
    name = "hotspots"
    title = "Tụ điểm"
    tabs_spec = (("hotspot", "Tụ điểm"), ("patrol", "Tuần tra, kiểm soát"))

    def add_tabs(self) -> None:
        # A saved patrol can change a hotspot's status: its list reads it again.
        hotspots = self.panel("hotspot")
        self.panel("patrol").form.saved.connect(
            lambda _key: hotspots.list.refresh(keep=hotspots.form.key)
        )

    @classmethod
    def badge(cls, workspace: Workspace) -> int:
        return count_reactivated(workspace)
