"""Lessons learned per project, searchable across every project of the workspace."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from types import EllipsisType

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.models import Client, Lesson, Project
from cpm_desktop.services import audit
from cpm_desktop.services.validate import (
    clean_date,
    clean_flag,
    clean_name,
    clean_text,
    fold,
    get_or_raise,
)
from cpm_desktop.texts import N_

TEXT_LIMIT = 4_000  # characters per text field
SEARCH_LIMIT = 200


@dataclass(frozen=True, slots=True)
class LessonRow:
    """One lesson with the project and client it comes from, as plain values."""

    id: int
    project_code: str
    client: str
    title: str
    what_happened: str
    recommendation: str
    category: str
    service_line: str
    recorded_on: dt.date
    internal: bool  # the supplier's own: never in a client export


def lessons(
    session: Session, *, text: str = "", project_id: int | None = None
) -> tuple[LessonRow, ...]:
    """Lessons containing `text` in any field (case and accents ignored), newest first."""
    query = (
        select(Lesson, Project.code, Client.name)
        .join(Project, Lesson.project_id == Project.id)
        .join(Client, Project.client_id == Client.id)
        .order_by(Lesson.recorded_on.desc(), Lesson.id.desc())
    )
    if project_id is not None:
        get_or_raise(session, Project, project_id, N_("project"))
        query = query.where(Lesson.project_id == project_id)
    wanted = fold(clean_text(text, N_("search text"), SEARCH_LIMIT))
    # Filtered in Python: folding accents portably is not something SQL offers everywhere.
    found = (_plain(lesson, code, client) for lesson, code, client in session.execute(query))
    return tuple(row for row in found if wanted in _haystack(row))


def add_lesson(
    session: Session,
    project_id: int,
    title: str,
    *,
    what_happened: str = "",
    recommendation: str = "",
    category: str = "",
    service_line: str = "",
    recorded_on: dt.date | None = None,
    internal: bool = False,
) -> LessonRow:
    """Record a lesson learned (dated today unless `recorded_on` is given); audited.

    An `internal` lesson (the supplier's own) stays out of every client export.
    """
    project = get_or_raise(session, Project, project_id, N_("project"))
    lesson = Lesson(
        project_id=project.id,
        title=clean_name(title, N_("lesson title")),
        what_happened=clean_text(what_happened, N_("what happened"), TEXT_LIMIT),
        recommendation=clean_text(recommendation, N_("recommendation"), TEXT_LIMIT),
        category=clean_text(category, N_("lesson category"), 200),
        service_line=clean_text(service_line, N_("service line"), 200),
        recorded_on=dt.date.today() if recorded_on is None else clean_date(recorded_on, N_("date")),
        internal=clean_flag(internal, N_("internal flag")),
    )
    session.add(lesson)
    session.flush()
    audit.record_created(session, lesson)
    return _plain(lesson, project.code, project.client.name)


def update_lesson(
    session: Session,
    lesson_id: int,
    *,
    title: str | EllipsisType = ...,
    what_happened: str | EllipsisType = ...,
    recommendation: str | EllipsisType = ...,
    category: str | EllipsisType = ...,
    service_line: str | EllipsisType = ...,
    recorded_on: dt.date | EllipsisType = ...,
    internal: bool | EllipsisType = ...,
) -> LessonRow:
    """Change the given fields of a lesson, of any project (`...`: keep); audited."""
    lesson = get_or_raise(session, Lesson, lesson_id, N_("lesson"))
    project = get_or_raise(session, Project, lesson.project_id, N_("project"))
    checks = {
        "title": lambda v: clean_name(v, N_("lesson title")),
        "what_happened": lambda v: clean_text(v, N_("what happened"), TEXT_LIMIT),
        "recommendation": lambda v: clean_text(v, N_("recommendation"), TEXT_LIMIT),
        "category": lambda v: clean_text(v, N_("lesson category"), 200),
        "service_line": lambda v: clean_text(v, N_("service line"), 200),
        "recorded_on": lambda v: clean_date(v, N_("date")),
        "internal": lambda v: clean_flag(v, N_("internal flag")),
    }
    given = {
        "title": title,
        "what_happened": what_happened,
        "recommendation": recommendation,
        "category": category,
        "service_line": service_line,
        "recorded_on": recorded_on,
        "internal": internal,
    }
    # Every value is checked before any is set: a refusal leaves the lesson as it was.
    wanted = {
        name: checks[name](value)
        for name, value in given.items()
        if not isinstance(value, EllipsisType)
    }
    audit.set_fields(session, lesson, wanted)
    session.flush()
    return _plain(lesson, project.code, project.client.name)


def delete_lesson(session: Session, lesson_id: int) -> None:
    """Remove a lesson, of any project; audited."""
    lesson = get_or_raise(session, Lesson, lesson_id, N_("lesson"))
    audit.record_deleted(session, lesson)
    session.delete(lesson)
    session.flush()


def _haystack(row: LessonRow) -> str:
    fields = (
        row.title,
        row.what_happened,
        row.recommendation,
        row.category,
        row.service_line,
        row.project_code,
        row.client,
    )
    return fold("\n".join(fields))


def _plain(lesson: Lesson, code: str, client: str) -> LessonRow:
    return LessonRow(
        id=lesson.id,
        project_code=code,
        client=client,
        title=lesson.title,
        what_happened=lesson.what_happened,
        recommendation=lesson.recommendation,
        category=lesson.category,
        service_line=lesson.service_line,
        recorded_on=lesson.recorded_on,
        internal=lesson.internal,
    )
