"""Chấm điểm lành mạnh: a commune's yearly assessment sheet (plan III.15), one row per
criterion of domain.assessment with its maximum and a spin box for the score, the live
total and result, then who assessed it and when. The year is the Kế hoạch page's; at a
district or the city a commune is chosen first. Saving writes one commune_assessment
record through services.assessment (validated, audited). A sheet still changed when the
window closes goes into the Kế hoạch page's draft (`draft_state`, `restore`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.assessment import CRITERIA, MAX_TOTAL, PASS_TOTAL
from pcmd_desktop.domain.records import KINDS
from pcmd_desktop.domain.validation import ValidationError
from pcmd_desktop.services import assessment
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import Permission
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, may_leave, show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.records.editors import DateEditor, LongTextEditor, TextEditor

KIND = KINDS["commune_assessment"]
_GOOD, _BAD = "color: #1b5e20;", "color: #b71c1c;"


class AssessmentTab(QWidget):
    saved = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("tab.commune_assessment")
        self.workspace = workspace
        self.year = 0
        self.unit: str | None = None
        self.stored: dict | None = None
        self.can_edit = workspace.can(Permission.EDIT_RECORDS)

        self.commune = QComboBox()
        self.commune.setObjectName("field.commune_assessment.unit")
        self.commune.setAccessibleName(tr("Xã, phường được chấm điểm"))
        self.commune.setMinimumContentsLength(24)
        self.commune_label = QLabel(tr("Xã, phường:"))
        self.commune_label.setBuddy(self.commune)
        self.title = QLabel()
        self.title.setObjectName("label.commune_assessment.title")
        self.title.setStyleSheet("font-weight: bold;")
        top = QHBoxLayout()
        top.addWidget(self.commune_label)
        top.addWidget(self.commune)
        top.addWidget(self.title, 1)

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for col, text in enumerate((tr("Tiêu chí"), tr("Điểm tối đa"), tr("Điểm chấm"))):
            head = QLabel(text)
            head.setStyleSheet("font-weight: bold;")
            grid.addWidget(head, 0, col)
        self.scores: dict[str, QSpinBox] = {}
        for row, c in enumerate(CRITERIA, 1):
            text = f"{row}. {tr(c.label)}"
            if c.must_be_full:
                text += " " + tr("(phải đạt đủ điểm)")
            label = QLabel(text)
            label.setWordWrap(True)
            spin = QSpinBox()
            spin.setObjectName(f"field.commune_assessment.{c.field}")
            spin.setAccessibleName(tr(c.label))
            spin.setRange(0, c.max_score)
            spin.setAlignment(Qt.AlignmentFlag.AlignRight)
            spin.setMinimumWidth(70)
            label.setBuddy(spin)
            spin.valueChanged.connect(self._update_total)
            grid.addWidget(label, row, 0)
            grid.addWidget(QLabel(str(c.max_score)), row, 1, Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(spin, row, 2)
            self.scores[c.field] = spin
        grid.setColumnStretch(0, 1)
        self.total = QLabel()
        self.total.setObjectName("label.commune_assessment.total")
        self.total.setStyleSheet("font-weight: bold;")
        self.result = QLabel()
        self.result.setObjectName("label.commune_assessment.result")
        self.result.setWordWrap(True)
        rule = QLabel(tr("Đạt khi tổng điểm từ {0}/{1} trở lên và tiêu chí 1 đạt đủ điểm.")
                      .format(PASS_TOTAL, MAX_TOTAL))  # fmt: skip
        rule.setWordWrap(True)
        rule.setStyleSheet("color: palette(mid);")

        self.assessed_on = DateEditor(KIND, KIND.field("assessed_on"))
        self.assessed_by = TextEditor(KIND, KIND.field("assessed_by"))
        self.note = LongTextEditor(KIND, KIND.field("note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(56)
        form = QFormLayout()
        form.addRow(tr("Ngày chấm điểm"), self.assessed_on)
        form.addRow(tr("Hội đồng, người chấm"), self.assessed_by)
        form.addRow(tr("Ghi chú"), self.note)

        self.error = error_label("label.commune_assessment.problems")
        self.status = QLabel()
        self.status.setObjectName("label.commune_assessment.status")
        self.status.setWordWrap(True)
        self.save_button = QPushButton(tr("Lưu phiếu chấm điểm (Ctrl+S)"))
        self.save_button.setObjectName("action.save_commune_assessment")
        self.save_button.clicked.connect(self.save)
        shortcut = QAction(self)  # Ctrl+S while in the sheet
        shortcut.setObjectName("action.save_commune_assessment.shortcut")
        shortcut.setShortcut(QKeySequence.StandardKey.Save)
        shortcut.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.triggered.connect(self.save)
        self.addAction(shortcut)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.save_button)

        sheet = QWidget()
        inner = QVBoxLayout(sheet)
        inner.setContentsMargins(0, 0, 8, 0)
        inner.addLayout(grid)
        inner.addWidget(self.total)
        inner.addWidget(self.result)
        inner.addWidget(rule)
        inner.addLayout(form)
        inner.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("scroll.commune_assessment")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(sheet)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.error)
        layout.addWidget(scroll, 1)
        layout.addLayout(buttons)
        for w in (*self.scores.values(), self.assessed_on, self.assessed_by, self.note):
            w.setEnabled(self.can_edit)
        self.save_button.setVisible(self.can_edit)  # parented now: never a window
        self.commune.currentIndexChanged.connect(self._commune_chosen)

    # The year and the commune ---------------------------------------------------------

    def show_year(self, year: int) -> None:
        self.year = year
        communes = assessment.communes(self.workspace, year)
        keep = self.unit
        self.commune.blockSignals(True)
        self.commune.clear()
        for code, name in communes:
            self.commune.addItem(name, code)
        index = self.commune.findData(keep) if keep else -1
        self.commune.setCurrentIndex(max(index, 0))
        self.commune.blockSignals(False)
        several = len(communes) > 1
        self.commune.setVisible(several)
        self.commune_label.setVisible(several)
        self._load(self.commune.currentData())

    def _commune_chosen(self, _index: int) -> None:
        code = self.commune.currentData()
        if code == self.unit:
            return
        if not self.confirm_leave():
            self.commune.blockSignals(True)
            self.commune.setCurrentIndex(max(self.commune.findData(self.unit), 0))
            self.commune.blockSignals(False)
            return
        self._load(code)

    def _load(self, unit: str | None) -> None:
        self.unit = unit
        self.stored = assessment.sheet(self.workspace, unit, self.year) if unit else None
        rec = self.stored or {}
        for c in CRITERIA:
            self.scores[c.field].blockSignals(True)
            self.scores[c.field].setValue(int(rec.get(c.field) or 0))
            self.scores[c.field].blockSignals(False)
        self.assessed_on.set_value(rec.get("assessed_on"))
        self.assessed_by.set_value(rec.get("assessed_by"))
        self.note.set_value(rec.get("note"))
        name = self.commune.currentText() or (unit or "")
        self.title.setText(tr("Phiếu chấm điểm năm {0}: {1}").format(self.year, name))
        if self.stored is None:
            self.status.setText(tr("Chưa có phiếu chấm điểm năm {0}.").format(self.year))
        else:
            self.status.setText(tr("Đã lưu phiếu chấm điểm năm {0}.").format(self.year))
        show_error(self.error, "")
        self._update_total()

    # The sheet ------------------------------------------------------------------------

    def typed_scores(self) -> dict[str, int]:
        return {field: spin.value() for field, spin in self.scores.items()}

    def _update_total(self) -> None:
        result = assessment.result_of(self.typed_scores())
        self.total.setText(tr("Tổng điểm: {0}/{1}").format(result.total, MAX_TOTAL))
        self.result.setText(tr("Kết quả: {0}").format(result.text_in(tr)))
        self.result.setStyleSheet(_GOOD if result.clean else _BAD)

    def _typed(self) -> dict:
        """What the sheet holds; ValueError (the domain's message) for a bad date."""
        return {**self.typed_scores(), "assessed_on": self.assessed_on.value(),
                "assessed_by": self.assessed_by.value(), "note": self.note.value()}  # fmt: skip

    def is_dirty(self) -> bool:
        if not self.can_edit or self.unit is None:
            return False
        try:
            typed = self._typed()
        except ValueError:
            return True
        if self.stored is None:
            return any(typed.values())
        return any(self.stored.get(k) != v for k, v in typed.items())

    def confirm_leave(self) -> bool:
        """True when the sheet may be left: unchanged, saved, or its changes dropped."""
        question = tr("Phiếu chấm điểm năm {0} đã sửa nhưng chưa lưu. Lưu trước khi chuyển?")
        return may_leave(self, question.format(self.year), dirty=self.is_dirty(), save=self.save)

    def save(self) -> bool:
        if self.unit is None:
            return False
        try:
            typed = self._typed()
            assessment.save_sheet(self.workspace, self.unit, self.year, typed)
        except ValidationError as e:
            show_error(self.error, "\n".join(p.message for p in e.problems))
            return False
        except (ValueError, ServiceError) as e:  # a date that cannot be one; refused
            show_error(self.error, str(e))
            return False
        self._load(self.unit)
        self.status.setText(tr("Đã lưu phiếu chấm điểm năm {0}.").format(self.year))
        self.saved.emit()
        return True

    # Drafts: the page keeps them (one draft for the year's tabs) -----------------------

    def draft_state(self) -> dict | None:
        """The sheet as typed (dates too, even one that is not a date), None if unchanged."""
        if not self.is_dirty():
            return None
        typed = {
            "scores": self.typed_scores(),
            "assessed_on": self.assessed_on.text(),
            "assessed_by": self.assessed_by.text(),
            "note": self.note.toPlainText(),
        }
        return {"unit": self.unit, "typed": typed}

    def restore(self, draft: dict) -> None:
        """Show the draft's commune (the year is already the draft's) as it was typed."""
        index = self.commune.findData(draft.get("unit"))
        typed = draft.get("typed")
        if index < 0 or not isinstance(typed, dict):
            return  # the commune is no longer one of this year's
        self.commune.setCurrentIndex(index)
        scores = typed.get("scores") if isinstance(typed.get("scores"), dict) else {}
        for field, spin in self.scores.items():
            value = scores.get(field)
            spin.setValue(value if isinstance(value, int) else 0)
        self.assessed_on.setText(str(typed.get("assessed_on") or ""))
        self.assessed_by.setText(str(typed.get("assessed_by") or ""))
        self.note.setPlainText(str(typed.get("note") or ""))
        self.status.setText(tr("Đã khôi phục phiếu chấm điểm chưa lưu từ lần trước. Kiểm tra "
                               "lại rồi bấm Lưu phiếu chấm điểm."))  # fmt: skip
