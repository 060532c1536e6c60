"""Danh mục đơn vị hành chính: this database's unit and its validity, how many units are
in force; (admins) loading a newer list after a preview, and, once this database's unit
has ended, moving the database to a successor unit (services/rehome.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.rehome import RehomeError, rehome, rehome_choices
from pcmd_desktop.services.units import UnitListError, load_unit_list, preview_unit_list
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import ask, busy, error_label, show_error
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.pages.settings.notes import section_note
from pcmd_desktop.ui.pages.settings.units_dialog import UnitsPreviewDialog


class UnitsSection(QGroupBox):
    unit_changed = Signal()  # the list was loaded or the database re-homed

    def __init__(self, workspace: Workspace, *, editable: bool, parent: QWidget | None = None):
        super().__init__(tr("Danh mục đơn vị hành chính"), parent)
        self.workspace = workspace
        self.editable = editable
        self.setObjectName("section.settings.units")
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.unit_label = QLabel()
        self.unit_label.setObjectName("label.units.own")
        self.unit_label.setWordWrap(True)
        form.addRow(tr("Đơn vị của CSDL:"), self.unit_label)
        self.validity_label = QLabel()
        self.validity_label.setObjectName("label.units.validity")
        form.addRow(tr("Hiệu lực:"), self.validity_label)
        self.count_label = QLabel()
        self.count_label.setObjectName("label.units.count")
        form.addRow(tr("Đơn vị đang có hiệu lực:"), self.count_label)
        layout.addLayout(form)

        self.load_button = QPushButton(tr("Nạp danh mục mới…"))
        self.load_button.setObjectName("action.units.load")
        self.load_button.clicked.connect(self.load)
        row = QHBoxLayout()
        row.addWidget(self.load_button)
        row.addStretch(1)
        layout.addLayout(row)

        self.ended_label = QLabel()
        self.ended_label.setObjectName("label.units.ended")
        self.ended_label.setWordWrap(True)
        self.ended_label.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.ended_label)
        self.successor_field = QComboBox()
        self.successor_field.setObjectName("field.units.successor")
        self.successor_field.setAccessibleName(tr("Đơn vị kế tiếp để chuyển cơ sở dữ liệu sang"))
        self.rehome_button = QPushButton(tr("Chuyển CSDL sang đơn vị kế tiếp"))
        self.rehome_button.setObjectName("action.units.rehome")
        self.rehome_button.clicked.connect(self.rehome)
        self.rehome_row = QWidget()
        rehome_layout = QHBoxLayout(self.rehome_row)
        rehome_layout.setContentsMargins(0, 0, 0, 0)
        rehome_layout.addWidget(QLabel(tr("Đơn vị kế tiếp:")))
        rehome_layout.addWidget(self.successor_field, 1)
        rehome_layout.addWidget(self.rehome_button)
        layout.addWidget(self.rehome_row)

        self.result_label = QLabel()
        self.result_label.setObjectName("label.units.result")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.error_label = error_label("label.units.error")
        layout.addWidget(self.error_label)
        layout.addWidget(
            section_note(
                tr(
                    "Danh mục mới (tệp CSV) thêm đơn vị, đổi tên hoặc cho đơn vị hết hiệu lực "
                    "từ một ngày; không mã nào bị xóa, bản ghi cũ giữ đơn vị và tên cũ."
                ),
                editable=editable,
            )
        )
        # Only once parented: a parentless widget made visible becomes a window of its own.
        self.load_button.setVisible(editable)
        self.refresh()

    def refresh(self) -> None:
        ws = self.workspace
        today = ws.today()
        unit = ws.unit
        self.unit_label.setText(f"{ws.unit_full_name()} ({tr('mã')} {unit.code})")
        self.validity_label.setText(unit.validity_text or tr("từ trước đến nay"))
        # Units in force today in this unit's province, not the whole country's list.
        now = ws.history.tree(today)
        top = ws.unit
        while (up := now.parent(top)) is not None and up.code != top.code:
            top = up
        count = len(now.descendants(top.code))
        self.count_label.setText(tr("{0} đơn vị trong {1}").format(count, top.name))
        ended = ws.history.version_on(unit.code, today) is None
        heirs = rehome_choices(ws) if ended else []
        if ended:
            names = ", ".join(f"{u.name} ({u.code})" for u in heirs) or tr("không có")
            self.ended_label.setText(
                tr("{0} đã hết hiệu lực. Đơn vị kế tiếp: {1}.").format(unit.name, names)
                + ("" if self.editable or not heirs else " " + tr(
                    "Người quản trị chuyển cơ sở dữ liệu sang đơn vị kế tiếp."))
            )  # fmt: skip
        self.ended_label.setVisible(ended)
        self.successor_field.clear()
        for u in heirs:
            self.successor_field.addItem(f"{u.name} ({u.code})", u.code)
        self.rehome_row.setVisible(self.editable and bool(heirs))

    # Loading a list ----------------------------------------------------------------------
    def choose_file(self) -> Path | None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, tr("Chọn tệp danh mục đơn vị"), "",
            tr("Danh mục đơn vị (*.csv);;Mọi tệp (*)"),
        )  # fmt: skip
        return Path(chosen) if chosen else None

    def load(self) -> None:
        path = self.choose_file()
        if path is None:
            return
        ws = self.workspace
        show_error(self.error_label, "")
        try:
            with busy():
                changes = preview_unit_list(ws, path)
        except OSError as e:
            show_error(self.error_label, tr("Không đọc được tệp {0}: {1}").format(
                path.name, e.strerror or e))  # fmt: skip
            return
        except (UnitListError, UnicodeDecodeError) as e:
            show_error(self.error_label, tr("Danh mục đơn vị không hợp lệ, không nạp gì: {0}")
                       .format(e))  # fmt: skip
            return
        names = {u.code: u.name for u in ws.history.versions()}
        names.update({u.code: u.name for u in changes.versions})
        self.preview = UnitsPreviewDialog(path.name, changes, names, self)
        if self.preview.exec() != UnitsPreviewDialog.DialogCode.Accepted:
            return
        try:
            with busy():
                added, updated = load_unit_list(ws, path)
        except (OSError, UnitListError, UnicodeDecodeError, ServiceError) as e:
            show_error(self.error_label, tr("Không nạp được danh mục: {0}").format(e))
            return
        self.refresh()
        self.unit_changed.emit()
        self.result_label.setText(
            tr("Đã nạp danh mục: {0} đơn vị mới, {1} đơn vị cập nhật.").format(added, updated)
        )

    # Re-homing -----------------------------------------------------------------------------
    def confirm_rehome(self, new_name: str) -> bool:
        old = self.workspace.unit.name
        text = tr(
            "Chuyển cơ sở dữ liệu từ {0} sang {1}?\n\nCác bản ghi đã có giữ đơn vị cũ ({0}) "
            "và tên cũ trên báo cáo các kỳ trước; từ nay cơ sở dữ liệu báo cáo với tên {1}, "
            "số liệu của {0} được tính vào đơn vị mới. Một bản sao của cơ sở dữ liệu được "
            "lưu vào thư mục backups/ trước khi chuyển. Việc này không đảo ngược được "
            "(trừ khi khôi phục bản sao)."
        ).format(old, new_name)
        answer = ask(self, tr("Chuyển cơ sở dữ liệu sang đơn vị kế tiếp"), text,
                     [(QMessageBox.StandardButton.Yes, tr("Chuyển")),
                      (QMessageBox.StandardButton.Cancel, tr("Hủy"))],
                     icon=QMessageBox.Icon.Warning, name="dialog.units.confirm_rehome")  # fmt: skip
        return answer == QMessageBox.StandardButton.Yes

    def rehome(self) -> None:
        code = self.successor_field.currentData()
        if not code:
            return
        if not self.confirm_rehome(self.successor_field.currentText()):
            return
        try:
            with busy():
                result = rehome(self.workspace, code)
        except (RehomeError, ServiceError, OSError) as e:
            show_error(self.error_label, str(e))
            return
        self.refresh()
        self.unit_changed.emit()
        self.result_label.setText(
            tr("Đã chuyển cơ sở dữ liệu từ {0} sang {1}. Bản sao trước khi chuyển: {2}").format(
                result.old.name, result.new.name, result.backup.name
            )
        )
