"""Levelling: the engine's levelling delay, worked examples of Level Resources, and its
properties over random plans (hypothesis): no new over-allocation, no broken link or
constraint, the schedule it returns is the engine's with its delays."""

from __future__ import annotations

import dataclasses
import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling import LinkSpec, Schedule, TaskSpec, WorkCalendar
from cpm_desktop.scheduling.levelling import (
    Capacity,
    LevellingProblem,
    level,
    overloads,
)
from tests.scheduling.cpm_support import CAL, MON_7, run, sep, span

FAST = settings(max_examples=100, deadline=None, database=None)


def problem(
    tasks: list[TaskSpec],
    links: list[LinkSpec] | None = None,
    *,
    demand: dict[int, dict[int, float]],
    capacity: dict[int, Capacity] | None = None,
    priority: dict[int, int] | None = None,
    status: dt.date | None = None,
) -> LevellingProblem:
    """A plan on the Mon–Fri calendar from Mon 7 Sep 2026; resource 1 works 8 h unless told."""
    return LevellingProblem(
        tasks,
        links or [],
        CAL,
        MON_7,
        status,
        demand,
        capacity or {1: Capacity(8.0)},
        priority or {},
    )


# -- the engine's levelling delay ------------------------------------------------------------


def test_a_levelling_delay_moves_the_start_after_the_links() -> None:
    """A delay of 2 days starts the successor two working days after its link allows."""
    tasks = [TaskSpec(1, "A", duration=3), TaskSpec(2, "B", duration=2, leveling_delay=2)]
    schedule = run(tasks, [LinkSpec(1, 2)])
    assert span(schedule, 2) == (sep(14), sep(15))  # Wed 9 + 1 = Thu 10, +2 = Mon 14


def test_a_levelling_delay_counts_from_a_start_no_earlier_than_date() -> None:
    """The delay counts from where the constraint placed the task, not from the links."""
    tasks = [
        TaskSpec(1, "A", duration=2, constraint="SNET", constraint_date=sep(10), leveling_delay=1)
    ]
    assert span(run(tasks), 1) == (sep(11), sep(14))


def test_a_levelling_delay_counts_from_the_status_date() -> None:
    """An unstarted task already held at the status date waits its delay beyond it."""
    tasks = [TaskSpec(1, "A", duration=1, leveling_delay=1)]
    assert span(run(tasks, status=sep(9)), 1) == (sep(11), sep(11))


def test_an_actual_start_overrides_a_levelling_delay() -> None:
    """Progress is a fact: a started task stays where it started."""
    tasks = [TaskSpec(1, "A", duration=3, actual_start=sep(7), leveling_delay=4)]
    assert span(run(tasks), 1)[0] == sep(7)


def test_a_levelling_delay_pushes_successors_and_uses_slack() -> None:
    """Delayed within its slack a task moves alone and loses that slack."""
    tasks = [
        TaskSpec(1, "Long", duration=5),
        TaskSpec(2, "Short", duration=2, leveling_delay=2),
        TaskSpec(3, "End", duration=1),
    ]
    schedule = run(tasks, [LinkSpec(1, 3), LinkSpec(2, 3)])
    assert span(schedule, 3) == (sep(14), sep(14))
    assert schedule.tasks[2].total_slack == 1


# -- worked examples -------------------------------------------------------------------------


def test_two_parallel_tasks_on_one_person_are_put_one_after_the_other() -> None:
    """Nothing fits within slack, so the task with the most slack waits for the other."""
    tasks = [
        TaskSpec(1, "Long", duration=5),
        TaskSpec(2, "Short", duration=2),
        TaskSpec(3, "End", duration=1),
    ]
    links = [LinkSpec(1, 3), LinkSpec(2, 3)]
    plan = problem(tasks, links, demand={1: {1: 4.0}, 2: {1: 8.0}})
    assert [(o.day, o.hours) for o in overloads(plan, plan.schedule({}))] == [
        (sep(7), 12.0),
        (sep(8), 12.0),
    ]
    result = level(plan)
    assert result.delays == {2: 5}
    assert span(result.schedule, 2) == (sep(14), sep(15))
    assert result.unresolved == ()


