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

REF_WIDTH = 50.0
STATUS_WIDTH = 88.0
COST_WIDTH = 80.0
DAYS_WIDTH = 60.0
BY_WIDTH = 96.0


def change_flowables(changes: Changes, styles: Styles, width: float) -> list[Flowable]:
    """Counts, the impact table and the open requests."""
    figure = right(styles.body)
    counts = [
        [cell(status, styles.body), Paragraph(str(n), figure)] for status, n in changes.counts
    ]
    total = sum(n for _, n in changes.counts)
    counts.append(
        [cell("All requests", styles.value_bold), Paragraph(str(total), right(styles.value_bold))]
    )
    c = changes.currency
    impact = [
        [
            cell("Approved", styles.body),
            amount(changes.approved_cost, c, styles.body),
            Paragraph(signed(changes.approved_days), figure),
        ],
        [
            cell("Pending decision", styles.body),
            amount(changes.pending_cost, c, styles.body),
            Paragraph(signed(changes.pending_days), figure),
        ],
    ]
    story: list[Flowable] = [
        heading("changes", "Change requests", styles),
        subheading("Requests by status", styles),
        data_table(("Status", "Count"), counts, (160.0, 60.0), styles, numeric=(1,)),
        Spacer(0, 14),
        subheading(f"{changes.money_label} and schedule impact", styles),
        data_table(
            ("", changes.money_label, "Schedule"),
            impact,
            (160.0, 110.0, 80.0),
            styles,
            numeric=(1, 2),
        ),
        Spacer(0, 14),
        subheading("Open requests", styles),
    ]
    if not changes.open:
        return [*story, empty_note("No change request is open.", styles)]
    rows = [
        [
            cell(line.reference, styles.body),
            cell(line.title, styles.body),
            cell(line.status, styles.body),
            cell(line.requested_by, styles.body),
            Paragraph(money(line.cost, changes.currency), figure),
            Paragraph(signed(line.days), figure),
        ]
        for line in changes.open
    ]
    title_width = width - REF_WIDTH - STATUS_WIDTH - BY_WIDTH - COST_WIDTH - DAYS_WIDTH
    widths = (REF_WIDTH, title_width, STATUS_WIDTH, BY_WIDTH, COST_WIDTH, DAYS_WIDTH)
    header = ("Ref.", "Title", "Status", "Requested by", changes.money_label, "Schedule")
    return [*story, data_table(header, rows, widths, styles, numeric=(4, 5))]
