"""The window's font. The program ships Liberation Sans 2.x (resources/fonts/, every
Vietnamese letter) and registers it at start. The system's own UI font is kept when it is
a proportional font that draws Vietnamese (Segoe UI on Windows, DejaVu Sans, Noto Sans, a
desktop's chosen font and size); otherwise, as on a minimal Debian with only
fonts-liberation2, where fontconfig answers "Sans Serif" with Liberation Mono, the
bundled Liberation Sans becomes the application font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QRawFont
from PySide6.QtWidgets import QApplication

from pcmd_desktop.resources import resource_path

UI_FAMILY = "Liberation Sans"
UI_FONT_FILES = (
    "fonts/LiberationSans-Regular.ttf",
    "fonts/LiberationSans-Bold.ttf",
    "fonts/LiberationSans-Italic.ttf",
    "fonts/LiberationSans-BoldItalic.ttf",
)
# A commune's name, a district's and the rarest tone marks: what every label must draw.
VIETNAMESE_SAMPLE = "Phường Chương Dương, Hoàn Kiếm — ữ ặ ợ"


def register_ui_fonts() -> list[str]:
    """Add the bundled UI font files to Qt's font database; the families they hold."""
    families: set[str] = set()
    for name in UI_FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path(name)))
        if font_id < 0:
            raise RuntimeError(f"Không nạp được phông chữ {name} của chương trình.")
        families.update(QFontDatabase.applicationFontFamilies(font_id))
    return sorted(families)


def draws(font: QFont, text: str = VIETNAMESE_SAMPLE) -> bool:
    """Whether the font Qt actually picks for `font` (not a fallback) has every letter."""
    raw = QRawFont.fromFont(font)
    return raw.isValid() and all(raw.supportsCharacter(ord(c)) for c in text if not c.isspace())


def is_proper_ui_font(font: QFont) -> bool:
    """Proportional, and draws Vietnamese itself."""
    return not QFontInfo(font).fixedPitch() and draws(font)


def install_ui_font(app: QApplication) -> QFont:
    """Register the bundled font; make it the application font unless the system's is a
    proper one. Returns the application font now in force."""
    register_ui_fonts()
    font = app.font()
    if not is_proper_ui_font(font):
        font = QFont(font)  # same size and weight, another family
        font.setFamilies([UI_FAMILY])
        app.setFont(font)
    return app.font()
