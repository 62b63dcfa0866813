"""A project's open-book setting: created, set, read in the summary, audited, undone, checked."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.portfolio.projects import NewProject, create_project, set_open_book
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    MONDAY,
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    snapshot,
)


def _open_book(workspace: Workspace, project_id: int) -> bool:
    with workspace.transaction() as s:
        return project_summary(s, project_id).open_book


def test_a_project_is_fixed_price_until_said_otherwise(
    workspace: Workspace, project: ProjectIds
) -> None:
    """New projects are not open-book; NewProject(open_book=True) makes one that is."""
    assert not _open_book(workspace, project.project_id)
    with workspace.transaction() as s:
        open_id = create_project(
            s,
            NewProject(
                client_id=project.client_id,
                code="OPEN-1",
                name="Time and materials",
                start_date=MONDAY,
                open_book=True,
            ),
        ).id
    assert _open_book(workspace, open_id)


def test_set_open_book_is_audited_and_undone(workspace: Workspace, project: ProjectIds) -> None:
    """One audit entry per real change; the recorded edit is undone and redone exactly."""
    start = audit_count(workspace)
    before = snapshot(workspace)
    _, changes = workspace.run_recorded(set_open_book, project.project_id, True)
    assert _open_book(workspace, project.project_id)
    [entry] = audit_since(workspace, start)
    assert (entry.entity, entry.field, entry.old_value, entry.new_value) == (
        "project",
        "open_book",
        "False",
        "True",
    )
    assert changes.tables() == {"project"}
    workspace.run(history.undo_edit, changes, project.project_id, "Open-book contract")
    assert not _open_book(workspace, project.project_id)
    assert {k: v for k, v in snapshot(workspace).items() if k != "audit_entry"} == {
        k: v for k, v in before.items() if k != "audit_entry"
    }
    workspace.run(history.redo_edit, changes, project.project_id, "Open-book contract")
    assert _open_book(workspace, project.project_id)
    count = audit_count(workspace)
    with workspace.transaction() as s:
        set_open_book(s, project.project_id, True)  # no change: no entry
    assert audit_count(workspace) == count


@pytest.mark.parametrize("value", [0, 1, "yes", None])
def test_anything_but_true_or_false_is_refused(
    workspace: Workspace, project: ProjectIds, value: object
) -> None:
    """The setting is never guessed from 1, 'yes' or None, neither when set nor when created."""
    assert_refused(
        workspace,
        lambda s: set_open_book(s, project.project_id, value),  # type: ignore[arg-type]
        ValidationError,
        "open-book setting must be true or false",
    )
    new = NewProject(
        client_id=project.client_id,
        code="OPEN-2",
        name="X",
        start_date=dt.date(2026, 9, 7),
        open_book=value,  # type: ignore[arg-type]
    )
    assert_refused(workspace, lambda s: create_project(s, new), ValidationError, "open-book")


def test_an_unknown_project_is_not_found(workspace: Workspace) -> None:
    """The id is checked before anything is written."""
    assert_refused(workspace, lambda s: set_open_book(s, 999, True), NotFoundError)
