"""Long jobs run off the GUI thread behind a progress dialog; errors come back to the caller."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from cpm_desktop.errors import CpmError
from cpm_desktop.texts import current_locale, speaking
from cpm_desktop.ui.interchange.background import run_with_progress


def test_job_runs_in_another_thread_and_returns_its_result(qtbot) -> None:
    """The job sees a thread other than the GUI's, and its return value comes back."""
    parent = QWidget()
    qtbot.addWidget(parent)
    stages: list[str] = []

    def job(report) -> str:
        report("Working…")
        stages.append(threading.current_thread().name)
        return "done"

    assert run_with_progress(parent, "Test", job) == "done"
    assert stages
    assert stages[0] != threading.main_thread().name


def test_job_errors_are_raised_in_the_gui_thread(qtbot) -> None:
    """A user-facing error raised by the job reaches the caller as itself."""
    parent = QWidget()
    qtbot.addWidget(parent)

    def job(report) -> None:
        raise CpmError("the file is damaged")

    with pytest.raises(CpmError, match="damaged"):
        run_with_progress(parent, "Test", job)


def test_the_job_speaks_the_language_of_the_window(qtbot) -> None:
    """A job started from a window speaking German writes its messages in German, though
    its thread starts with the default language."""
    parent = QWidget()
    qtbot.addWidget(parent)

    def job(report) -> str:
        return current_locale()

    with speaking("de_DE"):
        assert run_with_progress(parent, "Test", job) == "de_DE"
