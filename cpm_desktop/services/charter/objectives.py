"""Use cases for the charter's objectives: add, edit (record the actual and whether it is met),
delete and reorder. Each is validated and audited; a refusal writes nothing."""

from __future__ import annotations

from typing import TypedDict, Unpack

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import CharterObjective, Project
from cpm_desktop.services import audit
from cpm_desktop.services.charter import rows
from cpm_desktop.services.charter.views import ObjectiveRow, objective_row
from cpm_desktop.services.validate import clean_flag, clean_name, clean_text, get_or_raise
from cpm_desktop.texts import N_, _

OBJECTIVE_LIMIT = 1_000
FIELD_LIMIT = 200
# The short fields as a refusal names them, marked for the catalogues.
FIELD_WORDS = {"measure": N_("measure"), "target": N_("target"), "actual": N_("actual")}
MOST_OBJECTIVES = 100  # a charter with more reads as a task list


class ObjectiveDetails(TypedDict, total=False):
    """An objective's success criterion; any subset may be given."""

    measure: str  # how success is measured: "Pick accuracy"
    target: str  # "≥ 99.5 %"
    actual: str  # as last measured: "99.7 %"
    met: bool | None  # None: not measured yet


class ObjectiveFields(ObjectiveDetails, total=False):
    """Every editable field of an objective, for `edit_objective`."""

    objective: str


def add_objective(
    session: Session, project_id: int, objective: str, **details: Unpack[ObjectiveDetails]
) -> ObjectiveRow:
    """Add an objective at the end of the project's list."""
    project = get_or_raise(session, Project, project_id, N_("project"))
    count = session.scalar(
        select(func.count(CharterObjective.id)).where(CharterObjective.project_id == project.id)
    )
    if (count or 0) >= MOST_OBJECTIVES:
        raise ValidationError(
            _("A charter holds at most {count} objectives.").format(count=MOST_OBJECTIVES)
        )
    fields = ObjectiveFields(objective=objective)
    fields.update(details)
    row = CharterObjective(
        project_id=project.id,
        position=(count or 0) + 1,
        objective="",
        measure="",
        target="",
        actual="",
        met=None,
    )
    for name, value in _cleaned(fields).items():
        setattr(row, name, value)
    _check(row)
    session.add(row)
    session.flush()
    audit.record_created(session, rows.subject(row))
    return objective_row(row)


def edit_objective(
    session: Session, objective_id: int, **fields: Unpack[ObjectiveFields]
) -> ObjectiveRow:
    """Change the fields given, each audited."""
    row = get_or_raise(session, CharterObjective, objective_id, N_("objective"))
    rows.set_fields(session, row, _cleaned(fields))
    _check(row)
    session.flush()
    return objective_row(row)


def delete_objective(session: Session, objective_id: int) -> None:
    """Remove an objective; the others close up; audited."""
    row = get_or_raise(session, CharterObjective, objective_id, N_("objective"))
    audit.record_deleted(session, rows.subject(row))
    rest = [o for o in _siblings(session, row.project_id) if o.id != row.id]
    session.delete(row)
    session.flush()
    rows.renumber(rest)
    session.flush()


def move_objective(session: Session, objective_id: int, offset: int) -> ObjectiveRow:
    """Move an objective `offset` places up (negative) or down the list; audited."""
    row = get_or_raise(session, CharterObjective, objective_id, N_("objective"))
    rows.move(session, _siblings(session, row.project_id), row, offset)
    return objective_row(row)


def _siblings(session: Session, project_id: int) -> list[CharterObjective]:
    return list(
        session.scalars(
            select(CharterObjective)
            .where(CharterObjective.project_id == project_id)
            .order_by(CharterObjective.position, CharterObjective.id)
        )
    )


def _check(row: CharterObjective) -> None:
    """Met or not met is a verdict on a measurement: the actual comes first."""
    if row.met is not None and not row.actual:
        refusal = (
            N_("Record the actual value before marking the objective met.")
            if row.met
            else N_("Record the actual value before marking the objective not met.")
        )
        raise ValidationError(_(refusal))


def _cleaned(fields: ObjectiveFields) -> dict[str, object]:
    cleaned: dict[str, object] = {}
    for name, value in fields.items():
        if name == "objective":
            cleaned[name] = clean_name(value, N_("objective"), OBJECTIVE_LIMIT)
        elif name == "met":
            cleaned[name] = None if value is None else clean_flag(value, N_("met flag"))
        elif name in ("measure", "target", "actual"):
            cleaned[name] = " ".join(clean_text(value, FIELD_WORDS[name], FIELD_LIMIT).split())
        else:
            raise ValidationError(f"An objective has no field {name!r}.")
    return cleaned
