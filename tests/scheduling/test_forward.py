"""schedule_project: links, lags, summaries, milestones, constraints, progress and loops."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling import (
    CycleError,
    DriverKind,
    LinkSpec,
    TaskSpec,
    WorkCalendar,
    schedule_project,
)
from tests.scheduling.cpm_support import CAL, MON_7, run, span

D = dt.date
MON = MON_7  # project start; Sat 12 / Sun 13 and Sat 19 / Sun 20 are the weekends


# ------------------------------------------------------------------------------ basics


def test_unlinked_task_starts_at_the_project_start() -> None:
    """A 3-day task with no links runs Mon 7 .. Wed 9 and the project finishes then."""
    schedule = run([TaskSpec(1, "A", duration=3)])
    assert span(schedule, 1) == (MON, D(2026, 9, 9))
    assert schedule.tasks[1].driver.kind == DriverKind.PROJECT_START
    assert schedule.tasks[1].duration == 3
    assert schedule.finish == D(2026, 9, 9)


def test_project_starting_on_a_weekend_starts_work_on_monday() -> None:
    """A project starting on Saturday schedules its first day on Monday."""
    schedule = run([TaskSpec(1, "A", duration=1)], start=D(2026, 9, 12))
    assert span(schedule, 1) == (D(2026, 9, 14), D(2026, 9, 14))


def test_work_skips_holidays() -> None:
    """A 3-day task over a Tuesday holiday runs Mon, Wed, Thu."""
    calendar = WorkCalendar(holidays=[D(2026, 9, 8)])
    schedule = run([TaskSpec(1, "A", duration=3)], calendar=calendar)
    assert span(schedule, 1) == (MON, D(2026, 9, 10))


def test_empty_project_has_no_finish() -> None:
    """Scheduling no tasks gives an empty schedule without a finish date."""
    schedule = run([])
    assert (schedule.tasks, schedule.finish) == ({}, None)


# ------------------------------------------------------------------------------ links

P = TaskSpec(1, "P", duration=3)  # Mon 7 .. Wed 9


@pytest.mark.parametrize(
    ("link_type", "lag", "expected"),
    [
        pytest.param("FS", 0, (D(2026, 9, 10), D(2026, 9, 11)), id="FS"),
        pytest.param("FS", 2, (D(2026, 9, 14), D(2026, 9, 15)), id="FS+2 over the weekend"),
        pytest.param("FS", -1, (D(2026, 9, 9), D(2026, 9, 10)), id="FS-1 lead"),
        pytest.param("SS", 0, (D(2026, 9, 7), D(2026, 9, 8)), id="SS"),
        pytest.param("SS", 2, (D(2026, 9, 9), D(2026, 9, 10)), id="SS+2"),
        pytest.param("FF", 0, (D(2026, 9, 8), D(2026, 9, 9)), id="FF"),
        pytest.param("FF", 1, (D(2026, 9, 9), D(2026, 9, 10)), id="FF+1"),
        pytest.param("SF", 3, (D(2026, 9, 8), D(2026, 9, 9)), id="SF+3"),
        pytest.param("SF", 6, (D(2026, 9, 11), D(2026, 9, 14)), id="SF+6 over the weekend"),
    ],
)
def test_each_link_type_and_lag(
    link_type: str, lag: int, expected: tuple[dt.date, dt.date]
) -> None:
    """P (Mon 7..Wed 9) → S (2 days): each link type and lag gives MS Project's dates."""
    schedule = run([P, TaskSpec(2, "S", duration=2)], [LinkSpec(1, 2, link_type, lag)])
    assert span(schedule, 2) == expected
    assert span(schedule, 1) == (MON, D(2026, 9, 9))
    driver = schedule.tasks[2].driver
    if expected[0] > MON:
        assert (driver.kind, driver.link) == (DriverKind.LINK, (1, link_type, lag))


