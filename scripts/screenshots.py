"""Look at the window as a user would: run the real program window (under Xvfb:
`xvfb-run -s "-screen 0 1366x768x24" python scripts/screenshots.py OUTDIR`) on a
temporary database, and save a PNG of each page, the first-run, recovery key, login
and lock dialogs and the About dialog into OUTDIR. Nothing is written outside OUTDIR
and a temporary folder."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from pcmd_desktop.security.keys import new_recovery_key
from pcmd_desktop.services import auth
from pcmd_desktop.services.demo_database import DEMO_ADMIN, DEMO_PASSWORD, build_demo
from pcmd_desktop.services.records import RecordService
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.about import AboutDialog
from pcmd_desktop.ui.first_run import FirstRunDialog
from pcmd_desktop.ui.fonts import install_ui_font
from pcmd_desktop.ui.i18n import install_language
from pcmd_desktop.ui.login_dialog import LoginDialog
from pcmd_desktop.ui.main_window import MainWindow
from pcmd_desktop.ui.recover_dialog import RecoverAdminDialog
from pcmd_desktop.ui.recovery_key_dialog import RecoveryKeyDialog

UNIT_CODE = "00067"  # Phường Chương Dương, Quận Hoàn Kiếm, Thành phố Hà Nội


def settle(app: QApplication, seconds: float = 0.3) -> None:
    """Let the window system map, lay out and paint what was just shown."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path)):
        raise SystemExit(f"không lưu được ảnh {path}")
    print(path)


def make_workspace(folder: Path) -> Workspace:
    """The demo database (Phường Chương Dương, 2018), its admin logged in."""
    return build_demo(folder / "pcmd-demo.sqlite3").workspace


def shoot_dialogs(app: QApplication, workspace: Workspace, out: Path) -> None:
    """The login dialog (empty, then refused) and the recovery key dialog."""
    auth.logout(workspace)
    login = LoginDialog(workspace)
    login.show()
    settle(app)
    save(login, out / "login.png")
    login.user_field.setText(DEMO_ADMIN)
    login.password_field.setText("mat-khau-sai")
    login.accept()
    settle(app)
    save(login, out / "login-wrong.png")
    recover = RecoverAdminDialog(workspace, login)
    recover.show()
    settle(app)
    save(recover, out / "recover.png")
    recover.close()
    login.close()
    auth.login(workspace, DEMO_ADMIN, DEMO_PASSWORD)

    # A real key (8 groups of 5): the dialog must show it whole at its real length.
    key = RecoveryKeyDialog(new_recovery_key(), workspace.unit_full_name(), DEMO_ADMIN)
    key.show()
    settle(app)
    save(key, out / "recovery-key.png")
    key.confirm_box.setChecked(True)
    key.close()


def shoot_tabs(app: QApplication, window: MainWindow, page: QWidget, stem: Path) -> None:
    """Each tab of a record page, with its first record open in the form."""
    tabs = getattr(page, "tabs", None)
    if tabs is None:
        return
    for t in range(tabs.count()):
        tabs.setCurrentIndex(t)
        tab = tabs.widget(t)
        record_list = getattr(tab, "list", None)
        if record_list is not None and record_list.model.rowCount():
            record_list.select_row(0)
        settle(app, 0.15)
        save(window, Path(f"{stem}-tab{t + 1}.png"))


def shoot_forms(app: QApplication, window: MainWindow, out: Path) -> None:
    """A new inspection saved empty (every problem shown), and a patrol about to
    re-activate an eradicated hotspot."""
    page = window.page("inspections")
    window.show_page(window.pages.index(page))
    panel = page.show_panel("inspection")
    panel.form.new()
    panel.form.editors["date"].setText("31/02/2018")
    panel.form.editors["fine_vnd"].setText("1,5 triệu")
    panel.form.save()
    settle(app)
    save(window, out / "form-inspection-problems.png")
    # The guard when a changed form is left: shot, then "Tiếp tục sửa".
    shoot_next_modal(app, out / "dialog-unsaved.png", QMessageBox.StandardButton.Cancel)
    panel.form.request_new()
    panel.form.new()

    # A patrol finding an eradicated hotspot active: the warning, then cancelled.
    hotspots = window.page("hotspots")
    window.show_page(window.pages.index(hotspots))
    patrols = hotspots.show_panel("patrol")
    service = RecordService(window.workspace)
    eradicated = [h for h in service.search("khu vuc", "hotspot") if h.get("eradicated_on")]
    if eradicated:
        patrols.form.new()
        patrols.form.editors["hotspot_id"].set_value(eradicated[0]["id"])
        patrols.form.editors["result"].set_value("active")
        patrols.form.editors["date"].setText("10/12/2018")
        settle(app)
        shoot_next_modal(app, out / "dialog-patrol-reactivates.png",
                         QMessageBox.StandardButton.Cancel)  # fmt: skip
        patrols.form.save()
        patrols.form.new()


