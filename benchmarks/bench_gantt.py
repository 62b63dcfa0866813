"""The Timeline on a generated 10,000-task project, offscreen: how fast it opens, scrolls,
zooms and takes a bar move, and how much memory it needs. Prints figures; asserts nothing.

Goals (issue 24): a 3-row scroll step and its repaint <= 8 ms, a zoom step and its repaint
<= 16 ms, a bar move within its slack (reschedule, commit, repaint) <= 60 ms and one on the
critical path <= 150 ms, peak RSS of the window < 250 MB; from issue 5: first frame <= 2 s.
The project is generated and imported in a child process, so the peak RSS is the window's own.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generated_plan  # noqa: E402
from bench_schedule import calendar_calls  # noqa: E402

from cpm_desktop.services.plan.timeline import TimelineTask  # noqa: E402

SIZE = 10_000


def median_ms(samples: list[float]) -> str:
    """Median and worst of samples in seconds, as milliseconds."""
    return (
        f"median {statistics.median(samples) * 1000:6.1f} ms   worst {max(samples) * 1000:6.1f} ms"
    )


def spread_ms(samples: list[float]) -> str:
    """Least, median and worst of samples in seconds, as milliseconds."""
    least, middle, worst = (1000 * f(samples) for f in (min, statistics.median, max))
    return f"min {least:5.1f}   median {middle:5.1f}   worst {worst:6.1f} ms"


def build(path: Path) -> None:
    """Import the generated plan into a new workspace at `path`; write its code beside it."""
    began = time.perf_counter()
    from cpm_desktop.services.interchange.importing import import_plan
    from cpm_desktop.workspace import create_workspace

    with create_workspace(path) as ws:
        result = ws.run(import_plan, generated_plan(SIZE))
    path.with_suffix(".code").write_text(result.code, encoding="utf-8")
    print(
        f"generated {SIZE} tasks, {len(result.lines())} report lines, "
        f"in {time.perf_counter() - began:.1f} s (not measured below)"
    )


def settle() -> None:
    """Let deferred work (the driving-chain highlight after a pause) run outside a sample."""
    from PySide6.QtWidgets import QApplication

    deadline = time.perf_counter() + 1.0
    while time.perf_counter() < deadline:
        QApplication.processEvents()
        time.sleep(0.02)


def timed(action: Callable[[], object], repeats: int) -> list[float]:
    """Wall-clock seconds of each run of `action`, deferred work settled before each."""
    samples = []
    for _ in range(repeats):
        settle()
        began = time.perf_counter()
        action()
        samples.append(time.perf_counter() - began)
    return samples


def host_speed() -> None:
    """Print bench_schedule's calendar line: the same pure code every run, so the host's speed."""
    print(f"calendar line: {calendar_calls():.0f} ms (the host's speed; 94-100 ms when quiet)")


def main() -> int:
    """Build the project, open the window on it, and print the figures."""
    folder = Path(tempfile.mkdtemp(prefix="bench-gantt-"))
    path = folder / "big.cpm"
    print(
        f"CPM Desktop Gantt benchmark · Python {platform.python_version()} · {os.cpu_count()} cores"
    )
    sys.stdout.flush()  # before the child's line
    subprocess.run([sys.executable, __file__, "--build", str(path)], check=True)
    code = path.with_suffix(".code").read_text(encoding="utf-8")

    # -- launch to first painted frame ---------------------------------------------------
    launch = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from cpm_desktop.services.opening import open_for_use
    from cpm_desktop.ui.main_window import MainWindow
    from cpm_desktop.ui.settings import AppSettings
    from cpm_desktop.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    settings = AppSettings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(open_for_use(path), settings)
    window.resize(1600, 1000)
    chart = window.timeline.view.chart
    painted: list[float] = []

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and not painted:
                painted.append(time.perf_counter())
            return False

    watch = PaintWatch()
    chart.viewport().installEventFilter(watch)
    window.start(code)
    window.show()
    while not painted:
        app.processEvents()
    app.processEvents()
    first_frame = time.perf_counter() - launch
    print(f"launch to first painted frame      {first_frame * 1000:7.0f} ms   (goal <= 2000 ms)")

    table = window.timeline.view.table
    bar = table.verticalScrollBar()
    step = table.row_height() * 3

    def scroll() -> None:
        # As the wheel does it: the table blits what stays on screen and paints the new
        # rows; the chart paints its viewport. processEvents() runs both paints.
        bar.setValue(bar.value() + step)
        app.processEvents()

    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    print(f"scroll step (3 rows) + repaint     {spread_ms(timed(scroll, 60))}   (goal <= 8 ms)")

    def zoom() -> None:
        if chart.zoom_level >= len(chart.ZOOM_LEVELS) - 1:
            chart.set_zoom(0)
        else:
            chart.zoom_in()
        app.processEvents()

    print(f"zoom step + repaint                {spread_ms(timed(zoom, 16))}   (goal <= 16 ms)")

    def moves(pick: Callable[[TimelineTask], bool], days: int) -> list[float]:
        """Drag seven tasks chosen by `pick` `days` later, each through to the repaint."""
        samples = []
        for _ in range(7):
            current = window.timeline.current_timeline
            assert current is not None
            task = next(t for t in current.tasks if pick(t))
            assert task.start is not None
            settle()
            began = time.perf_counter()
            chart.sig_move_requested.emit(task.id, task.start + dt.timedelta(days=days))
            app.processEvents()
            samples.append(time.perf_counter() - began)
        return samples

    def movable(task: TimelineTask) -> bool:
        return not task.is_summary and task.start is not None and task.actual_start is None

    host_speed()
    # Within its slack only the task and its summaries move; on the critical path the finish
    # moves, so every task's slack changes (shown, not stored) and its successors are rewritten.
    slack = moves(lambda t: movable(t) and (t.total_slack or 0) >= 30 and t.constraint == "ASAP", 2)
    print(
        f"bar move within its slack → reschedule, commit, repaint  {median_ms(slack)}"
        "   (goal <= 60 ms)"
    )
    critical = moves(lambda t: movable(t) and t.is_critical and t.constraint == "ASAP", 7)
    print(
        f"bar move on the critical path (every row's slack)       {median_ms(critical)}"
        "   (goal <= 150 ms)"
    )

    def step_back_and_forth() -> tuple[list[float], list[float]]:
        """Undo the last critical move and redo it, five times, each through to the repaint."""
        undone, redone = [], []
        for action, samples in [(window.undo_action, undone), (window.redo_action, redone)] * 5:
            settle()
            began = time.perf_counter()
            action.trigger()
            app.processEvents()
            samples.append(time.perf_counter() - began)
        return undone, redone

    undone, redone = step_back_and_forth()
    print(f"undo of that move                 {median_ms(undone)}   (an edit: <= 150 ms)")
    print(f"redo of that move                 {median_ms(redone)}   (an edit: <= 150 ms)")
    host_speed()

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS                           {peak:7.0f} MB   (goal < 250 MB)")
    window.close()
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["--build"]:
        build(Path(sys.argv[2]))
        sys.exit(0)
    sys.exit(main())
