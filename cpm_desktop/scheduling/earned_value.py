"""Earned value management with the PMI / ANSI EIA-748 definitions, and the S-curve behind it.

Money stays unrounded (`Decimal`) through every sum and is rounded once, at the end, to cents
(half up); ratios to thousandths. Callers pass leaf tasks only: summaries would count twice.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from cpm_desktop.scheduling.calendar import WorkCalendar

_CENT = Decimal("0.01")
_THOUSANDTH = Decimal("0.001")
_ZERO = Decimal(0)
_HUNDRED = Decimal(100)
_ONE_DAY = dt.timedelta(days=1)
_ONE_WEEK = dt.timedelta(days=7)
_FRIDAY = 4


@dataclass(frozen=True, slots=True)
class EvTask:
    """One leaf task as earned value sees it: its budget, planned span, progress and cost.

    `planned_start`/`planned_finish` are the baseline dates when there is a baseline, else the
    scheduled ones; the finish is the last working day (== the start for a milestone).
    """

    id: int
    budget: Decimal
    planned_start: dt.date
    planned_finish: dt.date
    percent_complete: int
    actual_cost: Decimal
    actual_start: dt.date | None = None
    actual_finish: dt.date | None = None

    def __post_init__(self) -> None:
        # Fail at the boundary: a bad row would otherwise show up as a plausible wrong total.
        if not 0 <= self.percent_complete <= 100:
            raise ValueError(f"task {self.id}: percent complete must be 0..100")
        if self.planned_finish < self.planned_start:
            raise ValueError(f"task {self.id}: planned finish before planned start")


@dataclass(frozen=True, slots=True)
class EarnedValue:
    """The earned value measures of a task or a project at a status date (amounts in cents)."""

    bac: Decimal  # budget at completion
    pv: Decimal  # planned value
    ev: Decimal  # earned value
    ac: Decimal  # actual cost
    sv: Decimal  # EV - PV
    cv: Decimal  # EV - AC
    spi: Decimal | None  # EV / PV, None when PV is 0
    cpi: Decimal | None  # EV / AC, None when AC is 0
    eac: Decimal  # BAC / CPI when CPI is defined and > 0, else AC + (BAC - EV)
    etc: Decimal  # EAC - AC, never below 0
    vac: Decimal  # BAC - EAC


@dataclass(frozen=True, slots=True)
class CurvePoint:
    """One point of the S-curve: cumulative PV, EV and AC at the end of `day`.

    `ev` and `ac` are None after the status date: the future has no earned value or cost.
    """

    day: dt.date
    pv: Decimal
    ev: Decimal | None
    ac: Decimal | None


def planned_value(task: EvTask, calendar: WorkCalendar, as_of: dt.date) -> Decimal:
    """Budget planned to be earned by the end of `as_of`: linear over the planned working days.

    A milestone, or a span without any working day, plans its whole budget on its (last) day.
    """
    (pv,) = _accrue(_plan((task,), calendar), [_clock(calendar, as_of)], [as_of.toordinal()])
    return _cents(pv)


def task_earned_value(task: EvTask, calendar: WorkCalendar, status_date: dt.date) -> EarnedValue:
    """The earned value measures of one task at the end of `status_date`."""
    return project_earned_value((task,), calendar, status_date)


def project_earned_value(
    tasks: Iterable[EvTask], calendar: WorkCalendar, status_date: dt.date
) -> EarnedValue:
    """The measures of a set of leaf tasks: BAC, PV, EV and AC summed, indices from the sums.

    The indices are ratios of the sums (a big task weighs more), never averages of task ratios.
    """
    tasks = list(tasks)
    clock, ordinal = _clock(calendar, status_date), status_date.toordinal()
    (pv,) = _accrue(_plan(tasks, calendar), [clock], [ordinal])
    return _measures(
        bac=sum((task.budget for task in tasks), _ZERO),
        pv=pv,
        ev=sum((_earned(task) for task in tasks), _ZERO),
        ac=sum((task.actual_cost for task in tasks), _ZERO),
    )


def s_curve(
    tasks: Iterable[EvTask], calendar: WorkCalendar, status_date: dt.date
) -> list[CurvePoint]:
    """Weekly cumulative PV/EV/AC (every Friday, plus the status date) for an S-curve chart.

    Points run from the first Friday on or after the earliest planned start to the first Friday
    on or after the latest planned finish or the status date, whichever is later; the status date
    is added when it is not one of them. No tasks, no points.

    EV and AC are only known as totals at the status date, so their history is an assumption:
    each task's EV and AC accrue linearly over its working days from its actual start to its
    actual finish (or to the status date while it is in progress). A task without an actual
    start has no history; whatever it has earned or spent appears at the status date. The
    status-date point equals `project_earned_value` exactly; later points have no EV or AC.
    """
    tasks = list(tasks)
    if not tasks:
        return []
    first = _friday_on_or_after(min(task.planned_start for task in tasks))
    last = _friday_on_or_after(max(max(task.planned_finish for task in tasks), status_date))
    days = [first + _ONE_WEEK * week for week in range((last - first).days // 7 + 1)]
    clocks = [_clock(calendar, day) for day in days]
    ordinals = [day.toordinal() for day in days]
    pvs = _accrue(_plan(tasks, calendar), clocks, ordinals)

    # Only the Fridays before the status date need a history; the status date has the totals.
    past = sum(day < status_date for day in days)
    earned: list[tuple[Decimal, _Spread]] = []
    spent: list[tuple[Decimal, _Spread]] = []
    for task in tasks:
        if task.actual_start is not None:  # the assumption above: no actual start, no history
            end = (
                status_date if task.actual_finish is None else min(task.actual_finish, status_date)
            )
            spread = _Spread.over(task.actual_start, end, calendar)
            earned.append((_earned(task), spread))
            spent.append((task.actual_cost, spread))
    evs = _accrue(earned, clocks[:past], ordinals[:past])
    acs = _accrue(spent, clocks[:past], ordinals[:past])
    totals = project_earned_value(tasks, calendar, status_date)

    points = [
        CurvePoint(day, _cents(pvs[i]), _cents(evs[i]), _cents(acs[i]))
        for i, day in enumerate(days[:past])
    ]
    points.append(CurvePoint(status_date, totals.pv, totals.ev, totals.ac))
    points.extend(
        CurvePoint(day, _cents(pvs[i]), None, None)
        for i, day in enumerate(days)
        if day > status_date
    )
    return points


# -- internals ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Spread:
    """A span of days over which an amount accrues evenly by working day, as calendar indices."""

    start: int  # calendar index of the first day
    days: int  # working days in the span, both ends included
    due: int  # ordinal of the last day: when a span without working days accrues everything

    @classmethod
    def over(cls, first: dt.date, last: dt.date, calendar: WorkCalendar) -> _Spread:
        """Index the span `first`..`last` (inclusive) once, so each look-up is plain arithmetic."""
        return cls(calendar.index(first), calendar.working_days_in(first, last), last.toordinal())


def _plan(tasks: Iterable[EvTask], calendar: WorkCalendar) -> list[tuple[Decimal, _Spread]]:
    """Each task's budget with its planned span."""
    return [
        (task.budget, _Spread.over(task.planned_start, task.planned_finish, calendar))
        for task in tasks
    ]


