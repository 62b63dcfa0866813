"""The client workbook's Team, Workload and Costs sheets, for reading only.

Team: each person on the project (name, role, employer, the tasks they are on, planned and
booked hours); a reader who may see cost also gets their cost rate, planned and actual cost,
and only the supplier's own team their bill rate (cost and bill rate together give away the
margin). Workload: the people × weeks grid from the status date's week. Costs: the breakdown
by phase and by role, only where the reader may see cost (the caller decides).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

from cpm_desktop.domain.audience import Visibility
from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.reports.excel.content import (
    CellValue,
    Column,
    CostSheet,
    Kind,
    LoadCell,
    PersonLoad,
    TableSheet,
    WorkloadSheet,
)
from cpm_desktop.reports.formatting import long_date, money
from cpm_desktop.reports.locale_format import report_format
from cpm_desktop.services.team.breakdown import OTHER, CostBreakdown
from cpm_desktop.services.team.project_team import ProjectTeam, TeamMember
from cpm_desktop.services.team.views import RateRow
from cpm_desktop.services.workload.views import Utilisation, Workload
from cpm_desktop.texts import N_, _, current_locale, ngettext

OTHER_COSTS = N_("Other costs")  # services.team.breakdown.OTHER, translated where written

TEAM = "Team"
NO_TEAM = N_("No team recorded yet.")
OUR_TEAM = N_("Our team")  # the supplier's own people, as the workbook's author says it
WORKLOAD_WEEKS = 12  # from the status date's week: a quarter, one landscape page across
T, L, H, M = Kind.TEXT, Kind.LONG_TEXT, Kind.HOURS, Kind.MONEY
# Narrow enough (154 characters with every column) to print one landscape page wide.
TEAM_COLUMNS = (
    Column(N_("Name"), T, width=17),
    Column(N_("Role"), T, width=17),
    Column(N_("Employer"), T, width=16),
    Column(N_("Tasks"), L, width=48),  # most "WBS name" lines whole on one line
    Column(N_("Work planned (h)"), H, width=9, total=True),
    Column(N_("Hours booked"), H, width=9, total=True),
)
COST_COLUMNS = (
    Column(N_("Cost rate per hour"), M, width=10),
    Column(N_("Planned cost"), M, width=13, total=True),
    Column(N_("Actual cost"), M, width=13, total=True),
)
MARGIN_COLUMNS = (Column(N_("Bill rate per hour"), M, width=10),)


def team_table(team: ProjectTeam, view: Visibility, client: str) -> TableSheet:
    """The people working on the project by name; rates and cost as `view` allows."""
    columns: tuple[Column, ...] = TEAM_COLUMNS
    if view.cost:
        columns += COST_COLUMNS
    if view.margin:
        columns += MARGIN_COLUMNS
    people = [m for m in team.members if m.resource.kind is ResourceKind.WORK]
    rows = tuple(_person(m, view, client, team.currency) for m in people)
    return TableSheet(
        name=TEAM,
        title=_("Team: who works on the project (rates of {date})").format(
            date=long_date(team.rates_on)
        )
        if view.cost
        else _("Team: who works on the project"),
        columns=columns,
        rows=rows,
        frozen_columns=1,
        empty_note="" if rows else _(NO_TEAM),
    )


def workload_sheet(load: Workload, *, utilisation: bool) -> WorkloadSheet:
    """The project's people and their planned hours on it, week by week; with `utilisation`
    (a reader who may see cost: how much of the team is billed is the supplier's business),
    the team's utilisation to date below."""
    people = tuple(
        PersonLoad(
            row.name,
            row.role or "",
            tuple(LoadCell(w.hours, w.percent, w.over_allocated) for w in row.project),
        )
        for row in load.resources
        if row.on_project
    )
    over = sum(1 for p in people if any(w.over_allocated for w in p.weeks))
    notes = (
        _(
            "Hours planned on this project per week from the week of {date}, and their share "
            "of what the person can work that week (their calendar and units)."
        ).format(date=long_date(load.weeks[0])),
        ngettext(
            "A red cell marked ! is over-allocated: some day of that week asks more hours than "
            "the person has ({over} of {count} person).",
            "A red cell marked ! is over-allocated: some day of that week asks more hours than "
            "the person has ({over} of {count} people).",
            len(people),
        ).format(over=over, count=len(people)),
        *((utilisation_text(load.utilisation),) if utilisation else ()),
    )
    return WorkloadSheet(
        weeks=load.weeks,
        people=people,
        notes=notes if people else (),
        empty_note="" if people else _(NO_TEAM),
    )


def utilisation_text(used: Utilisation) -> str:
    """The team's utilisation to date as a sentence (billable ÷ available hours)."""
    start, end = long_date(used.start), long_date(used.end)
    if not used.booked or used.percent is None:
        return _("Team utilisation {start} to {end}: no hours booked yet.").format(
            start=start, end=end
        )
    number = report_format(current_locale()).number
    return _(
        "Team utilisation {start} to {end}: {percent}% ({billable} billable of {available} "
        "hours available)."
    ).format(
        start=start,
        end=end,
        percent=number(round(used.percent)),
        billable=number(round(used.billable_hours)),
        available=number(round(used.available_hours)),
    )


def workload_weeks(first: dt.date, finish: dt.date | None) -> int:
    """Weeks from the Monday `first` to the project's finish week, at most WORKLOAD_WEEKS."""
    if finish is None or finish < first:
        return 1 if finish is not None else WORKLOAD_WEEKS
    return min(WORKLOAD_WEEKS, (finish - first).days // 7 + 1)


def cost_sheet(breakdown: CostBreakdown, basis: str) -> CostSheet:
    """The cost breakdown with what its figures are built on; a note without cost data."""
    if not breakdown.has_cost_data:
        note = _("No cost data: no rate, assignment cost, fixed cost or invoice yet.")
        return CostSheet((), (), breakdown.total, empty_note=note)
    notes = [
        _(
            "Budget from the {basis}; actual cost: hours booked at their week's rates, invoices "
            "received and costs kept on the tasks. Forecast at completion: each line's budget "
            "÷ its own cost performance (CPI), as for the project; the lines' forecasts need "
            "not add up to the project's."
        ).format(basis=basis),
    ]
    if breakdown.roles:
        notes.append(
            _(
                "By role: each task's budget and actual cost shared as the rate card prices its "
                "people's work on it; other costs are fixed costs, materials, invoices and "
                "costs kept on the tasks."
            )
        )
    roles = tuple(
        dataclasses.replace(row, name=_(OTHER_COSTS)) if row.name == OTHER else row
        for row in breakdown.roles
    )
    return CostSheet(breakdown.phases, roles, breakdown.total, tuple(notes))


def _person(m: TeamMember, view: Visibility, client: str, currency: str) -> tuple[CellValue, ...]:
    r = m.resource
    tasks = "\n".join(f"{a.wbs} {a.task_name}" for a in m.assignments)
    row: list[CellValue] = [
        r.name,
        r.role or "",
        _employer(r.employer, r.vendor, client),
        tasks,
        Decimal(str(round(m.work_hours, 1))),
        Decimal(str(round(m.actual_work_hours, 1))),
    ]
    if view.cost:
        row += [_rate(m.rate, currency, bill=False), m.cost, m.actual_cost]
    if view.margin:
        row.append(_rate(m.rate, currency, bill=True))
    return tuple(row)


def _employer(employer: Employer, vendor: str | None, client: str) -> str:
    """Whose staff: our team, the client by name, or the vendor by name."""
    if employer is Employer.VENDOR:
        return vendor or _("Vendor")
    return client if employer is Employer.CLIENT else _(OUR_TEAM)


def _rate(rate: RateRow | None, currency: str, *, bill: bool) -> CellValue:
    """A rate in the project's currency as money; in another one as text with its code."""
    if rate is None:
        return None
    amount = rate.bill_rate if bill else rate.cost_rate
    return amount if rate.currency == currency else money(amount, rate.currency)
