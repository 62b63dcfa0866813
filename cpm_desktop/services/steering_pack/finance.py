"""The pack's financial page: the budget and earned value, the cost by phase and by role, the
burn chart's lines and the team's utilisation; and the utilisation line of the summary's KPIs.

The page prints only where the reader may see cost (pack.py leaves the section out of the
others); so does the summary's utilisation line: how much of the supplier's team is billed is
the supplier's business, like its cost.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy.orm import Session

from cpm_desktop.reports.formatting import long_date, money
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack.parts import DASH
from cpm_desktop.services.changes.views import ChangeSummary
from cpm_desktop.services.portfolio.earned_value import EarnedValueReport, earned_value_report
from cpm_desktop.services.portfolio.views import ProjectSummary
from cpm_desktop.services.steering_pack.words import number, points
from cpm_desktop.services.team.breakdown import actual_burn, cost_breakdown
from cpm_desktop.services.team.costs import ProjectCosts, project_costs
from cpm_desktop.services.workload.views import project_utilisation
from cpm_desktop.texts import N_, _

UTILISATION = N_("Team utilisation")
BURN_NOTE = N_("Actual cost: the hours booked at their week's rates and the invoices received.")
SPREAD_NOTE = N_(
    "Actual cost spread over each task's actual dates: no hours or invoices are booked yet."
)


def pack_finance(
    session: Session,
    header: ProjectSummary,
    changes: ChangeSummary,
    value: EarnedValueReport | None = None,
    costs: ProjectCosts | None = None,
    *,
    page: bool = True,
) -> pack.Finance:
    """The financial page of `header`'s project as of its status date (`value`: its earned
    value report, `costs` its costs, when the caller has them); `page` False: only the
    team's utilisation, which the summary prints, for a pack without the page."""
    base = pack.Finance(
        currency=header.currency,
        status_date=header.status_date,
        basis=_("plan (no status date, so no earned value)"),
        original_budget=changes.original_budget,
        approved_changes=changes.approved_cost,
        current_budget=changes.current_budget,
        utilisation=_team_use(session, header.id),
    )
    if not page:
        return base
    if costs is None:
        costs = project_costs(session, header.id)
    if header.status_date is None:
        breakdown = cost_breakdown(session, header.id, costs=costs)
        return dataclasses.replace(
            base,
            phases=breakdown.phases,
            roles=breakdown.roles,
            total=breakdown.total,
            has_cost_data=breakdown.has_cost_data,
        )
    ev = value or earned_value_report(session, header.id)
    breakdown = cost_breakdown(session, header.id, report=ev, costs=costs)
    p = ev.project
    burn = tuple(pack.BurnPoint(day, spent) for day, spent in actual_burn(costs, ev.status_date))
    note = _(BURN_NOTE if burn else SPREAD_NOTE)
    if burn and burn[-1].actual != p.ac:
        apart = _(
            "They add up to {amount}; the actual cost (AC) also counts what has no week "
            "(materials, costs kept on the tasks) and leaves out invoices charged to no task."
        ).format(amount=money(burn[-1].actual, header.currency))
        note = f"{note} {apart}"
    return dataclasses.replace(
        base,
        basis=ev.basis,
        bac=p.bac,
        pv=p.pv,
        ev=p.ev,
        ac=p.ac,
        cpi=p.cpi,
        spi=p.spi,
        eac=p.eac,
        vac=p.vac,
        curve=tuple(pack.CurvePoint(c.day, c.pv, c.ev, c.ac) for c in ev.curve),
        phases=breakdown.phases,
        roles=breakdown.roles,
        total=breakdown.total,
        burn=burn,
        burn_note=note,
        has_cost_data=breakdown.has_cost_data,
    )


def utilisation_kpi(used: pack.TeamUse | None) -> pack.Kpi:
    """The summary's utilisation line: billable ÷ available hours to date, no RAG."""
    label = _(UTILISATION)
    if used is None:
        return pack.Kpi(label, DASH, "", _("no team recorded yet"))
    if used.percent is None:
        return pack.Kpi(label, DASH, "", _("no hours booked yet"))
    return pack.Kpi(
        label,
        points(used.percent),
        "",
        _("billable ÷ available hours, {start} to {end} ({billable} of {available} h)").format(
            start=long_date(used.start),
            end=long_date(used.end),
            billable=number(used.billable_hours),
            available=number(used.available_hours),
        ),
    )


def _team_use(session: Session, project_id: int) -> pack.TeamUse | None:
    """The team's utilisation to date; None when nobody is on the project."""
    used = project_utilisation(session, project_id)
    if not used.people:
        return None
    return pack.TeamUse(
        used.start,
        used.end,
        used.percent if used.booked else None,
        used.billable_hours,
        used.available_hours,
    )