def test_start_to_finish_ends_the_successor_before_the_predecessor_starts() -> None:
    """SF with P starting Mon 14: S (2 days) runs Thu 10 .. Fri 11."""
    late_p = TaskSpec(1, "P", duration=3, constraint="SNET", constraint_date=D(2026, 9, 14))
    schedule = run([late_p, TaskSpec(2, "S", duration=2)], [LinkSpec(1, 2, "SF", 0)])
    assert span(schedule, 2) == (D(2026, 9, 10), D(2026, 9, 11))


def test_a_lead_never_pulls_work_before_the_project_start() -> None:
    """FS with a 10-day lead still starts the successor on the project start."""
    schedule = run([P, TaskSpec(2, "S", duration=2)], [LinkSpec(1, 2, "FS", -10)])
    assert span(schedule, 2) == (MON, D(2026, 9, 8))


def test_the_latest_predecessor_drives() -> None:
    """With two predecessors, the successor waits for the later one."""
    tasks = [TaskSpec(1, "Short", duration=1), TaskSpec(2, "Long", duration=4), TaskSpec(3, "S")]
    schedule = run(tasks, [LinkSpec(1, 3), LinkSpec(2, 3)])
    assert span(schedule, 3) == (D(2026, 9, 11), D(2026, 9, 11))
    assert schedule.tasks[3].driver.link == (2, "FS", 0)


# ------------------------------------------------------------------------------ summaries


def test_summary_rolls_up_its_children() -> None:
    """A summary spans its children's earliest start to latest finish, nested too."""
    tasks = [
        TaskSpec(1, "Phase"),
        TaskSpec(2, "Stage", parent_id=1),
        TaskSpec(3, "a", parent_id=2, duration=2),
        TaskSpec(4, "b", parent_id=2, duration=1),
        TaskSpec(5, "c", parent_id=1, duration=1),
    ]
    schedule = run(tasks, [LinkSpec(3, 4), LinkSpec(4, 5)])
    assert span(schedule, 2) == (MON, D(2026, 9, 9))
    assert span(schedule, 1) == (MON, D(2026, 9, 10))
    assert (schedule.tasks[1].is_summary, schedule.tasks[3].is_summary) == (True, False)
    assert schedule.tasks[1].duration == 4
    assert schedule.tasks[1].driver.kind == DriverKind.CHILDREN


def test_link_into_a_summary_binds_every_child() -> None:
    """X → Summary: each child (and grandchild) starts after X."""
    tasks = [
        TaskSpec(1, "X", duration=2),
        TaskSpec(2, "Summary"),
        TaskSpec(3, "child", parent_id=2, duration=1),
        TaskSpec(4, "sub", parent_id=2),
        TaskSpec(5, "grandchild", parent_id=4, duration=3),
    ]
    schedule = run(tasks, [LinkSpec(1, 2)])
    assert span(schedule, 3) == (D(2026, 9, 9), D(2026, 9, 9))
    assert span(schedule, 5) == (D(2026, 9, 9), D(2026, 9, 11))
    assert span(schedule, 2) == (D(2026, 9, 9), D(2026, 9, 11))


def test_link_from_a_summary_waits_for_all_its_children() -> None:
    """Summary → Y: Y starts after the summary's last child finishes."""
    tasks = [
        TaskSpec(1, "Summary"),
        TaskSpec(2, "quick", parent_id=1, duration=1),
        TaskSpec(3, "slow", parent_id=1, duration=4),
        TaskSpec(4, "Y", duration=1),
    ]
    schedule = run(tasks, [LinkSpec(1, 4)])
    assert span(schedule, 4) == (D(2026, 9, 11), D(2026, 9, 11))


# ------------------------------------------------------------------------------ milestones


def test_milestone_after_fs_predecessor_shows_on_its_finish_day() -> None:
    """P (Mon 7..Wed 9) → M: M shows on Wed 9; M → Z starts Z on Thu 10."""
    tasks = [P, TaskSpec(2, "M", duration=0, is_milestone=True), TaskSpec(3, "Z", duration=1)]
    schedule = run(tasks, [LinkSpec(1, 2), LinkSpec(2, 3)])
    assert span(schedule, 2) == (D(2026, 9, 9), D(2026, 9, 9))
    assert schedule.tasks[2].duration == 0
    assert span(schedule, 3) == (D(2026, 9, 10), D(2026, 9, 10))


