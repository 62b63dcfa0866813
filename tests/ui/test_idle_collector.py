"""The cyclic collector stays paused from an edit until the window has been idle a moment,
and is left as it was found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from pytestqt.qtbot import QtBot

from cpm_desktop.services.plan import tasks
from cpm_desktop.ui.idle_collector import IdleCollector
from cpm_desktop.ui.main_window import MainWindow
from cpm_desktop.ui.undo import edit


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
    collector = IdleCollector()
    gc.disable()
    with collector.paused():
        pass
    qtbot.wait(300)
    assert not gc.isenabled()


def test_a_collector_gone_mid_pause_runs_again(collector_restored: None) -> None:
    """Closing the window during a pause does not leave the collector off for good."""
    collector = IdleCollector()
    with collector.paused():
        pass
    assert not gc.isenabled()
    collector.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert gc.isenabled()
