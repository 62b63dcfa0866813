"""Each project's revision is counted by triggers on every table of a workspace file, those
of a table a migration rebuilds included; what the engine derives is not counted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Base, Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio import stored_standing
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.changes import NOT_RECORDED
from cpm_desktop.workspace.project_revisions import UNREAD, project_paths
from tests.templates import open_copy_of


def triggers_of(path: Path) -> set[tuple[str, str]]:
    """(table, trigger name) of the revision triggers in a workspace file."""
    with sqlite3.connect(path) as connection:
        return set(
            connection.execute(
                "SELECT tbl_name, name FROM sqlite_master "
                "WHERE type = 'trigger' AND name LIKE '_rev_%'"
            ).fetchall()
        )


def test_every_table_a_standing_reads_counts_its_writes(workspace: Workspace) -> None:
    """Each table (but the unrecorded ones and shared ones no standing reads) has its insert,
    update and delete trigger: a table added later without them fails here."""
    assert workspace.path is not None
    with workspace.transaction() as session:
        paths = project_paths(session.connection(), Base.metadata.tables)
    wanted = {
        (table, f"_rev_{table}_{op}")
        for table in Base.metadata.tables
        if table not in NOT_RECORDED and not (paths[table] is None and table in UNREAD)
        for op in "iud"
    }
    assert triggers_of(workspace.path) == wanted
    assert {"task", "risk", "resource_rate", "calendar", "assignment"} <= {t for t, _ in wanted}


def test_an_edit_counts_and_the_reschedule_it_causes_does_not(
    demo_template: Path, tmp_path: Path
) -> None:
    """A task made longer counts for its project once for its row and once for each of its
    assignments (their work follows), not once for each of the tasks the reschedule moves."""
    with open_copy_of(demo_template, tmp_path / "demo.cpm") as ws:
        project_id = ws.run(find_project_id, "NHL-WMS")
        assert project_id is not None
        [before] = ws.run(stored_standing.revisions, [project_id]).values()
        first = ws.run(lambda s: _first_leaf(s, project_id))
        dates = ws.run(lambda s: dict(s.execute(select(Task.id, Task.start)).all()))
        ws.run(tasks.edit_task, first.id, duration=first.duration + 20)
        moved = ws.run(lambda s: dict(s.execute(select(Task.id, Task.start)).all()))
        [after] = ws.run(stored_standing.revisions, [project_id]).values()
    assert sum(moved[t] != dates[t] for t in dates) > 10
    assert 1 <= after - before <= 5


def _first_leaf(session: Session, project_id: int) -> Task:
    """The project's first task not started, with no subtasks."""
    parents = select(Task.parent_id).where(Task.parent_id.is_not(None))
    return session.scalars(
        select(Task)
        .where(Task.project_id == project_id, Task.percent_complete == 0, Task.id.not_in(parents))
        .order_by(Task.start)
    ).first() or pytest.fail("no task to lengthen")
