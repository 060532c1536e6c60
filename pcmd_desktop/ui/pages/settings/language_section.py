"""Ngôn ngữ / Language: Vietnamese (the default) or English, a choice of this PC kept in
QSettings and applied when the program starts next (texts already shown stay as they are).

The group's title and the language names are the same in both languages, so whoever
cannot read the current language still finds the way back."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QWidget

from pcmd_desktop.ui.i18n import LANGUAGES, current_language, save_language, saved_language, tr

TITLE = "Ngôn ngữ / Language"


class LanguageSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(TITLE, parent)
        self.setObjectName("section.settings.language")
        form = QFormLayout(self)
        self.language_field = QComboBox()
        self.language_field.setObjectName("field.settings.language")
        self.language_field.setAccessibleName(TITLE)
        for code, name in LANGUAGES.items():
            self.language_field.addItem(name, code)
        self.language_field.setCurrentIndex(self.language_field.findData(saved_language()))
        self.language_field.currentIndexChanged.connect(self._changed)
        form.addRow(TITLE + ":", self.language_field)
        self.note = QLabel()
        self.note.setObjectName("label.settings.language_note")
        self.note.setWordWrap(True)
        self.note.hide()
        form.addRow(self.note)

    def language(self) -> str:
        return str(self.language_field.currentData())

    def _changed(self, _index: int) -> None:
        language = self.language()
        save_language(language)
        if language == current_language():
            self.note.hide()
            return
        # Said in the language of the window now: the new one shows only after a restart.
        self.note.setText(tr("Ngôn ngữ mới được dùng từ lần mở chương trình sau."))
        self.note.show()