def test_milestone_after_a_friday_finish_stays_on_friday() -> None:
    """A milestone after work ending on Friday shows on that Friday, not on Monday."""
    tasks = [TaskSpec(1, "Week", duration=5), TaskSpec(2, "M", duration=0, is_milestone=True)]
    schedule = run(tasks, [LinkSpec(1, 2)])
    assert span(schedule, 2) == (D(2026, 9, 11), D(2026, 9, 11))


def test_unlinked_milestone_sits_on_the_project_start() -> None:
    """A milestone without predecessors is on the first project day."""
    schedule = run([TaskSpec(1, "Kick-off", duration=0, is_milestone=True)])
    assert span(schedule, 1) == (MON, MON)


def test_ss_milestone_is_at_the_start_of_its_day() -> None:
    """A milestone SS+2 after P is shown on P's third day (Wed 9)."""
    schedule = run([P, TaskSpec(2, "M", is_milestone=True)], [LinkSpec(1, 2, "SS", 2)])
    assert span(schedule, 2) == (D(2026, 9, 9), D(2026, 9, 9))


def test_summary_of_a_milestone_includes_its_day() -> None:
    """A summary whose last child is a milestone at Wed 9's end finishes on Wed 9."""
    tasks = [
        TaskSpec(1, "Summary"),
        TaskSpec(2, "work", parent_id=1, duration=3),
        TaskSpec(3, "done", parent_id=1, duration=0, is_milestone=True),
    ]
    schedule = run(tasks, [LinkSpec(2, 3)])
    assert span(schedule, 1) == (MON, D(2026, 9, 9))


# ------------------------------------------------------------------------------ constraints


@pytest.mark.parametrize(
    ("constraint", "day", "duration", "expected"),
    [
        pytest.param("SNET", D(2026, 9, 9), 2, (D(2026, 9, 9), D(2026, 9, 10)), id="SNET"),
        pytest.param("SNET", D(2026, 9, 12), 2, (D(2026, 9, 14), D(2026, 9, 15)), id="SNET-sat"),
        pytest.param("MSO", D(2026, 9, 15), 2, (D(2026, 9, 15), D(2026, 9, 16)), id="MSO"),
        pytest.param("FNET", D(2026, 9, 18), 2, (D(2026, 9, 17), D(2026, 9, 18)), id="FNET"),
        pytest.param("FNET", D(2026, 9, 19), 2, (D(2026, 9, 17), D(2026, 9, 18)), id="FNET-sat"),
        pytest.param("MFO", D(2026, 9, 18), 3, (D(2026, 9, 16), D(2026, 9, 18)), id="MFO"),
        pytest.param("MFO", D(2026, 9, 18), 0, (D(2026, 9, 18), D(2026, 9, 18)), id="MFO-ms"),
    ],
)
def test_date_constraints(
    constraint: str, day: dt.date, duration: int, expected: tuple[dt.date, dt.date]
) -> None:
    """SNET/MSO bound the start, FNET/MFO the finish, on working days."""
    task = TaskSpec(
        1,
        "T",
        duration=duration,
        is_milestone=duration == 0,
        constraint=constraint,
        constraint_date=day,
    )
    schedule = run([task])
    assert span(schedule, 1) == expected
    assert schedule.tasks[1].driver.kind == DriverKind.CONSTRAINT


def test_snet_earlier_than_a_link_does_not_pull_the_task_back() -> None:
    """A link later than the SNET date wins; the SNET is only a lower bound."""
    task = TaskSpec(2, "S", constraint="SNET", constraint_date=D(2026, 9, 8))
    schedule = run([P, task], [LinkSpec(1, 2)])
    assert span(schedule, 2) == (D(2026, 9, 10), D(2026, 9, 10))


def test_must_start_on_overrides_links() -> None:
    """MSO is a hard date: the task starts on it even if a predecessor finishes later."""
    task = TaskSpec(2, "S", constraint="MSO", constraint_date=D(2026, 9, 8))
    schedule = run([P, task], [LinkSpec(1, 2)])
    assert span(schedule, 2) == (D(2026, 9, 8), D(2026, 9, 8))


