"""What an inline edit of the risk table does: the service call it becomes."""

from __future__ import annotations

from cpm_desktop.domain import RiskStatus
from cpm_desktop.services.risks.register import close_risk, edit_risk, reopen_risk
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.ui.risks.risk_model import IMPACT, OWNER, PROBABILITY, STATUS, TITLE
from cpm_desktop.ui.undo import Edit

_FIELDS = {TITLE: "title", OWNER: "owner", PROBABILITY: "probability", IMPACT: "impact"}


def cell_edit(row: RiskRow, column: int, value: object) -> Edit:
    """Turn a value chosen in `column` of `row` into an edit (the service validates it)."""
    ref = row.reference
    if column == STATUS:
        if value == RiskStatus.CLOSED:
            return Edit(f"Close {ref}", close_risk, (row.id,))
        if row.status == RiskStatus.CLOSED:
            return Edit(f"Reopen {ref}", reopen_risk, (row.id,))
        return Edit(f"Set {ref} to {value}", edit_risk, (row.id,), {"status": value})
    name = _FIELDS.get(column)
    if name is None:
        raise ValueError("This column is worked out from the others and cannot be edited.")
    what = "Rename" if column == TITLE else f"Change the {name} of"
    return Edit(f"{what} {ref}", edit_risk, (row.id,), {name: value})
