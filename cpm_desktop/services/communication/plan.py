"""The communication plan: what the project tells whom, through which channel, how often, sent
by whom. Its lines keep the order the PM gives them (positions 1..n); each use case is
validated and audited, and a refusal writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypedDict, Unpack

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import CommunicationItem, Project
from cpm_desktop.services import audit
from cpm_desktop.services.numbering import next_number
from cpm_desktop.services.validate import clean_name, clean_text, get_or_raise
from cpm_desktop.texts import N_, _

TEXT_LIMIT = 200  # each field is a short phrase: "Client sponsor, PMO", "Weekly"
# The short fields as a refusal names them, marked for the catalogues.
FIELD_WORDS = {
    "audience": N_("audience"),
    "channel": N_("channel"),
    "frequency": N_("frequency"),
    "owner": N_("owner"),
}


@dataclass(frozen=True, slots=True)
class CommunicationRow:
    """One line of the plan as plain values; `position` 1 is the first."""

    id: int
    position: int
    content: str  # "Weekly status report"
    audience: str
    channel: str
    frequency: str
    owner: str


class CommunicationDetails(TypedDict, total=False):
    """The fields of a line besides what is communicated; any subset may be given."""

    audience: str
    channel: str
    frequency: str
    owner: str


class CommunicationFields(CommunicationDetails, total=False):
    """Every editable field of a line, for `edit_communication`."""

    content: str


def communication_plan(session: Session, project_id: int) -> tuple[CommunicationRow, ...]:
    """The project's communication plan, in its order."""
    get_or_raise(session, Project, project_id, N_("project"))
    rows = session.scalars(
        select(CommunicationItem)
        .where(CommunicationItem.project_id == project_id)
        .order_by(CommunicationItem.position, CommunicationItem.id)
    )
    return tuple(_plain(row) for row in rows)


def add_communication(
    session: Session, project_id: int, content: str, **details: Unpack[CommunicationDetails]
) -> CommunicationRow:
    """Add a line at the end of the plan; audited."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    position = next_number(
        session, CommunicationItem.position, CommunicationItem.project_id, project.id
    )
    row = CommunicationItem(
        project_id=project.id,
        position=position,
        audience="",
        channel="",
        frequency="",
        owner="",
    )
    fields = CommunicationFields(content=content)
    fields.update(details)
    for name, value in _cleaned(fields).items():
        setattr(row, name, value)
    session.add(row)
    session.flush()
    audit.record_created(session, _subject(project, row))
    return _plain(row)


def edit_communication(
    session: Session, item_id: int, **fields: Unpack[CommunicationFields]
) -> CommunicationRow:
    """Change the fields given, each audited."""
    row = get_or_raise(session, CommunicationItem, item_id, N_("communication line"))
    subject = _subject(session.get_one(Project, row.project_id), row)
    audit.set_fields(session, row, _cleaned(fields), about=subject)
    session.flush()
    return _plain(row)


def move_communication(session: Session, item_id: int, offset: int) -> CommunicationRow:
    """Move a line `offset` places (-1 up, +1 down); refused past either end; audited."""
    row = get_or_raise(session, CommunicationItem, item_id, N_("communication line"))
    if isinstance(offset, bool) or not isinstance(offset, int) or offset == 0:
        raise ValidationError(_("A line of the plan moves up or down by a whole number of places."))
    lines = _lines(session, row.project_id)
    here = lines.index(row)
    there = here + offset
    if not 0 <= there < len(lines):
        at_end = (
            N_("“{content}” is already the first line of the plan.")
            if offset < 0
            else N_("“{content}” is already the last line of the plan.")
        )
        raise ValidationError(_(at_end).format(content=row.content))
    lines.insert(there, lines.pop(here))
    _renumber(session, lines)
    session.flush()
    return _plain(row)


def delete_communication(session: Session, item_id: int) -> None:
    """Remove a line; those after it move up a place; audited."""
    row = get_or_raise(session, CommunicationItem, item_id, N_("communication line"))
    audit.record_deleted(session, _subject(session.get_one(Project, row.project_id), row))
    rest = [line for line in _lines(session, row.project_id) if line is not row]
    session.delete(row)
    _renumber(session, rest)
    session.flush()


def _lines(session: Session, project_id: int) -> list[CommunicationItem]:
    return list(
        session.scalars(
            select(CommunicationItem)
            .where(CommunicationItem.project_id == project_id)
            .order_by(CommunicationItem.position, CommunicationItem.id)
        )
    )


def _renumber(session: Session, lines: list[CommunicationItem]) -> None:
    """Positions 1..n in the order given, each move audited."""
    for position, line in enumerate(lines, start=1):
        if line.position != position:
            subject = _subject(session.get_one(Project, line.project_id), line)
            audit.record_field(session, subject, "position", line.position, position)
            line.position = position


def _cleaned(fields: CommunicationFields) -> dict[str, str]:
    given: dict[str, object] = dict(fields)
    unknown = set(given) - set(CommunicationFields.__optional_keys__)
    if unknown:
        raise ValidationError(f"A line of the plan has no field {sorted(unknown)[0]!r}.")
    clean: dict[str, str] = {}
    for name, value in given.items():
        if name == "content":
            clean[name] = clean_name(value, N_("communication (what is sent)"))
        else:
            clean[name] = clean_text(value, FIELD_WORDS[name], TEXT_LIMIT)
    return clean


def _subject(project: Project, row: CommunicationItem) -> audit.Subject:
    label = f"{project.code} communication {row.content}"
    return audit.Subject("communication_item", row.id, project.id, label)


def _plain(row: CommunicationItem) -> CommunicationRow:
    return CommunicationRow(
        id=row.id,
        position=row.position,
        content=row.content,
        audience=row.audience,
        channel=row.channel,
        frequency=row.frequency,
        owner=row.owner,
    )
