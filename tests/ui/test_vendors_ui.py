"""The Vendors page on a copy of the demo: the orders with their commitment and late items, the
selected order's coverage and invoices; vendors, orders, coverage and invoices added, changed
and removed as undoable edits, refusals shown in the form; the late vendor tasks in the Risks
tab."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

import pytest

from cpm_desktop.services.vendors.views import OrderRow, vendor_orders, vendors
from cpm_desktop.ui.project_records.table_model import CHIP_ROLE
from cpm_desktop.ui.risks.tab import RisksTab
from cpm_desktop.ui.undo import Editor
from cpm_desktop.ui.vendors.columns import INVOICED_COLUMN, LATE_COLUMN
from cpm_desktop.ui.vendors.dialogs import CoverDialog, InvoiceDialog, OrderDialog, VendorDialog
from cpm_desktop.ui.vendors.page import VendorsPage
from cpm_desktop.ui.vendors.vendor_list import VendorListDialog
from tests.ui import project_records_support as support
from tests.ui.project_records_support import answer_dialogs, confirm, shown_column

editor = support.editor  # fixtures
project_id = support.project_id
SAP_PO, HARDWARE_PO = "SUB-2026-031", "PO-2026-0412"


@pytest.fixture
def page(qtbot: Any, editor: Editor, project_id: int) -> VendorsPage:
    """The page on the demo project, at a projector's size."""
    shown = VendorsPage(editor)
    qtbot.addWidget(shown)
    shown.resize(1000, 640)
    shown.show_project(project_id)
    shown.show()
    return shown


def stored(editor: Editor, pid: int) -> dict[str, OrderRow]:
    """The project's orders by number, as the workspace file has them now."""
    return {row.number: row for row in editor.workspace.run(vendor_orders, pid)}


def pick(page: VendorsPage, number: str) -> OrderRow:
    """Select an order by number; the row as the page shows it."""
    assert page.select(next(r.id for r in page._rows if r.number == number))
    row = page.current_row()
    assert row is not None
    return row


def test_the_orders_their_commitment_and_the_selected_orders_detail(
    page: VendorsPage, qtmodeltester: Any
) -> None:
    """Two orders by vendor with value, invoiced, remaining and a red 'late' chip; the first
    is selected, its covered tasks and its invoice below."""
    qtmodeltester.check(page.model)
    assert shown_column(page, 1) == [SAP_PO, HARDWARE_PO]
    assert shown_column(page, 4) == ["23,220 EUR", "10,800 EUR"]
    late = page.proxy.index(0, LATE_COLUMN)
    assert (late.data(), late.data(CHIP_ROLE)) == ("2 late", "red")
    assert page.summary.text().startswith("2 orders · 40,200 EUR ordered, 6,180 EUR invoiced")
    detail = page.detail
    assert detail.heading.text() == f"PO {SAP_PO}  ·  Elbe Integration Services GmbH"
    assert [r.reference for r in detail.covers.model._rows] == ["4.4.1", "4.4.2"]
    assert [r.number for r in detail.invoices.model._rows] == ["EIS-2026-0093"]
    assert "remain committed" in detail.summary.text()
    assert page.add_invoice_action.isEnabled()
    assert not page.edit_invoice_action.isEnabled()  # no invoice selected yet


def test_a_vendor_and_an_order_are_added_and_undone(
    page: VendorsPage, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A duplicate order number is refused in the form (nothing added); a new vendor's order
    is added and selected; Undo takes it away again."""

    def fill_order(dialog: OrderDialog) -> None:
        dialog.vendor.setCurrentIndex(dialog.vendor.findText("Nordlicht Labels"))
        dialog.number.setText(HARDWARE_PO if len(opened) == 1 else "PO-2026-0500")
        dialog.value.setText("3200")

    answer_dialogs(monkeypatch, VendorDialog, lambda d: d.name.setText("Nordlicht Labels"))
    listing = VendorListDialog(editor.workspace, page.run_checked, page)
    listing.add()
    assert [r.name for r in listing.model._rows][-1] == "Nordlicht Labels"
    opened = answer_dialogs(monkeypatch, OrderDialog, fill_order)
    page.add_record()
    assert "already has a purchase order numbered" in opened[0].error.text()
    assert set(stored(editor, project_id)) == {SAP_PO, HARDWARE_PO}
    page.add_record()
    added = stored(editor, project_id)["PO-2026-0500"]
    assert (added.vendor, added.value, added.currency) == ("Nordlicht Labels", Decimal(3200), "EUR")
    assert page.current_id() == added.id
    editor.stack(project_id).undo()
    assert set(stored(editor, project_id)) == {SAP_PO, HARDWARE_PO}
    assert "Nordlicht Labels" in {v.name for v in editor.workspace.run(vendors)}


def test_an_invoice_over_the_order_is_flagged_and_coverage_changes_undoably(
    page: VendorsPage, editor: Editor, project_id: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An invoice that takes the total over the value shows amber; a deliverable is covered
    and uncovered; the invoice is deleted; each step undoes."""
    pick(page, HARDWARE_PO)

    def fill_invoice(dialog: InvoiceDialog) -> None:
        dialog.number.setText("HMD-26-1300")
        dialog.amount.setText("12000")

    answer_dialogs(monkeypatch, InvoiceDialog, fill_invoice)
    page.add_invoice()
    row = stored(editor, project_id)[HARDWARE_PO]
    assert row.over_order
    assert row.invoices[-1].received_on == dt.date.today()
    over = page.proxy.index(page.proxy.rowCount() - 1, INVOICED_COLUMN)
    assert over.data(CHIP_ROLE) == "amber"

    answer_dialogs(
        monkeypatch, CoverDialog, lambda d: d.target.setCurrentIndex(d.target.count() - 1)
    )
    page.cover_item()
    covered = stored(editor, project_id)[HARDWARE_PO].items
    assert [i.kind for i in covered] == ["task", "task", "deliverable"]
    page.detail.covers.table.selectRow(2)
    page.uncover_item()
    assert len(stored(editor, project_id)[HARDWARE_PO].items) == 2

    confirm(monkeypatch)
    invoices = page.detail.invoices
    invoices.table.selectRow(1)
    assert page.delete_invoice_action.isEnabled()
    page.delete_invoice()
    assert not stored(editor, project_id)[HARDWARE_PO].over_order
    stack = editor.stack(project_id)
    for _ in range(4):
        stack.undo()
    assert len(stored(editor, project_id)[HARDWARE_PO].items) == 2
    assert [i.number for i in stored(editor, project_id)[HARDWARE_PO].invoices] == ["HMD-26-1187"]


def test_the_risks_tab_names_the_vendors_late_tasks(
    qtbot: Any, editor: Editor, project_id: int
) -> None:
    """One read-only line above the register, by vendor; the reasons in its tooltip."""
    tab = RisksTab(editor)
    qtbot.addWidget(tab.page)
    tab.show_project(project_id)
    line = tab.view.vendor_label
    assert not line.isHidden()
    assert line.text() == (
        "Vendor: Hanse Mobile Devices GmbH late on tasks 4.2.3, 4.3.3  ·  "
        "Vendor: Elbe Integration Services GmbH late on tasks 4.4.1, 4.4.2"
    )
    assert "after its baseline finish" in line.toolTip()
