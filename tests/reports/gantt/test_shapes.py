"""What a page draws: each kind of row, the baselines, the critical path and the date lines."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator

from reportlab.graphics.shapes import Drawing, Group, Line, Path, Polygon, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth

from cpm_desktop.reports.pdf.gantt import look
from cpm_desktop.reports.pdf.gantt.content import GanttRow, PrintedGantt
from cpm_desktop.reports.pdf.gantt.drawing import SharedPart
from cpm_desktop.reports.pdf.gantt.names import name_column_width
from cpm_desktop.reports.pdf.gantt.pages import LEGEND_HEIGHT
from cpm_desktop.reports.pdf.gantt.story import gantt_flowables
from cpm_desktop.reports.pdf.gantt.texts import TextRun
from tests.reports.gantt.support import STATUS, sample_chart

WIDTH, HEIGHT = 750.0, 480.0


def _operators() -> list[int]:
    """reportlab's path operators move, line and close (its constants are private)."""
    probe = Path()
    probe.moveTo(0, 0)
    probe.lineTo(1, 1)
    probe.closePath()
    return list(probe.operators)


MOVETO, LINETO, CLOSEPATH = _operators()


def first_page(chart: PrintedGantt) -> Drawing:
    """The first page's drawing of the chart on a landscape frame."""
    page = gantt_flowables(chart, width=WIDTH, height=HEIGHT)[0]
    assert isinstance(page, Drawing)
    return page


def shapes(node: Group) -> Iterator[object]:
    """Every leaf shape under `node`: a path's pieces, a text run's texts one by one, a shared
    part's shapes."""
    for child in node.contents:
        if isinstance(child, Group):
            yield from shapes(child)
        elif isinstance(child, SharedPart):  # drawn once as a form, placed on each page
            yield from shapes(child.group)
        elif isinstance(child, TextRun):
            yield from child.strings
        elif isinstance(child, Path):
            yield from pieces(child)
        else:
            yield child


def pieces(path: Path) -> Iterator[object]:
    """The shapes a path draws in one go, as the shapes they would be on their own: a closed
    four-cornered upright piece a Rect, another closed piece a Polygon, an open one a Line."""
    look = {"fillColor": path.fillColor, "strokeColor": path.strokeColor}
    corners: list[float] = []
    at = 0
    for op in path.operators:
        if op == MOVETO:
            if len(corners) == 4:
                yield Line(*corners, strokeColor=path.strokeColor)
            corners = list(path.points[at : at + 2])
            at += 2
        elif op == LINETO:
            corners += path.points[at : at + 2]
            at += 2
        elif op == CLOSEPATH:
            xs, ys = corners[0::2], corners[1::2]
            if len(xs) == 4 and len(set(xs)) <= 2 and len(set(ys)) <= 2:
                x, y = min(xs), min(ys)
                yield Rect(x, y, max(xs) - x, max(ys) - y, **look)
            else:
                yield Polygon(corners, **look)
            corners = []
    if len(corners) == 4:
        yield Line(*corners, strokeColor=path.strokeColor)


def in_rows(drawing: Drawing) -> list[object]:
    """The shapes drawn over the rows (the key under them left out)."""
    return [s for s in shapes(drawing) if s.getBounds()[1] >= LEGEND_HEIGHT - 0.5]


def filled(items: list[object], kind: type, colour: Color) -> list[object]:
    """The shapes of type `kind` filled in `colour`."""
    return [s for s in items if isinstance(s, kind) and s.fillColor == colour]


def status_lines(drawing: Drawing) -> list[Line]:
    """The lines in the status date's colour (the chart's and the key's)."""
    return [s for s in shapes(drawing) if isinstance(s, Line) and s.strokeColor == look.STATUS_DATE]


def count(chart: PrintedGantt, **flags: bool) -> int:
    """How many of the chart's rows have every flag given."""
    return sum(all(getattr(r, k) == v for k, v in flags.items()) for r in chart.rows)


def test_tasks_are_bars_with_progress() -> None:
    """Each plain task is a pale bar; done work is a strong fill over it."""
    chart = sample_chart(30)
    items = in_rows(first_page(chart))
    plain = count(chart, is_summary=False, is_milestone=False, is_critical=False)
    assert len(filled(items, Rect, look.BAR)) == plain
    started = [
        r
        for r in chart.rows
        if not r.is_summary and not r.is_milestone and not r.is_critical and r.percent_complete
    ]
    assert started
    assert len(filled(items, Rect, look.PROGRESS)) == len(started)


def test_summaries_are_brackets_and_milestones_diamonds() -> None:
    """A summary row is a six-cornered bracket, a milestone a four-cornered diamond."""
    chart = sample_chart(30)
    items = in_rows(first_page(chart))
    brackets = filled(items, Polygon, look.SUMMARY)
    assert len(brackets) == count(chart, is_summary=True) == 4
    assert all(len(b.points) == 12 for b in brackets)
    diamonds = filled(items, Polygon, look.MILESTONE) + filled(
        items, Polygon, look.CRITICAL_PROGRESS
    )
    assert len(diamonds) == count(chart, is_milestone=True) == 3
    assert all(len(d.points) == 8 for d in diamonds)


