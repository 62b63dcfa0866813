"""Level Resources on generated plans: 100, 200 and 400 tasks, 15 people, each task asking 4
or 8 hours a day of one of them, about 70 % of the tasks linked to an earlier one.

Prints, per plan, the over-allocated person-days before, the seconds levelling takes (the
pure scheduling/levelling.py, no database), the tasks it delays and the person-days it leaves
over-allocated. Asserts nothing.

Target: a plan of a few hundred tasks levels within a few seconds (the preview waits for it).
"""

from __future__ import annotations

import datetime as dt
import random
import time

from cpm_desktop.scheduling import LinkSpec, TaskSpec, WorkCalendar
from cpm_desktop.scheduling.levelling import Capacity, LevellingProblem, level, overloads

PEOPLE = 15
SIZES = (100, 200, 400)


def generated(count: int, seed: int = 3) -> LevellingProblem:
    """A plan of `count` tasks of 1–10 days, the same for the same seed."""
    chance = random.Random(seed)
    tasks = [TaskSpec(i, f"T{i}", duration=chance.randint(1, 10)) for i in range(1, count + 1)]
    links = [
        LinkSpec(chance.randint(max(1, i - 30), i - 1), i)
        for i in range(2, count + 1)
        if chance.random() < 0.7
    ]
    demand = {t.id: {chance.randint(1, PEOPLE): chance.choice((4.0, 8.0))} for t in tasks}
    capacity = {r: Capacity(8.0) for r in range(1, PEOPLE + 1)}
    return LevellingProblem(
        tasks, links, WorkCalendar(), dt.date(2026, 9, 7), None, demand, capacity
    )


def main() -> None:
    """Level each generated plan and print the figures."""
    for count in SIZES:
        plan = generated(count)
        before = len(overloads(plan, plan.schedule({})))
        started = time.perf_counter()
        result = level(plan)
        seconds = time.perf_counter() - started
        print(
            f"{count:4d} tasks: {before:4d} over-allocated person-days, levelled in "
            f"{seconds:6.2f} s, {len(result.moves):3d} tasks delayed, "
            f"{len(result.unresolved):3d} person-days left"
        )


if __name__ == "__main__":
    main()
