"""Several users at once on a team server: an edit of a record another user changed after
this window read it is refused, naming who changed what and when; nothing is overwritten."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import select

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.errors import StaleEditError
from cpm_desktop.models import Project, Task
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.schedule import compute_schedule
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


def test_two_users_editing_one_plan_at_once_leave_it_scheduled_as_a_whole(
    server_demo: Workspace, anna: Workspace
) -> None:
    """The PM and Anna change durations of different tasks of one plan at the same time,
    each from a thread of their own: every edit goes through (none refused, none lost to a
    deadlock), and the stored dates are what the engine computes from the plan as it ends."""
    pm = server_demo
    own = work_tasks(pm)
    errors: list[BaseException] = []

    def edits(ws: Workspace, picked: list[TimelineTask]) -> None:
        try:
            for n, task in enumerate(picked):
                ws.mark_seen()
                ws.run_recorded(tasks.edit_task, task.id, duration=task.duration + 1 + n % 3)
        except BaseException as exc:  # noqa: BLE001 - reported by the test
            errors.append(exc)

    threads = [
        threading.Thread(target=edits, args=(pm, own[0::2][:8])),
        threading.Thread(target=edits, args=(anna, own[1::2][:8])),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    project_id = pm.run(find_project_id, DEMO_PROJECT_CODE)
    stored = pm.run(
        lambda s: {
            t.id: (t.start, t.finish)
            for t in s.scalars(select(Task).filter_by(project_id=project_id))
        }
    )
    computed = pm.run(
        lambda s: {
            task_id: (start, finish)
            for task_id, start, finish, *_ in compute_schedule(
                s, s.get_one(Project, project_id)
            ).tasks.dates()
        }
    )
    assert stored == computed
