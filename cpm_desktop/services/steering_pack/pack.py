"""The steering-committee pack: gather a project's figures into a PackContent, write the PDF.

Reading only: the export writes the PDF file and nothing to the workspace. Everything is
taken from the existing read models, so the pack shows what the screens show.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from cpm_desktop.domain import Audience, RiskKind, RiskStatus
from cpm_desktop.domain.audience import Visibility, visibility
from cpm_desktop.domain.change_workflow import PENDING, label
from cpm_desktop.errors import ExportError, ValidationError
from cpm_desktop.models import Project
from cpm_desktop.reports.formatting import long_date, money
from cpm_desktop.reports.pdf.gantt.content import GanttRow, PrintedGantt
from cpm_desktop.reports.pdf.pack import content as pack
from cpm_desktop.reports.pdf.pack.render import write_pack
from cpm_desktop.scheduling.collector import collector_paused
from cpm_desktop.services.changes.views import ChangeLog, ChangeSummary, change_log, change_summary
from cpm_desktop.services.export_language import export_locale
from cpm_desktop.services.plan.timeline import Timeline, timeline
from cpm_desktop.services.portfolio.earned_value import earned_value_report
from cpm_desktop.services.portfolio.milestone_status import milestone_status
from cpm_desktop.services.portfolio.standing import ProjectStanding, RiskTally, standing_from
from cpm_desktop.services.portfolio.status_words import status_explanation
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.services.records.pack_settings import (
    GANTT_DETAILS,
    PackSettings,
    clean_paper,
    clean_sections,
    pack_settings,
)
from cpm_desktop.services.records.status_reports import StatusReportRow, status_report
from cpm_desktop.services.risks.views import RiskRegister, RiskRow, risk_register
from cpm_desktop.services.steering_pack.actions import pack_actions
from cpm_desktop.services.steering_pack.charter import pack_charter
from cpm_desktop.services.steering_pack.deliverables import pack_deliverables
from cpm_desktop.services.steering_pack.finance import pack_finance, utilisation_kpi
from cpm_desktop.services.steering_pack.kpis import kpi_lines
from cpm_desktop.services.steering_pack.logs import billing, decisions_taken, feedback
from cpm_desktop.services.steering_pack.rag import Facts, ratings
from cpm_desktop.services.steering_pack.service_levels import pack_service_levels
from cpm_desktop.services.steering_pack.since_last import pack_since_last
from cpm_desktop.services.team.cost_basis import cost_basis
from cpm_desktop.services.team.costs import project_costs
from cpm_desktop.services.validate import clean_enum, get_or_raise
from cpm_desktop.texts import N_, _, ngettext, speaking

TOP_RISKS = 10
ZERO = Decimal("0.00")
COST_AREAS = ("Budget",)  # rated on the supplier's cost: only where cost may be shown
OPEN_CHANGES = ("draft", "submitted", "under_assessment", "deferred")
CHANGE_ORDER = (
    "draft",
    "submitted",
    "under_assessment",
    "approved",
    "implemented",
    "deferred",
    "rejected",
    "closed",
)


def steering_pack_content(
    session: Session,
    project_id: int,
    *,
    settings: PackSettings | None = None,
    on: dt.date | None = None,
    audience: Audience = Audience.CLIENT,
) -> pack.PackContent:
    """Everything the pack of `project_id` prints for `audience`, with `settings` (default:
    the saved ones)."""
    settings = settings or pack_settings(session, project_id)
    today = on or dt.date.today()
    project = get_or_raise(session, Project, project_id, N_("project"))
    view = visibility(audience, open_book=project.open_book)
    header = project_summary(session, project_id)
    report = status_report(session, project_id)
    plan = timeline(session, project_id, predecessors=False)  # the pack prints none
    log = change_log(session, project_id)
    changes = change_summary(session, project_id, log=log)
    register = risk_register(
        session, project_id, today=today, include_internal=view.internal_records
    )
    # The costs, earned value and the cost basis once, for the finance page and the KPIs alike.
    costs = project_costs(session, project_id)
    basis = cost_basis(session, project_id, costs=costs)
    # Per-task values and the S-curve feed the finance page alone: the KPIs take the totals.
    page = view.cost and "finance" in settings.sections
    value = (
        earned_value_report(session, project_id, basis=basis, detail=page, plan=plan)
        if header.status_date
        else None
    )
    # The page and the summary's utilisation line are for cost readers: gathered for them only.
    finance = pack_finance(session, header, changes, value, costs, page=page) if view.cost else None
    # The standing as of the status date, as every screen shows it (today without one).
    as_of = header.status_date or today
    standing = standing_from(
        project,
        plan,
        changes,
        register,  # its tally of statuses and RAGs: no review date judged on `today` counts
        value.project if value else None,
        feedback_log(session, project_id),
        as_of,
        basis=basis,
    )
    kpis = standing.kpis
    return pack.PackContent(
        cover=pack.Cover(
            client=header.client,
            project_code=header.code,
            project_name=header.name,
            meeting_date=settings.meeting_date,
            status_date=header.status_date,
            manager=header.manager,
            sponsor=header.sponsor,
            confidentiality=settings.confidentiality,
            logo=settings.logo,
        ),
        summary=_summary(standing, report, view, finance.utilisation if finance else None),
        milestones=_milestones(plan),
        # A pack is as of its status date: its Gantt marks no other "today".
        gantt=_gantt(plan, settings.gantt_detail, as_of),
        finance=finance,
        risks=_risks(register),
        changes=_changes(log, changes, view),
        decisions=pack.Decisions(
            _lines(report.decisions_required),
            _lines(report.next_steps),
            decisions_taken(session, project_id, include_internal=view.internal_records),
        ),
        billing=billing(session, project_id, header.currency, plan),
        feedback=feedback(session, project_id, kpis, as_of),
        since_last=pack_since_last(session, project_id, header.status_date, view),
        actions=pack_actions(session, project_id, view),
        charter=pack_charter(session, project_id, view),
        deliverables=pack_deliverables(session, project_id, view),
        service_levels=pack_service_levels(session, project_id, view),
        # Budget and earned value are the supplier's cost: not in a fixed-price client pack.
        sections=tuple(s for s in settings.sections if view.cost or s != "finance"),
        paper=settings.paper,
        generated_on=today,
        audience_note=view.footer_note,
    )


# Gathering and drawing a long plan's pack makes some million objects that live until the
# file is written: the cyclic collector would only rescan them, again and again.
@collector_paused()
def export_steering_pack(
    session: Session,
    project_id: int,
    path: Path,
    *,
    paper: str | None = None,
    sections: Sequence[str] | None = None,
    gantt_detail: str | None = None,
    report: Callable[[str], None] | None = None,
    on: dt.date | None = None,
    audience: Audience | str = Audience.CLIENT,
    locale: str | None = None,
) -> Path:
    """Write the pack of `project_id` for `audience` to `path` in `locale` ("de", "fr_CH"; by
    default the client's); arguments given override the saved settings.

    Raises ValidationError for a bad option and ExportError when `path` cannot be written;
    a failed write leaves no file behind.
    """
    get_or_raise(session, Project, project_id, N_("project"))
    reader = clean_enum(Audience, audience, N_("audience"))
    language = export_locale(session, project_id, locale)
    path = Path(path)
    if not path.parent.is_dir():  # before the work, not after it
        raise ExportError(
            _("Cannot write {path}: the folder {folder} does not exist.").format(
                path=path, folder=path.parent
            )
        )
    settings = pack_settings(session, project_id)
    changes: dict[str, object] = {}
    if paper is not None:
        changes["paper"] = clean_paper(paper)
    if sections is not None:
        changes["sections"] = clean_sections(sections)
    if gantt_detail is not None:
        if gantt_detail not in GANTT_DETAILS:
            raise ValidationError(
                _("The Gantt detail must be summary or full, not {detail!r}.").format(
                    detail=gantt_detail
                )
            )
        changes["gantt_detail"] = gantt_detail
    settings = dataclasses.replace(settings, **changes)  # type: ignore[arg-type]
    tell = report or (lambda _message: None)
    tell("Gathering the project's figures…")
    with speaking(language):
        content = steering_pack_content(
            session, project_id, settings=settings, on=on, audience=reader
        )
    tell("Drawing the pages…")
    with speaking(language):
        written = write_pack(content, path)
    tell(f"Wrote {written}.")
    return written


def _summary(
    standing: ProjectStanding,
    report: StatusReportRow,
    view: Visibility,
    used: pack.TeamUse | None,
) -> pack.Summary:
    changes, finish, risks = standing.changes, standing.finish, standing.risks
    facts = Facts(
        finish_variance=finish.variance_days,
        eac=standing.kpis.cost,  # the forecast cost every output's budget variance is built on
        current_budget=changes.current_budget if standing.has_budget else None,
        original_budget=changes.original_budget,
        approved_cost=changes.approved_cost,
        pending_count=changes.pending_count,
        red_risks=risks.red_items,
        amber_risks=risks.amber_risks + risks.amber_issues,
        status_date=standing.status_date,
    )
    own = {
        "Schedule": report.schedule_rag,
        "Budget": report.budget_rag,
        "Scope": report.scope_rag,
        "Risk": report.risk_rag,
    }
    c = standing.currency
    if view.cost:
        budget = money(changes.current_budget, c) if standing.has_budget else _("no budget set")
        forecast = standing.kpis.cost
        eac = money(forecast, c) if forecast is not None else "–"
        money_figures = (
            pack.KeyFigure(_("Current budget"), budget),
            pack.KeyFigure(_("Estimate at completion"), eac),
        )
        pending = changes.pending_cost
    else:  # what the client pays, not what the work costs the supplier
        money_figures = (
            pack.KeyFigure(_("Contract value"), money(changes.current_contract_value, c)),
            pack.KeyFigure(_("Approved change orders"), money(changes.approved_change_orders, c)),
        )
        pending = changes.pending_change_orders
    figures = (
        pack.KeyFigure(_("Forecast finish"), long_date(finish.forecast)),
        pack.KeyFigure(_("Baseline finish"), long_date(finish.baseline, _("no baseline saved"))),
        *money_figures,
        pack.KeyFigure(_("Open risks and issues"), risk_count_text(risks)),
        pack.KeyFigure(_("Pending changes"), f"{changes.pending_count} ({money(pending, c)})"),
    )
    overall = standing.overall
    return pack.Summary(
        overall.rag.value if overall.rag else "",
        _ratings_for(ratings(facts, own), view, changes.pending_count),
        report.commentary,
        figures,
        # Utilisation tells how much of the supplier's team is billed: for cost readers only.
        (*kpi_lines(standing, view), *((utilisation_kpi(used),) if view.cost else ())),
        status_explanation(standing.overall),
        report.internal_notes if view.internal_records else "",
    )


def _ratings_for(
    rated: tuple[pack.Rating, ...], view: Visibility, pending: int
) -> tuple[pack.Rating, ...]:
    """The area ratings this audience may read: no budget area, no cost share without cost."""
    if view.cost:
        return rated
    return tuple(
        dataclasses.replace(
            r, reason=_("approved and pending changes; {pending} pending").format(pending=pending)
        )
        if r.area == "Scope" and r.derived
        else r
        for r in rated
        if r.area not in COST_AREAS
    )


def risk_count_text(risks: RiskTally) -> str:
    """Open risks and issues with their red ones: "11 risks (3 red), 3 issues (1 red)"."""
    counted = ngettext("{count} risk ({red} red)", "{count} risks ({red} red)", risks.risks)
    issues = ngettext("{count} issue ({red} red)", "{count} issues ({red} red)", risks.issues)
    return (
        f"{counted.format(count=risks.risks, red=risks.red_risks)}, "
        f"{issues.format(count=risks.issues, red=risks.red_issues)}"
    )


def _milestones(plan: Timeline) -> tuple[pack.Milestone, ...]:
    return tuple(
        pack.Milestone(
            t.wbs,
            t.name,
            t.baseline_finish,
            t.finish,
            t.finish_variance,
            milestone_status(t, plan.status_date),
        )
        for t in plan.tasks
        if t.is_milestone and not t.is_summary
    )


def _gantt(plan: Timeline, detail: str, today: dt.date) -> PrintedGantt:
    tasks = plan.tasks
    if detail == "summary":  # the phases and the key dates
        tasks = [t for t in tasks if t.is_summary or t.is_milestone or t.depth == 0]
    rows = tuple(
        GanttRow(
            t.wbs,
            t.name,
            t.depth,
            t.is_summary,
            t.is_milestone,
            t.is_critical,
            t.start,
            t.finish,
            t.baseline_start,
            t.baseline_finish,
            t.percent_complete,
        )
        for t in tasks
    )
    title = (
        _("{code} · Gantt (summary)") if detail == "summary" else _("{code} · Gantt (all tasks)")
    ).format(code=plan.code)
    return PrintedGantt(rows, plan.status_date, today, title)


def _risks(register: RiskRegister) -> pack.Risks:
    live = [r for r in register.rows if r.status != RiskStatus.CLOSED]
    risks = sorted(
        (r for r in live if r.kind == RiskKind.RISK), key=lambda r: (-(r.score or 0), r.reference)
    )
    issues = [r for r in live if r.kind == RiskKind.ISSUE]
    return pack.Risks(
        heat_map=register.heat_map.cells,
        amber_from=register.amber_from,
        red_from=register.red_from,
        top=tuple(_risk_line(r) for r in risks[:TOP_RISKS]),
        issues=tuple(_risk_line(r) for r in issues),
        open_count=len(risks),
    )


def _risk_line(row: RiskRow) -> pack.RiskLine:
    return pack.RiskLine(
        row.reference, row.title, row.owner, row.score, row.rag, row.trend, row.status, row.due_date
    )


def _changes(log: ChangeLog, summary: ChangeSummary, view: Visibility) -> pack.Changes:
    counts = {status: 0 for status in CHANGE_ORDER}
    for row in log.rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    open_rows = [r for r in log.rows if r.status in OPEN_CHANGES or r.status in PENDING]
    if view.cost:
        approved, pending = log.approved_cost, log.pending_cost
    else:  # a client pack shows what the client pays for a change: its change-order value
        approved, pending = summary.approved_change_orders, summary.pending_change_orders
    return pack.Changes(
        currency=log.currency,
        counts=tuple((_(label(status)), n) for status, n in counts.items() if n),
        approved_cost=approved,
        approved_days=log.approved_days,
        pending_cost=pending,
        pending_days=log.pending_days,
        open=tuple(
            pack.ChangeLine(
                r.reference,
                r.title,
                _(label(r.status)),
                r.cost_impact if view.cost else (r.change_order_value if r.billable else ZERO),
                r.schedule_days,
                r.requested_by,
            )
            for r in open_rows
        ),
        money_label="Cost" if view.cost else "Price",
    )


def _lines(text: str) -> tuple[str, ...]:
    """One item a line; bullets the PM typed are dropped (the pack numbers the items)."""
    items = (line.strip().lstrip("-•*").strip() for line in text.splitlines())
    return tuple(item for item in items if item)
