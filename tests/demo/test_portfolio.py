"""The demo portfolio: built through the services, realistic, and consistent with its schedule."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE, build_demo_portfolio
from cpm_desktop.demo.portfolio import BASELINE_NOTE, STATUS_DATE
from cpm_desktop.domain import LinkType
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import AuditEntry, Dependency, Project, Task
from cpm_desktop.services.plan.baselines import list_baselines
from cpm_desktop.services.plan.timeline import timeline
from cpm_desktop.services.portfolio import views
from cpm_desktop.workspace import Workspace

PHASES = ["Initiation", "Planning", "Design", "Build", "Test", "Deployment", "Closure"]


@pytest.fixture
def session(demo: Workspace) -> Iterator[Session]:
    """A session on the shared demo workspace; closing it rolls back anything a test did."""
    with demo.session() as s:
        yield s


@pytest.fixture
def project(session: Session) -> Project:
    """The demo's main project."""
    project_id = views.find_project_id(session, DEMO_PROJECT_CODE)
    assert project_id is not None
    return session.get_one(Project, project_id)


def tasks_of(session: Session, project: Project) -> list[Task]:
    return list(session.scalars(select(Task).where(Task.project_id == project.id)))


def leaves_of(session: Session, project: Project) -> list[Task]:
    tasks = tasks_of(session, project)
    parents = {t.parent_id for t in tasks}
    return [t for t in tasks if t.id not in parents]


def links_of(session: Session, project: Project) -> list[Dependency]:
    return list(session.scalars(select(Dependency).where(Dependency.project_id == project.id)))


def easter_sunday(year: int) -> dt.date:
    """Gregorian Easter (Meeus/Jones/Butcher), to check the holiday list independently."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    j = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * j) // 433
    month, day = divmod(h + j - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def test_build_fills_an_empty_workspace_with_two_clients(workspace: Workspace) -> None:
    """Building into a new workspace gives two clients, each with one active project."""
    with workspace.transaction() as s:
        build_demo_portfolio(s)
    with workspace.transaction() as s:
        clients = views.portfolio(s)
        assert len(clients) == 2
        assert all(len(c.projects) == 1 for c in clients)
        assert DEMO_PROJECT_CODE in {p.code for c in clients for p in c.projects}


def test_build_refuses_a_workspace_that_has_clients(workspace: Workspace) -> None:
    """A second build is refused with a clear error and adds nothing."""
    with workspace.transaction() as s:
        build_demo_portfolio(s)
    with pytest.raises(ValidationError, match="empty workspace"), workspace.transaction() as s:
        build_demo_portfolio(s)
    with workspace.transaction() as s:
        assert len(views.portfolio(s)) == 2


def test_main_project_frame(session: Session, project: Project) -> None:
    """The main project has the agreed frame: dates, currency, money, sponsor and amber RAG."""
    summary = views.project_summary(session, project.id)
    assert summary.start_date == dt.date(2026, 9, 7)
    assert summary.status_date == STATUS_DATE
    assert (summary.currency, summary.status, summary.rag) == ("EUR", "active", "amber")
    assert summary.budget < summary.contract_value
    assert summary.sponsor
    assert summary.manager


def test_main_project_has_about_sixty_tasks(session: Session, project: Project) -> None:
    """The main project holds between 50 and 70 tasks."""
    assert 50 <= len(views.task_rows(session, project.id)) <= 70


def test_seven_phases_are_the_top_level_wbs_in_order(session: Session, project: Project) -> None:
    """The top level is WBS 1..7: Initiation to Closure, each a summary, finishing in sequence."""
    top = [r for r in views.task_rows(session, project.id) if r.depth == 0]
    assert [r.name for r in top] == PHASES
    assert [r.wbs for r in top] == [str(n) for n in range(1, 8)]
    assert all(r.is_summary for r in top)
    finishes = [r.finish for r in top if r.finish is not None]
    assert len(finishes) == len(PHASES)
    assert finishes == sorted(finishes)


def test_some_phases_nest_two_levels(session: Session, project: Project) -> None:
    """Build is split into modules with their own tasks (WBS depth 2)."""
    rows = views.task_rows(session, project.id)
    assert any(r.depth == 2 and r.wbs.startswith("4.") for r in rows)


def test_all_four_link_types_are_used(session: Session, project: Project) -> None:
    """The main project uses FS, SS, FF and SF links."""
    assert {link.type for link in links_of(session, project)} == set(LinkType)


def test_links_include_lags_and_leads(session: Session, project: Project) -> None:
    """At least one link has a lag and at least one a lead (negative lag)."""
    lags = [link.lag for link in links_of(session, project)]
    assert any(lag > 0 for lag in lags)
    assert any(lag < 0 for lag in lags)


def test_milestones_include_billing_milestones(session: Session, project: Project) -> None:
    """There are plain milestones (kick-off, go-live) and several billing milestones."""
    names = [r.name for r in views.task_rows(session, project.id) if r.is_milestone]
    billing = [n for n in names if n.startswith("Billing milestone")]
    assert len(billing) >= 3
    assert {"Project kick-off", "Go-live", "Hypercare end"} <= set(names)


def test_billing_milestones_add_up_to_the_contract(session: Session, project: Project) -> None:
    """The billing milestones' percentages add up to 100 % of the contract value."""
    names = [r.name for r in views.task_rows(session, project.id) if r.is_milestone]
    percents = [int(n.split(":")[1].split("%")[0]) for n in names if n.startswith("Billing")]
    assert sum(percents) == 100


