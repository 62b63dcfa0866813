"""The language a returned workbook is written in, and its words recognised in that language.

The writer shows the table's English keys in the reader's language (wording.py: a sheet's tab,
a column's header, a choice's label), so the read-back knows each of them by its English text
and by what wording.py gives under each language we write (domain.locales.LANGUAGES). Which
language a workbook is in is decided once per file: from the locale its state sheet records,
else from its tabs and headers. That language decides how a number or a date typed as text is read
("1.234,5" is German, "1 234,5" French), and which words a problem quotes, so the client finds
them in their own workbook. Tabs and headers are known in English and the workbook's language;
a list value in any language, the workbook's first (a value pasted from another workbook still
names one choice).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass

from cpm_desktop.domain.locales import LANGUAGES, LOCALES, language_of
from cpm_desktop.reports.excel.content import Column
from cpm_desktop.reports.excel.wording import choice_text, column_title, sheet_tab
from cpm_desktop.texts import _, speaking

ENGLISH = "en"
# A numbered list value, "4 - High", as it reads with its word translated: also accepted.
_NUMBERED = re.compile(r"(\d+) - (.+)")
TOP_ROWS = 20  # rows of a sheet whose texts tell its language: the header and what is above
Wording = Callable[[str], str]  # wording.py's: English key → as the reader sees it


def fold(text: str) -> str:
    """A text as it is compared: case and spacing (line breaks too) do not count."""
    return " ".join(text.split()).casefold()


def locales_of(language: str) -> tuple[str, ...]:
    """Every locale of `language` a client may have ("de": de_DE, de_AT, de_CH)."""
    return tuple(code for code in LOCALES if language_of(code) == language)


def in_language(english: str, language: str, wording: Wording = choice_text) -> str:
    """`english` as the writer shows it in `language` (`wording`: a tab, header or choice)."""
    if language == ENGLISH:
        return english
    with speaking(locales_of(language)[0]):
        return wording(english)


def _forms(english: str, language: str, wording: Wording) -> tuple[str, ...]:
    """The folded texts that name `english` in `language`: the writer's, and for a numbered
    label also its number with the word translated ("4 - Hoch")."""
    forms = [in_language(english, language, wording)]
    if language != ENGLISH and (numbered := _NUMBERED.fullmatch(english)):
        with speaking(locales_of(language)[0]):
            forms.append(f"{numbered[1]} - {_(numbered[2])}")
    return tuple(dict.fromkeys(fold(form) for form in forms))


@dataclass(frozen=True, slots=True)
class Reading:
    """How a returned workbook is read: its language, and the locales its numbers may follow
    (the one it records, or every locale of its language when it records none)."""

    language: str = ENGLISH
    locales: tuple[str, ...] = ("en_GB", "en_US")

    def text(self, english: str, wording: Wording = column_title) -> str:
        """`english` (a header by default, or a tab or choice) as this workbook writes it."""
        return in_language(english, self.language, wording)

    def tab(self, sheet: str) -> str:
        """The tab of the sheet `sheet` (English) in this workbook's language."""
        return in_language(sheet, self.language, sheet_tab)

    def choice(self, label: str) -> str:
        """A choice label (English) as this workbook's cells and lists show it."""
        return in_language(label, self.language, choice_text)

    def names(self, english: str, wording: Wording = column_title) -> tuple[str, ...]:
        """The folded texts that name `english` here: the workbook's language's, and English."""
        return tuple(dict.fromkeys((*_forms(english, self.language, wording), fold(english))))

    def label(self, text: str, labels: Sequence[str]) -> str | None:
        """The English label of `labels` that `text` names, in any language; None if none.

        The workbook's language is asked first, then English, then the others, so a word two
        languages share for different labels means what it means in this workbook.
        """
        wanted = fold(text)
        for language in dict.fromkeys((self.language, ENGLISH, *LANGUAGES)):
            for english in labels:
                if wanted in _forms(english, language, choice_text):
                    return english
        return None


ENGLISH_READING = Reading()


def reading_for(
    locale: str | None,
    grids: Mapping[str, Sequence[Sequence[object]]],
    layouts: Mapping[str, Sequence[Column]],
) -> Reading:
    """The reading of a workbook recording `locale` (None: not recorded) whose sheets' rows
    are `grids` (by tab), the read-back sheets being `layouts` (by English name).

    Without a locale, the language is the one whose own words (those it does not share with
    English) the tabs and the top rows show most; English when none shows any.
    """
    if locale in LOCALES:
        return Reading(language_of(locale), (locale,))
    shown = {fold(name) for name in grids}
    shown |= {
        fold(cell)
        for rows in grids.values()
        for row in rows[:TOP_ROWS]
        for cell in row
        if isinstance(cell, str)
    }
    english = _words(ENGLISH, layouts)

    def found(language: str) -> int:
        return len((_words(language, layouts) - english) & shown)

    # English first, so a workbook showing no word of another language stays English.
    language = max(dict.fromkeys((ENGLISH, *LANGUAGES)), key=found)
    return Reading(language, locales_of(language))


def _words(language: str, layouts: Mapping[str, Sequence[Column]]) -> set[str]:
    """The tabs and headers of the read-back sheets in `language`, folded."""
    tabs = {fold(in_language(sheet, language, sheet_tab)) for sheet in layouts}
    headers = {
        fold(in_language(column.header, language, column_title))
        for columns in layouts.values()
        for column in columns
    }
    return tabs | headers


def sheet_tabs(sheets: Iterable[str]) -> set[str]:
    """Every tab name a read-back sheet may have: its English name and each translation."""
    return {in_language(sheet, language, sheet_tab) for sheet in sheets for language in LANGUAGES}


def tab_of(sheet: str, sheet_names: Collection[str], reading: Reading) -> str | None:
    """The tab of the read-back sheet `sheet` (English) in a workbook read with `reading`."""
    by_fold = {fold(name): name for name in sheet_names}
    names = reading.names(sheet, sheet_tab)
    return next((by_fold[name] for name in names if name in by_fold), None)


def english_sheet(name: str, sheets: Iterable[str], reading: Reading) -> str:
    """The English name of the read-back sheet a text names (the state sheet's), or itself."""
    return next((sheet for sheet in sheets if fold(name) in reading.names(sheet, sheet_tab)), name)
