"""Trợ giúp › Hướng dẫn sử dụng (F1): the guide opens beside the window, shows the
Markdown with its screenshots, and finds text without tones."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QTextCursor, QTextDocument
from records_support import type_text
from ui_support import open_window

from pcmd_desktop import resources
from pcmd_desktop.ui import guide_dialog
from pcmd_desktop.ui.guide_dialog import GuideDialog, fold_each

GUIDE = """# Hướng dẫn thử

## Báo cáo tháng

Mở trang **Báo cáo**, chọn kỳ rồi bấm Xem trước.

![Trang báo cáo](images/huong-dan/bao-cao.png)

## Sao lưu

Khi đóng cửa sổ, chương trình tự sao lưu. Báo cáo tháng nào cũng cần sao lưu.
"""


@pytest.fixture
def guide(tmp_path: Path, monkeypatch) -> Path:
    """A small guide with one real screenshot beside it, in place of the shipped one."""
    path = tmp_path / "guide" / "huong-dan-su-dung.md"
    (path.parent / "images" / "huong-dan").mkdir(parents=True)
    path.write_text(GUIDE, encoding="utf-8")
    image = QImage(1366, 768, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.darkBlue)
    assert image.save(str(path.parent / "images" / "huong-dan" / "bao-cao.png"))
    monkeypatch.setattr(guide_dialog, "guide_file", lambda: path)
    return path


def image_format(dialog: GuideDialog):
    cursor = QTextCursor(dialog.browser.document())
    position = next(iter(dialog._images))
    cursor.setPosition(position)
    cursor.setPosition(position + 1, QTextCursor.MoveMode.KeepAnchor)
    return cursor.charFormat().toImageFormat()


def shown_width(dialog: GuideDialog) -> float:
    return image_format(dialog).width() or 1366


def shown_height(dialog: GuideDialog) -> float:
    return image_format(dialog).height()


def test_f1_opens_the_guide_with_its_pictures(qtbot, workspace, guide):
    window = open_window(qtbot, workspace)
    assert window.guide_action.objectName() == "action.guide"
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(GuideDialog, "dialog.guide")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.isModal()  # the officer keeps working beside it
    text = dialog.browser.document().toPlainText()
    assert "Báo cáo tháng" in text and "Sao lưu" in text
    assert "**" not in text and "##" not in text  # rendered, not shown as source
    # The screenshot is found relative to the guide, as in the bundle.
    url = QUrl.fromLocalFile(str(guide.parent / "images" / "huong-dan" / "bao-cao.png"))
    picture = dialog.browser.document().resource(QTextDocument.ResourceType.ImageResource, url)
    assert picture is not None and picture.width() == 1366
    # A window shot wider than the guide is shown at the guide's width, in proportion.
    dialog.resize(700, 500)
    qtbot.waitUntil(lambda: shown_width(dialog) < 700)
    shown = shown_width(dialog)
    assert shown >= 600
    assert abs(shown_height(dialog) - 768 * shown / 1366) < 1
    # F1 again brings the same window forward rather than opening a second one.
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.findChildren(GuideDialog) == [dialog]


def test_search_ignores_tones_and_wraps_around(qtbot, guide):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.search, "bao cao thang")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    first = dialog.browser.textCursor()
    assert first.selectedText() == "Báo cáo tháng"
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    second = dialog.browser.textCursor()
    assert second.selectedText() == "Báo cáo tháng"
    assert second.selectionStart() > first.selectionStart()
    qtbot.mouseClick(dialog.find_button, Qt.MouseButton.LeftButton)  # past the last: back
    assert dialog.browser.textCursor().selectionStart() == first.selectionStart()
    assert dialog.status.text() == ""

    dialog.search.clear()
    type_text(qtbot, dialog.search, "khong co dau")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.status.text() == "Không thấy."


def test_a_missing_guide_says_so(qtbot, tmp_path, monkeypatch):
    monkeypatch.setattr(guide_dialog, "guide_file", lambda: tmp_path / "khong-co.md")
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Không tìm thấy tệp hướng dẫn" in dialog.browser.toPlainText()
    assert not dialog.find_next()


def test_the_shipped_guide_is_found_and_renders():
    path = resources.guide_file()
    assert path.is_file(), path
    document = QTextDocument()
    document.setMarkdown(path.read_text(encoding="utf-8"))
    text = document.toPlainText()
    for heading in ("Cài đặt", "Báo cáo", "Sao lưu", "Quên mật khẩu"):
        assert heading in text


def test_folding_keeps_positions():
    text = "Đăng ký Báo cáo THÁNG"
    folded = fold_each(text)
    assert len(folded) == len(text)
    assert folded == "dang ky bao cao thang"
