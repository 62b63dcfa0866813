"""What the app writes for a reader, in the reader's language: gettext texts and their locale.

English is the language of the source: `_("Executive summary")` is the text as English readers
see it, and its key in the catalogues of the other languages (`texts/<language>/*.po`, read
with Babel; `catalogues.py`). Which language a text comes out in is the locale being spoken
where it is asked for: `with speaking("de_CH"):` around building and writing an export makes
every `_()`, `ngettext()` and every date and amount of `reports.formatting` inside it German
as written in Switzerland, without a parameter threaded through each function. A context
variable holds it, so a worker thread or another export at the same time keeps its own.

A text named where no locale is spoken yet (a module's constant) is marked with `N_()`, which
only lets the catalogue tools find it, and translated with `_()` where it is written.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TYPE_CHECKING

from cpm_desktop.domain.locales import DEFAULT_LOCALE, language_of

if TYPE_CHECKING:
    import gettext

SOURCE_LANGUAGE = "en"

_spoken: ContextVar[str] = ContextVar("cpm_desktop_locale", default=DEFAULT_LOCALE)


def current_locale() -> str:
    """The locale being spoken here ("de_CH"); DEFAULT_LOCALE outside any `speaking`."""
    return _spoken.get()


def current_language() -> str:
    """The two-letter language being spoken here ("de")."""
    return language_of(_spoken.get())


@contextmanager
def speaking(locale: str) -> Iterator[str]:
    """Speak `locale` (one of domain.locales.LOCALES) inside the block; yield it."""
    token = _spoken.set(locale)
    try:
        yield locale
    finally:
        _spoken.reset(token)


def speak_from_now_on(locale: str) -> None:
    """Speak `locale` in this thread outside any `speaking` block from now on: the window's
    language, for the domain's words and the services' sentences on its screens."""
    _spoken.set(locale)


def _(text: str) -> str:
    """`text` in the language being spoken (itself in English or where untranslated)."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return text
    return translations(language).gettext(text)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of `singular`/`plural` the spoken language uses for `count` things."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return singular if count == 1 else plural
    return translations(language).ngettext(singular, plural, count)


def pgettext(context: str, text: str) -> str:
    """`text` as meant in `context`, for an English word that two languages split
    ("Open" the status, not the verb)."""
    language = current_language()
    if language == SOURCE_LANGUAGE:
        return text
    return translations(language).pgettext(context, text)


@functools.cache
def translations(language: str) -> gettext.GNUTranslations | gettext.NullTranslations:
    """The gettext catalogue of `language` (not English), loaded on first use: Babel, which
    reads the catalogues, is not loaded where only English is spoken (the command line)."""
    from cpm_desktop.texts.catalogues import translations as loaded  # noqa: PLC0415

    return loaded(language)


def N_(text: str) -> str:
    """Mark `text` for the catalogues without translating it yet; return it as it is."""
    return text
