"""Take a project out of the workspace as a plain plan, for the file writers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.interchange.model import Plan, PlanCalendar, PlanLink, PlanTask
from cpm_desktop.models import Baseline, Dependency, Project
from cpm_desktop.services.interchange.export_team import project_team
from cpm_desktop.services.plan.outline import outline_rows
from cpm_desktop.services.plan.schedule import reschedule
from cpm_desktop.services.team.costs import project_costs
from cpm_desktop.services.validate import get_or_raise
from cpm_desktop.texts import N_


def project_plan(session: Session, project_id: int) -> Plan:
    """The project as a Plan: tasks in outline order (keys are task ids), links, calendar."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    reschedule(session, project)  # what leaves the workspace is always the current schedule
    baseline = session.scalar(
        select(Baseline).where(Baseline.project_id == project.id, Baseline.number == 0)
    )
    saved = {row.task_id: row for row in baseline.tasks} if baseline else {}
    costs = project_costs(session, project.id)
    priced = costs.has_cost_data  # else a task's budget is its cost, as before the team
    tasks: list[PlanTask] = []
    for task, _, _ in outline_rows(session, project.id):
        old = saved.get(task.id)
        figures = costs.tasks.get(task.id)
        tasks.append(
            PlanTask(
                key=str(task.id),
                name=task.name,
                parent_key=str(task.parent_id) if task.parent_id is not None else None,
                duration=task.duration,
                is_milestone=task.is_milestone,
                constraint_type=task.constraint_type.value,
                constraint_date=task.constraint_date,
                percent_complete=task.percent_complete,
                actual_start=task.actual_start,
                actual_finish=task.actual_finish,
                owner=task.owner,
                notes=task.notes,
                budget_cost=task.budget_cost,
                # Booked hours at their rates (and invoices) are the actual cost MS Project
                # would show for the actual work written; else the cost stored on the task.
                actual_cost=figures.actual_cost
                if costs.has_actual_costs and figures and figures.actual_cost
                else task.actual_cost,
                start=task.start,
                finish=task.finish,
                baseline_start=old.start if old else None,
                baseline_finish=old.finish if old else None,
                baseline_duration=old.duration if old else None,
                baseline_cost=old.budget_cost if old else None,
                baseline_work_hours=old.work_hours if old and old.work_hours else None,
                task_type=task.task_type.value,
                effort_driven=task.effort_driven,
                fixed_cost=task.fixed_cost,
                priority=task.priority,
                leveling_delay=task.leveling_delay,
                work_hours=figures.work_hours if figures and figures.work_hours else None,
                cost=figures.cost if figures and priced else None,
            )
        )
    links = [
        PlanLink(str(d.predecessor_id), str(d.successor_id), d.type.value, d.lag)
        for d in session.scalars(
            select(Dependency).where(Dependency.project_id == project.id).order_by(Dependency.id)
        )
    ]
    calendar = project.calendar
    resources, assignments = project_team(session, project)
    return Plan(
        name=project.name,
        start_date=project.start_date,
        status_date=project.status_date,
        calendar=PlanCalendar(
            name=calendar.name,
            working_weekdays=frozenset(d for d in range(7) if calendar.works_on_weekday(d)),
            holidays=[(h.day, h.name) for h in calendar.holidays],
        ),
        tasks=tasks,
        links=links,
        currency=project.currency,
        manager=project.manager,
        client=project.client.name,
        source_format="CPM Desktop",
        resources=resources,
        assignments=assignments,
    )