def shoot_excel_import(app: QApplication, window: MainWindow, folder: Path, out: Path) -> None:
    """The Excel import dialog on a sheet with one good and two bad rows."""
    from openpyxl import load_workbook

    from pcmd_desktop.ui.records.excel_import_dialog import ExcelImportDialog

    dialog = ExcelImportDialog(window.workspace, "establishment", window)
    path = dialog.save_template(folder / "mau-co-so.xlsx")
    wb = load_workbook(path)
    sheet = wb.worksheets[0]
    col = {c.value: c.column for c in sheet[2]}
    for c in sheet[3]:  # the example row goes, as the guide in the sheet says
        c.value = None
    rows = [
        {"name": "Karaoke Sao Băng", "type": "Karaoke", "address": "số 3 phố Hàng Vôi"},
        {"name": "Nhà nghỉ Thu Hà", "type": "Quán nước"},
        {"name": None, "type": "Khách sạn", "address": "số 9 phố Hàng Tre"},
    ]
    for n, row in enumerate(rows):
        for key, value in row.items():
            sheet.cell(3 + n, col[key], value)
    wb.save(path)
    dialog.load_file(path)
    dialog.show()
    settle(app, 0.3)
    save(dialog, out / "dialog-excel-import.png")
    dialog.close()


def shoot_report(app: QApplication, window: MainWindow, out: Path) -> None:
    """The report page after "Xem trước" for January 2018 (the demo's data), with a
    narrative typed; and the report form's section of Settings."""
    from PySide6.QtWidgets import QScrollArea

    page = window.page("reports")
    index = window.pages.index(page)
    window.show_page(index)
    page.picker.set_code("2018-01")
    page.show_period("2018-01")
    page.narrative.editors["assessment"].setPlainText(
        "Trong tháng, tình hình tệ nạn mại dâm trên địa bàn phường cơ bản được kiểm soát; "
        "đã kiểm tra 4 lượt cơ sở kinh doanh dịch vụ, phát hiện 1 cơ sở vi phạm."
    )
    page.show_preview()
    page.preview.wait()
    settle(app, 0.5)
    save(window, out / f"page-{index + 1:02d}-{page.name}-preview.png")
    page.narrative.load("2018-01")  # not kept as a draft

    settings = window.page("settings")
    index = window.pages.index(settings)
    window.show_page(index)
    settle(app, 0.15)
    scroll = settings.findChild(QScrollArea)
    scroll.ensureWidgetVisible(settings.report_section, 0, 0)
    scroll.ensureWidgetVisible(settings.report_section.save_button)
    settle(app, 0.15)
    save(window, out / f"page-{index + 1:02d}-{settings.name}-report-form.png")


# A synthetic later list for the preview: two of today's wards merged from 2026 (made up).
UNITS_PREVIEW_CSV = (
    "code,name,level,division_type,parent_code,valid_from,valid_to,predecessors\n"
    "99901,Phường Thử Nghiệm Hợp Nhất,commune,phường,01,2026-01-01,,00070;00097\n"
    "99902,Xã Thử Nghiệm Mới,commune,xã,01,2026-01-01,,\n"
)


def shoot_units(app: QApplication, window: MainWindow, folder: Path, out: Path) -> None:
    """Settings › Danh mục đơn vị hành chính, its preview of a list file, and the section
    of a database whose unit has ended (Phường Hàng Bạc under the 2025 list)."""
    from PySide6.QtWidgets import QScrollArea

    from pcmd_desktop.resources import ADMIN_UNITS_CSV, HANOI_2025_CSV, resource_path
    from pcmd_desktop.services.units import load_unit_list, read_units_csv
    from pcmd_desktop.services.workspace import create_workspace
    from pcmd_desktop.ui.pages.settings.units_dialog import UnitsPreviewDialog

    settings = window.page("settings")
    index = window.pages.index(settings)
    window.show_page(index)
    settle(app, 0.15)
    section = settings.units_section
    scroll = settings.findChild(QScrollArea)
    scroll.ensureWidgetVisible(section, 0, 0)
    scroll.ensureWidgetVisible(section.load_button)
    settle(app, 0.15)
    save(window, out / f"page-{index + 1:02d}-{settings.name}-units.png")

    path = folder / "danh-muc-thu.csv"
    path.write_text(UNITS_PREVIEW_CSV, encoding="utf-8")
    from pcmd_desktop.services.units import preview_unit_list

    ws = window.workspace
    changes = preview_unit_list(ws, path)
    names = {u.code: u.name for u in ws.history.versions()}
    names.update({u.code: u.name for u in changes.versions})
    dialog = UnitsPreviewDialog(path.name, changes, names, window)
    dialog.show()
    settle(app, 0.3)
    save(dialog, out / "dialog-units-preview.png")
    dialog.close()
    dialog.deleteLater()

    old = create_workspace(folder / "hang-bac.sqlite3", "00061", admin="quan-tri",
                           password="mat-khau-anh-chup",
                           units=read_units_csv(resource_path(ADMIN_UNITS_CSV)))  # fmt: skip
    load_unit_list(old, resource_path(HANOI_2025_CSV))
    other = MainWindow(old, idle_interval_ms=0)
    other.setGeometry(window.geometry())
    other.show()
    page = other.page("settings")
    other.show_page(other.pages.index(page))
    settle(app, 0.3)
    page.findChild(QScrollArea).ensureWidgetVisible(page.units_section.rehome_button)
    settle(app, 0.15)
    save(other, out / f"page-{index + 1:02d}-{settings.name}-units-ended.png")
    other.close()
    other.deleteLater()  # gone before the application is, not at interpreter exit
    settle(app, 0.1)
    old.close()


