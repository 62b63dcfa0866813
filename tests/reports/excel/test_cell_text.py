"""Text safety, currency formats and row heights: the small rules behind every cell."""

from __future__ import annotations

import pytest

from cpm_desktop.reports.excel.number_formats import currency_format
from cpm_desktop.reports.excel.row_heights import LARGEST, height, text_lines
from cpm_desktop.reports.excel.safe_text import CELL_LIMIT, clean_text, looks_like_formula


@pytest.mark.parametrize("text", ["=1+1", "+1", "-2", "@SUM(A1)", "\tTab", "\rCR"])
def test_formula_starts_are_recognised(text: str) -> None:
    """Every start a spreadsheet reads as a formula."""
    assert looks_like_formula(text)


@pytest.mark.parametrize("text", ["Go-live", "1+1", "", " =x", "#N/A"])
def test_ordinary_text_is_not_a_formula(text: str) -> None:
    """Text with a formula character inside, or none, is left alone."""
    assert not looks_like_formula(text)


def test_characters_xml_refuses_are_removed() -> None:
    """Control characters go; tab, line feed and carriage return stay."""
    assert clean_text("a\x00b\x07c\x1fd\ufffee") == "abcde"
    assert clean_text("line\none\ttab\r") == "line\none\ttab\r"
    assert clean_text("lone \ud800 surrogate") == "lone  surrogate"


def test_text_at_the_limit_is_kept_whole_and_longer_text_is_cut() -> None:
    """32,767 characters fit; 40,000 are cut to the limit with a marker counting the rest."""
    assert clean_text("x" * CELL_LIMIT) == "x" * CELL_LIMIT
    cut = clean_text("y" * 40_000)
    assert CELL_LIMIT - 5 <= len(cut) <= CELL_LIMIT
    kept = cut.index(" …")
    assert cut.endswith(f"[cut: {40_000 - kept:,} more characters did not fit in one Excel cell]")


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("EUR", "[$€-2] #,##0.00"),
        ("eur", "[$€-2] #,##0.00"),
        ("CHF", "[$CHF] #,##0.00"),
        ("GBP", "[$£-809]#,##0.00"),
        ("USD", "[$$-409]#,##0.00"),
        ("SEK", "[$SEK] #,##0.00"),
        ('E"R', "#,##0.00"),
    ],
)
def test_currency_formats_name_the_currency(code: str, expected: str) -> None:
    """The common currencies by symbol, any other ISO code by itself, junk by nothing."""
    assert currency_format(code) == expected


def test_row_heights_grow_with_the_text() -> None:
    """One line fits; more text or a narrower column takes more lines, up to Excel's tallest."""
    assert text_lines("Design sign-off", 20) == 1
    words = "Order placed in October; forty rental devices reserved with the reseller."
    assert text_lines(words, 20) > text_lines(words, 40) > 1
    assert text_lines("first\nsecond", 40) == 2
    assert text_lines("x" * 200, 10) >= 14  # a word wider than the column is broken
    assert height(1) < height(2)
    assert height(10_000) == LARGEST
