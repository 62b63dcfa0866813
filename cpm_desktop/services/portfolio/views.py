"""Read models: plain rows for the UI and the CLI, so neither touches the ORM."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from cpm_desktop.domain import Cadence, ContractType, Influence, ProjectStatus, Rag, Stage
from cpm_desktop.domain.lifecycle import next_status_date
from cpm_desktop.models import Client, Contact, Dependency, Project, Task
from cpm_desktop.services.plan.outline import outline_rows, rolled_up_percent
from cpm_desktop.services.validate import fold, get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class ProjectItem:
    """A project as the navigator lists it."""

    id: int
    code: str
    name: str
    status: str
    rag: Rag | None  # the PM's overall rating; None: not rated
    stage: Stage
    closed_on: dt.date | None  # set while the project is closed (read-only)

    @property
    def is_closed(self) -> bool:
        """Closed projects are read-only, and hidden from the navigator unless asked for."""
        return self.status == ProjectStatus.CLOSED


@dataclass(frozen=True, slots=True)
class ClientItem:
    """A client with its projects, as the navigator lists it."""

    id: int
    name: str
    projects: tuple[ProjectItem, ...]


@dataclass(frozen=True, slots=True)
class ProjectSummary:
    """Header facts of one project."""

    id: int
    code: str
    name: str
    client: str
    manager: str
    sponsor: str
    start_date: dt.date
    status_date: dt.date | None
    finish_date: dt.date | None
    currency: str
    budget: Decimal
    contract_value: Decimal
    status: str
    rag: Rag | None  # the PM's overall rating; None: not rated (see project_standing)
    task_count: int
    link_count: int
    open_book: bool  # the client may see cost figures (never the margin)
    client_id: int
    sponsor_id: int | None
    calendar_id: int
    objective: str
    description: str
    contract_type: ContractType
    cadence: Cadence
    stage: Stage
    closed_on: dt.date | None  # set while the project is closed (read-only)

    @property
    def is_closed(self) -> bool:
        """Closed projects are read-only until reopened."""
        return self.status == ProjectStatus.CLOSED

    @property
    def next_status_date(self) -> dt.date:
        """The status date the cadence suggests next: one period after the current one."""
        return next_status_date(self.cadence, self.status_date or self.start_date)


@dataclass(frozen=True, slots=True)
class TaskRow:
    """One row of the task table, in outline order."""

    id: int
    parent_id: int | None
    wbs: str
    depth: int
    name: str
    duration: int
    start: dt.date | None
    finish: dt.date | None
    percent_complete: int
    is_summary: bool
    is_milestone: bool
    owner: str


@dataclass(frozen=True, slots=True)
class TaskDetail:
    """Every editable field of one task, for the task dialog."""

    id: int
    name: str
    wbs: str
    is_summary: bool
    is_milestone: bool
    duration: int
    start: dt.date | None
    finish: dt.date | None
    constraint_type: str
    constraint_date: dt.date | None
    percent_complete: int
    actual_start: dt.date | None
    actual_finish: dt.date | None
    owner: str
    notes: str


def portfolio(session: Session) -> list[ClientItem]:
    """Return every client with its projects, both sorted by name/code."""
    clients = session.scalars(
        select(Client).options(selectinload(Client.projects)).order_by(func.lower(Client.name))
    )
    return [
        ClientItem(
            id=c.id,
            name=c.name,
            projects=tuple(
                ProjectItem(p.id, p.code, p.name, p.status.value, p.rag, p.stage, p.closed_on)
                for p in c.projects
            ),
        )
        for c in clients
    ]


@dataclass(frozen=True, slots=True)
class ContactItem:
    """A person at a project's client."""

    id: int
    name: str
    role: str


def client_contacts(session: Session, project_id: int) -> list[ContactItem]:
    """The people at the project's client, by name: who may request or decide a change."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    query = select(Contact.id, Contact.name, Contact.role).where(
        Contact.client_id == project.client_id
    )
    items = [ContactItem(id_, name, role) for id_, name, role in session.execute(query)]
    return sorted(items, key=lambda item: fold(item.name))  # Émile sorts with the Es, not after Z


@dataclass(frozen=True, slots=True)
class StakeholderRow:
    """A person at the project's client with what the stakeholder list shows of them."""

    id: int
    name: str
    role: str
    influence: str  # low, medium, high
    email: str
    phone: str
    is_sponsor: bool  # the project's sponsor


