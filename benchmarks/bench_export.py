"""The client workbook of a big project: 10,000 tasks, 1,000 risks, 1,000 change requests.

Prints the time to gather the content, to write the workbook, the peak RSS of the export, and
the time plain openpyxl takes to write the same cell values with no styling at all, as
ratios: the writing alone, and the whole export (gathering and writing) as issue 24 measures
it. Also measures the Gantt drawn as a fill in every bar cell, the alternative to the
conditional formats the writer uses. Asserts nothing. Each figure is the median of REPEATS
runs, in wall-clock seconds and in the process's CPU seconds (steadier on a shared machine).

Targets (issue 8): the export in 4 s or less, and 1.5 × plain openpyxl or less; (issue 24)
the whole export within 1.1 × plain openpyxl.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generated_plan  # noqa: E402
from bench_schedule import STATUS  # noqa: E402

from cpm_desktop.reports.excel.content import ClientWorkbook  # noqa: E402

SIZE, RISKS, CHANGES = 10_000, 1_000, 1_000
REPEATS = 3
OWNERS = ("Anna Weber", "Daniel Hoffmann", "Miriam Albers (Nordhaven)", "Lukas Brandt", "")
WORDS = (
    "carrier",
    "interface",
    "pallet",
    "scanner",
    "training",
    "label",
    "migration",
    "wave",
    "supplier",
    "budget",
    "go-live",
    "inbound",
    "key users",
    "SAP",
)


def sentence(rng: random.Random, words: int) -> str:
    """Plausible register text of `words` words."""
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def build(path: Path) -> None:
    """A workspace with the generated plan (owners, costs, a baseline), risks and changes."""
    from cpm_desktop.services.changes.requests import add_change_request, transition
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.services.plan.baselines import save_baseline
    from cpm_desktop.services.portfolio.projects import set_status_date
    from cpm_desktop.services.risks.register import add_risk
    from cpm_desktop.workspace import create_workspace

    rng = random.Random(8)
    plan = generated_plan(SIZE)
    plan = replace(
        plan,
        tasks=[
            replace(
                t,
                owner=rng.choice(OWNERS),
                budget_cost=Decimal(rng.randint(0, 40) * 500),
                name=f"{t.name}: {sentence(rng, rng.randint(2, 6))}",
            )
            for t in plan.tasks
        ],
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
                    f"Risk {n}: {sentence(rng, 5)}",
                    on=STATUS,
                    description=sentence(rng, rng.randint(5, 40)),
                    owner=rng.choice(OWNERS),
                    category=rng.choice(("Supplier", "Technical", "Data", "Schedule")),
                    probability=rng.randint(1, 5),
                    impact=rng.randint(1, 5),
                    mitigation=sentence(rng, rng.randint(5, 25)),
                    cost_impact=Decimal(rng.randint(0, 100) * 250),
                    review_on=STATUS + dt.timedelta(days=rng.randint(1, 60)),
                )
            for n in range(CHANGES):
                cr = add_change_request(
                    s,
                    project_id,
                    f"Change {n}: {sentence(rng, 4)}",
                    on=STATUS,
                    description=sentence(rng, rng.randint(5, 40)),
                    reason=sentence(rng, rng.randint(3, 12)),
                    schedule_days=rng.randint(0, 10),
                    cost_impact=Decimal(rng.randint(0, 200) * 100),
                    effort_days=rng.randint(0, 20),
                )
                if n % 3:
                    transition(s, cr.id, "submitted", on=STATUS)


def timed(action: Callable[[], object]) -> tuple[float, object]:
    """Median seconds of REPEATS runs of `action`, and its last result."""
    (seconds, _cpu), result = clocked(action)
    return seconds, result


def clocked(action: Callable[[], object]) -> tuple[tuple[float, float], object]:
    """Median wall-clock and CPU seconds of REPEATS runs of `action`, and its last result."""
    walls, cpus, result = [], [], None
    for _ in range(REPEATS):
        began, began_cpu = time.perf_counter(), time.process_time()
        result = action()
        walls.append(time.perf_counter() - began)
        cpus.append(time.process_time() - began_cpu)
    return (statistics.median(walls), statistics.median(cpus)), result


def plain_rows(book: ClientWorkbook) -> Iterator[tuple[str, list[list[object]]]]:
    """Every value the workbook holds, sheet by sheet, as plain rows (no formats, no rules)."""
    from cpm_desktop.reports.excel.gantt_columns import week_grid
    from cpm_desktop.reports.excel.state_sheet import state_rows

    f = book.summary
    summary: list[list[object]] = [[f.project_name], [f.client], [f.manager], [f.status_date]]
    summary += [[name, value] for name, value in f.earned_value]
    summary += [[wbs, name, day] for wbs, name, day in f.next_milestones]
    summary += [[k.label, k.value, k.rag] for k in book.kpis]
    yield "Summary", summary
    grid = week_grid(book.schedule, book.status_date, 17)
    weeks = [grid.monday + dt.timedelta(weeks=n) for n in range(grid.weeks)] if grid else []
    schedule: list[list[object]] = [["Schedule"], ["subtitle"], ["WBS"] * 16 + weeks]
    schedule += [
        [
            t.wbs,
            t.name,
            "Task",
            t.duration,
            t.start,
            t.finish,
            t.percent_complete,
            t.predecessors,
            t.owner,
            t.total_slack,
            "Yes" if t.is_critical else "No",
            t.baseline_start,
            t.baseline_finish,
            t.finish_variance,
            t.budget_cost,
            t.actual_cost,
        ]
        for t in book.schedule
    ]
    yield "Schedule", schedule
    for table in book.tables:
        rows: list[list[object]] = [[table.title], ["subtitle"]]
        rows += [[f.label, f.value] for f in table.figures]
        rows.append([c.header for c in table.columns])
        keys = table.keys or ("",) * len(table.rows)
        rows += [[*row, key] for row, key in zip(table.rows, keys, strict=True)]
        yield table.name, rows
    yield "_cpm", [list(row) for row in state_rows(book)]


def plain_openpyxl(book: ClientWorkbook) -> bytes:
    """The workbook's values written by openpyxl as plainly as it can: append, then save."""
    from openpyxl import Workbook

    workbook = Workbook()
    workbook.remove(workbook.active)
    for name, rows in plain_rows(book):
        sheet = workbook.create_sheet(name)
        for row in rows:
            sheet.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def gantt_as_fills(book: ClientWorkbook) -> float:
    """Seconds to write the Gantt's bar cells with a fill each (the rejected alternative)."""
    from openpyxl import Workbook

    from cpm_desktop.reports.excel.cells import SheetCells
    from cpm_desktop.reports.excel.gantt_columns import week_grid
    from cpm_desktop.reports.excel.styles import CellStyles, Look, solid

    began = time.perf_counter()
    workbook = Workbook()
    styles = CellStyles(workbook, book.currency)
    fill = styles.define("bar", Look(fill=solid("#a9c8e8")))
    cells = SheetCells(workbook.active, styles)
    grid = week_grid(book.schedule, book.status_date, 17)
    assert grid is not None
    count = 0
    for row, task in enumerate(book.schedule, start=4):
        if task.start is None or task.finish is None:
            continue
        first = grid.column_of(task.start) or grid.first_column
        last = grid.column_of(task.finish) or grid.last_column
        for column in range(first, last + 1):
            cells.put(row, column, None, fill)
            count += 1
    workbook.save(io.BytesIO())
    seconds = time.perf_counter() - began
    print(f"  (Gantt as a fill per bar cell: {count:,} cells)")
    return seconds


