"""The cheap reads of a run's results (`dates`, `driver`) agree with the ScheduledTask objects."""

from __future__ import annotations

from hypothesis import given, settings

from cpm_desktop.scheduling import Driver, DriverKind, LinkSpec, TaskSpec
from tests.scheduling.cpm_support import run, sep
from tests.scheduling.test_cpm_properties import Net, networks


def built(net: Net) -> list[tuple]:
    """(id, start, finish, duration, total slack, critical) from ScheduledTask objects."""
    return [
        (t.id, t.start, t.finish, t.duration, t.total_slack, t.critical)
        for t in net.schedule().tasks.values()
    ]


@settings(max_examples=150, deadline=None, database=None)
@given(net=networks(progress=True, soft=True))
def test_dates_are_the_scheduled_tasks_values_in_input_order(net: Net) -> None:
    """Summaries, milestones, finished and ALAP work: dates() reads what the objects say."""
    found = net.schedule().tasks.dates()
    assert found == built(net)
    assert [row[0] for row in found] == [task.id for task in net.tasks]
    assert [type(row[4]) for row in found] == [int] * len(found)


@settings(max_examples=150, deadline=None, database=None)
@given(net=networks(progress=True, soft=True))
def test_driver_is_the_scheduled_tasks_driver(net: Net) -> None:
    """driver(id) without building the object, and after it was built, equals its driver."""
    fresh, read = net.schedule(), net.schedule()
    expected = {task_id: task.driver for task_id, task in read.tasks.items()}
    assert {task.id: fresh.tasks.driver(task.id) for task in net.tasks} == expected
    assert {task.id: read.tasks.driver(task.id) for task in net.tasks} == expected


def test_dates_of_an_alap_task_and_a_finished_task() -> None:
    """ALAP work sits at the project finish, finished work counts its days of work (4, not the
    2 planned), a summary spans its working days and has its open work's slack."""
    tasks = [
        TaskSpec(1, "Phase"),
        TaskSpec(
            2,
            "Done",
            parent_id=1,
            duration=2,
            percent_complete=100,
            actual_start=sep(7),
            actual_finish=sep(10),
        ),
        TaskSpec(3, "Late", parent_id=1, duration=1, constraint="ALAP"),
        TaskSpec(4, "End", duration=3),
    ]
    schedule = run(tasks, [LinkSpec(2, 4)], status=sep(10))
    assert schedule.tasks.dates() == [
        (1, sep(7), sep(15), 7, 2, False),
        (2, sep(7), sep(10), 4, 0, False),
        (3, sep(15), sep(15), 1, 2, False),
        (4, sep(11), sep(15), 3, 0, True),
    ]
    assert schedule.tasks.driver(3) == Driver(DriverKind.CONSTRAINT)
    assert schedule.tasks.driver(4) == Driver(DriverKind.LINK, (2, "FS", 0))


def test_an_empty_run_has_no_dates() -> None:
    """No tasks: nothing to read."""
    assert run([]).tasks.dates() == []


def test_a_summary_3000_levels_up_is_read_without_recursion() -> None:
    """Reading the outermost of 3,000 nested summaries builds every level below by a loop."""
    depth = 3_000
    tasks = [TaskSpec(1, "L1")] + [
        TaskSpec(n, f"L{n}", parent_id=n - 1, duration=2) for n in range(2, depth + 1)
    ]
    schedule = run(tasks)
    top = schedule.tasks[1]
    assert (top.is_summary, top.start, top.finish) == (True, sep(7), sep(8))
    assert schedule.tasks[depth].early_finish == sep(8)
