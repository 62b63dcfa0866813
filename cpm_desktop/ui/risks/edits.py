"""What an inline edit of the risk table does: the service call it becomes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain import RiskStatus
from cpm_desktop.services.risks.register import close_risk, edit_risk, reopen_risk
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.risks.risk_model import IMPACT, OWNER, PROBABILITY, STATUS, TITLE
from cpm_desktop.ui.undo import Edit, edit, named

_FIELDS = {TITLE: "title", OWNER: "owner", PROBABILITY: "probability", IMPACT: "impact"}
# Whole names per field and status, so that each language words the sentence its own way.
_FIELD_NAMES = {
    TITLE: QT_TRANSLATE_NOOP("Edits", "Rename {reference}"),
    OWNER: QT_TRANSLATE_NOOP("Edits", "Change the owner of {reference}"),
    PROBABILITY: QT_TRANSLATE_NOOP("Edits", "Change the probability of {reference}"),
    IMPACT: QT_TRANSLATE_NOOP("Edits", "Change the impact of {reference}"),
}
_STATUS_NAMES = {
    RiskStatus.OPEN: QT_TRANSLATE_NOOP("Edits", "Set {reference} to open"),
    RiskStatus.MONITORING: QT_TRANSLATE_NOOP("Edits", "Set {reference} to monitoring"),
}


def cell_edit(row: RiskRow, column: int, value: object) -> Edit[object]:
    """Turn a value chosen in `column` of `row` into an edit (the service validates it).

    The history keeps the edits' names in English (an audit trail); the Edit menu shows them
    in the window's language.
    """
    chosen: Any = value  # whatever the cell's editor held: the service checks and may refuse it
    ref = row.reference
    if column == STATUS:
        if value == RiskStatus.CLOSED:
            return edit(
                named(QT_TRANSLATE_NOOP("Edits", "Close {reference}"), reference=ref),
                close_risk,
                row.id,
            )
        if row.status == RiskStatus.CLOSED:
            return edit(
                named(QT_TRANSLATE_NOOP("Edits", "Reopen {reference}"), reference=ref),
                reopen_risk,
                row.id,
            )
        template = _STATUS_NAMES.get(chosen)
        step = (
            named(template, reference=ref)
            if template is not None
            # Not a status: the service refuses it, and the message quotes it as typed.
            else named(
                QT_TRANSLATE_NOOP("Edits", "Set {reference} to {status}"),
                reference=ref,
                status=value,
            )
        )
        return edit(step, edit_risk, row.id, status=chosen)
    name = _FIELDS.get(column)
    if name is None:
        raise ValueError(
            QCoreApplication.translate(
                "RiskCellEdit", "This column is worked out from the others and cannot be edited."
            )
        )
    return edit(named(_FIELD_NAMES[column], reference=ref), edit_risk, row.id, **{name: chosen})
