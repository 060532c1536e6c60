"""Small pieces the exchange tabs share: named buttons, read-only tables, a status line."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from pcmd_desktop.domain.display import format_decimal
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.ui.forms import busy, show_error
from pcmd_desktop.ui.i18n import tr

REFUSED_COLOR = QColor("#b00020")
T = TypeVar("T")


def write_or_say(error: QLabel, path: Path | str, write: Callable[[], T]) -> T | None:
    """Run `write` (a service call writing `path`) under a wait cursor; its refusal, or
    the system's reason the file could not be written, goes into `error` and gives None."""
    show_error(error, "")
    try:
        with busy():
            return write()
    except ServiceError as e:
        show_error(error, str(e))
    except OSError as e:
        show_error(error, tr("Không ghi được tệp {0}: {1}").format(path, e.strerror or e))
    return None


def action_button(text: str, name: str) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(f"action.{name}")
    return button


def status_label(object_name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(object_name)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def table(object_name: str, accessible: str, headers: list[str]) -> QTableWidget:
    """A read-only table; `headers` are marked with tr_noop and translated here."""
    widget = QTableWidget(0, len(headers))
    widget.setObjectName(object_name)
    widget.setAccessibleName(accessible)
    widget.setHorizontalHeaderLabels([tr(h) for h in headers])
    widget.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    widget.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    widget.verticalHeader().hide()
    widget.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    widget.horizontalHeader().setStretchLastSection(True)
    return widget


def fill_row(widget: QTableWidget, row: int, texts: list[str], *, red: bool = False) -> None:
    for column, text in enumerate(texts):
        item = QTableWidgetItem(text)
        item.setToolTip(text)
        if red:
            item.setForeground(QBrush(REFUSED_COLOR))
        widget.setItem(row, column, item)


def local_time(stamp: str | None) -> str:
    """An ISO time stamp as dd/mm/yyyy HH:MM in local time ('' for None)."""
    if not stamp:
        return ""
    try:
        return datetime.fromisoformat(stamp).astimezone().strftime("%d/%m/%Y %H:%M")
    except ValueError:
        return stamp


def percent(value: float) -> str:
    """66.666 -> '66,7 %' (the Vietnamese decimal comma)."""
    return format_decimal(value) + " %"
