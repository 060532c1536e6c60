"""Hướng dẫn sử dụng (F1): the user guide, docs/huong-dan-su-dung.md with its
screenshots, shown inside the program by Qt's Markdown support, with a search box that
ignores case and tones like the rest of the program. Not modal: the guide stays open
beside the window while the officer works."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, QUrl
from PySide6.QtGui import (
    QKeySequence,
    QResizeEvent,
    QShortcut,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pcmd_desktop.domain.text import fold
from pcmd_desktop.resources import guide_file
from pcmd_desktop.ui.i18n import tr
from pcmd_desktop.ui.window_state import restore_geometry, save_geometry

GEOMETRY_KEY = "guide_window"
DEFAULT_SIZE = QSize(920, 680)


def fold_each(text: str) -> str:
    """`text` folded one character at a time (lower case, no tones, đ -> d), keeping its
    length, so a match in the folded text is at the same place in the document."""
    out = []
    for c in text:
        f = fold(c)
        out.append(f if len(f) == 1 else c.lower()[:1] or c)
    return "".join(out)


class GuideDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("dialog.guide")
        self.setWindowTitle(tr("Hướng dẫn sử dụng PCMD Desktop"))
        layout = QVBoxLayout(self)

        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("field.guide.search")
        self.search.setAccessibleName(tr("Tìm trong hướng dẫn"))
        self.search.setPlaceholderText(tr("Tìm trong hướng dẫn (không cần dấu)…"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.find_button = QPushButton(tr("Tìm &tiếp"))
        self.find_button.setObjectName("action.guide_find")
        self.find_button.clicked.connect(self.find_next)
        self.home_button = QPushButton(tr("Về &đầu"))
        self.home_button.setObjectName("action.guide_home")
        self.home_button.clicked.connect(self.go_home)
        for button in (self.find_button, self.home_button):
            button.setAutoDefault(False)  # Enter in the search box searches once, here
        self.status = QLabel()
        self.status.setObjectName("label.guide.status")
        bar.addWidget(self.search, 1)
        bar.addWidget(self.find_button)
        bar.addWidget(self.home_button)
        bar.addWidget(self.status)
        layout.addLayout(bar)

        self.browser = QTextBrowser()
        self.browser.setObjectName("field.guide.content")
        self.browser.setAccessibleName(tr("Nội dung hướng dẫn"))
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.search.setFocus)

        self.path = guide_file()
        self._folded = ""
        self._images: dict[int, QSize] = {}  # position in the document -> natural size
        self._fit_timer = QTimer(self, singleShot=True, interval=50)
        self._fit_timer.timeout.connect(self.fit_images)
        if self.path.is_file():
            self.browser.setSource(
                QUrl.fromLocalFile(str(self.path)), QTextDocument.ResourceType.MarkdownResource
            )
            self._folded = fold_each(self.browser.document().toRawText())
            self._images = self._image_sizes()
        else:
            self.browser.setPlainText(
                tr("Không tìm thấy tệp hướng dẫn {0}. Hãy cài lại chương trình.").format(self.path)
            )
        restore_geometry(self, GEOMETRY_KEY, DEFAULT_SIZE)

    def _image_sizes(self) -> dict[int, QSize]:
        """Each screenshot's position and natural size, read once."""
        document = self.browser.document()
        sizes: dict[int, QSize] = {}
        block = document.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                fmt = fragment.charFormat()
                if fmt.isImageFormat():
                    image = document.resource(
                        QTextDocument.ResourceType.ImageResource,
                        QUrl(fmt.toImageFormat().name()),
                    )
                    if image is not None and not image.isNull():
                        sizes[fragment.position()] = image.size()
                it += 1
            block = block.next()
        return sizes

    def fit_images(self) -> None:
        """Shrink screenshots wider than the page to its width (never enlarge), so a
        1366-pixel window shot is seen whole in a smaller guide window."""
        room = self.browser.viewport().width() - 2 * int(self.browser.document().documentMargin())
        if room <= 0:
            return
        cursor = QTextCursor(self.browser.document())
        for position, size in self._images.items():
            width = min(size.width(), room)
            cursor.setPosition(position)
            cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
            fmt = QTextImageFormat(cursor.charFormat().toImageFormat())
            if int(fmt.width()) == width:
                continue
            fmt.setWidth(width)
            fmt.setHeight(size.height() * width / size.width())
            cursor.setCharFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timer.start()

    def go_home(self) -> None:
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.ensureCursorVisible()

    def find_next(self) -> bool:
        """Select the next place the search text occurs (from the start again after the
        last one); False, with a message, when it occurs nowhere."""
        query = fold_each(self.search.text().strip())
        if not query:
            return False
        cursor = self.browser.textCursor()
        start = cursor.selectionEnd() if cursor.hasSelection() else 0
        at = self._folded.find(query, start)
        if at < 0:
            at = self._folded.find(query)
        if at < 0:
            self.status.setText(tr("Không thấy."))
            return False
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(at)
        cursor.setPosition(at + len(query), QTextCursor.MoveMode.KeepAnchor)
        self.browser.setTextCursor(cursor)
        self.browser.ensureCursorVisible()
        self.status.setText("")
        return True

    def done(self, result: int) -> None:
        save_geometry(self, GEOMETRY_KEY)
        super().done(result)
