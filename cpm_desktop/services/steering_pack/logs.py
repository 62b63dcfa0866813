"""The pack's pages read from the project's logs: decisions taken, billing, client feedback."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from cpm_desktop.domain import Trend
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.scheduling import ProjectKpis
from cpm_desktop.scheduling.kpi_rag import CSAT, rag
from cpm_desktop.scheduling.kpis import CSAT_TREND_SCORES
from cpm_desktop.services.plan.timeline import Timeline
from cpm_desktop.services.records.billing import billing_schedule, billing_totals, status_label
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.texts import _

LATEST_FEEDBACK = 5  # entries printed; the chart shows every score


def decisions_taken(
    session: Session, project_id: int, *, include_internal: bool = True
) -> tuple[pack.DecisionLine, ...]:
    """The decision log, most recent first: the committee reads what changed since it last met.

    Without `include_internal`, the decisions marked internal are left out (a client's pack).
    """
    rows = sorted(
        decision_log(session, project_id, include_internal=include_internal),
        key=lambda d: (d.decided_on, d.reference),
        reverse=True,
    )
    return tuple(
        pack.DecisionLine(
            d.reference,
            d.title,
            d.decided_on,
            d.decided_by,
            d.context,
            tuple(ref for ref in (d.change_reference, d.risk_reference) if ref),
        )
        for d in rows
    )


def billing(session: Session, project_id: int, currency: str, plan: Timeline) -> pack.Billing:
    """The billing schedule in outline order, with billable, invoiced, paid and outstanding."""
    rows = billing_schedule(session, project_id, outline=plan.tasks)
    totals = billing_totals(rows)
    lines = tuple(
        pack.BillingLine(
            r.wbs,
            r.name,
            r.amount,
            _(status_label(r.status)),
            r.due_on,
            r.invoiced_on,
            r.paid_on,
            r.invoice_number,
        )
        for r in rows
    )
    return pack.Billing(
        currency,
        lines,
        totals.billable,
        totals.invoiced,
        totals.paid,
        totals.outstanding,
        totals.not_invoiced,
    )


def feedback(session: Session, project_id: int, kpis: ProjectKpis, as_of: dt.date) -> pack.Feedback:
    """CSAT as the KPIs measure it at `as_of`, and the latest entries up to that day."""
    entries = [row for row in feedback_log(session, project_id) if row.given_on <= as_of]
    latest = sorted(entries, key=lambda row: (row.given_on, row.id), reverse=True)
    return pack.Feedback(
        as_of=as_of,
        average=kpis.csat_average,
        rag=rag(kpis.csat_average, CSAT) or "",
        trend=Trend(kpis.csat_trend),
        trend_window=CSAT_TREND_SCORES,
        scores=tuple(pack.Score(s.day, s.score) for s in kpis.csat_scores),
        latest=tuple(
            pack.FeedbackLine(
                row.given_on,
                row.contact,
                _channel(row.channel),
                row.score,
                row.comment,
                row.follow_up,
            )
            for row in latest[:LATEST_FEEDBACK]
        ),
        entries=len(entries),
        green_from=CSAT.green,
        amber_from=CSAT.amber,
    )


def _channel(value: str) -> str:
    """'site_visit' → 'Site visit' (the domain's word, in the reader's language)."""
    return _(value.replace("_", " ").capitalize())
