"""How a row of a returned client workbook maps onto a risk, a change request, a deliverable or
an action (the last two in governance_rows.py).

A cell holds what the client saw (a label such as "4 - High" or "Under assessment"); the
services take values (4, "under_assessment"). This module converts both ways with the export's
own label tables (client_workbook_tables.py), and applies one row's accepted values through the
services that own the rules (edit_risk, close_risk, transition, add_change_request …).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import cast

from sqlalchemy import select
from sqlalchemy.orm import Session

from cpm_desktop.domain import ChangeStatus, RiskStatus
from cpm_desktop.domain.change_workflow import NEEDS_DECISION, OPEN_FOR_IMPACT
from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ActionItem, ChangeRequest, Deliverable, Risk
from cpm_desktop.reports.excel.content import CellValue, Column, Kind, canonical_text
from cpm_desktop.reports.excel.safe_text import clean_text
from cpm_desktop.services.changes.requests import (
    ChangeDetails,
    ChangeFields,
    add_change_request,
    edit_change_request,
    transition,
)
from cpm_desktop.services.client_workbook.governance_rows import (
    apply_action,
    apply_deliverable,
    deliverable_values,
)
from cpm_desktop.services.client_workbook.governance_tables import ACTIONS, DELIVERABLES
from cpm_desktop.services.client_workbook.tables import (
    CHANGES,
    CHOICE_LABELS,
    RISKS,
    choice_value,
)
from cpm_desktop.services.risks.register import (
    RiskDetails,
    RiskFields,
    add_risk,
    close_risk,
    edit_risk,
    reopen_risk,
)
from cpm_desktop.texts import _

DECISION_FIELDS = ("decided_by", "decided_on", "decision_notes")
Entity = Risk | ChangeRequest | Deliverable | ActionItem
# Each read-back sheet's entries, and the letter of a row key: "R12" is risk 12, "D3"
# deliverable 3.
MODELS: dict[str, tuple[type[Entity], str]] = {
    RISKS: (Risk, "R"),
    CHANGES: (ChangeRequest, "C"),
    DELIVERABLES: (Deliverable, "D"),
    ACTIONS: (ActionItem, "A"),
}


def find_entity(session: Session, project_id: int, sheet: str, key: str) -> Entity | None:
    """The entry of the sheet a row key names ("R12", "C5", "D3", "A7"), if still in the project."""
    # At most 18 digits: a longer id fits no database integer (and int() of 5,000 digits fails).
    match = re.fullmatch(r"([A-Z])(\d{1,18})", key)
    model, letter = MODELS[sheet]
    if match is None or match.group(1) != letter:
        return None
    entity = cast(Entity | None, session.get(model, int(match.group(2))))
    return entity if entity is not None and entity.project_id == project_id else None


def sheet_of(entity: Entity) -> str:
    """The sheet an entry's row is on."""
    return next(sheet for sheet, (model, _) in MODELS.items() if isinstance(entity, model))


def existing_titles(session: Session, project_id: int, sheet: str) -> dict[str, str]:
    """Reference of each risk or change request by its title (case and spaces ignored)."""
    model: type[Risk | ChangeRequest] = Risk if sheet == RISKS else ChangeRequest
    rows = session.execute(select(model.title, model.number).where(model.project_id == project_id))
    prefix = "R-" if sheet == RISKS else "CR-"
    return {" ".join(title.split()).casefold(): f"{prefix}{number:03d}" for title, number in rows}


def current_texts(entity: Entity, fields: Mapping[str, Column]) -> dict[str, str]:
    """Each field of `entity` now, as the export would write it into the state sheet."""
    sheet = sheet_of(entity)
    # A deliverable's client columns are its verdict now, not fields of its own.
    values = deliverable_values(entity) if isinstance(entity, Deliverable) else {}
    texts: dict[str, str] = {}
    for name, column in fields.items():
        value = values[name] if name in values else getattr(entity, name)
        if column.kind == Kind.CHOICE and value is not None:
            value = CHOICE_LABELS[sheet][name].get(value, str(value))
        # Cleaned as the writer cleans it, so an untouched value compares equal.
        texts[name] = clean_text(canonical_text(cast(CellValue, value)))
    return texts


