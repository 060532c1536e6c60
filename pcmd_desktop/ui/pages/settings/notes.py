"""The explanation under a settings section, said the same way in each."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from pcmd_desktop.ui.i18n import tr


def section_note(text: str, *, editable: bool) -> QLabel:
    """A section's explanation, wrapped; to a user who cannot change the setting it also
    says only an admin can."""
    label = QLabel(text + ("" if editable else " " + tr("Chỉ người quản trị thay đổi được.")))
    label.setWordWrap(True)
    return label
