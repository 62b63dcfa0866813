"""The Gantt chart: bars where their dates are, zoom, drag to edit, links, tooltips, painting."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QHelpEvent, QImage, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import QApplication, QToolTip

from cpm_desktop.ui import theme
from cpm_desktop.ui.gantt import ZOOM_LEVELS, GanttChart
from cpm_desktop.ui.gantt.arrows import STUB, routes
from cpm_desktop.ui.gantt.layout import GanttLayout, LinkShape
from cpm_desktop.ui.gantt.link_index import LinkIndex
from cpm_desktop.ui.gantt.timescale import Unit, cells, labels
from tests.ui.gantt_data import (
    DESIGN,
    KICKOFF,
    MONDAY,
    REQUIREMENTS,
    SIGN_OFF,
    SUMMARY,
    TODAY,
    small_timeline,
    synthetic_timeline,
)

DAY = dt.timedelta(days=1)
ALL_ROWS = [SUMMARY, KICKOFF, REQUIREMENTS, DESIGN, SIGN_OFF]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def chart(qtbot) -> GanttChart:
    """A chart at 24 px a day showing the small timeline, all rows expanded."""
    widget = GanttChart()
    qtbot.addWidget(widget)
    widget.resize(900, 400)
    widget.set_today(TODAY)
    widget.set_row_height(28)
    widget.set_header_height(48)
    widget.set_zoom(6)
    widget.set_timeline(small_timeline())
    widget.set_rows(ALL_ROWS)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _mouse(chart: GanttChart, kind: QEvent.Type, pos: QPointF, buttons=LEFT, button=LEFT) -> None:
    # Sent directly: QTest's mouseMove does not carry the held button on every platform.
    viewport = chart.viewport()
    event = QMouseEvent(
        kind, pos, viewport.mapToGlobal(pos), button, buttons, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, event)


def _drag(chart: GanttChart, start: QPointF, end: QPointF, steps: int = 4) -> None:
    _mouse(chart, QEvent.Type.MouseButtonPress, start)
    for i in range(1, steps + 1):
        step = start + (end - start) * (i / steps)
        _mouse(chart, QEvent.Type.MouseMove, step, button=Qt.MouseButton.NoButton)
    _mouse(chart, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def _wheel(
    chart: GanttChart, pos: QPointF, angle: QPoint, modifiers=Qt.KeyboardModifier.NoModifier
):
    viewport = chart.viewport()
    event = QWheelEvent(
        pos,
        viewport.mapToGlobal(pos),
        QPoint(),
        angle,
        Qt.MouseButton.NoButton,
        modifiers,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(viewport, event)


def _rect(chart: GanttChart, task_id: int):
    rect = chart.bar_rect(task_id)
    assert rect is not None
    return rect


# -- geometry --------------------------------------------------------------------------


def test_bar_spans_its_start_to_the_end_of_its_finish_day(chart) -> None:
    """A bar begins where its start day begins and ends where the day after its finish begins."""
    timeline = small_timeline()
    for task in timeline.tasks:
        if task.is_milestone:
            continue
        rect = _rect(chart, task.id)
        assert rect.left() == pytest.approx(chart.x_of(task.start))
        assert rect.right() == pytest.approx(chart.x_of(task.finish + DAY))
    assert chart.date_at(round(_rect(chart, KICKOFF).left()) + 1) == MONDAY


def test_milestone_is_centred_on_its_day_and_rows_stack_down(chart) -> None:
    """A milestone's diamond sits in the middle of its date; each row is one row height lower."""
    sign_off = small_timeline().tasks[-1]
    diamond = _rect(chart, SIGN_OFF)
    middle = (chart.x_of(sign_off.start) + chart.x_of(sign_off.start + DAY)) / 2
    assert diamond.center().x() == pytest.approx(middle)
    assert _rect(chart, REQUIREMENTS).top() - _rect(chart, KICKOFF).top() == pytest.approx(28)


def test_collapsing_a_summary_hides_its_tasks_bars(chart) -> None:
    """set_rows with only the summary leaves its children (and their links) without bars."""
    chart.set_rows([SUMMARY])
    assert chart.bar_rect(SUMMARY) is not None
    assert chart.bar_rect(KICKOFF) is None
    chart.set_rows(ALL_ROWS)
    assert chart.bar_rect(KICKOFF) is not None


