"""Internal decisions and lessons, and the status report's internal notes: set, read, undone."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.portfolio.projects import set_status_date
from cpm_desktop.services.portfolio.views import project_summary
from cpm_desktop.services.records.decisions import add_decision, decision_log, update_decision
from cpm_desktop.services.records.lessons import add_lesson, lessons, update_lesson
from cpm_desktop.services.records.pack_settings import save_pack_inputs
from cpm_desktop.services.records.status_reports import save_status_report, status_report
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    snapshot,
)

DAY = dt.date(2026, 10, 12)
NOTE = "Margin at risk if the second wave slips; discuss rate card with account lead."
NOT_FLAGS = [0, 1, "yes", None]


def _without_audit(workspace: Workspace) -> dict:
    return {name: rows for name, rows in snapshot(workspace).items() if name != "audit_entry"}


def _undone_and_redone(
    workspace: Workspace,
    project_id: int,
    use_case: Callable[..., object],
    *args: object,
    **kw: object,
) -> None:
    """Run `use_case` recorded, as the UI does; prove undo and redo restore each side exactly."""
    before = _without_audit(workspace)
    _, changes = workspace.run_recorded(use_case, *args, **kw)
    after = _without_audit(workspace)
    assert after != before
    workspace.run(history.undo_edit, changes, project_id, "Edit")
    assert _without_audit(workspace) == before
    workspace.run(history.redo_edit, changes, project_id, "Edit")
    assert _without_audit(workspace) == after


# -- decisions ------------------------------------------------------------------------------


def _decision(workspace: Workspace, project: ProjectIds, **kw: bool) -> int:
    with workspace.transaction() as s:
        return add_decision(s, project.project_id, "Swap subcontractor", decided_on=DAY, **kw).id


def test_decisions_are_for_the_client_unless_marked_internal(
    workspace: Workspace, project: ProjectIds
) -> None:
    """add_decision(internal=True) is the supplier's own; the default is client-visible."""
    shared = _decision(workspace, project)
    own = _decision(workspace, project, internal=True)
    with workspace.transaction() as s:
        assert {row.id: row.internal for row in decision_log(s, project.project_id)} == {
            shared: False,
            own: True,
        }


