"""The pages of the main window, in navigation order (Ctrl+1 … Ctrl+0)."""

from __future__ import annotations

from pcmd_desktop.ui.pages.audit import AuditPage
from pcmd_desktop.ui.pages.base import Page
from pcmd_desktop.ui.pages.exchange import ExchangePage
from pcmd_desktop.ui.pages.hotspots import HotspotsPage
from pcmd_desktop.ui.pages.inspections import InspectionsPage
from pcmd_desktop.ui.pages.overview import OverviewPage
from pcmd_desktop.ui.pages.plan import PlanPage
from pcmd_desktop.ui.pages.reports import ReportsPage
from pcmd_desktop.ui.pages.settings import SettingsPage
from pcmd_desktop.ui.pages.simple_pages import (
    ActivitiesPage,
    PersonsPage,
    SanctionsPage,
)
from pcmd_desktop.ui.pages.tips import TipsPage
from pcmd_desktop.ui.pages.trash import TrashPage
from pcmd_desktop.ui.pages.volunteers import VolunteersPage

PAGES: tuple[type[Page], ...] = (
    OverviewPage,
    InspectionsPage,
    HotspotsPage,
    PersonsPage,
    ActivitiesPage,
    VolunteersPage,
    SanctionsPage,
    TipsPage,
    PlanPage,
    ReportsPage,
    ExchangePage,
    TrashPage,
    SettingsPage,
    AuditPage,
)

__all__ = ["PAGES", "Page"]
