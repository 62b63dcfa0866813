"""ChangeTableModel: adapts the rows of a ChangeLog to a read-only table model.

Edits happen in the detail form; the refreshed log comes back through `set_log`.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from cpm_desktop.domain import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.services.changes.views import ChangeLog, ChangeRow
from cpm_desktop.texts import _
from cpm_desktop.ui.changes.vocabulary import status_text
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_CENTER, ALIGN_RIGHT, reference_number
from cpm_desktop.ui.records.table_model import AnyIndex, RecordTableModel
from cpm_desktop.ui.theme import colors

CR_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3

# Headers and tips in English; shown through QCoreApplication.translate("ChangeTableModel", …).
COLUMNS = (
    QT_TRANSLATE_NOOP("ChangeTableModel", "Ref"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Title"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Category"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Priority"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Status"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Requested by"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Raised"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Days"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Cost"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Change order"),
    QT_TRANSLATE_NOOP("ChangeTableModel", "Decided"),
)
(REF, TITLE, CATEGORY, PRIORITY, STATUS, REQUESTED_BY, RAISED, DAYS, COST, ORDER, DECIDED) = range(
    len(COLUMNS)
)
MONEY = (COST, ORDER)
COLUMN_TIPS = {
    DAYS: QT_TRANSLATE_NOOP("ChangeTableModel", "Schedule impact in working days"),
    COST: QT_TRANSLATE_NOOP("ChangeTableModel", "Cost impact: what the change costs the project"),
    ORDER: QT_TRANSLATE_NOOP(
        "ChangeTableModel", "Change-order value: what the client pays for a billable change"
    ),
    DECIDED: QT_TRANSLATE_NOOP(
        "ChangeTableModel", "When the client decided (approved or rejected)"
    ),
    RAISED: QT_TRANSLATE_NOOP("ChangeTableModel", "When the request was raised"),
}
NO_DATE = "9999-12-31"  # undated rows sort after every date
# The widest text a column usually holds: widths come from these, not from the rows shown,
# so the title keeps the room a projector needs (long names elide, with a tooltip). The
# category, priority and status columns take their widest word in the window's language.
WIDEST = {
    REF: "CR-000",
    REQUESTED_BY: "Henrik Sørensen",
    RAISED: "00 Sept 0000",
    DAYS: "000",
    COST: "000,000",
    ORDER: "000,000",
    DECIDED: "00 Sept 0000",
}


class ChangeTableModel(RecordTableModel[ChangeRow]):
    """One row per change request, in reference order."""

    def __init__(self) -> None:
        super().__init__(
            [QCoreApplication.translate("ChangeTableModel", title) for title in COLUMNS]
        )
        self._currency = ""
        self._bold = QFont()
        self._bold.setBold(True)

    def set_log(self, log: ChangeLog | None) -> None:
        """Show `log` (None: nothing); the same requests in the same order update in place."""
        currency = log.currency if log is not None else ""
        changed = currency != self._currency
        if changed:
            self._currency = currency
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, COST, ORDER)
        self.set_rows(log.rows if log is not None else [])
        if changed:
            self.context_changed()

    # -- QAbstractTableModel -------------------------------------------------------------

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        role = int(role)
        if role == Qt.ItemDataRole.DisplayRole:
            return display(row, column)
        if role == SORT_ROLE:
            return sort_key(row, column)
        if role == CR_ID_ROLE:
            return row.id
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ForegroundRole:
            return _foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return (
                self._bold
                if column == PRIORITY and row.priority == ChangePriority.CRITICAL
                else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (*MONEY, DAYS):
                return ALIGN_RIGHT
            return ALIGN_CENTER if column == STATUS else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(row, column)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = QCoreApplication.translate("ChangeTableModel", COLUMNS[section])
            if section in MONEY and self._currency:
                return f"{title} ({self._currency})"
            return title
        if role == Qt.ItemDataRole.ToolTipRole and section in COLUMN_TIPS:
            return QCoreApplication.translate("ChangeTableModel", COLUMN_TIPS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if section in (*MONEY, DAYS):
                return ALIGN_RIGHT
            return ALIGN_CENTER if section == STATUS else None
        return None

    def _tip(self, row: ChangeRow, column: int) -> str | None:
        if column == TITLE:
            return f"{row.reference} {row.title}" + (
                f"\n\n{row.description}" if row.description else ""
            )
        if column == ORDER and not row.billable:
            return QCoreApplication.translate(
                "ChangeTableModel", "Not billable: the client pays nothing extra"
            )
        if column in MONEY:
            amount = row.cost_impact if column == COST else row.change_order_value
            return money_text(amount, self._currency)
        if column == STATUS and row.approved and row.status == ChangeStatus.CLOSED:
            return QCoreApplication.translate(
                "ChangeTableModel", "Closed after approval: counts in the approved totals"
            )
        if column == REQUESTED_BY and row.requested_by:
            return row.requested_by
        return None


def amount_text(amount: Decimal) -> str:
    """An amount without its currency (the header names it); a dash for nothing."""
    return money_text(amount, "").strip() if amount else "—"


def display(row: ChangeRow, column: int) -> str:
    """The text of a cell."""
    if column == REF:
        return row.reference
    if column == TITLE:
        return row.title
    if column == CATEGORY:
        return _(ChangeCategory(row.category).label)
    if column == PRIORITY:
        return _(ChangePriority(row.priority).label)
    if column == STATUS:
        return status_text(row.status)
    if column == REQUESTED_BY:
        return row.requested_by or "—"
    if column == RAISED:
        return short_date_text(row.raised_on)
    if column == DAYS:
        return str(row.schedule_days) if row.schedule_days else "—"
    if column == COST:
        return amount_text(row.cost_impact)
    if column == ORDER:
        return amount_text(row.change_order_value) if row.billable else "—"
    if column == DECIDED:
        return short_date_text(row.decided_on) or "—"
    return ""


def sort_key(row: ChangeRow, column: int) -> object:
    """A value that sorts a column as users expect: numbers, dates and the workflow by value."""
    if column == REF:
        return reference_number(row.reference)
    if column == PRIORITY:
        return list(ChangePriority).index(ChangePriority(row.priority))
    if column == STATUS:
        return list(ChangeStatus).index(ChangeStatus(row.status))
    if column == DAYS:
        return row.schedule_days
    if column == COST:
        return float(row.cost_impact)
    if column == ORDER:
        return float(row.change_order_value) if row.billable else -1.0
    if column == RAISED:
        return row.raised_on.isoformat()
    if column == DECIDED:
        return row.decided_on.isoformat() if row.decided_on else NO_DATE
    if column == REQUESTED_BY and not row.requested_by:
        return "\uffff"  # unnamed requesters after the named ones
    return display(row, column).casefold()


def _foreground(row: ChangeRow, column: int) -> QColor | None:
    c = colors()
    if row.status == ChangeStatus.CLOSED:
        return QColor(c.muted_text)
    if column == PRIORITY and row.priority == ChangePriority.CRITICAL:
        return QColor(c.rag_red)
    if column == REF or display(row, column) == "—":
        return QColor(c.muted_text)
    return None
