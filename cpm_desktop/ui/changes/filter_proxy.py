"""ChangeFilterProxy: the requests the filter bar lets through, sorted by value."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cpm_desktop.domain import ChangeStatus
from cpm_desktop.domain.change_workflow import PENDING
from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.ui.changes.change_model import SORT_ROLE, ChangeTableModel
from cpm_desktop.ui.changes.vocabulary import status_text
from cpm_desktop.ui.records.cells import reference_number
from cpm_desktop.ui.records.filter_proxy import RecordFilterProxy, matches_text

OPEN = "open"  # everything not closed
AWAITING = "pending"  # submitted or under assessment: waiting for the client's decision


def status_filters() -> list[tuple[str, str]]:
    """The status filter's choices: (value, text in the window's language); '' is all."""
    return [
        ("", QCoreApplication.translate("ChangeFilterProxy", "All requests")),
        (OPEN, QCoreApplication.translate("ChangeFilterProxy", "Open (not closed)")),
        (AWAITING, QCoreApplication.translate("ChangeFilterProxy", "Awaiting decision")),
        *((status.value, status_text(status)) for status in ChangeStatus),
    ]


class ChangeFilterProxy(RecordFilterProxy[ChangeRow]):
    """Filters by status, category and searched text; sorts by each column's sort key."""

    FILTERS = ("status", "category", "text")

    def __init__(self, source: ChangeTableModel) -> None:
        super().__init__(source, SORT_ROLE)
        self.status = ""
        self.category = ""
        self.text = ""

    def tie_key(self, record: ChangeRow) -> int:
        """The reference number, so CR-010 follows CR-009."""
        return reference_number(record.reference)

    def accepts(self, row: ChangeRow) -> bool:
        """Tell whether `row` passes every filter."""
        if self.status == OPEN:
            if row.status == ChangeStatus.CLOSED:
                return False
        elif self.status == AWAITING:
            if row.status not in PENDING:
                return False
        elif self.status and row.status != self.status:
            return False
        if self.category and row.category != self.category:
            return False
        return matches_text(
            self.text,
            row.reference,
            row.title,
            row.requested_by,
            row.description,
            row.reason,
            row.scope_impact,
            row.decided_by,
            row.decision_notes,
        )
