"""Dates typed in the task table: the user's locale, a two-digit year, ISO, or as shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QLocale

from cpm_desktop.ui.formatting import date_text, entry_date_text, parse_date

DAY = dt.date(2026, 9, 7)


@pytest.fixture
def locale_named() -> Iterator[Callable[[str], None]]:
    """Switch the default locale for one test, then restore it."""
    previous = QLocale()

    def use(name: str) -> None:
        QLocale.setDefault(QLocale(name))

    yield use
    QLocale.setDefault(previous)


@pytest.mark.parametrize(
    ("name", "typed"),
    [
        ("de_DE", "07.09.2026"),
        ("de_DE", "7.9.26"),
        ("en_US", "9/7/2026"),
        ("en_US", "9/7/26"),
        ("en_GB", "07/09/2026"),
        ("fr_FR", "07/09/2026"),
    ],
)
def test_the_locales_short_form_is_read(locale_named, name: str, typed: str) -> None:
    """Each locale's own order of day and month, four- or two-digit year."""
    locale_named(name)
    assert parse_date(typed) == DAY


@pytest.mark.parametrize("name", ["de_DE", "en_US", "ja_JP", "C"])
def test_what_the_editor_shows_reads_back(locale_named, name: str) -> None:
    """The text an editor starts from, and the table's own display, parse to the same day."""
    locale_named(name)
    assert parse_date(entry_date_text(DAY)) == DAY
    assert parse_date("2026-09-07") == DAY
    if name != "ja_JP":
        assert parse_date(date_text(DAY)) == DAY


@pytest.mark.parametrize("typed", ["31/31/2026", "tomorrow", "", "2026-02-30", "=1+1"])
def test_what_is_not_a_date_is_refused_with_an_example(locale_named, typed: str) -> None:
    """The message quotes the entry and shows how to type a date."""
    locale_named("en_GB")
    with pytest.raises(ValueError, match="is not a date: type it like"):
        parse_date(typed)