def test_vertical_offset_follows_the_table(chart) -> None:
    """Scrolling the table by a row moves every bar up by one row height."""
    before = _rect(chart, REQUIREMENTS).top()
    chart.set_vertical_offset(28)
    assert _rect(chart, REQUIREMENTS).top() == pytest.approx(before - 28)


# -- zoom and scrolling ------------------------------------------------------------------


def test_zoom_in_and_out_change_the_day_width(chart, qtbot) -> None:
    """Each zoom step changes pixels_per_day to the next level and says so."""
    level = chart.zoom_level
    with qtbot.waitSignal(chart.sig_zoom_changed) as blocker:
        chart.zoom_out()
    assert blocker.args == [level - 1]
    assert chart.pixels_per_day == ZOOM_LEVELS[level - 1].pixels_per_day
    chart.zoom_in()
    chart.zoom_in()
    assert chart.pixels_per_day == ZOOM_LEVELS[level + 1].pixels_per_day
    assert len(ZOOM_LEVELS) >= 6


def test_ctrl_wheel_zooms_around_the_pointer(chart, qtbot) -> None:
    """Ctrl+wheel zooms and keeps the date under the mouse where it was."""
    x = round(chart.x_of(MONDAY + 4 * DAY) + chart.pixels_per_day / 2)
    anchor = chart.date_at(x)
    level = chart.zoom_level
    with qtbot.waitSignal(chart.sig_zoom_changed):
        _wheel(chart, QPointF(x, 100), QPoint(0, -120), Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom_level == level - 1
    assert chart.date_at(x) == anchor
    _wheel(chart, QPointF(x, 100), QPoint(0, 240), Qt.KeyboardModifier.ControlModifier)
    assert chart.zoom_level == level + 1
    assert chart.date_at(x) == anchor


def test_plain_wheel_asks_the_table_to_scroll(chart, qtbot) -> None:
    """A plain wheel notch is forwarded as three rows of pixels, sign kept."""
    with qtbot.waitSignal(chart.sig_vertical_scroll) as blocker:
        _wheel(chart, QPointF(300, 100), QPoint(0, -120))
    assert blocker.args == [-3 * 28]


def test_shift_wheel_scrolls_sideways(chart) -> None:
    """Shift+wheel moves the timeline horizontally, not the table."""
    before = chart.date_at(0)
    _wheel(chart, QPointF(300, 100), QPoint(0, -240), Qt.KeyboardModifier.ShiftModifier)
    assert chart.date_at(0) > before


def test_set_timeline_keeps_zoom_and_scroll(chart) -> None:
    """Reloading the data keeps the zoom level and the date at the left edge."""
    chart.zoom_out()
    left, level = chart.date_at(0), chart.zoom_level
    chart.set_timeline(small_timeline())
    assert (chart.date_at(0), chart.zoom_level) == (left, level)


def test_fit_today_and_scroll_to_task(chart) -> None:
    """fit_project shows the whole project; go_to_today and scroll_to_task bring dates in."""
    width = chart.viewport().width()
    chart.fit_project()
    assert chart.x_of(MONDAY) >= 0
    assert chart.x_of(MONDAY + 12 * DAY) <= width
    chart.set_zoom(len(ZOOM_LEVELS) - 1)
    chart.horizontalScrollBar().setValue(chart.horizontalScrollBar().maximum())
    chart.scroll_to_task(KICKOFF)
    rect = _rect(chart, KICKOFF)
    assert rect.left() >= 0
    assert rect.right() <= width
    chart.go_to_today()
    assert 0 <= chart.x_of(TODAY) <= width


def test_plus_and_minus_keys_zoom(chart, qtbot) -> None:
    """+ and - zoom in and out when the chart has the focus."""
    level = chart.zoom_level
    qtbot.keyClick(chart, Qt.Key.Key_Minus)
    assert chart.zoom_level == level - 1
    qtbot.keyClick(chart, Qt.Key.Key_Plus)
    assert chart.zoom_level == level


# -- mouse -------------------------------------------------------------------------------


def test_dragging_a_bar_asks_to_move_its_start(chart, qtbot) -> None:
    """Dragging a bar by three days (and a bit) asks for its start three days later."""
    rect = _rect(chart, DESIGN)
    start = QPointF(rect.center().x() - 10, rect.center().y())
    end = start + QPointF(3 * chart.pixels_per_day + 5, 2)
    with qtbot.waitSignal(chart.sig_move_requested) as blocker:
        _drag(chart, start, end)
    assert blocker.args == [DESIGN, MONDAY + 3 * DAY + 3 * DAY]


def test_dragging_a_milestone_moves_it_but_a_summary_stays(chart, qtbot) -> None:
    """Milestones move like bars; a summary's dates follow its tasks, so it does not move."""
    diamond = _rect(chart, SIGN_OFF).center()
    with qtbot.waitSignal(chart.sig_move_requested) as blocker:
        _drag(chart, diamond, diamond - QPointF(2 * chart.pixels_per_day, 0))
    assert blocker.args == [SIGN_OFF, MONDAY + 9 * DAY]
    summary = _rect(chart, SUMMARY)
    grip = QPointF(summary.center().x(), summary.top() + 2)
    with qtbot.assertNotEmitted(chart.sig_move_requested):
        _drag(chart, grip, grip + QPointF(3 * chart.pixels_per_day, 0))


def test_dragging_the_end_asks_for_a_new_finish(chart, qtbot) -> None:
    """Dragging a bar's right end by two days asks for its finish two days later."""
    rect = _rect(chart, KICKOFF)
    start = QPointF(rect.right() - 2, rect.center().y())
    _mouse(chart, QEvent.Type.MouseMove, start, buttons=Qt.MouseButton.NoButton)
    assert chart.viewport().cursor().shape() == Qt.CursorShape.SizeHorCursor
    with qtbot.waitSignal(chart.sig_finish_requested) as blocker:
        _drag(chart, start, start + QPointF(2 * chart.pixels_per_day, 0))
    assert blocker.args == [KICKOFF, MONDAY + 4 * DAY]


def test_dragging_onto_another_row_asks_for_a_link(chart, qtbot) -> None:
    """Dragging from one bar down onto another task's row asks for a link between them."""
    kickoff, design = _rect(chart, KICKOFF), _rect(chart, DESIGN)
    with (
        qtbot.waitSignal(chart.sig_link_requested) as blocker,
        qtbot.assertNotEmitted(chart.sig_move_requested),
    ):
        _drag(chart, kickoff.center(), design.center())
    assert blocker.args == [KICKOFF, DESIGN]


def test_escape_cancels_a_drag(chart, qtbot) -> None:
    """Escape during a drag drops it: the release asks for nothing."""
    rect = _rect(chart, DESIGN)
    start = rect.center()
    with qtbot.assertNotEmitted(chart.sig_move_requested):
        _mouse(chart, QEvent.Type.MouseButtonPress, start)
        end = start + QPointF(4 * chart.pixels_per_day, 0)
        _mouse(chart, QEvent.Type.MouseMove, end, button=Qt.MouseButton.NoButton)
        chart.grab()  # the ghost bar paints
        qtbot.keyClick(chart, Qt.Key.Key_Escape)
        _mouse(chart, QEvent.Type.MouseButtonRelease, end, buttons=Qt.MouseButton.NoButton)


def test_click_selects_and_double_click_opens(chart, qtbot) -> None:
    """A click on a row names its task; a double-click on a bar opens the task."""
    rect = _rect(chart, REQUIREMENTS)
    with qtbot.waitSignal(chart.sig_task_clicked) as clicked:
        qtbot.mouseClick(chart.viewport(), LEFT, pos=QPoint(850, round(rect.center().y())))
    assert clicked.args == [REQUIREMENTS]
    with qtbot.waitSignal(chart.sig_task_activated) as activated:
        qtbot.mouseDClick(chart.viewport(), LEFT, pos=rect.center().toPoint())
    assert activated.args == [REQUIREMENTS]


def test_tooltip_tells_dates_slack_baseline_and_driver(chart) -> None:
    """Hovering a bar shows its dates, progress, slack, baseline variance and what drives it."""
    chart.set_driver_lookup(lambda task_id: f"link 1.1 FS (task {task_id})")
    centre = _rect(chart, REQUIREMENTS).center()
    text = chart.tooltip_at(centre)
    for part in ("Requirements", "Start:", "Finish:", "40 %", "Total slack", "variance +2 d"):
        assert part in text
    assert f"Driven by: link 1.1 FS (task {REQUIREMENTS})" in text
    assert chart.tooltip_at(QPointF(5, 5)) == ""
    pos = centre.toPoint()
    event = QHelpEvent(QEvent.Type.ToolTip, pos, chart.viewport().mapToGlobal(pos))
    QApplication.sendEvent(chart.viewport(), event)
    assert "Driven by" in QToolTip.text()
    QToolTip.hideText()


# -- painting ----------------------------------------------------------------------------


def _colours(image: QImage) -> int:
    seen = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            seen.add(image.pixel(x, y))
    return len(seen)


@pytest.mark.parametrize("scheme", [theme.LIGHT, theme.DARK])
def test_every_zoom_level_paints(chart, monkeypatch, scheme) -> None:
    """Each zoom level, in each scheme, paints a non-blank chart (and does not crash)."""
    monkeypatch.setattr(theme, "_current", scheme)
    chart.set_selected_task(REQUIREMENTS)
    chart.set_highlight({KICKOFF, REQUIREMENTS}, {11})
    for level in range(len(ZOOM_LEVELS)):
        chart.set_zoom(level)
        chart.scroll_to_task(SUMMARY)
        assert _colours(chart.grab().toImage()) > 8


def test_a_large_timeline_paints_anywhere(qtbot) -> None:
    """10,000 tasks and their links paint at the top, the middle and the bottom."""
    timeline = synthetic_timeline(10_000)
    widget = GanttChart()
    qtbot.addWidget(widget)
    widget.resize(800, 400)
    widget.set_timeline(timeline)
    widget.set_rows([task.id for task in timeline.tasks])
    for row in (0, 5_000, 9_990):
        widget.set_vertical_offset(row * 28)
        widget.scroll_to_task(timeline.tasks[row].id)
        assert widget.grab().width() == 800


# -- pure parts --------------------------------------------------------------------------


def test_routes_turn_between_rows_and_end_at_the_bars() -> None:
    """A forward FS link makes one turn beside the predecessor; a backward one jogs along the
    row boundary; every route starts and ends at the given points."""
    forward = routes(100, 10, 1, 200, 38, 1, (24, 24))[0][1]
    assert forward == [(100, 10), (100 + STUB, 10), (100 + STUB, 38), (200, 38)]
    backward = routes(200, 10, 1, 150, 66, 1, (24, 52))
    for _, points in backward:
        assert points[0] == (200, 10)
        assert points[-1] == (150, 66)
        # Horizontal runs other than the stubs lie on a row boundary, not through a bar.
        assert {y for (_, y), (_, y2) in zip(points, points[1:], strict=False) if y == y2} <= {
            10,
            24,
            52,
            66,
        }
    assert all(len(points) == 6 for _, points in backward)


def test_link_index_finds_exactly_the_links_crossing_the_rows() -> None:
    """The sorted index returns the same links as checking every one, for any row window."""
    layout = GanttLayout(synthetic_timeline(2_000))
    rng = random.Random(3)
    rows = list(layout.bars)
    rng.shuffle(rows)
    row_of = {task_id: row for row, task_id in enumerate(rows)}
    index = LinkIndex(layout.links, row_of)

    def span(shape: LinkShape) -> tuple[int, int]:
        a, b = row_of[shape.link.predecessor_id], row_of[shape.link.successor_id]
        return min(a, b), max(a, b)

    for first in (0, 17, 900, 1_950):
        last = first + 30
        expected = {s.link.id for s in layout.links if span(s)[0] <= last and span(s)[1] >= first}
        assert {r.shape.link.id for r in index.crossing(first, last)} == expected


def test_timescale_cells_and_labels() -> None:
    """Cells tile the days without gaps; labels come longest first, in the locale's names."""
    spans = list(cells(Unit.WEEK, MONDAY + 2 * DAY, MONDAY + 20 * DAY))
    assert spans[0][0] == MONDAY
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))
    assert labels(Unit.WEEK, MONDAY, upper=True)[0] == "W37 · 7–13 Sep 2026"
    assert labels(Unit.MONTH, MONDAY, upper=False)[:2] == ("September", "Sep")
    assert labels(Unit.QUARTER, MONDAY, upper=True)[0] == "Q3 2026"
    assert labels(Unit.DAY, MONDAY, upper=False)[-1] == "7"


