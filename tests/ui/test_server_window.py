"""The window on a team server: another user's change to what an edit touches makes the edit
refused with a message, and the window then shows the workspace as it is."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.server_changes import ServerChanges
from cpm_desktop.ui.settings import AppSettings
from cpm_desktop.ui.timeline.task_model import NAME
from cpm_desktop.workspace import Workspace
from cpm_desktop.workspace.server import ServerWorkspace
from tests.ui.test_timeline import type_into


def test_a_stale_edit_is_refused_and_the_window_shows_the_other_users_change(
    qtbot, server_demo: Workspace, anna: Workspace, settings: AppSettings, messages: list[str]
) -> None:
    """The PM's window shows the plan; Anna renames a task on the server; the PM types a new
    name into that task's cell: refused, the message names Anna, and the table shows her
    name for it (nothing of the PM's was written). Typed again, the PM's name goes through."""
    window, task = pm_window(qtbot, server_demo, settings)
    anna.run(tasks.edit_task, task.id, name="Kick-off, Anna's agenda")

    type_into(qtbot, window, task.id, NAME, "Kick-off, PM's agenda")

    assert len(messages) == 1
    assert "anna changed task “Kick-off, Anna's agenda”" in messages[0]
    qtbot.waitUntil(lambda: shown_name(window, task.id) == "Kick-off, Anna's agenda")
    type_into(qtbot, window, task.id, NAME, "Kick-off, PM's agenda")
    assert len(messages) == 1
    assert shown_name(window, task.id) == "Kick-off, PM's agenda"


def pm_window(
    qtbot, workspace: Workspace, settings: AppSettings
) -> tuple[MainWindow, TimelineTask]:
    """The PM's window on the demo project, and the project's first work task."""
    window = MainWindow(workspace, settings)
    qtbot.addWidget(window)
    window.start(DEMO_PROJECT_CODE)
    plan = window.timeline.current_timeline
    assert plan is not None
    return window, next(t for t in plan.tasks if not (t.is_summary or t.is_milestone))


def shown_name(window: MainWindow, task_id: int) -> str:
    """The name the window's Timeline shows for a task."""
    shown = window.timeline.current_timeline
    assert shown is not None
    return {t.id: t.name for t in shown.tasks}[task_id]


def test_another_users_change_appears_in_the_window_within_seconds(
    qtbot, server_demo: Workspace, anna: Workspace, settings: AppSettings, messages: list[str]
) -> None:
    """Anna renames a task from her window; the PM's window, showing that project, shows it
    within a few seconds, and the PM's next edit of that task is not refused (the window has
    read it)."""
    window, task = pm_window(qtbot, server_demo, settings)
    anna.run(tasks.edit_task, task.id, name="Kick-off, Anna's agenda")
    qtbot.waitUntil(lambda: shown_name(window, task.id) == "Kick-off, Anna's agenda", timeout=5000)
    type_into(qtbot, window, task.id, NAME, "Kick-off, PM's agenda")
    assert messages == []
    assert shown_name(window, task.id) == "Kick-off, PM's agenda"


def test_a_listener_whose_window_is_deleted_stops(qtbot, server_demo: Workspace) -> None:
    """Deleting the window (its QObject tree) ends the thread listening for other users'
    changes: it never emits on a deleted object."""
    assert isinstance(server_demo, ServerWorkspace)

    def listening() -> int:
        return sum(thread.name == "server-changes" for thread in threading.enumerate())

    before = listening()
    window = QObject()
    ServerChanges(server_demo, lambda: None, window)
    qtbot.waitUntil(lambda: listening() == before + 1)
    shiboken6.delete(window)
    qtbot.waitUntil(lambda: listening() == before, timeout=3000)
