"""The steering-committee pack: the demo project's, and generated projects of 1,000 to 50,000
tasks.

Prints the median seconds of an export (gathering the figures and drawing the PDF), the page
count, and seconds and pages per 1,000 tasks, so that growth with the plan shows; and
bench_schedule's calendar line before the demo and before the growth lines, the host's speed
to read them by. Asserts nothing. Targets: the demo pack in 1.5 s, 2,000 tasks in 5 s
(issue 9); time and pages linear in the tasks, 50,000 tasks in 5 s (issue 24).

`bench_pdf.py FOLDER` keeps the generated workspaces in FOLDER and reuses them on the next run
(building 50,000 tasks takes a while); without it they live in a temporary folder.
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generated_plan  # noqa: E402
from bench_schedule import STATUS, calendar_calls  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from cpm_desktop.workspace import Workspace  # noqa: E402

SIZE, RISKS, CHANGES = 2_000, 100, 50
# Plan sizes of the growth lines, with each one's target in seconds: 0.1 s per 1,000 tasks
# (50,000 in 5 s), never less than the 2,000-task pack's 1.5 s of room.
GROWTH = ((1_000, 1.5), (10_000, 1.5), (50_000, 5.0))
REPEATS = 3


def build(path: Path, size: int = SIZE) -> int:
    """A workspace with a generated plan of `size` tasks (costs, a baseline), risks and
    changes."""
    from cpm_desktop.services.changes.requests import add_change_request
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.services.plan.baselines import save_baseline
    from cpm_desktop.services.portfolio.projects import set_status_date
    from cpm_desktop.services.risks.register import add_risk
    from cpm_desktop.workspace import create_workspace

    rng = random.Random(9)
    plan = generated_plan(size)
    plan = replace(
        plan, tasks=[replace(t, budget_cost=Decimal(rng.randint(0, 40) * 500)) for t in plan.tasks]
    )
    with create_workspace(path) as ws:
        project_id = ws.run(import_plan, plan).project_id
        ws.run(save_baseline, project_id)
        ws.run(set_status_date, project_id, STATUS)
        with ws.transaction() as s:
            for n in range(RISKS):
                add_risk(
                    s,
                    project_id,
                    f"Risk {n} of the roll-out",
                    on=STATUS,
                    probability=rng.randint(1, 5),
                    impact=rng.randint(1, 5),
                )
            for n in range(CHANGES):
                add_change_request(
                    s,
                    project_id,
                    f"Change {n}",
                    on=STATUS,
                    cost_impact=Decimal(rng.randint(0, 200) * 100),
                )
    return project_id


def measure(ws: Workspace, project_id: int, out: Path, **options: object) -> tuple[float, int]:
    """Median seconds of REPEATS exports, and the pack's page count."""
    (seconds, _cpu), pages = clocked(ws, project_id, out, **options)
    return seconds, pages


def clocked(
    ws: Workspace, project_id: int, out: Path, **options: object
) -> tuple[tuple[float, float], int]:
    """Median wall-clock and CPU seconds of REPEATS exports (CPU time is steadier on a
    shared machine), and the pack's page count."""
    from cpm_desktop.services.steering_pack.pack import export_steering_pack

    walls, cpus = [], []
    for _ in range(REPEATS):
        began, began_cpu = time.perf_counter(), time.process_time()
        ws.run(export_steering_pack, project_id, out, **options)
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - began_cpu)
    return (statistics.median(walls), statistics.median(cpus)), len(PdfReader(out).pages)


def workspace_of(folder: Path, size: int) -> tuple[Path, int]:
    """The generated workspace of `size` tasks in `folder`: built unless already there."""
    from cpm_desktop.services.portfolio.views import portfolio
    from cpm_desktop.workspace import open_workspace

    path = folder / f"generated-{size}.cpm"
    if not path.exists():
        began = time.perf_counter()
        project_id = build(path, size)
        print(f"  (built the {size:,}-task workspace in {time.perf_counter() - began:.0f} s)")
        return path, project_id
    with open_workspace(path) as ws:
        (project_id,) = [p.id for c in ws.run(portfolio) for p in c.projects]
    return path, project_id


def host_speed() -> None:
    """Print bench_schedule's calendar line: the same pure code every run, so the host's speed."""
    print(f"calendar line: {calendar_calls():.0f} ms (the host's speed; 94-100 ms when quiet)")


def growth(folder: Path, out: Path) -> None:
    """The default pack (summary Gantt) of each GROWTH size, per 1,000 tasks beside it."""
    from cpm_desktop.workspace import open_workspace

    host_speed()
    for size, target in GROWTH:
        path, project_id = workspace_of(folder, size)
        with open_workspace(path) as ws:
            (seconds, cpu), pages = clocked(ws, project_id, out)
        per = size / 1000
        print(
            f"{size:6,} tasks, default pack            {seconds:6.2f} s  {pages:5} pages   "
            f"{seconds / per:5.3f} s and {pages / per:5.1f} pages per 1,000 tasks   "
            f"(CPU {cpu:.2f} s, {cpu / per:.3f} s per 1,000)   (target <= {target:g} s)"
        )


def main() -> None:
    """Build the workspaces (or reuse those of the folder given) and print the figures."""
    from cpm_desktop.demo import DEMO_PROJECT_CODE
    from cpm_desktop.demo.create import create_demo_workspace
    from cpm_desktop.services.portfolio.views import find_project_id
    from cpm_desktop.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        kept = Path(sys.argv[1]) if len(sys.argv) > 1 else root
        kept.mkdir(parents=True, exist_ok=True)
        out = root / "pack.pdf"
        host_speed()
        with create_demo_workspace(root / "demo.cpm") as ws:
            demo_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
            assert demo_id is not None
            seconds, pages = measure(ws, demo_id, out)
        print(
            f"demo pack (all sections, summary Gantt)   {seconds:6.2f} s  {pages:5} pages"
            "   (target <= 1.5 s)"
        )
        path, project_id = workspace_of(kept, SIZE)
        with open_workspace(path) as ws:
            for detail in ("summary", "full"):
                seconds, pages = measure(ws, project_id, out, gantt_detail=detail)
                print(
                    f"{SIZE} tasks, {detail:7} Gantt               {seconds:6.2f} s  "
                    f"{pages:5} pages   (target <= 5 s)"
                )
        growth(kept, out)


if __name__ == "__main__":
    main()
