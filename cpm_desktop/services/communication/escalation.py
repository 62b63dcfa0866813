"""The escalation path: level 1, 2, 3 … each naming who is called on the supplier's side and
the client's, and the thresholds that trigger it. The levels stay 1..n: a new level comes
last, and deleting one moves those above it down. Validated and audited; a refusal writes
nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import EscalationLevel, Project
from cpm_desktop.services import audit
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.validate import clean_text, get_or_raise
from cpm_desktop.texts import N_, _

CONTACT_LIMIT = 200
TRIGGER_LIMIT = 2_000
MOST_LEVELS = 9  # a path longer than this is an org chart, not an escalation path


@dataclass(frozen=True, slots=True)
class EscalationRow:
    """One level of the path as plain values."""

    id: int
    level: int  # 1 first
    supplier_contact: str  # our side: "Delivery director, J. Smith"
    client_contact: str
    trigger: str  # "Slippage > 10 days or a red SLA two periods running"


class EscalationFields(TypedDict, total=False):
    """The editable fields of a level; any subset may be given."""

    supplier_contact: str
    client_contact: str
    trigger: str


def escalation_path(session: Session, project_id: int) -> tuple[EscalationRow, ...]:
    """The project's escalation levels, 1 first."""
    get_or_raise(session, Project, project_id, N_("project"))
    return tuple(_plain(row) for row in _levels(session, project_id))


def add_escalation_level(
    session: Session, project_id: int, **fields: Unpack[EscalationFields]
) -> EscalationRow:
    """Add the next level of the path (after the highest); it needs a contact on either side
    and its trigger; audited."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    level = next_number(session, EscalationLevel.level, EscalationLevel.project_id, project.id)
    if level > MOST_LEVELS:
        raise ValidationError(
            _("{code}'s escalation path already has {count} levels.").format(
                code=project.code, count=MOST_LEVELS
            )
        )
    row = EscalationLevel(
        project_id=project.id,
        level=level,
        supplier_contact="",
        client_contact="",
        trigger="",
    )
    for name, value in _cleaned(fields).items():
        setattr(row, name, value)
    _require_complete(row)
    session.add(row)
    session.flush()
    audit.record_created(session, _subject(project, row))
    return _plain(row)


def edit_escalation_level(
    session: Session, level_id: int, **fields: Unpack[EscalationFields]
) -> EscalationRow:
    """Change the fields given, each audited; the level keeps its number."""
    row = get_or_raise(session, EscalationLevel, level_id, N_("escalation level"))
    subject = _subject(session.get_one(Project, row.project_id), row)
    audit.set_fields(session, row, _cleaned(fields), about=subject)
    _require_complete(row)
    session.flush()
    return _plain(row)


def delete_escalation_level(session: Session, level_id: int) -> None:
    """Remove a level; the levels above it move down one, so the path stays 1..n; audited."""
    row = get_or_raise(session, EscalationLevel, level_id, N_("escalation level"))
    project = session.get_one(Project, row.project_id)
    audit.record_deleted(session, _subject(project, row))
    above = [other for other in _levels(session, project.id) if other.level > row.level]
    session.delete(row)
    session.flush()
    # One level at a time, lowest first: each number is free when it is taken (the pair
    # project, level is unique).
    for other in above:
        audit.record_field(session, _subject(project, other), "level", other.level, other.level - 1)
        other.level -= 1
        session.flush()


def _levels(session: Session, project_id: int) -> list[EscalationLevel]:
    return list(
        session.scalars(
            select(EscalationLevel)
            .where(EscalationLevel.project_id == project_id)
            .order_by(EscalationLevel.level)
        )
    )


def _cleaned(fields: EscalationFields) -> dict[str, str]:
    given: dict[str, object] = dict(fields)
    unknown = set(given) - set(EscalationFields.__optional_keys__)
    if unknown:
        raise ValidationError(f"An escalation level has no field {sorted(unknown)[0]!r}.")
    what = {
        "supplier_contact": (N_("supplier contact"), CONTACT_LIMIT),
        "client_contact": (N_("client contact"), CONTACT_LIMIT),
        "trigger": (N_("trigger"), TRIGGER_LIMIT),
    }
    return {name: clean_text(value, *what[name]) for name, value in given.items()}


def _require_complete(row: EscalationLevel) -> None:
    """A level calls somebody, on one side at least, for a stated reason."""
    if not row.supplier_contact and not row.client_contact:
        raise ValidationError(
            _(
                "Escalation level {level} needs who is called: a supplier or a client contact."
            ).format(level=row.level)
        )
    if not row.trigger:
        raise ValidationError(
            _("Escalation level {level} needs what triggers it.").format(level=row.level)
        )


def _subject(project: Project, row: EscalationLevel) -> audit.Subject:
    label = f"{project.code} escalation level {row.level}"
    return audit.Subject("escalation_level", row.id, project.id, label)


def _plain(row: EscalationLevel) -> EscalationRow:
    return EscalationRow(
        id=row.id,
        level=row.level,
        supplier_contact=row.supplier_contact,
        client_contact=row.client_contact,
        trigger=row.trigger,
    )
