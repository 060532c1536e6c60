"""The pages of the main window, in navigation order (Ctrl+1 … Ctrl+0)."""

from __future__ import annotations

from pcmd_desktop.ui.pages.audit import AuditPage
from pcmd_desktop.ui.pages.base import Page
from pcmd_desktop.ui.pages.overview import OverviewPage
from pcmd_desktop.ui.pages.placeholders import (
    ActivitiesPage,
    ExchangePage,
    HotspotsPage,
    InspectionsPage,
    PersonsPage,
    PlanPage,
    ReportsPage,
    SanctionsPage,
)
from pcmd_desktop.ui.pages.settings import SettingsPage

PAGES: tuple[type[Page], ...] = (
    OverviewPage,
    InspectionsPage,
    HotspotsPage,
    PersonsPage,
    ActivitiesPage,
    SanctionsPage,
    PlanPage,
    ReportsPage,
    ExchangePage,
    SettingsPage,
    AuditPage,
)

__all__ = ["PAGES", "Page"]
