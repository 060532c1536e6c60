"""Tổng quan: the first page of the main window (page.py), with the plan progress
(progress.py), the monthly trend chart (charts.py) and what waits (alerts.py)."""

from __future__ import annotations

from pcmd_desktop.ui.pages.overview.page import OverviewPage

__all__ = ["OverviewPage"]
