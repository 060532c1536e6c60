"""The form of one record, built from its kind's field list.

Keyboard first: Tab goes field to field, Enter (Ctrl+Enter in a multi-line box) or Ctrl+S
saves, Ctrl+N starts a new record, Esc reverts after asking when something was changed.
A field's problems show under it once the field is left, in the domain's own words
(RecordService.check); nothing is saved until every problem is gone.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.coerce import Problem
from pcmd_desktop.domain.indicators import INDICATORS
from pcmd_desktop.domain.records import Field, FieldType
from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.records import RecordService, kind_named
from pcmd_desktop.ui.forms import ask, error_label, show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.records.editor_factory import make_editor
from pcmd_desktop.ui.records.editors import EditorMixin

NOTICE_STYLE = "background: #fff4ce; padding: 4px;"


class RecordForm(QWidget):
    saved = Signal(str)  # the record's key
    deleted = Signal(str)
    dirty_changed = Signal(bool)

    def __init__(self, workspace, kind_name: str, parent: QWidget | None = None, *,
                 today: date | None = None):  # fmt: skip
        super().__init__(parent)
        self.workspace = workspace
        self.kind = kind_named(kind_name)
        self.service = RecordService(workspace, today)
        self.today = today
        self.key: str | None = None
        self.touched: set[str] = set()
        self._baseline: dict = {}
        self._was_dirty = False
        self.can_edit = workspace.can(Permission.EDIT_RECORDS)
        sees_personal = workspace.can(Permission.VIEW_PERSONAL)
        sees_confidential = workspace.can(Permission.VIEW_CONFIDENTIAL)  # a tip's informant
        self.setObjectName(f"form.{self.kind.name}")

        self.title = QLabel()
        self.title.setObjectName(f"label.form.{self.kind.name}.title")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.notice = QLabel()
        self.notice.setObjectName(f"label.form.{self.kind.name}.notice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        self.problems = error_label(f"label.form.{self.kind.name}.problems")

        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        units = workspace.record_units()
        indicators = {i.code: i.label for i in INDICATORS}
        for f in self.kind.fields:
            if f.type is FieldType.ID or (f.sensitive and not sees_personal):
                continue
            if f.confidential and not sees_confidential:
                continue
            editor = make_editor(self.kind, f, workspace, units=units, indicators=indicators,
                                 within=self._within_for(f))  # fmt: skip
            self.editors[f.key] = editor
            self.errors[f.key] = error_label(f"label.error.{self.kind.name}.{f.key}")
            cell = QVBoxLayout()
            cell.setSpacing(1)
            cell.addWidget(editor)
            cell.addWidget(self.errors[f.key])
            label = "" if f.type is FieldType.BOOL else self._label(f)
            form.addRow(label, cell)
            editor.left.connect(lambda key=f.key: self._left(key))  # type: ignore[attr-defined]
            editor.submitted.connect(self.save)  # type: ignore[attr-defined]
            self._watch(editor)

        self.save_button = QPushButton(tr("Lưu (Ctrl+S)"))
        self.save_button.setObjectName("action.save")
        self.save_button.clicked.connect(self.save)
        self.new_button = QPushButton(tr("Thêm mới (Ctrl+N)"))
        self.new_button.setObjectName("action.new")
        self.new_button.clicked.connect(self.request_new)
        self.delete_button = QPushButton(tr("Xóa"))
        self.delete_button.setObjectName("action.delete")
        self.delete_button.clicked.connect(self.delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        # Ctrl+S while in the form; Ctrl+N belongs to the panel (list and form).
        save = QAction(self)
        save.setObjectName("action.save.shortcut")
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.notice)
        layout.addWidget(self.problems)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addStretch(1)
        for editor in self.editors.values():
            editor.setEnabled(self.can_edit)
        self.save_button.setVisible(self.can_edit)
        self.new_button.setVisible(self.can_edit)
        self.delete_button.setVisible(self.can_edit)
        self.new()

    # Building ------------------------------------------------------------------------
    @staticmethod
    def _label(f: Field) -> str:
        return tr(f.label) + (" *" if f.required else "")

    def _within_for(self, f: Field):
        # A follow-up, or the inspection a sanction follows: that establishment's, once
        # one is chosen.
        if f.key != "follow_up_of" and not (
            self.kind.name == "sanction" and f.key == "inspection_id"
        ):
            return None

        def within() -> tuple[str, str] | None:
            try:
                est = self.editors["establishment_id"].value()  # type: ignore[attr-defined]
            except ValueError:
                return None
            return ("establishment_id", str(est)) if est else None

        return within

    def _watch(self, editor: QWidget) -> None:
        for w in [editor, *editor.findChildren(QWidget)]:
            if isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._edited)
            elif isinstance(w, QCheckBox):
                w.toggled.connect(self._edited)
            elif hasattr(w, "textChanged"):
                w.textChanged.connect(self._edited)

    # State -------------------------------------------------------------------------
    def _editor(self, key: str) -> EditorMixin:
        return self.editors[key]  # type: ignore[return-value]

    def state(self) -> dict:
        """What is typed in every field, valid or not."""
        return {k: self._editor(k).state() for k in self.editors}

    def is_dirty(self) -> bool:
        return self.can_edit and self.state() != self._baseline

    def _edited(self, *_args) -> None:
        dirty = self.is_dirty()
        if dirty != self._was_dirty:
            self._was_dirty = dirty
            self.dirty_changed.emit(dirty)

    def _set_clean(self) -> None:
        self._baseline = self.state()
        self._was_dirty = False
        self.dirty_changed.emit(False)

    def _show_title(self) -> None:
        what = tr(self.kind.label)
        self.title.setText(tr("Sửa: {0}").format(what) if self.key else
                           tr("Thêm mới: {0}").format(what))  # fmt: skip
        self.delete_button.setEnabled(self.key is not None)

    # Loading -----------------------------------------------------------------------
    def new(self) -> None:
        """An empty form for a new record: this unit, today's date."""
        self.key = None
        defaults: dict = {"unit": self.workspace.unit.code}
        if self.kind.date_field:
            defaults[self.kind.date_field] = (self.today or self.workspace.today()).isoformat()
        for key in self.editors:
            self._editor(key).set_value(defaults.get(key))
        self._clear_problems()
        self.notice.hide()
        self._show_title()
        self._set_clean()

    def load(self, key: str) -> None:
        """Show the saved record `key` (opening a person's file is audited)."""
        record = self.service.get(self.kind.name, key)
        self.key = key
        for k in self.editors:
            self._editor(k).set_value(record.get(k))
        self._clear_problems()
        self.notice.hide()
        self._show_title()
        self._set_clean()

    def restore_draft(self, draft: dict) -> None:
        """Bring back what was typed before the window closed, still unsaved."""
        key = draft.get("key")
        if key:
            try:
                self.load(key)
            except ServiceError:
                self.new()
        else:
            self.new()
        for k, state in (draft.get("state") or {}).items():
            if k in self.editors:
                self._editor(k).restore(state)
        self.notice.setText(tr("Đã khôi phục bản nháp chưa lưu từ lần trước. "
                               "Kiểm tra lại rồi bấm Lưu, hoặc Esc để bỏ."))  # fmt: skip
        self.notice.show()
        self._edited()

    def draft(self) -> dict | None:
        """The unsaved work in the form, or None."""
        if not self.is_dirty():
            return None
        return {"key": self.key, "state": self.state()}

    # Validation --------------------------------------------------------------------
    def _collect(self) -> tuple[dict, list[Problem]]:
        data: dict = {}
        problems: list[Problem] = []
        for key in self.editors:
            try:
                data[key] = self._editor(key).value()
            except ValueError as e:
                problems.append(Problem(key, str(e)))
        return data, problems

    def current_problems(self) -> list[Problem]:
        return self._judge(*self._collect())

    def _judge(self, data: dict, problems: list[Problem]) -> list[Problem]:
        """Fields that could not be read, plus the domain's checks of all the others:
        a bad date does not hide that another field is still missing."""
        unparsed = {p.field for p in problems}
        clean = {k: v for k, v in data.items() if k not in unparsed}
        checked = self.service.check(self.kind.name, clean, self.key)
        return problems + [p for p in checked if p.field not in unparsed]

    def _left(self, key: str) -> None:
        self.touched.add(key)
        if self.workspace.session is None:
            return  # the window is closing after logout: nothing to check against
        if self.can_edit and self.is_dirty():
            self._show(self.current_problems())

    def _clear_problems(self) -> None:
        self.touched.clear()
        self._show([])

    def _show(self, problems: list[Problem]) -> None:
        by_field: dict[str, list[str]] = {}
        general: list[str] = []
        for p in problems:
            if p.field in self.editors and (p.field in self.touched or p.field is None):
                by_field.setdefault(p.field, []).append(p.message)
            elif p.field not in self.editors:
                general.append(p.message)
        for key, label in self.errors.items():
            show_error(label, "\n".join(by_field.get(key, [])))
        show_error(self.problems, "\n".join(general))

    # Actions -----------------------------------------------------------------------
    def save(self) -> bool:
        """Save if valid; else show every problem and keep the focus on the first."""
        if not self.can_edit:
            return False
        data, unread = self._collect()
        problems = self._judge(data, unread)
        if problems:
            self.touched.update(self.editors)
            self._show(problems)
            first = next((p.field for p in problems if p.field in self.editors), None)
            if first:
                self.editors[first].setFocus()
            return False
        for warning in self.service.warnings(self.kind.name, data):
            answer = ask(
                self, tr("Xác nhận"), warning + "\n\n" + tr("Vẫn lưu?"),
                [(QMessageBox.StandardButton.Save, tr("Vẫn lưu")),
                 (QMessageBox.StandardButton.Cancel, tr("Xem lại"))],
                icon=QMessageBox.Icon.Warning, name="dialog.warning",
            )  # fmt: skip
            if answer != QMessageBox.StandardButton.Save:
                return False
        try:
            if self.key is None:
                record = self.service.create(self.kind.name, data)
            else:
                record = self.service.update(self.kind.name, self.key, data)
        except ValidationError as e:
            self.touched.update(self.editors)
            self._show(e.problems)
            return False
        except ServiceError as e:
            show_error(self.problems, str(e))
            return False
        self.key = "/".join(str(record[k]) for k in self.kind.key)
        self._clear_problems()
        self.notice.hide()
        self._show_title()
        self._set_clean()
        self.saved.emit(self.key)
        return True

    def confirm_discard(self) -> bool:
        """True when the form may be left: nothing unsaved, or the user saved or chose to
        drop the changes."""
        if not self.is_dirty():
            return True
        box = QMessageBox(
            QMessageBox.Icon.Question, tr("Chưa lưu"),
            tr("Bạn đã sửa {0} nhưng chưa lưu. Lưu lại trước khi rời?").format(
                tr(self.kind.label).lower()),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setObjectName("dialog.unsaved")
        box.button(QMessageBox.StandardButton.Save).setText(tr("Lưu"))
        box.button(QMessageBox.StandardButton.Discard).setText(tr("Bỏ thay đổi"))
        box.button(QMessageBox.StandardButton.Cancel).setText(tr("Tiếp tục sửa"))
        answer = box.exec()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def request_new(self) -> None:
        if self.confirm_discard():
            self.new()
            first = next(iter(self.editors.values()), None)
            if first is not None:
                first.setFocus()

    def revert(self) -> None:
        """Esc: back to the saved record (or an empty form), after asking."""
        if not self.is_dirty() or not self.confirm_discard():
            return
        if self.key is None:
            self.new()
        else:
            self.load(self.key)

    def delete(self) -> None:
        if self.key is None or not self.can_edit:
            return
        answer = ask(
            self, tr("Xóa"),
            tr("Chuyển bản ghi này vào thùng rác? Có thể khôi phục lại ở trang Thùng rác."),
            [(QMessageBox.StandardButton.Yes, tr("Xóa")),
             (QMessageBox.StandardButton.No, tr("Không xóa"))], name="dialog.delete",
        )  # fmt: skip
        if answer != QMessageBox.StandardButton.Yes:
            return
        key = self.key
        try:
            self.service.delete(self.kind.name, key)
        except ServiceError as e:
            show_error(self.problems, str(e))
            return
        self.new()
        self.deleted.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.revert()
            return
        super().keyPressEvent(event)
