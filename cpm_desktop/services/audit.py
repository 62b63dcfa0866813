"""Write AuditEntry rows: every service change leaves a governance record.

An entry is about a *subject*: an entity of the workspace (its kind and id), the project it
belongs to and the label people read in the trail. `subject(row)` derives all four from an ORM
row, so a use case names the row and what happened to it, nothing more:
`record_created(session, risk)`, `record_field(session, task, "duration", 3, 5)`.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import overload

from sqlalchemy.orm import Session, object_session

from cpm_desktop.domain.plan import baseline_name
from cpm_desktop.identity import current_user
from cpm_desktop.models import (
    AuditEntry,
    Baseline,
    BillingMilestone,
    Calendar,
    ChangeRequest,
    Client,
    Contact,
    Decision,
    Deliverable,
    Dependency,
    Feedback,
    Lesson,
    PackSetting,
    Project,
    Risk,
    StatusReport,
    Task,
)

# The rows the services audit.
Audited = (
    Task
    | Dependency
    | Baseline
    | Calendar
    | Project
    | Client
    | Contact
    | Risk
    | ChangeRequest
    | Decision
    | Deliverable
    | Feedback
    | Lesson
    | StatusReport
    | PackSetting
    | BillingMilestone
)


@dataclass(frozen=True, slots=True)
class Subject:
    """What an audit entry is about: an entity (kind and id), its project and its label."""

    entity: str
    entity_id: int
    project_id: int | None  # None: a workspace-wide entity (client, contact, template calendar)
    label: str


def subject(row: Audited) -> Subject:
    """The subject of an ORM row as the trail names it, from the row as it is now.

    A calendar belongs to no project by itself and a project is labelled by its code; a
    caller that knows better replaces those (`dataclasses.replace`).
    """
    match row:
        case Task():
            return Subject("task", row.id, row.project_id, row.name)
        case Dependency():
            lag = f" {row.lag:+d}d" if row.lag else ""
            label = f"{row.predecessor.name} → {row.successor.name} ({row.type.value}{lag})"
            return Subject("dependency", row.id, row.project_id, label)
        case Baseline():
            label = f"{_code(row)} {baseline_name(row.number)}"
            return Subject("baseline", row.id, row.project_id, label)
        case Calendar():
            return Subject("calendar", row.id, None, row.name)
        case Project():
            return Subject("project", row.id, row.id, row.code)
        case Client():
            return Subject("client", row.id, None, row.name)
        case Contact():
            return Subject("contact", row.id, None, f"{row.name} ({row.client.name})")
        case Risk():
            return Subject("risk", row.id, row.project_id, f"{row.reference} {row.title}")
        case ChangeRequest():
            label = f"{row.reference} {row.title}"
            return Subject("change_request", row.id, row.project_id, label)
        case Decision():
            label = f"{_code(row)} {row.reference} {row.title}"
            return Subject("decision", row.id, row.project_id, label)
        case Deliverable():
            label = f"{_code(row)} {row.reference} {row.name}"
            return Subject("deliverable", row.id, row.project_id, label)
        case Feedback():
            label = f"{_code(row)} feedback {row.given_on.isoformat()}"
            return Subject("feedback", row.id, row.project_id, label)
        case Lesson():
            label = f"{_code(row)} lesson {row.title}"
            return Subject("lesson", row.id, row.project_id, label)
        case StatusReport():
            when = row.status_date.isoformat() if row.status_date else "undated"
            label = f"{_code(row)} status report {when}"
            return Subject("status_report", row.id, row.project_id, label)
        case PackSetting():  # one row per project, keyed by it
            label = f"{_code(row)} steering pack settings"
            return Subject("pack_settings", row.project_id, row.project_id, label)
        case BillingMilestone():
            task = _session(row).get_one(Task, row.task_id)
            label = f"Billing of {task.name!r}"
            return Subject("billing_milestone", row.id, task.project_id, label)
    raise TypeError(f"{type(row).__name__} rows are not audited.")


def audit_text(value: object) -> str | None:
    """Render a field value as the text kept in the audit trail."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date | Decimal | bool | int | str):
        return str(value)
    return repr(value)


def record(
    session: Session,
    about: Audited | Subject,
    action: str,
    *,
    field: str = "",
    old: object = None,
    new: object = None,
) -> None:
    """Add one audit row about `about` (a row or its subject) to the session's transaction."""
    said = _subject_of(about)
    session.add(
        AuditEntry(
            user=current_user(),
            project_id=said.project_id,
            entity=said.entity,
            entity_id=said.entity_id,
            entity_label=said.label[:200],
            action=action,
            field=field,
            old_value=audit_text(old),
            new_value=audit_text(new),
        )
    )


def record_created(session: Session, about: Audited | Subject) -> None:
    """Record the creation of an entity (flushed, so it has its id)."""
    said = _subject_of(about)
    record(session, said, "create", new=said.label)


def record_deleted(session: Session, about: Audited | Subject) -> None:
    """Record the deletion of an entity (before it is deleted)."""
    said = _subject_of(about)
    record(session, said, "delete", old=said.label)


def record_field(
    session: Session, about: Audited | Subject, field: str, old: object, new: object
) -> None:
    """Record one changed field, if it really changed."""
    if old == new:
        return
    record(session, about, "update", field=field, old=old, new=new)


@overload
def set_fields(
    session: Session, row: Audited, changes: Mapping[str, object], *, about: Subject | None = None
) -> None: ...
@overload
def set_fields(
    session: Session, row: object, changes: Mapping[str, object], *, about: Subject
) -> None: ...
def set_fields(
    session: Session, row: object, changes: Mapping[str, object], *, about: Subject | None = None
) -> None:
    """Set each of `changes` on `row`, recording every field that really changes.

    The subject is taken before the first change, so a renamed row is recorded under the name
    it had. A row `subject` does not name (a charter line, an action) comes with its `about`.
    """
    if about is None:
        if not isinstance(row, Audited):
            raise TypeError(f"{type(row).__name__} rows need the subject they are recorded under.")
        about = subject(row)
    for name, new in changes.items():
        record_field(session, about, name, getattr(row, name), new)
        setattr(row, name, new)


def _subject_of(about: Audited | Subject) -> Subject:
    return about if isinstance(about, Subject) else subject(about)


def _session(row: Audited) -> Session:
    session = object_session(row)
    if session is None:
        raise ValueError(f"This {type(row).__name__} row belongs to no session.")
    return session


def _code(
    row: Baseline | Decision | Deliverable | Feedback | Lesson | StatusReport | PackSetting,
) -> str:
    """The code of the row's project (these rows hold only its id; it is in the session)."""
    return _session(row).get_one(Project, row.project_id).code
