"""The PM's status report: defaults, saving per status date, RAG checks, audit, undo."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.records.status_reports import (
    StatusReportRow,
    save_status_report,
    status_report,
)
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    snapshot,
)

STATUS = dt.date(2026, 9, 18)


def _dated(workspace: Workspace, project_id: int, day: dt.date = STATUS) -> None:
    with workspace.transaction() as s:
        set_status_date(s, project_id, day)


def test_nothing_saved_gives_an_empty_report_for_the_status_date(
    workspace: Workspace, project: ProjectIds
) -> None:
    """With no report saved, the read returns empty strings for the project's status date."""
    _dated(workspace, project.project_id)
    with workspace.transaction() as s:
        report = status_report(s, project.project_id)
    assert report == StatusReportRow(project.project_id, STATUS, "", "", "", "", "", "", "")


def test_saved_fields_come_back_and_others_are_kept(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Saving some fields keeps the others; RAGs are stored lower-case; text is stripped."""
    _dated(workspace, project.project_id)
    with workspace.transaction() as s:
        save_status_report(
            s,
            project.project_id,
            commentary="  On track.  ",
            schedule_rag="Amber",
            decisions_required="Approve CR-002\nConfirm cut-over weekend",
        )
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, risk_rag="red", schedule_rag="")
        report = status_report(s, project.project_id)
    assert report.commentary == "On track."
    assert (report.schedule_rag, report.budget_rag, report.risk_rag) == ("", "", "red")
    assert report.decisions_required.splitlines() == ["Approve CR-002", "Confirm cut-over weekend"]


def test_each_status_date_has_its_own_report(workspace: Workspace, project: ProjectIds) -> None:
    """A new status date starts empty; the earlier date's report is still there."""
    _dated(workspace, project.project_id)
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="Week 2")
    _dated(workspace, project.project_id, STATUS + dt.timedelta(days=7))
    with workspace.transaction() as s:
        assert status_report(s, project.project_id).commentary == ""
        assert status_report(s, project.project_id, STATUS).commentary == "Week 2"
        save_status_report(s, project.project_id, commentary="Week 3")
        assert status_report(s, project.project_id).commentary == "Week 3"


def test_a_project_without_status_date_keeps_one_undated_report(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Without a status date, saving twice updates the one undated report."""
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="First")
        save_status_report(s, project.project_id, commentary="Second")
        report = status_report(s, project.project_id)
    assert (report.status_date, report.commentary) == (None, "Second")


def test_saving_nothing_writes_no_row(workspace: Workspace, project: ProjectIds) -> None:
    """Saving only empty values when nothing is saved leaves the workspace unchanged."""
    before = snapshot(workspace)
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="", schedule_rag="")
    assert snapshot(workspace) == before


def test_changes_are_audited(workspace: Workspace, project: ProjectIds) -> None:
    """Creation and each changed field leave an audit entry naming the report."""
    _dated(workspace, project.project_id)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="Amber", budget_rag="green")
    entries = audit_since(workspace, start)
    assert [(e.action, e.field) for e in entries] == [
        ("create", ""),
        ("update", "commentary"),
        ("update", "budget_rag"),
    ]
    assert entries[0].entity_label == "ACME-01 status report 2026-09-18"
    assert entries[2].new_value == "green"


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"schedule_rag": "purple"}, "Unknown schedule RAG"),
        ({"risk_rag": 3}, "risk RAG must be text"),
        ({"commentary": "x" * 4001}, "longer than 4000"),
        ({"next_steps": "x" * 4001}, "longer than 4000"),
        ({"commentary": 12}, "must be text"),
        ({"status_date": "2026-09-18"}, "must be a date"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, match: str
) -> None:
    """Bad RAGs, over-long or non-text commentary and bad dates raise ValidationError."""
    assert_refused(
        workspace,
        lambda s: save_status_report(s, project.project_id, **{"commentary": "ok", **fields}),
        ValidationError,
        match,
    )


def test_unknown_project_is_not_found(workspace: Workspace) -> None:
    """An id naming no project raises NotFoundError."""
    with pytest.raises(NotFoundError), workspace.transaction() as s:
        status_report(s, 999)


def test_saving_is_undone_and_redone_exactly(workspace: Workspace, project: ProjectIds) -> None:
    """As the UI's undo does it: the recorded save is reverted, then replayed."""
    _dated(workspace, project.project_id, MONDAY + dt.timedelta(days=4))

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="Before")
    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(
        save_status_report, project.project_id, commentary="After", scope_rag="amber"
    )
    after = without_audit(snapshot(workspace))
    assert changes.tables() == {"status_report"}
    workspace.run(history.undo_edit, changes, project.project_id, "Status report")
    assert without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project.project_id, "Status report")
    assert without_audit(snapshot(workspace)) == after
