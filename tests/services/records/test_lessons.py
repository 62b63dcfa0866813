"""Lessons learned: recorded per project, searched across clients ignoring case and accents."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services import history
from cpm_desktop.services.records.lessons import LessonRow, add_lesson, lessons
from cpm_desktop.workspace import Workspace
from tests.services.support import (
    ProjectIds,
    assert_refused,
    audit_count,
    audit_since,
    make_project,
    snapshot,
)

DAY = dt.date(2026, 11, 2)


def _two_clients(workspace: Workspace, project: ProjectIds) -> int:
    """Lessons on ACME-01 (Acme Logistics) and ZUR-01 (Zürich Café AG); return ZUR-01's id."""
    other = make_project(workspace, "ZUR-01", "Zürich Café AG")
    with workspace.transaction() as s:
        add_lesson(
            s,
            project.project_id,
            "Book key users before peak season",
            what_happened="Key users were busy with peak preparation.",
            recommendation="Agree dates in the contract.",
            category="Resourcing",
            service_line="WMS implementation",
            recorded_on=DAY,
        )
        add_lesson(
            s,
            other.project_id,
            "Café staff need short training sessions",
            what_happened="Long sessions emptied the stores.",
            category="Change management",
            service_line="Retail pilots",
            recorded_on=DAY + dt.timedelta(days=1),
        )
    return other.project_id


def test_lessons_are_listed_newest_first_with_project_and_client(
    workspace: Workspace, project: ProjectIds
) -> None:
    """Without a search, every lesson of the workspace comes back, newest first."""
    _two_clients(workspace, project)
    with workspace.transaction() as s:
        found = lessons(s)
    assert [(r.project_code, r.client, r.service_line) for r in found] == [
        ("ZUR-01", "Zürich Café AG", "Retail pilots"),
        ("ACME-01", "Acme Logistics", "WMS implementation"),
    ]
    assert isinstance(found[1], LessonRow)
    assert found[1].recommendation == "Agree dates in the contract."


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("cafe", ["ZUR-01"]),  # accent ignored in the text searched
        ("CAFÉ", ["ZUR-01"]),  # and in the search text
        ("zurich", ["ZUR-01"]),  # the client's name counts
        ("peak", ["ACME-01"]),  # what happened
        ("contract", ["ACME-01"]),  # recommendation
        ("change MANAGEMENT", ["ZUR-01"]),  # category
        ("wms", ["ACME-01"]),  # service line
        ("training", ["ZUR-01"]),
        ("s", ["ZUR-01", "ACME-01"]),
        ("  ", ["ZUR-01", "ACME-01"]),
        ("blockchain", []),
    ],
)
def test_search_ignores_case_and_accents_across_projects(
    workspace: Workspace, project: ProjectIds, text: str, codes: list[str]
) -> None:
    """A substring of any field finds lessons of every project, case and accents ignored."""
    _two_clients(workspace, project)
    with workspace.transaction() as s:
        assert [r.project_code for r in lessons(s, text=text)] == codes


def test_search_within_one_project(workspace: Workspace, project: ProjectIds) -> None:
    """`project_id` narrows the list (and the search) to that project."""
    other_id = _two_clients(workspace, project)
    with workspace.transaction() as s:
        assert [r.project_code for r in lessons(s, project_id=other_id)] == ["ZUR-01"]
        assert lessons(s, text="peak", project_id=other_id) == ()


@pytest.mark.parametrize(
    ("title", "fields", "error", "match"),
    [
        ("", {}, ValidationError, "cannot be empty"),
        ("Ok", {"recorded_on": "2026-11-02"}, ValidationError, "must be a date"),
        ("Ok", {"what_happened": "x" * 4001}, ValidationError, "longer than 4000"),
        ("Ok", {"category": "x" * 201}, ValidationError, "longer than 200"),
        ("Ok", {"service_line": ["WMS"]}, ValidationError, "must be text"),
    ],
)
def test_bad_input_is_refused_and_changes_nothing(
    workspace: Workspace, project: ProjectIds, title: str, fields: dict, error: type, match: str
) -> None:
    """Empty titles, bad dates and over-long or non-text fields: refused, workspace unchanged."""
    assert_refused(
        workspace, lambda s: add_lesson(s, project.project_id, title, **fields), error, match
    )


def test_unknown_project_is_not_found(workspace: Workspace) -> None:
    """Adding to or searching an unknown project raises NotFoundError."""
    assert_refused(workspace, lambda s: add_lesson(s, 999, "X"), NotFoundError)
    assert_refused(workspace, lambda s: lessons(s, project_id=999), NotFoundError)


def test_a_lesson_without_date_is_recorded_today(workspace: Workspace, project: ProjectIds) -> None:
    """The date defaults to today; creation is audited with the lesson's title."""
    start = audit_count(workspace)
    with workspace.transaction() as s:
        row = add_lesson(s, project.project_id, "Freeze the interface list early")
    assert row.recorded_on == dt.date.today()
    [entry] = audit_since(workspace, start)
    assert entry.entity_label == "ACME-01 lesson Freeze the interface list early"


def test_adding_is_undone_and_redone_exactly(workspace: Workspace, project: ProjectIds) -> None:
    """As the UI's undo does it: the recorded lesson is removed, then added back."""

    def without_audit(rows: dict) -> dict:
        return {name: content for name, content in rows.items() if name != "audit_entry"}

    before = without_audit(snapshot(workspace))
    _, changes = workspace.run_recorded(add_lesson, project.project_id, "X", recorded_on=DAY)
    after = without_audit(snapshot(workspace))
    assert changes.tables() == {"lesson"}
    workspace.run(history.undo_edit, changes, project.project_id, "Lesson")
    assert without_audit(snapshot(workspace)) == before
    workspace.run(history.redo_edit, changes, project.project_id, "Lesson")
    assert without_audit(snapshot(workspace)) == after
