"""The timescale chosen for a project's length: fine for months, coarse for years, readable."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pypdf import PdfReader

from cpm_desktop.reports.pdf.gantt.scale import (
    MAX_ACROSS,
    TIERS,
    Unit,
    cells,
    choose_scale,
    labels,
    rules_lower_cells,
)
from tests.reports.gantt.support import build_pdf, sample_chart

CHART_WIDTH = 540.0  # a landscape A4 frame less the name column
START = dt.date(2026, 9, 7)


def span(days: int) -> tuple[dt.date, dt.date]:
    """A project of `days` days from START."""
    return START, START + dt.timedelta(days=days - 1)


@pytest.mark.parametrize(
    ("days", "lower"),
    [(20, Unit.DAY), (200, Unit.WEEK), (365, Unit.MONTH), (3 * 365, Unit.QUARTER)],
)
def test_unit_grows_with_the_project(days: int, lower: Unit) -> None:
    """Three weeks show days, a half-year weeks, a year months, three years quarters."""
    scale = choose_scale(*span(days), CHART_WIDTH)
    assert scale.tiers.lower is lower
    assert len(scale.windows) == 1  # all on one page across


@pytest.mark.parametrize("days", [10, 45, 200, 400, 3 * 365, 20 * 365])
def test_every_lower_cell_is_wide_enough_to_read(days: int) -> None:
    """No lower-tier cell is narrower than its unit's readable minimum, nor a window too wide."""
    scale = choose_scale(*span(days), CHART_WIDTH)
    for start, end in scale.windows:
        assert (end - start).days * scale.points_per_day <= CHART_WIDTH + 1e-6
        for a, b in cells(scale.tiers.lower, start, end):
            if start <= a and b <= end:
                assert (b - a).days * scale.points_per_day >= scale.tiers.min_cell - 0.01
    first, last = span(days)
    assert scale.windows[0][0] < first
    assert scale.windows[-1][1] > last


def test_only_a_very_long_project_is_split_across() -> None:
    """Twenty years cannot be read on one page: quarters over a few pages, each under width."""
    scale = choose_scale(*span(20 * 365), CHART_WIDTH)
    assert scale.tiers is TIERS[-1]
    assert 2 <= len(scale.windows) <= 6
    assert all(a[1] == b[0] for a, b in zip(scale.windows, scale.windows[1:], strict=False))


@pytest.mark.parametrize("years", [30, 100, 400])
def test_a_longer_project_is_squeezed_not_split_further(years: int) -> None:
    """Past MAX_ACROSS pages of quarters the scale narrows: still every day shown, once."""
    first, last = span(years * 365)
    scale = choose_scale(first, last, CHART_WIDTH)
    assert scale.tiers is TIERS[-1]
    assert len(scale.windows) == MAX_ACROSS
    assert all(a[1] == b[0] for a, b in zip(scale.windows, scale.windows[1:], strict=False))
    assert scale.windows[0][0] < first
    assert scale.windows[-1][1] > last
    for start, end in scale.windows:
        assert (end - start).days * scale.points_per_day <= CHART_WIDTH + 1e-6


def test_quarters_a_few_points_wide_are_not_ruled_through_the_rows() -> None:
    """A century's quarters would grey the chart; twenty years' are still ruled."""
    century = choose_scale(*span(100 * 365), CHART_WIDTH)
    assert not rules_lower_cells(century.tiers, century.points_per_day)
    twenty = choose_scale(*span(20 * 365), CHART_WIDTH)
    assert rules_lower_cells(twenty.tiers, twenty.points_per_day)


def test_three_year_project_prints_on_few_pages(tmp_path: Path) -> None:
    """A three-year, 60-task project: years and quarters on top, two pages down, none across."""
    path = build_pdf(sample_chart(60, days=3 * 365), tmp_path / "g.pdf")
    pages = [" ".join(p.extract_text().split()) for p in PdfReader(path).pages]
    assert len(pages) == 2
    for text in pages:
        assert "2027" in text
        assert "2028" in text
        assert "Q3" in text


def test_labels_longest_first() -> None:
    """Candidate labels run from the fullest form to the shortest."""
    for unit in Unit:
        for upper in (True, False):
            forms = labels(unit, dt.date(2026, 9, 1), upper)
            assert [len(f) for f in forms] == sorted((len(f) for f in forms), reverse=True)
    assert labels(Unit.MONTH, dt.date(2026, 9, 1), upper=True)[0] == "September 2026"
    assert labels(Unit.QUARTER, dt.date(2026, 11, 1), upper=False) == ("Q4",)
