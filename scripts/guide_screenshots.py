"""The pictures of the user guide (docs/huong-dan-su-dung.md), made from the real program
on temporary demo databases: `python scripts/guide_screenshots.py [OUTDIR]` writes every
PNG the guide references (GUIDE_IMAGES) into OUTDIR (default docs/images/huong-dan/),
the main window at 1366x768, and nothing else. Nothing is written outside OUTDIR and a
temporary folder (settings included).

No display is needed: without one (no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM)
Qt's offscreen platform is used. Under Xvfb, give it a screen of the same size:
`xvfb-run -s "-screen 0 1366x768x24" python scripts/guide_screenshots.py`.

The shooting of pages, forms, dialogs, the report preview and the Excel import is shared
with scripts/screenshots.py (imported); pictures it saves under its own names go to a
scratch folder and are copied under the guide's names."""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

SCRIPTS = Path(__file__).resolve().parent
DEFAULT_OUT = SCRIPTS.parent / "docs" / "images" / "huong-dan"
WINDOW_SIZE = (1366, 768)

# Pictures of the whole main window, 1366x768.
WINDOW_SHOTS: tuple[str, ...] = (
    "main-window.png",
    "inspections.png",
    "inspection-problems.png",
    "search-no-tones.png",
    "follow-ups-due.png",
    "hotspots.png",
    "persons.png",
    "plan-targets.png",
    "plan-assessment.png",
    "tips.png",
    "volunteers.png",
    "trash.png",
    "report-preview.png",
    "report-form-settings.png",
    "exchange-keys.png",
    "exchange-send.png",
    "exchange-receive.png",
    "exchange-dhis2.png",
    "settings-backup.png",
    "settings-users.png",
)
# Pictures of a dialog, at the dialog's own size.
DIALOG_SHOTS: tuple[str, ...] = (
    "first-run.png",
    "recovery-key.png",
    "login.png",
    "lock.png",
    "change-password.png",
    "dialog-unsaved.png",
    "patrol-reactivates.png",
    "excel-import.png",
    "recover.png",
    "reset-password.png",
    "add-user.png",
)
GUIDE_IMAGES: tuple[str, ...] = WINDOW_SHOTS + DIALOG_SHOTS