# ------------------------------------------------------------------------------ progress


def test_actual_start_and_finish_are_kept() -> None:
    """A finished task keeps its actual dates even against its links and the project start."""
    done = TaskSpec(
        2,
        "Done",
        duration=2,
        percent_complete=100,
        actual_start=D(2026, 9, 3),
        actual_finish=D(2026, 9, 8),
    )
    schedule = run([P, done], [LinkSpec(1, 2)], status=D(2026, 9, 16))
    assert span(schedule, 2) == (D(2026, 9, 3), D(2026, 9, 8))
    assert schedule.tasks[2].driver.kind == DriverKind.ACTUAL_START
    assert schedule.tasks[2].duration == 4


def test_actual_start_is_kept_for_work_in_progress() -> None:
    """A started task starts on its actual start, however its links would place it."""
    started = TaskSpec(2, "S", duration=2, percent_complete=50, actual_start=MON)
    schedule = run([P, started], [LinkSpec(1, 2)])
    assert span(schedule, 2) == (MON, D(2026, 9, 8))


def test_remaining_work_moves_after_the_status_date() -> None:
    """4 days, half done since Mon 7, status Wed 16: the two remaining days are Thu 17, Fri 18."""
    task = TaskSpec(1, "Late", duration=4, percent_complete=50, actual_start=MON)
    schedule = run([task], status=D(2026, 9, 16))
    assert span(schedule, 1) == (MON, D(2026, 9, 18))


def test_work_ahead_of_the_status_date_keeps_its_plan() -> None:
    """Half of 4 days done since Mon 7 with status Tue 8: still finishes Thu 10."""
    task = TaskSpec(1, "OnTrack", duration=4, percent_complete=50, actual_start=MON)
    schedule = run([task], status=D(2026, 9, 8))
    assert span(schedule, 1) == (MON, D(2026, 9, 10))


@pytest.mark.parametrize("status", [D(2026, 9, 9), D(2026, 9, 11), D(2026, 9, 12)])
def test_unstarted_work_is_not_scheduled_before_the_status_date(status: dt.date) -> None:
    """An unstarted task never starts before the status date (on a working day)."""
    schedule = run([TaskSpec(1, "Todo", duration=2)], status=status)
    start, _ = span(schedule, 1)
    assert start >= status
    assert CAL.working_days_between(status, start) <= 1
    assert CAL.is_working(start)
    assert schedule.tasks[1].driver.kind == DriverKind.STATUS_DATE


def test_status_date_does_not_move_finished_work() -> None:
    """A completed task stays where its actuals are, whatever the status date."""
    done = TaskSpec(1, "Done", percent_complete=100, actual_start=MON, actual_finish=D(2026, 9, 7))
    schedule = run([done], status=D(2026, 9, 30))
    assert span(schedule, 1) == (MON, MON)


# ------------------------------------------------------------------------------ loops


def test_cycle_error_names_the_loop() -> None:
    """a → b → c → a raises CycleError listing a, b, c in link order."""
    tasks = [TaskSpec(1, "a"), TaskSpec(2, "b"), TaskSpec(3, "c"), TaskSpec(4, "free")]
    with pytest.raises(CycleError) as excinfo:
        run(tasks, [LinkSpec(1, 2), LinkSpec(2, 3), LinkSpec(3, 1)])
    loop = excinfo.value.names
    assert loop in (["a", "b", "c"], ["b", "c", "a"], ["c", "a", "b"])
    assert " → ".join([*loop, loop[0]]) in str(excinfo.value)


def test_a_task_after_a_loop_is_not_named_in_it() -> None:
    """b ⇄ c with c → d: the loop named is b, c (d only waits for it)."""
    tasks = [TaskSpec(4, "d"), TaskSpec(2, "b"), TaskSpec(3, "c")]
    with pytest.raises(CycleError) as excinfo:
        run(tasks, [LinkSpec(2, 3), LinkSpec(3, 2), LinkSpec(3, 4)])
    assert sorted(excinfo.value.names) == ["b", "c"]