def _accrue(
    items: Sequence[tuple[Decimal, _Spread]], clocks: Sequence[int], ordinals: Sequence[int]
) -> list[Decimal]:
    """Unrounded cumulative sums of the amounts accrued by the end of each day (days ascending).

    `clocks` are the days' `_clock`s and `ordinals` their ordinals. An item costs two bisections
    and one division per day inside its span, not a step per day: complete amounts go into a
    running total (exact, they are whole amounts), so a day's sum is the same whether it is
    asked for alone (the project totals) or among the S-curve's days.
    """
    completed = [_ZERO] * (len(clocks) + 1)  # amounts complete from that day on
    partial = [_ZERO] * len(clocks)
    for amount, spread in items:
        if spread.days == 0:  # no working day (a milestone on a day off): all at once, on `due`
            begin = complete = bisect_left(ordinals, spread.due)
        else:  # partial while 0 < clock - start < days
            begin = bisect_right(clocks, spread.start)
            complete = bisect_left(clocks, spread.start + spread.days)
        completed[complete] += amount
        for i in range(begin, complete):
            partial[i] += amount * (clocks[i] - spread.start) / spread.days
    running, sums = _ZERO, []
    for i, part in enumerate(partial):
        running += completed[i]
        sums.append(running + part)
    return sums


def _clock(calendar: WorkCalendar, day: dt.date) -> int:
    """Working days from the epoch up to and including `day` (the index of the next day)."""
    return calendar.index(day + _ONE_DAY)


def _earned(task: EvTask) -> Decimal:
    """Earned value of a task, exact: its budget times its percent complete."""
    return task.budget * task.percent_complete / _HUNDRED


def _measures(bac: Decimal, pv: Decimal, ev: Decimal, ac: Decimal) -> EarnedValue:
    """Derive variances, indices and forecasts from exact sums, then round each result once."""
    spi = ev / pv if pv else None
    cpi = ev / ac if ac else None
    # BAC / CPI from the exact CPI (= BAC * AC / EV): dividing by a rounded CPI is off by dollars.
    eac = bac * ac / ev if cpi is not None and cpi > 0 else ac + (bac - ev)
    return EarnedValue(
        bac=_cents(bac),
        pv=_cents(pv),
        ev=_cents(ev),
        ac=_cents(ac),
        sv=_cents(ev - pv),
        cv=_cents(ev - ac),
        spi=None if spi is None else _ratio(spi),
        cpi=None if cpi is None else _ratio(cpi),
        eac=_cents(eac),
        etc=_cents(max(eac - ac, _ZERO)),
        vac=_cents(bac - eac),
    )


def _friday_on_or_after(day: dt.date) -> dt.date:
    """Return `day` if it is a Friday, else the next Friday."""
    return day + dt.timedelta(days=(_FRIDAY - day.weekday()) % 7)


def _cents(amount: Decimal) -> Decimal:
    """Round money to cents, half up as accountants expect."""
    return amount.quantize(_CENT, rounding=ROUND_HALF_UP)


def _ratio(value: Decimal) -> Decimal:
    """Round an index (SPI, CPI) to thousandths, half up."""
    return value.quantize(_THOUSANDTH, rounding=ROUND_HALF_UP)
