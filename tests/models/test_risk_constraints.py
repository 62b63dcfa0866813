"""The register's database checks hold even when rows are written past the services."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy.exc import IntegrityError

from cpm_desktop.domain import RiskKind, RiskStatus
from cpm_desktop.models import Calendar, Client, Project, Risk, RiskTask, Task
from cpm_desktop.workspace import Workspace

D = dt.date


@pytest.fixture
def ids(workspace: Workspace) -> dict[str, int]:
    """A project with one task and one valid risk, written straight through the ORM."""
    with workspace.transaction() as s:
        project = Project(
            code="P1",
            name="P",
            client=Client(name="C"),
            calendar=Calendar(name="Std"),
            start_date=D(2026, 9, 7),
        )
        task = Task(project=project, name="A", position=0)
        risk = Risk(number=1, title="R", probability=2, impact=3, raised_on=D(2026, 9, 8))
        s.add_all([project, task])
        s.flush()
        risk.project_id = project.id
        s.add(risk)
        s.flush()
        return {"project": project.id, "task": task.id, "risk": risk.id}


@pytest.mark.parametrize(
    "changes",
    [
        {"probability": 6},
        {"impact": 0},
        {"probability": None},
        {"severity": 3},
        {"kind": RiskKind.ISSUE},  # an issue needs a severity and no probability
        {"status": RiskStatus.CLOSED},  # without a closed date
        {"closed_on": D(2026, 9, 9)},  # while open
        {"number": 0},
        {"title": " "},
    ],
)
def test_risk_checks(workspace: Workspace, ids: dict[str, int], changes: dict) -> None:
    """Out-of-range levels and kind/status mismatches are refused by the database."""
    with workspace.session() as s:
        risk = s.get_one(Risk, ids["risk"])
        for name, value in changes.items():
            setattr(risk, name, value)
        with pytest.raises(IntegrityError):
            s.flush()


def test_project_thresholds_default_and_are_checked(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    """New projects get 5/15; red must stay above amber."""
    with workspace.transaction() as s:
        project = s.get_one(Project, ids["project"])
        assert (project.risk_amber_from, project.risk_red_from) == (5, 15)
    with workspace.session() as s:
        s.get_one(Project, ids["project"]).risk_red_from = 5
        with pytest.raises(IntegrityError):
            s.flush()


def test_task_delete_cascades_to_links_and_project_delete_to_risks(
    workspace: Workspace, ids: dict[str, int]
) -> None:
    """Link rows go with their task; risks go with their project."""
    with workspace.transaction() as s:
        s.add(RiskTask(risk_id=ids["risk"], task_id=ids["task"]))
    with workspace.transaction() as s:
        s.delete(s.get_one(Task, ids["task"]))
    with workspace.transaction() as s:
        assert s.query(RiskTask).count() == 0
        s.delete(s.get_one(Project, ids["project"]))
    with workspace.transaction() as s:
        assert s.query(Risk).count() == 0
