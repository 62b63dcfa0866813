"""The cyclic collector stays paused from an edit until the window has been idle a moment,
and is left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from cpm_desktop.services.plan import tasks
from cpm_desktop.ui.idle_collector import paused_until_idle
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.undo import Editor, edit


@pytest.fixture
def collector_restored() -> Iterator[None]:
    """Whatever a test does, the collector runs again after it."""
    yield
    gc.enable()


def test_an_edit_pauses_the_collector_until_the_window_is_idle(
    window: MainWindow, qtbot: QtBot, collector_restored: None
) -> None:
    """Right after the edit (and its repaint) the collector is off; a moment later it runs."""
    project_id = window.timeline.project_id
    assert project_id is not None
    assert gc.isenabled()
    window.editor.run(project_id, edit("Add", tasks.add_task, project_id, "Extra"))
    assert not gc.isenabled()
    qtbot.waitUntil(gc.isenabled, timeout=2000)


def test_a_collector_off_before_stays_off(qtbot: QtBot, collector_restored: None) -> None:
    """A pause never turns on a collector someone else turned off."""
    gc.disable()
    with paused_until_idle():
        pass
    qtbot.wait(300)
    assert not gc.isenabled()


def test_the_collector_runs_again_when_the_editor_that_paused_it_is_gone(
    window: MainWindow, qtbot: QtBot, collector_restored: None
) -> None:
    """An editor (a window) deleted in the middle of a pause does not leave the collector off:
    the pause ends from the event loop, not from the editor being deleted."""
    project_id = window.timeline.project_id
    assert project_id is not None
    editor = Editor(window.editor.workspace)
    editor.run(project_id, edit("Add", tasks.add_task, project_id, "Extra"))
    assert not gc.isenabled()
    editor.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.waitUntil(gc.isenabled, timeout=2000)
