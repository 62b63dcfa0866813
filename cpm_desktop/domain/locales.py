"""The languages and locales a client's exports may be written in.

A locale names a language and the region whose date, number and currency formats it follows
(CLDR's identifiers, as Babel and Qt spell them: "de_CH" is German as written in Switzerland).
English, German and French to start; another language is a new entry here and a catalogue of
its texts.
"""

from __future__ import annotations

DEFAULT_LOCALE = "en_GB"
"""A new client's locale: English with day-month-year dates."""

LOCALES: dict[str, str] = {
    "en_GB": "English (United Kingdom)",
    "en_US": "English (United States)",
    "de_DE": "German (Germany)",
    "de_AT": "German (Austria)",
    "de_CH": "German (Switzerland)",
    "fr_FR": "French (France)",
    "fr_BE": "French (Belgium)",
    "fr_CH": "French (Switzerland)",
}
"""Every locale a client may have, with its name in English, in the order a list shows them."""

LANGUAGES: dict[str, str] = {"en": "English", "de": "German", "fr": "French"}
"""The languages of the locales, by their two-letter code."""


def language_of(locale: str) -> str:
    """The two-letter language of `locale` ("de" for "de_CH")."""
    return locale.split("_", 1)[0]


def locale_for(text: str) -> str | None:
    """The locale `text` names ("de-CH", "de_ch", "DE"), or None when none does: a bare
    language is its first locale in LOCALES ("de" is "de_DE")."""
    wanted = text.strip().replace("-", "_")
    if not wanted:
        return None
    for code in LOCALES:
        if code.casefold() == wanted.casefold():
            return code
    language = wanted.casefold()
    return next((code for code in LOCALES if language_of(code) == language), None)
