"""Undo loses nothing: any sequence of edits, undone, leaves every table as it was; redone, as
it became. Edits run through the same Editor and undo stack as the Timeline's menus and mouse.

The audit trail is the one table that only grows: undo and redo add entries saying so, and the
entries already there are never touched.
"""

from __future__ import annotations

import datetime as dt
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cpm_desktop.services.plan import dependencies, tasks
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.plan.predecessors import set_predecessors
from cpm_desktop.services.plan.task_dates import move_task_start, set_task_finish
from cpm_desktop.services.plan.timeline import Timeline, timeline
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.ui.undo import Editor, edit
from cpm_desktop.workspace import create_workspace, open_workspace
from tests.file_safety import rows_of
from tests.services.support import MONDAY, add_tasks, make_project

Rows = dict[str, list[tuple[Any, ...]]]


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    """A project of two phases, a milestone and links of each type, built once."""
    path = tmp_path_factory.mktemp("undo") / "template.cpm"
    with create_workspace(path) as ws:
        project_id = make_project(ws).project_id
        ids = add_tasks(ws, project_id, "Design", "Build", "Go-live", duration=3)
        with ws.transaction() as s:
            for phase, names in (("Design", ("Sketch", "Review")), ("Build", ("Code", "Test"))):
                for name in names:
                    ids[name] = tasks.add_task(s, project_id, name, parent_id=ids[phase]).id
            tasks.edit_task(s, ids["Go-live"], is_milestone=True)
            for pred, succ, kind in (
                ("Sketch", "Review", "FS"),
                ("Review", "Code", "SS"),
                ("Code", "Test", "FF"),
                ("Test", "Go-live", "FS"),
            ):
                dependencies.add_dependency(s, ids[pred], ids[succ], kind, 1)
            set_status_date(s, project_id, MONDAY + dt.timedelta(days=7))
            tasks.edit_task(s, ids["Sketch"], percent_complete=50)
    return path, project_id


def without_audit(rows: Rows) -> Rows:
    """All tables but the append-only audit trail."""
    return {name: content for name, content in rows.items() if name != "audit_entry"}


# An edit is drawn as (kind, a, b, c): small numbers the kind turns into a task, a date...
Step = tuple[str, int, int, int]
KINDS = (
    "add",
    "rename",
    "duration",
    "percent",
    "owner",
    "move",
    "finish",
    "predecessors",
    "link",
    "delete",
    "indent",
    "outdent",
    "up",
    "down",
    "baseline",
    "milestone",
)
steps = st.lists(
    st.tuples(
        st.sampled_from(KINDS),
        st.integers(0, 99),
        st.integers(0, 99),
        st.integers(-5, 30),
    ),
    min_size=1,
    max_size=50,
)


def edit_for(step: Step, plan: Timeline) -> tuple[Callable[..., object], tuple[Any, ...], dict]:
    """The service call a step stands for, on the plan as it is now."""
    kind, a, b, c = step
    project_id = plan.project_id
    if kind == "add" or not plan.tasks:
        parent = plan.tasks[a % len(plan.tasks)].id if plan.tasks and b % 3 == 0 else None
        return tasks.add_task, (project_id, f"Task {a}"), {"parent_id": parent, "duration": b % 9}
    task = plan.tasks[a % len(plan.tasks)]
    other = plan.tasks[b % len(plan.tasks)]
    if kind in ("duration", "percent", "finish", "milestone"):
        # A summary refuses these: draw from the work tasks so most steps are taken.
        leaves = [t for t in plan.tasks if not t.is_summary] or plan.tasks
        task = leaves[a % len(leaves)]
    day = plan.start_date + dt.timedelta(days=c)
    simple: dict[str, tuple[Callable[..., object], tuple[Any, ...], dict]] = {
        "rename": (tasks.edit_task, (task.id,), {"name": f"Renamed {b}"}),
        "duration": (tasks.edit_task, (task.id,), {"duration": b % 12}),
        "percent": (tasks.edit_task, (task.id,), {"percent_complete": b}),
        "owner": (tasks.edit_task, (task.id,), {"owner": f"Owner {b}"}),
        "milestone": (tasks.edit_task, (task.id,), {"is_milestone": b % 2 == 0}),
        "move": (move_task_start, (task.id, day), {}),
        "finish": (set_task_finish, (task.id, day), {}),
        "predecessors": (
            set_predecessors,
            (task.id, f"{other.wbs}{['FS', 'SS', 'FF', 'SF'][b % 4]}{c:+d}d"),
            {},
        ),
        "link": (
            dependencies.add_dependency,
            (other.id, task.id, ["FS", "SS", "FF", "SF"][c % 4]),
            {},
        ),
        "delete": (
            tasks.delete_task,
            (task.id, tasks.ChildFate.DELETE if b % 2 else tasks.ChildFate.PROMOTE),
            {},
        ),
        "indent": (tasks.indent_task, (task.id,), {}),
        "outdent": (tasks.outdent_task, (task.id,), {}),
        "baseline": (save_baseline, (project_id, b % 2), {"overwrite": True}),
    }
    if kind in ("up", "down"):
        level = [t for t in plan.tasks if t.parent_id == task.parent_id]
        position = level.index(task) + (-1 if kind == "up" else 1)
        position = min(max(position, 0), len(level) - 1)
        return tasks.move_task, (task.id,), {"parent_id": task.parent_id, "position": position}
    return simple[kind]


@pytest.fixture
def fresh_copy(template: tuple[Path, int], tmp_path: Path) -> Callable[[], Path]:
    """Hands out a new copy of the template per example."""
    made: list[Path] = []

    def copy() -> Path:
        target = tmp_path / f"example-{len(made)}.cpm"
        shutil.copyfile(template[0], target)
        made.append(target)
        return target

    return copy


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(sequence=steps)
def test_undo_all_restores_every_row_and_redo_all_restores_the_end(
    qapp, template: tuple[Path, int], fresh_copy: Callable[[], Path], sequence: list[Step]
) -> None:
    """Random edits of every kind, undone to the start and redone to the end, row by row."""
    path = fresh_copy()
    project_id = template[1]
    with open_workspace(path, backup=False) as ws:
        editor = Editor(ws)
        editor.set_active_project(project_id)
        stack = editor.stack(project_id)
        start = rows_of(path)
        for step in sequence:
            use_case, args, kwargs = edit_for(step, ws.run(timeline, project_id))
            editor.run(project_id, edit(step[0], use_case, *args, **kwargs))  # refusals are fine
        end = rows_of(path)
        while stack.canUndo():
            stack.undo()
        undone = rows_of(path)
        assert without_audit(undone) == without_audit(start)
        while stack.canRedo():
            stack.redo()
        redone = rows_of(path)
        assert without_audit(redone) == without_audit(end)
        # The trail only grows: nothing written before is rewritten or lost.
        trail = redone["audit_entry"]
        assert trail[: len(end["audit_entry"])] == end["audit_entry"]
        assert end["audit_entry"][: len(start["audit_entry"])] == start["audit_entry"]
        assert len(trail) == len(end["audit_entry"]) + 2 * stack.count()
