"""Which language an export is written in: the client's by default, any other on request.

Every export dialog offers it (`LanguageChoice`), as `export ... --lang` does on the command
line: the client's locale is first and marked as theirs, so the usual choice is no choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.domain.locales import LOCALES
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

# domain.locales.LOCALES names each locale in English; the same names marked here go into the
# translation files, so that the list reads in the window's language. A locale missing here
# shows its English name.
LOCALE_NAMES = {
    "en_GB": QT_TRANSLATE_NOOP("LanguageChoice", "English (United Kingdom)"),
    "en_US": QT_TRANSLATE_NOOP("LanguageChoice", "English (United States)"),
    "de_DE": QT_TRANSLATE_NOOP("LanguageChoice", "German (Germany)"),
    "de_AT": QT_TRANSLATE_NOOP("LanguageChoice", "German (Austria)"),
    "de_CH": QT_TRANSLATE_NOOP("LanguageChoice", "German (Switzerland)"),
    "fr_FR": QT_TRANSLATE_NOOP("LanguageChoice", "French (France)"),
    "fr_BE": QT_TRANSLATE_NOOP("LanguageChoice", "French (Belgium)"),
    "fr_CH": QT_TRANSLATE_NOOP("LanguageChoice", "French (Switzerland)"),
}


def locale_name(locale: str) -> str:
    """The name of `locale` (one of LOCALES) in the window's language."""
    return QCoreApplication.translate("LanguageChoice", LOCALE_NAMES.get(locale, LOCALES[locale]))


class LanguageChoice(QComboBox):
    """The locales an export can be written in, the client's first."""

    def __init__(self, client_locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportLanguage")
        self.setAccessibleName(
            QCoreApplication.translate("LanguageChoice", "Language of the export")
        )
        self.setToolTip(
            QCoreApplication.translate(
                "LanguageChoice",
                "The language, dates and money of the file; the client's own unless you "
                "choose another for this export",
            )
        )
        theirs = QCoreApplication.translate("LanguageChoice", "{locale} — the client's")
        self.addItem(theirs.format(locale=locale_name(client_locale)), client_locale)
        for code in LOCALES:
            if code != client_locale:
                self.addItem(locale_name(code), code)

    def chosen(self) -> str:
        """The chosen locale ("de_CH")."""
        return str(self.currentData())

    def choose(self, locale: str) -> None:
        """Select `locale` (one of domain.locales.LOCALES)."""
        self.setCurrentIndex(self.findData(locale))
