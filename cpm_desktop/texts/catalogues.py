"""The catalogues of the app's texts: every `texts/<language>/*.po` file, merged per language.

A language's texts are kept in several .po files (by area: the pack, the workbook, the forms),
so that each can be edited on its own; here they are read with Babel and merged into one
gettext catalogue, once per process. A fuzzy or empty entry counts as untranslated: the
English text is written, never a guess (tests/texts makes sure there is none).
"""

from __future__ import annotations

import functools
import gettext
import io
from importlib import resources

from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

PACKAGE = "cpm_desktop.texts"


def catalogue_files(language: str) -> list[resources.abc.Traversable]:
    """The .po files of `language`, in name order (none for a language without texts)."""
    folder = resources.files(PACKAGE) / language
    if not folder.is_dir():
        return []
    return sorted(
        (item for item in folder.iterdir() if item.name.endswith(".po")), key=lambda f: f.name
    )


def read_catalogue(language: str) -> Catalog:
    """Every entry of `language`'s .po files in one Babel catalogue, with the plural rule of
    the first file's header (`common.po`): gettext's two forms for French (one for 0 and 1),
    not the three of recent CLDR, which the catalogues' two-form entries could not fill."""
    merged: Catalog | None = None
    for source in catalogue_files(language):
        with source.open("rb") as stream:
            part = read_po(stream, locale=language)
        if merged is None:
            merged = part
            continue
        for message in part:
            if message.id:
                merged[message.id] = message
    return merged if merged is not None else Catalog(locale=language)


@functools.cache
def translations(language: str) -> gettext.GNUTranslations | gettext.NullTranslations:
    """The gettext catalogue of `language`, built once; NullTranslations when it has none."""
    if not catalogue_files(language):
        return gettext.NullTranslations()
    buffer = io.BytesIO()
    write_mo(buffer, read_catalogue(language))
    buffer.seek(0)
    return gettext.GNUTranslations(buffer)
