"""The client workbook of a project: what it shows, gathered from the read models, and written.

Reading only: the export writes the .xlsx file and nothing to the workspace (no reschedule,
no audit row). The tables and the editable columns are in client_workbook_tables.py, the
read-only logs in client_workbook_logs.py, the KPI block in client_workbook_kpis.py.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import Audience, ChangeStatus, Rag
from cpm_desktop.domain.audience import Visibility, visibility
from cpm_desktop.domain.change_workflow import label as label_of
from cpm_desktop.models import Project, Task
from cpm_desktop.reports.excel.content import (
    ClientWorkbook,
    CostSheet,
    ScheduleRow,
    SummaryFigures,
    WorkloadSheet,
)
from cpm_desktop.reports.excel.wording import sheet_tab
from cpm_desktop.reports.formatting import long_date
from cpm_desktop.scheduling import EarnedValue
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.actions.views import action_log
from cpm_desktop.services.changes.views import ZERO, ChangeLog, change_log
from cpm_desktop.services.changes.views import change_summary as summarise_changes
from cpm_desktop.services.client_workbook.governance_tables import (
    ACTIONS,
    DELIVERABLES,
    actions_table,
    deliverables_table,
)
from cpm_desktop.services.client_workbook.key import project_key
from cpm_desktop.services.client_workbook.kpis import kpi_figures
from cpm_desktop.services.client_workbook.logs import billing_table, decisions_table, feedback_table
from cpm_desktop.services.client_workbook.tables import (
    CHANGES,
    RISKS,
    changes_table,
    milestones_table,
    risks_table,
    without_columns,
)
from cpm_desktop.services.client_workbook.team_tables import (
    cost_sheet,
    team_table,
    workload_sheet,
    workload_weeks,
)
from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.services.plan.timeline import Timeline, TimelineTask, read_rows, timeline
from cpm_desktop.services.portfolio.earned_value import EarnedValueReport, earned_value_report
from cpm_desktop.services.portfolio.standing import ProjectStanding, standing_from
from cpm_desktop.services.portfolio.status_words import status_explanation
from cpm_desktop.services.portfolio.views import ProjectSummary, project_summary
from cpm_desktop.services.records.billing import billing_schedule
from cpm_desktop.services.records.decisions import decision_log
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.services.records.pack_settings import pack_settings
from cpm_desktop.services.risks.views import RiskRegister, risk_register
from cpm_desktop.services.team.breakdown import cost_breakdown
from cpm_desktop.services.team.cost_basis import cost_basis
from cpm_desktop.services.team.project_team import project_team
from cpm_desktop.services.validate import clean_enum, get_or_raise
from cpm_desktop.services.workload.views import first_week, workload
from cpm_desktop.texts import N_, _, speaking

NEXT_MILESTONES = 5
# What a client without an open-book contract does not see: the supplier's cost of a risk
# (and the expected value built on it) or of a change, and earned value beyond the schedule.
CLIENT_HIDDEN_RISK_COLUMNS = frozenset({"Cost impact", "EMV"})
CLIENT_HIDDEN_CHANGE_COLUMNS = frozenset({"Cost impact"})
CLIENT_EARNED_VALUE = frozenset({"Schedule performance (SPI)"})
RAGS = (Rag.RED, Rag.AMBER, Rag.GREEN)
Progress = Callable[[str], None]
RETURN_NOTE = N_(
    "The {risks} and {changes} sheets can be edited and sent back: change cells, or add new "
    "entries in the rows below a table; keep the sheet names, the column headers and the "
    "hidden Key column. In the {deliverables} and {actions} sheets, fill in the columns with a "
    "blue header: your verdict on a submitted deliverable (who decided, and the reasons of a "
    "rejection), an action's status and comments. "
    "The other sheets are for reading: edits to them are not imported."
)


# Some 100,000 rows and read-model objects that live until the book is built: the cyclic
# collector would only rescan them (a third of the gathering on 10,000 tasks).
@collector_paused()
def client_workbook(
    session: Session,
    project_id: int,
    *,
    now: dt.datetime | None = None,
    audience: Audience = Audience.CLIENT,
) -> ClientWorkbook:
    """Everything the project's workbook shows `audience`, as of `now` (default: this moment)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    view = visibility(audience, open_book=project.open_book)
    header = project_summary(session, project.id)
    plan = timeline(session, project.id)
    register = risk_register(session, project.id, include_internal=view.internal_records)
    log = change_log(session, project.id)
    changes = summarise_changes(session, project.id, log=log)
    basis = cost_basis(session, project.id)
    # The cost breakdown shares each task's earned value: per-task detail only where shown.
    value = (
        earned_value_report(session, project.id, detail=view.cost, basis=basis, plan=plan)
        if project.status_date
        else None
    )
    exported_at = (now or dt.datetime.now()).replace(microsecond=0)
    feedback = feedback_log(session, project.id)
    as_of = project.status_date or exported_at.date()
    # The standing from the read models read above: the KPI service would read them again.
    standing = standing_from(
        project,
        plan,
        changes,
        register,
        value.project if value else None,
        feedback,
        as_of,
        basis=basis,
    )
    kpis, rags = standing.kpis, standing.rags
    summary = _summary(header, standing, register, log, value, plan.tasks, view)
    risks, changes_sheet = risks_table(register), changes_table(log)
    if not view.cost:  # the supplier's cost of a risk or a change is not the client's business
        risks = without_columns(risks, CLIENT_HIDDEN_RISK_COLUMNS)
        changes_sheet = without_columns(changes_sheet, CLIENT_HIDDEN_CHANGE_COLUMNS)
    return ClientWorkbook(
        currency=header.currency,
        title=_("{code} {name}: client workbook").format(code=header.code, name=header.name),
        author=header.manager,
        project_code=header.code,
        project_key=project_key(session, project),
        exported_at=exported_at,
        summary=summary,
        schedule=_schedule(session, plan),
        status_date=header.status_date,
        tables=(
            milestones_table(plan.tasks, header.status_date),
            risks,
            changes_sheet,
            deliverables_table(deliverables(session, project.id)),
            actions_table(
                action_log(session, project.id, today=as_of, include_internal=view.internal_records)
            ),
            billing_table(
                billing_schedule(session, project.id, outline=plan.tasks),
                project.contract_value,
                kpis.revenue,
            ),
            feedback_table(feedback, kpis, rags),
            decisions_table(
                decision_log(session, project.id, include_internal=view.internal_records)
            ),
            team_table(project_team(session, project.id), view, header.client),
        ),
        heat_map=register.heat_map.cells,
        risk_thresholds=(register.amber_from, register.red_from),
        kpis=kpi_figures(kpis, rags, view),
        kpis_as_of=as_of,
        cost_shown=view.cost,
        audience_note=view.footer_note,
        paper=pack_settings(session, project.id).paper,
        workload=_workload(session, project.id, plan, view),
        costs=_costs(session, project.id, value) if view.cost else None,
    )


