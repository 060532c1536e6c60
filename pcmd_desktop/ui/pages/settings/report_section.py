"""Mẫu báo cáo: the header and signature block every printed report carries (Decree
30/2020 appendix I): the parent body and the issuing unit, the document's number, the
place, the signer's lines and name, the recipients. Kept in the database; only an admin
changes them."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from pcmd_desktop.reports.model import Signature
from pcmd_desktop.services import reporting
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.forms import error_label, line_edit, show_error
from pcmd_desktop.ui.i18n import tr, tr_noop
from pcmd_desktop.ui.pages.settings.notes import section_note

# Signature field -> (its row's label, a hint of what it holds)
LINES: dict[str, tuple[str, str]] = {
    "parent_body": (tr_noop("Cơ quan cấp trên"), "UBND QUẬN HOÀN KIẾM"),
    "issuer": (tr_noop("Đơn vị ban hành"), "UBND PHƯỜNG CHƯƠNG DƯƠNG"),
    "number": (tr_noop("Số văn bản"), "Số: .../BC-UBND"),
    "place": (tr_noop("Địa danh"), "Hà Nội"),
    "authority": (tr_noop("Thẩm quyền ký"), "TM. ỦY BAN NHÂN DÂN"),
    "deputy": (tr_noop("Dòng ký thay"), "KT. CHỦ TỊCH"),
    "title": (tr_noop("Chức vụ người ký"), "PHÓ CHỦ TỊCH"),
    "signer": (tr_noop("Họ tên người ký"), "Nguyễn Văn A"),
}


class ReportSection(QGroupBox):
    def __init__(self, workspace: Workspace, *, editable: bool, parent: QWidget | None = None):
        super().__init__(tr("Mẫu báo cáo"), parent)
        self.setObjectName("section.settings.report")
        self.workspace = workspace
        self.editable = editable
        form = QFormLayout(self)
        note = section_note(
            tr(
                "Phần đầu và phần ký của báo cáo in ra (theo Nghị định 30/2020/NĐ-CP). "
                "Để trống dòng nào thì báo cáo không in dòng đó."
            ),
            editable=editable,
        )
        form.addRow(note)
        self.fields: dict[str, QLineEdit] = {}
        for key, (label, example) in LINES.items():
            edit = line_edit(f"field.signature.{key}", tr(label))
            edit.setPlaceholderText(tr("ví dụ: {0}").format(example))
            edit.setReadOnly(not editable)
            form.addRow(tr(label) + ":", edit)
            self.fields[key] = edit
        self.recipients = QPlainTextEdit()
        self.recipients.setObjectName("field.signature.recipients")
        self.recipients.setAccessibleName(tr("Nơi nhận"))
        self.recipients.setPlaceholderText(tr("mỗi dòng một nơi nhận, ví dụ: UBND quận;"))
        self.recipients.setTabChangesFocus(True)
        self.recipients.setReadOnly(not editable)
        self.recipients.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        form.addRow(tr("Nơi nhận (mỗi dòng một nơi):"), self.recipients)
        self.error = error_label("label.settings.signature_error")
        form.addRow(self.error)
        self.status = QLabel()
        self.status.setObjectName("label.settings.signature_status")
        self.save_button = QPushButton(tr("Lưu mẫu báo cáo"))
        self.save_button.setObjectName("action.save_signature")
        self.save_button.clicked.connect(self.save)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.status, 1)
        form.addRow(row)
        self.save_button.setVisible(editable)  # parented now: never a window
        self.refresh()

    def refresh(self) -> None:
        try:
            value = reporting.signature(self.workspace)
        except ServiceError as e:
            show_error(self.error, str(e))
            return
        for key, edit in self.fields.items():
            edit.setText(getattr(value, key))
        self.recipients.setPlainText("\n".join(value.recipients))

    def typed(self) -> Signature:
        recipients = tuple(
            line.strip() for line in self.recipients.toPlainText().splitlines() if line.strip()
        )
        return Signature(
            **{key: edit.text().strip() for key, edit in self.fields.items()},
            recipients=recipients,
        )

    def save(self) -> bool:
        if not self.editable:
            return False
        try:
            reporting.set_signature(self.workspace, self.typed())
        except ServiceError as e:
            show_error(self.error, tr("Không lưu được mẫu báo cáo: {0}").format(e))
            return False
        show_error(self.error, "")
        self.refresh()
        self.status.setText(tr("Đã lưu. Các báo cáo in từ nay dùng mẫu này."))
        return True
