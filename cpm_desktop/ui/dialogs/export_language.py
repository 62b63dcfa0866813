"""Which language an export is written in: the client's by default, any other on request.

Every export dialog offers it (`LanguageChoice`), as `export ... --lang` does on the command
line: the client's locale is first and marked as theirs, so the usual choice is no choice.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.domain.locales import LOCALES


class LanguageChoice(QComboBox):
    """The locales an export can be written in, the client's first."""

    def __init__(self, client_locale: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportLanguage")
        self.setAccessibleName("Language of the export")
        self.setToolTip(
            "The language, dates and money of the file; the client's own unless you choose "
            "another for this export"
        )
        self.addItem(f"{LOCALES[client_locale]} — the client's", client_locale)
        for code, name in LOCALES.items():
            if code != client_locale:
                self.addItem(name, code)

    def chosen(self) -> str:
        """The chosen locale ("de_CH")."""
        return str(self.currentData())

    def choose(self, locale: str) -> None:
        """Select `locale` (one of domain.locales.LOCALES)."""
        self.setCurrentIndex(self.findData(locale))
