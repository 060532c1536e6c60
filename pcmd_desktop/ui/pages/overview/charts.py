"""The main work month by month: one line per indicator of services.dashboard's
TREND_CODES over the twelve reporting months (T1 … T12) of the chosen year."""

from __future__ import annotations

import html
import math

from PySide6.QtCharts import QBarCategoryAxis, QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QPainter, QPen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from pcmd_desktop.domain.indicators import BY_CODE
from pcmd_desktop.services.dashboard import TREND_CODES
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.overview.progress import format_number

MONTHS = 12
COLOURS = ("#1f5fa8", "#d9822b", "#2e8b57")  # distinct in print and for most colour blindness
MAX_TICKS = 6


def nice_step(top: float, max_ticks: int = MAX_TICKS) -> int:
    """A whole tick interval (1, 2, 5, 10, 20, 50 …) giving at most `max_ticks` steps."""
    raw = max(top, 1) / max_ticks
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    for factor in (1, 2, 5, 10):
        step = int(factor * magnitude)
        if step >= raw:
            return max(step, 1)
    return int(10 * magnitude)


class TrendChart(QWidget):
    """The chart (`view`) and, below it, its legend as labels that wrap (Qt's own legend
    cuts long names short). `series[code]` holds the twelve monthly values of `code` as
    points (month index, value)."""

    def __init__(self, codes: tuple[str, ...] = TREND_CODES, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chart.overview.trend")
        self.chart_ = chart = QChart()
        self.view = QChartView(chart)
        self.view.setObjectName("chart.overview.trend.view")
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(180)
        self.view.setStyleSheet("background: transparent;")
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)  # the page's colour around a white plot
        chart.setPlotAreaBackgroundBrush(QBrush(QColor("white")))
        chart.setPlotAreaBackgroundVisible(True)
        chart.setMargins(QMargins(0, 0, 0, 0))
        chart.layout().setContentsMargins(0, 0, 0, 0)
        chart.legend().hide()
        font = self.font()  # the axes a little smaller: "T10" … "T12" fit narrow windows
        font.setPointSizeF(font.pointSizeF() * 0.9)
        title_font = self.font()
        title_font.setBold(True)
        chart.setTitleFont(title_font)

        self.months = QBarCategoryAxis()
        self.months.append([tr("T{0}").format(m) for m in range(1, MONTHS + 1)])
        self.months.setLabelsFont(font)
        self.values = QValueAxis()
        self.values.setLabelFormat("%d")
        self.values.setLabelsFont(font)
        self.values.setTickType(QValueAxis.TickType.TicksDynamic)
        self.values.setTickAnchor(0)
        self.values.setMinorTickCount(0)
        chart.addAxis(self.months, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.values, Qt.AlignmentFlag.AlignLeft)

        legend = QHBoxLayout()
        legend.setContentsMargins(8, 0, 8, 0)
        legend.setSpacing(16)
        self.series: dict[str, QLineSeries] = {}
        self.legend_labels: dict[str, QLabel] = {}
        for code, colour in zip(codes, COLOURS * 3, strict=False):
            series = QLineSeries()
            series.setObjectName(f"series.{code}")
            series.setName(tr(BY_CODE[code].label))
            pen = QPen(QColor(colour))
            pen.setWidth(2)
            series.setPen(pen)
            series.setPointsVisible(True)
            series.hovered.connect(lambda point, state, s=series: self._show_value(s, point, state))
            chart.addSeries(series)
            series.attachAxis(self.months)
            series.attachAxis(self.values)
            self.series[code] = series
            key = QLabel(
                f'<span style="color:{colour}; font-weight:bold">&#9473;&#9679;&#9473;</span>'
                f"&nbsp;{html.escape(series.name())}"
            )
            key.setObjectName(f"label.legend.{code}")
            key.setWordWrap(True)
            legend.addWidget(key, 1)
            self.legend_labels[code] = key
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view, 1)
        layout.addLayout(legend)
        self.setAccessibleName(tr("Biểu đồ kết quả theo tháng"))
        self.view.setAccessibleName(self.accessibleName())

    def chart(self) -> QChart:
        return self.chart_

    def show_trend(self, year: int, trend: dict[str, list[float]]) -> None:
        self.chart_.setTitle(tr("Kết quả theo tháng năm {0}").format(year))
        top = 0.0
        for code, series in self.series.items():
            values = trend.get(code, [0] * MONTHS)
            series.replace([QPointF(m, v) for m, v in enumerate(values)])
            top = max(top, *values)
        step = nice_step(top)
        self.values.setTickInterval(step)
        self.values.setRange(0, max(step, math.ceil(top / step) * step))
        self.view.setAccessibleDescription(
            "; ".join(
                f"{s.name()}: " + ", ".join(format_number(p.y()) for p in s.points())
                for s in self.series.values()
            )
        )

    def _show_value(self, series: QLineSeries, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        index = min(max(round(point.x()), 0), series.count() - 1)
        value = series.at(index).y()  # the month's own value, not the line between two
        QToolTip.showText(
            QCursor.pos(),
            tr("{0}, tháng {1}: {2}").format(series.name(), index + 1, format_number(value)),
        )
