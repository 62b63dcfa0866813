"""The steering-committee pack in German and French: headings, tables, notes, charts and the
Gantt's timescale in the reader's language, numbers and dates as the reader writes them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.reports.formatting import long_date, money
from cpm_desktop.reports.pdf.gantt.scale import labels, short_date
from cpm_desktop.reports.pdf.pack.content import TITLES
from cpm_desktop.reports.pdf.pack.parts import percent, signed, table_date, trend_word
from cpm_desktop.scheduling.time_units import Unit
from cpm_desktop.services.changes.views import change_summary
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.services.steering_pack.pack import export_steering_pack
from cpm_desktop.texts import _, speaking
from cpm_desktop.workspace import Workspace
from tests.reports.pack.sample import outline_titles, pages_text
from tests.templates import open_copy_of

TODAY = dt.date(2026, 11, 22)
LOCALES = {"de": "de_DE", "fr": "fr_FR"}
# What each language must print: the summary's heading, a page footer, a month of the Gantt.
EXPECTED = {
    "de": ("Zusammenfassung", "Seite 3 von", "Okt 2026", "Stichtag 20. November 2026"),
    "fr": ("Synthèse", "Page 3 sur", "oct. 2026", "Date d’état 20 novembre 2026"),
}


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Iterator[Workspace]:
    """The demo portfolio, shared by this module's read-only tests."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("lang") / "demo.cpm") as ws:
        yield ws


@pytest.fixture(scope="module")
def demo_id(demo: Workspace) -> int:
    """The demo project's id."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    assert project_id is not None
    return project_id


@pytest.fixture(scope="module", params=sorted(LOCALES))
def pack(
    request: pytest.FixtureRequest,
    demo: Workspace,
    demo_id: int,
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[str, Path]:
    """The demo's internal pack (every section, the financial page too) in one language."""
    language = request.param
    out = tmp_path_factory.mktemp(language) / "pack.pdf"
    path = demo.run(
        export_steering_pack, demo_id, out, on=TODAY, audience="internal", locale=LOCALES[language]
    )
    return language, path


def _plain(text: str) -> str:
    """Every run of spaces (no-break, narrow no-break) as one space, as pages_text gives it."""
    return " ".join(text.split())


def test_the_pack_speaks_the_reader_s_language(pack: tuple[str, Path]) -> None:
    """The summary's heading, the footer's page count, the Gantt's months and the header's
    status date are in the pack's language."""
    language, path = pack
    text = " ".join(pages_text(path))
    for expected in EXPECTED[language]:
        assert _plain(expected) in text, expected


def test_no_section_heading_stays_english(pack: tuple[str, Path]) -> None:
    """Each bookmark is its section's translated title; none is the English one."""
    language, path = pack
    titles = outline_titles(path)
    with speaking(LOCALES[language]):
        translated = {_(title) for title in TITLES.values()}
    english = {title for title in TITLES.values() if title not in translated}
    assert not english & set(titles)
    assert _plain(EXPECTED[language][0]) in titles


def test_money_and_dates_follow_the_locale(
    pack: tuple[str, Path], demo: Workspace, demo_id: int
) -> None:
    """The budget figures and the forecast finish are written as the reader writes them."""
    language, path = pack
    text = " ".join(pages_text(path))
    summary = demo.run(change_summary, demo_id)
    with speaking(LOCALES[language]):
        amounts = [money(summary.current_budget, "EUR"), money(summary.approved_cost, "EUR")]
        finish = long_date(dt.date(2027, 5, 18))
    for written in (*amounts, finish):
        assert _plain(written) in text, written
    assert ("18. Mai 2027" if language == "de" else "18 mai 2027") == finish


def test_small_words_and_numbers_in_each_language() -> None:
    """Variance days, percentages, trends and the timescale's labels are said alike."""
    day = dt.date(2026, 9, 7)
    assert (signed(3), percent(12.8, 1), trend_word("up")) == ("+3 d", "12.8%", "▲ worse")
    assert labels(Unit.WEEK, day, upper=True)[0] == "W37 · 7 Sep 2026"
    with speaking("de_DE"):
        assert (signed(-2), percent(12.8, 1)) == ("−2\u00a0AT", "12,8\u00a0%")
        assert trend_word("steady") == "▶ stabil"
        assert labels(Unit.QUARTER, day, upper=True)[0] == "Q3 2026"
        assert labels(Unit.MONTH, day, upper=True)[0] == "September 2026"
        assert short_date(day) == "7. Sept. 2026"
        assert table_date(day) == "7.\u00a0September 2026"  # breaks only before the year
    with speaking("fr_FR"):
        assert signed(3) == "+3\u00a0j"
        assert labels(Unit.QUARTER, day, upper=True)[0] == "T3 2026"
        assert labels(Unit.MONTH, day, upper=False) == ("sept.", "sept", "s")