def export_client_workbook(
    session: Session,
    project_id: int,
    path: Path,
    *,
    report: Progress | None = None,
    now: dt.datetime | None = None,
    audience: Audience | str = Audience.CLIENT,
    locale: str | None = None,
) -> Path:
    """Write the project's workbook for `audience` to `path` (.xlsx) in `locale` ("de",
    "fr_CH"; by default the client's); return the path.

    `report` hears a short line per step, for a progress display. Raises NotFoundError for an
    unknown project and ExportError when `path` cannot be written; no partial file is left.
    """
    if report:
        report("Reading the project…")
    reader = clean_enum(Audience, audience, N_("audience"))
    with speaking(export_locale(session, project_id, locale)):
        book = client_workbook(session, project_id, now=now, audience=reader)
        # Loaded on first use: the window imports this module at start and needs no openpyxl.
        from cpm_desktop.reports.excel.workbook_file import write_workbook  # noqa: PLC0415

        return write_workbook(book, Path(path), report=report)


def _workload(session: Session, project_id: int, plan: Timeline, view: Visibility) -> WorkloadSheet:
    """The people × weeks grid from the status date's week to the finish, a few months."""
    first = first_week(session, project_id)
    finish = max((t.finish for t in plan.tasks if t.finish), default=None)
    weeks = workload_weeks(first, finish)
    load = workload(session, project_id, start=first, weeks=weeks)
    return workload_sheet(load, utilisation=view.cost)


def _costs(session: Session, project_id: int, value: EarnedValueReport | None) -> CostSheet:
    """The cost breakdown by phase and role, on earned value's budgets where measured."""
    breakdown = cost_breakdown(session, project_id, report=value)
    return cost_sheet(breakdown, value.basis if value else _("current plan (no status date)"))


