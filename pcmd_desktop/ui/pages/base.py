"""What every page of the main window shares: a name, a title, the workspace it shows."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr


class Page(QWidget):
    """A page of the main window. Subclasses set `name` (objectName `page.<name>`) and
    `title` (its label in the navigation column, in Vietnamese: shown through `tr`)."""

    changed = Signal()  # records changed: counts elsewhere may be stale

    name: ClassVar[str] = ""
    title: ClassVar[str] = ""
    permission: ClassVar[Permission] = Permission.READ  # needed to see the page at all

    @classmethod
    def allowed(cls, workspace: Workspace) -> bool:
        return workspace.can(cls.permission)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setObjectName(f"page.{self.name}")
        self.setAccessibleName(tr(self.title))

    def refresh(self) -> None:
        """Reload what the page shows; called each time the page is brought forward."""

    def save_drafts(self) -> None:
        """Keep unsaved forms as drafts; called when the window closes."""

    @classmethod
    def badge(cls, workspace: Workspace) -> int:
        """How many things wait on this page (shown beside its title); 0 for none.
        A class method: the page need not be built to count."""
        return 0


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    """A page title in a larger, bold font."""
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    label.setObjectName("label.page.title")
    return label


class PlaceholderPage(Page):
    """A page still to be built: its title and what it will hold (`description`, in
    Vietnamese: shown through `tr`)."""

    description: ClassVar[str] = ""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.addWidget(heading(tr(self.title)))
        text = QLabel(tr(self.description) + " " + tr("Trang này có ở phiên bản sắp tới."))
        text.setObjectName("label.page.description")
        text.setWordWrap(True)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(text)
        layout.addStretch(1)
