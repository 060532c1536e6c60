"""The language of the window. Vietnamese is the source language of every string; English
comes from Qt's translation file resources/translations/pcmd_en.ts.

`tr(text)` is how the UI marks a string for translation; domain labels (field and choice
labels, which live below the UI and cannot import Qt) go through `tr` where they are shown.
`tr_noop(text)` marks a string kept in a constant (a table's headers) that is passed
through `tr` when shown: scripts/update_translations.py collects both.

The .ts file is read as it is (`TsTranslator`), so no compiled .qm file is needed: nothing
generated is kept in git, and no Qt tool is needed on the user's PC. The language is a
per-PC choice kept in QSettings (`ui/language`), applied when the program starts.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTranslator

from pcmd_desktop.resources import resource_path
from pcmd_desktop.ui.window_state import app_settings

CONTEXT = "pcmd"
VIETNAMESE = "vi"
ENGLISH = "en"
DEFAULT_LANGUAGE = VIETNAMESE
# Each language named in itself: whoever cannot read the current one still finds theirs.
LANGUAGES: dict[str, str] = {VIETNAMESE: "Tiếng Việt", ENGLISH: "English"}
LANGUAGE_KEY = "ui/language"
_SKIPPED_TYPES = frozenset({"vanished", "obsolete"})

_installed: TsTranslator | None = None


def tr(text: str, context: str = CONTEXT) -> str:
    """`text` in the chosen language (itself when no translation is installed)."""
    return QCoreApplication.translate(context, text)


def tr_noop(text: str) -> str:
    """Marks `text` for translation without translating it now (a module constant is
    built before any language is installed); pass it through `tr` where it is shown."""
    return text


def ts_path(language: str) -> Path:
    """The translation file of `language` (not Vietnamese, the source language)."""
    return resource_path(f"translations/pcmd_{language}.ts")


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """The translations of a Qt .ts file, by (context, source). Translations still empty
    and those of vanished or obsolete messages are left out (as lrelease does)."""
    root = ET.parse(path).getroot()
    if root.tag != "TS":
        raise ValueError(f"{path}: không phải tệp dịch Qt (.ts)")
    messages: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in _SKIPPED_TYPES:
                continue
            forms = translation.findall("numerusform")
            text = (forms[0].text if forms else translation.text) or ""
            if text:
                messages[(name, source)] = text
    return messages


class TsTranslator(QTranslator):
    """A QTranslator answering from the messages of a .ts file."""

    def __init__(
        self, messages: dict[tuple[str, str], str], language: str, parent: QObject | None = None
    ):
        super().__init__(parent)
        self.messages = messages
        self.lang = language

    @classmethod
    def from_file(cls, path: Path, language: str, parent: QObject | None = None) -> TsTranslator:
        return cls(read_ts(path), language, parent)

    def translate(
        self, context: str, source_text: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if isinstance(context, bytes):
            context = context.decode("utf-8")
        # None (a null QString) makes Qt ask the next translator, then show the source;
        # "" would be taken as the translation.
        return self.messages.get((context, source_text))

    def isEmpty(self) -> bool:
        return not self.messages

    def language(self) -> str:
        return self.lang


def saved_language(settings: QSettings | None = None) -> str:
    """The language chosen in Settings on this PC; Vietnamese when none (or unknown)."""
    value = str((settings or app_settings()).value(LANGUAGE_KEY, DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def save_language(language: str, settings: QSettings | None = None) -> None:
    if language not in LANGUAGES:
        raise ValueError(f"Ngôn ngữ không hỗ trợ: {language}")
    s = settings or app_settings()
    s.setValue(LANGUAGE_KEY, language)
    s.sync()


def current_language() -> str:
    """The language installed now."""
    return _installed.lang if _installed is not None else VIETNAMESE


def install_language(app: QCoreApplication, language: str) -> str:
    """Make `language` the language of every string shown from now on (call it before the
    windows are built: shown texts are not re-translated). Vietnamese needs no
    translator. A missing or broken translation file is said on the console and leaves
    Vietnamese. Returns the language installed."""
    global _installed
    if _installed is not None:
        app.removeTranslator(_installed)
        _installed.deleteLater()
        _installed = None
    if language not in LANGUAGES or language == VIETNAMESE:
        return VIETNAMESE
    try:
        translator = TsTranslator.from_file(ts_path(language), language, app)
    except (OSError, ET.ParseError, ValueError) as e:
        print(f"Không đọc được tệp dịch ({language}): {e}", file=sys.stderr)
        return VIETNAMESE
    app.installTranslator(translator)
    _installed = translator
    return language


def period_name(period) -> str:
    """How the window names a reporting period: `Period.name_vi` ("quý I năm 2018") in
    Vietnamese, its translation otherwise."""
    year = period.year
    if period.kind == "adhoc":
        return tr("từ ngày {0} đến ngày {1}").format(
            period.start.strftime("%d/%m/%Y"), period.end.strftime("%d/%m/%Y")
        )
    if period.kind == "month":
        return tr("tháng {0} năm {1}").format(period.code[5:7], year)
    if period.kind == "quarter":
        roman = ("I", "II", "III", "IV")[int(period.code[-1]) - 1]
        return tr("quý {0} năm {1}").format(roman, year)
    if period.kind == "half" and period.code.endswith("H2"):
        return tr("6 tháng cuối năm {0}").format(year)
    if period.kind == "half":
        return tr("6 tháng đầu năm {0}").format(year)
    if period.kind == "nine_months":
        return tr("9 tháng đầu năm {0}").format(year)
    return tr("năm {0}").format(year)
