"""Kế hoạch: the year's plan targets, the communes' PCMD model and clean-commune status,
and the budget entries."""

from pcmd_desktop.ui.pages.plan.page import PlanPage

__all__ = ["PlanPage"]
