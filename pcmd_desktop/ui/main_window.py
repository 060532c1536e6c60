"""The main window: navigation column, the current page, menus and a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from pcmd_desktop.services.workspace import Workspace
from pcmd_desktop.ui.about import AboutDialog
from pcmd_desktop.ui.navigation import NavigationColumn
from pcmd_desktop.ui.pages import PAGES, Page
from pcmd_desktop.ui.window_state import restore_geometry, save_geometry

PRODUCT = "PCMD Desktop"
GEOMETRY_KEY = "main_window"
DEFAULT_SIZE = QSize(1280, 720)  # fits a 1366x768 screen with the task bar
MINIMUM_SIZE = QSize(1000, 640)


class MainWindow(QMainWindow):
    def __init__(
        self,
        workspace: Workspace,
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self._settings = settings
        self.setObjectName("window.main")
        self.setWindowTitle(f"{PRODUCT} — {workspace.unit.name}")
        self.setMinimumSize(MINIMUM_SIZE)

        self.nav = NavigationColumn()
        self.stack = QStackedWidget()
        self.stack.setObjectName("stack")
        self.pages: list[Page] = []
        for page_class in PAGES:
            page = page_class(workspace)
            self.pages.append(page)
            self.stack.addWidget(page)
            action = self.nav.add_page(page.title, page.name)
            if action is not None:
                self.addAction(action)
        self.nav.fit_width()
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

    # Pages -------------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        page = self.pages[index]
        page.refresh()
        self.stack.setCurrentWidget(page)
        if self.nav.currentRow() != index:
            self.nav.setCurrentRow(index)

    def page(self, name: str) -> Page:
        """The page whose objectName is `page.<name>`."""
        return next(p for p in self.pages if p.name == name)

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    # Menus and status bar ----------------------------------------------------------
    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&Tệp")
        self.quit_action = QAction("&Thoát", self)
        self.quit_action.setObjectName("action.quit")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.triggered.connect(self.close)
        file_menu.addAction(self.quit_action)

        help_menu = self.menuBar().addMenu("Trợ &giúp")
        self.about_action = QAction("&Giới thiệu", self)
        self.about_action.setObjectName("action.about")
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    def _build_status_bar(self) -> None:
        ws = self.workspace
        bar = self.statusBar()
        bar.setObjectName("statusbar")
        self.status_unit = QLabel(f"Đơn vị: {ws.unit.name}")
        self.status_unit.setToolTip(ws.unit_full_name())
        self.status_user = QLabel(f"Người dùng: {ws.actor}")
        self.status_period = QLabel(f"Kỳ báo cáo: {ws.current_period().name_vi}")
        for name, label in (
            ("status.unit", self.status_unit),
            ("status.user", self.status_user),
            ("status.period", self.status_period),
        ):
            label.setObjectName(name)
            label.setContentsMargins(8, 0, 8, 0)
            bar.addPermanentWidget(label)

    def show_about(self) -> None:
        AboutDialog(self).exec()

    # Closing -----------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        save_geometry(self, GEOMETRY_KEY, self._settings)
        super().closeEvent(event)
