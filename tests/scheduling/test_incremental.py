"""An edit's reschedule from the last run (incremental.py) gives exactly what a full run gives,
and the deltas between two schedules (changed_dates, changed_slack) are the naive diffs.

Each example schedules a generated plan, then a sequence of single-task edits, each handed as
a new TaskSpec object among the same others (as the services do), and compares every result
with a full run of a network built afresh. How many queued nodes make the incremental passes
scan the order instead is drawn too, so that both ways and the switch mid-pass are taken.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from typing import Any, cast
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.scheduling import LinkSpec, Schedule, TaskSpec, cpm, schedule_project
from cpm_desktop.scheduling.cpm import schedule_network
from cpm_desktop.scheduling.network import build_network
from tests.scheduling.cpm_support import CAL, MON_7, run, sep
from tests.scheduling.test_cpm_properties import Net, _progress, networks
from tests.scheduling.test_network_reuse import everything

EDITS = settings(max_examples=150, deadline=None, database=None)
LEAF_EDITS = ("duration", "milestone", "constraint", "percent", "progress", "delay", "same")
CONSTRAINTS = ("ASAP", "ALAP", "SNET", "FNET", "SNLT", "FNLT", "MSO", "MFO")


def _edit(data: st.DataObject, net: Net, task: TaskSpec) -> TaskSpec:
    """One task edited as a user would: a new object, one field group changed."""

    def day() -> dt.date:
        return net.start + dt.timedelta(days=data.draw(st.integers(-10, 80)))

    if task.id in net.beneath:  # a summary: only its constraint
        kind = data.draw(st.sampled_from(("ASAP", "SNET", "FNET", "SNLT", "FNLT")))
        return dataclasses.replace(
            task, constraint=kind, constraint_date=None if kind == "ASAP" else day()
        )
    field = data.draw(st.sampled_from(LEAF_EDITS))
    if field == "duration":
        duration = data.draw(st.integers(0, 12))
        return dataclasses.replace(task, duration=duration, is_milestone=duration == 0)
    if field == "milestone":
        return dataclasses.replace(task, is_milestone=not task.is_milestone)
    if field == "constraint":
        kind = data.draw(st.sampled_from(CONSTRAINTS))
        dated = kind not in ("ASAP", "ALAP")
        return dataclasses.replace(task, constraint=kind, constraint_date=day() if dated else None)
    if field == "percent":
        return dataclasses.replace(task, percent_complete=data.draw(st.sampled_from((0, 40))))
    if field == "progress":
        cleared: dict[str, Any] = {
            "actual_start": None,
            "actual_finish": None,
            "percent_complete": 0,
        }
        if net.status is None:
            return dataclasses.replace(task, **cleared)
        draw = cast(st.DrawFn, data.draw)
        done = _progress(draw, net.calendar, net.start, net.status, task.duration)
        return dataclasses.replace(task, **(done or cleared))
    if field == "delay":
        return dataclasses.replace(task, leveling_delay=data.draw(st.integers(0, 4)))
    return dataclasses.replace(task)  # a new object, the same values


def _full(net: Net, tasks: list[TaskSpec]) -> Schedule:
    """A full run on a network built afresh (the engine's memory of last runs not used)."""
    return schedule_network(build_network(tasks, net.links), net.calendar, net.start, net.status)


def _edited(data: st.DataObject, net: Net, steps: int) -> list[tuple[list[TaskSpec], Schedule]]:
    """The plan's tasks and schedule after each of `steps` single-task edits (the first:
    the plan as generated); now and then the links are handed as new, equal objects."""
    tasks = list(net.tasks)
    found = [(tasks, net.schedule())]
    for _ in range(steps):
        tasks = list(tasks)
        position = data.draw(st.integers(0, len(tasks) - 1))
        tasks[position] = _edit(data, net, tasks[position])
        links = net.links
        if data.draw(st.integers(0, 4)) == 0:
            links = [LinkSpec(k.predecessor, k.successor, k.type, k.lag) for k in links]
        found.append((tasks, schedule_project(tasks, links, net.calendar, net.start, net.status)))
    return found


@EDITS
@given(
    net=networks(progress=True, soft=True),
    queued=st.sampled_from((0.0, 0.2, 0.5, 4.0)),
    data=st.data(),
)
def test_each_edit_schedules_as_a_full_run(net: Net, queued: float, data: st.DataObject) -> None:
    """After each single-task edit (duration, milestone, any constraint, progress, levelling
    delay, a summary's constraint), every result equals a full run's: dates, slack, late
    dates, free slack, drivers, the finish and the critical count."""
    with (
        mock.patch.object(cpm, "_MOST_CHANGED", 1.0),
        mock.patch.object(cpm, "_MOST_QUEUED", queued),
    ):
        for tasks, schedule in _edited(data, net, data.draw(st.integers(1, 6))):
            fresh = _full(net, tasks)
            assert everything(schedule) == everything(fresh)
            assert schedule.tasks.slack() == fresh.tasks.slack()


@EDITS
@given(net=networks(progress=True, soft=True), data=st.data())
def test_an_edit_follows_the_last_run(net: Net, data: st.DataObject) -> None:
    """With room to reach the whole plan, every edit's run follows the last one rather than
    starting afresh (so the test above compares the incremental passes, not the full ones)."""
    with mock.patch.object(cpm, "_MOST_CHANGED", 1.0), mock.patch.object(cpm, "_MOST_QUEUED", 4.0):
        runs = [schedule.tasks._run for _, schedule in _edited(data, net, 3)]  # type: ignore[attr-defined]
    assert [later.basis for later in runs[1:]] == [earlier.serial for earlier in runs[:-1]]


@EDITS
@given(
    net=networks(progress=True, soft=True),
    queued=st.sampled_from((0.0, 0.5, 4.0)),
    read_first=st.booleans(),
    data=st.data(),
)
def test_the_deltas_are_the_naive_diffs(
    net: Net, queued: float, read_first: bool, data: st.DataObject
) -> None:
    """changed_dates and changed_slack between consecutive schedules are exactly the entries
    of dates() and slack() of full runs that differ, in input order, whether or not either
    schedule was read before (a delta read first rolls up from the schedule before)."""
    with (
        mock.patch.object(cpm, "_MOST_CHANGED", 1.0),
        mock.patch.object(cpm, "_MOST_QUEUED", queued),
    ):
        found = _edited(data, net, data.draw(st.integers(1, 4)))
    fresh = [_full(net, tasks) for tasks, _ in found]
    schedules = [schedule for _, schedule in found]
    for k, (before, after) in enumerate(zip(schedules, schedules[1:], strict=False)):
        if read_first:
            after.tasks.dates()
        dates, was = fresh[k + 1].tasks.dates(), fresh[k].tasks.dates()
        slack, had = fresh[k + 1].tasks.slack(), fresh[k].tasks.slack()
        assert after.tasks.changed_dates(before.tasks) == [
            d for d, e in zip(dates, was, strict=True) if d[1:4] != e[1:4]
        ]
        assert after.tasks.changed_slack(before.tasks) == {
            task_id: value for task_id, value in slack.items() if had[task_id] != value
        }
    # And what the deltas rolled up is what a full run reads.
    assert [s.tasks.dates() for s in schedules] == [s.tasks.dates() for s in fresh]


@settings(max_examples=80, deadline=None, database=None)
@given(net=networks(progress=True, soft=True), data=st.data())
def test_an_older_schedule_keeps_its_results(net: Net, data: st.DataObject) -> None:
    """Schedules returned earlier, read only after later edits' runs, still give their own
    results: a later run never changes what an earlier schedule reads."""
    with mock.patch.object(cpm, "_MOST_CHANGED", 1.0), mock.patch.object(cpm, "_MOST_QUEUED", 4.0):
        found = _edited(data, net, 4)
    for tasks, schedule in found:
        assert everything(schedule) == everything(_full(net, tasks))


def test_a_move_within_slack_changes_one_task() -> None:
    """A task moved within its slack by an SNET constraint: changed_dates names that task
    and its summary, changed_slack the tasks whose slack the move used up."""
    tasks = [
        TaskSpec(1, "Phase"),
        TaskSpec(2, "Design", parent_id=1, duration=5),
        TaskSpec(3, "Print", parent_id=1, duration=1),
        TaskSpec(4, "Review", duration=2),
    ]
    links = [LinkSpec(2, 4), LinkSpec(3, 4)]
    before = run(tasks, links)
    moved = [
        *tasks[:2],
        dataclasses.replace(tasks[2], constraint="SNET", constraint_date=sep(9)),
        tasks[3],
    ]
    after = run(moved, links)
    assert after.tasks.changed_dates(before.tasks) == [(3, sep(9), sep(9), 1, 2, False)]
    assert after.tasks.changed_slack(before.tasks) == {3: (2, False)}


def test_schedules_of_other_tasks_are_not_compared() -> None:
    """Two schedules of different tasks have no delta: ValueError."""
    one = run([TaskSpec(1, "Design", duration=2)])
    other = run([TaskSpec(2, "Build", duration=3)])
    with pytest.raises(ValueError, match="same tasks"):
        one.tasks.changed_dates(other.tasks)
    with pytest.raises(ValueError, match="same tasks"):
        one.tasks.changed_slack(other.tasks)


def test_a_phase_that_starts_later_passes_its_start_ceiling_on() -> None:
    """A phase whose start drives a successor (SS) binds the children that start with it:
    when its first child moves later, the child that now starts the phase takes the bound,
    though that child did not move (as a full run finds)."""
    tasks = [
        TaskSpec(1, "Phase"),
        TaskSpec(2, "Survey", parent_id=1, duration=2),
        TaskSpec(3, "Report", parent_id=1, duration=2, constraint="SNET", constraint_date=sep(8)),
        TaskSpec(4, "Build", duration=5),
        TaskSpec(5, "Long lead", duration=20),
    ]
    links = [LinkSpec(1, 4, "SS", 0)]
    later = dataclasses.replace(tasks[1], constraint="SNET", constraint_date=sep(10))
    edited = [tasks[0], later, *tasks[2:]]
    with mock.patch.object(cpm, "_MOST_CHANGED", 1.0), mock.patch.object(cpm, "_MOST_QUEUED", 4.0):
        before = run(tasks, links)
        after = run(edited, links)
    assert after.tasks._run.basis == before.tasks._run.serial  # type: ignore[attr-defined]
    fresh = schedule_network(build_network(edited, links), CAL, MON_7, None)
    assert everything(after) == everything(fresh)
    assert after.tasks[3].late_finish == after.tasks[4].late_start + dt.timedelta(days=1)


def test_a_finished_task_leaves_its_phase_with_the_slack_of_the_rest() -> None:
    """A task reported finished no longer holds its phase critical: the delta read first
    (rolled up from the schedule before) gives the phase the slack of its open work."""
    tasks = [
        TaskSpec(1, "Phase"),
        TaskSpec(2, "Survey", parent_id=1, duration=3),
        TaskSpec(3, "Print", parent_id=1, duration=1),
    ]
    before = run(tasks)
    before.tasks.dates()
    done = dataclasses.replace(
        tasks[1], actual_start=sep(7), actual_finish=sep(9), percent_complete=100
    )
    after = run([tasks[0], done, tasks[2]])
    assert after.tasks._run.basis == before.tasks._run.serial  # type: ignore[attr-defined]
    assert after.tasks.changed_slack(before.tasks) == {2: (0, False), 1: (2, False)}
    assert after.tasks.changed_dates(before.tasks) == []


def test_a_run_in_another_thread_leaves_this_threads_last_run() -> None:
    """A worker scheduling the same plan from its own task objects (the driving chain reads
    it afresh) does not take the place of the run the next edit here follows."""
    tasks = [TaskSpec(i, f"Task {i}", duration=2) for i in range(1, 40)]
    links = [LinkSpec(i, i + 1) for i in range(1, 39)]
    with mock.patch.object(cpm, "_MOST_CHANGED", 1.0):
        before = run(tasks, links)
        copies = [dataclasses.replace(t) for t in tasks]
        worker = threading.Thread(
            target=run, args=(copies, [dataclasses.replace(x) for x in links])
        )
        worker.start()
        worker.join()
        edited = [*tasks[:5], dataclasses.replace(tasks[5], duration=4), *tasks[6:]]
        after = run(edited, links)
    assert after.tasks._run.basis == before.tasks._run.serial  # type: ignore[attr-defined]


def _long_plan() -> tuple[list[TaskSpec], list[LinkSpec]]:
    """A chain of 300 one-day tasks (the critical path) and, beside it, a chain of 250 with
    50 days of slack: large enough that an edit reaching most of it runs the full passes."""
    path = [TaskSpec(i, f"Step {i}", duration=1) for i in range(1, 301)]
    side = [TaskSpec(i, f"Side {i}", duration=1) for i in range(301, 551)]
    links = [LinkSpec(i, i + 1) for i in range(1, 300)]
    links += [LinkSpec(i, i + 1) for i in range(301, 550)]
    return [*path, *side], links


@pytest.mark.parametrize(
    ("moved", "follows"),
    [(0, False), (150, False), (540, True), (300, False)],
    ids=["critical-first", "critical-middle", "within-slack", "slack-chain-start"],
)
def test_an_edit_reaching_much_of_a_long_plan_runs_the_full_passes(
    moved: int, follows: bool
) -> None:
    """An edit on the critical path, or one whose dates reach more nodes than a share of the
    plan (the side chain's first task, within its slack), gives up following the last run:
    the full passes cost less per node. Either way the results are a fresh full run's."""
    tasks, links = _long_plan()
    before = run(tasks, links)
    edited = list(tasks)
    edited[moved] = dataclasses.replace(tasks[moved], duration=3)
    after = run(edited, links)
    assert (after.tasks._run.basis == before.tasks._run.serial) == follows  # type: ignore[attr-defined]
    fresh = schedule_network(build_network(edited, links), CAL, MON_7, None)
    assert everything(after) == everything(fresh)
