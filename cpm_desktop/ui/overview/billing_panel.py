"""BillingPanel: the project's billing schedule, its totals, and each step of the invoice flow.

Every change (bill a task, change or remove an amount, due, invoiced, paid) is one undoable
edit through the Editor; the refreshed schedule comes back through `show_overview`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.domain.billing import LOCKED, RECORDED_STEPS, next_steps
from cpm_desktop.services.deliverables.billing_terms import set_billing_terms
from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.portfolio.views import task_rows
from cpm_desktop.services.records.billing import (
    BillingRow,
    BillingTotals,
    set_billing,
    set_invoice_status,
)
from cpm_desktop.ui.formatting import money_text
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.overview.billing_dialogs import BillingAmountDialog, InvoiceStepDialog
from cpm_desktop.ui.overview.billing_model import (
    NAME,
    SORT_ROLE,
    STATUS,
    BillingProxy,
    BillingTableModel,
    status_chip_color,
)
from cpm_desktop.ui.records.chip_delegate import ChipDelegate
from cpm_desktop.ui.records.selection import current_record, select_record
from cpm_desktop.ui.records.widgets import keep_rows_shown, style_heading, style_record_table
from cpm_desktop.ui.theme import colors
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, edit

MIN_ROWS = 4  # billing milestones always in view

# The step buttons, in the order of the flow; each shows only where the flow allows it.
# Texts in English, marked; translated where the buttons are made.
STEPS = (
    (
        InvoiceStatus.DUE,
        QT_TRANSLATE_NOOP("BillingPanel", "Mark as &Due"),
        QT_TRANSLATE_NOOP("BillingPanel", "The milestone is reached: the invoice can be sent"),
    ),
    (
        InvoiceStatus.INVOICED,
        QT_TRANSLATE_NOOP("BillingPanel", "Record &Invoice…"),
        QT_TRANSLATE_NOOP("BillingPanel", "Date the invoice sent to the client and its number"),
    ),
    (
        InvoiceStatus.PAID,
        QT_TRANSLATE_NOOP("BillingPanel", "Record &Payment…"),
        QT_TRANSLATE_NOOP("BillingPanel", "Date the client's payment"),
    ),
    (
        InvoiceStatus.NOT_DUE,
        QT_TRANSLATE_NOOP("BillingPanel", "Back to &Not Due"),
        QT_TRANSLATE_NOOP("BillingPanel", "Marked due too early: undo the step"),
    ),
)


class BillingPanel(QWidget):
    """The billing schedule with its totals and the buttons of the invoice flow."""

    sig_edited = Signal()
    """Emitted after an edit the panel made, so its owner re-reads the overview."""

    def __init__(self, editor: Editor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self._project_id: int | None = None
        self._currency = "EUR"
        self.heading = QLabel(QCoreApplication.translate("BillingPanel", "Billing schedule"))
        style_heading(self.heading)
        self.totals = QLabel()
        self.totals.setObjectName("billingTotals")
        self.totals.setWordWrap(True)
        self.totals.setStyleSheet(f"color: {colors().muted_text};")
        self.model = BillingTableModel()
        self.proxy = BillingProxy(self.model, SORT_ROLE)
        self.view = QTableView()
        self.view.setObjectName("billingTable")
        self.view.setAccessibleName(QCoreApplication.translate("BillingPanel", "Billing"))
        self.view.setModel(self.proxy)
        style_record_table(self.view)
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # outline order until asked
        self.view.setItemDelegateForColumn(STATUS, ChipDelegate(status_chip_color, self.view))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        # Rows enough to read the schedule; the summary page scrolls rather than squeeze it.
        keep_rows_shown(self.view, MIN_ROWS)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self.view.doubleClicked.connect(lambda *_: self.change_amount())
        self.empty = QLabel(
            QCoreApplication.translate(
                "BillingPanel",
                "No task bills the client yet. Use Bill a Task… to put an amount on a milestone.",
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {colors().muted_text};")

        self.add_button = self._button(
            QCoreApplication.translate("BillingPanel", "Bill a &Task…"),
            "new",
            QCoreApplication.translate("BillingPanel", "Put a billing amount on a task"),
        )
        self.amount_button = self._button(
            QCoreApplication.translate("BillingPanel", "Change &Amount…"),
            "details",
            QCoreApplication.translate("BillingPanel", "Change what it bills"),
        )
        self.remove_button = self._button(
            QCoreApplication.translate("BillingPanel", "&Remove"),
            "delete",
            QCoreApplication.translate("BillingPanel", "The task no longer bills"),
        )
        self.add_button.clicked.connect(self.add_billing)
        self.amount_button.clicked.connect(self.change_amount)
        self.remove_button.clicked.connect(self.remove_billing)
        self.step_buttons: dict[InvoiceStatus, QPushButton] = {}
        buttons = QHBoxLayout()
        for button in (self.add_button, self.amount_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addSpacing(16)
        for step, text, tip in STEPS:
            button = self._button(
                QCoreApplication.translate("BillingPanel", str(text)),
                "",
                QCoreApplication.translate("BillingPanel", str(tip)),
            )
            button.clicked.connect(lambda _=False, to=step: self.step(to))
            self.step_buttons[step] = button
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.heading)
        layout.addWidget(self.totals)
        layout.addLayout(buttons)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        self._update_buttons()

    def show_schedule(
        self,
        project_id: int | None,
        rows: Sequence[BillingRow],
        totals: BillingTotals | None,
        currency: str,
        revenue_text: str = "",
    ) -> None:
        """Show a project's billing schedule (keeping the selection), or nothing."""
        kept = self.current()
        self._project_id = project_id
        self._currency = currency
        new_currency = currency != self.model.currency
        self.model.currency = currency
        self.model.set_rows(rows)
        if new_currency:
            self.model.context_changed()
        self.view.setVisible(bool(rows))
        self.empty.setVisible(project_id is not None and not rows)
        self.add_button.setEnabled(project_id is not None)
        if totals is None or not rows:
            self.totals.setText(revenue_text)
        else:
            m = lambda amount: money_text(amount, currency)  # noqa: E731
            self.totals.setText(
                QCoreApplication.translate(
                    "BillingPanel",
                    "Billable {billable} · invoiced {invoiced} · paid {paid} · "
                    "outstanding {outstanding} · not yet invoiced {not_invoiced}",
                ).format(
                    billable=m(totals.billable),
                    invoiced=m(totals.invoiced),
                    paid=m(totals.paid),
                    outstanding=m(totals.outstanding),
                    not_invoiced=m(totals.not_invoiced),
                )
                + (f"\n{revenue_text}" if revenue_text else "")
            )
        if kept is not None:
            select_record(self.view, self.proxy, kept.id, 0)
        self._update_buttons()

    def current(self) -> BillingRow | None:
        """The billing milestone selected, if any."""
        return current_record(self.view, self.proxy)

    # -- edits ---------------------------------------------------------------------------

    def add_billing(self) -> None:
        """Ask for a task and an amount, then bill it."""
        if self._project_id is None:
            return
        billed = {self.model.row_at(n).task_id for n in range(self.model.rowCount())}
        choices = [
            (t.id, f"{t.wbs}  {t.name}" + ("  ◆" if t.is_milestone else ""))
            for t in self.editor.workspace.run(task_rows, self._project_id)
            if not t.is_summary and t.id not in billed
        ]
        dialog = BillingAmountDialog(
            choices, self._currency, deliverables=self._deliverables(), parent=self
        )
        if dialog.exec() == BillingAmountDialog.DialogCode.Accepted:
            terms = (dialog.task_id(), dialog.value(), dialog.waits_for())
            self._run(edit(QT_TRANSLATE_NOOP("Edits", "Bill a task"), set_billing_terms, *terms))

    def change_amount(self) -> None:
        """Ask for the selected milestone's new amount."""
        row = self.current()
        if row is None or self._project_id is None:
            return
        if row.status in LOCKED:
            QMessageBox.information(
                self,
                QCoreApplication.translate("BillingPanel", "Billing schedule"),
                QCoreApplication.translate(
                    "BillingPanel", "{name} is already {status}: the amount on the invoice stands."
                ).format(name=row.name, status=row.status),
            )
            return
        dialog = BillingAmountDialog(
            [(row.task_id, f"{row.wbs}  {row.name}")],
            self._currency,
            amount=row.amount,
            deliverables=self._deliverables(),
            waits_for=row.waits_for,
            parent=self,
        )
        if dialog.exec() == BillingAmountDialog.DialogCode.Accepted:
            terms = (row.task_id, dialog.value(), dialog.waits_for())
            self._run(edit(QT_TRANSLATE_NOOP("Edits", "Change billing"), set_billing_terms, *terms))

    def remove_billing(self) -> None:
        """Remove the selected milestone's billing amount, after asking."""
        row = self.current()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("BillingPanel", "Remove billing"),
            QCoreApplication.translate(
                "BillingPanel", "Stop billing the client for {name} ({amount})?"
            ).format(name=repr(row.name), amount=money_text(row.amount, self._currency)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._run(
                edit(QT_TRANSLATE_NOOP("Edits", "Remove billing"), set_billing, row.task_id, None)
            )

    def step(self, to: InvoiceStatus) -> None:
        """Move the selected milestone to `to`, asking for the date where the step needs one."""
        to = InvoiceStatus(to)
        row = self.current()
        if row is None:
            return
        if to in RECORDED_STEPS:
            dialog = InvoiceStepDialog(row, to, self._currency, parent=self)
            if dialog.exec() != InvoiceStepDialog.DialogCode.Accepted:
                return
            text = "Record invoice" if to is InvoiceStatus.INVOICED else "Record payment"
            self._run(
                edit(
                    text,
                    set_invoice_status,
                    row.id,
                    to,
                    on=dialog.on(),
                    invoice_number=dialog.invoice_number(),
                )
            )
            return
        self._run(
            edit(
                "Mark billing due" if to is InvoiceStatus.DUE else "Billing back to not due",
                set_invoice_status,
                row.id,
                to,
            )
        )

    # -- helpers -------------------------------------------------------------------------

    def _deliverables(self) -> list[tuple[int, str]]:
        """The project's deliverables a milestone may wait for: (id, "D-009  Final …")."""
        assert self._project_id is not None
        rows = self.editor.workspace.run(deliverables, self._project_id)
        return [(d.id, f"{d.reference}  {d.name}") for d in rows]

    def _run(self, step: Edit[object]) -> None:
        assert self._project_id is not None
        if self.editor.run(self._project_id, step) is not REFUSED:
            self.sig_edited.emit()

    def _button(self, text: str, icon_name: str, tip: str) -> QPushButton:
        button = QPushButton(icon(icon_name), text) if icon_name else QPushButton(text)
        button.setToolTip(tip)
        return button

    def _update_buttons(self) -> None:
        row = self.current()
        unlocked = row is not None and row.status not in LOCKED
        self.amount_button.setEnabled(unlocked)
        self.remove_button.setEnabled(unlocked)
        legal = next_steps(row.status) if row is not None else ()
        for step, button in self.step_buttons.items():
            button.setVisible(step in legal)
