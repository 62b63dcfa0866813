"""gantt_flowables: a chart's pages for a platypus story, with page breaks between them."""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import groupby

from reportlab import rl_config
from reportlab.graphics.shapes import Group
from reportlab.platypus import Flowable, PageBreak

from cpm_desktop.reports.pdf.fonts import register_fonts
from cpm_desktop.reports.pdf.gantt.bars import row_shapes
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt, has_baseline
from cpm_desktop.reports.pdf.gantt.drawing import (
    Part,
    SheetParts,
    empty_drawing,
    page_drawing,
    shared,
)
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.names import name_column_width, names, wbs_column_width
from cpm_desktop.reports.pdf.gantt.pages import Page, page_height, plan_pages
from cpm_desktop.reports.pdf.gantt.scale import choose_scale, date_span


@contextmanager
def _unchecked_shapes() -> Iterator[None]:
    """Skip reportlab's check of every shape attribute while the pages are built.

    The check is a development aid (rl_config documents it so) and takes half the time
    of a 2,000-row chart; the shapes built here are typed and tested.
    """
    checking = rl_config.shapeChecking
    rl_config.shapeChecking = 0
    try:
        yield
    finally:
        rl_config.shapeChecking = checking


def gantt_flowables(chart: PrintedGantt, *, width: float, height: float) -> list[Flowable]:
    """Return the chart as one vector drawing per page of a `width` × `height` frame.

    Rows run down the pages; the title, timescale and name column repeat on every page. A
    page with no bar in its span of time is not printed (`printed`), and the key says so.
    """
    register_fonts()
    name_width = name_column_width(width)
    scale = choose_scale(*date_span(chart), width - name_width)
    pages = plan_pages(chart.rows, scale.windows, height)
    if not chart.rows:
        return [empty_drawing(chart, pages[0], width)]
    wbs_width = wbs_column_width(chart.rows, name_width)
    base_level = min(row.level for row in chart.rows)
    with_baseline = any(has_baseline(row) for row in chart.rows)
    story: list[Flowable] = []
    with _unchecked_shapes():
        drawn = []
        for page in pages:
            sheet = Sheet(
                width=width,
                height=page_height(len(page.rows)),
                name_width=name_width,
                wbs_width=wbs_width,
                base_level=base_level,
                window=page.window,
                points_per_day=scale.points_per_day,
                rows=len(page.rows),
                with_baseline=with_baseline,
            )
            drawn.append((page, sheet, row_shapes(page.rows, sheet)))
        kept = printed(drawn)
        parts = SheetParts(chart, scale, left_out=len(kept) < len(drawn))
        across = Counter(page.first_index for page, _sheet, _bars in kept)
        listed: dict[int, Part] = {}  # a run's names, the same on each of its pages
        for number, (page, sheet, bars) in enumerate(kept, 1):
            if story:
                story.append(PageBreak())
            run = listed.get(page.first_index)
            if run is None:
                run = names(page.rows, sheet)
                if across[page.first_index] > 1:
                    run = shared(run, sheet)
                listed[page.first_index] = run
            numbered = dataclasses.replace(page, number=number, count=len(kept))
            story.append(page_drawing(chart, numbered, sheet, parts, bars, run))
    return story


def printed(drawn: Sequence[tuple[Page, Sheet, Group]]) -> list[tuple[Page, Sheet, Group]]:
    """The pages worth printing: each that draws a bar, a diamond or a baseline.

    As MS Project does without "Print blank pages": a long plan's run of rows has its bars
    in one stretch of time, and a page of empty rows across another stretch tells nothing.
    A run of rows with no bar on any page keeps its first page, so every row is listed.
    """
    kept: list[tuple[Page, Sheet, Group]] = []
    for _first, run in groupby(drawn, key=lambda item: item[0].first_index):
        pages = list(run)
        kept.extend([item for item in pages if item[2].contents] or pages[:1])
    return kept
