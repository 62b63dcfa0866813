"""The navigator's rows (`portfolio`) carry each project's stage and whether it is closed."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.domain import Stage
from cpm_desktop.services.portfolio import lifecycle
from cpm_desktop.services.portfolio.views import ProjectItem, portfolio
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds

CLOSED_ON = dt.date(2026, 12, 18)


def _item(workspace: Workspace, project_id: int) -> ProjectItem:
    clients = workspace.run(portfolio)
    return next(p for c in clients for p in c.projects if p.id == project_id)


def test_a_rows_stage_follows_its_gates(workspace: Workspace, project: ProjectIds) -> None:
    """A new project reads initiation; a gate moves the row's stage."""
    assert _item(workspace, project.project_id).stage is Stage.INITIATION
    workspace.run(lifecycle.move_to_stage, project.project_id, Stage.PLANNING, passed_on=MONDAY)
    item = _item(workspace, project.project_id)
    assert (item.stage, item.is_closed, item.closed_on) == (Stage.PLANNING, False, None)


def test_a_closed_project_stays_listed_closed_and_reopens(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Closed, the row is still there with its day and closure stage; reopened, it is open."""
    pid = project.project_id
    workspace.run(lifecycle.close_project, pid, lifecycle.Closing(closed_on=CLOSED_ON))
    item = _item(workspace, pid)
    assert (item.is_closed, item.closed_on, item.stage) == (True, CLOSED_ON, Stage.CLOSURE)
    assert item.status == "closed"
    workspace.run(lifecycle.reopen_project, pid, reason="A warranty fix")
    item = _item(workspace, pid)
    assert (item.is_closed, item.closed_on) == (False, None)
