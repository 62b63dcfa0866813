"""The Overview's reads on a generated 10,000-task project with 1,000 risks and 1,000 changes.

Prints the median seconds of: the project's overview (KPIs, commentary, next milestones,
billing: what the Overview tab reads when shown, and after each edit while it is shown) and
the workspace's portfolio (`kpi_report`, what the portfolio view reads). Asserts nothing.

Target (issue 11): both well under a second, so showing the tab never feels like a wait.
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_export import build  # noqa: E402

from cpm_desktop.services.portfolio.kpis import kpi_report  # noqa: E402
from cpm_desktop.services.portfolio.overview import project_overview  # noqa: E402
from cpm_desktop.workspace import open_workspace  # noqa: E402

REPEATS = 5


def median_seconds(action: object, *args: object, **kwargs: object) -> float:
    """Median seconds of REPEATS calls of `action`."""
    samples = []
    for _ in range(REPEATS):
        began = time.perf_counter()
        action(*args, **kwargs)  # type: ignore[operator]
        samples.append(time.perf_counter() - began)
    return statistics.median(samples)


def main() -> int:
    """Build the workspace, then time each read."""
    print(
        f"CPM Desktop overview benchmark · Python {platform.python_version()} · "
        f"{os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory(prefix="bench-overview-") as folder:
        path = Path(folder) / "big.cpm"
        build(path)
        with open_workspace(path, backup=False) as ws:
            overview = median_seconds(ws.run, project_overview, 1)
            portfolio = median_seconds(ws.run, kpi_report)
    print(f"project overview (10,000 tasks): {overview:.2f} s")
    print(f"portfolio KPIs (the workspace):  {portfolio:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
