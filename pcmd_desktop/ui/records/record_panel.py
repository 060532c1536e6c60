"""A record list with the selected record's form beside it, so an officer never loses the
list while editing (DESIGN.md section 8). Leaving a changed form (another row, a new
record, Esc) asks first; a form still changed when the window closes is kept as a draft
and offered again next time."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget

from pcmd_desktop.services import drafts
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.records.record_form import RecordForm
from pcmd_desktop.ui.records.record_list_view import RecordListView


class RecordPanel(QWidget):
    def __init__(self, workspace: Workspace, kind_name: str, parent: QWidget | None = None,
                 *, name: str = "", below_form: QWidget | None = None,
                 **fixed: object):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.kind_name = kind_name
        self.name = name or kind_name
        self.setObjectName(f"panel.{self.name}")
        self.list = RecordListView(workspace, kind_name, name=self.name, **fixed)
        self.form = RecordForm(workspace, kind_name)
        self.list.current_changed.connect(self._row_chosen)
        self.list.table.opened.connect(self.focus_form)
        self.form.saved.connect(self._saved)
        self.form.deleted.connect(lambda _key: self.list.refresh())

        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.form)
        if below_form is not None:
            side_layout.addWidget(below_form, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(side)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(self.fontMetrics().averageCharWidth() * 58)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName(f"splitter.{self.name}")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(scroll)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        # Ctrl+N from the list as well as from the form: the panel owns it.
        new = QAction(self)
        new.setObjectName("action.new.shortcut")
        new.setShortcut(QKeySequence.StandardKey.New)
        new.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.triggered.connect(self.new_record)
        self.addAction(new)
        self._restore_draft()

    @property
    def draft_name(self) -> str:
        return f"form.{self.name}"

    def _row_chosen(self, key: str | None) -> None:
        if key is None or key == self.form.key:
            return
        if self.form.confirm_discard():
            self.form.load(key)
        elif self.form.key is not None:
            self.list.select(self.form.key)  # stay on the record being edited

    def _saved(self, key: str) -> None:
        with contextlib.suppress(ServiceError):  # a viewer has no drafts
            drafts.discard_draft(self.workspace, self.draft_name)
        self.list.refresh(keep=key)

    def focus_form(self) -> None:
        first = next(iter(self.form.editors.values()), None)
        if first is not None:
            first.setFocus()

    def new_record(self) -> None:
        if self.form.can_edit:
            self.form.request_new()

    # Drafts ----------------------------------------------------------------------------
    def save_draft(self) -> None:
        """Keep unsaved work for next time (called when the window closes)."""
        state = self.form.draft()
        try:
            if state is None:
                drafts.discard_draft(self.workspace, self.draft_name)
            else:
                drafts.save_draft(self.workspace, self.draft_name, state)
        except ServiceError:
            pass  # a viewer has nothing to keep

    def _restore_draft(self) -> None:
        try:
            draft = drafts.load_draft(self.workspace, self.draft_name)
        except ServiceError:
            return
        if draft:
            self.form.restore_draft(draft)
