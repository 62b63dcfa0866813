"""A project's life: stage gates, closing (read-only), reopening, deleting."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.domain import ProjectStatus, Stage
from cpm_desktop.domain.actions import ActionStatus
from cpm_desktop.errors import ClosedProjectError, ValidationError
from cpm_desktop.models import Calendar, Client, Project, Task
from cpm_desktop.services.actions.register import add_action
from cpm_desktop.services.deliverables.register import add_deliverable
from cpm_desktop.services.plan import tasks
from cpm_desktop.services.portfolio import lifecycle, projects
from cpm_desktop.services.records.feedback import feedback_log
from cpm_desktop.services.records.lessons import lessons
from cpm_desktop.services.risks.register import add_risk
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    count,
)

CLOSED_ON = dt.date(2026, 12, 18)


def _close(workspace: Workspace, project_id: int, **closing: object) -> None:
    with workspace.transaction() as s:
        lifecycle.close_project(s, project_id, lifecycle.Closing(closed_on=CLOSED_ON, **closing))  # type: ignore[arg-type]


def test_a_new_project_starts_in_initiation_and_gates_move_it(
    workspace: Workspace, project: ProjectIds
) -> None:
    with workspace.transaction() as s:
        gate = lifecycle.move_to_stage(
            s, project.project_id, Stage.PLANNING, passed_on=MONDAY, approved_by="Anna Weber"
        )
        assert (gate.stage, gate.passed_on, gate.approved_by) == (
            Stage.PLANNING,
            MONDAY,
            "Anna Weber",
        )
        lifecycle.move_to_stage(s, project.project_id, "execution")
    with workspace.transaction() as s:
        gates = lifecycle.stage_gates(s, project.project_id)
        assert [g.stage for g in gates] == [Stage.PLANNING, Stage.EXECUTION]
        assert s.get_one(Project, project.project_id).stage is Stage.EXECUTION


def test_a_gate_into_the_same_stage_or_closure_or_an_unknown_one_is_refused(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    assert_refused(
        workspace,
        lambda s: lifecycle.move_to_stage(s, pid, Stage.INITIATION),
        ValidationError,
        "already in initiation",
    )
    assert_refused(
        workspace,
        lambda s: lifecycle.move_to_stage(s, pid, Stage.CLOSURE),
        ValidationError,
        "Close Project",
    )
    assert_refused(
        workspace,
        lambda s: lifecycle.move_to_stage(s, pid, "launch"),
        ValidationError,
        "Unknown stage",
    )


def test_closing_records_the_final_report_feedback_and_lessons_and_freezes_the_project(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    with workspace.transaction() as s:
        task_id = tasks.add_task(s, pid, "Build", duration=5).id
        add_risk(s, pid, "Key user leaves", on=MONDAY, probability=3, impact=3)
        add_deliverable(s, pid, "Design document")
        add_action(s, pid, "Hand over the runbook", owner="PM")
        add_action(s, pid, "Archive the test data", status=ActionStatus.DONE)
        warnings = lifecycle.closure_warnings(s, pid)
    assert warnings == (
        "1 deliverable not accepted by the client.",
        "1 task not complete.",
        "1 register entry still open.",
        "1 action of the action log still open.",
    )
    _close(
        workspace,
        pid,
        commentary="Delivered and accepted.",
        feedback=lifecycle.FinalFeedback(score=5, comment="Smooth go-live"),
        lessons=(lifecycle.FinalLesson("Book key users early", internal=True),),
    )
    with workspace.transaction() as s:
        row = s.get_one(Project, pid)
        assert (row.status, row.stage, row.closed_on) == (
            ProjectStatus.CLOSED,
            Stage.CLOSURE,
            CLOSED_ON,
        )
        [entry] = feedback_log(s, pid)
        assert (entry.score, entry.comment) == (5, "Smooth go-live")
        assert [lesson.title for lesson in lessons(s, project_id=pid)] == ["Book key users early"]
    before = audit_count(workspace)
    assert_refused(
        workspace, lambda s: tasks.edit_task(s, task_id, duration=9), ClosedProjectError, "closed"
    )
    assert_refused(
        workspace,
        lambda s: add_risk(s, pid, "Late", on=MONDAY, probability=2, impact=2),
        ClosedProjectError,
        "reopen",
    )
    assert_refused(
        workspace,
        lambda s: projects.update_project(s, pid, name="Renamed"),
        ClosedProjectError,
    )
    assert audit_count(workspace) == before


def test_reopening_is_audited_and_makes_the_project_editable(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    _close(workspace, pid)
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        lifecycle.reopen_project(s, pid, reason="Warranty fix")
        tasks.add_task(s, pid, "Fix", duration=2)
    entries = audit_since(workspace, mark)
    assert ("reopen", "Warranty fix") in [(e.action, e.new_value) for e in entries]
    assert ("status", "closed", "active") in [(e.field, e.old_value, e.new_value) for e in entries]
    with pytest.raises(ValidationError, match="not closed"), workspace.transaction() as s:
        lifecycle.reopen_project(s, pid)


def test_closing_twice_or_before_the_start_is_refused(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    assert_refused(
        workspace,
        lambda s: lifecycle.close_project(s, pid, lifecycle.Closing(closed_on=dt.date(2025, 1, 1))),
        ValidationError,
        "before it starts",
    )
    _close(workspace, pid)
    assert_refused(
        workspace, lambda s: lifecycle.close_project(s, pid), ValidationError, "already closed"
    )


def test_deleting_a_project_removes_its_rows_and_own_calendar_and_is_audited(
    workspace: Workspace, project: ProjectIds
) -> None:
    pid = project.project_id
    with workspace.transaction() as s:
        tasks.add_task(s, pid, "Build", duration=5)
    calendars_before = count(workspace, Calendar)
    mark = audit_count(workspace)
    with workspace.transaction() as s:
        lifecycle.delete_project(s, pid)
    assert count(workspace, Project) == 0
    assert count(workspace, Task) == 0
    assert count(workspace, Calendar) == calendars_before - 1
    [entry] = audit_since(workspace, mark)
    assert (entry.action, entry.entity, entry.old_value) == (
        "delete",
        "project",
        "ACME-01 Warehouse roll-out",
    )


def test_a_closed_project_can_be_deleted(workspace: Workspace, project: ProjectIds) -> None:
    _close(workspace, project.project_id)
    with workspace.transaction() as s:
        lifecycle.delete_project(s, project.project_id)
    assert count(workspace, Project) == 0


def test_a_client_is_deleted_only_without_projects(
    workspace: Workspace, project: ProjectIds
) -> None:
    assert_refused(
        workspace,
        lambda s: lifecycle.delete_client(s, project.client_id),
        ValidationError,
        "still has projects \\(ACME-01\\)",
    )
    with workspace.transaction() as s:
        lifecycle.delete_project(s, project.project_id)
        lifecycle.delete_client(s, project.client_id)
    assert count(workspace, Client) == 0


def test_a_gate_may_be_passed_before_the_work_starts(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Initiation and planning gates come before the plan's first day."""
    with workspace.transaction() as s:
        gate = lifecycle.move_to_stage(
            s, project.project_id, "planning", passed_on=dt.date(2026, 8, 3)
        )
    assert gate.passed_on == dt.date(2026, 8, 3)
