"""The editor of an inspection's violations: one tick per kind, each with a description."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLineEdit, QWidget

from pcmd_desktop.domain.records import Field, RecordKind
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.records.editors import EditorMixin


class ViolationsEditor(QWidget, EditorMixin):
    """Violations found: one tick per kind of violation, each with its own description."""

    left = Signal()
    submitted = Signal()

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        self.setObjectName(f"group.{kind.name}.{f.key}")
        self.setAccessibleName(tr(f.label))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        self.rows: dict[str, tuple[QCheckBox, QLineEdit]] = {}
        for row, (code, label) in enumerate((f.choices or {}).items()):
            box = QCheckBox(tr(label))
            box.setObjectName(f"field.{kind.name}.{f.key}.{code}")
            box.setAccessibleName(f"{tr(f.label)}: {tr(label)}")
            text = QLineEdit()
            text.setObjectName(f"field.{kind.name}.{f.key}.{code}.description")
            text.setAccessibleName(f"{tr('Mô tả')}: {tr(label)}")
            text.setPlaceholderText(tr("mô tả (không bắt buộc)"))
            text.setEnabled(False)
            box.toggled.connect(text.setEnabled)
            box.toggled.connect(lambda _on: self.left.emit())
            grid.addWidget(box, row, 0)
            grid.addWidget(text, row, 1)
            self.rows[code] = (box, text)
        grid.setColumnStretch(1, 1)

    def value(self) -> object:
        out = []
        for code, (box, text) in self.rows.items():
            if box.isChecked():
                item = {"kind": code}
                if text.text().strip():
                    item["description"] = text.text().strip()
                out.append(item)
        return out or None

    def set_value(self, value: object) -> None:
        found = {v.get("kind"): v.get("description") or "" for v in value or []}  # type: ignore[attr-defined]
        for code, (box, text) in self.rows.items():
            box.setChecked(code in found)
            text.setText(found.get(code, ""))

    def state(self) -> object:
        return [[c, b.isChecked(), t.text()] for c, (b, t) in self.rows.items()]

    def restore(self, state: object) -> None:
        for code, checked, text in state or []:  # type: ignore[union-attr]
            if code in self.rows:
                self.rows[code][0].setChecked(bool(checked))
                self.rows[code][1].setText(str(text))
