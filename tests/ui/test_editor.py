"""The Editor: a typed edit answers what its service answered (or REFUSED), and every edit, undo
and redo is one ChangeEvent the tabs act on; the Timeline re-reads only the rows it must."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from cpm_desktop.services.plan import tasks
from cpm_desktop.services.plan.dependencies import add_dependency
from cpm_desktop.services.plan.timeline import TimelineTask
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.timeline import tab as tab_module
from cpm_desktop.ui.undo import REFUSED, edit
from cpm_desktop.workspace import ChangeEvent, RecordKind


@pytest.fixture
def events(window: MainWindow) -> list[ChangeEvent]:
    """Every ChangeEvent the window's Editor emits, in order."""
    seen: list[ChangeEvent] = []
    window.editor.sig_changed.connect(seen.append)
    return seen


def project_of(window: MainWindow) -> int:
    """The id of the project on screen."""
    project_id = window.timeline.project_id
    assert project_id is not None
    return project_id


def leaf(window: MainWindow) -> TimelineTask:
    """A work task of the plan on screen, not started."""
    shown = window.timeline.current_timeline
    assert shown is not None
    return next(t for t in shown.tasks if not t.is_summary and t.percent_complete == 0)


def test_an_edit_answers_what_the_service_returned(
    window: MainWindow, events: list[ChangeEvent]
) -> None:
    """Adding a task answers the new task; its event names the project, the task, the outline."""
    pid = project_of(window)
    added = window.editor.run(pid, edit("Add", tasks.add_task, pid, "Extra", duration=2))
    assert added is not REFUSED
    assert added.name == "Extra"
    [event] = events
    assert event.concerns(pid)
    assert added.id in event.ids(RecordKind.TASK)
    assert event.outline_changed


def test_a_refused_edit_answers_refused_and_changes_nothing(
    window: MainWindow, events: list[ChangeEvent]
) -> None:
    """The service's refusal: REFUSED, sig_failed with the error, no event, no undo step."""
    pid = project_of(window)
    failures: list[tuple[str, object]] = []
    window.editor.sig_failed.connect(lambda text, exc: failures.append((text, exc)))
    steps = window.editor.stack(pid).count()
    task = leaf(window)
    answer = window.editor.run(pid, edit("Self-link", add_dependency, task.id, task.id))
    assert answer is REFUSED
    assert [text for text, _ in failures] == ["Self-link"]
    assert events == []
    assert window.editor.stack(pid).count() == steps


def test_undo_and_redo_tell_the_same_event_as_the_edit(
    window: MainWindow, events: list[ChangeEvent]
) -> None:
    """One change set, one event: the edit, its undo and its redo emit equal events."""
    pid = project_of(window)
    task = leaf(window)
    window.editor.set_active_project(pid)
    window.editor.run(pid, edit("Rename", tasks.edit_task, task.id, name="Renamed"))
    window.undo_action.trigger()
    window.redo_action.trigger()
    assert len(events) == 3
    assert events[0] == events[1] == events[2]
    assert events[0].tasks_renamed
    assert events[0].ids(RecordKind.TASK) == {task.id}


def test_an_edit_of_another_kind_leaves_the_timeline_unread(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A new risk touches no plan record: the Timeline reads nothing."""
    reads = count_reads(monkeypatch)
    pid = project_of(window)
    assert (
        window.editor.run(pid, edit("Risk", add_risk, pid, "Late steel", probability=3, impact=3))
        is not REFUSED
    )
    assert reads == []


def test_a_value_edit_rereads_only_its_rows_and_an_outline_edit_everything(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Renaming a task takes the partial update; adding one re-reads the whole plan."""
    reads = count_reads(monkeypatch)
    pid = project_of(window)
    task = leaf(window)
    window.editor.run(pid, edit("Rename", tasks.edit_task, task.id, name="Renamed"))
    assert reads == ["update"]
    shown = window.timeline.current_timeline
    assert shown is not None
    assert next(t for t in shown.tasks if t.id == task.id).name == "Renamed"
    assert window.editor.run(pid, edit("Add", tasks.add_task, pid, "Extra")) is not REFUSED
    assert reads == ["update", "full"]


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Record which read the Timeline tab makes: 'full' (timeline) or 'update' (some rows)."""
    reads: list[str] = []

    def counted(name: str, read: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            reads.append(name)
            return read(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(tab_module, "timeline", counted("full", tab_module.timeline))
    monkeypatch.setattr(
        tab_module, "timeline_update", counted("update", tab_module.timeline_update)
    )
    return reads


def test_an_edit_outside_any_project_concerns_no_tab(
    window: MainWindow, events: list[ChangeEvent]
) -> None:
    """Project 0 (a new client): the client is answered; the event touches clients only."""
    client = window.editor.run(0, edit("New client", create_client, "Zephyr Freight AG"))
    assert client is not REFUSED
    assert client.name == "Zephyr Freight AG"
    [event] = events
    assert event.touches_only(RecordKind.CLIENT)
    assert not event.concerns(project_of(window))
