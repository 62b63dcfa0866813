"""The demo portfolio: two clients with realistic projects, written through the services only.

The services are the only writers: they validate, keep the audit trail and reschedule after
each edit, so the demo is built exactly as a user would build it by hand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from decimal import Decimal

from sqlalchemy.orm import Session

from cpm_desktop.demo.actions import add_demo_actions
from cpm_desktop.demo.changes import add_demo_changes
from cpm_desktop.demo.charter import add_demo_charter
from cpm_desktop.demo.communication import add_demo_communication
from cpm_desktop.demo.deliverables import add_demo_deliverables
from cpm_desktop.demo.exchange_rates import add_demo_exchange_rates
from cpm_desktop.demo.opportunities import add_demo_opportunities
from cpm_desktop.demo.portfolio_records import add_demo_portfolio_records
from cpm_desktop.demo.risks import add_demo_risks
from cpm_desktop.demo.service_levels import add_demo_service_levels
from cpm_desktop.demo.status import LAST_WEEK, add_demo_status, record_last_week, record_this_week
from cpm_desktop.demo.team import add_demo_team
from cpm_desktop.demo.warehouse_plan import (
    HAMBURG_HOLIDAYS,
    WAREHOUSE_PLAN,
    DemoPlan,
    PlannedTask,
    Progress,
    done,
    started,
)
from cpm_desktop.domain import Cadence, ContractType, ProjectStatus, Rag, Stage
from cpm_desktop.errors import ValidationError
from cpm_desktop.identity import acting_as
from cpm_desktop.services.plan.baselines import save_baseline
from cpm_desktop.services.plan.calendars import set_holidays
from cpm_desktop.services.plan.dependencies import add_dependency
from cpm_desktop.services.plan.tasks import TaskAttributes, TaskFields, add_task, edit_tasks
from cpm_desktop.services.portfolio.clients import add_contact, create_client
from cpm_desktop.services.portfolio.projects import NewProject, create_project, set_status_date
from cpm_desktop.services.portfolio.views import portfolio

DEMO_PROJECT_CODE = "NHL-WMS"
RETAIL_PROJECT_CODE = "ALP-CC"
BASELINE_NOTE = "The plan as signed off by the steering committee"
STATUS_DATE = dt.date(2026, 11, 20)  # a Friday: the week's report is being prepared

D = dt.date
T = PlannedTask
PM = "Laura Becker"

# Public holidays of the canton of Zurich.
ZURICH_HOLIDAYS: tuple[tuple[dt.date, str], ...] = (
    (D(2026, 1, 1), "New Year's Day"),
    (D(2026, 1, 2), "Berchtold's Day"),
    (D(2026, 4, 3), "Good Friday"),
    (D(2026, 4, 6), "Easter Monday"),
    (D(2026, 5, 1), "Labour Day"),
    (D(2026, 5, 14), "Ascension Day"),
    (D(2026, 5, 25), "Whit Monday"),
    (D(2026, 8, 1), "Swiss National Day"),
    (D(2026, 12, 25), "Christmas Day"),
    (D(2026, 12, 26), "St Stephen's Day"),
    (D(2027, 1, 1), "New Year's Day"),
    (D(2027, 1, 2), "Berchtold's Day"),
    (D(2027, 3, 26), "Good Friday"),
    (D(2027, 3, 29), "Easter Monday"),
    (D(2027, 5, 1), "Labour Day"),
    (D(2027, 5, 6), "Ascension Day"),
    (D(2027, 5, 17), "Whit Monday"),
    (D(2027, 8, 1), "Swiss National Day"),
    (D(2027, 12, 25), "Christmas Day"),
    (D(2027, 12, 26), "St Stephen's Day"),
)

RETAIL_PLAN = DemoPlan(
    tasks=(
        T("1", "Discovery"),
        T("1.1", "Project kick-off", 0, PM),
        T("1.2", "Store process interviews, three regions", 8, "Nina Keller", 12_000),
        T("1.3", "Requirements and pilot scope", 5, "Nina Keller", 8_000),
        T("1.4", "Pilot scope sign-off", 0, "Claudia Meier (Alpenmarkt)"),
        T("2", "Pilot build"),
        T("2.1", "Store picking app configuration", 15, "Nina Keller", 28_000),
        T("2.2", "Order-ready notifications (SMS, e-mail)", 8, "Jan Vogel", 12_000),
        T("2.3", "POS and ERP integration", 20, "Jan Vogel", 34_000),
        T("2.4", "Pilot readiness review", 0, PM),
        T("3", "Pilot rollout"),
        T("3.1", "Store staff training, 12 stores", 10, "Reto Baumann (Alpenmarkt)", 14_000),
        T("3.2", "Pilot run in 12 stores (16 weeks)", 80, "Reto Baumann (Alpenmarkt)", 30_000),
        T("3.3", "Pilot evaluation and national rollout proposal", 8, PM, 7_000),
        T("3.4", "Steering committee: national rollout decision", 0, "Claudia Meier (Alpenmarkt)"),
    ),
    signed_off=D(2026, 6, 19),
    links=(
        ("1.1", "1.2", "FS", 0),
        ("1.2", "1.3", "FS", 0),
        ("1.3", "1.4", "FS", 2),
        ("1.4", "2.1", "FS", 0),
        ("2.1", "2.2", "SS", 5),
        ("1.4", "2.3", "FS", 0),
        ("2.1", "2.4", "FS", 0),
        ("2.2", "2.4", "FS", 0),
        ("2.3", "2.4", "FS", 0),
        ("2.4", "3.1", "FS", 0),
        ("3.1", "3.2", "FS", 0),
        ("3.2", "3.3", "FS", -5),
        ("3.3", "3.4", "FS", 3),
    ),
    progress={
        "1.1": done(D(2026, 6, 1), D(2026, 6, 1)),
        "1.2": done(D(2026, 6, 1), D(2026, 6, 10), 11_500),
        "1.3": done(D(2026, 6, 11), D(2026, 6, 17), 8_400),
        "1.4": done(D(2026, 6, 19), D(2026, 6, 19)),
        "2.1": done(D(2026, 6, 22), D(2026, 7, 10), 27_000),
        "2.2": done(D(2026, 6, 29), D(2026, 7, 8), 11_200),
        "2.3": done(D(2026, 6, 22), D(2026, 7, 24), 38_600),
        "2.4": done(D(2026, 7, 28), D(2026, 7, 28)),
        "3.1": done(D(2026, 7, 29), D(2026, 8, 11), 13_800),
        "3.2": started(D(2026, 8, 12), 90, 25_000),
    },
    notes={
        "2.3": "One week late: the POS vendor's test system was down; absorbed before training.",
        "3.2": "Stores: Zurich (5), Winterthur (3), Baden (2), Zug (2).",
    },
)


def build_demo_portfolio(session: Session) -> None:
    """Fill an empty workspace with two demo clients, their contacts, projects and plans."""
    if portfolio(session):
        raise ValidationError("The demo portfolio can only be added to an empty workspace.")
    with acting_as(PM):  # the demo's history and audit trail read as its PM's work
        nordhaven, task_ids = _build_nordhaven(session)
        _build_alpenmarkt(session)
        add_demo_portfolio_records(session)  # billing milestones among them
        add_demo_deliverables(session, nordhaven, task_ids, until=STATUS_DATE)
        add_demo_communication(session, nordhaven)  # the plan and the escalation path
        add_demo_opportunities(session, DEMO_PROJECT_CODE, RETAIL_PROJECT_CODE)  # the pipeline
        add_demo_charter(session, nordhaven)  # objectives, scope (with its CRs), SOW
        add_demo_actions(session, nordhaven)  # steering meetings and the action log
        add_demo_service_levels(session, nordhaven)  # the hypercare SLAs, measured weekly
        add_demo_exchange_rates(session)
        # Last week's report sees the plan, register and change log as they stood on 13 Nov;
        # the week's events (work started, entries raised and rescored, change steps) follow,
        # so this week's report tells what really happened since.
        record_last_week(session, nordhaven)
        _report(session, task_ids, _started_after(WAREHOUSE_PLAN, LAST_WEEK))
        add_demo_risks(session, nordhaven, task_ids, after=LAST_WEEK)
        add_demo_changes(session, nordhaven, task_ids, after=LAST_WEEK)
        record_this_week(session, nordhaven, STATUS_DATE)
        add_demo_team(session, nordhaven, task_ids, STATUS_DATE)  # people, vendors, hours


def _build_nordhaven(session: Session) -> tuple[int, dict[str, int]]:
    """Build NHL-WMS with its register and change log as of last week's report; return the
    project's id and its task ids by WBS code."""
    client = create_client(
        session,
        "Nordhaven Logistics GmbH",
        industry="Logistics and contract warehousing",
        notes="Third-party logistics provider; head office and main DC in Hamburg-Billbrook.",
        address="Billbrookdeich 210\n22113 Hamburg\nGermany",
        currency="EUR",
        locale="de_DE",
    )
    sponsor = add_contact(
        session,
        client.id,
        "Henrik Sørensen",
        role="Chief Operating Officer (sponsor)",
        email="henrik.sorensen@nordhaven-logistics.example",
        phone="+49 40 5550 1200",
    )
    add_contact(
        session,
        client.id,
        "Miriam Albers",
        role="Head of Warehouse Operations, Hamburg DC (key user)",
        email="miriam.albers@nordhaven-logistics.example",
        phone="+49 40 5550 1345",
    )
    add_contact(
        session,
        client.id,
        "Jonas Richter",
        role="PMO lead",
        email="jonas.richter@nordhaven-logistics.example",
        phone="+49 40 5550 1170",
    )
    project = create_project(
        session,
        NewProject(
            client_id=client.id,
            code=DEMO_PROJECT_CODE,
            name="Warehouse management system rollout",
            start_date=D(2026, 9, 7),
            manager=PM,
            sponsor_id=sponsor.id,
            currency="EUR",
            budget=Decimal("480000"),
            contract_value=Decimal("560000"),
            status=ProjectStatus.ACTIVE,
            rag=Rag.AMBER,
            stage=Stage.EXECUTION,
            contract_type=ContractType.FIXED_PRICE,
            cadence=Cadence.WEEKLY,
            objective=(
                "Run the Hamburg distribution centre on the new WMS from 12 April 2027, with "
                "carrier and SAP interfaces live and no lost shipping day at cut-over."
            ),
            description=(
                "Replace the legacy WMS at the Hamburg distribution centre (38,000 pallet "
                "places, three shifts) with a cloud WMS integrated with SAP S/4HANA and the DHL "
                "and DB Schenker carrier systems.\n\n"
                "Amber: outbound design and SAP integration design run about two weeks late "
                "(key users busy with peak-season preparation, SAP specifications outstanding). "
                "Go-live on 12 April 2027 still holds, using the schedule contingency."
            ),
        ),
    )
    # Holidays first, so every date the services compute already skips them.
    set_holidays(session, project.calendar_id, HAMBURG_HOLIDAYS, project_id=project.id)
    task_ids = add_plan(session, project.id, WAREHOUSE_PLAN, until=LAST_WEEK)
    add_demo_risks(session, project.id, task_ids, until=LAST_WEEK)
    add_demo_changes(session, project.id, task_ids, until=LAST_WEEK)
    add_demo_status(session, project.id)
    return project.id, task_ids


