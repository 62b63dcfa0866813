"""timeline_update: re-reading only the rows an edit changed gives the same Timeline as a
full read, for every kind of value edit, and through undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services import history
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.task_dates import move_task_start, set_task_finish
from cpm_desktop.services.plan.timeline import Timeline, TimelineTask, timeline
from cpm_desktop.services.plan.timeline_update import timeline_update
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import RecordKind, Workspace, change_event
from tests.templates import open_copy_of


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, demo_template: Path) -> Workspace:
    """The demo plan with its baseline, so variances are part of what is re-read."""
    with open_copy_of(demo_template, tmp_path_factory.mktemp("update") / "demo.cpm") as ws:
        yield ws


def by_name(plan: Timeline, name: str) -> int:
    """The id of a task of the plan, by name."""
    return next(t.id for t in plan.tasks if t.name == name)


def last_task(plan: Timeline) -> TimelineTask:
    """The work task or milestone that finishes last."""
    return max((t for t in plan.tasks if not t.is_summary), key=lambda t: (t.finish, t.id))


# Each edit: the use case, its arguments and its keyword arguments, given the plan before.
Call = tuple[Callable[..., object], tuple[Any, ...], dict[str, Any]]
EDITS: list[tuple[str, Callable[[Timeline], Call]]] = [
    (
        "move",
        lambda p: (
            move_task_start,
            (by_name(p, "Wave planning, picking and packing"), dt.date(2027, 1, 4)),
            {},
        ),
    ),
    (
        "stretch",
        lambda p: (
            set_task_finish,
            (by_name(p, "Test scripts and test data"), dt.date(2027, 1, 15)),
            {},
        ),
    ),
    (
        "progress",
        lambda p: (
            tasks.edit_task,
            (by_name(p, "Data migration approach and field mapping"),),
            {"percent_complete": 60},
        ),
    ),
    (
        "rename",
        lambda p: (tasks.edit_task, (by_name(p, "Go-live"),), {"name": "Go-live (big bang)"}),
    ),
    (
        "last",  # the task holding the plan's finish moves, and back with undo
        lambda p: (move_task_start, (last_task(p).id, last_task(p).start + dt.timedelta(7)), {}),
    ),
    (
        "owner",  # a column the engine's plan does not hold: read from the file
        lambda p: (tasks.edit_task, (by_name(p, "Go-live"),), {"owner": "Dana Whitfield"}),
    ),
]


@pytest.mark.parametrize("from_memory", [False, True], ids=["re-read", "from-memory"])
@pytest.mark.parametrize(("label", "edit"), EDITS, ids=[label for label, _ in EDITS])
def test_re_reading_the_changed_rows_equals_a_full_read(
    demo: Workspace, label: str, edit: Callable[[Timeline], Any], from_memory: bool
) -> None:
    """After the edit, after undo and after redo: partial and full reads agree, whether the
    rows are read again or taken from the plan the reschedule left in memory (told which
    columns the edit wrote)."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    before = demo.run(timeline, project_id)
    use_case, args, kwargs = edit(before)
    _, changes = demo.run_recorded(use_case, *args, **kwargs)
    # A new duration also sets the work of the task's people (their task type's rule).
    assert changes.tables() <= {"task", "assignment"}
    touched = changes.touched("task")
    written = change_event(changes).columns(RecordKind.TASK) if from_memory else None
    after = demo.run(timeline_update, before, touched, written)
    assert after == demo.run(timeline, project_id)
    assert after != before
    demo.run(history.undo_edit, changes, project_id, label)
    assert demo.run(timeline_update, after, touched, written) == before
    demo.run(history.redo_edit, changes, project_id, label)
    assert demo.run(timeline_update, before, touched, written) == after
    demo.run(history.undo_edit, changes, project_id, label)


def test_an_update_of_a_timeline_without_the_engines_run_compares_every_row(
    demo: Workspace,
) -> None:
    """A Timeline that keeps no engine run (the plan could not be scheduled when it was read)
    is updated by comparing every row's slack: the same as a full read."""
    project_id = demo.run(find_project_id, DEMO_PROJECT_CODE)
    before = replace(demo.run(timeline, project_id), schedule=None)
    task = last_task(before)
    _, changes = demo.run_recorded(move_task_start, task.id, task.start + dt.timedelta(7))
    after = demo.run(timeline_update, before, changes.touched("task"))
    assert after == demo.run(timeline, project_id)
    demo.run(history.undo_edit, changes, project_id, "last")
