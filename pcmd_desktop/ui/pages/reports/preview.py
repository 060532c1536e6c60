"""The report's preview: the PDF the report prints as, written into a temporary folder
on the thread pool (the window keeps answering; a newer request wins over an older one)
and shown page after page with QtPdf, fit to the width. Also printing a PDF's pages."""

from __future__ import annotations

import contextlib
import tempfile
from pathlib import Path

from PySide6.QtCore import QObject, QRect, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from pcmd_desktop.reports.model import Report
from pcmd_desktop.services import reporting
from pcmd_desktop.ui.i18n import period_name, tr

MAX_PRINT_DPI = 300  # a page rendered finer than this only costs memory (A4: 35 MB)


class _Signals(QObject):
    done = Signal(int, object)  # generation, the PDF's path (or the exception)


class _PdfJob(QRunnable):
    """One PDF written on the thread pool; the result comes back by a queued signal."""

    def __init__(self, report: Report, path: Path, generation: int):
        super().__init__()
        self.report = report
        self.path = path
        self.generation = generation
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result: object = reporting.write_report(self.report, "pdf", self.path)
        except Exception as e:  # shown to the user by the page, not lost in a thread
            result = e
        self.signals.done.emit(self.generation, result)


class PreviewPane(QWidget):
    shown = Signal(int)  # pages of the report now shown
    failed = Signal(str)
    loading = Signal(bool)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._folder = tempfile.TemporaryDirectory(
            prefix="pcmd-bao-cao-", ignore_cleanup_errors=True
        )
        self.folder = Path(self._folder.name)
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setObjectName("view.report_preview")
        self.view.setAccessibleName(tr("Xem trước báo cáo"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setDocument(self.document)
        self.info = QLabel(tr('Chọn kỳ báo cáo rồi bấm "Xem trước" để xem báo cáo.'))
        self.info.setObjectName("label.report.preview")
        self.info.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.info)
        layout.addWidget(self.view, 1)
        self.report: Report | None = None  # the report shown
        self.path: Path | None = None  # its PDF
        self._generation = 0
        self._pending: dict[int, Report] = {}
        self._count = 0  # files written, for names never used twice
        # One PDF at a time: the renderer's fonts are registered globally.
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)

    def next_path(self, stem: str = "xem-truoc") -> Path:
        """A new file in the temporary folder (a file still open cannot be overwritten
        on Windows)."""
        self._count += 1
        return self.folder / f"{stem}-{self._count}.pdf"

    def is_busy(self) -> bool:
        return bool(self._pending)

    def show_report(self, report: Report) -> None:
        """Write `report` as a PDF on the thread pool, then show it."""
        self._generation += 1
        self._pending[self._generation] = report
        job = _PdfJob(report, self.next_path(), self._generation)
        job.signals.done.connect(self._finished)
        self.loading.emit(True)
        self.pool.start(job)

    def _finished(self, generation: int, result: object) -> None:
        report = self._pending.pop(generation, None)
        if generation != self._generation or report is None:
            if isinstance(result, Path):
                result.unlink(missing_ok=True)  # a newer request was made meanwhile
            return
        self.loading.emit(False)
        if isinstance(result, Exception):
            self.failed.emit(tr("Không tạo được bản xem trước: {0}").format(result))
            return
        old = self.path
        error = self.document.load(str(result))
        if error != QPdfDocument.Error.None_:
            self.failed.emit(tr("Không mở được bản xem trước ({0}).").format(error.name))
            return
        self.report, self.path = report, Path(str(result))
        if old is not None and old != self.path:
            # Still open somewhere: the temporary folder goes at the end anyway.
            with contextlib.suppress(OSError):
                old.unlink(missing_ok=True)
        pages = self.document.pageCount()
        self.info.setText(tr("Báo cáo {0} ({1} trang).").format(period_name(report.period), pages))
        self.shown.emit(pages)

    def wait(self) -> None:
        """Block until the PDFs under way are written (tests, closing); their results
        arrive with the next events processed."""
        self.pool.waitForDone()


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Every page of `document` onto `printer`, each rendered at the printer's
    resolution (at most MAX_PRINT_DPI) and laid on the whole sheet: an A4 page prints at
    its own size, so the form's margins (Decree 30/2020) stay as they are. Returns the
    pages printed; 0 when the printer could not start."""
    printer.setFullPage(True)
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        area = printer.pageLayout().fullRectPixels(printer.resolution())
        for index in range(document.pageCount()):
            if index:
                printer.newPage()
            points = document.pagePointSize(index)
            size = QSize(round(points.width() * dpi / 72), round(points.height() * dpi / 72))
            image = document.render(index, size)
            target = QSize(size).scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
        return document.pageCount()
    finally:
        painter.end()