def test_critical_tasks_take_the_critical_colour() -> None:
    """Critical tasks are drawn vermillion; a chart without any has no vermillion bar."""
    chart = sample_chart(30)
    critical = count(chart, is_critical=True, is_milestone=False)
    assert critical >= 3
    assert len(filled(in_rows(first_page(chart)), Rect, look.CRITICAL_BAR)) == critical
    calm = dataclasses.replace(
        chart, rows=tuple(dataclasses.replace(r, is_critical=False) for r in chart.rows)
    )
    assert filled(in_rows(first_page(calm)), Rect, look.CRITICAL_BAR) == []


def test_baselines_sit_under_their_tasks() -> None:
    """A thin grey bar per task with baseline dates, just below its bar; none without."""
    chart = sample_chart(30)
    items = in_rows(first_page(chart))
    bars = filled(items, Rect, look.BASELINE)
    assert len(bars) == count(chart, is_summary=False, is_milestone=False)
    tasks = filled(items, Rect, look.BAR) + filled(items, Rect, look.CRITICAL_BAR)
    assert all(b.height < min(t.height for t in tasks) / 2 for b in bars)
    assert min(t.y for t in tasks) > min(b.y for b in bars)
    hollow = [s for s in items if isinstance(s, Polygon) and s.strokeColor == look.BASELINE]
    assert len(hollow) == count(chart, is_milestone=True)
    assert filled(in_rows(first_page(sample_chart(30, baselines=False))), Rect, look.BASELINE) == []


def test_a_page_draws_its_rows_in_a_fixed_number_of_shapes() -> None:
    """Bars, bands and names are drawn look by look: more rows, more pieces, no more shapes."""

    def nodes(node: Group) -> int:
        return sum(nodes(c) if isinstance(c, Group) else 1 for c in node.contents)

    fewer, more = first_page(sample_chart(24)), first_page(sample_chart(32))
    assert len(list(shapes(more))) > len(list(shapes(fewer)))
    assert nodes(more) == nodes(fewer) < 40


def test_status_date_line_is_drawn_and_labelled() -> None:
    """A dashed line at the end of the status date, named with its date; none without one."""
    drawing = first_page(sample_chart(30))
    in_chart = [line for line in status_lines(drawing) if line.y1 - line.y2 > 100]
    assert len(in_chart) == 1
    assert in_chart[0].strokeDashArray
    texts = [s.text for s in shapes(drawing) if isinstance(s, String)]
    assert f"Status date {STATUS.day} Nov {STATUS.year}" in texts
    none = first_page(sample_chart(30, status_date=None))
    assert status_lines(none) == []


def test_legend_names_every_mark() -> None:
    """The key under the rows names each shape and line drawn."""
    texts = {s.text for s in shapes(first_page(sample_chart(30))) if isinstance(s, String)}
    for label in ("Task", "Critical task", "Progress", "Summary", "Milestone", "Baseline"):
        assert label in texts
    assert any(t.startswith("Status date") for t in texts)


def test_rows_without_dates_are_listed_without_a_bar() -> None:
    """An undated task keeps its line in the name column and has no shape."""
    undated = GanttRow("9.1", "Not yet planned", 1, False, False, False, None, None, None, None, 0)
    chart = sample_chart(5, baselines=False)
    chart = dataclasses.replace(chart, rows=(*chart.rows, undated))
    drawing = first_page(chart)
    texts = [s.text for s in shapes(drawing) if isinstance(s, String)]
    assert "Not yet planned" in texts
    bars = count(chart, is_summary=False, is_milestone=False, is_critical=False)
    assert len(filled(in_rows(drawing), Rect, look.BAR)) == bars - 1


def test_long_names_are_cut_before_the_chart() -> None:
    """A 200-character name ends in an ellipsis, and no name column text runs into the chart."""
    row = GanttRow(
        "1.1",
        "Migrate " + "x" * 192,
        1,
        False,
        False,
        False,
        dt.date(2026, 9, 7),
        dt.date(2026, 9, 20),
        None,
        None,
        0,
    )
    drawing = first_page(PrintedGantt((row,), None, dt.date(2026, 9, 10), "Long"))
    names = [s for s in shapes(drawing) if isinstance(s, String) and s.text.startswith("Migrate")]
    assert len(names) == 1
    assert names[0].text.endswith("…")
    chart_left = name_column_width(WIDTH)  # where the column's rule and the timescale begin
    rules = [s for s in shapes(drawing) if isinstance(s, Line) and s.x1 == s.x2 == chart_left]
    assert rules
    name = names[0]
    assert name.x + stringWidth(name.text, name.fontName, name.fontSize) < chart_left
    assert min(s.x for s in filled(in_rows(drawing), Rect, look.BAR)) >= chart_left