def test_a_decision_edit_sets_the_flag_in_one_audited_undoable_step(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The flag and the title change together; one entry each; undo and redo are exact."""
    decision_id = _decision(workspace, project)
    start = audit_count(workspace)
    _undone_and_redone(
        workspace,
        project.project_id,
        update_decision,
        decision_id,
        title="Swap our subcontractor",
        internal=True,
    )
    fields = {e.field: (e.old_value, e.new_value) for e in audit_since(workspace, start)}
    assert fields["internal"] == ("False", "True")
    with workspace.transaction() as s:
        [row] = decision_log(s, project.project_id)
    assert (row.title, row.internal) == ("Swap our subcontractor", True)
    with workspace.transaction() as s:
        assert update_decision(s, decision_id, title="Kept").internal  # `...` keeps the flag


@pytest.mark.parametrize("value", NOT_FLAGS)
def test_a_decision_flag_must_be_true_or_false(
    workspace: Workspace, project: ProjectIds, value: object
) -> None:
    """Refused on add and on edit, with nothing written (not even the valid title)."""
    decision_id = _decision(workspace, project)
    assert_refused(
        workspace,
        lambda s: update_decision(s, decision_id, title="New", internal=value),  # type: ignore[arg-type]
        ValidationError,
        "internal flag must be true or false",
    )
    assert_refused(
        workspace,
        lambda s: add_decision(s, project.project_id, "X", decided_on=DAY, internal=value),  # type: ignore[arg-type]
        ValidationError,
        "internal flag",
    )


# -- lessons --------------------------------------------------------------------------------


def _lesson(workspace: Workspace, project: ProjectIds, **kw: bool) -> int:
    with workspace.transaction() as s:
        return add_lesson(s, project.project_id, "Price the second wave", recorded_on=DAY, **kw).id


def test_lessons_carry_the_flag_and_an_edit_is_one_undoable_step(
    workspace: Workspace, project: ProjectIds
) -> None:
    """add_lesson(internal=True) reads back; update_lesson flips it with one audit entry."""
    own = _lesson(workspace, project, internal=True)
    shared = _lesson(workspace, project)
    with workspace.transaction() as s:
        flags = {row.id: row.internal for row in lessons(s, project_id=project.project_id)}
    assert flags == {own: True, shared: False}
    start = audit_count(workspace)
    _undone_and_redone(
        workspace, project.project_id, update_lesson, shared, internal=True, category="Commercial"
    )
    assert {e.field for e in audit_since(workspace, start) if e.action == "update"} >= {
        "internal",
        "category",
    }
    with workspace.transaction() as s:
        assert update_lesson(s, shared, title="Price it").internal  # `...` keeps the flag


@pytest.mark.parametrize("value", NOT_FLAGS)
def test_a_lesson_flag_must_be_true_or_false(
    workspace: Workspace, project: ProjectIds, value: object
) -> None:
    """Refused on add and on edit; the other, valid field given beside it is not written."""
    lesson_id = _lesson(workspace, project)
    assert_refused(
        workspace,
        lambda s: update_lesson(s, lesson_id, title="New", internal=value),  # type: ignore[arg-type]
        ValidationError,
        "internal flag must be true or false",
    )
    assert_refused(
        workspace,
        lambda s: add_lesson(s, project.project_id, "X", internal=value),  # type: ignore[arg-type]
        ValidationError,
        "internal flag",
    )


# -- the status report's internal notes -----------------------------------------------------


def _dated(workspace: Workspace, project: ProjectIds) -> None:
    with workspace.transaction() as s:
        set_status_date(s, project.project_id, DAY)


def test_internal_notes_are_saved_beside_the_commentary(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Saved alone they make the report; kept when the commentary changes; audited by name."""
    _dated(workspace, project)
    with workspace.transaction() as s:
        assert status_report(s, project.project_id).internal_notes == ""
    start = audit_count(workspace)
    with workspace.transaction() as s:
        row = save_status_report(s, project.project_id, internal_notes=f"  {NOTE}\n")
    assert (row.internal_notes, row.commentary) == (NOTE, "")
    assert [e.field for e in audit_since(workspace, start) if e.action == "update"] == [
        "internal_notes"
    ]
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="On track.")
        assert status_report(s, project.project_id).internal_notes == NOTE


def test_internal_notes_are_undone_and_redone_with_the_commentary(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The pack dialog's one edit (settings and report) covers the notes too."""
    _dated(workspace, project)
    with workspace.transaction() as s:
        save_status_report(s, project.project_id, commentary="Before", internal_notes="Old")
    _undone_and_redone(
        workspace,
        project.project_id,
        save_pack_inputs,
        project.project_id,
        settings={"paper": "letter"},
        report={"commentary": "After", "internal_notes": NOTE},
    )


@pytest.mark.parametrize(
    ("value", "match"),
    [(7, "internal notes must be text"), ("x" * 4_001, "internal notes is longer than 4000")],
)
def test_bad_internal_notes_are_refused(
    workspace: Workspace, project: ProjectIds, value: object, match: str
) -> None:
    """Not text or too long: refused with the field's name, the commentary beside it unsaved."""
    _dated(workspace, project)

    def save(s: Session) -> object:
        return save_status_report(
            s,
            project.project_id,
            commentary="Fine",
            internal_notes=value,  # type: ignore[arg-type]
        )

    assert_refused(workspace, save, ValidationError, match)


def test_the_pack_dialog_saves_open_book_with_its_inputs(
    workspace: Workspace, project: ProjectIds
) -> None:
    """save_pack_inputs(open_book=True) sets the project's setting in the same undoable step."""
    _dated(workspace, project)
    _undone_and_redone(
        workspace,
        project.project_id,
        save_pack_inputs,
        project.project_id,
        settings={},
        report={"internal_notes": NOTE},
        open_book=True,
    )
    with workspace.transaction() as s:
        assert project_summary(s, project.project_id).open_book