def shoot_next_modal(app: QApplication, path: Path, button: QMessageBox.StandardButton) -> None:
    """Save a picture of the next modal message box, then press `button` on it."""

    def shoot() -> None:
        box = app.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, shoot)
            return
        settle(app, 0.2)
        save(box, path)
        box.button(button).click()

    QTimer.singleShot(0, shoot)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chụp ảnh các trang của cửa sổ chính.")
    parser.add_argument("outdir", type=Path, help="thư mục lưu ảnh PNG")
    parser.add_argument("--lang", choices=("vi", "en"), default="vi", help="ngôn ngữ giao diện")
    args = parser.parse_args(argv)
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)

    app = QApplication(sys.argv[:1])
    app.setApplicationName("PCMD Desktop")
    app.setOrganizationName("PCMD")
    install_language(app, args.lang)
    install_ui_font(app)
    with tempfile.TemporaryDirectory(prefix="pcmd-shots-") as tmp:
        folder = Path(tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tmp)

        dialog = FirstRunDialog(folder / "moi" / "pcmd.sqlite3")
        dialog.show()
        settle(app)
        save(dialog, out / "first-run-empty.png")
        dialog.search_box.setText("hoan kiem")  # a ward of the list in force today
        dialog.run_search()
        dialog.unit_list.setCurrentRow(0)
        dialog.admin_rows.name.setText("nguyen.van.a")
        dialog.admin_rows.password.setText("mat-khau-demo")
        dialog.admin_rows.repeat.setText("mat-khau-demo")
        settle(app)
        save(dialog, out / "first-run-chosen.png")
        dialog.search_box.setText("hoa")
        dialog.run_search()
        settle(app)
        save(dialog, out / "first-run-hoa.png")
        dialog.close()

        workspace = make_workspace(folder)
        shoot_dialogs(app, workspace, out)
        window = MainWindow(workspace, idle_interval_ms=0)
        window.showMaximized()
        settle(app, 0.5)
        screen = app.primaryScreen().availableGeometry()
        if window.size() != screen.size():  # no window manager under Xvfb to maximise
            window.setGeometry(screen)
            settle(app)
        print(f"cửa sổ {window.width()}x{window.height()}, màn hình {screen.width()}")
        window.page("overview").year_box.setValue(2018)  # the demo data is of 2018
        for index, page in enumerate(window.pages, start=1):
            window.show_page(index - 1)
            settle(app, 0.15)
            save(window, out / f"page-{index:02d}-{page.name}.png")
            shoot_tabs(app, window, page, out / f"page-{index:02d}-{page.name}")
        shoot_forms(app, window, out)
        shoot_report(app, window, out)
        shoot_excel_import(app, window, folder, out)
        shoot_units(app, window, folder, out)

        window.show_page(0)
        window.lock_screen()
        settle(app)
        save(window, out / "locked-window.png")
        save(window.lock_dialog, out / "lock.png")
        window.lock_dialog.password_field.setText(DEMO_PASSWORD)
        window.lock_dialog.accept()
        settle(app)

        about = AboutDialog(window, workspace.path)
        about.show()
        settle(app)
        save(about, out / "about.png")
        about.close()

        # F1: the guide, with its screenshots when scripts/guide_screenshots.py made them.
        window.show_guide()
        settle(app, 0.4)
        save(window._guide, out / "guide.png")
        window._guide.search.setText("bao cao thang")
        window._guide.find_next()
        settle(app)
        save(window._guide, out / "guide-search.png")
        window._guide.close()

        window.resize(1000, 640)  # the smallest size allowed
        window.show_page(0)
        settle(app)
        save(window, out / "minimum-size-overview.png")
        window.close()  # the daily backup goes into the temporary folder
        workspace.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
