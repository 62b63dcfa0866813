"""A new project from another used as a template: its plan's shape, not its history.

What is copied: the outline, durations, milestones, owners and notes of the tasks, their
links, the open register entries (with their categories and responses, as a starting
checklist) and the billing split (each milestone's share of the contract value). What is not:
dates, constraints, progress, baselines, changes, reports and the audit trail.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import RiskStatus
from cpm_desktop.models import BillingMilestone, Dependency, Project, Risk, Task
from cpm_desktop.services import audit
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.portfolio.projects import NewProject, ProjectRecord, create_project
from cpm_desktop.services.records.billing import set_billing
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_

_CENT = Decimal("0.01")


def create_from_template(session: Session, new: NewProject, template_id: int) -> ProjectRecord:
    """Create a project as `create_project` does, then copy the template's plan into it."""
    template = get_or_raise(session, Project, template_id, N_("template project"))
    created = create_project(session, new)
    project = session.get_one(Project, created.id)
    task_ids = _copy_tasks(session, template, project)
    _copy_links(session, template, project, task_ids)
    reschedule(session, project)
    _copy_register(session, template, project)
    _copy_billing(session, template, project, task_ids)
    audit.record(session, project, "template", new=f"{len(task_ids)} tasks from {template.code}")
    return created


def _copy_tasks(session: Session, template: Project, project: Project) -> dict[int, int]:
    """Copy the outline; return the new task id of each template task id."""
    copies: dict[int, Task] = {}
    for task, _, _ in outline_rows(session, template.id):
        copy = Task(
            project_id=project.id,
            parent_id=None if task.parent_id is None else copies[task.parent_id].id,
            position=task.position,
            name=task.name,
            duration=task.duration,
            is_milestone=task.is_milestone,
            owner=task.owner,
            notes=task.notes,
            budget_cost=task.budget_cost,
        )
        session.add(copy)
        session.flush()  # its id, for its children
        copies[task.id] = copy
    return {old: copy.id for old, copy in copies.items()}


def _copy_links(
    session: Session, template: Project, project: Project, task_ids: dict[int, int]
) -> None:
    links = session.scalars(select(Dependency).where(Dependency.project_id == template.id))
    session.add_all(
        Dependency(
            project_id=project.id,
            predecessor_id=task_ids[link.predecessor_id],
            successor_id=task_ids[link.successor_id],
            type=link.type,
            lag=link.lag,
        )
        for link in links
    )
    session.flush()


def _copy_register(session: Session, template: Project, project: Project) -> None:
    """The open entries, as assessed in the template, raised on the new project's start."""
    entries = session.scalars(
        select(Risk)
        .where(Risk.project_id == template.id, Risk.status != RiskStatus.CLOSED)
        .order_by(Risk.number)
    )
    for risk in entries:
        add_risk(
            session,
            project.id,
            risk.title,
            kind=risk.kind,
            on=project.start_date,
            description=risk.description,
            category=risk.category,
            cause=risk.cause,
            effect=risk.effect,
            owner=risk.owner,
            probability=risk.probability,
            impact=risk.impact,
            severity=risk.severity,
            strategy=risk.strategy,
            mitigation=risk.mitigation,
            contingency=risk.contingency,
            trigger=risk.trigger,
            internal=risk.internal,
        )


def _copy_billing(
    session: Session, template: Project, project: Project, task_ids: dict[int, int]
) -> None:
    """Each billing milestone at its share of the contract value (its amount when either
    contract value is not set)."""
    milestones = session.scalars(
        select(BillingMilestone)
        .join(Task, Task.id == BillingMilestone.task_id)
        .where(Task.project_id == template.id)
    ).all()
    for milestone in milestones:
        amount = milestone.amount
        if template.contract_value > 0 and project.contract_value > 0:
            share = milestone.amount / template.contract_value
            amount = (share * project.contract_value).quantize(_CENT)
        if amount > 0:
            set_billing(session, task_ids[milestone.task_id], amount)