def test_within_slack_goes_before_priority() -> None:
    """Of two tasks clashing, the one whose slack absorbs the delay moves, though its
    priority is higher: the project does not grow."""
    tasks = [
        TaskSpec(1, "Critical", duration=2),
        TaskSpec(2, "Slack", duration=1),
        TaskSpec(3, "Middle", duration=3),
        TaskSpec(4, "End", duration=1),
    ]
    links = [LinkSpec(1, 3), LinkSpec(3, 4), LinkSpec(2, 4)]
    plan = problem(tasks, links, demand={1: {1: 8.0}, 2: {1: 8.0}}, priority={1: 100, 2: 900})
    result = level(plan)
    assert result.delays == {2: 2}
    assert result.schedule.finish == run(tasks, links).finish


def test_beyond_slack_the_least_priority_waits() -> None:
    """Two critical tasks clash: the one of lower priority waits, and the project grows."""
    tasks = [TaskSpec(1, "High", duration=2), TaskSpec(2, "Low", duration=2)]
    plan = problem(tasks, demand={1: {1: 8.0}, 2: {1: 8.0}}, priority={1: 700, 2: 300})
    result = level(plan)
    assert result.delays == {2: 2}
    (move,) = result.moves
    assert (move.overload.resource_id, move.overload.day, move.overload.hours) == (1, sep(7), 16.0)
    assert span(result.schedule, 2) == (sep(9), sep(10))


def test_fixed_tasks_are_never_delayed() -> None:
    """A must-start-on task and a priority-1000 task stay; what cannot move is reported."""
    tasks = [
        TaskSpec(1, "Pinned", duration=2, constraint="MSO", constraint_date=sep(7)),
        TaskSpec(2, "Do not level", duration=2),
    ]
    plan = problem(tasks, demand={1: {1: 8.0}, 2: {1: 8.0}}, priority={2: 1000})
    result = level(plan)
    assert result.moves == ()
    assert [o.day for o in result.unresolved] == [sep(7), sep(8)]


def test_a_delay_that_would_break_a_finish_no_later_than_date_is_skipped() -> None:
    """The successor must finish by Wed 9: delaying its predecessor would break that, so the
    other task, free of dates, waits instead even at a higher priority."""
    tasks = [
        TaskSpec(1, "Before deadline", duration=2),
        TaskSpec(2, "Deadline", duration=1, constraint="FNLT", constraint_date=sep(9)),
        TaskSpec(3, "Free", duration=2),
    ]
    plan = problem(
        tasks,
        [LinkSpec(1, 2)],
        demand={1: {1: 8.0}, 3: {1: 8.0}},
        priority={1: 100, 3: 900},
    )
    result = level(plan)
    assert result.delays == {3: 2}


def test_a_persons_leave_is_no_capacity() -> None:
    """A task over a person's day off waits until after the leave."""
    leave = WorkCalendar(holidays=[sep(8)])
    plan = problem(
        [TaskSpec(1, "A", duration=2)],
        demand={1: {1: 8.0}},
        capacity={1: Capacity(8.0, leave)},
    )
    result = level(plan)
    assert result.delays == {1: 2}
    assert span(result.schedule, 1) == (sep(9), sep(10))


def test_work_elsewhere_is_levelled_around() -> None:
    """Another project holds the person on Mon 7 and Tue 8: this project's task waits."""
    start = CAL.index(MON_7)
    plan = dataclasses.replace(
        problem([TaskSpec(1, "A", duration=1)], demand={1: {1: 8.0}}),
        background={1: {start: 8.0, start + 1: 4.0}},
    )
    assert [o.day for o in overloads(plan, plan.schedule({}))] == [sep(7)]
    result = level(plan)
    assert result.delays == {1: 2}


def test_a_task_asking_more_than_a_person_has_stays_over_allocated() -> None:
    """Twelve hours a day of an eight-hour person cannot be levelled away by a delay."""
    plan = problem([TaskSpec(1, "A", duration=2)], demand={1: {1: 12.0}})
    result = level(plan)
    assert result.moves == ()
    assert len(result.unresolved) == 2


# -- properties ------------------------------------------------------------------------------

CAPPED = ("SNLT", "FNLT", "MSO", "MFO")


