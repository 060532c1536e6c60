"""Nộp và tổng hợp báo cáo: the upward file, the files of the child units and the keys."""

from pcmd_desktop.ui.pages.exchange.page import ExchangePage

__all__ = ["ExchangePage"]
