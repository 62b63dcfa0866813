"""The Changes tab's actions: a new request, the workflow steps, the plan and the sign-off form."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.ui.icons import icon

S = ChangeStatus

# Menu texts in title case, as menus read; the buttons use the sentence-case step texts.
_STEP_MENU_TEXT = {
    S.SUBMITTED: "&Submit",
    S.UNDER_ASSESSMENT: "Start &Assessment",
    S.APPROVED: "A&pprove…",
    S.REJECTED: "Re&ject…",
    S.DEFERRED: "De&fer…",
    S.IMPLEMENTED: "Mark &Implemented",
    S.CLOSED: "&Close…",
}
_STEP_TIPS = {
    S.SUBMITTED: "Send the request to the client for a decision",
    S.UNDER_ASSESSMENT: "Start assessing the request's impact on scope, schedule and cost",
    S.APPROVED: "Record the client's approval: who decided, when and the decision notes",
    S.REJECTED: "Record the client's rejection: who decided, when and the decision notes",
    S.DEFERRED: "Record that the client postponed the decision",
    S.IMPLEMENTED: "The approved change is delivered",
    S.CLOSED: "Close the request; nothing more happens to it",
}


@dataclass(frozen=True, slots=True)
class ChangeActions:
    """Every action of the Changes tab; the tab connects and enables them."""

    new: QAction
    steps: dict[ChangeStatus, QAction]  # target status → the step's action
    decision: QAction
    affected_tasks: QAction
    scope_lines: QAction
    apply_impact: QAction
    export_form: QAction

    def for_menu(self) -> tuple[QAction | None, ...]:
        """The actions in menu order; None is a separator."""
        s = self.steps
        return (
            self.new,
            None,
            s[S.SUBMITTED],
            s[S.UNDER_ASSESSMENT],
            self.decision,
            s[S.IMPLEMENTED],
            s[S.CLOSED],
            None,
            self.affected_tasks,
            self.scope_lines,
            self.apply_impact,
            None,
            self.export_form,
        )


def build_change_actions(parent: QObject) -> ChangeActions:
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
        for status in ChangeStatus
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
        scope_lines=make(
            "Edit Scope &Lines…",
            "Name the charter's scope lines the request adds or removes",
            "details",
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
