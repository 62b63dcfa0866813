"""The steering-committee pack: the demo project's, and a 2,000-task project's in full detail.

Prints the median seconds of an export (gathering the figures and drawing the PDF) and the
page count. Asserts nothing. Targets (issue 9): the demo pack in 1.5 s, 2,000 tasks in 5 s.
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
from bench_schedule import STATUS  # noqa: E402
from pypdf import PdfReader  # noqa: E402

from cpm_desktop.workspace import Workspace  # noqa: E402

SIZE, RISKS, CHANGES = 2_000, 100, 50
REPEATS = 3


def build(path: Path) -> int:
    """A workspace with a generated 2,000-task plan (costs, a baseline), risks and changes."""
    from cpm_desktop.services.changes.requests import add_change_request
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.services.plan.baselines import save_baseline
    from cpm_desktop.services.portfolio.projects import set_status_date
    from cpm_desktop.services.risks.register import add_risk
    from cpm_desktop.workspace import create_workspace

    rng = random.Random(9)
    plan = generated_plan(SIZE)
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
    from cpm_desktop.services.steering_pack.pack import export_steering_pack

    samples = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        ws.run(export_steering_pack, project_id, out, **options)
        samples.append(time.perf_counter() - began)
    return statistics.median(samples), len(PdfReader(out).pages)


def main() -> None:
    """Build both workspaces in a temporary folder and print the figures."""
    from cpm_desktop.demo import DEMO_PROJECT_CODE
    from cpm_desktop.demo.create import create_demo_workspace
    from cpm_desktop.services.portfolio.views import find_project_id
    from cpm_desktop.workspace import open_workspace

    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        out = root / "pack.pdf"
        with create_demo_workspace(root / "demo.cpm") as ws:
            demo_id = ws.run(find_project_id, DEMO_PROJECT_CODE)
            assert demo_id is not None
            seconds, pages = measure(ws, demo_id, out)
        print(
            f"demo pack (all sections, summary Gantt)   {seconds:6.2f} s  {pages} pages"
            "   (target <= 1.5 s)"
        )
        project_id = build(root / "big.cpm")
        with open_workspace(root / "big.cpm") as ws:
            for detail in ("summary", "full"):
                seconds, pages = measure(ws, project_id, out, gantt_detail=detail)
                print(
                    f"{SIZE} tasks, {detail:7} Gantt               {seconds:6.2f} s  "
                    f"{pages} pages   (target <= 5 s)"
                )


if __name__ == "__main__":
    main()