def _build_alpenmarkt(session: Session) -> None:
    client = create_client(
        session,
        "Alpenmarkt AG",
        industry="Grocery retail",
        notes="Regional supermarket chain, 140 stores in German-speaking Switzerland.",
        address="Industriestrasse 41\n8304 Wallisellen\nSwitzerland",
        currency="CHF",
        locale="de_CH",
    )
    sponsor = add_contact(
        session,
        client.id,
        "Claudia Meier",
        role="Head of Omnichannel (sponsor)",
        email="claudia.meier@alpenmarkt.example",
        phone="+41 44 555 21 40",
    )
    add_contact(
        session,
        client.id,
        "Reto Baumann",
        role="Store operations manager, Zurich region (key user)",
        email="reto.baumann@alpenmarkt.example",
        phone="+41 44 555 21 87",
    )
    project = create_project(
        session,
        NewProject(
            client_id=client.id,
            code=RETAIL_PROJECT_CODE,
            name="Click & collect pilot, 12 stores",
            start_date=D(2026, 6, 1),
            manager=PM,
            sponsor_id=sponsor.id,
            currency="CHF",
            budget=Decimal("145000"),
            contract_value=Decimal("168000"),
            status=ProjectStatus.ACTIVE,
            rag=Rag.GREEN,
            stage=Stage.EXECUTION,
            contract_type=ContractType.TIME_AND_MATERIALS,
            cadence=Cadence.FORTNIGHTLY,
            objective=(
                "Prove click & collect in 12 stores, with the figures the board needs to decide "
                "on a national rollout."
            ),
            description=(
                "Pilot of online ordering with in-store pick-up in 12 stores, as the basis for "
                "the decision on a national rollout in 2027."
            ),
        ),
    )
    set_holidays(session, project.calendar_id, ZURICH_HOLIDAYS, project_id=project.id)
    add_plan(session, project.id, RETAIL_PLAN)


