from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from ui_support import ADMIN, PASSWORD, open_window

from pcmd_desktop.services import auth
from pcmd_desktop.ui.models.audit_model import AuditModel, format_detail

OFFICER = "can-bo-nhap"
OFFICER_PASSWORD = "mat-khau-can-bo"


def audit_page(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.show_page(window.pages.index(window.page("audit")))
    return window.page("audit")


def column(page, c: int) -> list[str]:
    model = page.model
    return [model.index(r, c).data() for r in range(model.rowCount())]


def test_lists_a_login_and_filters_by_user(qtbot, workspace):
    auth.add_user(workspace, OFFICER, "officer", OFFICER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, OFFICER, OFFICER_PASSWORD)
    auth.logout(workspace)
    auth.login(workspace, ADMIN, PASSWORD)
    page = audit_page(qtbot, workspace)
    assert page.objectName() == "page.audit"
    assert page.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == (
        "Thời gian"
    )
    assert "Đăng nhập" in column(page, 2)
    assert {ADMIN, OFFICER} <= set(column(page, 1))
    time_text = column(page, 0)[0]
    assert QDate.fromString(time_text[:10], "dd/MM/yyyy").isValid()

    page.user_field.setCurrentIndex(page.user_field.findData(OFFICER))
    qtbot.mouseClick(page.filter_button, Qt.MouseButton.LeftButton)
    assert set(column(page, 1)) == {OFFICER}
    assert set(column(page, 2)) == {"Đăng nhập", "Đăng xuất"}

    page.user_field.setCurrentIndex(0)
    page.kind_field.setCurrentIndex(page.kind_field.findData("user"))
    page.apply_filter()
    assert column(page, 2) == ["Thêm người dùng"]
    assert column(page, 4) == [OFFICER]


def test_date_filter_and_names(qtbot, workspace):
    page = audit_page(qtbot, workspace)
    for name in ("user", "kind", "record_key", "date_from", "date_to"):
        widget = getattr(page, f"{name}_field" if name in ("user", "kind") else name, None)
        widget = widget or page.key_field
        assert widget.objectName() == f"field.audit.{name}"
        assert widget.accessibleName()
    assert page.date_from.displayFormat() == "dd/MM/yyyy"
    page.from_check.setChecked(True)
    page.date_from.setDate(QDate.currentDate().addDays(1))
    page.apply_filter()
    assert page.model.rowCount() == 0
    page.from_check.setChecked(False)
    page.apply_filter()
    assert page.model.rowCount() > 0


def test_verify_shows_the_chain_is_whole(qtbot, workspace):
    page = audit_page(qtbot, workspace)
    assert page.verify_button.objectName() == "action.verify_audit"
    qtbot.mouseClick(page.verify_button, Qt.MouseButton.LeftButton)
    assert "nguyên vẹn" in page.verify_label.text()


def test_model_reads_pages_and_loads_more(qtbot, workspace):
    for _ in range(3):
        auth.logout(workspace)
        auth.login(workspace, ADMIN, PASSWORD)
    model = AuditModel(workspace, page_size=2)
    model.load()
    assert model.rowCount() == 2 and model.has_more
    model.load_more()
    assert model.rowCount() == 4
    detail = {"fields": ["name", "address"], "old": {"name": "x"}}
    assert format_detail("establishment", detail) == "Tên cơ sở, Địa chỉ"
    assert format_detail(None, {"reason": "password"}) == "Lý do: sai mật khẩu"
