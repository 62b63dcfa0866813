"""Bringing a test's main window on screen, on one tab, as a user would see it."""

from __future__ import annotations

from cpm_desktop.ui.main_window import MainWindow


def shown_on(qtbot, window: MainWindow, view: str, *, active: bool = False) -> MainWindow:
    """Show `window` at 1600 × 1000 on the tab `view`; `active` also gives it the focus
    (editing in place and shortcuts need it)."""
    window.resize(1600, 1000)
    window.show_view(view)
    window.show()
    qtbot.waitExposed(window)
    if active:
        window.activateWindow()
        qtbot.waitActive(window)
    return window
