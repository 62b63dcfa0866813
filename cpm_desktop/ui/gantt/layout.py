"""GanttLayout: a Timeline converted once into day numbers, so painting only multiplies."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import IntEnum

from cpm_desktop.domain.plan import drives_successor_start, starts_at_predecessor_start
from cpm_desktop.services.plan.timeline import (
    Timeline,
    TimelineCalendar,
    TimelineLink,
    TimelineTask,
)

PAD_DAYS = 45  # room to scroll before the project starts and after it ends


class Kind(IntEnum):
    """How a task is drawn."""

    TASK = 0
    SUMMARY = 1
    MILESTONE = 2


Span = tuple[Kind, int, int, int | None, int | None]


class Bar:
    """One task's bar in day numbers: `start` inclusive, `end` exclusive (the day after finish).

    Its days are worked out from `task` when first read, and again when the task is replaced:
    a move on the critical path hands back thousands of rows, of which a screenful is drawn.
    """

    __slots__ = ("task", "_origin", "_spanned", "_span")

    def __init__(self, task: TimelineTask, origin: int) -> None:
        self.task = task
        self._origin = origin  # the day numbers' day 0, as an ordinal
        self._spanned: TimelineTask | None = None  # the task `_span` was worked out from
        self._span: Span = (Kind.TASK, 0, 0, None, None)

    def _days(self) -> Span:
        if self._spanned is not self.task:
            self._span = span_of(self.task, self._origin)
            self._spanned = self.task
        return self._span

    @property
    def kind(self) -> Kind:
        """How the task is drawn."""
        return self._days()[0]

    @property
    def start(self) -> int:
        """The day number of the task's first day."""
        return self._days()[1]

    @property
    def end(self) -> int:
        """The day number after the task's last day."""
        return self._days()[2]

    @property
    def baseline_start(self) -> int | None:
        """The day number of baseline 0's first day; None without a baseline."""
        return self._days()[3]

    @property
    def baseline_end(self) -> int | None:
        """The day number after baseline 0's last day; None without a baseline."""
        return self._days()[4]

    @property
    def centre(self) -> float:
        """Return the day number a milestone's diamond is centred on (the middle of its day)."""
        _, start, end, _, _ = self._days()
        return (start + end) / 2


def span_of(task: TimelineTask, origin: int) -> Span:
    """A dated task's kind of bar, its start and end day, and its baseline's, counted from
    the ordinal `origin`."""
    assert task.start is not None
    assert task.finish is not None
    kind = Kind.SUMMARY if task.is_summary else Kind.TASK
    if task.is_milestone and not task.is_summary:
        kind = Kind.MILESTONE
    start = task.start.toordinal() - origin
    end = max(start, task.finish.toordinal() - origin) + 1
    baseline_start = baseline_end = None
    if task.baseline_start and task.baseline_finish:
        baseline_start = task.baseline_start.toordinal() - origin
        baseline_end = max(baseline_start, task.baseline_finish.toordinal() - origin) + 1
    return kind, start, end, baseline_start, baseline_end


@dataclass(slots=True)  # not frozen: built by the ten thousand on every edit
class LinkShape:
    """A dependency between two drawn bars; `critical` when both ends are critical."""

    link: TimelineLink
    pred: Bar
    succ: Bar
    critical: bool

    @property
    def from_start(self) -> bool:
        """Tell whether the link leaves the predecessor's start (SS, SF) rather than its end."""
        return starts_at_predecessor_start(self.link.type)

    @property
    def to_start(self) -> bool:
        """Tell whether the link enters the successor's start (FS, SS) rather than its end."""
        return drives_successor_start(self.link.type)


