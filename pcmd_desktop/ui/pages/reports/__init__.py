"""Báo cáo: the period report's narrative, preview, printing and saving as PDF or Excel."""

from pcmd_desktop.ui.pages.reports.page import ReportsPage

__all__ = ["ReportsPage"]