def _summary(
    header: ProjectSummary,
    standing: ProjectStanding,
    register: RiskRegister,
    log: ChangeLog,
    value: EarnedValueReport | None,
    plan_tasks: list[TimelineTask],
    view: Visibility,
) -> SummaryFigures:
    changes, finish = standing.changes, standing.finish
    counts = Counter(row.status for row in log.rows)
    notes = [_return_note()]
    if value is None:
        notes.insert(0, _("No status date is set, so earned value is not measured."))
    elif view.cost:
        notes.insert(
            0,
            _(
                "Earned value as of {date}, planned by the {basis}; the forecast is the "
                "estimate at completion."
            ).format(date=long_date(value.status_date), basis=value.basis),
        )
    else:
        notes.insert(
            0, _("Schedule performance as of {date}.").format(date=long_date(value.status_date))
        )
    earned = _earned_value(value.project) if value else ()
    contract: tuple[tuple[str, Decimal], ...] = ()
    if not view.cost:  # what the client pays, and only the schedule side of earned value
        earned = tuple(line for line in earned if line[0] in CLIENT_EARNED_VALUE)
        contract = (
            (N_("Original contract value"), changes.original_contract_value),
            (N_("Approved change orders"), changes.approved_change_orders),
            (N_("Current contract value"), changes.current_contract_value),
        )
    return SummaryFigures(
        client=header.client,
        project_code=header.code,
        project_name=header.name,
        manager=header.manager,
        sponsor=header.sponsor,
        status_date=header.status_date,
        overall_rag=standing.overall.rag.value if standing.overall.rag else "",
        overall_note=status_explanation(standing.overall),
        planned_finish=finish.forecast,
        baseline_finish=finish.baseline,
        finish_variance_days=finish.variance_days,
        original_budget=changes.original_budget if standing.has_budget and view.cost else None,
        approved_changes=changes.approved_cost if view.cost else ZERO,
        current_budget=changes.current_budget if standing.has_budget and view.cost else None,
        forecast_cost=standing.kpis.cost if view.cost else None,
        earned_value=earned,
        risks_by_rag=tuple((rag, register.rag_counts.get(rag, 0)) for rag in RAGS),
        changes_by_status=tuple((label_of(s), counts[s]) for s in ChangeStatus if counts[s]),
        next_milestones=_next_milestones(plan_tasks),
        notes=tuple(notes),
        contract=contract,
    )


def _earned_value(ev: EarnedValue) -> tuple[tuple[str, Decimal | float | None], ...]:
    def ratio(value: Decimal | None) -> float | None:
        return float(value) if value is not None else None

    # English labels (the keys of CLIENT_EARNED_VALUE); the Summary sheet translates them.
    return (
        (N_("Budget at completion (BAC)"), ev.bac),
        (N_("Planned value (PV)"), ev.pv),
        (N_("Earned value (EV)"), ev.ev),
        (N_("Actual cost (AC)"), ev.ac),
        (N_("Schedule variance (SV)"), ev.sv),
        (N_("Cost variance (CV)"), ev.cv),
        (N_("Schedule performance (SPI)"), ratio(ev.spi)),
        (N_("Cost performance (CPI)"), ratio(ev.cpi)),
        (N_("Estimate at completion (EAC)"), ev.eac),
        (N_("Estimate to complete (ETC)"), ev.etc),
        (N_("Variance at completion (VAC)"), ev.vac),
    )


def _return_note() -> str:
    """How to send the workbook back, naming its sheets as their tabs say."""
    return _(RETURN_NOTE).format(
        risks=sheet_tab(RISKS),
        changes=sheet_tab(CHANGES),
        deliverables=sheet_tab(DELIVERABLES),
        actions=sheet_tab(ACTIONS),
    )


def _next_milestones(tasks: list[TimelineTask]) -> tuple[tuple[str, str, dt.date | None], ...]:
    """The open milestones that come next, by forecast date."""
    open_ones = [t for t in tasks if t.is_milestone and t.percent_complete < 100 and t.finish]
    open_ones.sort(key=lambda t: (t.finish or dt.date.max, t.wbs))
    return tuple((t.wbs, t.name, t.finish) for t in open_ones[:NEXT_MILESTONES])


def _schedule(session: Session, plan: Timeline) -> tuple[ScheduleRow, ...]:
    """The Timeline rows with their costs; a summary's costs are its tasks' sums."""
    costs = {
        task_id: [budget, actual]
        for task_id, budget, actual in read_rows(
            session,
            select(Task.id, Task.budget_cost, Task.actual_cost).where(
                Task.project_id == plan.project_id
            ),
        )
    }
    summed: dict[int, list[Decimal]] = {t.id: [ZERO, ZERO] for t in plan.tasks if t.is_summary}
    for task in reversed(plan.tasks):  # children come after their parent: add bottom-up
        own = summed.get(task.id) or costs.get(task.id, [ZERO, ZERO])
        parent = summed.get(task.parent_id) if task.parent_id is not None else None
        if parent is not None:
            parent[0] += own[0]
            parent[1] += own[1]
    rows = []
    for t in plan.tasks:
        budget, actual = summed.get(t.id) or costs.get(t.id, [ZERO, ZERO])
        rows.append(
            ScheduleRow(
                wbs=t.wbs,
                name=t.name,
                level=t.depth,
                is_summary=t.is_summary,
                is_milestone=t.is_milestone,
                is_critical=t.is_critical,
                duration=t.duration,
                start=t.start,
                finish=t.finish,
                percent_complete=t.percent_complete,
                predecessors=t.predecessors,
                owner=t.owner,
                total_slack=t.total_slack,
                baseline_start=t.baseline_start,
                baseline_finish=t.baseline_finish,
                finish_variance=t.finish_variance,
                budget_cost=budget,
                actual_cost=actual,
            )
        )
    return tuple(rows)
