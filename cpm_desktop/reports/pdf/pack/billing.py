"""The billing schedule: what the project bills, what is invoiced, paid and still outstanding."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cpm_desktop.reports.formatting import long_date
from cpm_desktop.reports.pdf.pack.content import Billing, BillingLine
from cpm_desktop.reports.pdf.pack.parts import (
    amount,
    cell,
    data_table,
    empty_note,
    heading,
    right,
    subheading,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import markup

WBS_WIDTH = 40.0
AMOUNT_WIDTH = 78.0
STATUS_WIDTH = 58.0
DATE_WIDTH = 70.0
NO_BILLING = "No billing milestones recorded yet."


def billing_flowables(billing: Billing, styles: Styles, width: float) -> list[Flowable]:
    """The totals, then the milestones in outline order (or a calm line when there are none)."""
    story: list[Flowable] = [heading("billing", "Billing schedule", styles)]
    if not billing.lines:
        return [*story, empty_note(NO_BILLING, styles)]
    return [
        *story,
        subheading("Totals", styles),
        _totals(billing, styles),
        Paragraph(
            "Invoiced includes what is paid. Outstanding: invoiced and not yet paid.", styles.note
        ),
        Spacer(0, 14),
        subheading("Billing milestones", styles),
        _schedule(billing, styles, width),
    ]


def _totals(billing: Billing, styles: Styles) -> Table:
    c = billing.currency
    rows = [
        [cell("Billable", styles.body), amount(billing.billable, c, styles.value_bold)],
        [cell("Invoiced", styles.body), amount(billing.invoiced, c, styles.body)],
        [cell("Paid", styles.body), amount(billing.paid, c, styles.body)],
        [cell("Outstanding", styles.body), amount(billing.outstanding, c, styles.value_bold)],
        [cell("Not yet invoiced", styles.body), amount(billing.not_invoiced, c, styles.body)],
    ]
    return data_table(("", "Amount"), rows, (160.0, 110.0), styles, numeric=(1,))


def _schedule(billing: Billing, styles: Styles, width: float) -> Table:
    figure = right(styles.body)
    rows = [
        [
            cell(line.wbs, styles.body),
            cell(line.name, styles.body),
            amount(line.amount, billing.currency, styles.body),
            cell(line.status, styles.body),
            Paragraph(long_date(line.due_on), figure),
            _invoiced(line, styles),
            Paragraph(long_date(line.paid_on), figure),
        ]
        for line in billing.lines
    ]
    name_width = width - WBS_WIDTH - AMOUNT_WIDTH - STATUS_WIDTH - 3 * DATE_WIDTH
    widths = (WBS_WIDTH, name_width, AMOUNT_WIDTH, STATUS_WIDTH, DATE_WIDTH, DATE_WIDTH, DATE_WIDTH)
    header = ("WBS", "Milestone", "Amount", "Status", "Due", "Invoiced", "Paid")
    return data_table(header, rows, widths, styles, numeric=(2, 4, 5, 6))


def _invoiced(line: BillingLine, styles: Styles) -> Paragraph:
    """The invoice date with the invoice number under it, both right-aligned."""
    text = long_date(line.invoiced_on)
    if line.invoice_number:
        text = f"{text}<br/><font size=8>{markup(line.invoice_number)}</font>"
    return Paragraph(text, right(styles.body))
