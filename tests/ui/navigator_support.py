"""Moving about the main window's navigator as a user clicks in it."""

from __future__ import annotations

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.ui.main_window import MainWindow


def select_other_project(window: MainWindow) -> int:
    """Click a project other than the demo's in the navigator; its id."""
    model = window.navigator_model
    other = next(
        model.index(0, 0, model.index(row, 0))
        for row in range(1, model.rowCount())  # row 0: "All clients"
        if DEMO_PROJECT_CODE not in model.index(0, 0, model.index(row, 0)).data()
    )
    first = window.project_id
    window.navigator.setCurrentIndex(other)
    assert window.project_id not in (None, first)
    assert window.project_id is not None
    return window.project_id