@st.composite
def plans(draw: st.DrawFn) -> LevellingProblem:
    """Up to 12 tasks of 1–6 days (a few in progress), forward links of any type and lag, a
    few dated constraints, up to 3 resources of 4 or 8 hours a day asked 2–8 hours a day and
    busy elsewhere on a few days, sometimes a status date."""
    count = draw(st.integers(1, 12))
    tasks = []
    for task_id in range(1, count + 1):
        duration = draw(st.integers(1, 6))
        kind = draw(st.sampled_from(("ASAP",) * 6 + ("SNET",) + CAPPED))
        when = MON_7 + dt.timedelta(days=draw(st.integers(0, 20))) if kind != "ASAP" else None
        started = draw(st.integers(0, 7)) == 0  # in progress since the project start
        tasks.append(
            TaskSpec(
                task_id,
                f"T{task_id}",
                duration=duration,
                constraint=kind,
                constraint_date=when,
                percent_complete=50 if started else 0,
                actual_start=MON_7 if started else None,
            )
        )
    links = []
    for succ in range(2, count + 1):
        for pred in draw(st.sets(st.integers(1, succ - 1), max_size=2)):
            links.append(
                LinkSpec(
                    pred,
                    succ,
                    draw(st.sampled_from(("FS", "FS", "SS", "FF", "SF"))),
                    draw(st.integers(-2, 3)),
                )
            )
    resources = draw(st.integers(1, 3))
    capacity = {r: Capacity(draw(st.sampled_from((4.0, 8.0)))) for r in range(1, resources + 1)}
    demand = {}
    for task in tasks:
        asked = draw(st.sets(st.integers(1, resources), max_size=2))
        demand[task.id] = {r: draw(st.sampled_from((2.0, 4.0, 8.0))) for r in asked}
    priority = {t.id: draw(st.sampled_from((100, 500, 500, 900, 1000))) for t in tasks}
    status = draw(st.sampled_from((None, None, sep(9))))
    # Another project's hours on a few days, which levelling cannot move.
    background = {
        r: {CAL.index(MON_7) + d: 4.0 for d in draw(st.sets(st.integers(0, 15), max_size=4))}
        for r in capacity
    }
    return LevellingProblem(
        tasks, links, CAL, MON_7, status, demand, capacity, priority, background
    )


def _link_holds(schedule: Schedule, link: LinkSpec) -> bool:
    """A link's bound on the working-day clock: a task of d days occupies [index(start),
    index(finish) + 1)."""
    pred, succ = schedule.tasks[link.predecessor], schedule.tasks[link.successor]
    index = CAL.index
    begin = {t.id: index(t.start) for t in (pred, succ)}
    end = {t.id: index(t.finish) + 1 for t in (pred, succ)}
    source = (end if link.type in ("FS", "FF") else begin)[pred.id] + link.lag
    target = (end if link.type in ("FF", "SF") else begin)[succ.id]
    return target >= source


def _constraint_holds(schedule: Schedule, task: TaskSpec) -> bool:
    """A dated constraint as the task shows it."""
    start, finish = span(schedule, task.id)
    when = task.constraint_date
    assert when is not None
    return {
        "SNET": start >= when,
        "SNLT": start <= when,
        "FNLT": finish <= when,
        "MSO": start == CAL.next_working_day(when),
        "MFO": finish == CAL.previous_working_day(when),
    }.get(task.constraint, True)


@FAST
@given(plans())
def test_levelling_never_creates_an_over_allocation(plan: LevellingProblem) -> None:
    """Every over-allocated day left was over-allocated before, by no fewer hours in all."""
    before = overloads(plan, plan.schedule({}))
    result = level(plan)
    after = overloads(plan, result.schedule)
    assert {(o.resource_id, o.day) for o in after} <= {(o.resource_id, o.day) for o in before}
    excess = sum(o.hours - o.capacity for o in after)
    assert excess <= sum(o.hours - o.capacity for o in before) + 1e-6
    assert list(result.unresolved) == after


@FAST
@given(plans())
def test_levelling_never_breaks_a_link_or_a_constraint(plan: LevellingProblem) -> None:
    """What held before levelling holds after; fixed tasks keep their delay at 0."""
    before = plan.schedule({})
    result = level(plan)
    for link in plan.links:
        if _link_holds(before, link):
            assert _link_holds(result.schedule, link), link
    for task in plan.tasks:
        if task.constraint != "ASAP" and _constraint_holds(before, task):
            assert _constraint_holds(result.schedule, task), task
        if task.constraint in CAPPED or task.actual_start or plan.priority.get(task.id) == 1000:
            assert task.id not in result.delays


@FAST
@given(plans())
def test_the_levelled_schedule_is_the_engines_with_its_delays(plan: LevellingProblem) -> None:
    """Storing the delays and rescheduling gives exactly the levelled dates."""
    result = level(plan)
    again = plan.schedule(result.delays)
    assert again.tasks.dates() == result.schedule.tasks.dates()
    assert all(move.delay > 0 for move in result.moves)
