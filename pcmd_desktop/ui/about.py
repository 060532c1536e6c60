"""Giới thiệu: what the program is, its version and the versions it runs on."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from pcmd_desktop import __version__, locations
from pcmd_desktop.ui.i18n import tr


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, database: Path | None = None):
        super().__init__(parent)
        self.setObjectName("dialog.about")
        self.setWindowTitle(tr("Giới thiệu PCMD Desktop"))
        layout = QVBoxLayout(self)

        title = QLabel(
            "<h2>PCMD Desktop</h2><p>" + tr("Phiên bản {0}").format(__version__) + "</p>"
        )
        title.setObjectName("label.about.title")
        purpose = QLabel(
            tr(
                "Phần mềm ghi chép và báo cáo công tác phòng, chống mại dâm cho cán bộ "
                "cấp xã, huyện và thành phố; làm việc không cần Internet."
            )
        )
        versions = QLabel(
            f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version}"
        )
        versions.setObjectName("label.about.versions")
        versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        sensitive = QLabel(
            tr(
                "<b>Lưu ý:</b> dữ liệu về con người trong phần mềm là dữ liệu cá nhân nhạy "
                "cảm; chỉ người có nhiệm vụ được xem, không sao chép hay gửi ra ngoài."
            )
        )
        for label in (purpose, sensitive):
            label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(tr("Đóng"))
        buttons.rejected.connect(self.reject)

        # Where this copy keeps its data: what a colleague on the phone asks first.
        place = tr("Cơ sở dữ liệu: {0}").format(database) if database else ""
        if locations.portable_data_dir() is not None:
            place += ("<br>" if place else "") + tr(
                "Bản di động: dữ liệu, cài đặt và bản sao lưu nằm trong thư mục data cạnh "
                "chương trình."
            )
        where = QLabel(place)
        where.setObjectName("label.about.data")
        where.setWordWrap(True)
        where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        where.setVisible(bool(place))

        for w in (title, purpose, versions, where, sensitive, buttons):
            layout.addWidget(w)
        self.setMinimumWidth(460)
