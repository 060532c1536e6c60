"""Cài đặt: backups, security, the language and (for admins) users."""

from pcmd_desktop.ui.pages.settings.page import SettingsPage

__all__ = ["SettingsPage"]
