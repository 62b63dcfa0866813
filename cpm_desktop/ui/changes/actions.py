"""The Changes tab's actions: a new request, the workflow steps, the plan and the sign-off form."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from cpm_desktop.ui.changes.vocabulary import STATUSES
from cpm_desktop.ui.icons import icon

# Menu texts in title case, as menus read; the buttons use the sentence-case step texts.
_STEP_MENU_TEXT = {
    "submitted": "&Submit",
    "under_assessment": "Start &Assessment",
    "approved": "A&pprove…",
    "rejected": "Re&ject…",
    "deferred": "De&fer…",
    "implemented": "Mark &Implemented",
    "closed": "&Close…",
}
_STEP_TIPS = {
    "submitted": "Send the request to the client for a decision",
    "under_assessment": "Start assessing the request's impact on scope, schedule and cost",
    "approved": "Record the client's approval: who decided, when and the decision notes",
    "rejected": "Record the client's rejection: who decided, when and the decision notes",
    "deferred": "Record that the client postponed the decision",
    "implemented": "The approved change is delivered",
    "closed": "Close the request; nothing more happens to it",
}


@dataclass(frozen=True, slots=True)
class ChangeActions:
    """Every action of the Changes tab; the tab connects and enables them."""

    new: QAction
    steps: dict[str, QAction]  # target status → the step's action
    decision: QAction
    affected_tasks: QAction
    apply_impact: QAction
    export_form: QAction

    def for_menu(self) -> tuple[QAction | None, ...]:
        """The actions in menu order; None is a separator."""
        s = self.steps
        return (
            self.new,
            None,
            s["submitted"],
            s["under_assessment"],
            self.decision,
            s["implemented"],
            s["closed"],
            None,
            self.affected_tasks,
            self.apply_impact,
            None,
            self.export_form,
        )


def build_change_actions(parent: QWidget) -> ChangeActions:
    """Create the Changes tab's actions with their icons, shortcuts and tips."""

    def make(text: str, tip: str, icon_name: str | None = None, keys: str = "") -> QAction:
        action = QAction(text, parent)
        if icon_name is not None:
            action.setIcon(icon(icon_name))
        action.setStatusTip(tip)
        action.setToolTip(tip)
        if keys:
            sequence = QKeySequence(keys)
            action.setShortcut(sequence)
            native = sequence.toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({native})")
        return action

    steps = {
        status: make(_STEP_MENU_TEXT[status], _STEP_TIPS[status])
        for status in STATUSES
        if status in _STEP_MENU_TEXT
    }
    return ChangeActions(
        new=make(
            "&New Change Request…",
            "Raise a change request for the project shown",
            "new",
            "Ctrl+Shift+N",
        ),
        steps=steps,
        decision=make(
            "Record Client &Decision…",
            "Record the client's signed decision: approve, reject or defer",
        ),
        affected_tasks=make(
            "Edit Affected &Tasks…", "Choose the plan's tasks the change affects", "link"
        ),
        apply_impact=make(
            "Apply &Schedule Impact",
            "Add the approved schedule days to the last affected work task",
            "calendar",
        ),
        export_form=make(
            "Export Sign-off &Form…",
            "Write a one-page PDF the client signs to decide the request",
            "pdf",
        ),
    )
