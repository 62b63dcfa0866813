"""The engine reuses the network (indexed and ordered) of a structure it scheduled last: a reused
network schedules exactly as one built afresh, whatever else of the tasks changed."""

from __future__ import annotations

import dataclasses
from itertools import cycle

from hypothesis import given, settings

from cpm_desktop.scheduling import LinkSpec, Schedule, TaskSpec, schedule_project
from cpm_desktop.scheduling.cpm import schedule_network
from cpm_desktop.scheduling.network import build_network
from tests.scheduling.cpm_support import run, sep
from tests.scheduling.test_cpm_properties import Net, networks


def everything(schedule: Schedule) -> list[object]:
    """Every value a reader can get from a schedule."""
    tasks = schedule.tasks
    return [
        schedule.finish,
        schedule.critical_count,
        tasks.dates(),
        [tasks.driver(task_id) for task_id in tasks],
        [dataclasses.astuple(task) for task in tasks.values()],
    ]


@settings(max_examples=120, deadline=None, database=None)
@given(net=networks(progress=True, soft=True), other=networks(progress=True, soft=True))
def test_a_known_structure_schedules_as_a_new_network(net: Net, other: Net) -> None:
    """Same ids, parents and links; other durations, milestones, constraints, progress and
    levelling delays: the reused network gives what a network built afresh gives."""
    net.schedule()  # the engine now knows this structure
    changed = [
        dataclasses.replace(
            task,
            duration=source.duration,
            is_milestone=source.is_milestone,
            constraint=source.constraint,
            constraint_date=source.constraint_date,
            percent_complete=source.percent_complete,
            actual_start=source.actual_start,
            actual_finish=source.actual_finish,
            leveling_delay=task.id % 3,
        )
        for task, source in zip(net.tasks, cycle(other.tasks))
    ]
    links = [LinkSpec(k.predecessor, k.successor, k.type, k.lag) for k in net.links]
    reused = schedule_project(changed, links, net.calendar, net.start, net.status)
    fresh = schedule_network(build_network(changed, links), net.calendar, net.start, net.status)
    assert everything(reused) == everything(fresh)


def test_a_changed_lag_is_a_new_structure() -> None:
    """A link's lag is part of the structure: after the plan with a lag of 0, the same plan
    with a lag of 2 moves the successor two working days."""
    tasks = [TaskSpec(1, "Design", duration=2), TaskSpec(2, "Build", duration=3)]
    before = run(tasks, [LinkSpec(1, 2, "FS", 0)])
    after = run(tasks, [LinkSpec(1, 2, "FS", 2)])
    assert (before.tasks[2].start, after.tasks[2].start) == (sep(9), sep(11))


def test_a_new_task_is_a_new_structure() -> None:
    """A task added under a phase widens the phase the next reschedule shows."""
    phase = [TaskSpec(1, "Phase"), TaskSpec(2, "Design", parent_id=1, duration=2)]
    before = run(phase)
    after = run([*phase, TaskSpec(3, "Review", parent_id=1, duration=4)])
    assert (before.tasks[1].finish, after.tasks[1].finish) == (sep(8), sep(10))