def add_plan(
    session: Session, project_id: int, plan: DemoPlan, until: dt.date | None = None
) -> dict[str, int]:
    """Add a plan's tasks (in outline order) and links to a project, with the progress of work
    started by `until` (default: all of it); return task ids by WBS."""
    keyed = {task.wbs for task in plan.tasks}
    for table in (plan.progress, plan.constraints, plan.notes):
        unknown = set(table) - keyed
        if unknown:
            raise ValueError(f"Plan entries for unknown WBS codes: {sorted(unknown)}")
    ids: dict[str, int] = {}
    for row in plan.tasks:
        parent_wbs = row.wbs.rpartition(".")[0]
        task = add_task(
            session,
            project_id,
            row.name,
            parent_id=ids[parent_wbs] if parent_wbs else None,
            **_details(row, plan),
        )
        ids[row.wbs] = task.id
    for predecessor, successor, link_type, lag in plan.links:
        add_dependency(session, ids[predecessor], ids[successor], link_type, lag)
    progress = {w: p for w, p in plan.progress.items() if until is None or p.start <= until}
    if plan.signed_off is not None:
        # The baseline is the plan as signed off, with the work finished by then, so on-time
        # delivery and variances measure the slips the demo's later progress tells of. The
        # status date waits till then: before it, work not done would move past it.
        before = {w: p for w, p in progress.items() if _done_by(p, plan.signed_off)}
        _report(session, ids, before)
        save_baseline(session, project_id, 0, note=BASELINE_NOTE)
        _report(session, ids, {w: p for w, p in progress.items() if w not in before})
    else:
        _report(session, ids, progress)
    set_status_date(session, project_id, STATUS_DATE)
    return ids


