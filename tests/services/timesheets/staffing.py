"""A copy of the demo with a few people assigned, built once per session for the timesheet
tests (services, command line and window): names with accents, ours, a vendor's and the
client's staff, and a material that books no hours."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.orm import Session

from cpm_desktop.demo import DEMO_PROJECT_CODE
from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.services.portfolio.views import find_project_id, task_rows
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.resources import add_resource
from cpm_desktop.workspace import Workspace
from tests import templates
from tests.stores import Template

WEEK = dt.date(2026, 11, 23)  # a Monday while design and build run
SUMMARY_WBS = "3"  # Design: a summary task


@dataclass(frozen=True, slots=True)
class Staff:
    """Ids of the staffed demo: the project, the people and the tasks by WBS code."""

    project_id: int
    asa: int  # Åsa Lindqvist: ours, full time, on 3.4 and 3.5
    jurgen: int  # Jürgen Özdemir: a vendor's, half time, on 3.4
    kim: int  # Kim Keyuser: the client's key user, on 3.6
    drums: int  # a material
    tasks: dict[str, int]


def staffed_template(
    factory: pytest.TempPathFactory, demo_template: Template
) -> tuple[Template, Staff]:
    """The staffed copy of the demo, closed (built on first use); tests copy it."""
    return templates.derived_template(
        factory, "timesheets", demo_template, lambda ws: ws.run(_staff)
    )


def open_staffed(template: Template, path: Path) -> Workspace:
    """A private copy of the staffed template at `path`, opened."""
    return templates.open_copy_of(template, path)


def _staff(session: Session) -> Staff:
    project_id = find_project_id(session, DEMO_PROJECT_CODE)
    assert project_id is not None
    tasks = {row.wbs: row.id for row in task_rows(session, project_id)}
    asa = add_resource(session, "Åsa Lindqvist").id
    jurgen = add_resource(session, "Jürgen Özdemir", employer=Employer.VENDOR, max_units=0.5).id
    kim = add_resource(session, "Kim Keyuser", employer=Employer.CLIENT).id
    drums = add_resource(session, "Cable drums", kind=ResourceKind.MATERIAL).id
    for task, person in (("3.4", asa), ("3.5", asa), ("3.4", jurgen), ("3.6", kim)):
        assign(session, tasks[task], person)
    return Staff(project_id, asa, jurgen, kim, drums, tasks)