def measure(path: Path) -> int:
    """The figures, in this (fresh) process so that its peak RSS is the export's."""
    from cpm_desktop.reports.excel.gantt_columns import week_grid
    from cpm_desktop.reports.excel.workbook_file import workbook_bytes
    from cpm_desktop.scheduling.collector import collector_paused
    from cpm_desktop.services.client_workbook.export import client_workbook
    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.services.portfolio.views import portfolio

    with open_for_use(path) as ws:
        (project_id,) = [p.id for c in ws.run(portfolio) for p in c.projects]
        (content_s, content_cpu), book = clocked(lambda: ws.run(client_workbook, project_id))
    assert isinstance(book, ClientWorkbook)
    (write_s, write_cpu), data = clocked(lambda: workbook_bytes(book))
    assert isinstance(data, bytes)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    (plain_s, plain_cpu), plain = clocked(lambda: plain_openpyxl(book))
    assert isinstance(plain, bytes)
    with collector_paused():  # as the export runs: how much of the gap is the collector's
        unswept_s, _plain = timed(lambda: plain_openpyxl(book))
    fills_s = gantt_as_fills(book)
    grid = week_grid(book.schedule, book.status_date, 17)
    weeks = f"{grid.weeks} weeks{' (cut)' if grid.cut else ''}" if grid else "none"
    print(
        f"{len(book.schedule):,} tasks, {len(book.tables[1].rows):,} risks, "
        f"{len(book.tables[2].rows):,} change requests; Gantt: {weeks}"
    )
    print(f"gather the content (services)     {content_s:6.2f} s")
    print(f"write the workbook (.xlsx)       {write_s:6.2f} s   ({len(data) / 2**20:.1f} MB)")
    print(f"export in all                     {content_s + write_s:6.2f} s   (target <= 4)")
    print(f"plain openpyxl, same values       {plain_s:6.2f} s   ({len(plain) / 2**20:.1f} MB)")
    print(f"  the same, the collector paused  {unswept_s:6.2f} s")
    print(f"styled / plain                    {write_s / plain_s:6.2f} ×   (target <= 1.5)")
    whole, whole_cpu = (content_s + write_s) / plain_s, (content_cpu + write_cpu) / plain_cpu
    print(
        f"export in all / plain openpyxl     {whole:6.2f} ×   ({whole_cpu:.2f} × in CPU "
        f"seconds: {content_cpu + write_cpu:.2f} / {plain_cpu:.2f})   (target <= 1.1)"
    )
    print(f"Gantt as cell fills alone         {fills_s:6.2f} s   (not used: the bars are rules)")
    print(f"peak RSS of the export            {rss:6.0f} MB")
    return 0


def main() -> int:
    """Build the workspace once, then measure in a fresh process."""
    if len(sys.argv) == 3 and sys.argv[1] == "--measure":
        return measure(Path(sys.argv[2]))
    print(
        f"CPM Desktop client workbook benchmark · Python {platform.python_version()} · "
        f"{os.cpu_count()} cores"
    )
    with tempfile.TemporaryDirectory(prefix="bench-export-") as folder:
        path = Path(folder) / "big.cpm"
        began = time.perf_counter()
        build(path)
        print(f"built the workspace in {time.perf_counter() - began:.1f} s (not measured)")
        return subprocess.call([sys.executable, __file__, "--measure", str(path)])


if __name__ == "__main__":
    sys.exit(main())
