"""What the charter's use cases share: the audit subject of each row, audited field changes,
and the order of a list (objectives, the lines of one kind) kept as positions 1…n."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy.orm import Session, object_session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import CharterObjective, Project, ScopeLine, SowVersion
from cpm_desktop.services import audit
from cpm_desktop.services.audit import Subject
from cpm_desktop.services.validate import clean_int
from cpm_desktop.texts import N_, _

CharterRow = CharterObjective | ScopeLine | SowVersion
Positioned = CharterObjective | ScopeLine
LABEL_TEXT = 80  # characters of a line's text in the audit trail's label


def subject(row: CharterRow) -> Subject:
    """The audit trail's name for a charter row: 'NHL-WMS objective Go live…'."""
    session = object_session(row)
    assert session is not None  # the services audit rows of their own session
    code = session.get_one(Project, row.project_id).code
    match row:
        case CharterObjective():
            label = f"{code} objective {_short(row.objective)}"
            return Subject("charter_objective", row.id, row.project_id, label)
        case ScopeLine():
            label = f"{code} {row.kind.label.lower()} {_short(row.text)}"
            return Subject("scope_line", row.id, row.project_id, label)
        case SowVersion():
            return Subject("sow_version", row.id, row.project_id, f"{code} SOW {row.version}")


def set_fields(session: Session, row: CharterRow, changes: Mapping[str, object]) -> None:
    """Set each of `changes` on `row`, auditing every field that really changes."""
    audit.set_fields(session, row, changes, about=subject(row))


def move(session: Session, siblings: Sequence[Positioned], row: Positioned, offset: int) -> None:
    """Move `row` `offset` places within `siblings` (its list in order, itself included);
    every position is renumbered 1…n, the moved row's audited."""
    steps = clean_int(offset, N_("number of places to move"), -10_000, 10_000)
    order = list(siblings)
    here = order.index(row)
    there = here + steps
    if steps == 0 or not 0 <= there < len(order):
        refusal = (
            N_("This line is already the first of its list.")
            if steps < 0
            else N_("This line is already the last of its list.")
        )
        raise ValidationError(_(refusal))
    order.insert(there, order.pop(here))
    old = row.position
    for position, sibling in enumerate(order, start=1):
        sibling.position = position
    audit.record_field(session, subject(row), "position", old, row.position)
    session.flush()


def renumber(rows: Sequence[Positioned]) -> None:
    """Positions 1…n in the given order (after a row left the list)."""
    for position, row in enumerate(rows, start=1):
        if row.position != position:
            row.position = position


def quoted(text: str) -> str:
    """A line's text in quotes for a message, shortened: “Cross-docking for…” („…“ in German)."""
    return _("“{text}”").format(text=_short(text))


def _short(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= LABEL_TEXT else text[: LABEL_TEXT - 1] + "…"
