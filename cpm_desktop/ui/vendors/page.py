"""VendorsPage: the project's purchase orders — vendor, value, invoiced, remaining commitment and
late items — and below, the selected order: what it covers, its invoices, the vendor's
performance. Every change (vendors, orders, what they cover, invoices) is one undoable edit;
a refusal of the service is shown and changes nothing."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.portfolio.views import project_summary, task_rows
from cpm_desktop.services.vendors.invoices import add_invoice, delete_invoice, edit_invoice
from cpm_desktop.services.vendors.orders import add_order, cover, delete_order, edit_order, uncover
from cpm_desktop.services.vendors.views import (
    DELIVERABLE,
    TASK,
    OrderRow,
    vendor_orders,
    vendors,
)
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.chips import rag_chip_delegate
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.table_model import titled
from cpm_desktop.ui.records.table_model import Record
from cpm_desktop.ui.records.widgets import action_button, panel_action
from cpm_desktop.ui.undo import Edit, Editor, edit, named
from cpm_desktop.ui.vendors.columns import (
    INVOICED_COLUMN,
    LATE_COLUMN,
    ORDER_COLUMNS,
    summary_line,
)
from cpm_desktop.ui.vendors.detail import OrderDetail
from cpm_desktop.ui.vendors.dialogs import CoverDialog, InvoiceDialog, OrderDialog, VendorDialog
from cpm_desktop.ui.vendors.vendor_list import VendorListDialog, add_edit
from cpm_desktop.workspace import RecordKind

TABLE_SHARE = 0.45  # at most this share of the height for the orders; the detail takes the rest


class VendorsPage(RecordPanel[OrderRow]):
    """The project's purchase orders with their vendors, coverage, invoices and performance."""

    NOUN = QT_TRANSLATE_NOOP("RecordNouns", "purchase order")
    LIST = QT_TRANSLATE_NOOP("RecordLists", "Purchase orders")
    KINDS = (
        RecordKind.VENDOR,
        RecordKind.PURCHASE_ORDER,
        RecordKind.PURCHASE_ORDER_ITEM,
        RecordKind.VENDOR_INVOICE,
    )

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(
            editor,
            titled(ORDER_COLUMNS, "VendorColumns"),
            QCoreApplication.translate(
                "VendorsPage",
                "No purchase orders yet. Record what the project buys from vendors: the order's "
                "number and value, the tasks and deliverables it covers, and the invoices as "
                "they come in.",
            ),
            parent,
        )
        self.setObjectName("vendorsPage")
        self.table.setObjectName("ordersTable")
        chips = rag_chip_delegate(self.table)
        self.table.setItemDelegateForColumn(LATE_COLUMN, chips)
        self.table.setItemDelegateForColumn(INVOICED_COLUMN, chips)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._rows: Sequence[OrderRow] = ()
        self.vendors_action = panel_action(
            self,
            "team",
            QCoreApplication.translate("VendorsPage", "&Vendors…"),
            QCoreApplication.translate(
                "VendorsPage", "Add, edit and delete the workspace's vendors"
            ),
        )
        self.vendors_action.triggered.connect(self.manage_vendors)
        self.bar.insertWidget(3, action_button(self.vendors_action))
        self.cover_action = panel_action(
            self,
            "new",
            QCoreApplication.translate("VendorsPage", "&Cover…"),
            QCoreApplication.translate(
                "VendorsPage", "The order covers a task or deliverable of the plan"
            ),
        )
        self.uncover_action = panel_action(
            self,
            "delete",
            QCoreApplication.translate("VendorsPage", "&Remove"),
            QCoreApplication.translate(
                "VendorsPage", "The order no longer covers the selected item"
            ),
        )
        self.add_invoice_action = panel_action(
            self,
            "new",
            QCoreApplication.translate("VendorsPage", "Record &invoice…"),
            QCoreApplication.translate(
                "VendorsPage", "Record an invoice received against the order"
            ),
        )
        self.edit_invoice_action = panel_action(
            self,
            "details",
            QCoreApplication.translate("VendorsPage", "Edit in&voice…"),
            QCoreApplication.translate("VendorsPage", "Edit the selected invoice"),
        )
        self.delete_invoice_action = panel_action(
            self,
            "delete",
            QCoreApplication.translate("VendorsPage", "Delete invoi&ce"),
            QCoreApplication.translate("VendorsPage", "Delete the selected invoice"),
        )
        self.cover_action.triggered.connect(self.cover_item)
        self.uncover_action.triggered.connect(self.uncover_item)
        self.add_invoice_action.triggered.connect(self.add_invoice)
        self.edit_invoice_action.triggered.connect(self.edit_invoice)
        self.delete_invoice_action.triggered.connect(self.delete_invoice)
        self.detail = OrderDetail(
            (self.cover_action, self.uncover_action),
            (self.add_invoice_action, self.edit_invoice_action, self.delete_invoice_action),
        )
        self.detail.setObjectName("orderDetail")
        for small in (self.detail.covers, self.detail.invoices):
            small.table.selectionModel().currentRowChanged.connect(self._update_detail_actions)
            small.proxy.modelReset.connect(self._update_detail_actions)
        self.detail.invoices.table.doubleClicked.connect(lambda _: self.edit_invoice())
        self.splitter = self.put_detail_below(self.detail, share=TABLE_SHARE, name="vendors")
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        for signal in (self.proxy.modelReset, self.proxy.layoutChanged, self.proxy.rowsRemoved):
            signal.connect(self._show_current)
        self.proxy.dataChanged.connect(self._show_current)
        self._show_current()

    # -- what RecordPanel asks ------------------------------------------------------------

    def show_project(self, project_id: int | None) -> None:
        """Show a project's orders, the first one selected so its detail shows."""
        super().show_project(project_id)
        if self.current_row() is None and self.proxy.rowCount() > 0:
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def read_rows(self, project_id: int) -> Sequence[OrderRow]:
        """The project's purchase orders."""
        self._rows = self.editor.workspace.run(vendor_orders, project_id)
        return self._rows

    def after_refresh(self) -> None:
        """The summary line, the table's share of the height, and the selected order."""
        self.summary.setText(summary_line(self._rows) if self.project_id is not None else "")
        self.splitter.setVisible(self.model.rowCount() > 0)
        self.splitter.share_height()
        self._show_current()

    def dialog(self, row: OrderRow | None, submit: Submit) -> RecordDialog:
        """The order form with the workspace's vendors, in the project's currency."""
        pid = self.project_id
        assert pid is not None  # the page edits only when a project is shown
        run = self.editor.workspace.run
        currency = run(project_summary, pid).currency
        return OrderDialog(row, run(vendors), currency, submit, self)

    def add_record(self) -> None:
        """Add an order; with no vendor in the workspace yet, add the vendor first."""
        if self.project_id is None:
            return
        if not self.editor.workspace.run(vendors):
            QMessageBox.information(
                self,
                QCoreApplication.translate("VendorsPage", "Add purchase order"),
                QCoreApplication.translate(
                    "VendorsPage", "An order is placed with a vendor: add it first."
                ),
            )
            if not VendorDialog(
                None, lambda values: self.run_checked(add_edit(values)), self
            ).exec():
                return
        super().add_record()

    def add_edit(self, project_id: int, values: dict[str, Any]) -> Edit[Record]:
        """Place the order."""
        fields = dict(values)
        vendor_id, number = fields.pop("vendor_id"), fields.pop("number")
        return edit(
            QT_TRANSLATE_NOOP("Edits", "Add purchase order"),
            add_order,
            project_id,
            vendor_id,
            number,
            **fields,
        )

    def update_edit(self, row: OrderRow, values: dict[str, Any]) -> Edit[object]:
        """Change the order to the form's values."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Edit PO {number}"), number=row.number)
        return edit(label, edit_order, row.id, **values)

    def delete_edit(self, row: OrderRow) -> Edit[object]:
        """Remove the order with what it covers and its invoices."""
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete PO {number}"), number=row.number)
        return edit(label, delete_order, row.id)

    def describe(self, row: OrderRow) -> str:
        """'PO 4500012345 of Zebra Technologies, with its 2 invoices'."""
        count = len(row.invoices)
        # Two or more always take the plural, in English, German and French alike.
        if count == 1:
            text = QCoreApplication.translate(
                "VendorsPage", "PO {number} of {vendor}, with its 1 invoice"
            )
        elif count:
            text = QCoreApplication.translate(
                "VendorsPage", "PO {number} of {vendor}, with its {count} invoices"
            )
        else:
            text = QCoreApplication.translate("VendorsPage", "PO {number} of {vendor}")
        return text.format(number=row.number, vendor=row.vendor, count=count)

    # -- the selected order --------------------------------------------------------------

    def _show_current(self, *_: object) -> None:
        self.detail.show_row(self.current_row())
        self._update_detail_actions()

    def _update_detail_actions(self, *_: object) -> None:
        order = self.current_row()
        self.cover_action.setEnabled(order is not None)
        self.add_invoice_action.setEnabled(order is not None)
        self.uncover_action.setEnabled(
            order is not None and self.detail.covers.current() is not None
        )
        invoice = self.detail.invoices.current() if order is not None else None
        self.edit_invoice_action.setEnabled(invoice is not None)
        self.delete_invoice_action.setEnabled(invoice is not None)

    def manage_vendors(self) -> None:
        """The workspace's vendors, to add, edit and delete."""
        if self.project_id is None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("VendorsPage", "Vendors"),
                QCoreApplication.translate("VendorsPage", "Open a project to change its vendors."),
            )
            return
        VendorListDialog(self.editor.workspace, self.run_checked, self).exec()

    def cover_item(self) -> None:
        """Pick a task or deliverable of the plan the selected order covers."""
        order, pid = self.current_row(), self.project_id
        if order is None or pid is None:
            return
        run = self.editor.workspace.run
        tasks_taken = {i.target_id for i in order.items if i.kind == TASK}
        taken = {i.target_id for i in order.items if i.kind == DELIVERABLE}
        tasks = [
            (t.id, f"{t.wbs}  {t.name}") for t in run(task_rows, pid) if t.id not in tasks_taken
        ]
        items = [
            (d.id, f"{d.reference}  {d.name}") for d in run(deliverables, pid) if d.id not in taken
        ]

        def submit(values: dict[str, Any]) -> str | None:
            label = named(QT_TRANSLATE_NOOP("Edits", "Cover with PO {number}"), number=order.number)
            return self.run_checked(edit(label, cover, order.id, **values))

        CoverDialog(order, tasks, items, submit, self).exec()

    def uncover_item(self) -> None:
        """The selected order no longer covers the selected item."""
        order, item = self.current_row(), self.detail.covers.current()
        if order is None or item is None:
            return
        label = named(
            QT_TRANSLATE_NOOP("Edits", "Remove {reference} from PO {number}"),
            reference=item.reference,
            number=order.number,
        )
        problem = self.run_checked(edit(label, uncover, item.id))
        if problem:
            QMessageBox.warning(self, QCoreApplication.translate("VendorsPage", "Remove"), problem)

    def add_invoice(self) -> None:
        """Record an invoice received against the selected order."""
        order = self.current_row()
        if order is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            fields = dict(values)
            number = fields.pop("number")
            label = named(
                QT_TRANSLATE_NOOP("Edits", "Record invoice {invoice} on PO {number}"),
                invoice=number,
                number=order.number,
            )
            return self.run_checked(edit(label, add_invoice, order.id, number, **fields))

        InvoiceDialog(None, order, self._leaf_tasks(), submit, self).exec()

    def edit_invoice(self) -> None:
        """Edit the selected invoice."""
        order, invoice = self.current_row(), self.detail.invoices.current()
        if order is None or invoice is None:
            return

        def submit(values: dict[str, Any]) -> str | None:
            label = named(
                QT_TRANSLATE_NOOP("Edits", "Edit invoice {number}"), number=invoice.number
            )
            return self.run_checked(edit(label, edit_invoice, invoice.id, **values))

        InvoiceDialog(invoice, order, self._leaf_tasks(), submit, self).exec()

    def delete_invoice(self) -> None:
        """Delete the selected invoice once the user confirms."""
        invoice = self.detail.invoices.current()
        if invoice is None:
            return
        title = QCoreApplication.translate("VendorsPage", "Delete invoice")
        answer = QMessageBox.question(
            self,
            title,
            QCoreApplication.translate(
                "VendorsPage", "Delete invoice {number}?\n\nEdit › Undo brings it back."
            ).format(number=invoice.number),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        label = named(QT_TRANSLATE_NOOP("Edits", "Delete invoice {number}"), number=invoice.number)
        problem = self.run_checked(edit(label, delete_invoice, invoice.id))
        if problem:
            QMessageBox.warning(self, title, problem)

    def _leaf_tasks(self) -> list[tuple[object, str]]:
        """The tasks an invoice may be charged to: work, not summaries."""
        pid = self.project_id
        assert pid is not None  # an order is selected: a project is shown
        rows = self.editor.workspace.run(task_rows, pid)
        return [(t.id, f"{t.wbs}  {t.name}") for t in rows if not t.is_summary]
