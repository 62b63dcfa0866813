"""Task work and cost after import, against MS Project's own figures.

Each real MS Project XML file in ../shared/testdata/interchange/mspdi is imported, with its
resources, rates and assignments, into a throwaway workspace; every task's work and cost are
computed by services/team/costs.py (`project_costs`) and compared with the `Work` and `Cost`
MS Project stored for the task (absent = 0: MS Project and MPXJ leave zero values out). A task
agrees when its work is within a minute and its cost within a cent. Where the workspace knows
no cost at all (no rate for anyone on the task: "unknown", never a made-up 0), it agrees with
a stored cost of 0, which is what MS Project shows without rates; the count of such tasks is
printed apart.

Prints one row per file, the total, then every task that differs. The issue's target: at least
98 % of the tasks of commercial-construction agree.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from cpm_desktop.interchange.mspdi_read import read_mspdi  # noqa: E402
from cpm_desktop.services.interchange.importing import import_plan  # noqa: E402
from cpm_desktop.services.portfolio import views  # noqa: E402
from cpm_desktop.services.team.costs import project_costs  # noqa: E402
from cpm_desktop.workspace import create_workspace  # noqa: E402

TESTDATA = Path(__file__).resolve().parents[2] / "shared" / "testdata" / "interchange"
TARGET_FILE = "commercial-construction-project-plan.mpxj-converted.xml"
TARGET = 0.98
WORK_TOLERANCE_HOURS = 1 / 60
COST_TOLERANCE = Decimal("0.01")


@dataclass(slots=True)
class Comparison:
    """One file: tasks compared, how many agree, how many only as unknown = 0, the misses."""

    name: str
    tasks: int = 0
    agree: int = 0
    unknown_as_zero: int = 0
    with_assignments: int = 0
    differences: list[str] = field(default_factory=list)

    @property
    def share(self) -> float:
        """The share of tasks that agree (1 for a file without tasks)."""
        return self.agree / self.tasks if self.tasks else 1.0


def compare(path: Path, folder: Path) -> Comparison:
    """Import `path` into a new workspace in `folder` and compare every task."""
    plan = read_mspdi(path.read_bytes(), path.name)
    expected = {t.key: t for t in plan.tasks}
    assigned = {a.task_key for a in plan.assignments}
    result = Comparison(path.name)
    workspace = create_workspace(folder / f"{path.stem}.cpm")
    try:
        imported = workspace.run(import_plan, plan)
        costs = workspace.run(project_costs, imported.project_id)
        rows = workspace.run(views.task_rows, imported.project_id)
    finally:
        workspace.close()
    # Tasks were stored in the file's order: the n-th row is the file's n-th task.
    for spec, row in zip(plan.tasks, rows, strict=True):
        theirs = expected[spec.key]
        ours = costs.tasks[row.id]
        result.tasks += 1
        result.with_assignments += spec.key in assigned
        work_file = theirs.work_hours or 0.0
        cost_file = theirs.cost or Decimal(0)
        work_ok = abs(ours.work_hours - work_file) <= WORK_TOLERANCE_HOURS
        if ours.cost is None:
            cost_ok = cost_file == 0
            result.unknown_as_zero += cost_ok and work_ok
        else:
            cost_ok = abs(ours.cost - cost_file) <= COST_TOLERANCE
        if work_ok and cost_ok:
            result.agree += 1
        else:
            result.differences.append(
                f"UID {spec.key} {spec.name!r}: work {ours.work_hours:g} h vs {work_file:g} h, "
                f"cost {ours.cost if ours.cost is not None else 'unknown'} vs {cost_file}"
            )
    return result


def main() -> int:
    folder = TESTDATA / "mspdi"
    if not folder.is_dir():
        print(f"No shared test files at {folder}; nothing to compare.")
        return 0
    with tempfile.TemporaryDirectory() as scratch:
        results = [compare(path, Path(scratch)) for path in sorted(folder.glob("*.xml"))]
    width = max(len(r.name) for r in results)
    print("Task work (±1 min) and cost (±0.01) after import, against MS Project's stored values")
    print(
        f"{'file':<{width}}  {'tasks':>6}  {'assigned':>8}  {'agree':>6}  {'share':>7}  "
        f"{'unknown=0':>9}"
    )
    for r in results:
        print(
            f"{r.name:<{width}}  {r.tasks:>6}  {r.with_assignments:>8}  {r.agree:>6}  "
            f"{r.share:>7.1%}  {r.unknown_as_zero:>9}"
        )
    tasks = sum(r.tasks for r in results)
    agree = sum(r.agree for r in results)
    print(
        f"{'all files':<{width}}  {tasks:>6}  {sum(r.with_assignments for r in results):>8}  "
        f"{agree:>6}  {agree / tasks if tasks else 1:>7.1%}  "
        f"{sum(r.unknown_as_zero for r in results):>9}"
    )
    print(
        "unknown=0: tasks agreeing only because no rate prices them here (cost unknown) and "
        "MS Project stores no cost"
    )
    for r in results:
        for line in r.differences:
            print(f"  {r.name} {line}")
    target = next((r for r in results if r.name == TARGET_FILE), None)
    if target is not None:
        verdict = "reached" if target.share >= TARGET else "NOT reached"
        print(f"Target ≥ {TARGET:.0%} on {TARGET_FILE}: {target.share:.1%}, {verdict}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
