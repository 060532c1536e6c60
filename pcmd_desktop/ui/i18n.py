"""The language of the window. Vietnamese is the source language of every string; English
comes from Qt's translation file resources/translations/pcmd_en.ts.

`tr(text)` is how the UI marks a string for translation; domain labels (field and choice
labels, which live below the UI and cannot import Qt) go through `tr` where they are shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "pcmd"


def tr(text: str, context: str = CONTEXT) -> str:
    """`text` in the chosen language (itself when no translation is installed)."""
    return QCoreApplication.translate(context, text)
