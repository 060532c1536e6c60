"""Nhật ký truy cập (admins only)."""

from pcmd_desktop.ui.pages.audit.page import AuditPage

__all__ = ["AuditPage"]
