"""The window's font: the bundled Liberation Sans draws every Vietnamese letter, and the
application font is always a proportional family that does, never a monospace one (a
minimal Debian answers "Sans Serif" with Liberation Mono)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont

from pcmd_desktop.resources import resource_path
from pcmd_desktop.ui import fonts


@pytest.fixture
def app_font(qapp):
    """The application font is put back after the test."""
    before = QFont(qapp.font())
    yield qapp
    qapp.setFont(before)


def test_each_bundled_file_draws_the_vietnamese_sample(qapp):
    for name in fonts.UI_FONT_FILES:
        raw = QRawFont(str(resource_path(name)), 12)
        assert raw.isValid() and raw.familyName() == fonts.UI_FAMILY, name
        letters = fonts.VIETNAMESE_SAMPLE.replace(" ", "")
        assert [c for c in letters if not raw.supportsCharacter(ord(c))] == [], name


def test_the_bundled_family_is_registered(qapp):
    assert fonts.UI_FAMILY in fonts.register_ui_fonts()


def test_the_application_font_is_proportional_and_draws_vietnamese(app_font):
    font = fonts.install_ui_font(app_font)
    assert font == app_font.font()
    info = QFontInfo(font)
    assert not info.fixedPitch(), info.family()
    assert "mono" not in info.family().lower()
    raw = QRawFont.fromFont(font)
    assert raw.familyName() == info.family()
    assert all(raw.supportsCharacter(ord(c)) for c in fonts.VIETNAMESE_SAMPLE if c != " ")


def test_a_monospace_system_font_gives_way_to_the_bundled_one(app_font):
    fonts.register_ui_fonts()
    system = QFont(app_font.font())
    system.setFamilies(["Liberation Mono"])
    app_font.setFont(system)
    assert QFontInfo(app_font.font()).fixedPitch()  # what a minimal Debian offers

    font = fonts.install_ui_font(app_font)
    assert QFontInfo(font).family() == fonts.UI_FAMILY
    assert not QFontInfo(font).fixedPitch()
    assert font.pointSizeF() == system.pointSizeF()  # only the family changed
    assert fonts.draws(font)


def test_a_proper_system_font_is_kept(app_font):
    fonts.register_ui_fonts()
    system = QFont(fonts.UI_FAMILY, 13)
    system.setFamilies(["Liberation Serif"])  # shipped too: proportional, all of Vietnamese
    QFontDatabase.addApplicationFont(str(resource_path("fonts/LiberationSerif-Regular.ttf")))
    app_font.setFont(system)
    font = fonts.install_ui_font(app_font)
    assert QFontInfo(font).family() == "Liberation Serif"
    assert font.pointSize() == 13


def test_a_font_lacking_a_letter_is_not_proper(qapp):
    fonts.register_ui_fonts()
    assert fonts.draws(QFont(fonts.UI_FAMILY))
    assert not fonts.draws(QFont(fonts.UI_FAMILY), "\u0e01")  # Thai: not in Liberation Sans
