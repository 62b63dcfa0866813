"""Deliverables: the checklist, the road to the client's acceptance, refusals writing nothing."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain import DeliverableStatus as D
from cpm_desktop.errors import ClosedProjectError, ValidationError
from cpm_desktop.services.deliverables import register
from cpm_desktop.services.deliverables.views import deliverables
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio import lifecycle
from cpm_desktop.workspace import Workspace
from tests.services.support import MONDAY, ProjectIds, assert_refused, audit_count, audit_since

FRIDAY = dt.date(2026, 9, 11)


def _add(workspace: Workspace, project: ProjectIds, **fields: object) -> int:
    with workspace.transaction() as s:
        return register.add_deliverable(
            s,
            project.project_id,
            "Design document",
            criteria=["Signed by the PMO", "", "Reviewed"],
            **fields,  # type: ignore[arg-type]
        ).id


def test_deliverables_get_references_and_a_checklist_without_blank_lines(
    workspace: Workspace, project: ProjectIds
) -> None:
    first = _add(workspace, project, owner="Anna", due_on=FRIDAY)
    _add(workspace, project)
    with workspace.transaction() as s:
        rows = deliverables(s, project.project_id)
    assert [r.reference for r in rows] == ["D-001", "D-002"]
    assert rows[0].id == first
    assert [c.text for c in rows[0].criteria] == ["Signed by the PMO", "Reviewed"]
    assert (rows[0].due, rows[0].status, rows[0].owner) == (FRIDAY, D.NOT_STARTED, "Anna")
    assert rows[0].overdue(dt.date(2026, 9, 14))
    assert not rows[1].overdue(dt.date(2030, 1, 1))  # no due date


def test_a_deliverable_tied_to_a_milestone_is_due_when_the_milestone_is(
    workspace: Workspace, project: ProjectIds
) -> None:
    with workspace.transaction() as s:
        work = tasks.add_task(s, project.project_id, "Build", duration=5)
        milestone = tasks.add_task(s, project.project_id, "Design signed", is_milestone=True)
        row = register.add_deliverable(
            s, project.project_id, "Design", milestone_id=milestone.id, due_on=MONDAY
        )
        assert (row.milestone, row.due) == ("Design signed", milestone.finish)
        with pytest.raises(ValidationError, match="not a milestone"):
            register.edit_deliverable(s, row.id, milestone_id=work.id)


def test_rejected_then_resubmitted_then_accepted_with_its_history_and_audit(
    workspace: Workspace, project: ProjectIds
) -> None:
    deliverable_id = _add(workspace, project)
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        register.step_deliverable(s, deliverable_id, D.SUBMITTED, on=MONDAY)
        register.step_deliverable(
            s, deliverable_id, D.REJECTED, on=FRIDAY, by="Mia Larsen", reasons="No data model."
        )
        register.step_deliverable(s, deliverable_id, D.RESUBMITTED, on=FRIDAY)
        register.set_criteria(s, deliverable_id, [("Signed by the PMO", True), ("Reviewed", True)])
        row = register.step_deliverable(
            s, deliverable_id, "accepted", on=dt.date(2026, 9, 18), by="Mia Larsen"
        )
    assert (row.status, row.decided_by, row.decided_on) == (
        D.ACCEPTED,
        "Mia Larsen",
        dt.date(2026, 9, 18),
    )
    assert row.rejections == 1
    assert row.rejection_reasons == "No data model."
    assert [s.to_status for s in row.steps] == [D.SUBMITTED, D.REJECTED, D.RESUBMITTED, D.ACCEPTED]
    fields = [e.field for e in audit_since(workspace, mark)]
    assert fields.count("status") == 4
    assert "criteria" in fields


@pytest.mark.parametrize(
    ("steps", "match"),
    [
        ([("accepted", {"by": "Mia"})], "cannot move to Accepted"),
        ([("submitted", {}), ("rejected", {"by": "Mia"})], "needs the client's reasons"),
        ([("submitted", {}), ("accepted", {})], "needs who gave it"),
        ([("submitted", {}), ("accepted", {"by": "Mia"})], "criteria are not met"),
        ([("launched", {})], "Unknown deliverable status"),
    ],
)
def test_illegal_steps_are_refused_and_write_nothing(
    workspace: Workspace, project: ProjectIds, steps: list, match: str
) -> None:
    deliverable_id = _add(workspace, project)

    def walk(s) -> None:  # noqa: ANN001
        for to, extra in steps:
            register.step_deliverable(s, deliverable_id, to, on=MONDAY, **extra)

    assert_refused(workspace, walk, ValidationError, match)


def test_an_accepted_deliverable_is_final(workspace: Workspace, project: ProjectIds) -> None:
    with workspace.transaction() as s:
        deliverable_id = register.add_deliverable(s, project.project_id, "Report").id
        register.step_deliverable(s, deliverable_id, D.SUBMITTED, on=MONDAY)
        register.step_deliverable(s, deliverable_id, D.ACCEPTED, on=MONDAY, by="Mia")
    for action, match in (
        (lambda s: register.delete_deliverable(s, deliverable_id), "stays on record"),
        (lambda s: register.set_criteria(s, deliverable_id, [("New", False)]), "final"),
        (lambda s: register.step_deliverable(s, deliverable_id, D.REJECTED), "it is final"),
    ):
        assert_refused(workspace, action, ValidationError, match)


def test_a_closed_projects_deliverables_are_read_only(
    workspace: Workspace, project: ProjectIds
) -> None:
    deliverable_id = _add(workspace, project)
    with workspace.transaction() as s:
        lifecycle.close_project(s, project.project_id, lifecycle.Closing(closed_on=FRIDAY))
    assert_refused(
        workspace,
        lambda s: register.set_criteria(s, deliverable_id, [("Reviewed", True)]),
        ClosedProjectError,
    )
