"""Full reschedule of synthetic networks: median time and peak memory per size.

Networks: 10 % summaries (two outline levels), about 1.5 links per task of all four types with
lags and leads, a calendar with two years of holidays. A full reschedule reads every task and
link, runs the forward and backward passes and the ALAP placement and returns the results; the
engine reuses the network (indexed and ordered) of a structure it scheduled last, as an edit
that moves or resizes tasks does, so the first reschedule of a structure is measured apart. An
edit's reschedule (one task handed as a new object) follows the engine's last run instead
(incremental): measured for a task moved within its slack and for one on the critical path.
Prints one line per size and measure, each with its goal; asserts nothing.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from itertools import cycle

from cpm_desktop.scheduling import LinkSpec, Schedule, TaskSpec, WorkCalendar, schedule_project
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.scheduling.cpm import _backward, _forward, _network, schedule_network
from cpm_desktop.scheduling.run import Run

SIZES = (1_000, 10_000, 50_000)
GOALS_MS = {10_000: 25, 50_000: 130}  # issue 24: a full reschedule, the structure known
EDIT_GOALS_MS = {10_000: 5}  # an edit within slack, rescheduled from the last run
START = dt.date(2026, 9, 7)
STATUS = dt.date(2026, 11, 20)
HOLIDAYS = [
    dt.date(2026, 12, 25),
    dt.date(2026, 12, 26),
    dt.date(2027, 1, 1),
    dt.date(2027, 3, 26),
    dt.date(2027, 3, 29),
    dt.date(2027, 5, 1),
    dt.date(2027, 5, 6),
    dt.date(2027, 5, 17),
    dt.date(2027, 10, 3),
    dt.date(2027, 12, 25),
    dt.date(2027, 12, 26),
    dt.date(2028, 1, 1),
]


def synthetic_network(size: int, seed: int = 7) -> tuple[list[TaskSpec], list[LinkSpec]]:
    """Phases of about ten tasks under groups of about ten phases; 1.5 links per task."""
    rng = random.Random(seed)
    tasks: list[TaskSpec] = []
    leaves: list[int] = []
    group = phase = 0
    for task_id in range(1, size + 1):
        if task_id % 100 == 1:
            group = task_id
            tasks.append(TaskSpec(task_id, f"Group {task_id}"))
        elif task_id % 10 == 1:
            phase = task_id
            tasks.append(TaskSpec(task_id, f"Phase {task_id}", parent_id=group))
        else:
            progress = 100 if task_id < size // 20 else 0
            tasks.append(
                TaskSpec(
                    task_id,
                    f"Task {task_id}",
                    parent_id=phase or group,
                    duration=0 if rng.random() < 0.05 else rng.randint(1, 15),
                    is_milestone=False,
                    percent_complete=progress,
                    actual_start=START if progress else None,
                    actual_finish=START + dt.timedelta(days=rng.randint(1, 20))
                    if progress
                    else None,
                )
            )
            leaves.append(task_id)
    links: dict[tuple[int, int], LinkSpec] = {}
    kinds = ["FS"] * 7 + ["SS", "FF", "SF"]
    for position, successor in enumerate(leaves):
        # Leaves are 90 % of the tasks: 1.7 links each makes 1.5 per task.
        for _ in range(rng.choice((0, 1, 2, 2, 3, 2))):
            if len(links) >= 1.5 * size or position == 0:
                break
            predecessor = leaves[max(0, position - rng.randint(1, 40))]
            if predecessor != successor:
                links[(predecessor, successor)] = LinkSpec(
                    predecessor, successor, rng.choice(kinds), rng.randint(-2, 4)
                )
    return tasks, list(links.values())


def one_task_edit(
    tasks: list[TaskSpec], links: list[LinkSpec], calendar: WorkCalendar, critical: bool
) -> Callable[[], object]:
    """A reschedule after one edit, as a service hands it (the other tasks the same objects):
    a mid-plan plain work task set to start no earlier than 7 working days after its start
    (within its slack, or on the critical path), then back, in turn."""
    schedule = schedule_project(tasks, links, calendar, START, STATUS)
    for i in range(len(tasks) // 2, len(tasks)):
        task, result = tasks[i], schedule.tasks[tasks[i].id]
        plain = not result.is_summary and task.duration and not task.percent_complete
        if plain and (result.critical if critical else result.total_slack >= 7):
            break
    later = calendar.add_working_days(result.start, 7)
    moved = dataclasses.replace(task, constraint="SNET", constraint_date=later)
    plans = cycle([[*tasks[:i], moved, *tasks[i + 1 :]], tasks])
    return lambda: schedule_project(next(plans), links, calendar, START, STATUS)


def timed(run: Callable[[], object], repeats: int) -> tuple[float, float, float]:
    """Median and least milliseconds of `repeats` calls, each after a full collection, and
    the median of their CPU time (steadier than wall time on a shared machine)."""
    samples = []
    cpu = []
    for _ in range(repeats):
        gc.collect()
        began, began_cpu = time.perf_counter(), time.process_time()
        run()
        cpu.append((time.process_time() - began_cpu) * 1000)
        samples.append((time.perf_counter() - began) * 1000)
    return statistics.median(samples), min(samples), statistics.median(cpu)


def measure(size: int) -> dict[str, tuple[float, float, float]]:
    """Milliseconds (median, least, CPU median) of each measure on `size` tasks."""
    tasks, links = synthetic_network(size)
    calendar = WorkCalendar(holidays=HOLIDAYS)
    repeats = 7 if size <= 10_000 else 5

    def reschedule() -> Schedule:  # a full run: what schedule_project does with no run to follow
        return schedule_network(_network(tasks, links), calendar, START, STATUS)

    # Three structures that differ in one lag, taken in turn: each reschedule meets a
    # structure the engine did not schedule last (it keeps the last two).
    variants = [
        [LinkSpec(links[0].predecessor, links[0].successor, links[0].type, lag), *links[1:]]
        for lag in (5, 6, 7)
    ]
    turn = iter(variants * repeats)

    def first_reschedule() -> object:
        return schedule_project(tasks, next(turn), calendar, START, STATUS)

    def with_dates() -> object:
        with collector_paused():  # as the service that stores them
            return reschedule().tasks.dates()

    reschedule()  # warm the calendar index and the engine's network
    net = _network(tasks, links)

    def passes() -> None:
        with collector_paused():  # as schedule_network runs them
            run = Run(net, calendar, START, STATUS)
            _forward(run)
            _backward(run)

    within_slack = one_task_edit(tasks, links, calendar, critical=False)
    within_slack()
    edit_slack = timed(within_slack, repeats)
    on_critical_path = one_task_edit(tasks, links, calendar, critical=True)
    on_critical_path()
    edit_critical = timed(on_critical_path, repeats)
    return {
        "edit_slack": edit_slack,
        "edit_critical": edit_critical,
        "reschedule": timed(reschedule, repeats),
        "first": timed(first_reschedule, repeats),
        "dates": timed(with_dates, repeats),
        "passes": timed(passes, repeats),
    }


def peak_mib(size: int) -> tuple[float, int]:
    """Peak MiB traced during one reschedule (its structure known), and the link count."""
    tasks, links = synthetic_network(size)
    calendar = WorkCalendar(holidays=HOLIDAYS)
    net = _network(tasks, links)
    schedule_network(net, calendar, START, STATUS)  # the calendar's index grown
    gc.collect()
    tracemalloc.start()
    schedule_network(net, calendar, START, STATUS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 2**20, len(links)


def calendar_calls() -> float:
    """Milliseconds for 100,000 add_working_days calls (the O(1) working-day index)."""
    calendar = WorkCalendar(holidays=HOLIDAYS)
    began = time.perf_counter()
    for i in range(100_000):
        calendar.add_working_days(START + dt.timedelta(days=i % 900), i % 50 - 10)
    return (time.perf_counter() - began) * 1000


def main() -> int:
    print(f"Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores")
    print(f"calendar: 100000 add_working_days calls in {calendar_calls():.0f} ms")
    figures = {size: measure(size) for size in SIZES}
    lines = (
        ("reschedule", "full reschedule, the structure known (no earlier run to follow)"),
        ("first", "first reschedule of a structure (its network indexed and ordered)"),
        ("dates", "full reschedule and every task's dates read (what a service stores)"),
        ("passes", "forward and backward passes alone, for reference"),
        (
            "edit_slack",
            "reschedule after a one-task edit (incremental): SNET +7 days, within slack",
        ),
        ("edit_critical", "reschedule after a one-task edit (incremental): SNET +7 days, critical"),
    )
    for key, title in lines:
        print(title)
        for size, measured in figures.items():
            median, least, cpu = measured[key]
            line = f"  {size} tasks: {median:.1f} ms median, {least:.1f} least, CPU {cpu:.1f}"
            if key == "reschedule":
                peak, links = peak_mib(size)
                line += f", {peak:.0f} MB peak ({links} links)"
                if size in GOALS_MS:
                    line += f"   (goal <= {GOALS_MS[size]} ms)"
            if key == "edit_slack" and size in EDIT_GOALS_MS:
                line += f"   (goal <= {EDIT_GOALS_MS[size]} ms)"
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