def _started_after(plan: DemoPlan, day: dt.date) -> dict[str, Progress]:
    return {wbs: p for wbs, p in plan.progress.items() if p.start > day}


def _done_by(progress: Progress, day: dt.date) -> bool:
    return progress.finish is not None and progress.finish <= day


def _report(session: Session, ids: Mapping[str, int], progress: Mapping[str, Progress]) -> None:
    """Report `progress` on the tasks in one step, as a PM does in the weekly update."""
    edit_tasks(session, {ids[wbs]: _progress(reported) for wbs, reported in progress.items()})


def _details(row: PlannedTask, plan: DemoPlan) -> TaskAttributes:
    """Translate one plan row (and its progress, constraint, notes) into task fields."""
    details: TaskAttributes = {"owner": row.owner, "notes": plan.notes.get(row.wbs, "")}
    if row.duration == 0:
        details["is_milestone"] = True
    elif row.duration is not None:
        details["duration"] = row.duration
    if row.budget:
        details["budget_cost"] = Decimal(row.budget)
    if row.wbs in plan.constraints:
        details["constraint_type"], details["constraint_date"] = plan.constraints[row.wbs]
    return details


def _progress(progress: Progress) -> TaskFields:
    """The task fields that report `progress`."""
    return {
        "actual_start": progress.start,
        "actual_finish": progress.finish,
        "percent_complete": progress.percent,
        "actual_cost": Decimal(progress.cost),
    }
