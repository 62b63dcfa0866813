"""Figures for the foundation: workspace create/open, edit commit latency, scheduling speed.

Run with `make bench`. Prints figures; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import event

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.demo.create import create_demo_workspace
from cpm_desktop.scheduling import LinkSpec, TaskSpec, WorkCalendar, schedule_project
from cpm_desktop.services import tasks, views
from cpm_desktop.services.schedule import reschedule_project
from cpm_desktop.workspace import open_workspace


def timed(label: str, repeat: int, action) -> float:
    """Run `action` `repeat` times and print the median in milliseconds."""
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append((time.perf_counter() - start) * 1000)
    median = statistics.median(samples)
    print(f"  {label:<52} {median:9.2f} ms  (median of {repeat})")
    return median


def bench_workspace(folder: Path) -> None:
    print("workspace file")
    counter = iter(range(1000))
    timed(
        "create demo workspace (schema + ~70 tasks)",
        3,
        lambda: create_demo_workspace(folder / f"demo{next(counter)}.cpm").close(),
    )
    path = folder / "demo0.cpm"
    timed("open with rotating backup", 5, lambda: open_workspace(path).close())
    timed("open without backup", 5, lambda: open_workspace(path, backup=False).close())
    print(f"  file size: {path.stat().st_size / 1024:.0f} KiB")

    for mode in ("FULL", "NORMAL"):
        bench_edit(path, mode)


def bench_edit(path: Path, mode: str) -> None:
    """Median cost of one user edit committed in its own transaction, per sync mode."""
    workspace = open_workspace(path, backup=False)

    @event.listens_for(workspace.engine, "connect")
    def _sync(dbapi_connection, _record):  # noqa: ANN001
        dbapi_connection.execute(f"PRAGMA synchronous = {mode}")

    workspace.engine.dispose()
    project_id = workspace.run(views.find_project_id, DEMO_PROJECT_CODE)
    task_id = workspace.run(views.task_rows, project_id)[5].id
    names = iter(f"Renamed {i}" for i in range(10_000))
    timed(
        f"one edit = one transaction (rename + reschedule), sync={mode}",
        20,
        lambda: workspace.run(tasks.rename_task, task_id, next(names)),
    )
    workspace.close()


def bench_scheduling() -> None:
    print("scheduling (forward pass, pure)")
    calendar = WorkCalendar(holidays=[dt.date(2027, 1, 1), dt.date(2027, 12, 25)])
    timed(
        "calendar: 100,000 add_working_days calls",
        3,
        lambda: [
            calendar.add_working_days(dt.date(2026, 1, 1) + dt.timedelta(days=i % 900), i % 50)
            for i in range(100_000)
        ],
    )
    for size in (1_000, 10_000):
        specs, links = synthetic_plan(size)
        timed(
            f"schedule {size:,} tasks, {len(links):,} links",
            3,
            lambda specs=specs, links=links: schedule_project(
                specs, links, calendar, dt.date(2026, 9, 7), dt.date(2026, 11, 20)
            ),
        )


def synthetic_plan(size: int) -> tuple[list[TaskSpec], list[LinkSpec]]:
    """Phases of 50 tasks, each task linked to one or two earlier ones."""
    rng = random.Random(size)
    specs: list[TaskSpec] = []
    links: list[LinkSpec] = []
    phase_id = 0
    for task_id in range(1, size + 1):
        if (task_id - 1) % 50 == 0:
            phase_id = task_id
            specs.append(TaskSpec(task_id, f"Phase {task_id}", None, 0))
            continue
        specs.append(TaskSpec(task_id, f"Task {task_id}", phase_id, rng.randint(1, 15)))
        for _ in range(rng.randint(1, 2)):
            pred = rng.randint(max(phase_id + 1, task_id - 30), task_id)
            if pred < task_id and pred != phase_id:
                links.append(
                    LinkSpec(
                        pred,
                        task_id,
                        rng.choice(["FS", "FS", "FS", "SS", "FF"]),
                        rng.randint(-1, 3),
                    )
                )
    return specs, list({(ln.predecessor, ln.successor): ln for ln in links}.values())


def bench_reschedule_demo(folder: Path) -> None:
    print("service reschedule (load + schedule + write)")
    workspace = open_workspace(folder / "demo0.cpm", backup=False)
    project_id = workspace.run(views.find_project_id, DEMO_PROJECT_CODE)
    timed("reschedule the demo project", 10, lambda: workspace.run(reschedule_project, project_id))
    workspace.close()


def main() -> int:
    print(f"Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        bench_workspace(folder)
        bench_reschedule_demo(folder)
    bench_scheduling()
    return 0


if __name__ == "__main__":
    sys.exit(main())
