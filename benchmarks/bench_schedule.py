"""Full reschedule of synthetic networks: median time and peak memory per size.

Networks: 10 % summaries (two outline levels), about 1.5 links per task of all four types with
lags and leads, a calendar with two years of holidays. Prints one line per size; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import gc
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc

from cpm_desktop.scheduling import LinkSpec, TaskSpec, WorkCalendar, schedule_project

SIZES = (1_000, 10_000, 50_000)
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


def measure(size: int) -> tuple[float, float, int]:
    """Median milliseconds of a full reschedule, peak MiB during one, and the link count."""
    tasks, links = synthetic_network(size)
    calendar = WorkCalendar(holidays=HOLIDAYS)
    schedule_project(tasks, links, calendar, START, STATUS)  # warm the calendar index
    samples = []
    for _ in range(7 if size <= 10_000 else 3):
        gc.collect()
        began = time.perf_counter()
        schedule_project(tasks, links, calendar, START, STATUS)
        samples.append((time.perf_counter() - began) * 1000)
    gc.collect()
    tracemalloc.start()
    schedule_project(tasks, links, calendar, START, STATUS)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return statistics.median(samples), peak / 2**20, len(links)


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
    for size in SIZES:
        median, peak, links = measure(size)
        print(f"{size} tasks: {median:.1f} ms median, {peak:.0f} MB peak ({links} links)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
