"""MPXJ's scheduler recalculating our MS Project XML, compared with the dates of our schedule.

MPXJ's `org.mpxj.cpm.MicrosoftScheduler` (run by ../shared/tools/mpxj_dump.py --reschedule)
stands in for MS Project opening the file: it places every task again from the project start,
the file's links, constraints and actuals, ignoring the dates the file stores.

The comparison: each non-summary task of the plan (milestones included; summaries and the
project summary, UID 0, left out) gives two pairs, our start against MPXJ's rescheduled start
and our finish against its finish, compared as calendar days. MPXJ's date-times are read as
MS Project shows them (`oracle._their_day`: a start or a milestone is the date of its time, a
finish at or before 08:00 is the end of the working day before). A task MPXJ does not return
counts as two disagreements.

It needs a Java 11+ runtime on PATH, ../shared/tools/mpxj_dump.py, and PyPI once: the packages
mpxj and JPype1 go into a throwaway venv outside the clone ($CPM_MPXJ_VENV, else
`cpm-desktop-mpxj-venv` in the system's temporary folder), built on first use and reused.
`MpxjUnavailable` says which of these is missing. Shared by
tests/interchange/test_mspdi_mpxj_reschedule.py and benchmarks/compare_mspdi_export.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cpm_desktop.interchange.model import Plan
from cpm_desktop.interchange.mspdi_placement import outline, work_calendar
from tests.interchange.oracle import TESTDATA, _their_day

MPXJ_DUMP = TESTDATA.parents[1] / "tools" / "mpxj_dump.py"
PACKAGES = ("mpxj", "JPype1")


class MpxjUnavailable(Exception):
    """MPXJ cannot run here; the message says why (for a test's skip)."""


@dataclass(frozen=True, slots=True)
class DatePair:
    """One of our dates and the day MPXJ's scheduler gave it (None: MPXJ lost the task)."""

    uid: int
    name: str
    field: str
    ours: dt.date | None
    theirs: dt.date | None


@dataclass(slots=True)
class Agreement:
    """How many start/finish pairs of non-summary tasks MPXJ's schedule agrees with."""

    compared: int = 0
    matched: int = 0
    differences: list[DatePair] = field(default_factory=list)

    @property
    def share(self) -> float:
        """Fraction of the pairs that agree (1.0 for a plan without tasks)."""
        return self.matched / self.compared if self.compared else 1.0

    def report(self) -> str:
        """The figure and every disagreement, one per line."""
        lines = [f"{self.matched} of {self.compared} dates agree ({self.share:.1%})"]
        lines += [
            f"  UID {d.uid} {d.name!r} {d.field}: ours {d.ours}, MPXJ {d.theirs}"
            for d in self.differences
        ]
        return "\n".join(lines)


def mpxj_python() -> Path:
    """The Python of a venv with MPXJ, built on first use; MpxjUnavailable if it cannot be."""
    if not MPXJ_DUMP.is_file():
        raise MpxjUnavailable(f"{MPXJ_DUMP} is absent (../shared is not beside the clone)")
    if shutil.which("java") is None:
        raise MpxjUnavailable("no Java runtime (`java`) on PATH for MPXJ")
    home = Path(os.environ.get("CPM_MPXJ_VENV") or Path(tempfile.gettempdir()) / "cpm-mpxj-venv")
    if _has_mpxj(home):
        return _python_of(home)
    home.parent.mkdir(parents=True, exist_ok=True)
    # Built beside its place and renamed into it, so two runs at once never share a half venv.
    building = Path(tempfile.mkdtemp(prefix=f"{home.name}.", dir=home.parent))
    try:
        subprocess.run(
            [sys.executable, "-m", "venv", str(building)], check=True, capture_output=True
        )
        install = subprocess.run(
            [
                *(str(_python_of(building)), "-m", "pip", "install", "--quiet"),
                *("--disable-pip-version-check", "--retries", "1", "--timeout", "20"),
                *PACKAGES,
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if install.returncode != 0:
            raise MpxjUnavailable(
                f"could not install {' and '.join(PACKAGES)} from PyPI (no network?): "
                + (install.stderr.strip().splitlines() or ["pip failed"])[-1]
            )
        if home.exists() and not _has_mpxj(home):
            shutil.rmtree(home, ignore_errors=True)  # a broken venv of an interrupted run
        with contextlib.suppress(OSError):  # another run put its venv there first: use it
            building.rename(home)
    except (OSError, subprocess.SubprocessError) as error:
        raise MpxjUnavailable(f"could not make a venv for MPXJ: {error}") from error
    finally:
        shutil.rmtree(building, ignore_errors=True)
    if not _has_mpxj(home):
        raise MpxjUnavailable(f"the venv at {home} cannot import mpxj")
    return _python_of(home)


def reschedule(python: Path, files: list[Path], out_dir: Path) -> dict[str, dict[str, Any]]:
    """MPXJ's reading and rescheduling of each file (one JVM for all), by file name."""
    done = subprocess.run(
        [str(python), str(MPXJ_DUMP), *map(str, files), "--reschedule", "--out-dir", str(out_dir)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        raise RuntimeError(f"mpxj_dump.py failed:\n{done.stderr}")
    return {
        path.name: json.loads((out_dir / f"{path.name}.json").read_text("utf-8")) for path in files
    }


def agreement(plan: Plan, dump: dict[str, Any]) -> Agreement:
    """Compare the plan's own dates with MPXJ's rescheduling of the plan's MSPDI export."""
    rescheduled = dump.get("rescheduled", {})
    if "tasks" not in rescheduled:
        raise RuntimeError(f"MPXJ's scheduler failed: {rescheduled.get('error')}")
    theirs = {task["unique_id"]: task for task in rescheduled["tasks"]}
    calendar = work_calendar(plan.calendar)
    result = Agreement()
    for row in outline(plan.tasks):  # the writer's own UIDs
        if row.children:
            continue
        other = theirs.get(row.uid)
        for name, ours in (("start", row.task.start), ("finish", row.task.finish)):
            day = None
            if other is not None and other.get(name):
                day = _their_day(other[name], name, bool(other["milestone"]), calendar)
            result.compared += 1
            if ours is not None and ours == day:
                result.matched += 1
            else:
                result.differences.append(DatePair(row.uid, row.task.name, name, ours, day))
    return result


def _python_of(venv: Path) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _has_mpxj(venv: Path) -> bool:
    python = _python_of(venv)
    if not python.is_file():
        return False
    check = subprocess.run(
        [str(python), "-c", "import mpxj, jpype"], capture_output=True, timeout=120
    )
    return check.returncode == 0
