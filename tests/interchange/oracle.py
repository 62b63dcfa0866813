"""Compare our schedule of a real plan file with the dates the other tool stored.

MS Project files: against the dates an independent reader (MPXJ) saw. GanttProject files: against
the start each task has in the file and the finish GanttProject draws from it (start plus
duration in working days of the file's calendar, which test_gan_read checks against MPXJ).

Shared by tests/interchange/test_acceptance.py and benchmarks/compare_interchange.py.
"""

from __future__ import annotations

import atexit
import datetime as dt
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from cpm_desktop.interchange.formats import read_plan_file
from cpm_desktop.scheduling import WorkCalendar
from cpm_desktop.services.interchange.importing import import_plan
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import Workspace, create_workspace, open_workspace

TESTDATA = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "interchange"
# Saved without recalculation: its stored dates are not MS Project's schedule of its data.
NOT_RECALCULATED = frozenset({"aspose-not-updated.xml"})


@dataclass(frozen=True, slots=True)
class DateDifference:
    """One date where we and the file disagree."""

    uid: str
    name: str
    field: str
    ours: dt.date | None
    theirs: dt.date


@dataclass(slots=True)
class FileComparison:
    """Start and finish of every non-summary task of one file, ours against the file's."""

    name: str
    expected: int = 0  # start and finish of every non-summary task MPXJ read
    compared: int = 0
    matched: int = 0
    differences: list[DateDifference] = field(default_factory=list)
    counted: bool = True  # False for files saved without recalculation

    @property
    def share(self) -> float:
        """Fraction of the compared dates that agree."""
        return self.matched / self.compared if self.compared else 1.0


def mspdi_files() -> list[Path]:
    """The real MS Project XML files, if ../shared is beside the clone."""
    return sorted((TESTDATA / "mspdi").glob("*.xml"))


def gan_files() -> list[Path]:
    """The real GanttProject files, if ../shared is beside the clone."""
    return sorted((TESTDATA / "gan").glob("*.gan"))


def _scratch_workspace(folder: Path) -> Workspace:
    """A new, empty workspace in `folder`: a copy of one made once per process (migrating a
    new file for every comparison cost seconds in all)."""
    path = folder / "oracle.cpm"
    shutil.copyfile(_empty_workspace(), path)
    return open_workspace(path, backup=False)


@cache
def _empty_workspace() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="cpm-oracle-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    create_workspace(folder / "empty.cpm").close()
    return folder / "empty.cpm"


def compare_gan_file(path: Path, *, summaries: bool = False) -> FileComparison:
    """Import a .gan, schedule it, compare each work task's (or summary's) dates with the file's."""
    plan = read_plan_file(path)
    file_dates = {t.key: (t.start, t.finish) for t in plan.tasks}
    comparison = FileComparison(path.name)
    with tempfile.TemporaryDirectory() as folder, _scratch_workspace(Path(folder)) as workspace:
        result = workspace.run(import_plan, plan)
        rows = workspace.run(views.task_rows, result.project_id)
    for spec, row in zip(plan.tasks, rows, strict=True):
        if row.is_summary != summaries:
            continue
        start, finish = file_dates[spec.key]
        for name, ours, theirs in (("start", row.start, start), ("finish", row.finish, finish)):
            assert theirs is not None  # the reader refuses a task without a start
            comparison.expected += 1
            comparison.compared += 1
            if ours == theirs:
                comparison.matched += 1
            else:
                comparison.differences.append(
                    DateDifference(spec.key, spec.name, name, ours, theirs)
                )
    return comparison


def compare_file(path: Path) -> FileComparison:
    """Import `path` into a scratch workspace, schedule it, compare with expected/<name>.json."""
    expected = json.loads((TESTDATA / "expected" / f"{path.name}.json").read_text("utf-8"))
    theirs = {str(t["unique_id"]): t for t in expected["tasks"]}
    plan = read_plan_file(path)
    calendar = WorkCalendar(
        plan.calendar.working_weekdays, [day for day, _ in plan.calendar.holidays]
    )
    comparison = FileComparison(path.name, counted=path.name not in NOT_RECALCULATED)
    comparison.expected = sum(
        (t["start"] is not None) + (t["finish"] is not None)
        for t in expected["tasks"]
        if not t.get("summary") and t["unique_id"] != 0
    )
    with tempfile.TemporaryDirectory() as folder, _scratch_workspace(Path(folder)) as workspace:
        result = workspace.run(import_plan, plan)
        rows = workspace.run(views.task_rows, result.project_id)
    for spec, row in zip(plan.tasks, rows, strict=True):
        other = theirs.get(spec.key)
        if row.is_summary or other is None or other.get("summary"):
            continue
        milestone = bool(other.get("milestone"))
        for name, ours, text in (
            ("start", row.start, other["start"]),
            ("finish", row.finish, other["finish"]),
        ):
            if not text:
                continue
            wanted = _their_day(text, name, milestone, calendar)
            comparison.compared += 1
            if ours == wanted:
                comparison.matched += 1
            else:
                comparison.differences.append(
                    DateDifference(spec.key, spec.name, name, ours, wanted)
                )
    return comparison


def _their_day(text: str, which: str, milestone: bool, calendar: WorkCalendar) -> dt.date:
    """The day MS Project shows for a stored date-time, in our (day-based) convention."""
    moment = dt.datetime.fromisoformat(text)
    day = moment.date()
    if milestone or which == "start":
        return day  # MS Project's Start column shows the date of the start time as it is
    if moment.time() <= dt.time(8, 0):
        return calendar.previous_working_day(day - dt.timedelta(days=1))  # end of the day before
    return day
