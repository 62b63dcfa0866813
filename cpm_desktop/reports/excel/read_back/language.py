"""The language a returned workbook is written in, and its words recognised in that language.

The writer translates sheet names, headers and list values with the catalogues (English is the
msgid), so the read-back knows each of them by its English text and its translation in every
language we write (domain.locales.LANGUAGES). Which language a workbook is in is decided once
per file: from the locale its state sheet records, else from its sheet names. That language
decides how a number or a date typed as text is read ("1.234,5" is German, "1 234,5" French),
and which words a problem quotes, so the client finds them in their own workbook. Headers are
known in English and the workbook's language; a list value in any language, the workbook's
first (a value pasted from another workbook still names one choice).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass

from cpm_desktop.domain.locales import LANGUAGES, LOCALES, language_of
from cpm_desktop.texts.catalogues import translations

ENGLISH = "en"
# A numbered list value: "4 - High", which the writer may build from the translated word.
_NUMBERED = re.compile(r"(\d+) - (.+)")


def fold(text: str) -> str:
    """A text as it is compared: case and spacing (line breaks too) do not count."""
    return " ".join(text.split()).casefold()


def in_language(english: str, language: str) -> str:
    """`english` as the writer writes it in `language` (itself where it has no translation)."""
    if language == ENGLISH:
        return english
    catalogue = translations(language)
    whole = catalogue.gettext(english)
    if whole != english:
        return whole
    if numbered := _NUMBERED.fullmatch(english):
        return f"{numbered[1]} - {catalogue.gettext(numbered[2])}"
    return english


@dataclass(frozen=True, slots=True)
class Reading:
    """How a returned workbook is read: its language, and the locales its numbers may follow
    (the one it records, or every locale of its language when it records none)."""

    language: str = ENGLISH
    locales: tuple[str, ...] = ("en_GB", "en_US")

    def text(self, english: str) -> str:
        """`english` (a header, a list value) as this workbook writes it."""
        return in_language(english, self.language)

    def names(self, english: str) -> tuple[str, ...]:
        """The folded texts that name `english` here: the workbook's language's, and English."""
        return tuple(dict.fromkeys((fold(self.text(english)), fold(english))))

    def label(self, text: str, labels: Sequence[str]) -> str | None:
        """The English label of `labels` that `text` names, in any language; None if none.

        The workbook's language is asked first, then English, then the others, so a word two
        languages share for different labels means what it means in this workbook.
        """
        wanted = fold(text)
        order = dict.fromkeys((self.language, ENGLISH, *LANGUAGES))
        for language in order:
            for english in labels:
                if fold(in_language(english, language)) == wanted:
                    return english
        return None


ENGLISH_READING = Reading()


def locales_of(language: str) -> tuple[str, ...]:
    """Every locale of `language` a client may have ("de": de_DE, de_AT, de_CH)."""
    return tuple(code for code in LOCALES if language_of(code) == language)


def reading_for(locale: str | None, sheet_names: Collection[str], sheets: Iterable[str]) -> Reading:
    """The reading of a workbook recording `locale` (None: not recorded) whose sheet tabs are
    `sheet_names`, the read-back sheets being `sheets` (their English names)."""
    if locale in LOCALES:
        return Reading(language_of(locale), (locale,))
    present = {fold(name) for name in sheet_names}
    wanted = tuple(sheets)

    def found(language: str) -> int:
        return sum(fold(in_language(sheet, language)) in present for sheet in wanted)

    # English first, so a workbook whose names read the same in two languages stays English.
    language = max(dict.fromkeys((ENGLISH, *LANGUAGES)), key=found)
    return Reading(language, locales_of(language))


def sheet_tabs(sheets: Iterable[str]) -> set[str]:
    """Every tab name a read-back sheet may have: its English name and each translation."""
    return {in_language(sheet, language) for sheet in sheets for language in LANGUAGES}


def tab_of(sheet: str, sheet_names: Collection[str], reading: Reading) -> str | None:
    """The tab of the read-back sheet `sheet` (English) in a workbook read with `reading`."""
    by_fold = {fold(name): name for name in sheet_names}
    return next((by_fold[name] for name in reading.names(sheet) if name in by_fold), None)


def english_sheet(name: str, sheets: Iterable[str], reading: Reading) -> str:
    """The English name of the read-back sheet a text names (the state sheet's), or itself."""
    return next((sheet for sheet in sheets if fold(name) in reading.names(sheet)), name)
