"""The print layout's arithmetic: when a sheet may be fitted to the page width, where pages end."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.reports.excel.print_layout import (
    MIN_PRINTED_SIZE,
    ColumnPlan,
    page_breaks,
    plan_layout,
    smallest_scale,
)

ROOM = 784.0  # A4 landscape between 0.4-inch margins, in points


def pages(widths: tuple[float, ...], breaks: tuple[int, ...]) -> list[tuple[int, int]]:
    """(first, last) column of each page across, 1-based."""
    starts = [1, *breaks]
    ends = [b - 1 for b in breaks] + [len(widths)]
    return list(zip(starts, ends, strict=True))


@pytest.mark.parametrize(
    ("font", "lowest"), [(8, 100), (7, 100), (9, 89), (10, 80), (11, 73), (80, 10), (200, 10)]
)
def test_smallest_scale_keeps_the_smallest_text_at_eight_points(font, lowest) -> None:
    """The lowest scale prints `font` at 8 points or more; one per cent less would not."""
    assert smallest_scale(font) == lowest
    if 10 < lowest < 100:
        assert font * lowest / 100 >= MIN_PRINTED_SIZE > font * (lowest - 1) / 100


def test_a_sheet_that_fits_at_a_readable_scale_is_fitted_to_the_width() -> None:
    """1,000 points of 10-point text fit 784 points at 78 %: 7.8 points, too small; 11-point ok."""
    columns = ColumnPlan((100.0,) * 10)
    assert plan_layout(columns, ROOM, 11).fit_to_width
    assert plan_layout(columns, ROOM, 11).scale == 78
    layout = plan_layout(columns, ROOM, 10)
    assert not layout.fit_to_width
    assert layout.scale >= 80
    assert len(layout.breaks) == 1  # two pages across


def test_a_narrow_sheet_is_fitted_at_full_size() -> None:
    """Whatever its smallest text, a sheet narrower than the page prints at 100 %."""
    layout = plan_layout(ColumnPlan((100.0, 200.0)), ROOM, 6)
    assert (layout.fit_to_width, layout.scale, layout.breaks) == (True, 100, ())


def test_the_largest_scale_of_the_fewest_pages_wins() -> None:
    """Two pages are needed at any readable scale: the sheet prints them at 100 %."""
    layout = plan_layout(ColumnPlan((300.0,) * 4), ROOM, 10)
    assert (layout.scale, layout.breaks) == (100, (3,))


def test_shrinking_saves_a_page_when_it_stays_readable() -> None:
    """Three 300-point columns take two pages at 100 % and one at 87 % (9-point text)."""
    layout = plan_layout(ColumnPlan((300.0,) * 3), ROOM, 9.5)
    assert layout.fit_to_width
    assert layout.scale == 87


def test_titles_repeat_only_when_the_sheet_runs_over_pages() -> None:
    """Title columns on a one-page sheet are no use; over two pages they are repeated."""
    assert plan_layout(ColumnPlan((100.0,) * 5, title_columns=2), ROOM, 8).title_columns == 0
    wide = plan_layout(ColumnPlan((100.0,) * 12, title_columns=2), ROOM, 8)
    assert wide.title_columns == 2
    assert wide.breaks == (8,)  # the second page holds the last 5 columns beside the 2 titles


def test_titles_wider_than_half_a_page_are_not_repeated() -> None:
    """A 500-point title column would leave too little room on every page: not repeated."""
    layout = plan_layout(ColumnPlan((500.0, 200.0, 200.0, 200.0), title_columns=1), ROOM, 8)
    assert layout.title_columns == 0


def test_gantt_pages_begin_at_period_starts() -> None:
    """Table columns, then weeks whose pages may begin only at month starts (every 4th week)."""
    table = (60.0,) * 6
    weeks = (15.0,) * 60
    months = frozenset(range(7, 67, 4))
    columns = ColumnPlan(
        table + weeks,
        title_columns=2,
        page_starts=frozenset(range(1, 7)) | months,
        sections=frozenset({7}),
    )
    layout = plan_layout(columns, 400.0, 8)
    assert not layout.fit_to_width
    assert 7 in layout.breaks  # the Gantt begins a page of its own
    assert all(b in months for b in layout.breaks if b > 7)
    for first, last in pages(columns.widths, layout.breaks):
        titles = 120.0 if first > 1 else 0.0
        assert titles + sum(columns.widths[first - 1 : last]) <= 400.0


def test_a_page_ends_at_the_last_period_start_or_where_the_room_does() -> None:
    """Eight columns fit a page: the first ends at 9 (no period starts in it), the next at the
    period start 15 rather than at 17."""
    columns = ColumnPlan((50.0,) * 20, page_starts=frozenset({1, 15}))
    assert page_breaks(columns, 400.0, 0) == (9, 15)


widths = st.lists(st.floats(1, 300), min_size=1, max_size=60).map(tuple)


@given(
    widths=widths,
    room=st.floats(300, 900),
    titles=st.integers(0, 3),
    starts=st.frozensets(st.integers(1, 60)),
    sections=st.frozensets(st.integers(2, 60), max_size=3),
)
def test_every_page_holds_whole_columns_within_its_room(
    widths, room, titles, starts, sections
) -> None:
    """Any widths: breaks ascend, every section begins a page, no page (with titles) overflows
    unless it holds a single column, and a page ends early only at an allowed start."""
    columns = ColumnPlan(widths, titles, starts, sections)
    title_width = sum(widths[:titles])
    breaks = page_breaks(columns, room, titles)
    assert list(breaks) == sorted(set(breaks))
    assert all(1 < b <= len(widths) for b in breaks)
    assert {s for s in sections if s <= len(widths)} <= set(breaks)
    for first, last in pages(widths, breaks):
        used = (title_width if first > 1 else 0.0) + sum(widths[first - 1 : last])
        assert used <= room + 1e-6 or last == first
        following = last + 1
        if following <= len(widths) and following not in sections:
            fits_more = used + widths[following - 1] <= room
            assert not fits_more or following in starts
