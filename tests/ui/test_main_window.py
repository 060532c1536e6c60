from __future__ import annotations

from PySide6.QtCore import QPoint, QSize, Qt
from PySide6.QtWidgets import QLabel
from ui_support import ADMIN, PASSWORD, open_window

from pcmd_desktop import __version__
from pcmd_desktop.domain.records import KINDS, RECORD_KINDS
from pcmd_desktop.services import auth
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.ui.about import AboutDialog
from pcmd_desktop.ui.main_window import MainWindow
from pcmd_desktop.ui.pages.base import PlaceholderPage

PAGE_ORDER = [
    ("overview", "Tổng quan"),
    ("inspections", "Kiểm tra cơ sở"),
    ("hotspots", "Tụ điểm"),
    ("persons", "Người được hỗ trợ"),
    ("activities", "Hoạt động"),
    ("volunteers", "Đội tình nguyện"),
    ("sanctions", "Xử phạt và vụ án"),
    ("tips", "Tin báo, tố giác"),
    ("plan", "Kế hoạch"),
    ("reports", "Báo cáo"),
    ("exchange", "Nộp và tổng hợp báo cáo"),
    ("trash", "Thùng rác"),
    ("settings", "Cài đặt"),
    ("audit", "Nhật ký truy cập"),
]


def count_cells(window: MainWindow) -> dict[str, str]:
    table = window.page("overview").counts_table
    return {table.item(r, 0).text(): table.item(r, 1).text() for r in range(table.rowCount())}


def test_admin_sees_thirteen_pages_in_order(qtbot, workspace):
    window = open_window(qtbot, workspace)
    assert window.windowTitle() == "PCMD Desktop — Phường Chương Dương"
    nav = window.findChild(type(window.nav), "nav")
    assert nav is window.nav
    assert [nav.item(i).text() for i in range(nav.count())] == [t for _, t in PAGE_ORDER]
    assert [p.name for p in window.page_classes] == [name for name, _ in PAGE_ORDER]
    assert list(window._built) == [0]  # the other pages are built when first shown
    assert [p.objectName() for p in window.pages] == [f"page.{name}" for name, _ in PAGE_ORDER]
    assert window.current_page().name == "overview"


def test_keyboard_and_mouse_navigation(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "page.hotspots"
    assert window.nav.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page().objectName() == "page.reports"  # the tenth

    rect = window.nav.visualItemRect(window.nav.item(3))
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page().objectName() == "page.persons"


def test_placeholder_pages_say_what_comes(qtbot, workspace):
    """Every page is built now: no placeholder is left."""
    window = open_window(qtbot, workspace)
    assert [p.name for p in window.pages if isinstance(p, PlaceholderPage)] == []


def test_overview_shows_unit_period_and_counts(qtbot, workspace):
    window = open_window(qtbot, workspace)
    page = window.page("overview")
    assert page.unit_label.text() == "Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội"
    assert page.level_label.text() == workspace.unit.level_label
    period = workspace.current_period()
    assert period.name_vi in page.period_label.text()
    assert period.start.strftime("%d/%m/%Y") in page.period_label.text()
    assert count_cells(window) == {k.label: "0" for k in RECORD_KINDS}

    RecordService(workspace).create(
        "establishment",
        {"name": "Karaoke Hoa Hồng", "type": "karaoke", "address": "số 12 phố Hồng Hà",
         "owner_name": "Trần Văn Thử"},
    )  # fmt: skip
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    window.show_page(0)  # coming back to the overview reloads it
    assert count_cells(window)[KINDS["establishment"].label] == "1"
    assert count_cells(window)[KINDS["hotspot"].label] == "0"


def test_status_bar_shows_unit_user_and_period(qtbot, workspace):
    window = open_window(qtbot, workspace)
    assert "Phường Chương Dương" in window.status_unit.text()
    assert window.status_user.text() == f"Người dùng: {ADMIN} (Quản trị)"
    assert workspace.current_period().name_vi in window.status_period.text()
    assert window.status_unit.isVisible()


def test_window_geometry_is_remembered(qtbot, workspace):
    first = open_window(qtbot, workspace)
    assert first.size() == QSize(1280, 720)
    first.resize(1100, 690)
    first.move(QPoint(30, 20))
    qtbot.waitUntil(lambda: first.size() == QSize(1100, 690))
    first.close()
    assert workspace.session is None  # closing the window logs out

    auth.login(workspace, ADMIN, PASSWORD)
    second = open_window(qtbot, workspace)
    assert second.size() == QSize(1100, 690)
    assert second.pos() == first.pos()


def test_quit_action_closes_the_window(qtbot, workspace):
    window = open_window(qtbot, workspace)
    assert window.quit_action.objectName() == "action.quit"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    window.quit_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert workspace.session is None
    assert list((workspace.path.parent / "backups").glob("pcmd-*.sqlite3"))  # daily backup


def test_file_menu_has_the_session_actions(qtbot, workspace):
    window = open_window(qtbot, workspace)
    menu = window.menuBar().actions()[0].menu()
    names = [a.objectName() for a in menu.actions() if not a.isSeparator()]
    assert names == ["action.change_password", "action.lock", "action.logout", "action.quit"]
    assert window.lock_action.shortcut().toString() == "Ctrl+L"


def test_logout_closes_the_window_and_asks_a_login_again(qtbot, workspace):
    window = open_window(qtbot, workspace)
    window.logout_action.trigger()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert window.wants_login
    assert workspace.session is None


def test_about_dialog_shows_the_version(qtbot, workspace):
    window = open_window(qtbot, workspace)
    assert window.about_action.objectName() == "action.about"
    dialog = AboutDialog(window, workspace.path)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "dialog.about"
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in texts
    assert str(workspace.path) in texts  # where this copy keeps its data
    assert "Bản di động" not in texts
    assert "Python" in texts and "Qt" in texts
    assert "nhạy cảm" in texts


def test_about_dialog_says_when_the_copy_is_portable(qtbot, tmp_path, monkeypatch):
    from pcmd_desktop import locations

    (tmp_path / "pcmd-portable.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(locations, "program_dir", lambda: tmp_path)
    dialog = AboutDialog(None, tmp_path / "data" / "pcmd.sqlite3")
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Bản di động" in texts and str(tmp_path / "data") in texts


def test_maximised_window_opens_maximised(qtbot, workspace):
    first = open_window(qtbot, workspace)
    first.showMaximized()
    qtbot.waitUntil(first.isMaximized)
    first.close()
    auth.login(workspace, ADMIN, PASSWORD)
    second = open_window(qtbot, workspace)
    assert second.isMaximized()


def test_the_demo_opens_on_its_year_not_todays(qtbot, tmp_path):
    # Issue 12: the demo's records and plan are of 2018; the window must open there.
    from pcmd_desktop.services.demo_database import build_demo

    ws = build_demo(tmp_path / "demo.sqlite3").workspace
    try:
        window = open_window(qtbot, ws)
        assert window.page("overview").year_box.value() == 2018
        assert window.page("plan").year.value() == 2018
        assert window.page("reports").period.year == 2018
        status = window.findChild(QLabel, "status.period")
        assert "2018" in status.text() and "trình diễn" in status.text()
        assert "14/12/2018" in status.toolTip()
    finally:
        ws.close()
