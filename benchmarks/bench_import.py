"""Import speed: a generated 10,000-task MS Project XML file, read and imported.

Prints the file size and the time of each step; asserts nothing.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_schedule import START, synthetic_network  # noqa: E402

from cpm_desktop.interchange.formats import read_plan_file  # noqa: E402
from cpm_desktop.interchange.model import Plan, PlanLink, PlanTask  # noqa: E402
from cpm_desktop.interchange.mspdi_write import write_mspdi  # noqa: E402
from cpm_desktop.services.interchange.importing import import_plan  # noqa: E402
from cpm_desktop.workspace import create_workspace  # noqa: E402

SIZE = 10_000


def generated_plan(size: int) -> Plan:
    """The scheduling benchmark's network as a plan (no progress: a fresh plan to import)."""
    specs, links = synthetic_network(size)
    tasks = [
        PlanTask(
            str(t.id),
            t.name,
            str(t.parent_id) if t.parent_id else None,
            duration=t.duration,
            is_milestone=t.duration == 0,
        )
        for t in specs
    ]
    return Plan(
        name="Generated 10k plan",
        start_date=START,
        tasks=tasks,
        links=[PlanLink(str(x.predecessor), str(x.successor), x.type, x.lag) for x in links],
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "generated.xml"
        began = time.perf_counter()
        source.write_bytes(write_mspdi(generated_plan(SIZE)))
        print(
            f"write {SIZE} tasks as MS Project XML: {time.perf_counter() - began:.2f} s, "
            f"{source.stat().st_size / 2**20:.1f} MB"
        )
        began = time.perf_counter()
        plan = read_plan_file(source)
        read = time.perf_counter() - began
        with create_workspace(Path(folder) / "w.cpm") as workspace:
            began = time.perf_counter()
            result = workspace.run(import_plan, plan)
            stored = time.perf_counter() - began
        print(f"read and parse: {read:.2f} s")
        print(f"import into a workspace (one transaction, scheduled): {stored:.2f} s")
        print(f"total import: {read + stored:.2f} s for {result.notes.counts}")
        print(f"scheduled finish: {result.finish or dt.date.min}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
