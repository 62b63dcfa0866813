"""Reading the pipeline: a client's opportunities, those spotted on a project, the open value."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain.opportunities import OpportunityStage, open_value
from cpm_desktop.models import Client, Opportunity, Project
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


@dataclass(frozen=True, slots=True)
class OpportunityRow:
    """One opportunity as plain values; `project_code` None when spotted on no project."""

    id: int
    client_id: int
    reference: str  # O-001, unique per client
    title: str
    need: str
    estimated_value: Decimal | None  # None: not estimated yet
    currency: str
    stage: OpportunityStage
    next_step: str
    handed_to: str
    spotted_on: dt.date
    project_id: int | None
    project_code: str | None

    @property
    def is_open(self) -> bool:
        """Still in the pipeline: neither won nor lost."""
        return self.stage.is_open


@dataclass(frozen=True, slots=True)
class ClientProject:
    """A project of the client an opportunity may be spotted on."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class Pipeline:
    """A client's opportunities (by reference), its projects and its currency (a new
    opportunity's default)."""

    client_id: int
    client: str
    currency: str
    opportunities: tuple[OpportunityRow, ...]
    projects: tuple[ClientProject, ...]

    @property
    def open_count(self) -> int:
        """How many opportunities are still open."""
        return sum(row.is_open for row in self.opportunities)

    @property
    def open_value(self) -> tuple[tuple[str, Decimal], ...]:
        """The open opportunities' estimated value per currency, by currency code."""
        return pipeline_value(self.opportunities)


def pipeline_value(rows: Iterable[OpportunityRow]) -> tuple[tuple[str, Decimal], ...]:
    """The open value of `rows` per currency (won, lost and unestimated ones add nothing)."""
    return tuple(open_value((r.stage, r.estimated_value, r.currency) for r in rows).items())


def client_opportunities(session: Session, client_id: int) -> tuple[OpportunityRow, ...]:
    """Every opportunity of the client, by reference, whichever project spotted it."""
    get_or_raise(session, Client, client_id, N_("client"))
    query = (
        select(Opportunity, Project.code)
        .outerjoin(Project, Project.id == Opportunity.project_id)
        .where(Opportunity.client_id == client_id)
        .order_by(Opportunity.number)
    )
    return tuple(_plain(row, code) for row, code in session.execute(query))


def project_opportunities(session: Session, project_id: int) -> tuple[OpportunityRow, ...]:
    """The opportunities spotted on the project, by reference."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    rows = session.scalars(
        select(Opportunity).where(Opportunity.project_id == project.id).order_by(Opportunity.number)
    )
    return tuple(_plain(row, project.code) for row in rows)


def client_pipeline(session: Session, client_id: int) -> Pipeline:
    """The client's pipeline: its opportunities, projects and currency."""
    client = get_or_raise(session, Client, client_id, N_("client"))
    return Pipeline(
        client_id=client.id,
        client=client.name,
        currency=client.currency,
        opportunities=client_opportunities(session, client.id),
        projects=tuple(ClientProject(p.id, p.code, p.name) for p in client.projects),
    )


def project_pipeline(session: Session, project_id: int) -> Pipeline:
    """The pipeline of the project's client (the opportunities of all its projects)."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    return client_pipeline(session, project.client_id)


def opportunity(session: Session, opportunity_id: int) -> OpportunityRow:
    """One opportunity, by id."""
    row = get_or_raise(session, Opportunity, opportunity_id, N_("opportunity"))
    project = session.get(Project, row.project_id) if row.project_id is not None else None
    return _plain(row, project.code if project else None)


def _plain(opportunity: Opportunity, project_code: str | None) -> OpportunityRow:
    return OpportunityRow(
        id=opportunity.id,
        client_id=opportunity.client_id,
        reference=opportunity.reference,
        title=opportunity.title,
        need=opportunity.need,
        estimated_value=opportunity.estimated_value,
        currency=opportunity.currency,
        stage=opportunity.stage,
        next_step=opportunity.next_step,
        handed_to=opportunity.handed_to,
        spotted_on=opportunity.spotted_on,
        project_id=opportunity.project_id,
        project_code=project_code,
    )