def test_the_timescale_names_the_today_line_under_the_pointer(chart) -> None:
    """The today mark in the timescale has no text over the tiers; hovering it names it."""
    chart.go_to_today()
    x = chart.x_of(TODAY) + chart.pixels_per_day / 2
    assert chart.tooltip_at(QPointF(x, 40)).startswith("Today: ")
    assert chart.tooltip_at(QPointF(x + 40, 40)) == ""


def test_an_edit_of_a_few_rows_updates_the_bars_in_place_like_a_rebuild(chart, qtbot) -> None:
    """Rows re-read after a move (others the same objects) give the bars a new layout would."""
    from dataclasses import replace

    before = small_timeline()
    chart.set_timeline(before)
    layout = chart._layout
    tasks = [
        replace(t, start=t.start + DAY, finish=t.finish + DAY, is_critical=not t.is_critical)
        if t.id == DESIGN
        else t
        for t in before.tasks
    ]
    after = replace(before, tasks=tasks)
    chart.set_timeline(after)
    assert chart._layout is layout  # updated in place, not rebuilt
    fresh = GanttChart()
    qtbot.addWidget(fresh)
    fresh.resize(900, 400)
    fresh.set_today(TODAY)
    fresh.set_row_height(28)
    fresh.set_header_height(48)
    fresh.set_zoom(6)
    fresh.set_timeline(after)
    fresh.set_rows(ALL_ROWS)
    fresh._set_scroll(chart._axis.scroll)
    for task_id in ALL_ROWS:
        assert chart.bar_rect(task_id) == fresh.bar_rect(task_id)
    assert [s.critical for s in chart._layout.links] == [s.critical for s in fresh._layout.links]
    chart.set_timeline(replace(after, links=list(after.links)))
    assert chart._layout is not layout  # other links: rebuilt


