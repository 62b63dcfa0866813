"""One edit on a generated 10,000-task project, through the services the Timeline calls.

Prints the median and worst milliseconds of: a reschedule that moves nothing, a bar move
(`move_task_start` through `Workspace.run_recorded`, commit included) off and on the critical
path, re-reading the Timeline, a move and the re-read together (what the Gantt chart does on a
drag, repaint aside), the start drivers and a driving chain, and, for reference, the scheduling
engine alone (the host's speed drifts: compare each run with its own engine line). Asserts
nothing.

Target (issue 5): a bar move plus re-reading the Timeline within about 100 ms together with
the repaint.
"""

from __future__ import annotations

import datetime as dt
import gc
import itertools
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generated_plan  # noqa: E402
from sqlalchemy import select  # noqa: E402

from cpm_desktop.models import Dependency, Project, Task  # noqa: E402
from cpm_desktop.scheduling import LinkSpec, TaskSpec, schedule_project  # noqa: E402
from cpm_desktop.services.interchange.importing import import_plan  # noqa: E402
from cpm_desktop.services.plan.schedule import reschedule, work_calendar  # noqa: E402
from cpm_desktop.services.plan.start_drivers import driving_chain, start_drivers  # noqa: E402
from cpm_desktop.services.plan.task_dates import move_task_start  # noqa: E402
from cpm_desktop.services.plan.timeline import timeline  # noqa: E402
from cpm_desktop.workspace import Workspace, create_workspace  # noqa: E402
from cpm_desktop.workspace.changes import ChangeSet  # noqa: E402

SIZE = 10_000
REPEATS = 9


def timed(action: Callable[[], object], repeats: int = REPEATS) -> list[float]:
    """Wall-clock seconds of each run of `action`, after one untimed warm-up run."""
    action()
    samples = []
    for _ in range(repeats):
        gc.collect()  # each sample starts from the same heap, as an edit in the app would
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return samples


def report(label: str, action: Callable[[], object]) -> None:
    """Time `action` and print its median and worst, in milliseconds."""
    samples = timed(action)
    median, worst = statistics.median(samples) * 1000, max(samples) * 1000
    print(f"{label:<50}median {median:6.1f} ms   worst {worst:6.1f} ms")


def engine_inputs(ws: Workspace, project_id: int) -> tuple[list[TaskSpec], list[LinkSpec]]:
    """The project's tasks and links as the engine takes them (read once, not timed)."""
    with ws.transaction() as session:
        tasks = session.scalars(
            select(Task)
            .where(Task.project_id == project_id)
            .order_by(Task.parent_id, Task.position)
        )
        specs = [
            TaskSpec(
                t.id,
                t.name,
                t.parent_id,
                t.duration,
                t.is_milestone,
                t.constraint_type.value,
                t.constraint_date,
                t.percent_complete,
                t.actual_start,
                t.actual_finish,
            )
            for t in tasks
        ]
        links = [
            LinkSpec(d.predecessor_id, d.successor_id, d.type.value, d.lag)
            for d in session.scalars(select(Dependency).where(Dependency.project_id == project_id))
        ]
    return specs, links


def movable_task(ws: Workspace, project_id: int, *, critical: bool) -> tuple[int, dt.date]:
    """(id, start) of a work task on the critical path, or off it with over a week of slack."""
    rows = sorted(ws.run(timeline, project_id).tasks, key=lambda row: row.id)
    found = [
        row
        for row in rows
        if row.duration > 0
        and not row.is_summary
        and row.start is not None
        and row.is_critical is critical
        and (row.total_slack == 0 if critical else (row.total_slack or 0) > 10)
    ]
    row = found[SIZE // 40]
    assert row.start is not None
    return row.id, row.start


def mover(ws: Workspace, task_id: int, start: dt.date) -> Callable[[], ChangeSet]:
    """A bar move through the undo recorder: a week later, then back, then later again..."""
    days = itertools.cycle([start + dt.timedelta(days=7), start])

    def move() -> ChangeSet:
        return ws.run_recorded(move_task_start, task_id, next(days))[1]

    return move


def main() -> int:
    """Build the project, then print one line per measured call."""
    began = time.perf_counter()
    with (
        tempfile.TemporaryDirectory(prefix="bench-edit-") as folder,
        create_workspace(Path(folder) / "big.cpm") as ws,
    ):
        project_id = ws.run(import_plan, generated_plan(SIZE)).project_id
        print(
            f"CPM Desktop edit benchmark · Python {platform.python_version()} · "
            f"{os.cpu_count()} cores"
        )
        print(
            f"generated and imported {SIZE} tasks in {time.perf_counter() - began:.1f} s "
            "(not measured below)"
        )

        specs, links = engine_inputs(ws, project_id)
        with ws.transaction() as session:
            project = session.get_one(Project, project_id)
            calendar = work_calendar(project.calendar)
            start, status = project.start_date, project.status_date
        report(
            "engine alone (schedule_project)",
            lambda: schedule_project(specs, links, calendar, start, status),
        )

        def unchanged() -> None:
            with ws.transaction() as session:
                reschedule(session, session.get_one(Project, project_id))

        report("reschedule, nothing moves", unchanged)

        # Two work tasks from the middle of the plan, each moved a week later and back in
        # turn (an SNET constraint, as a drag sets): off the critical path a move rewrites a
        # few rows; on it, the project finish moves, so every task's slack changes (not
        # stored: the rows written are the moved task's successors and summaries).
        off_path = movable_task(ws, project_id, critical=False)
        on_path = movable_task(ws, project_id, critical=True)
        for label, task in (("off", off_path), ("on", on_path)):
            rows = len(mover(ws, *task)().rows)  # moved a week (untimed), then back when timed
            report(f"move_task_start {label} the critical path, {rows} rows", mover(ws, *task))
        report("timeline()", lambda: ws.run(timeline, project_id))
        move = mover(ws, *off_path)
        report(
            "one Gantt edit: move off the path, timeline()",
            lambda: (move(), ws.run(timeline, project_id)),
        )
        report("start_drivers()", lambda: ws.run(start_drivers, project_id))
        last = max(task.id for task in specs)
        report("driving_chain() of the last task", lambda: ws.run(driving_chain, project_id, last))
    return 0


if __name__ == "__main__":
    sys.exit(main())
