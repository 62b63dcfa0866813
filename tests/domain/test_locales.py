"""The locales a client's exports may be written in, and how a typed one is understood."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.locales import DEFAULT_LOCALE, LANGUAGES, LOCALES, language_of, locale_for


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("de_CH", "de_CH"),
        ("de-ch", "de_CH"),
        (" DE ", "de_DE"),
        ("fr", "fr_FR"),
        ("en-US", "en_US"),
        ("it", None),
        ("de_XX", None),
        ("", None),
    ],
)
def test_a_typed_locale_or_language_is_understood(typed: str, found: str | None) -> None:
    assert locale_for(typed) == found


def test_every_locale_has_a_known_language_and_the_default_is_one() -> None:
    assert {language_of(code) for code in LOCALES} == set(LANGUAGES)
    assert DEFAULT_LOCALE in LOCALES


@given(st.text(max_size=20))
def test_anything_typed_is_a_listed_locale_or_none(typed: str) -> None:
    assert locale_for(typed) in (*LOCALES, None)
