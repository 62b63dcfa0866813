"""How the change log's values read on screen: statuses, the steps between them, their colours.

The values and the workflow's rules are the domain's (`domain.changes`,
`domain.change_workflow`); this module only words and colours them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.change_workflow import label
from cpm_desktop.texts import _
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import EditName, named

S = ChangeStatus
# A step is named by what the user does, not by the status it leads to. English here; shown
# through QCoreApplication.translate("ChangeVocabulary", …) (`step_text`).
_STEP_TEXT = {
    S.SUBMITTED: QT_TRANSLATE_NOOP("ChangeVocabulary", "Submit"),
    S.UNDER_ASSESSMENT: QT_TRANSLATE_NOOP("ChangeVocabulary", "Start assessment"),
    S.APPROVED: QT_TRANSLATE_NOOP("ChangeVocabulary", "Approve…"),
    S.REJECTED: QT_TRANSLATE_NOOP("ChangeVocabulary", "Reject…"),
    S.DEFERRED: QT_TRANSLATE_NOOP("ChangeVocabulary", "Defer…"),
    S.IMPLEMENTED: QT_TRANSLATE_NOOP("ChangeVocabulary", "Mark implemented"),
    S.CLOSED: QT_TRANSLATE_NOOP("ChangeVocabulary", "Close…"),
}
RESUBMIT = QT_TRANSLATE_NOOP("ChangeVocabulary", "Resubmit")
# The Edit menu's name of a step into each status (`step_edit_name`).
_STEP_EDITS = {
    S.SUBMITTED: QT_TRANSLATE_NOOP("Edits", "Submit {reference}"),
    S.UNDER_ASSESSMENT: QT_TRANSLATE_NOOP("Edits", "Start assessment of {reference}"),
    S.APPROVED: QT_TRANSLATE_NOOP("Edits", "Approve {reference}"),
    S.REJECTED: QT_TRANSLATE_NOOP("Edits", "Reject {reference}"),
    S.DEFERRED: QT_TRANSLATE_NOOP("Edits", "Defer {reference}"),
    S.IMPLEMENTED: QT_TRANSLATE_NOOP("Edits", "Mark {reference} implemented"),
    S.CLOSED: QT_TRANSLATE_NOOP("Edits", "Close {reference}"),
}
RESUBMIT_EDIT = QT_TRANSLATE_NOOP("Edits", "Resubmit {reference}")


def status_text(status: ChangeStatus | str) -> str:
    """A status as users read it, in the window's language: 'under_assessment' → 'Under
    assessment'."""
    return _(label(status))


def step_text(current: ChangeStatus | str, target: ChangeStatus | str) -> str:
    """The button text of the step from `current` to `target`, e.g. 'Resubmit' after Deferred,
    in the window's language."""
    english = _english_step(current, target)
    if english is None:
        return status_text(target)
    return QCoreApplication.translate("ChangeVocabulary", english)


def _english_step(current: ChangeStatus | str, target: ChangeStatus | str) -> str | None:
    if target == S.SUBMITTED and current == S.DEFERRED:
        return RESUBMIT
    return _STEP_TEXT.get(ChangeStatus(target))


def step_edit_name(
    reference: str, current: ChangeStatus | str, target: ChangeStatus | str
) -> EditName:
    """The name of a step, e.g. 'Approve CR-006' or 'Start assessment of CR-006': English in
    the audit trail, which keeps it when it is undone, in the window's language in the Edit
    menu."""
    if target == S.SUBMITTED and current == S.DEFERRED:
        template = RESUBMIT_EDIT
    else:
        # Every status but Draft, which no step leads back to, has its name.
        template = _STEP_EDITS[ChangeStatus(target)]
    return named(template, reference=reference)


def status_color(status: ChangeStatus | str) -> QColor:
    """The calm colour that marks a status: grey while drafted, blue to green as it is decided."""
    c = colors()
    return QColor(
        {
            S.DRAFT: c.muted_text,
            S.SUBMITTED: c.highlight,
            S.UNDER_ASSESSMENT: c.rag_amber,
            S.APPROVED: c.rag_green,
            S.REJECTED: c.rag_red,
            S.DEFERRED: c.gantt_status_date,
            S.IMPLEMENTED: c.gantt_today,
            S.CLOSED: c.muted_text,
        }.get(ChangeStatus(status), c.border)
    )
