"""The year's plan targets against what is done so far: one row per target, with a bar
capped at 100 % (the real percentage written on it) and a mark when the row is behind
the pace of the year (services.dashboard.TargetProgress.behind)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.display import format_decimal, format_number
from pcmd_desktop.domain.indicators import BY_CODE, INDICATORS
from pcmd_desktop.services.dashboard import TargetProgress
from pcmd_desktop.ui.i18n import tr, tr_noop

BAR_STEPS = 1000  # the bar's range: tenths of a percent
BAR_WIDTH = 150
MIN_BAR_WIDTH = 64
BEHIND_COLOUR = "#b3261e"
ON_TRACK_COLOUR = "#1e6b30"
_BAR_STYLE = (
    "QProgressBar {{ border: 1px solid #8c959f; border-radius: 3px; background: #f3f4f6; "
    "text-align: center; color: #1f2328; }}"
    "QProgressBar::chunk {{ background-color: {chunk}; border-radius: 2px; }}"
)
BEHIND_BAR_STYLE = _BAR_STYLE.format(chunk="#f1a7a1")
ON_TRACK_BAR_STYLE = _BAR_STYLE.format(chunk="#8fd19e")
_ORDER = {indicator.code: n for n, indicator in enumerate(INDICATORS)}
# The words reports.form_text.achieved_text gives a ceiling, collected for translation.
CEILING_WORDS = (tr_noop("Đạt"), tr_noop("Không đạt (vượt chỉ tiêu)"))


def format_percent(pct: float) -> str:
    """85.46 -> '85,5 %', 100.0 -> '100 %'."""
    text = format_decimal(pct)
    return (text[:-2] if text.endswith(",0") else text) + " %"


@dataclass
class ProgressRow:
    """The widgets of one target's row (tests and screen readers find them here)."""

    code: str
    label: QLabel
    value: QLabel  # "34 / 30 lượt"
    bar: QProgressBar
    status: QLabel
    behind: bool


class PlanProgressView(QWidget):
    """The rows of the chosen year's targets, in catalogue order, in a scroll area; a
    sentence (and a way to the Kế hoạch page) when the year has no targets."""

    go_to_plan = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows: dict[str, ProgressRow] = {}
        self.pace_label = QLabel()
        self.pace_label.setObjectName("label.overview.pace")
        self.pace_label.setWordWrap(True)
        self.empty_label = QLabel()
        self.empty_label.setObjectName("label.overview.no_targets")
        self.empty_label.setWordWrap(True)
        self.open_plan = QPushButton(tr("Mở trang Kế hoạch"))
        self.open_plan.setObjectName("action.show_plan")
        self.open_plan.clicked.connect(self.go_to_plan)
        self.open_plan.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("scroll.overview.progress")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty = QWidget()  # shown instead of the rows when the year has no targets
        empty = QVBoxLayout(self.empty)
        empty.setContentsMargins(0, 0, 0, 0)
        empty.addWidget(self.empty_label)
        empty.addWidget(self.open_plan)
        empty.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pace_label)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.scroll, 1)

    def show_progress(self, year: int, progress: list[TargetProgress]) -> None:
        has_rows = bool(progress)
        self.empty.setVisible(not has_rows)
        self.pace_label.setVisible(has_rows)
        self.scroll.setVisible(has_rows)
        self.empty_label.setText(
            tr("Chưa có chỉ tiêu kế hoạch cho năm {0} — nhập ở trang Kế hoạch.").format(year)
        )
        if has_rows:
            share = progress[0].expected_share
            self.pace_label.setText(
                tr(
                    "Đã qua {0} thời gian của năm {1}: chỉ tiêu đạt dưới tỷ lệ này là chậm "
                    "so với tiến độ."
                ).format(format_percent(100 * share), year)
            )
        self._build_rows(sorted(progress, key=lambda p: _ORDER.get(p.code, len(_ORDER))))

    def _build_rows(self, progress: list[TargetProgress]) -> None:
        self.rows = {}
        holder = QWidget()
        holder.setObjectName("overview.progress.rows")
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 4, 4, 4)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(0, 1)
        for n, p in enumerate(progress):
            row = self._row(p)
            self.rows[p.code] = row
            grid.addWidget(row.label, n, 0)
            grid.addWidget(row.value, n, 1)
            grid.addWidget(row.bar, n, 2)
            grid.addWidget(row.status, n, 3)
        grid.setRowStretch(len(progress), 1)
        self.scroll.setWidget(holder)  # the previous rows are deleted with their holder

    def _row(self, p: TargetProgress) -> ProgressRow:
        indicator = BY_CODE.get(p.code)
        label = QLabel(tr(p.label))
        label.setObjectName(f"label.progress.{p.code}")
        label.setWordWrap(True)
        if indicator is not None:
            label.setToolTip(f"{p.code}: {indicator.definition}")
        value = QLabel(
            tr("{0} / {1} {2}").format(format_number(p.ytd), format_number(p.target), tr(p.unit))
        )
        value.setObjectName(f"label.progress.{p.code}.value")
        value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        value.setToolTip(tr("Đã làm từ đầu năm / chỉ tiêu cả năm"))

        bar = QProgressBar()
        bar.setObjectName(f"progress.{p.code}")
        bar.setAccessibleName(tr(p.label))
        bar.setRange(0, BAR_STEPS)
        bar.setMinimumWidth(MIN_BAR_WIDTH)
        bar.setMaximumWidth(BAR_WIDTH)
        bar.setTextVisible(True)
        status = QLabel()
        status.setObjectName(f"label.progress.{p.code}.status")
        status.setWordWrap(True)  # two lines rather than cut when the window is narrow
        if p.is_ceiling:  # a limit (e.g. no public hotspot re-activated: 0), kept or passed
            bar.setValue(0 if p.exceeded else BAR_STEPS)
            bar.setFormat(tr("Không đạt") if p.exceeded else tr("Đạt"))
            # The same words as the printed form's "% thực hiện" cell.
            status.setText(tr(p.achieved))
        elif p.target:
            bar.setValue(min(BAR_STEPS, round(p.achieved_pct * BAR_STEPS / 100)))
            bar.setFormat(format_percent(p.achieved_pct))
            status.setText(tr("Chậm so với tiến độ") if p.behind else tr("Đúng tiến độ"))
        else:  # a goal of 0: nothing to measure against
            bar.setValue(BAR_STEPS)
            bar.setFormat(tr("Đạt"))
            status.setText(tr("Đúng tiến độ"))
        bar.setStyleSheet(BEHIND_BAR_STYLE if p.behind else ON_TRACK_BAR_STYLE)
        colour = BEHIND_COLOUR if p.behind else ON_TRACK_COLOUR
        status.setStyleSheet(f"color: {colour};" + (" font-weight: bold;" if p.behind else ""))
        bar.setAccessibleDescription(f"{value.text()}, {bar.format()}, {status.text()}")
        return ProgressRow(p.code, label, value, bar, status, p.behind)
