"""How many of our dates MPXJ's scheduler reproduces from our MS Project XML exports.

MPXJ's scheduler stands in for MS Project recalculating the file; the comparison (start and
finish of every non-summary task, at day precision) is tests/interchange/mpxj_schedule.py's.
For each plan it prints the agreement of the export as written, and of the same export without
the progress rules of interchange/mspdi_progress.py (a Start No Earlier Than on unstarted
work the status date moved, the split of late work in progress, actual dates where the engine
counts them): the file as it was before them.

Plans: the demo's two projects in progress, the same with their progress and status date
cleared, the shared MS Project, GanttProject and Planner samples imported and exported again,
and a generated 10,000-task plan in progress (with the writer's time with and without the
rules). What stays apart there is not progress: a milestone after a finish-to-start lead, which
our engine puts at 17:00 of the day before and MPXJ at 08:00 (as in a plan without progress).
Needs Java, ../shared and PyPI once, as the tests do; says what is missing otherwise.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_schedule import HOLIDAYS, START, STATUS, synthetic_network  # noqa: E402
from sqlalchemy import update  # noqa: E402

from cpm_desktop.demo.create import create_demo_workspace  # noqa: E402
from cpm_desktop.interchange import mspdi_write  # noqa: E402
from cpm_desktop.interchange.formats import read_plan_file  # noqa: E402
from cpm_desktop.interchange.model import Plan, PlanCalendar, PlanLink, PlanTask  # noqa: E402
from cpm_desktop.interchange.mspdi_placement import Moment, Row  # noqa: E402
from cpm_desktop.models import Project, Task  # noqa: E402
from cpm_desktop.scheduling import WorkCalendar, schedule_project  # noqa: E402
from cpm_desktop.services.interchange.exporting import project_plan  # noqa: E402
from cpm_desktop.services.interchange.importing import import_plan  # noqa: E402
from cpm_desktop.services.portfolio.views import find_project_id  # noqa: E402
from cpm_desktop.workspace import create_workspace, open_workspace  # noqa: E402
from tests.interchange.mpxj_schedule import (  # noqa: E402
    MpxjUnavailable,
    agreement,
    mpxj_python,
    reschedule,
)
from tests.interchange.oracle import TESTDATA  # noqa: E402

DEMO_PROJECTS = ("NHL-WMS", "ALP-CC")
GENERATED = 10_000


def main() -> int:
    try:
        python = mpxj_python()
    except MpxjUnavailable as why:
        print(f"MPXJ cannot run here: {why}; nothing to compare.")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        plans = _demo_plans(folder) | _sample_plans(folder)
        plans[f"generated {GENERATED} tasks in progress"] = generated_plan(GENERATED)
        began = time.perf_counter()
        after = _rescheduled(python, plans, folder / "after", rules=True)
        mpxj_seconds = time.perf_counter() - began
        before = _rescheduled(python, plans, folder / "before", rules=False)
    print("MPXJ's scheduler on our MS Project XML: start and finish of non-summary tasks")
    width = max(map(len, plans))
    print(f"{'plan':<{width}}  {'dates':>6}  {'before':>16}  {'after':>16}")
    for name, plan in plans.items():
        was, now = agreement(plan, before[name]), agreement(plan, after[name])
        print(
            f"{name:<{width}}  {now.compared:>6}  {was.matched:>7} {was.share:>7.1%}  "
            f"{now.matched:>7} {now.share:>7.1%}"
        )
    print(f"(one MPXJ run over the {len(plans)} files as written: {mpxj_seconds:.1f} s)")
    for name, plan in plans.items():
        for line in agreement(plan, after[name]).report().splitlines()[1:][:10]:
            print(f"  {name}: {line.strip()}")
    _writer_time(plans[f"generated {GENERATED} tasks in progress"])
    return 0


def _rescheduled(python: Path, plans: dict[str, Plan], folder: Path, *, rules: bool) -> dict:
    """MPXJ's rescheduling of each plan's export, by plan name (one JVM for all)."""
    folder.mkdir()
    files = {}
    with _rules(enabled=rules):
        for number, (name, plan) in enumerate(plans.items()):
            files[name] = folder / f"{number:02d}.xml"
            files[name].write_bytes(mspdi_write.write_mspdi(plan))
    dumps = reschedule(python, list(files.values()), folder / "mpxj")
    return {name: dumps[path.name] for name, path in files.items()}


@contextlib.contextmanager
def _rules(*, enabled: bool) -> Iterator[None]:
    """Write with the progress rules, or without them as the writer did before."""
    if enabled:
        yield
        return
    kept = mspdi_write.status_moves, mspdi_write.actual_moments
    mspdi_write.status_moves = lambda *_args: {}
    mspdi_write.actual_moments = _actual_moments_as_reported
    try:
        yield
    finally:
        mspdi_write.status_moves, mspdi_write.actual_moments = kept


def _actual_moments_as_reported(
    row: Row, calendar: WorkCalendar
) -> tuple[Moment | None, Moment | None]:
    """The actual dates as the writer wrote them before: the reported days, at 08:00/17:00."""
    task = row.task
    start = Moment(task.actual_start, row.start.at_end) if task.actual_start else None
    return start, Moment(task.actual_finish, True) if task.actual_finish else None


def _demo_plans(folder: Path) -> dict[str, Plan]:
    """The demo's projects in progress, and the same with progress and status date cleared."""
    plans = {}
    path = folder / "demo.cpm"
    create_demo_workspace(path).close()
    shutil.copyfile(path, folder / "bare.cpm")
    for file, suffix in ((path, ""), (folder / "bare.cpm", " without progress")):
        with open_workspace(file, backup=False) as workspace:
            if suffix:
                with workspace.transaction() as session:
                    session.execute(
                        update(Task).values(
                            percent_complete=0, actual_start=None, actual_finish=None
                        )
                    )
                    session.execute(update(Project).values(status_date=None))
            for code in DEMO_PROJECTS:
                found = workspace.run(find_project_id, code)
                assert found is not None
                plans[f"demo {code}{suffix}"] = workspace.run(project_plan, found)
    return plans


