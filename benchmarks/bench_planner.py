"""Side by side: GNOME Planner and CPM Desktop open the same generated plan under Xvfb.

The plan is `bench_import.generated_plan(size)` for 1,000 and 10,000 tasks, written as a
Planner `.planner` file (`planner_file.py`); CPM Desktop's workspace is made from that very
file by `cpm-desktop import`, so both open the same tasks, outline and links. Each program is
started as a person starts it (`planner FILE`; `cpm-desktop --db FILE`, which shows the
workspace's project), with a fresh configuration folder (both at 1440 x 900, the app's own
first-start size; on a screen of 1600 x 1000), and killed after each sample.

What is timed: from just before the process starts to the first picture on the screen that
is the one the program ends up showing, but for at most NEARLY of the window's pixels (the
pointer's shape, a status message that goes, a selection highlighted after a pause): the plan
painted as the person will see it. The screen is read straight from Xvfb's memory-mapped frame
buffer every few milliseconds (`xvfb_screen.py`: no X request, so it barely slows the program
watched); the program is done when the picture has not changed for QUIET seconds and the
process used almost no CPU meanwhile (a window frozen while the program still works is not
the end). The same signal serves both programs whatever toolkit draws them; `xdotool` then
checks that the picture is the program's visible window and reads its title.

Each program is started once unmeasured (the file cache warm, the app's bytecode written
as an installed app has it), then SAMPLES times, the two taking turns; min and median are
printed with the issue's goals, then the same in the processes' CPU time up to that picture
(steadier when others share the machine), and the peak RSS (VmHWM) at the largest size.
`--shots DIR` saves the final picture of each as a PNG; `--sizes 1000` measures only the sizes
named. Needs Debian's `planner`, `xdotool`
and `xvfb` (`make bench` installs them); without them it says which are missing and exits 0
without figures. Asserts nothing.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import import generated_plan  # noqa: E402
from planner_file import planner_xml  # noqa: E402
from xvfb_screen import Screen, xvfb_screen  # noqa: E402

SIZES = (1_000, 10_000)
GOALS = {1_000: 1.5, 10_000: 0.4}  # CPM Desktop's time as a multiple of Planner's at most
RSS_GOAL_MB = 250
SAMPLES = 5
WINDOW = (1440, 900)
POLL = 0.005  # seconds between two looks at the screen
QUIET = 1.5  # seconds with the same picture (and the program idle) that mean "done"
IDLE_CPU = 0.15  # CPU seconds a program may use in those QUIET seconds and still be idle
# The picture counts as the final one when at most this share of the window's pixels differ:
# the pointer's shape, a status message that goes, a selection highlighted after a pause.
NEARLY = 0.005
TIMEOUT = 180.0
TOOLS = {"planner": "planner", "xdotool": "xdotool", "Xvfb": "xvfb"}  # command: package


@dataclass(slots=True)
class Sample:
    """One start of one program."""

    seconds: float  # process start to the final picture
    cpu_seconds: float  # the CPU time the process had used by then
    peak_rss_mb: float
    title: str
    settled: bool  # False: TIMEOUT passed before the picture and the program came to rest


@dataclass(slots=True)
class Shown:
    """A picture that appeared on the screen while a program started."""

    at: float  # seconds after the process started
    cpu_seconds: float  # the process's CPU time then
    picture: bytes


@dataclass(slots=True)
class Program:
    """How to start one of the two programs on a plan of a given size."""

    name: str
    argv: list[str]
    environment: dict[str, str]
    home: Path  # the configuration folder, made afresh before each start

    def fresh_home(self) -> None:
        """Empty the configuration folder (and seed Planner's window size)."""
        shutil.rmtree(self.home, ignore_errors=True)
        self.home.mkdir(parents=True)
        if self.name == "Planner":
            keyfile = self.home / "glib-2.0" / "settings" / "keyfile"
            keyfile.parent.mkdir(parents=True)
            keyfile.write_text(
                "[app/drey/Planner/ui]\n"
                f"main-window-width={WINDOW[0]}\nmain-window-height={WINDOW[1]}\n"
                "main-window-position-x=0\nmain-window-position-y=0\n"
                "main-window-maximized=false\n"
            )


def missing_tools() -> dict[str, str]:
    """The commands this benchmark needs that are not on the PATH, with their packages."""
    return {command: package for command, package in TOOLS.items() if not shutil.which(command)}


def app_command() -> str:
    """The app's launcher beside this Python (the project's venv), else on the PATH."""
    beside = Path(sys.executable).parent / "cpm-desktop"
    found = str(beside) if beside.exists() else shutil.which("cpm-desktop")
    if found is None:
        raise SystemExit("cpm-desktop is not installed in this Python's environment")
    return found


def cpu_seconds(pid: int) -> float:
    """User and system CPU time of a process so far."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mb(pid: int) -> float:
    """The process's peak resident set (VmHWM) in MiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def window_titles(screen: Screen, pid: int) -> list[str]:
    """Titles of the process's visible windows, as xdotool finds them."""
    environment = {**os.environ, "DISPLAY": screen.display}
    found = subprocess.run(
        ["xdotool", "search", "--onlyvisible", "--pid", str(pid)],
        capture_output=True,
        text=True,
        env=environment,
    ).stdout.split()
    titles = []
    for window in found:
        name = subprocess.run(
            ["xdotool", "getwindowname", window], capture_output=True, text=True, env=environment
        ).stdout.strip()
        titles.append(name)
    return titles


def stop(process: subprocess.Popen[bytes]) -> None:
    """End the program (it is killed: a person would close it, but that is not timed)."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def sample(screen: Screen, program: Program, shot: Path | None = None) -> Sample:
    """Start the program, wait until its picture and the program are at rest, and stop it."""
    program.fresh_home()
    blank = screen.picture()
    began = time.perf_counter()
    process = subprocess.Popen(
        program.argv,
        env=program.environment,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        shown: list[Shown] = []  # each new picture, when it appeared
        quiet_from, cpu_then, settled = began, 0.0, False
        while time.perf_counter() - began < TIMEOUT:
            time.sleep(POLL)
            if process.poll() is not None:
                error = process.stderr.read().decode(errors="replace") if process.stderr else ""
                raise RuntimeError(
                    f"{program.name} ended (exit {process.returncode}) before it showed the "
                    f"plan:\n{error.strip()[-2000:]}"
                )
            picture, now = screen.picture(), time.perf_counter()
            if picture != (shown[-1].picture if shown else blank):
                quiet_from, cpu_then = now, cpu_seconds(process.pid)
                shown.append(Shown(now - began, cpu_then, picture))
            elif shown and now - quiet_from >= QUIET:
                cpu_now = cpu_seconds(process.pid)
                if cpu_now - cpu_then <= IDLE_CPU:
                    settled = True
                    break
                quiet_from, cpu_then = now, cpu_now  # same picture, still working: wait on
        if not shown:
            raise RuntimeError(f"{program.name} showed nothing in {TIMEOUT:.0f} s")
        titles = window_titles(screen, process.pid)
        if not titles:
            raise RuntimeError(f"{program.name} shows no visible window of its own")
        if shot is not None:
            screen.save_png(shot)
        first = painted(screen, shown)
        return Sample(first.at, first.cpu_seconds, peak_rss_mb(process.pid), titles[0], settled)
    finally:
        stop(process)


def painted(screen: Screen, shown: list[Shown]) -> Shown:
    """The first picture that is the final one but for a few pixels."""
    final = shown[-1].picture
    limit = int(WINDOW[0] * WINDOW[1] * NEARLY)
    return next(s for s in shown if screen.pixels_apart(s.picture, final, limit) <= limit)


def prepare(size: int, folder: Path, display: str) -> tuple[Program, Program, str]:
    """Write the plan for Planner, import that file into a workspace, and the two programs."""
    plan = dataclasses.replace(generated_plan(size), name=f"Generated {size}-task plan")
    source = folder / f"generated-{size}.planner"
    source.write_bytes(planner_xml(plan))
    workspace = folder / f"generated-{size}.cpm"
    imported = subprocess.run(
        [app_command(), "import", "--db", str(workspace), str(source)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    counts = next(line for line in imported.splitlines() if line.startswith("Imported:"))
    base = {k: v for k, v in os.environ.items() if not k.startswith("QT_QPA")}
    base["DISPLAY"] = display
    planner = Program(
        "Planner",
        ["planner", str(source)],
        {**base, "GSETTINGS_BACKEND": "keyfile", "XDG_CONFIG_HOME": str(folder / "planner")},
        folder / "planner",
    )
    # An installed app starts from compiled bytecode; where the shell forbids writing it
    # (PYTHONDONTWRITEBYTECODE), the unmeasured first start writes it to a folder of ours.
    python = {k: v for k, v in base.items() if k != "PYTHONDONTWRITEBYTECODE"}
    python["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
    app = Program(
        "CPM Desktop",
        [app_command(), "--db", str(workspace)],
        {**python, "QT_QPA_PLATFORM": "xcb", "XDG_CONFIG_HOME": str(folder / "app")},
        folder / "app",
    )
    note = f"{source.stat().st_size / 2**20:.1f} MB .planner, {counts.lower()}"
    return planner, app, note


def summary(samples: list[Sample]) -> str:
    """Min and median seconds and the median CPU time, marked when a sample never came to rest."""
    times = [s.seconds for s in samples]
    cpu = statistics.median(s.cpu_seconds for s in samples)
    unsettled = sum(not s.settled for s in samples)
    mark = f" ({unsettled} never at rest)" if unsettled else ""
    return (
        f"min {min(times):5.2f} s  median {statistics.median(times):5.2f} s  "
        f"(CPU {cpu:5.2f} s){mark}"
    )


def run(screen: Screen, folder: Path, shots: Path | None, sizes: tuple[int, ...]) -> None:
    """Measure both programs at each size and print the figures."""
    for size in sizes:
        planner, app, note = prepare(size, folder, screen.display)
        print(f"{size:,} tasks: {note}")
        results: dict[str, list[Sample]] = {planner.name: [], app.name: []}
        for program in (planner, app):
            sample(screen, program)  # warm the file cache; not counted
        for _ in range(SAMPLES):
            for program in (planner, app):
                results[program.name].append(sample(screen, program))
        if shots is not None:
            for program in (planner, app):
                name = program.name.lower().replace(" ", "-")
                sample(screen, program, shots / f"{name}-{size}.png")
        for program in (planner, app):
            got = results[program.name]
            print(f"  {program.name:<12} {summary(got)}   window {got[-1].title!r}")
        ours = statistics.median(s.seconds for s in results[app.name])
        theirs = statistics.median(s.seconds for s in results[planner.name])
        print(
            f"open a {size:,}-task plan    Planner {theirs:.2f} s   CPM Desktop {ours:.2f} s   "
            f"ratio {ours / theirs:.1f}x   (goal <= {GOALS[size]}x Planner)"
        )
        # CPU time drifts less than wall time when others share the machine.
        ours = statistics.median(s.cpu_seconds for s in results[app.name])
        theirs = statistics.median(s.cpu_seconds for s in results[planner.name])
        print(
            f"  the same in CPU time      Planner {theirs:.2f} s   CPM Desktop {ours:.2f} s   "
            f"ratio {ours / theirs:.1f}x"
        )
        if size == max(sizes):
            peak = max(s.peak_rss_mb for s in results[app.name])
            other = max(s.peak_rss_mb for s in results[planner.name])
            print(
                f"peak RSS at {size:,} tasks    CPM Desktop {peak:.0f} MB   "
                f"(goal < {RSS_GOAL_MB} MB; Planner {other:.0f} MB)"
            )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--shots", type=Path, help="save each program's final picture here")
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        choices=SIZES,
        default=SIZES,
        help="the plan sizes to measure (default: all)",
    )
    options = parser.parse_args()
    missing = missing_tools()
    if missing:
        print(f"bench_planner: no comparison with GNOME Planner, {', '.join(missing)} missing.")
        print(f"  `make bench` installs them; or: apt-get install {' '.join(missing.values())}")
        print("  No figures this time.")
        return 0
    if options.shots is not None:
        options.shots.mkdir(parents=True, exist_ok=True)
    print(
        f"GNOME Planner and CPM Desktop under Xvfb, windows {WINDOW[0]}x{WINDOW[1]}, "
        f"{os.cpu_count()} cores; process start to the final picture, {SAMPLES} samples each"
    )
    with tempfile.TemporaryDirectory(prefix="bench-planner-") as folder, xvfb_screen() as screen:
        run(screen, Path(folder), options.shots, tuple(options.sizes))
    return 0


if __name__ == "__main__":
    sys.exit(main())