class GanttLayout:
    """Bars, links and the scrollable day range of one Timeline."""

    def __init__(self, timeline: Timeline | None = None) -> None:
        self.timeline = timeline
        self.version = 0  # counts in-place updates: link routes drawn before one are stale
        self.relabelled: list[Bar] = []  # bars whose label changed in the last update
        self.bars: dict[int, Bar] = {}
        self.links: list[LinkShape] = []
        self.calendar = TimelineCalendar(frozenset(range(5)), frozenset())
        self.status_date: dt.date | None = None
        self.has_baseline = False
        today = dt.date.today().toordinal()
        self.origin = today - PAD_DAYS
        self.project_start = PAD_DAYS  # day numbers of the project's first day and the day after
        self.project_end = PAD_DAYS + 1
        self.last_day = 2 * PAD_DAYS  # the scrollable range is day 0 .. last_day
        self._baseline_last: dt.date | None = None  # the latest baseline finish
        if timeline is not None:
            self._build(timeline)

    def _build(self, timeline: Timeline) -> None:
        self.calendar = timeline.calendar
        self.status_date = timeline.status_date
        dated = [t for t in timeline.tasks if t.start is not None and t.finish is not None]
        first = min([timeline.start_date, *(t.start for t in dated if t.start)])
        last = max([timeline.finish_date or first, *(t.finish for t in dated if t.finish)])
        for task in dated:
            if task.baseline_start and task.baseline_finish:
                first = min(first, task.baseline_start)
                last = max(last, task.baseline_finish)
                if self._baseline_last is None or task.baseline_finish > self._baseline_last:
                    self._baseline_last = task.baseline_finish
        self.origin = first.toordinal() - PAD_DAYS
        self.project_start = PAD_DAYS
        self._set_end(last)
        self.bars = {task.id: Bar(task, self.origin) for task in dated}
        self.has_baseline = any(t.baseline_start and t.baseline_finish for t in dated)
        self.links = [
            LinkShape(link, pred, succ, pred.task.is_critical and succ.task.is_critical)
            for link in timeline.links
            if (pred := self.bars.get(link.predecessor_id))
            and (succ := self.bars.get(link.successor_id))
        ]

    def _set_end(self, last: dt.date) -> None:
        """End the project's days with `last`, and the scrollable range after them."""
        self.project_end = last.toordinal() - self.origin + 1
        self.last_day = self.project_end + PAD_DAYS

    def update(self, timeline: Timeline) -> bool:
        """Take `timeline` in place if only some task rows changed, none starting earlier than
        the day range; False means a full rebuild is needed.

        The re-read of an edit hands back the unchanged rows as the same objects, and the same
        links: only the changed bars are redone; a project finish that moved (a move on the
        critical path) moves the range's end.
        """
        old = self.timeline
        if (
            old is None
            or timeline.links is not old.links
            or len(timeline.tasks) != len(old.tasks)
            or timeline.status_date != old.status_date
            or timeline.calendar != old.calendar
        ):
            return False
        bars = self.bars
        first = self.origin + self.project_start
        taken: list[tuple[Bar, TimelineTask]] = []
        for new, was in zip(timeline.tasks, old.tasks, strict=True):
            if new is was:
                continue
            bar = bars.get(new.id)
            if bar is None:
                return False
            # A row whose slack alone changed keeps its date objects (a move on the critical
            # path hands back every row): only a row with other dates needs checking.
            moved = new.start is not was.start or new.finish is not was.finish
            if moved and (new.start is None or new.finish is None or new.start.toordinal() < first):
                return False
            if new.parent_id != was.parent_id:
                return False
            taken.append((bar, new))
        if timeline.finish_date != old.finish_date:
            if timeline.finish_date is None:
                return False
            last = timeline.finish_date
            self._set_end(max(last, self._baseline_last) if self._baseline_last else last)
        flipped = set()  # tasks whose critical flag changed: their links' colour does too
        relabelled = []
        for bar, task in taken:
            was, bar.task = bar.task, task  # its days follow when next read
            if task.is_critical != was.is_critical:
                flipped.add(task.id)
            if task.name is not was.name and task.name != was.name:
                relabelled.append(bar)
            elif (
                task.is_milestone
                and not task.is_summary
                and (task.start != was.start or task.finish != was.finish or not was.is_milestone)
            ):
                relabelled.append(bar)  # its label is its date
        if flipped:
            for shape in self.links:
                if shape.pred.task.id in flipped or shape.succ.task.id in flipped:
                    shape.critical = shape.pred.task.is_critical and shape.succ.task.is_critical
        self.relabelled = relabelled
        self.timeline = timeline
        self.version += 1
        return True

    def day(self, date: dt.date) -> int:
        """Return the day number of `date`."""
        return date.toordinal() - self.origin

    def date(self, day: int) -> dt.date:
        """Return the date of day number `day`."""
        return dt.date.fromordinal(self.origin + day)
