"""The main window: navigation column, the pages the user's role may see, menus, a
status bar, the idle lock, and the daily backup when it closes."""

from __future__ import annotations

import sys
from datetime import datetime

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.display import format_date
from pcmd_desktop.services import auth, backup, backup_actions
from pcmd_desktop.services.errors import ServiceError
from pcmd_desktop.services.permissions import ROLE_LABELS
from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui import preferences
from pcmd_desktop.ui.about import AboutDialog
from pcmd_desktop.ui.guide_dialog import GuideDialog
from pcmd_desktop.ui.i18n import period_name, tr
from pcmd_desktop.ui.idle_lock import MS_PER_MINUTE, IdleWatcher, LockDialog
from pcmd_desktop.ui.navigation import NavigationColumn
from pcmd_desktop.ui.pages import PAGES, Page
from pcmd_desktop.ui.password_dialog import ChangePasswordDialog
from pcmd_desktop.ui.window_state import restore_geometry, save_geometry

PRODUCT = "PCMD Desktop"
GEOMETRY_KEY = "main_window"
DEFAULT_SIZE = QSize(1280, 720)  # fits a 1366x768 screen with the task bar
MINIMUM_SIZE = QSize(1000, 640)


class MainWindow(QMainWindow):
    """`idle_interval_ms` replaces the idle minutes from the settings (tests)."""

    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
        *,
        idle_interval_ms: int | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self._guide: GuideDialog | None = None
        self.wants_login = False  # closed by 'Đăng xuất': the program asks a login again
        self.session_ended = False
        self.lock_dialog: LockDialog | None = None
        self.setObjectName("window.main")
        self.setWindowTitle(f"{PRODUCT} — {workspace.unit.name}")
        self.setMinimumSize(MINIMUM_SIZE)

        self.nav = NavigationColumn()
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        # Pages are built the first time they are shown: the window opens at once, and
        # a page's lists are read only when someone looks at them.
        self.page_classes = [p for p in PAGES if p.allowed(workspace)]
        self._built: dict[int, Page] = {}
        for page_class in self.page_classes:
            holder = QWidget()
            holder.setObjectName(f"holder.{page_class.name}")
            QVBoxLayout(holder).setContentsMargins(0, 0, 0, 0)
            self.stack.addWidget(holder)
            action = self.nav.add_page(tr(page_class.title), page_class.name)
            if action is not None:
                self.addAction(action)
        self.nav.fit_width()
        self.update_badges()
        self.nav.page_chosen.connect(self.show_page)

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._build_menus()
        self._build_status_bar()
        self.nav.setCurrentRow(0)
        self.nav.setFocus()
        restore_geometry(self, GEOMETRY_KEY, DEFAULT_SIZE, self._settings)
        if idle_interval_ms is None:
            idle_interval_ms = workspace.idle_minutes * MS_PER_MINUTE
        self.idle = IdleWatcher(idle_interval_ms, self.lock_screen, self)

    # Pages -------------------------------------------------------------------------
    def page_at(self, index: int) -> Page:
        """The page in position `index`, built now if it never was."""
        page = self._built.get(index)
        if page is None:
            page = self.page_classes[index](self.workspace)
            page.changed.connect(self.update_badges)
            self.stack.widget(index).layout().addWidget(page)
            self._built[index] = page
            if page.name == "settings":
                self._connect_settings_page(page)
            elif page.name == "overview":
                page.go_to.connect(self.go_to)
        return page

    @property
    def pages(self) -> list[Page]:
        """Every page the user may see, all built (tests, screenshots)."""
        return [self.page_at(i) for i in range(len(self.page_classes))]

    def show_page(self, index: int) -> None:
        page = self.page_at(index)
        page.refresh()
        self.update_badges()
        self.stack.setCurrentIndex(index)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)

    def _index(self, name: str) -> int:
        return next(i for i, p in enumerate(self.page_classes) if p.name == name)

    def page(self, name: str) -> Page:
        """The page whose objectName is `page.<name>`."""
        return self.page_at(self._index(name))

    def has_page(self, name: str) -> bool:
        return any(p.name == name for p in self.page_classes)

    def current_page(self) -> Page:
        return self.page_at(self.stack.currentIndex())

    def go_to(self, target: str) -> None:
        """Show the page `target` names, and after ':' the tab of that objectName on it
        ("hotspots:panel.hotspot", "inspections:tab.follow_ups_due")."""
        name, _, tab = target.partition(":")
        if not self.has_page(name):
            return  # a page this role may not see
        index = self._index(name)
        self.show_page(index)
        tabs = getattr(self.page_at(index), "tabs", None)
        if tab and tabs is not None:
            for t in range(tabs.count()):
                if tabs.widget(t).objectName() == tab:
                    tabs.setCurrentIndex(t)
                    break

    def _connect_settings_page(self, settings_page: Page) -> None:
        settings_page.idle_minutes_changed.connect(
            lambda minutes: self.idle.set_interval(minutes * MS_PER_MINUTE)
        )
        settings_page.restored.connect(self._after_restore)
        settings_page.cutoff_changed.connect(lambda _c: self._show_period())
        settings_page.unit_changed.connect(self.show_unit)

    def show_unit(self) -> None:
        """The title and status bar name this database's unit (again, after a re-home)."""
        ws = self.workspace
        self.setWindowTitle(f"{PRODUCT} — {ws.unit.name}")
        self.status_unit.setText(tr("Đơn vị: {0}").format(ws.unit.name))
        self.status_unit.setToolTip(ws.unit_full_name())

    # Menus and status bar ----------------------------------------------------------
    def _action(self, text: str, name: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self)
        action.setObjectName(f"action.{name}")
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(tr("&Tệp"))
        self.change_password_action = self._action(
            tr("Đổi &mật khẩu..."), "change_password", self.change_password
        )
        self.lock_action = self._action(tr("&Khóa màn hình"), "lock", self.lock_screen, "Ctrl+L")
        self.logout_action = self._action(tr("Đăng &xuất"), "logout", self.logout)
        self.quit_action = self._action(tr("&Thoát"), "quit", self.close, "Ctrl+Q")
        file_menu.addAction(self.change_password_action)
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu(tr("Trợ &giúp"))
        self.guide_action = self._action(tr("&Hướng dẫn sử dụng"), "guide", self.show_guide, "F1")
        self.about_action = self._action(tr("&Giới thiệu"), "about", self.show_about)
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        ws = self.workspace
        bar = self.statusBar()
        bar.setObjectName("statusbar")
        self.status_unit = QLabel(tr("Đơn vị: {0}").format(ws.unit.name))
        self.status_unit.setToolTip(ws.unit_full_name())
        role = tr(ROLE_LABELS.get(ws.role or "", ""))
        self.status_user = QLabel(tr("Người dùng: {0} ({1})").format(ws.actor, role))
        self.status_period = QLabel()
        self._show_period()
        for name, label in (
            ("status.unit", self.status_unit),
            ("status.user", self.status_user),
            ("status.period", self.status_period),
        ):
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def _show_period(self) -> None:
        period = self.workspace.current_period()
        self.status_period.setText(tr("Kỳ báo cáo: {0}").format(period_name(period)))
        tip = tr("Từ {0} đến {1}").format(
            format_date(period.start.isoformat()), format_date(period.end.isoformat())
        )
        if self.workspace.demo_year is not None:
            # A demo works as at the end of its year: say so, lest the date look wrong.
            self.status_period.setText(
                tr("Kỳ báo cáo: {0} (CSDL trình diễn năm {1})").format(
                    period_name(period), self.workspace.demo_year
                )
            )
            tip += "\n" + tr("CSDL trình diễn: phần mềm làm việc như vào ngày {0}.").format(
                format_date(self.workspace.today().isoformat())
            )
        self.status_period.setToolTip(tip)

    def show_guide(self) -> None:
        """The guide in its own window, beside this one; F1 again brings it forward."""
        if self._guide is None:
            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    def show_about(self) -> None:
        AboutDialog(self, self.workspace.path).exec()

    def change_password(self) -> None:
        if ChangePasswordDialog(self.workspace, self).exec() == QDialog.DialogCode.Accepted:
            self.statusBar().showMessage(tr("Đã đổi mật khẩu."), 5000)

    # Lock and logout ---------------------------------------------------------------
    def lock_screen(self) -> None:
        """Hide the content and ask the password again (non-blocking: modal `open()`)."""
        if self.lock_dialog is not None or self.session_ended:
            return
        self.idle.pause()
        self.centralWidget().hide()
        self.lock_dialog = LockDialog(self.workspace, self)
        self.lock_dialog.finished.connect(self._lock_finished)
        self.lock_dialog.open()

    def _lock_finished(self, result: int) -> None:
        dialog, self.lock_dialog = self.lock_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        if result == LockDialog.LOGOUT:
            self.logout()
            return
        self.centralWidget().show()
        self.idle.resume()

    def is_locked(self) -> bool:
        return self.lock_dialog is not None

    def logout(self) -> None:
        self.wants_login = True
        self.close()

    # Closing -----------------------------------------------------------------------
    def daily_backup(self, now: datetime | None = None) -> str:
        """The automatic backup (at most one a day); a message when it failed, else ''."""
        ws = self.workspace
        try:
            made = backup_actions.backup_on_close(
                ws, preferences.backup_folder(self._settings), now=now or datetime.now()
            )
        except (backup.BackupError, ServiceError, OSError) as e:
            return tr("Không sao lưu tự động được: {0}").format(e)
        if made is not None:
            self.statusBar().showMessage(tr("Đã sao lưu vào {0}").format(made), 5000)
        return ""

    def end_session(self) -> None:
        """Back up (never blocking the exit), then log out; once."""
        if self.session_ended:
            return
        self.session_ended = True
        self.idle.stop()
        self.save_drafts()
        problem = self.daily_backup()
        if problem:
            self.statusBar().showMessage(problem)
            print(problem, file=sys.stderr)
            if self.isVisible():
                QMessageBox.warning(self, tr("Sao lưu tự động"), problem)
        try:
            auth.logout(self.workspace)
        except Exception as e:  # a database already closed: nothing left to record
            print(f"Không ghi được việc đăng xuất: {e}", file=sys.stderr)

    def save_drafts(self) -> None:
        """Forms still changed are kept as drafts (encrypted) and offered next time."""
        for page in self._built.values():
            try:
                page.save_drafts()
            except Exception as e:  # never block the exit; say it on the console
                print(f"Không lưu được bản nháp của {page.title}: {e}", file=sys.stderr)

    def update_badges(self) -> None:
        """Counts of what waits, beside the page titles (follow-ups due, re-activated
        hotspots)."""
        for index, page_class in enumerate(self.page_classes):
            self.nav.set_badge(index, page_class.badge(self.workspace))

    def _after_restore(self) -> None:
        """The settings page closed the workspace and put a backup in place."""
        self.session_ended = True
        self.idle.stop()
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, GEOMETRY_KEY, self._settings)
        self.end_session()
        super().closeEvent(event)
