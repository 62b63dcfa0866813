"""gantt_flowables: a chart's pages for a platypus story, with page breaks between them."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from reportlab import rl_config
from reportlab.platypus import Flowable, PageBreak

from cpm_desktop.reports.pdf.fonts import register_fonts
from cpm_desktop.reports.pdf.gantt.content import PrintedGantt, has_baseline
from cpm_desktop.reports.pdf.gantt.drawing import SheetParts, empty_drawing, page_drawing
from cpm_desktop.reports.pdf.gantt.geometry import Sheet
from cpm_desktop.reports.pdf.gantt.names import name_column_width, wbs_column_width
from cpm_desktop.reports.pdf.gantt.pages import page_height, plan_pages
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

    Rows run down the pages; the title, timescale and name column repeat on every page.
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
    parts = SheetParts(chart, scale)
    with _unchecked_shapes():
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
            if story:
                story.append(PageBreak())
            story.append(page_drawing(chart, page, sheet, parts))
    return story
