"""The client workbook's read-only logs: the Billing, Feedback and Decisions sheets.

None of them is read back (they have no keys and are not in READ_BACK_LAYOUTS): a client who
edits them changes nothing in the workspace, as the Summary's note says.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from cpm_desktop.domain import InvoiceStatus
from cpm_desktop.domain.billing import status_label
from cpm_desktop.reports.excel.content import (
    CellValue,
    Column,
    Figure,
    Kind,
    ScoreScale,
    TableSheet,
    Unit,
)
from cpm_desktop.scheduling import KpiRag, ProjectKpis
from cpm_desktop.services.client_workbook.kpis import trend_text
from cpm_desktop.services.records.billing import BillingRow, billing_totals
from cpm_desktop.services.records.decisions import DecisionRow
from cpm_desktop.services.records.feedback import CHANNELS, FeedbackRow
from cpm_desktop.texts import N_, _, ngettext

BILLING, FEEDBACK, DECISIONS = "Billing", "Feedback", "Decisions"  # the sheet names
# The soft fill of each invoice status: waiting grey, due amber, with the client blue, paid green.
STATUS_TONES = dict(zip(InvoiceStatus, ("grey", "amber", "blue", "green"), strict=True))
CHANNEL_LABELS = {c: c.replace("_", " ").capitalize() for c in CHANNELS}
CSAT_SCALE = ScoreScale(1, 3, 5, high_is_good=True)

T, L, D = Kind.TEXT, Kind.LONG_TEXT, Kind.DATE
BILLING_COLUMNS = (
    Column(N_("WBS"), T, width=8),
    Column(N_("Milestone"), T, width=38),
    Column(N_("Amount"), Kind.MONEY, width=15),
    Column(N_("Share of contract value"), Kind.SHARE, width=13),
    Column(N_("Status"), T, width=10),
    Column(N_("Due"), D, width=12),
    Column(N_("Invoiced"), D, width=12),
    Column(N_("Invoice no."), T, width=13),
    Column(N_("Paid"), D, width=12),
)
FEEDBACK_COLUMNS = (
    Column(N_("Date"), D, width=12),
    Column(N_("Contact"), T, width=20),
    Column(N_("Channel"), T, width=11),
    Column(N_("CSAT (1–5)"), Kind.INT, width=9),
    Column(N_("Comment"), L, width=44),
    Column(N_("Follow-up action"), L, width=36),
)
DECISION_COLUMNS = (
    Column(N_("Ref"), T, width=7),
    Column(N_("Decision"), T, width=36),
    Column(N_("Date"), D, width=12),
    Column(N_("Decided by"), T, width=22),
    Column(N_("Context"), L, width=48),
    Column(N_("Linked CR"), T, width=9),
    Column(N_("Linked risk"), T, width=9),
)


def billing_table(
    rows: tuple[BillingRow, ...], contract_value: Decimal, revenue: Decimal | None
) -> TableSheet:
    """The billing schedule in outline order, its totals above it, revenue for reference."""
    table: list[tuple[CellValue, ...]] = [
        (
            r.wbs,
            r.name,
            r.amount,
            _share(r.amount, contract_value),
            _(status_label(r.status)),
            r.due_on,
            r.invoiced_on,
            r.invoice_number,
            r.paid_on,
        )
        for r in rows
    ]
    totals = billing_totals(rows)
    money = Unit.MONEY
    figures = (
        Figure(_("Total billable"), totals.billable, money),
        Figure(_("Invoiced"), totals.invoiced, money),
        Figure(_("Paid"), totals.paid, money),
        Figure(_("Outstanding (invoiced, not paid)"), totals.outstanding, money),
        Figure(_("Not yet invoiced"), totals.not_invoiced, money),
        Figure(_("Contract value"), contract_value, money),
        Figure(_("Revenue (contract value + approved billable change orders)"), revenue, money),
    )
    return TableSheet(
        name=BILLING,
        title=_("Billing schedule"),
        columns=BILLING_COLUMNS,
        rows=tuple(table),
        status_column="Status",
        status_tones=tuple((status_label(s), tone) for s, tone in STATUS_TONES.items()),
        figures=figures,
        figures_column="Amount",
        frozen_columns=2,
        empty_note=_("No billing milestones recorded yet."),
    )


def feedback_table(
    rows: tuple[FeedbackRow, ...], kpis: ProjectKpis, rags: Mapping[str, KpiRag | None]
) -> TableSheet:
    """The feedback log, oldest first, under the CSAT average and trend of the KPIs."""
    table = tuple(
        (
            r.given_on,
            r.contact,
            _(CHANNEL_LABELS[r.channel]) if r.channel in CHANNEL_LABELS else r.channel,
            r.score,
            r.comment,
            r.follow_up,
        )
        for r in rows
    )
    scores = len(kpis.csat_scores)
    figures = (
        Figure(
            ngettext(
                "CSAT average ({count} score)", "CSAT average ({count} scores)", scores
            ).format(count=scores),
            kpis.csat_average,
            Unit.SCORE,
            rags.get("csat_average"),
        ),
        Figure(_("CSAT trend"), trend_text(kpis.csat_trend), Unit.TEXT),
    )
    return TableSheet(
        name=FEEDBACK,
        title=_("Client feedback"),
        columns=FEEDBACK_COLUMNS,
        rows=table,
        score_column="CSAT (1–5)",
        score_scale=CSAT_SCALE,
        figures=figures,
        figures_column="CSAT (1–5)",
        frozen_columns=1,
        empty_note=_("No client feedback recorded yet."),
    )


def decisions_table(rows: tuple[DecisionRow, ...]) -> TableSheet:
    """The decision log in the order the decisions were taken."""
    table = tuple(
        (
            r.reference,
            r.title,
            r.decided_on,
            r.decided_by,
            r.context,
            r.change_reference,
            r.risk_reference,
        )
        for r in rows
    )
    return TableSheet(
        name=DECISIONS,
        title=_("Decision log"),
        columns=DECISION_COLUMNS,
        rows=table,
        frozen_columns=2,
        empty_note=_("No decisions recorded yet."),
    )


def _share(amount: Decimal, whole: Decimal) -> Decimal | None:
    """`amount` as a fraction of `whole` (to 0.01 %); None when there is no whole to share."""
    return (amount / whole).quantize(Decimal("0.0001")) if whole > 0 else None