def use_offscreen_without_display() -> None:
    """Qt's offscreen platform when there is no display to draw on (set before Qt loads)."""
    if not any(os.environ.get(v) for v in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


use_offscreen_without_display()
sys.path.insert(0, str(SCRIPTS))

import screenshots as shots  # noqa: E402  (scripts/screenshots.py, after the platform)
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QScrollArea, QWidget  # noqa: E402

from pcmd_desktop.services import auth  # noqa: E402
from pcmd_desktop.services.demo_database import DEMO_ADMIN, DEMO_PASSWORD  # noqa: E402
from pcmd_desktop.services.exchange_export import export_period  # noqa: E402
from pcmd_desktop.services.records import RecordService  # noqa: E402
from pcmd_desktop.services.unit_keys import own_card, trust_card  # noqa: E402
from pcmd_desktop.services.workspace import Workspace, create_workspace  # noqa: E402
from pcmd_desktop.ui.first_run import FirstRunDialog  # noqa: E402
from pcmd_desktop.ui.fonts import install_ui_font  # noqa: E402
from pcmd_desktop.ui.i18n import install_language  # noqa: E402
from pcmd_desktop.ui.main_window import MainWindow  # noqa: E402
from pcmd_desktop.ui.pages.settings.user_dialogs import (  # noqa: E402
    AddUserDialog,
    ResetPasswordDialog,
)
from pcmd_desktop.ui.password_dialog import ChangePasswordDialog  # noqa: E402

DISTRICT = "002"  # Quận Hoàn Kiếm, above Phường Chương Dương (the demo)
OTHER_COMMUNE = "00061"  # Phường Hàng Bạc, Quận Hoàn Kiếm
PERIOD = "2018-01"  # the demo's data is of 2018
# Shown in the first-run dialog's file box (display only, never created): the default
# place on Windows, where most officers work, as the guide describes it.
WINDOWS_DB_PATH = r"C:\Users\canbo\AppData\Local\pcmd-desktop\pcmd.sqlite3"
SYNTHETIC_PASSWORD = "mat-khau-minh-hoa"  # synthetic users of the pictures


class Shooter:
    """Saves pictures into `out` under the guide's names, and remembers which."""

    def __init__(self, app: QApplication, out: Path, scratch: Path):
        self.app = app
        self.out = out
        self.scratch = scratch
        self.made: list[str] = []

    def _note(self, name: str) -> None:
        if name not in GUIDE_IMAGES:
            raise SystemExit(f"ảnh {name} không có trong GUIDE_IMAGES")
        self.made.append(name)

    def save(self, widget: QWidget, name: str, seconds: float = 0.2) -> None:
        shots.settle(self.app, seconds)
        self._note(name)
        shots.save(widget, self.out / name)

    def take(self, pattern: str, name: str) -> None:
        """Copy the picture scripts/screenshots.py saved in the scratch folder."""
        found = sorted(self.scratch.glob(pattern))
        if len(found) != 1:
            raise SystemExit(f"không thấy đúng một ảnh {pattern} trong {self.scratch}")
        self._note(name)
        shutil.copyfile(found[0], self.out / name)
        print(self.out / name)


def open_window(app: QApplication, workspace: Workspace) -> MainWindow:
    """The main window at 1366x768 (whatever the screen: no window manager here)."""
    window = MainWindow(workspace, idle_interval_ms=0)
    window.show()
    window.resize(*WINDOW_SIZE)
    shots.settle(app, 0.5)
    if (window.width(), window.height()) != WINDOW_SIZE:
        raise SystemExit(f"cửa sổ {window.width()}x{window.height()}, cần {WINDOW_SIZE}")
    return window


def shoot_first_run(s: Shooter, folder: Path) -> None:
    """The first-run dialog with a unit found without tones and the admin typed."""
    dialog = FirstRunDialog(folder / "moi" / "pcmd.sqlite3")
    dialog.path_field.setText(WINDOWS_DB_PATH)
    dialog.show()
    dialog.search_box.setText("hoan kiem")
    dialog.run_search()
    dialog.unit_list.setCurrentRow(0)
    dialog.admin_rows.name.setText("nguyen.van.a")
    dialog.admin_rows.password.setText(SYNTHETIC_PASSWORD)
    dialog.admin_rows.repeat.setText(SYNTHETIC_PASSWORD)
    s.save(dialog, "first-run.png", 0.3)
    dialog.close()


def shoot_login(s: Shooter, workspace: Workspace) -> None:
    """Login, 'Quên mật khẩu?' and the recovery key (scripts/screenshots.py)."""
    shots.shoot_dialogs(s.app, workspace, s.scratch)
    s.take("login.png", "login.png")
    s.take("recover.png", "recover.png")
    s.take("recovery-key.png", "recovery-key.png")


def shoot_record_pages(s: Shooter, window: MainWindow) -> None:
    """The overview, the record pages, search without tones, the checks of a form."""
    window.page("overview").year_box.setValue(2018)
    window.go_to("overview")
    s.save(window, "main-window.png", 0.3)

    inspections = window.page("inspections")
    window.go_to("inspections")
    inspections.show_panel("inspection").list.select_row(0)
    s.save(window, "inspections.png")

    establishments = inspections.show_panel("establishment")
    establishments.list.filters.search.setText("nha nghi")
    establishments.list.apply_filters()
    establishments.list.select_row(0)
    s.save(window, "search-no-tones.png")
    establishments.list.filters.search.clear()
    establishments.list.apply_filters()

    window.go_to("inspections:tab.follow_ups_due")
    if inspections.due.model.rowCount():
        inspections.due.select_row(0)
    s.save(window, "follow-ups-due.png")

    shots.shoot_forms(s.app, window, s.scratch)
    s.take("form-inspection-problems.png", "inspection-problems.png")
    s.take("dialog-unsaved.png", "dialog-unsaved.png")
    s.take("dialog-patrol-reactivates.png", "patrol-reactivates.png")

    window.go_to("hotspots:panel.hotspot")
    window.page("hotspots").panel("hotspot").list.select_row(0)
    s.save(window, "hotspots.png")

    window.go_to("persons:panel.person")
    window.page("persons").panel("person").list.select_row(0)
    s.save(window, "persons.png")

    window.go_to("tips:panel.tip")
    window.page("tips").panel("tip").list.select_row(0)
    s.save(window, "tips.png")

    window.go_to("volunteers:panel.volunteer_team")
    window.page("volunteers").panel("volunteer_team").list.select_row(0)
    s.save(window, "volunteers.png")

    plan = window.page("plan")
    window.go_to("plan")
    plan.year.setValue(2018)
    s.save(window, "plan-targets.png")
    plan.tabs.setCurrentWidget(plan.assessment)
    s.save(window, "plan-assessment.png")
    plan.tabs.setCurrentWidget(plan.targets)


def shoot_excel_and_report(s: Shooter, window: MainWindow, folder: Path) -> None:
    shots.shoot_excel_import(s.app, window, folder, s.scratch)
    s.take("dialog-excel-import.png", "excel-import.png")
    shots.shoot_report(s.app, window, s.scratch)
    s.take("page-*-reports-preview.png", "report-preview.png")
    s.take("page-*-settings-report-form.png", "report-form-settings.png")


def shoot_exchange(s: Shooter, window: MainWindow, folder: Path) -> None:
    """The commune's key and its file for January 2018 on a "USB stick"; the district
    receiving that folder with a second commune's file, and who has not sent."""
    commune = window.workspace
    # In the demo's year, 2018: the district and the ward still exist then.
    year_end = date(2018, 12, 31)
    district = create_workspace(folder / "quan-hoan-kiem.sqlite3", DISTRICT, admin=DEMO_ADMIN,
                                password=DEMO_PASSWORD, as_of=year_end)  # fmt: skip
    other = create_workspace(folder / "phuong-hang-bac.sqlite3", OTHER_COMMUNE, admin=DEMO_ADMIN,
                             password=DEMO_PASSWORD, as_of=year_end)  # fmt: skip
    for child in (commune, other):  # the key cards, exchanged and compared by phone
        trust_card(district, own_card(child))
        trust_card(child, own_card(district))

    page = window.page("exchange")
    window.go_to("exchange")
    page.picker.set_code(PERIOD)
    page.keys.refresh()
    page.tabs.setCurrentWidget(page.keys)
    s.save(window, "exchange-keys.png")

    usb = folder / "USB"
    usb.mkdir()
    page.tabs.setCurrentWidget(page.send)
    if page.send.export_to(usb / page.send.default_name()) is None:
        raise SystemExit(f"không xuất được tệp: {page.send.error.text()}")
    s.save(window, "exchange-send.png")
    page.tabs.setCurrentWidget(page.dhis2)
    if page.dhis2.export_to(usb / page.dhis2.default_name()) is None:
        raise SystemExit(f"không xuất được tệp DHIS2: {page.dhis2.error.text()}")
    s.save(window, "exchange-dhis2.png")
    export_period(other, PERIOD, usb / f"{OTHER_COMMUNE}-{PERIOD}.pcmd")
    other.close()

    district_window = open_window(s.app, district)
    received = district_window.page("exchange")
    district_window.go_to("exchange")
    received.picker.set_code(PERIOD)
    received.tabs.setCurrentWidget(received.receive)
    outcomes = received.receive.import_folder(usb)
    if [o.status for o in outcomes] != ["accepted", "accepted"]:
        raise SystemExit(f"cấp huyện không nhận được tệp: {[o.message for o in outcomes]}")
    s.save(district_window, "exchange-receive.png")
    district_window.close()
    district.close()


def shoot_trash(s: Shooter, window: MainWindow) -> None:
    """An activity moved to the recycle bin, then put back."""
    panel = window.page("activities").panel("activity")
    key = panel.list.model.key_at(0)
    service = RecordService(window.workspace)
    service.delete("activity", key)
    trash = window.page("trash")
    window.go_to("trash")
    trash.table.selectRow(0)
    s.save(window, "trash.png")
    trash.restore_selected()


def shoot_settings(s: Shooter, window: MainWindow) -> None:
    """Backups (after 'Sao lưu ngay'), users and their dialogs, a password change."""
    ws = window.workspace
    settings = window.page("settings")
    window.go_to("settings")
    settings.backup_section.backup_now()
    scroll = settings.findChild(QScrollArea)
    scroll.verticalScrollBar().setValue(0)
    s.save(window, "settings-backup.png")

    for name, role in (("nguyen.thi.hoa", "officer"), ("tran.van.binh", "reporter"),
                       ("le.thu.trang", "viewer")):  # fmt: skip
        auth.add_user(ws, name, role, SYNTHETIC_PASSWORD)
    users = settings.users_section
    users.refresh()
    users.select_user("nguyen.thi.hoa")
    shots.settle(s.app, 0.15)
    scroll.ensureWidgetVisible(users, 0, 0)
    s.save(window, "settings-users.png")

    add = AddUserDialog(ws, window)
    add.rows.name.setText("pham.minh.tuan")
    add.role_field.setCurrentIndex(add.role_field.findData("reporter"))
    add.rows.password.setText(SYNTHETIC_PASSWORD)
    add.rows.repeat.setText(SYNTHETIC_PASSWORD)
    add.show()
    s.save(add, "add-user.png")
    add.close()

    reset = ResetPasswordDialog(ws, "nguyen.thi.hoa", window)
    reset.rows.password.setText(SYNTHETIC_PASSWORD)
    reset.rows.repeat.setText(SYNTHETIC_PASSWORD)
    reset.show()
    s.save(reset, "reset-password.png")
    reset.close()

    change = ChangePasswordDialog(ws, window)
    change.show()
    s.save(change, "change-password.png")
    change.close()


def shoot_lock(s: Shooter, window: MainWindow) -> None:
    window.go_to("overview")
    window.lock_screen()
    s.save(window.lock_dialog, "lock.png", 0.3)
    window.lock_dialog.password_field.setText(DEMO_PASSWORD)
    window.lock_dialog.accept()
    shots.settle(s.app)


def make_all(app: QApplication, out: Path, folder: Path) -> list[str]:
    """Every picture of the guide, into `out`; the names made."""
    scratch = folder / "scratch"
    scratch.mkdir()
    s = Shooter(app, out, scratch)
    shoot_first_run(s, folder)
    workspace = shots.make_workspace(folder)  # Phường Chương Dương, 2018, admin logged in
    try:
        shoot_login(s, workspace)
        window = open_window(app, workspace)
        shoot_record_pages(s, window)
        shoot_excel_and_report(s, window, folder)
        shoot_exchange(s, window, folder)
        shoot_trash(s, window)
        shoot_settings(s, window)
        shoot_lock(s, window)
        window.close()  # the daily backup goes into the temporary folder
    finally:
        workspace.close()
    return s.made


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Chụp ảnh cho tài liệu hướng dẫn sử dụng.")
    parser.add_argument("outdir", nargs="?", type=Path, default=DEFAULT_OUT,
                        help=f"thư mục lưu ảnh PNG (mặc định {DEFAULT_OUT})")  # fmt: skip
    args = parser.parse_args(argv)
    out: Path = args.outdir
    out.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()

    app = QApplication(sys.argv[:1])
    app.setApplicationName("PCMD Desktop")
    app.setOrganizationName("PCMD")
    install_language(app, "vi")
    install_ui_font(app)
    with tempfile.TemporaryDirectory(prefix="pcmd-huong-dan-") as tmp:
        folder = Path(tmp)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                          str(folder / "settings"))  # fmt: skip
        made = make_all(app, out, folder)
    missing = [name for name in GUIDE_IMAGES if name not in made]
    if missing:
        print(f"Thiếu ảnh: {', '.join(missing)}", file=sys.stderr)
        return 1
    print(f"{len(made)} ảnh trong {out} ({time.monotonic() - started:.1f} giây)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
