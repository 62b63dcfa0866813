"""The Changes tab's actions: a new request, the workflow steps, the plan and the sign-off form."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

S = ChangeStatus

# Menu texts in title case, as menus read; the buttons use the sentence-case step texts.
# English here; shown through QCoreApplication.translate("ChangeActions", …).
_STEP_MENU_TEXT = {
    S.SUBMITTED: QT_TRANSLATE_NOOP("ChangeActions", "&Submit"),
    S.UNDER_ASSESSMENT: QT_TRANSLATE_NOOP("ChangeActions", "Start &Assessment"),
    S.APPROVED: QT_TRANSLATE_NOOP("ChangeActions", "A&pprove…"),
    S.REJECTED: QT_TRANSLATE_NOOP("ChangeActions", "Re&ject…"),
    S.DEFERRED: QT_TRANSLATE_NOOP("ChangeActions", "De&fer…"),
    S.IMPLEMENTED: QT_TRANSLATE_NOOP("ChangeActions", "Mark &Implemented"),
    S.CLOSED: QT_TRANSLATE_NOOP("ChangeActions", "&Close…"),
}
_STEP_TIPS = {
    S.SUBMITTED: QT_TRANSLATE_NOOP(
        "ChangeActions", "Send the request to the client for a decision"
    ),
    S.UNDER_ASSESSMENT: QT_TRANSLATE_NOOP(
        "ChangeActions", "Start assessing the request's impact on scope, schedule and cost"
    ),
    S.APPROVED: QT_TRANSLATE_NOOP(
        "ChangeActions", "Record the client's approval: who decided, when and the decision notes"
    ),
    S.REJECTED: QT_TRANSLATE_NOOP(
        "ChangeActions", "Record the client's rejection: who decided, when and the decision notes"
    ),
    S.DEFERRED: QT_TRANSLATE_NOOP("ChangeActions", "Record that the client postponed the decision"),
    S.IMPLEMENTED: QT_TRANSLATE_NOOP("ChangeActions", "The approved change is delivered"),
    S.CLOSED: QT_TRANSLATE_NOOP("ChangeActions", "Close the request; nothing more happens to it"),
}


def submit_text(resubmit: bool) -> str:
    """The Submit step's menu text: 'Re&submit' once the client deferred the request."""
    if resubmit:
        return QCoreApplication.translate("ChangeActions", "Re&submit")
    return QCoreApplication.translate("ChangeActions", _STEP_MENU_TEXT[S.SUBMITTED])


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
            action.setToolTip(
                QCoreApplication.translate("ChangeActions", "{tip} ({keys})").format(
                    tip=tip, keys=native
                )
            )
        return action

    steps = {
        status: make(
            QCoreApplication.translate("ChangeActions", _STEP_MENU_TEXT[status]),
            QCoreApplication.translate("ChangeActions", _STEP_TIPS[status]),
        )
        for status in ChangeStatus
        if status in _STEP_MENU_TEXT
    }
    return ChangeActions(
        new=make(
            QCoreApplication.translate("ChangeActions", "&New Change Request…"),
            QCoreApplication.translate(
                "ChangeActions", "Raise a change request for the project shown"
            ),
            "new",
            "Ctrl+Shift+N",
        ),
        steps=steps,
        decision=make(
            QCoreApplication.translate("ChangeActions", "Record Client &Decision…"),
            QCoreApplication.translate(
                "ChangeActions", "Record the client's signed decision: approve, reject or defer"
            ),
        ),
        affected_tasks=make(
            QCoreApplication.translate("ChangeActions", "Edit Affected &Tasks…"),
            QCoreApplication.translate(
                "ChangeActions", "Choose the plan's tasks the change affects"
            ),
            "link",
        ),
        scope_lines=make(
            QCoreApplication.translate("ChangeActions", "Edit Scope &Lines…"),
            QCoreApplication.translate(
                "ChangeActions", "Name the charter's scope lines the request adds or removes"
            ),
            "details",
        ),
        apply_impact=make(
            QCoreApplication.translate("ChangeActions", "Apply &Schedule Impact"),
            QCoreApplication.translate(
                "ChangeActions", "Add the approved schedule days to the last affected work task"
            ),
            "calendar",
        ),
        export_form=make(
            QCoreApplication.translate("ChangeActions", "Export Sign-off &Form…"),
            QCoreApplication.translate(
                "ChangeActions", "Write a one-page PDF the client signs to decide the request"
            ),
            "pdf",
        ),
    )
