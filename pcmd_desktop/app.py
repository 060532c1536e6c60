"""`pcmd-desktop [--db PATH]`: the window program."""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from pcmd_desktop import __version__, locations
from pcmd_desktop.cli.argparse_vi import Parser, UsageError
from pcmd_desktop.cli.session import PASSWORD_ENV, USER_ENV
from pcmd_desktop.services.workspace import default_db_path

EXIT_USAGE = 2


def build_parser() -> Parser:
    parser = Parser(
        prog="pcmd-desktop",
        description="PCMD Desktop: ghi chép và báo cáo công tác phòng, chống mại dâm.",
    )
    parser.add_argument(
        "--db",
        metavar="ĐƯỜNG_DẪN",
        type=Path,
        help=f"tệp cơ sở dữ liệu (mặc định: {default_db_path()}); "
        "chưa có thì phần mềm hỏi đơn vị để tạo mới",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return parser


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (a service account, a container)
        return "pcmd"


def _quit_after_first_paint(app) -> None:
    """For benchmarks and install checks: leave as soon as the first window (the login
    dialog, or the main window when the environment logs in) has been painted: the
    dialog is cancelled, then the event loop ends. The painted window's objectName goes
    to stderr as `painted: NAME`, so a check knows which window it saw, and the family of
    the font it was drawn with as `font: FAMILY`."""
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtGui import QFontInfo
    from PySide6.QtWidgets import QApplication, QDialog, QWidget

    def leave() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            modal.done(QDialog.DialogCode.Rejected)
        QApplication.quit()

    class QuitOnPaint(QObject):
        done = False

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and not self.done:
                if isinstance(obj, QWidget):
                    self.done = True
                    print(f"painted: {obj.window().objectName()}", file=sys.stderr)
                    print(f"font: {QFontInfo(obj.window().font()).family()}", file=sys.stderr)
                QTimer.singleShot(0, leave)
            return False

    app._quit_on_paint = QuitOnPaint(app)  # kept alive with the application
    app.installEventFilter(app._quit_on_paint)


def database_to_open(given: Path | None) -> Path:
    """--db when given; else the file chosen at the first run, if it still exists;
    else the default place. A portable copy always uses its own `data` folder."""
    if given is not None:
        return given
    if locations.portable_data_dir() is None:
        from pcmd_desktop.ui.preferences import chosen_database

        chosen = chosen_database()
        if chosen is not None:
            return chosen
    return default_db_path()


def _login_from_environment(ask):
    """Log in with PCMD_USER and PCMD_PASSWORD, the command line's variables, when both
    are set (scripted checks of an install); otherwise, or when they are refused, ask as
    usual (the refusal is shown on stderr)."""
    from pcmd_desktop.services import auth
    from pcmd_desktop.services.errors import AuthError

    def login(ws) -> bool:
        user, password = os.environ.get(USER_ENV), os.environ.get(PASSWORD_ENV)
        if user and password:
            try:
                auth.login(ws, user, password)
                return True
            except AuthError as e:
                print(e, file=sys.stderr)
        return ask(ws)

    return login


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except UsageError as e:
        print(e, file=sys.stderr)
        return EXIT_USAGE

    # Qt is imported only once the command line is known to be good.
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from pcmd_desktop.resources import APP_ICON, resource_path
    from pcmd_desktop.ui.fonts import install_ui_font
    from pcmd_desktop.ui.i18n import install_language, saved_language
    from pcmd_desktop.ui.main_window import MainWindow
    from pcmd_desktop.ui.startup import Dialogs, ask_login, start

    portable_settings = locations.settings_dir()
    if portable_settings is not None:
        # Before any QSettings is made: the settings file travels with the program.
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(portable_settings)
        )
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("PCMD Desktop")
    app.setOrganizationName("PCMD")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("pcmd-desktop")  # the menu entry of the .deb (icon, name)
    app.setWindowIcon(QIcon(str(resource_path(APP_ICON))))
    # A proportional font with every Vietnamese letter, before any widget is built.
    install_ui_font(app)
    # The language chosen in Settings, before any window or dialog is built.
    install_language(app, saved_language())

    if os.environ.get("PCMD_EXIT_AFTER_PAINT") == "1":
        _quit_after_first_paint(app)
    dialogs = Dialogs(login=_login_from_environment(ask_login))
    startup = start(database_to_open(args.db), holder=current_user(), dialogs=dialogs)
    window = startup.window
    if window is None:
        return startup.exit_code
    try:
        while True:
            window.show()
            code = app.exec()
            if not window.wants_login:
                return code
            # 'Đăng xuất': the same database, another login (perhaps another role).
            window.deleteLater()
            if not ask_login(window.workspace):
                return 0
            window = MainWindow(window.workspace)
    finally:
        if not window.session_ended:
            window.close()  # backup and logout, even when the loop ended another way
        startup.release()


if __name__ == "__main__":
    raise SystemExit(main())
