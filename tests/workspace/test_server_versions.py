"""Several users at once on a team server: an edit of a record another user changed after
this window read it is refused, naming who changed what and when; nothing is overwritten."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import StaleEditError
from cpm_desktop.models import Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.task_dates import move_task_start
from cpm_desktop.services.plan.timeline import TimelineTask, timeline
from cpm_desktop.services.portfolio.views import find_project_id
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server import open_server_workspace


def work_tasks(ws: Workspace) -> list[TimelineTask]:
    """The demo project's not-started work tasks that other tasks follow, in plan order."""
    plan = ws.run(timeline, ws.run(find_project_id, DEMO_PROJECT_CODE))
    leading = {link.predecessor_id for link in plan.links}
    return [
        t
        for t in plan.tasks
        if t.id in leading and t.actual_start is None and not (t.is_summary or t.is_milestone)
    ]


def name_of(ws: Workspace, task_id: int) -> tuple[str, int]:
    """A task's (name, duration) as the server holds it."""
    return ws.run(lambda s: (lambda t: (t.name, t.duration))(s.get_one(Task, task_id)))


def test_an_edit_of_a_record_changed_since_is_refused_naming_who(
    server_demo: Workspace, anna: Workspace
) -> None:
    """The PM's window read the plan; Anna renames a task; the PM's edit of that task is
    refused with her name, the task and when, and her change stands. Once the PM's window
    has read it again, the PM's edit goes through."""
    pm = server_demo
    pm.mark_seen()
    task = work_tasks(pm)[0]
    anna.run(tasks.edit_task, task.id, name="Design (Anna's scope)")
    with pytest.raises(StaleEditError, match=r"anna changed task “Design \(Anna's scope\)” at"):
        pm.run(tasks.edit_task, task.id, duration=task.duration + 3)
    assert name_of(pm, task.id) == ("Design (Anna's scope)", task.duration)
    pm.mark_seen()
    pm.run(tasks.edit_task, task.id, duration=task.duration + 3)
    assert name_of(pm, task.id) == ("Design (Anna's scope)", task.duration + 3)


def test_the_dates_a_reschedule_moves_are_nobodys_edit(
    server_demo: Workspace, anna: Workspace
) -> None:
    """Anna moves a task; the reschedule moves its successors' dates on the server. The PM's
    window, which has not read that, may still rename a successor (its dates were derived,
    not edited), but not the task Anna moved."""
    pm = server_demo
    pm.mark_seen()
    first, *_, later = work_tasks(pm)
    assert first.start is not None
    anna.run(move_task_start, first.id, first.start + dt.timedelta(days=7))
    pm.run(tasks.edit_task, later.id, name="Renamed by the PM")
    with pytest.raises(StaleEditError, match="anna changed task"):
        pm.run(tasks.edit_task, first.id, name="Also renamed by the PM")


def test_a_window_is_not_refused_its_own_edits_nor_is_a_command(
    server_demo: Workspace, anna: Workspace
) -> None:
    """Edits made from the same window follow each other freely; a command line run (which
    read nothing before) edits what Anna changed without being refused."""
    pm = server_demo
    pm.mark_seen()
    task = work_tasks(pm)[0]
    pm.run(tasks.edit_task, task.id, name="First")
    pm.run(tasks.edit_task, task.id, name="Second")
    anna.mark_seen()  # her window shows the PM's edits
    anna.run(tasks.edit_task, task.id, name="Anna's")
    with open_server_workspace(pm.address) as command:
        command.run(tasks.edit_task, task.id, name="From the command line")
    assert name_of(pm, task.id)[0] == "From the command line"
