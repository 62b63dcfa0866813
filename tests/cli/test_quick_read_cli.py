"""`schedule` and `check` read a workspace at rest through plain sqlite3 (issue 24): the same
output as the full path, which stays the oracle here, and the full path wherever it must act."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.cli.render.schedule import schedule_table
from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.opening import open_for_reading
from cpm_desktop.services.plan.quick_schedule import quick_schedule_report
from cpm_desktop.services.plan.schedule_report import ScheduleReport, schedule_report
from cpm_desktop.services.portfolio.views import find_project_id
from tests.cli.support import assert_one_line_error, run_main
from tests.services.plan.test_plan_memory import STEPS, edit
from tests.stores import open_store
from tests.templates import copy_of

pytestmark = pytest.mark.file_only("the quick read reads the workspace file with sqlite3 alone")

OTHER_PROJECT = "ALP-CC"


def full_report(path: Path, code: str, scratch: Path) -> ScheduleReport:
    """The report of the full path (open for use, reschedule), on a copy of `path`."""
    copy = copy_of(path, scratch / f"oracle-{code}.cpm")
    with open_for_reading(copy) as workspace:
        found = workspace.run(find_project_id, code)
        assert found is not None
        return workspace.run(schedule_report, found)


def set_task_start(path: Path, days: int) -> None:
    """Move the stored start of one of the demo project's work tasks, as a file written by an
    older scheduler might hold it."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute(
            "UPDATE task SET start = date(start, ?) WHERE id = (SELECT max(id) FROM task "
            "WHERE project_id = (SELECT id FROM project WHERE code = ?) "
            "AND id NOT IN (SELECT parent_id FROM task WHERE parent_id IS NOT NULL))",
            (f"+{days} day", DEMO_PROJECT_CODE),
        )


@pytest.mark.parametrize("code", [DEMO_PROJECT_CODE, OTHER_PROJECT.lower()])
def test_the_quick_report_of_the_demo_is_the_full_paths(
    demo_file: Path, tmp_path: Path, code: str
) -> None:
    """On the demo at rest the quick path answers, and with the full path's report."""
    before = demo_file.read_bytes()
    quick = quick_schedule_report(demo_file, code)
    assert quick is not None
    assert quick == full_report(demo_file, code, tmp_path)
    assert demo_file.read_bytes() == before
    assert sorted(p.name for p in demo_file.parent.iterdir()) == ["demo.cpm"]


def test_the_command_prints_the_full_paths_table(demo_file: Path, tmp_path: Path) -> None:
    """`schedule` prints, byte for byte, the table of the full path's report."""
    expected = schedule_table(full_report(demo_file, DEMO_PROJECT_CODE, tmp_path)) + "\n"
    result = run_main("schedule", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE)
    assert result.returncode == 0, result.stderr
    assert result.stdout == expected


def test_stored_dates_that_moved_are_stored_by_the_full_path(
    demo_template: Path, tmp_path: Path
) -> None:
    """Stored dates the engine no longer computes: the quick path declines; `schedule` then
    reschedules and stores them, printing the same table, and the next run is quick again."""
    path = copy_of(demo_template, tmp_path / "stale.cpm")
    set_task_start(path, 3)
    assert quick_schedule_report(path, DEMO_PROJECT_CODE) is None
    expected = schedule_table(full_report(path, DEMO_PROJECT_CODE, tmp_path)) + "\n"
    result = run_main("schedule", "--db", str(path), "--project", DEMO_PROJECT_CODE)
    assert result.stdout == expected
    again = quick_schedule_report(path, DEMO_PROJECT_CODE)
    assert again is not None
    assert schedule_table(again) + "\n" == expected


