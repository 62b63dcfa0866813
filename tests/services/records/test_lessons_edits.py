"""Editing and deleting lessons, of any project: only given fields, refusals, audit, search."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.errors import NotFoundError, ValidationError
from cpm_desktop.services.records.lessons import add_lesson, delete_lesson, lessons, update_lesson
from cpm_desktop.workspace import Workspace
from tests.services.support import ProjectIds, assert_refused, audit_count, audit_since

DAY = dt.date(2026, 11, 2)


def _lesson(workspace: Workspace, project: ProjectIds) -> int:
    with workspace.transaction() as s:
        return add_lesson(
            s,
            project.project_id,
            "Book key users early",
            what_happened="Peak season.",
            recommendation="Plan training in Q1.",
            category="People",
            service_line="WMS implementation",
            recorded_on=DAY,
        ).id


def test_only_the_given_fields_change(workspace: Workspace, project: ProjectIds) -> None:
    """A new recommendation and category leave the title, story and date as they were."""
    lesson_id = _lesson(workspace, project)
    with workspace.transaction() as s:
        row = update_lesson(s, lesson_id, recommendation="Ask for Zoë's team.", category="")
    assert (row.title, row.what_happened, row.recorded_on) == (
        "Book key users early",
        "Peak season.",
        DAY,
    )
    assert (row.recommendation, row.category, row.service_line) == (
        "Ask for Zoë's team.",
        "",
        "WMS implementation",
    )
    with workspace.transaction() as s:
        assert lessons(s, text="ZOE") == (row,)  # the edited text is searched, accents folded


def test_edits_are_audited_field_by_field(workspace: Workspace, project: ProjectIds) -> None:
    """One update entry per changed field; an unchanged value leaves none."""
    lesson_id = _lesson(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        update_lesson(s, lesson_id, title="Book key users early", recorded_on=DAY.replace(day=3))
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.field, entry.old_value, entry.new_value) == (
        "update",
        "recorded_on",
        "2026-11-02",
        "2026-11-03",
    )
    assert (entry.project_id, entry.entity_label) == (
        project.project_id,
        "ACME-01 lesson Book key users early",
    )


@pytest.mark.parametrize(
    ("fields", "match"),
    [
        ({"title": ""}, "lesson title cannot be empty"),
        ({"title": None}, "must be text"),
        ({"what_happened": "x" * 4001}, "longer than 4000"),
        ({"recommendation": 5}, "must be text"),
        ({"category": "x" * 201}, "longer than 200"),
        ({"service_line": "x" * 201}, "longer than 200"),
        ({"recorded_on": None}, "must be a date"),
        ({"recorded_on": dt.date(2300, 1, 1)}, "outside"),
        ({"category": "Fine", "title": " "}, "cannot be empty"),
    ],
)
def test_bad_edits_are_refused_and_change_nothing(
    workspace: Workspace, project: ProjectIds, fields: dict, match: str
) -> None:
    """Each bad value is refused with a clear message; nothing is written, not even good ones."""
    lesson_id = _lesson(workspace, project)
    assert_refused(
        workspace, lambda s: update_lesson(s, lesson_id, **fields), ValidationError, match
    )


def test_delete_removes_the_lesson_and_is_audited(
    workspace: Workspace, project: ProjectIds
) -> None:
    """The lesson is no longer found; a delete entry names it."""
    lesson_id = _lesson(workspace, project)
    start = audit_count(workspace)
    with workspace.transaction() as s:
        delete_lesson(s, lesson_id)
        assert lessons(s) == ()
    [entry] = audit_since(workspace, start)
    assert (entry.action, entry.entity, entry.old_value) == (
        "delete",
        "lesson",
        "ACME-01 lesson Book key users early",
    )


def test_unknown_lessons_are_not_found(workspace: Workspace, project: ProjectIds) -> None:
    """Editing or deleting a lesson that does not exist raises NotFoundError."""
    assert_refused(workspace, lambda s: update_lesson(s, 999, title="X"), NotFoundError)
    assert_refused(workspace, lambda s: delete_lesson(s, 999), NotFoundError)
