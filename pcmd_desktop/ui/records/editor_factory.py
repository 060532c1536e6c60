"""The editor for each field type of domain.records."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from pcmd_desktop.domain.records import Field, FieldType, RecordKind
from pcmd_desktop.domain.units import unit_label
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.records.editors import (
    LONG_TEXT,
    BoolEditor,
    ChoiceEditor,
    DateEditor,
    LongTextEditor,
    MoneyEditor,
    NumberEditor,
    TextEditor,
    TextListEditor,
    WholeEditor,
)
from pcmd_desktop.ui.records.ref_editor import RefEditor
from pcmd_desktop.ui.records.violations_editor import ViolationsEditor


def make_editor(kind: RecordKind, f: Field, workspace: Workspace, **options: object) -> QWidget:
    """The editor for field `f` of `kind`."""
    t = f.type
    if t is FieldType.DATE:
        return DateEditor(kind, f)
    if t is FieldType.MONEY:
        return MoneyEditor(kind, f)
    if t in (FieldType.INT, FieldType.YEAR):
        return WholeEditor(kind, f)
    if t is FieldType.NUMBER:
        return NumberEditor(kind, f)
    if t is FieldType.BOOL:
        return BoolEditor(kind, f)
    if t is FieldType.CHOICE:
        return ChoiceEditor(kind, f)
    if t is FieldType.UNIT:
        units = {u.code: unit_label(u) for u in options["units"]}  # type: ignore[attr-defined]
        return ChoiceEditor(kind, f, units)
    if t is FieldType.INDICATOR:
        return ChoiceEditor(kind, f, options["indicators"])  # type: ignore[arg-type]
    if t is FieldType.REF:
        return RefEditor(kind, f, workspace, within=options.get("within"))  # type: ignore[arg-type]
    if t is FieldType.TEXT_LIST:
        return TextListEditor(kind, f)
    if t is FieldType.VIOLATIONS:
        return ViolationsEditor(kind, f)
    if t is FieldType.TEXT and f.key in LONG_TEXT:
        return LongTextEditor(kind, f)
    return TextEditor(kind, f)
