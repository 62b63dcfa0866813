"""Helpers shared by the service tests: a known project, whole-workspace snapshots, refusals."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from cpm_desktop.models import AuditEntry, Base, Project, Task
from cpm_desktop.models.standings import BOOKKEEPING
from cpm_desktop.scheduling import Schedule
from cpm_desktop.services.plan import schedule, tasks
from cpm_desktop.services.portfolio import views
from cpm_desktop.services.portfolio.clients import create_client
from cpm_desktop.services.portfolio.projects import NewProject, create_project
from cpm_desktop.workspace import Workspace

MONDAY = dt.date(2026, 9, 7)  # the fixture project's start; 2026-09-12/13 is a weekend
P_START = dt.date(2026, 9, 14)  # the SNET date of the `pred` fixture task P


@dataclass(frozen=True, slots=True)
class ProjectIds:
    """Ids of the client, project and project calendar made by `make_project`."""

    client_id: int
    project_id: int
    calendar_id: int


def make_project(
    workspace: Workspace, code: str = "ACME-01", client: str = "Acme Logistics"
) -> ProjectIds:
    """Create a client and one project starting on MONDAY, committed."""
    with workspace.transaction() as s:
        c = create_client(s, client)
        p = create_project(
            s, NewProject(client_id=c.id, code=code, name="Warehouse roll-out", start_date=MONDAY)
        )
        return ProjectIds(c.id, p.id, p.calendar_id)


def snapshot(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table (not the stored standings: kept, not records), in primary-key
    order, read in a fresh transaction.

    Plain SQL on the driver: compiling ~70 SELECTs on each new engine was a sixth of the
    service tests' time.
    """
    with workspace.transaction() as s:
        connection = s.connection()
        return {
            table.name: [
                tuple(row) for row in connection.exec_driver_sql(_SELECT_ALL_SQL[table.name])
            ]
            for table in Base.metadata.sorted_tables
            if table.name not in BOOKKEEPING
        }


def _select_all(table: Table) -> str:
    order = ", ".join(f'"{column.name}"' for column in table.primary_key.columns)
    return f'SELECT * FROM "{table.name}" ORDER BY {order}'


_SELECT_ALL_SQL = {table.name: _select_all(table) for table in Base.metadata.sorted_tables}


def assert_refused(
    workspace: Workspace,
    action: Callable[[Session], object],
    error: type[BaseException],
    match: str | None = None,
) -> BaseException:
    """Run `action` in one transaction, expect `error`, and prove no row changed."""
    before = snapshot(workspace)
    with pytest.raises(error, match=match) as excinfo, workspace.transaction() as s:
        action(s)
    assert snapshot(workspace) == before
    return excinfo.value


def audit_count(workspace: Workspace) -> int:
    """Number of audit entries in the workspace."""
    with workspace.transaction() as s:
        return s.scalar(select(func.count(AuditEntry.id))) or 0


def audit_since(workspace: Workspace, count: int) -> list[AuditEntry]:
    """The audit entries written after the first `count` ones, oldest first."""
    with workspace.transaction() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id).offset(count)))


def rows_by_name(workspace: Workspace, project_id: int) -> dict[str, views.TaskRow]:
    """The project's task rows (WBS, dates...) keyed by task name."""
    with workspace.transaction() as s:
        return {row.name: row for row in views.task_rows(s, project_id)}


def outline(workspace: Workspace, project_id: int) -> list[tuple[str, str]]:
    """The project's (WBS code, name) pairs in outline order."""
    with workspace.transaction() as s:
        return [(row.wbs, row.name) for row in views.task_rows(s, project_id)]


def add_tasks(workspace: Workspace, project_id: int, *names: str, **fields) -> dict[str, int]:
    """Append top-level tasks named `names` (each with `fields`); return their ids by name."""
    with workspace.transaction() as s:
        return {n: tasks.add_task(s, project_id, n, **fields).id for n in names}


def rescheduled(session: Session, project_id: int) -> Schedule:
    """Reschedule the project with `project_id` in the caller's session (a use case's way)."""
    return schedule.reschedule(session, session.get_one(Project, project_id))


def stored(workspace: Workspace, task_id: int) -> Task:
    """The task as committed (detached, all columns loaded)."""
    with workspace.transaction() as s:
        task = s.get(Task, task_id)
        assert task is not None
        return task


def positions(workspace: Workspace, project_id: int) -> dict[str, tuple[int | None, int]]:
    """(parent id, position) of every task by name."""
    with workspace.transaction() as s:
        return {
            t.name: (t.parent_id, t.position)
            for t in s.scalars(select(Task).where(Task.project_id == project_id))
        }


def count(workspace: Workspace, model: type) -> int:
    """Rows of `model` in the workspace."""
    with workspace.transaction() as s:
        return s.scalar(select(func.count()).select_from(model)) or 0
