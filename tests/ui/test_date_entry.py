"""Dates typed in the task table: the user's locale, a two-digit year, ISO, or as shown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from cpm_desktop.ui.formatting import (
    amount_entry_text,
    date_text,
    entry_date_text,
    money_text,
    parse_date,
    parse_money,
)

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


@pytest.mark.parametrize(
    ("name", "shown"), [("C", "507,500 EUR"), ("en_GB", "507,500 EUR"), ("de_DE", "507.500 EUR")]
)
def test_money_is_grouped_even_in_the_c_locale(locale_named, name: str, shown: str) -> None:
    """Amounts read as money on a projector: the C locale's default omits the grouping."""
    locale_named(name)
    assert money_text(Decimal("507500.40"), "EUR") == shown
    assert parse_money(amount_entry_text(Decimal("507500.40"))) == Decimal("507500.40")
