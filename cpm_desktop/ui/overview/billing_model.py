"""BillingTableModel: the billing schedule as a read-only table; steps happen in the panel."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from cpm_desktop.domain.billing import status_label
from cpm_desktop.services.records.billing import BillingRow
from cpm_desktop.ui.formatting import money_text, short_date_text
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.records.cells import ALIGN_RIGHT
from cpm_desktop.ui.records.filter_proxy import RecordFilterProxy
from cpm_desktop.ui.records.table_model import AnyIndex, RecordTableModel
from cpm_desktop.ui.theme import colors

SORT_ROLE = Qt.ItemDataRole.UserRole + 2
STATUS_ROLE = Qt.ItemDataRole.UserRole + 3
COLUMNS = tuple(  # English, marked; headerData translates
    str(title)
    for title in (
        QT_TRANSLATE_NOOP("BillingTableModel", "WBS"),
        QT_TRANSLATE_NOOP("BillingTableModel", "Billing milestone"),
        QT_TRANSLATE_NOOP("BillingTableModel", "Due"),
        QT_TRANSLATE_NOOP("BillingTableModel", "Amount"),
        QT_TRANSLATE_NOOP("BillingTableModel", "Status"),
        QT_TRANSLATE_NOOP("BillingTableModel", "Invoiced"),
        QT_TRANSLATE_NOOP("BillingTableModel", "Invoice no."),
        QT_TRANSLATE_NOOP("BillingTableModel", "Paid"),
    )
)
WBS, NAME, DUE, AMOUNT, STATUS, INVOICED, NUMBER, PAID = range(len(COLUMNS))
NO_DATE = "9999-12-31"


def invoice_status_color(status: str) -> QColor:
    """Grey until due, amber while due, blue once invoiced, green when paid."""
    c = colors()
    return QColor(
        {
            "not_due": c.muted_text,
            "due": c.rag_amber,
            "invoiced": c.highlight,
            "paid": c.rag_green,
        }.get(status, c.muted_text)
    )


def status_chip_color(index: QModelIndex | QPersistentModelIndex) -> QColor:
    """The chip colour of a status cell, through any proxy."""
    return invoice_status_color(str(index.data(STATUS_ROLE) or ""))


class BillingProxy(RecordFilterProxy[BillingRow]):
    """Sorts the schedule by any column; every milestone is shown."""

    def tie_key(self, record: BillingRow) -> int:
        """Outline order, by id, for equal keys."""
        return record.id

    def accepts(self, record: BillingRow) -> bool:
        """Every billing milestone passes."""
        return True


class BillingTableModel(RecordTableModel[BillingRow]):
    """One row per billing milestone, in outline order; dates and amounts sort as values."""

    def __init__(self) -> None:
        super().__init__(COLUMNS)
        self.currency = "EUR"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self._row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == AMOUNT:
            return ALIGN_RIGHT
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole and column == DUE and row.waits_for:
            return QCoreApplication.translate(
                "BillingTableModel",
                "Becomes due when the client accepts the deliverable {reference}",
            ).format(reference=row.waits_for)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("BillingTableModel", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def _text(self, row: BillingRow, column: int) -> str:
        return {
            WBS: row.wbs,
            NAME: row.name,
            # A milestone that waits for a deliverable is due once the client accepts it.
            DUE: short_date_text(row.due_on)
            + (
                QCoreApplication.translate("BillingTableModel", " · on {reference}").format(
                    reference=row.waits_for
                )
                if row.waits_for
                else ""
            ),
            AMOUNT: money_text(row.amount, self.currency),
            STATUS: status_label(row.status),
            INVOICED: short_date_text(row.invoiced_on),
            NUMBER: row.invoice_number,
            PAID: short_date_text(row.paid_on),
        }[column]

    def _sort_key(self, row: BillingRow, column: int) -> object:
        if column == AMOUNT:
            return float(row.amount)
        if column == STATUS:
            return ("not_due", "due", "invoiced", "paid").index(row.status)
        day = {DUE: row.due_on, INVOICED: row.invoiced_on, PAID: row.paid_on}.get(column)
        if column in (DUE, INVOICED, PAID):
            return day.isoformat() if day else NO_DATE
        if column == WBS:
            return tuple(int(part) for part in row.wbs.split(".") if part.isdigit())
        return self._text(row, column).casefold()
