"""The editor of a reference: a record picked by typing part of its name."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QStringListModel, Qt, QTimer
from PySide6.QtWidgets import QCompleter, QWidget

from pcmd_desktop.domain.records import Field, RecordKind
from pcmd_desktop.services.ref_lookup import find_refs, ref_label
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.records.editors import TextEditor


class RefEditor(TextEditor):
    """A record picked by typing part of its name: the matches drop down as one types
    (case and tones ignored); Down and Enter, or a click, take one."""

    def __init__(
        self,
        kind: RecordKind,
        f: Field,
        workspace: Workspace,
        parent: QWidget | None = None,
        within: Callable[[], tuple[str, str] | None] | None = None,
    ):
        super().__init__(kind, f, parent)
        assert f.ref is not None
        self.workspace = workspace
        self.ref_kind = f.ref
        self.within = within
        self._id: str | None = None
        self._choices: dict[str, str] = {}  # label -> id
        self.setPlaceholderText(tr("gõ một phần tên để tìm"))
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.activated.connect(self._chosen)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.refresh_choices)
        self.textEdited.connect(self._typed)

    def _typed(self, _text: str) -> None:
        self._id = None
        self._timer.start()

    def refresh_choices(self) -> None:
        within = self.within() if self.within else None
        found = find_refs(self.workspace, self.ref_kind, self.text(), within=within)
        self._choices = {c.label: c.id for c in found}
        self._model.setStringList(list(self._choices))
        if self.hasFocus() and found:
            self.completer().complete()

    def _chosen(self, label: str) -> None:
        self._id = self._choices.get(label)
        self.setText(label)

    def value(self) -> object:
        if self._id is not None:
            return self._id
        text = self.text().strip()
        if not text:
            return None
        if text in self._choices:
            return self._choices[text]
        if not self._choices:
            self.refresh_choices()
        if len(self._choices) == 1:  # typed enough to name exactly one
            return next(iter(self._choices.values()))
        raise ValueError(
            f"{self.field.label}: chọn một mục trong danh sách gợi ý "
            f"('{text}' khớp {len(self._choices)} mục)"
        )

    def set_value(self, value: object) -> None:
        self._id = str(value) if value else None
        self.setText(ref_label(self.workspace, self.ref_kind, self._id) if self._id else "")
        self.setCursorPosition(0)  # the start of a long label: the name

    def state(self) -> object:
        return {"id": self._id, "text": self.text()}

    def restore(self, state: object) -> None:
        if isinstance(state, dict):
            self._id = state.get("id")
            self.setText(str(state.get("text") or ""))
