"""A small staffed workspace for the Team pages' and the task form's tests, built through the
services: two roles with dated rates, four resources (ours, the client's, a vendor's, a
material), two tasks and one assignment."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import pytest

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.models import TimesheetEntry
from cpm_desktop.services.plan.tasks import add_task
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.resources import add_resource, add_role, set_rate
from cpm_desktop.services.vendors.vendors import add_vendor
from cpm_desktop.ui.undo import Editor
from cpm_desktop.workspace import Workspace
from tests.services.support import make_project

TODAY = dt.date(2026, 11, 2)  # the pages' "today": the 2026 rates are in force, 2027's to come


@dataclass(frozen=True, slots=True)
class Team:
    """The ids of the staffed workspace's records."""

    project_id: int
    architect: int  # role
    consultant: int  # role
    ana: int  # our architect, on Build
    bo: int  # the client's consultant
    cy: int  # a vendor's consultant
    crane: int  # a material, by the day
    vendor: int
    build: int  # 10 days, effort-driven, Ana on it
    test: int  # 5 days, nobody on it


@pytest.fixture
def team(workspace: Workspace) -> Team:
    """The staffed workspace (see the module)."""
    ids = make_project(workspace)
    pid = ids.project_id
    with workspace.transaction() as s:
        architect = add_role(s, "Architect", description="Designs the solution").id
        consultant = add_role(s, "Consultant").id
        for role, cost, bill in ((architect, 90, 150), (consultant, 70, 120)):
            set_rate(
                s,
                role_id=role,
                effective_from=dt.date(2026, 1, 1),
                cost_rate=Decimal(cost),
                bill_rate=Decimal(bill),
                currency="EUR",
            )
        set_rate(
            s,
            role_id=architect,
            effective_from=dt.date(2027, 1, 1),
            cost_rate=Decimal(95),
            bill_rate=Decimal(160),
            currency="EUR",
        )
        vendor = add_vendor(s, "Elbe Integration").id
        ana = add_resource(s, "Ana Weber", role_id=architect).id
        bo = add_resource(s, "Bo Brandt", role_id=consultant, employer=Employer.CLIENT).id
        cy = add_resource(
            s, "Cy Lis", role_id=consultant, employer=Employer.VENDOR, vendor_id=vendor
        ).id
        crane = add_resource(s, "Crane", kind=ResourceKind.MATERIAL, material_unit="day").id
        build = add_task(s, pid, "Build", duration=10, effort_driven=True).id
        test = add_task(s, pid, "Test", duration=5).id
        assign(s, build, ana)
    return Team(pid, architect, consultant, ana, bo, cy, crane, vendor, build, test)


@pytest.fixture
def editor(workspace: Workspace, team: Team) -> Editor:
    """An Editor over the staffed workspace, Undo acting on its project; refusals recorded."""
    ed = Editor(workspace)
    ed.set_active_project(team.project_id)
    ed.failures = []  # type: ignore[attr-defined]
    ed.sig_failed.connect(lambda text, exc: ed.failures.append(str(exc)))  # type: ignore[attr-defined]
    return ed


def book_hours(workspace: Workspace, resource_id: int, task_id: int, hours: float) -> None:
    """Book hours on a timesheet (the timesheet page's job; written directly here)."""
    with workspace.transaction() as s:
        s.add(
            TimesheetEntry(
                resource_id=resource_id,
                task_id=task_id,
                week_start=dt.date(2026, 9, 7),
                hours=hours,
                note="",
            )
        )