def stakeholders(session: Session, project_id: int) -> tuple[StakeholderRow, ...]:
    """The people at the project's client, by name (accents folded), the sponsor marked."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    people = session.scalars(select(Contact).where(Contact.client_id == project.client_id))
    rows = (
        StakeholderRow(
            id=c.id,
            name=c.name,
            role=c.role,
            influence=Influence(c.influence).value,
            email=c.email,
            phone=c.phone,
            is_sponsor=c.id == project.sponsor_id,
        )
        for c in people
    )
    return tuple(sorted(rows, key=lambda row: (fold(row.name), row.id)))


def find_project_id(session: Session, code: str) -> int | None:
    """Return the id of the project with `code` (case-insensitive), or None."""
    return session.scalar(select(Project.id).where(func.upper(Project.code) == code.upper()))


def project_code_of(session: Session, project_id: int) -> str | None:
    """The code of a project, or None when there is no such project (any more)."""
    project = session.get(Project, project_id)
    return None if project is None else project.code


def project_summary(session: Session, project_id: int) -> ProjectSummary:
    """Return the header facts of a project."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    finish = session.scalar(select(func.max(Task.finish)).where(Task.project_id == project.id))
    task_count = session.scalar(select(func.count(Task.id)).where(Task.project_id == project.id))
    links = session.scalar(
        select(func.count(Dependency.id)).where(Dependency.project_id == project.id)
    )
    return ProjectSummary(
        id=project.id,
        code=project.code,
        name=project.name,
        client=project.client.name,
        manager=project.manager,
        sponsor=project.sponsor.name if project.sponsor else "",
        start_date=project.start_date,
        status_date=project.status_date,
        finish_date=finish,
        currency=project.currency,
        budget=project.budget,
        contract_value=project.contract_value,
        status=project.status.value,
        rag=project.rag,
        task_count=task_count or 0,
        link_count=links or 0,
        open_book=project.open_book,
        client_id=project.client_id,
        sponsor_id=project.sponsor_id,
        calendar_id=project.calendar_id,
        objective=project.objective,
        description=project.description,
        contract_type=project.contract_type,
        cadence=project.cadence,
        stage=project.stage,
        closed_on=project.closed_on,
    )


def task_rows(session: Session, project_id: int) -> list[TaskRow]:
    """Return the tasks of a project in outline order with WBS codes."""
    get_or_raise(session, Project, project_id, N_("project"))
    rows = outline_rows(session, project_id)
    parents = {task.parent_id for task, _, _ in rows}
    percent = _rolled_up_percent([task for task, _, _ in rows])
    return [
        TaskRow(
            id=task.id,
            parent_id=task.parent_id,
            wbs=wbs,
            depth=depth,
            name=task.name,
            duration=task.duration,
            start=task.start,
            finish=task.finish,
            percent_complete=percent[task.id],
            is_summary=task.id in parents,
            is_milestone=task.is_milestone,
            owner=task.owner,
        )
        for task, wbs, depth in rows
    ]


def _rolled_up_percent(tasks: list[Task]) -> dict[int, int]:
    """% complete of each task; a summary's is its tasks' duration-weighted average."""
    return rolled_up_percent([(t.id, t.parent_id, t.duration, t.percent_complete) for t in tasks])


def task_detail(session: Session, task_id: int) -> TaskDetail:
    """Return every editable field of a task, with its WBS code."""
    task = get_or_raise(session, Task, task_id, N_("task"))
    wbs = next(code for row, code, _ in outline_rows(session, task.project_id) if row is task)
    return TaskDetail(
        id=task.id,
        name=task.name,
        wbs=wbs,
        is_summary=task.is_summary,
        is_milestone=task.is_milestone,
        duration=task.duration,
        start=task.start,
        finish=task.finish,
        constraint_type=task.constraint_type.value,
        constraint_date=task.constraint_date,
        percent_complete=task.percent_complete,
        actual_start=task.actual_start,
        actual_finish=task.actual_finish,
        owner=task.owner,
        notes=task.notes,
    )
