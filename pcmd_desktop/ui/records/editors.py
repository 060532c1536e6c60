"""One editor per field type of domain.records, each the named input widget itself
(`field.<record>.<key>`), so tests and screen readers find it.

An editor turns what was typed into a value (`value()`), raising ValueError with the
domain's Vietnamese message when the text cannot be one (a date that does not exist,
money with letters); the rules about values (required, no future date...) stay in the
domain and come back through the form's validation. `state()`/`restore()` keep exactly
what was typed, valid or not, for drafts.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QStyle,
    QWidget,
    QWidgetAction,
)

from pcmd_desktop.domain.display import (
    format_date,
    format_money,
    format_number,
    parse_date,
    parse_money,
    parse_number,
    parse_whole,
)
from pcmd_desktop.domain.records import Field, FieldType, RecordKind
from pcmd_desktop.ui.i18n import tr

LONG_TEXT = {"findings", "note", "summary", "outcome", "purpose", "legal_basis", "content"}


class EditorMixin:
    """What the form asks of every editor."""

    field: Field
    left: Signal  # focus left the editor: time to show its problems

    def value(self) -> object:
        raise NotImplementedError

    def set_value(self, value: object) -> None:
        raise NotImplementedError

    def state(self) -> object:
        """Exactly what is typed or chosen, for a draft."""
        raise NotImplementedError

    def restore(self, state: object) -> None:
        raise NotImplementedError


def _name(widget: QWidget, kind: RecordKind, f: Field) -> None:
    widget.setObjectName(f"field.{kind.name}.{f.key}")
    widget.setAccessibleName(tr(f.label))


class TextEditor(QLineEdit, EditorMixin):
    left = Signal()
    submitted = Signal()

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        _name(self, kind, f)
        self.returnPressed.connect(self.submitted)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def value(self) -> object:
        return self.text().strip() or None

    def set_value(self, value: object) -> None:
        self.setText("" if value is None else str(value))
        self.setCursorPosition(0)  # a long text shows its start

    def state(self) -> object:
        return self.text()

    def restore(self, state: object) -> None:
        self.setText(str(state or ""))


class TextListEditor(TextEditor):
    """A list of short texts typed on one line, separated by ';'."""

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(kind, f, parent)
        self.setPlaceholderText(tr("cách nhau bởi dấu ;"))

    def value(self) -> object:
        items = [p.strip() for p in self.text().split(";") if p.strip()]
        return items or None

    def set_value(self, value: object) -> None:
        self.setText("; ".join(value) if isinstance(value, list) else "")
        self.setCursorPosition(0)


class LongTextEditor(QPlainTextEdit, EditorMixin):
    left = Signal()
    submitted = Signal()

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(parent)
        self.field = f
        _name(self, kind, f)
        self.setTabChangesFocus(True)  # Tab moves on, as in every other field
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if enter and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.submitted.emit()  # Enter is a new line here; Ctrl+Enter saves
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def value(self) -> object:
        return self.toPlainText().strip() or None

    def set_value(self, value: object) -> None:
        self.setPlainText("" if value is None else str(value))

    def state(self) -> object:
        return self.toPlainText()

    def restore(self, state: object) -> None:
        self.setPlainText(str(state or ""))


class DateEditor(TextEditor):
    """A date typed as dd/MM/yyyy (5/2/2018 also works) or picked from a calendar."""

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(kind, f, parent)
        self.setPlaceholderText("dd/mm/yyyy")
        self.setMaxLength(10)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
        pick = QAction(icon, tr("Chọn ngày trên lịch"), self)
        pick.setObjectName(f"action.pick_date.{f.key}")
        pick.triggered.connect(self._pick)
        self.addAction(pick, QLineEdit.ActionPosition.TrailingPosition)

    def _pick(self) -> None:
        menu = QMenu(self)
        calendar = QCalendarWidget(menu)
        calendar.setObjectName("field.calendar.date")
        calendar.setAccessibleName(tr("Lịch"))
        calendar.setMaximumDate(QDate.currentDate())
        try:
            current = self.value()
        except ValueError:
            current = None
        if current:
            d = date.fromisoformat(str(current))
            calendar.setSelectedDate(QDate(d.year, d.month, d.day))
        holder = QWidgetAction(menu)
        holder.setDefaultWidget(calendar)
        menu.addAction(holder)

        def chosen(qd: QDate) -> None:
            self.setText(f"{qd.day():02d}/{qd.month():02d}/{qd.year()}")
            menu.close()
            self.left.emit()

        calendar.clicked.connect(chosen)
        calendar.activated.connect(chosen)
        menu.exec(self.mapToGlobal(self.rect().bottomLeft()))

    def value(self) -> object:
        return parse_date(self.text())  # ValueError: the domain's message

    def set_value(self, value: object) -> None:
        self.setText(format_date(str(value)) if value else "")


class MoneyEditor(TextEditor):
    """Whole đồng, shown with dots between thousands once the field is left."""

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(kind, f, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText("0")

    def focusOutEvent(self, event: QFocusEvent) -> None:
        try:
            amount = parse_money(self.text(), self.field.label)
        except ValueError:
            amount = None  # left as typed; the form shows why
        else:
            self.setText(format_money(amount))
        super().focusOutEvent(event)

    def value(self) -> object:
        return parse_money(self.text(), self.field.label)

    def set_value(self, value: object) -> None:
        self.setText(format_money(value) if value is not None else "")  # type: ignore[arg-type]


class WholeEditor(TextEditor):
    """A count or a year."""

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(kind, f, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaxLength(4 if f.type is FieldType.YEAR else 9)

    def value(self) -> object:
        return parse_whole(self.text(), self.field.label)


class NumberEditor(TextEditor):
    """A plan target: a whole number or a decimal with a comma (12,5)."""

    def value(self) -> object:
        return parse_number(self.text(), self.field.label)

    def set_value(self, value: object) -> None:
        self.setText(format_number(value))  # type: ignore[arg-type]


class BoolEditor(QCheckBox, EditorMixin):
    left = Signal()
    submitted = Signal()

    def __init__(self, kind: RecordKind, f: Field, parent: QWidget | None = None):
        super().__init__(tr(f.label), parent)
        self.field = f
        _name(self, kind, f)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def value(self) -> object:
        return self.isChecked()

    def set_value(self, value: object) -> None:
        self.setChecked(bool(value))

    def state(self) -> object:
        return self.isChecked()

    def restore(self, state: object) -> None:
        self.setChecked(bool(state))


class ChoiceEditor(QComboBox, EditorMixin):
    """Coded values by their labels; an optional field starts empty."""

    left = Signal()
    submitted = Signal()

    def __init__(
        self,
        kind: RecordKind,
        f: Field,
        choices: dict[str, str] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.field = f
        _name(self, kind, f)
        # Coded fields start empty, required or not: a forgotten choice is reported,
        # never silently the first label. Units and indicators (choices given) do not.
        if not f.required or choices is None:
            self.addItem("", None)
        for code, label in (choices or f.choices or {}).items():
            self.addItem(tr(label), code)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.left.emit()

    def value(self) -> object:
        return self.currentData()

    def set_value(self, value: object) -> None:
        index = self.findData(value)
        self.setCurrentIndex(max(index, 0))

    def state(self) -> object:
        return self.currentData()

    def restore(self, state: object) -> None:
        self.set_value(state)
