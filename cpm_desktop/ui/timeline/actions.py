"""The Timeline's actions: editing the plan, zooming and finding your way on the chart."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
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
        QCoreApplication.translate("TimelineActions", "Highlight &Driving Chain"),
        "critical",
        QCoreApplication.translate(
            "TimelineActions", "Highlight the links and tasks that set the selected task's start"
        ),
        "Ctrl+D",
    )
    chain.setCheckable(True)
    chain.setChecked(True)
    return TimelineActions(
        insert_task=make(
            QCoreApplication.translate("TimelineActions", "&Insert Task"),
            "add-task",
            QCoreApplication.translate(
                "TimelineActions", "Insert a new task above the selected one"
            ),
            "Ins",
            "Ctrl+Ins",
        ),
        delete_task=make(
            QCoreApplication.translate("TimelineActions", "&Delete Task"),
            "delete",
            QCoreApplication.translate("TimelineActions", "Delete the selected task"),
            "Del",
        ),
        task_details=make(
            QCoreApplication.translate("TimelineActions", "Task &Details…"),
            "details",
            QCoreApplication.translate("TimelineActions", "Edit every field of the selected task"),
            "Shift+F2",
        ),
        indent=make(
            QCoreApplication.translate("TimelineActions", "&Indent"),
            "indent",
            QCoreApplication.translate(
                "TimelineActions", "Make the task a subtask of the one above"
            ),
            "Alt+Shift+Right",
        ),
        outdent=make(
            QCoreApplication.translate("TimelineActions", "&Outdent"),
            "outdent",
            QCoreApplication.translate("TimelineActions", "Move the task up one outline level"),
            "Alt+Shift+Left",
        ),
        move_up=make(
            QCoreApplication.translate("TimelineActions", "Move &Up"),
            "move-up",
            QCoreApplication.translate(
                "TimelineActions", "Move the task above its previous sibling"
            ),
            "Alt+Shift+Up",
        ),
        move_down=make(
            QCoreApplication.translate("TimelineActions", "Move Do&wn"),
            "move-down",
            QCoreApplication.translate("TimelineActions", "Move the task below its next sibling"),
            "Alt+Shift+Down",
        ),
        # Alt+Shift+arrows already indent and move: the keyboard's bar move is a day a press.
        bar_earlier=make(
            QCoreApplication.translate("TimelineActions", "Move Bar &Earlier"),
            None,
            QCoreApplication.translate(
                "TimelineActions",
                "Move the selected task's start one day earlier, as dragging its bar does",
            ),
            "Alt+Left",
        ),
        bar_later=make(
            QCoreApplication.translate("TimelineActions", "Move Bar &Later"),
            None,
            QCoreApplication.translate(
                "TimelineActions",
                "Move the selected task's start one day later, as dragging its bar does",
            ),
            "Alt+Right",
        ),
        save_baseline=make(
            QCoreApplication.translate("TimelineActions", "Save &Baseline…"),
            "baseline",
            QCoreApplication.translate(
                "TimelineActions",
                "Save the current dates as baseline 0, to measure slippage against",
            ),
        ),
        # Ctrl++ and Ctrl+- size the whole window's text (View menu); on the chart itself
        # + and - zoom it (GanttChart.keyPressEvent).
        zoom_in=make(
            QCoreApplication.translate("TimelineActions", "Zoom &In"),
            "zoom-in",
            QCoreApplication.translate(
                "TimelineActions", "Show a shorter time span in more detail (+)"
            ),
        ),
        zoom_out=make(
            QCoreApplication.translate("TimelineActions", "Zoom &Out"),
            "zoom-out",
            QCoreApplication.translate("TimelineActions", "Show a longer time span (-)"),
        ),
        fit_project=make(
            QCoreApplication.translate("TimelineActions", "&Fit Project"),
            "fit",
            QCoreApplication.translate("TimelineActions", "Fit the whole project into the chart"),
            "Ctrl+Shift+F",
        ),
        go_to_today=make(
            QCoreApplication.translate("TimelineActions", "Go to &Today"),
            "today",
            QCoreApplication.translate("TimelineActions", "Scroll the chart to today"),
            "Ctrl+T",
        ),
        scroll_to_task=make(
            QCoreApplication.translate("TimelineActions", "&Scroll to Task"),
            "search",
            QCoreApplication.translate("TimelineActions", "Scroll the chart to the selected task"),
            "Ctrl+Shift+T",
        ),
        driving_chain=chain,
    )
