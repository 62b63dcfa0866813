"""Objectives with their success criteria, and the signed versions of the SOW."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain.charter import ObjectiveStatus
from cpm_desktop.errors import ValidationError
from cpm_desktop.services.charter import objectives, sow
from cpm_desktop.workspace import Workspace
from tests.services.charter.support import charter
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since

D = dt.date


def test_objectives_are_measured_reordered_and_counted(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Actual and met are recorded; the charter counts met, not met and not yet measured."""
    pid = project.project_id
    with workspace.transaction() as s:
        go_live = objectives.add_objective(
            s, pid, "Go live on time", measure="Go-live date", target="12 Apr 2027"
        )
        accuracy = objectives.add_objective(
            s, pid, "Pick accuracy", target="≥ 99.8 %", actual="99.9 %", met=True
        )
        budget = objectives.add_objective(s, pid, "Within budget")
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        objectives.edit_objective(s, budget.id, actual="+4 %", met=False)
        objectives.move_objective(s, accuracy.id, -1)
        objectives.delete_objective(s, go_live.id)
    shown = charter(workspace, pid)
    assert [(o.objective, o.position, o.status) for o in shown.objectives] == [
        ("Pick accuracy", 1, ObjectiveStatus.MET),
        ("Within budget", 2, ObjectiveStatus.NOT_MET),
    ]
    assert [shown.count(status) for status in ObjectiveStatus] == [1, 1, 0]
    entries = [(e.entity, e.action, e.field) for e in audit_since(workspace, mark)]
    assert entries == [
        ("charter_objective", "update", "actual"),
        ("charter_objective", "update", "met"),
        ("charter_objective", "update", "position"),
        ("charter_objective", "delete", ""),
    ]


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"objective": "  "}, "cannot be empty"),
        ({"met": True}, "Record the actual value before marking the objective met"),
        ({"met": "yes"}, "must be true or false"),
        ({"target": "x" * 201}, "longer than 200"),
        ({"colour": "red"}, "no field 'colour'"),
    ],
)
def test_a_refused_objective_edit_writes_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict[str, object], match: str
) -> None:
    with workspace.transaction() as s:
        row = objectives.add_objective(s, project.project_id, "Go live")
    assert_refused(
        workspace,
        lambda s: objectives.edit_objective(s, row.id, **fields),  # type: ignore[arg-type]
        ValidationError,
        match,
    )


def test_the_latest_signed_sow_version_in_natural_order(
    workspace: Workspace, project: ProjectIds
) -> None:
    """1.10 comes after 1.9; an unsigned draft is listed but not the signed version."""
    pid = project.project_id
    with workspace.transaction() as s:
        sow.add_sow_version(s, pid, "1.10", signed_on=D(2026, 11, 2), signed_by="Henrik")
        sow.add_sow_version(
            s, pid, "1.9", issued_on=D(2026, 9, 1), signed_on=D(2026, 9, 4), signed_by="Henrik"
        )
        draft = sow.add_sow_version(s, pid, "2.0 draft", issued_on=D(2026, 11, 10))
        sow.edit_sow_version(s, draft.id, note="With the yard interfaces")
    shown = charter(workspace, pid)
    assert [v.version for v in shown.sow_versions] == ["1.9", "1.10", "2.0 draft"]
    latest = shown.latest_signed
    assert latest is not None
    assert (latest.version, latest.signed_by, latest.form_received) == ("1.10", "Henrik", False)


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"version": "1.0 "}, "already recorded"),
        ({"signed_on": D(2026, 9, 1)}, "Say who signed"),
        ({"signed_by": "Henrik"}, "Give the date"),
        ({"form_received": True}, "not signed"),
        (
            {"issued_on": D(2026, 9, 10), "signed_on": D(2026, 9, 1), "signed_by": "H"},
            "before it was issued",
        ),
    ],
)
def test_a_refused_sow_version_writes_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict[str, object], match: str
) -> None:
    with workspace.transaction() as s:
        sow.add_sow_version(s, project.project_id, "1.0")
        draft = sow.add_sow_version(s, project.project_id, "1.1")
    assert_refused(
        workspace,
        lambda s: sow.edit_sow_version(s, draft.id, **fields),  # type: ignore[arg-type]
        ValidationError,
        match,
    )
