"""The Timeline's actions: editing the plan, zooming and finding your way on the chart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cpm_desktop.ui.icons import icon


@dataclass(frozen=True, slots=True)
class TimelineActions:
    """Every action of the Timeline tab; the tab connects and enables them."""

    insert_task: QAction
    delete_task: QAction
    task_details: QAction
    indent: QAction
    outdent: QAction
    move_up: QAction
    move_down: QAction
    bar_earlier: QAction
    bar_later: QAction
    save_baseline: QAction
    zoom_in: QAction
    zoom_out: QAction
    fit_project: QAction
    go_to_today: QAction
    scroll_to_task: QAction
    driving_chain: QAction


def build_timeline_actions(parent: QObject) -> TimelineActions:
    """Create the Timeline's actions with their icons, shortcuts and tips."""

    def make(text: str, icon_name: str | None, tip: str, *keys: str) -> QAction:
        action = QAction(text, parent)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if keys:
            sequences = [QKeySequence(k) for k in keys]
            action.setShortcuts(sequences)
            native = sequences[0].toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({native})")
        return action

    chain = make(
        "Highlight &Driving Chain",
        "critical",
        "Highlight the links and tasks that set the selected task's start",
        "Ctrl+D",
    )
    chain.setCheckable(True)
    chain.setChecked(True)
    return TimelineActions(
        insert_task=make(
            "&Insert Task",
            "add-task",
            "Insert a new task above the selected one",
            "Ins",
            "Ctrl+Ins",
        ),
        delete_task=make("&Delete Task", "delete", "Delete the selected task", "Del"),
        task_details=make(
            "Task &Details…", "details", "Edit every field of the selected task", "Shift+F2"
        ),
        indent=make(
            "&Indent", "indent", "Make the task a subtask of the one above", "Alt+Shift+Right"
        ),
        outdent=make("&Outdent", "outdent", "Move the task up one outline level", "Alt+Shift+Left"),
        move_up=make(
            "Move &Up", "move-up", "Move the task above its previous sibling", "Alt+Shift+Up"
        ),
        move_down=make(
            "Move Do&wn", "move-down", "Move the task below its next sibling", "Alt+Shift+Down"
        ),
        # Alt+Shift+arrows already indent and move: the keyboard's bar move is a day a press.
        bar_earlier=make(
            "Move Bar &Earlier",
            None,
            "Move the selected task's start one day earlier, as dragging its bar does",
            "Alt+Left",
        ),
        bar_later=make(
            "Move Bar &Later",
            None,
            "Move the selected task's start one day later, as dragging its bar does",
            "Alt+Right",
        ),
        save_baseline=make(
            "Save &Baseline…",
            "baseline",
            "Save the current dates as baseline 0, to measure slippage against",
        ),
        # Ctrl++ and Ctrl+- size the whole window's text (View menu); on the chart itself
        # + and - zoom it (GanttChart.keyPressEvent).
        zoom_in=make("Zoom &In", "zoom-in", "Show a shorter time span in more detail (+)"),
        zoom_out=make("Zoom &Out", "zoom-out", "Show a longer time span (-)"),
        fit_project=make(
            "&Fit Project", "fit", "Fit the whole project into the chart", "Ctrl+Shift+F"
        ),
        go_to_today=make("Go to &Today", "today", "Scroll the chart to today", "Ctrl+T"),
        scroll_to_task=make(
            "&Scroll to Task", "search", "Scroll the chart to the selected task", "Ctrl+Shift+T"
        ),
        driving_chain=chain,
    )