def _sample_plans(folder: Path) -> dict[str, Plan]:
    """Each shared sample, imported into a workspace and taken out again for export."""
    samples = sorted(
        path for sub in ("mspdi", "gan", "planner") for path in (TESTDATA / sub).glob("*")
    )
    plans = {}
    with create_workspace(folder / "samples.cpm") as workspace:
        for path in samples:
            imported = workspace.run(import_plan, read_plan_file(path))
            plans[path.name] = workspace.run(project_plan, imported.project_id)
    return plans


def generated_plan(size: int) -> Plan:
    """The scheduling benchmark's network with work in progress, dated by our engine."""
    specs, links = synthetic_network(size)
    rng = random.Random(11)
    for spec in specs[size // 20 : size // 10]:  # after the 5 % finished ones: 5 % started
        if spec.duration > 1 and not spec.name.startswith(("Group", "Phase")):
            spec.actual_start = START + dt.timedelta(days=rng.randint(0, 60))
            spec.percent_complete = rng.randint(1, 9) * 10
    calendar = WorkCalendar(holidays=HOLIDAYS)
    schedule = schedule_project(specs, links, calendar, START, STATUS)
    tasks = []
    for spec in specs:
        result = schedule.tasks[spec.id]
        tasks.append(
            PlanTask(
                str(spec.id),
                spec.name,
                str(spec.parent_id) if spec.parent_id else None,
                duration=spec.duration,
                is_milestone=spec.duration == 0,
                percent_complete=spec.percent_complete,
                actual_start=spec.actual_start,
                actual_finish=spec.actual_finish,
                start=result.start,
                finish=result.finish,
            )
        )
    return Plan(
        name=f"Generated {size} plan",
        start_date=START,
        status_date=STATUS,
        calendar=PlanCalendar(holidays=[(day, "Holiday") for day in HOLIDAYS]),
        tasks=tasks,
        links=[PlanLink(str(x.predecessor), str(x.successor), x.type, x.lag) for x in links],
    )


def _writer_time(plan: Plan) -> None:
    """Median of three writes of `plan`, with and without the progress rules."""
    for enabled in (False, True):
        samples = []
        with _rules(enabled=enabled):
            for _ in range(3):
                began = time.perf_counter()
                mspdi_write.write_mspdi(dataclasses.replace(plan))
                samples.append(time.perf_counter() - began)
        label = "with" if enabled else "without"
        median = sorted(samples)[1]
        print(f"write {len(plan.tasks)} tasks {label} the progress rules: {median:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
