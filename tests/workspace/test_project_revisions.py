"""Each project's revision on a team server is counted by the versions' trigger: an edit
counts, what the engine derives from it does not."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio import stored_standing
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace


def test_an_edit_counts_and_the_reschedule_it_causes_does_not(server_demo: Workspace) -> None:
    """A task made longer counts for its project once for its row and once for each of its
    assignments (their work follows), not once for each of the tasks the reschedule moves."""
    ws = server_demo
    project_id = ws.run(find_project_id, "NHL-WMS")
    assert project_id is not None
    before = ws.run(stored_standing.revisions, [project_id])[project_id]
    first = ws.run(lambda s: _first_leaf(s, project_id))
    dates = ws.run(lambda s: dict(s.execute(select(Task.id, Task.start)).all()))
    ws.run(tasks.edit_task, first.id, duration=first.duration + 20)
    moved = ws.run(lambda s: dict(s.execute(select(Task.id, Task.start)).all()))
    after = ws.run(stored_standing.revisions, [project_id])[project_id]
    assert sum(moved[t] != dates[t] for t in dates) > 10
    assert 1 <= after - before <= 5


def _first_leaf(session: Session, project_id: int) -> Task:
    """The project's first task not started, with no subtasks."""
    parents = select(Task.parent_id).where(Task.parent_id.is_not(None))
    task = session.scalars(
        select(Task)
        .where(Task.project_id == project_id, Task.percent_complete == 0, Task.id.not_in(parents))
        .order_by(Task.start)
    ).first()
    assert task is not None
    return task