def service_value(sheet: str, column: Column, cell: CellValue) -> object:
    """The value a service takes for a cell of `column`: a choice label becomes its value."""
    if column.kind != Kind.CHOICE or cell is None or column.field is None:
        return cell
    try:
        return choice_value(sheet, column.field, str(cell))
    except KeyError:
        raise ValidationError(
            _("{column}: {value!r} is not one of its choices.").format(
                column=_(column.header), value=cell
            )
        ) from None


def apply_row(
    session: Session,
    entity: Entity,
    changes: dict[str, object],
    row: Mapping[str, object],
    source: str,
) -> None:
    """Apply the accepted `changes` of one row; `row` holds all the row's values (decisions)."""
    if isinstance(entity, Risk):
        _apply_risk(session, entity, dict(changes), source)
    elif isinstance(entity, ChangeRequest):
        _apply_change(session, entity, dict(changes), row, source)
    elif isinstance(entity, Deliverable):
        apply_deliverable(session, entity, changes, row)
    else:
        apply_action(session, entity, changes)


def create_row(
    session: Session, project_id: int, sheet: str, values: Mapping[str, object], source: str
) -> Entity:
    """Add the entry a new row describes (blank cells take the defaults) and return it."""
    given = {name: value for name, value in values.items() if value not in (None, "")}
    title = cast(str, given.pop("title", ""))
    if sheet == RISKS:
        risk = add_risk(session, project_id, title, **cast(RiskDetails, given))
        return session.get_one(Risk, risk.id)
    status = given.pop("status", ChangeStatus.DRAFT)
    if status not in (ChangeStatus.DRAFT, ChangeStatus.SUBMITTED):
        raise ValidationError(
            _(
                "A new change request starts as Draft (or Submitted); record its later steps in "
                "CPM Desktop once it is added."
            )
        )
    if any(name in given for name in DECISION_FIELDS):
        raise ValidationError(
            _("A new change request has no decision yet; leave those cells empty.")
        )
    cr = add_change_request(session, project_id, title, **cast(ChangeDetails, given))
    if status == ChangeStatus.SUBMITTED:
        transition(session, cr.id, ChangeStatus.SUBMITTED, comment=source)
    return session.get_one(ChangeRequest, cr.id)


def _apply_risk(session: Session, risk: Risk, changes: dict[str, object], source: str) -> None:
    status = changes.pop("status", risk.status)
    closing = status == RiskStatus.CLOSED and risk.status != RiskStatus.CLOSED
    if risk.status == RiskStatus.CLOSED and status != RiskStatus.CLOSED:
        reopen_risk(session, risk.id)
    if status not in (RiskStatus.CLOSED, risk.status):
        changes["status"] = status  # open ↔ monitoring is an edit
    if changes:
        edit_risk(session, risk.id, **cast(RiskFields, changes))
    if closing:
        close_risk(session, risk.id, note=source)


def _apply_change(
    session: Session,
    cr: ChangeRequest,
    changes: dict[str, object],
    row: Mapping[str, object],
    source: str,
) -> None:
    status = changes.pop("status", cr.status)
    decided = [name for name in DECISION_FIELDS if name in changes]
    for name in decided:
        del changes[name]  # they go with the step, taken from the row as the client filled it
    step = status != cr.status
    if decided and not (step and status in NEEDS_DECISION):
        raise ValidationError(
            _(
                "{reference}: who decided, the decision date and the notes change only with a "
                "step to Approved or Rejected."
            ).format(reference=cr.reference)
        )

    def move() -> None:
        decision = {name: row.get(name) for name in DECISION_FIELDS}
        transition(
            session,
            cr.id,
            cast(ChangeStatus, status),
            comment=source,
            decided_by=cast(str | None, decision["decided_by"]),
            decided_on=cast(dt.date | None, decision["decided_on"]),
            decision_notes=cast(str | None, decision["decision_notes"]),
        )

    # Reopened for impact (Deferred → Submitted) first, so the edited impact is allowed.
    first = step and status in OPEN_FOR_IMPACT and cr.status not in OPEN_FOR_IMPACT
    if first:
        move()
    if changes:
        edit_change_request(session, cr.id, **cast(ChangeFields, changes))
    if step and not first:
        move()