def test_the_quick_path_declines_what_only_the_full_path_answers(
    demo_template: Path, tmp_path: Path
) -> None:
    """An unknown project, a loop of links, a file in use: None, and the command's answer is
    the full path's (its error for the first two)."""
    path = copy_of(demo_template, tmp_path / "plan.cpm")
    assert quick_schedule_report(path, "NOPE") is None
    assert_one_line_error(run_main("schedule", "--db", str(path), "--project", "NOPE"), "NOPE")

    lock = path.with_name(path.name + ".lock")
    lock.write_text("{}")  # as a crash leaves it: nobody holds it
    assert quick_schedule_report(path, DEMO_PROJECT_CODE) is None
    assert run_main("schedule", "--db", str(path), "--project", DEMO_PROJECT_CODE).returncode == 0
    lock.unlink(missing_ok=True)

    with closing(sqlite3.connect(path)) as connection, connection:
        project, first, second = connection.execute(
            "SELECT project_id, predecessor_id, successor_id FROM dependency "
            "WHERE project_id = (SELECT id FROM project WHERE code = ?) LIMIT 1",
            (DEMO_PROJECT_CODE,),
        ).fetchone()
        connection.execute(
            "INSERT INTO dependency (project_id, predecessor_id, successor_id, type, lag) "
            "VALUES (?, ?, ?, 'FS', 0)",
            (project, second, first),
        )
    assert quick_schedule_report(path, DEMO_PROJECT_CODE) is None
    assert_one_line_error(
        run_main("schedule", "--db", str(path), "--project", DEMO_PROJECT_CODE), "loop"
    )


def test_json_takes_the_full_path(demo_file: Path) -> None:
    """`--json` adds the team's costs, which only the full path reads: the same document as
    before, with the quick path's dates in it."""
    result = run_main("schedule", "--db", str(demo_file), "--project", DEMO_PROJECT_CODE, "--json")
    assert result.returncode == 0, result.stderr
    assert '"work_hours"' in result.stdout


@settings(
    max_examples=12,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    actions=st.lists(
        st.tuples(st.sampled_from(list(STEPS)), st.integers(0, 10_000)), min_size=1, max_size=5
    ),
    stale=st.sampled_from([0, 0, 1, 40]),
)
def test_after_any_edits_the_quick_path_agrees_with_the_full_one(
    demo_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    actions: list[tuple[str, int]],
    stale: int,
) -> None:
    """Edits of every kind (moves, links, progress, outline, status date, holidays), then
    perhaps a stored date made stale: the quick path answers exactly when the file holds what
    the engine computes, and then with the full path's report."""
    folder = tmp_path_factory.mktemp("quick")
    path = copy_of(demo_template, folder / "demo.cpm")
    with open_store(path) as workspace:
        project_id = workspace.run(find_project_id, DEMO_PROJECT_CODE)
        assert project_id is not None
        for action, n in actions:
            edit(workspace, project_id, action, n)
    if stale:
        set_task_start(path, stale)
    quick = quick_schedule_report(path, DEMO_PROJECT_CODE)
    full = full_report(path, DEMO_PROJECT_CODE, folder)
    if stale:
        assert quick is None
    else:
        assert quick == full
    other = quick_schedule_report(path, OTHER_PROJECT)
    assert other == full_report(path, OTHER_PROJECT, folder)


def test_the_quick_commands_load_no_sqlalchemy_nor_babel(demo_file: Path) -> None:
    """The whole process of `schedule` and `check` on a workspace at rest loads neither
    SQLAlchemy nor Alembic nor Babel (most of what they cost before issue 24)."""
    script = (
        "import sys\n"
        "from cpm_desktop.cli import main\n"
        f"assert main(['schedule', '--db', {str(demo_file)!r}, '--project', 'NHL-WMS']) == 0\n"
        f"assert main(['check', '--db', {str(demo_file)!r}]) == 0\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & "
        "{'sqlalchemy', 'alembic', 'babel'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "[]"


def test_a_read_only_copy_is_read_the_same(demo_file: Path, tmp_path: Path) -> None:
    """A read-only file (the full path opens it read-only) gives the same table quickly."""
    path = tmp_path / "ro.cpm"
    shutil.copyfile(demo_file, path)
    path.chmod(0o444)
    try:
        quick = quick_schedule_report(path, DEMO_PROJECT_CODE)
        assert quick is not None
        assert quick == full_report(demo_file, DEMO_PROJECT_CODE, tmp_path)
    finally:
        path.chmod(0o644)
