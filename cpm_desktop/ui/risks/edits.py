"""What an inline edit of the risk table does: the service call it becomes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain import RiskStatus
from cpm_desktop.services.risks.register import close_risk, edit_risk, reopen_risk
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.ui.risks.risk_model import IMPACT, OWNER, PROBABILITY, STATUS, TITLE
from cpm_desktop.ui.undo import Edit, edit

_FIELDS = {TITLE: "title", OWNER: "owner", PROBABILITY: "probability", IMPACT: "impact"}


def cell_edit(row: RiskRow, column: int, value: object) -> Edit[object]:
    """Turn a value chosen in `column` of `row` into an edit (the service validates it).

    The edits' names stay English: the audit trail keeps them when they are undone or redone.
    """
    chosen: Any = value  # whatever the cell's editor held: the service checks and may refuse it
    ref = row.reference
    if column == STATUS:
        if value == RiskStatus.CLOSED:
            return edit(f"Close {ref}", close_risk, row.id)
        if row.status == RiskStatus.CLOSED:
            return edit(f"Reopen {ref}", reopen_risk, row.id)
        return edit(f"Set {ref} to {value}", edit_risk, row.id, status=chosen)
    name = _FIELDS.get(column)
    if name is None:
        raise ValueError(
            QCoreApplication.translate(
                "RiskCellEdit", "This column is worked out from the others and cannot be edited."
            )
        )
    what = "Rename" if column == TITLE else f"Change the {name} of"
    return edit(f"{what} {ref}", edit_risk, row.id, **{name: chosen})