def test_cycle_through_a_summary_is_found() -> None:
    """child → X → its own summary is a loop (the summary binds the child); all are named."""
    tasks = [TaskSpec(1, "Summary"), TaskSpec(2, "child", parent_id=1), TaskSpec(3, "X")]
    with pytest.raises(CycleError) as excinfo:
        run(tasks, [LinkSpec(2, 3), LinkSpec(3, 1)])
    names = excinfo.value.names
    assert set(names) == {"child", "X", "Summary"}
    start = names.index("child")
    assert names[start:] + names[:start] == ["child", "X", "Summary"]


# ------------------------------------------------------------------------------ properties


@st.composite
def flat_networks(draw: st.DrawFn) -> tuple[list[TaskSpec], list[LinkSpec], WorkCalendar]:
    """Random tasks with FS/SS links from lower to higher ids (so acyclic) and lags >= 0."""
    n = draw(st.integers(1, 25))
    tasks = [TaskSpec(i, f"t{i}", duration=draw(st.integers(1, 15))) for i in range(n)]
    pairs = draw(
        st.lists(
            st.tuples(st.integers(0, n - 1), st.integers(0, n - 1)).filter(lambda p: p[0] < p[1]),
            unique=True,
            max_size=3 * n,
        )
        if n > 1
        else st.just([])
    )
    links = [
        LinkSpec(a, b, draw(st.sampled_from(["FS", "SS"])), draw(st.integers(0, 10)))
        for a, b in pairs
    ]
    weekdays = draw(st.sets(st.integers(0, 6), min_size=1))
    holidays = draw(st.lists(st.dates(D(2026, 9, 1), D(2027, 12, 31)), max_size=20))
    return tasks, links, WorkCalendar(weekdays, holidays)


@settings(max_examples=80, deadline=None, database=None)
@given(network=flat_networks(), start=st.dates(D(2026, 8, 1), D(2026, 10, 31)))
def test_every_link_is_satisfied_and_tight(
    network: tuple[list[TaskSpec], list[LinkSpec], WorkCalendar], start: dt.date
) -> None:
    """Computed dates satisfy every FS/SS link, fall on working days and are as early as allowed."""
    tasks, links, calendar = network
    schedule = schedule_project(tasks, links, calendar, start)
    first = {t.id: calendar.index(schedule.tasks[t.id].start) for t in tasks}
    end = {t.id: calendar.index(schedule.tasks[t.id].finish) + 1 for t in tasks}
    for task in tasks:
        scheduled = schedule.tasks[task.id]
        assert calendar.is_working(scheduled.start)
        assert calendar.is_working(scheduled.finish)
        assert end[task.id] - first[task.id] == task.duration
    bounds: dict[int, list[int]] = {t.id: [calendar.index(start)] for t in tasks}
    for link in links:
        needed = (end if link.type == "FS" else first)[link.predecessor] + link.lag
        assert first[link.successor] >= needed, link
        bounds[link.successor].append(needed)
    assert first == {task_id: max(b) for task_id, b in bounds.items()}


@st.composite
def outlines(draw: st.DrawFn) -> list[TaskSpec]:
    """Random WBS trees: each task's parent is an earlier task or none."""
    n = draw(st.integers(1, 20))
    tasks = []
    for i in range(n):
        parent = draw(st.one_of(st.none(), st.integers(0, i - 1))) if i else None
        tasks.append(TaskSpec(i, f"t{i}", parent_id=parent, duration=draw(st.integers(0, 9))))
    return tasks


@settings(max_examples=60, deadline=None, database=None)
@given(tasks=outlines())
def test_summaries_span_exactly_their_children(tasks: list[TaskSpec]) -> None:
    """Every summary starts with its earliest child and finishes with its latest one."""
    schedule = run(tasks)
    for task in tasks:
        kids = [t.id for t in tasks if t.parent_id == task.id]
        result = schedule.tasks[task.id]
        assert result.is_summary == bool(kids)
        if kids:
            assert result.start == min(schedule.tasks[k].start for k in kids)
            assert result.finish == max(schedule.tasks[k].finish for k in kids)