@pytest.mark.parametrize("updates", [1, 2], ids=["measured-each-time", "two-updates-unmeasured"])
def test_a_label_lengthened_in_place_widens_the_range_the_labels_need(chart, updates: int) -> None:
    """The widest label follows a rename taken in place, whether measured after each update
    or only after several."""
    from dataclasses import replace

    from cpm_desktop.ui.gantt.frame import LabelWidths

    before = small_timeline()
    chart.set_timeline(before)
    widths, font = LabelWidths(), chart.font()
    first = widths.widest(chart._layout, font)
    shown = before
    for step in range(updates):
        tasks = [
            replace(t, name="Design " + "review " * (10 * (step + 1))) if t.id == DESIGN else t
            for t in shown.tasks
        ]
        shown = replace(shown, tasks=tasks)
        chart.set_timeline(shown)
        if step < updates - 1:
            continue
        assert widths.widest(chart._layout, font) == LabelWidths().widest(chart._layout, font)
    assert widths.widest(chart._layout, font) > first


@pytest.mark.parametrize(
    "change",
    [
        {"total_slack": 40, "is_critical": False},
        {"total_slack": 0, "is_critical": True},
        {"is_milestone": True},
        {"name": "Design, reworked"},
    ],
    ids=["slack", "critical", "milestone", "name"],
)
def test_a_row_changed_in_place_draws_as_a_fresh_layout_would(change: dict[str, object]) -> None:
    """Rows whose dates stay the same objects (slack, a flag, a name) still update their bar
    and their links' colour."""
    from dataclasses import replace

    before = small_timeline()
    layout = GanttLayout(before)
    after = replace(
        before, tasks=[replace(t, **change) if t.id == DESIGN else t for t in before.tasks]
    )
    assert layout.update(after)
    fresh = GanttLayout(after)
    assert {i: (b.task, b.kind, b.start, b.end) for i, b in layout.bars.items()} == {
        i: (b.task, b.kind, b.start, b.end) for i, b in fresh.bars.items()
    }
    assert [s.critical for s in layout.links] == [s.critical for s in fresh.links]
