"""Change requests: how many in each status, approved and pending impact, the open ones."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from cpm_desktop.reports.formatting import money
from cpm_desktop.reports.pdf.pack.content import Changes
from cpm_desktop.reports.pdf.pack.parts import (
    amount,
    cell,
    data_table,
    empty_note,
    heading,
    right,
    signed,
    subheading,
)
from cpm_desktop.reports.pdf.style import Styles
from cpm_desktop.texts import N_, _

REF_WIDTH = 50.0
STATUS_WIDTH = 88.0
COST_WIDTH = 80.0
DAYS_WIDTH = 60.0
BY_WIDTH = 96.0
# content.Changes.money_label's words, as the service names them (in English, or already said).
PRICE = N_("Price")


def change_flowables(changes: Changes, styles: Styles, width: float) -> list[Flowable]:
    """Counts, the impact table and the open requests."""
    figure = right(styles.body)
    counts = [
        [cell(_(status), styles.body), Paragraph(str(n), figure)] for status, n in changes.counts
    ]
    total = sum(n for _, n in changes.counts)
    counts.append(
        [
            cell(_("All requests"), styles.value_bold),
            Paragraph(str(total), right(styles.value_bold)),
        ]
    )
    c = changes.currency
    # Each heading is one whole sentence to translate, whichever word the service chose.
    money_label = _(changes.money_label)
    priced = changes.money_label in (PRICE, _(PRICE))
    impact_heading = _("Price and schedule impact") if priced else _("Cost and schedule impact")
    impact = [
        [
            cell(_("Approved"), styles.body),
            amount(changes.approved_cost, c, styles.body),
            Paragraph(signed(changes.approved_days), figure),
        ],
        [
            cell(_("Pending decision"), styles.body),
            amount(changes.pending_cost, c, styles.body),
            Paragraph(signed(changes.pending_days), figure),
        ],
    ]
    story: list[Flowable] = [
        heading("changes", _("Change requests"), styles),
        subheading(_("Requests by status"), styles),
        data_table((_("Status"), _("Count")), counts, (160.0, 60.0), styles, numeric=(1,)),
        Spacer(0, 14),
        subheading(impact_heading, styles),
        data_table(
            ("", money_label, _("Schedule")),
            impact,
            (160.0, 110.0, 80.0),
            styles,
            numeric=(1, 2),
        ),
        Spacer(0, 14),
        subheading(_("Open requests"), styles),
    ]
    if not changes.open:
        return [*story, empty_note(_("No change request is open."), styles)]
    rows = [
        [
            cell(line.reference, styles.body),
            cell(line.title, styles.body),
            cell(_(line.status), styles.body),
            cell(line.requested_by, styles.body),
            Paragraph(money(line.cost, changes.currency), figure),
            Paragraph(signed(line.days), figure),
        ]
        for line in changes.open
    ]
    title_width = width - REF_WIDTH - STATUS_WIDTH - BY_WIDTH - COST_WIDTH - DAYS_WIDTH
    widths = (REF_WIDTH, title_width, STATUS_WIDTH, BY_WIDTH, COST_WIDTH, DAYS_WIDTH)
    header = (_("Ref."), _("Title"), _("Status"), _("Requested by"), money_label, _("Schedule"))
    return [*story, data_table(header, rows, widths, styles, numeric=(4, 5))]
