"""Roles, resources and the dated rate card: validated, audited, and a refusal writes nothing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.errors import DuplicateError, ValidationError
from cpm_desktop.models import Assignment, TimesheetEntry
from cpm_desktop.services.team import resources as team
from cpm_desktop.services.team.assignments import assign
from cpm_desktop.services.team.views import rate_on, rates, resources, roles
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    count,
)


def test_roles_and_resources_read_back(workspace: Workspace) -> None:
    """A resource names its role; the lists go by name; each write is audited."""
    before = audit_count(workspace)
    with workspace.transaction() as s:
        role = team.add_role(s, "WMS consultant", description="Configures the WMS")
        ana = team.add_resource(s, "Ana Ruiz", role_id=role.id, email="ana@example.com")
        team.add_resource(s, "Concrete", kind=ResourceKind.MATERIAL, material_unit="m³")
        assert [r.name for r in roles(s)] == ["WMS consultant"]
        listed = resources(s)
    assert [r.name for r in listed] == ["Ana Ruiz", "Concrete"]
    assert (listed[0].role, listed[0].kind, listed[0].employer) == (
        "WMS consultant",
        ResourceKind.WORK,
        Employer.US,
    )
    assert listed[1].material_unit == "m³"
    assert ana.max_units == 1.0
    assert [e.entity for e in audit_since(workspace, before)] == ["role", "resource", "resource"]


def test_duplicate_and_bad_values_are_refused(workspace: Workspace) -> None:
    """Names are unique regardless of case; units and vendors are checked; nothing is written."""
    with workspace.transaction() as s:
        team.add_resource(s, "Ana Ruiz")
    assert_refused(workspace, lambda s: team.add_resource(s, "ana ruiz"), DuplicateError)
    assert_refused(
        workspace, lambda s: team.add_resource(s, "Bo", max_units=0), ValidationError, "units"
    )
    assert_refused(
        workspace, lambda s: team.add_resource(s, "Bo", kind="robot"), ValidationError, "kind"
    )


def test_edit_resource_records_each_field(workspace: Workspace) -> None:
    """An edit changes only what it names and records each changed field."""
    with workspace.transaction() as s:
        ana = team.add_resource(s, "Ana Ruiz")
    before = audit_count(workspace)
    with workspace.transaction() as s:
        row = team.edit_resource(s, ana.id, max_units=0.5, employer=Employer.CLIENT)
    assert (row.max_units, row.employer, row.name) == (0.5, Employer.CLIENT, "Ana Ruiz")
    assert {e.field for e in audit_since(workspace, before)} == {"max_units", "employer"}
    assert_refused(
        workspace, lambda s: team.edit_resource(s, ana.id, colour="red"), ValidationError
    )


def test_rates_are_dated_and_a_resource_overrides_its_role(workspace: Workspace) -> None:
    """The rate in force is the latest from the day or before; the person's own beats the role's."""
    with workspace.transaction() as s:
        role = team.add_role(s, "Architect")
        ana = team.add_resource(s, "Ana", role_id=role.id)
        day = dt.date(2026, 1, 1)
        team.set_rate(
            s, role_id=role.id, effective_from=day, cost_rate=80, bill_rate=120, currency="eur"
        )
        team.set_rate(
            s,
            role_id=role.id,
            effective_from=dt.date(2026, 7, 1),
            cost_rate=85,
            bill_rate=125,
            currency="EUR",
        )
        assert rate_on(s, ana.id, dt.date(2025, 12, 31)) is None
        assert rate_on(s, ana.id, dt.date(2026, 6, 30)).cost_rate == Decimal("80.00")  # type: ignore[union-attr]
        assert rate_on(s, ana.id, dt.date(2026, 7, 1)).cost_rate == Decimal("85.00")  # type: ignore[union-attr]
        own = team.set_rate(
            s, resource_id=ana.id, effective_from=day, cost_rate=90, bill_rate=130, currency="EUR"
        )
        assert rate_on(s, ana.id, dt.date(2026, 8, 1)) == own
        # Setting the same day again replaces that rate.
        again = team.set_rate(
            s, resource_id=ana.id, effective_from=day, cost_rate=95, bill_rate=130, currency="EUR"
        )
        assert again.id == own.id
        assert again.cost_rate == Decimal("95.00")
        assert len(rates(s)) == 3
        team.delete_rate(s, own.id)
        assert rate_on(s, ana.id, dt.date(2026, 8, 1)).cost_rate == Decimal("85.00")  # type: ignore[union-attr]
    assert_refused(
        workspace,
        lambda s: team.set_rate(s, effective_from=day, cost_rate=1, bill_rate=1, currency="EUR"),
        ValidationError,
        "role or to one resource",
    )


def test_a_held_role_stays(workspace: Workspace) -> None:
    """A role held by a resource cannot be deleted; a free one goes with its rates."""
    with workspace.transaction() as s:
        role = team.add_role(s, "Architect")
        free = team.add_role(s, "Tester")
        team.set_rate(
            s, role_id=free.id, effective_from=MONDAY, cost_rate=1, bill_rate=2, currency="EUR"
        )
        team.add_resource(s, "Ana", role_id=role.id)
    assert_refused(workspace, lambda s: team.delete_role(s, role.id), ValidationError, "Ana")
    with workspace.transaction() as s:
        team.delete_role(s, free.id)
        assert [r.name for r in roles(s)] == ["Architect"]
        assert rates(s) == ()


def test_delete_resource_refused_while_it_has_booked_hours(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int]
) -> None:
    """Booked hours are actual cost: the resource stays; without them its assignments go too."""
    with workspace.transaction() as s:
        ana = team.add_resource(s, "Ana")
        bo = team.add_resource(s, "Bo")
        assign(s, abc["A"], ana.id)
        assign(s, abc["A"], bo.id)
        s.add(TimesheetEntry(resource_id=ana.id, task_id=abc["A"], week_start=MONDAY, hours=6))
    assert_refused(workspace, lambda s: team.delete_resource(s, ana.id), ValidationError, "6 hours")
    with workspace.transaction() as s:
        team.delete_resource(s, bo.id)
    assert count(workspace, Assignment) == 1


@pytest.mark.parametrize("field", ["kind"])
def test_kind_stays_while_assigned(
    workspace: Workspace, project: ProjectIds, abc: dict[str, int], field: str
) -> None:
    """A person on a task cannot turn into a material: its hours would read as a quantity."""
    with workspace.transaction() as s:
        ana = team.add_resource(s, "Ana")
        assign(s, abc["A"], ana.id)
    assert_refused(
        workspace,
        lambda s: team.edit_resource(s, ana.id, **{field: ResourceKind.MATERIAL}),
        ValidationError,
        "assigned",
    )