def test_task_budgets_add_up_to_about_the_budget(session: Session, project: Project) -> None:
    """The tasks' budget costs add up to between 90 % and 100 % of the project budget."""
    total = sum((t.budget_cost for t in tasks_of(session, project)), Decimal(0))
    assert project.budget * Decimal("0.9") <= total <= project.budget


def test_at_least_one_date_constraint(session: Session, project: Project) -> None:
    """Some task carries a date constraint agreed with the client."""
    assert any(t.constraint_date is not None for t in tasks_of(session, project))


def test_calendar_holds_the_hamburg_public_holidays(session: Session, project: Project) -> None:
    """The project calendar lists the Hamburg holidays of 2026 and 2027, Easter-based ones right."""
    days = {h.day for h in project.calendar.holidays}
    for year in (2026, 2027):
        easter = easter_sunday(year)
        moving = {easter + dt.timedelta(days=n) for n in (-2, 1, 39, 50)}
        fixed = {dt.date(year, m, d) for m, d in ((1, 1), (5, 1), (10, 3), (10, 31))}
        christmas = {dt.date(year, 12, 25), dt.date(year, 12, 26)}
        assert moving | fixed | christmas <= days
    assert len(days) == 20


def test_no_work_is_scheduled_on_holidays_or_weekends(session: Session, project: Project) -> None:
    """Every task with work starts and finishes on working days."""
    holidays = {h.day for h in project.calendar.holidays}
    for task in leaves_of(session, project):
        for day in (task.start, task.finish):
            assert day is not None
            if not task.is_milestone:
                assert day.weekday() < 5, task.name
                assert day not in holidays, task.name


def test_finished_work_carries_actual_dates(session: Session, project: Project) -> None:
    """Initiation and Planning are done; every finished task has actual dates and is 100 %."""
    rows = views.task_rows(session, project.id)
    done_phases = {r.id for r in rows if r.depth == 0 and r.name in ("Initiation", "Planning")}
    leaves = leaves_of(session, project)
    finished = [t for t in leaves if t.percent_complete == 100]
    assert len(finished) >= 10
    assert all(t.percent_complete == 100 for t in leaves if t.parent_id in done_phases)
    for task in finished:
        assert task.actual_start is not None
        assert task.actual_finish is not None
        assert task.actual_finish <= STATUS_DATE
    assert all(t.percent_complete == 100 for t in leaves if t.actual_finish is not None)


def test_some_work_is_in_progress(session: Session, project: Project) -> None:
    """Several tasks, in Design and Build, are under way: partly complete with an actual start."""
    started = [t for t in leaves_of(session, project) if 0 < t.percent_complete < 100]
    assert len(started) >= 3
    assert all(t.actual_start is not None and t.actual_finish is None for t in started)
    assert all(t.actual_start is not None and t.actual_start <= STATUS_DATE for t in started)
    assert {t.parent.name for t in started if t.parent} & {"Design", "Inbound module"}


def test_work_done_or_started_has_actual_costs(session: Session, project: Project) -> None:
    """Tasks with work done and a budget also have an actual cost; unstarted ones have none."""
    for task in leaves_of(session, project):
        if task.percent_complete > 0 and task.budget_cost > 0:
            assert task.actual_cost > 0, task.name
        if task.percent_complete == 0:
            assert task.actual_cost == 0, task.name


