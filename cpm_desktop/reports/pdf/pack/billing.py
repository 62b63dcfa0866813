"""The billing schedule: what the project bills, what is invoiced, paid and still outstanding."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from cpm_desktop.reports.pdf.pack.content import Billing, BillingLine
from cpm_desktop.reports.pdf.pack.parts import (
    amount,
    cell,
    data_table,
    date_width,
    empty_note,
    heading,
    right,
    subheading,
    table_date,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.reports.pdf.text import markup
from cpm_desktop.texts import N_, _

WBS_WIDTH = 40.0
AMOUNT_WIDTH = 78.0
STATUS_WIDTH = 58.0
DATE_WIDTH = 70.0
WIDEST_DATE = 82.0  # "18. September" over its year: three dates leave the name its room
NO_BILLING = N_("No billing milestones recorded yet.")


def billing_flowables(billing: Billing, styles: Styles, width: float) -> list[Flowable]:
    """The totals, then the milestones in outline order (or a calm line when there are none)."""
    story: list[Flowable] = [heading("billing", _("Billing schedule"), styles)]
    if not billing.lines:
        return [*story, empty_note(_(NO_BILLING), styles)]
    return [
        *story,
        subheading(_("Totals"), styles),
        _totals(billing, styles),
        Paragraph(
            _("Invoiced includes what is paid. Outstanding: invoiced and not yet paid."),
            styles.note,
        ),
        Spacer(0, 14),
        subheading(_("Billing milestones"), styles),
        _schedule(billing, styles, width),
    ]


def _totals(billing: Billing, styles: Styles) -> Table:
    c = billing.currency
    rows = [
        [cell(_("Billable"), styles.body), amount(billing.billable, c, styles.value_bold)],
        [cell(_("Invoiced"), styles.body), amount(billing.invoiced, c, styles.body)],
        [cell(_("Paid"), styles.body), amount(billing.paid, c, styles.body)],
        [cell(_("Outstanding"), styles.body), amount(billing.outstanding, c, styles.value_bold)],
        [cell(_("Not yet invoiced"), styles.body), amount(billing.not_invoiced, c, styles.body)],
    ]
    return data_table(("", _("Amount")), rows, (160.0, 110.0), styles, numeric=(1,))


def _schedule(billing: Billing, styles: Styles, width: float) -> Table:
    figure = right(styles.body)
    rows = [
        [
            cell(line.wbs, styles.body),
            cell(line.name, styles.body),
            amount(line.amount, billing.currency, styles.body),
            cell(_(line.status), styles.body),
            Paragraph(table_date(line.due_on), figure),
            _invoiced(line, styles),
            Paragraph(table_date(line.paid_on), figure),
        ]
        for line in billing.lines
    ]
    days = [day for line in billing.lines for day in (line.due_on, line.invoiced_on, line.paid_on)]
    date = date_width(days, figure, least=DATE_WIDTH, most=WIDEST_DATE)
    name_width = width - WBS_WIDTH - AMOUNT_WIDTH - STATUS_WIDTH - 3 * date
    widths = (WBS_WIDTH, name_width, AMOUNT_WIDTH, STATUS_WIDTH, date, date, date)
    header = (
        _("WBS"),
        _("Milestone"),
        _("Amount"),
        _("Status"),
        _("Due"),
        _("Invoiced"),
        _("Paid"),
    )
    return data_table(header, rows, widths, styles, numeric=(2, 4, 5, 6))


def _invoiced(line: BillingLine, styles: Styles) -> Paragraph:
    """The invoice date with the invoice number under it, both right-aligned."""
    text = table_date(line.invoiced_on)
    if line.invoice_number:
        text = f"{text}<br/><font size=8>{markup(line.invoice_number)}</font>"
    return Paragraph(text, right(styles.body))