def test_unstarted_work_is_not_scheduled_before_the_status_date(
    session: Session, project: Project
) -> None:
    """No task without progress starts on or before the status date."""
    for task in leaves_of(session, project):
        if task.percent_complete == 0:
            assert task.start is not None
            assert task.start > STATUS_DATE, task.name


def test_stored_dates_respect_finish_to_start_links(session: Session, project: Project) -> None:
    """Each FS link without a lead has its successor start after its predecessor finish."""
    checked = 0
    for link in links_of(session, project):
        if link.type is not LinkType.FS or link.lag < 0:
            continue
        pred, succ = link.predecessor, link.successor
        assert pred.finish is not None
        assert succ.start is not None
        if pred.is_milestone or succ.is_milestone:
            assert succ.start >= pred.finish, (pred.name, succ.name)
        else:
            assert succ.start > pred.finish, (pred.name, succ.name)
        checked += 1
    assert checked > 30


def test_go_live_and_finish_fall_in_spring_2027(session: Session, project: Project) -> None:
    """Go-live is in April 2027 and the project ends by the end of May 2027."""
    go_live = next(r for r in views.task_rows(session, project.id) if r.name == "Go-live")
    assert go_live.start is not None
    assert dt.date(2027, 3, 1) <= go_live.start <= dt.date(2027, 5, 31)
    finish = views.project_summary(session, project.id).finish_date
    assert finish is not None
    assert go_live.start < finish <= dt.date(2027, 5, 31)


def test_second_project_is_a_small_green_one(session: Session) -> None:
    """The other client's project is small, green, started earlier and in another currency."""
    main_id = views.find_project_id(session, DEMO_PROJECT_CODE)
    other = [p for c in views.portfolio(session) for p in c.projects if p.id != main_id]
    assert len(other) == 1
    summary = views.project_summary(session, other[0].id)
    assert summary.rag == "green"
    assert summary.start_date < dt.date(2026, 9, 7)
    assert summary.currency != "EUR"
    assert 8 <= summary.task_count <= 16
    assert summary.finish_date is not None


def test_every_edit_left_an_audit_entry(session: Session, project: Project) -> None:
    """The services wrote the audit trail: a creation entry for every task and link."""
    created = session.scalar(
        select(func.count(AuditEntry.id)).where(
            AuditEntry.project_id == project.id,
            AuditEntry.action == "create",
            AuditEntry.entity.in_(["task", "dependency"]),
        )
    )
    expected = len(tasks_of(session, project)) + len(links_of(session, project))
    assert created == expected
    holidays = session.scalar(
        select(func.count(AuditEntry.id)).where(
            AuditEntry.project_id == project.id, AuditEntry.field == "holidays"
        )
    )
    assert holidays == 1


def test_both_plans_carry_the_baseline_signed_off_before_later_work(session: Session) -> None:
    """Baseline 0 is the plan as signed off: work done by then met it, later work slipped."""
    for client in views.portfolio(session):
        for item in client.projects:
            [baseline] = list_baselines(session, item.id)
            assert baseline.note == BASELINE_NOTE
            assert views.project_summary(session, item.id).status_date == STATUS_DATE
    plan = timeline(session, views.find_project_id(session, DEMO_PROJECT_CODE))
    by_name = {t.name: t for t in plan.tasks}
    # Signed off on 29 Sep: the charter and the plan itself were on time ...
    for met in ("Project charter sign-off", "Project plan baselined by steering committee"):
        assert by_name[met].finish_variance == 0
    # ... the design, reported after it, slipped, and go-live holds on its constraint.
    assert (by_name["Design sign-off"].finish_variance or 0) > 10
    assert by_name["Go-live"].finish_variance == 0


def test_the_clients_read_german(demo: Workspace) -> None:
    """Nordhaven's exports are German as written in Germany, Alpenmarkt's as in Switzerland."""
    from cpm_desktop.services.portfolio.clients import client_details

    with demo.transaction() as s:
        locales = {c.name: client_details(s, c.id).locale for c in views.portfolio(s)}
    assert locales == {"Nordhaven Logistics GmbH": "de_DE", "Alpenmarkt AG": "de_CH"}
