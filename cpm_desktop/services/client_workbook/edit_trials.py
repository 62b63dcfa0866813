"""Trying a preview's edits through the services, in savepoints that are always rolled back.

The services own the rules (workflow steps, decision fields, an issue's severity …); trying an
edit is the only way to know, without copying those rules, whether it would be refused. A row's
edits are tried together first; only if that fails is each status step or field tried alone,
so the problem lands on the edit that causes it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING

from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from cpm_desktop.errors import CpmError
from cpm_desktop.services.client_workbook.edit_rows import Entity, apply_row, create_row
from cpm_desktop.texts import _

if TYPE_CHECKING:
    from cpm_desktop.services.client_workbook.edit_plan import Difference, NewRow


def try_row(
    session: Session,
    entity: Entity,
    differences: list[Difference],
    values: Mapping[str, object],
    source: str,
) -> list[str]:
    """Mark the `differences` the services refuse, in place; a note if only all together fail."""
    ready = [d for d in differences if d.problem is None]
    steps = [d for d in ready if d.part_of is None]  # a decision field goes with its step
    if not steps:
        return []
    refusal = _trial(session, _applying(session, entity, ready, values, source))
    if refusal is None:
        return []
    found = False
    for difference in steps:
        together = [d for d in ready if d is difference or d.part_of == difference.id]
        problem = _trial(session, _applying(session, entity, together, values, source))
        if problem is None:
            continue
        found = True
        for at, other in enumerate(differences):
            if other in together:
                differences[at] = dataclasses.replace(other, problem=problem)
    if found:
        return []
    # Each edit is fine alone but not all of them together: say so, and let the PM choose.
    return [
        _("{reference}: its edits cannot all be applied together: {refusal}").format(
            reference=entity.reference, refusal=refusal
        )
    ]


def try_new(
    session: Session, project_id: int, new_row: NewRow, values: Mapping[str, object], source: str
) -> NewRow:
    """`new_row` with the problem the services would refuse it for, if any."""
    if new_row.problem is not None:
        return new_row
    problem = _trial(
        session, lambda: create_row(session, project_id, new_row.sheet, values, source)
    )
    return dataclasses.replace(new_row, problem=problem)


def _applying(
    session: Session,
    entity: Entity,
    differences: list[Difference],
    values: Mapping[str, object],
    source: str,
) -> Callable[[], object]:
    changes = {d.field: values[d.field] for d in differences}
    return lambda: apply_row(session, entity, changes, values, source)


def _trial(session: Session, action: Callable[[], object]) -> str | None:
    """Run `action` in a savepoint that is always rolled back; the refusal's message, if any."""
    savepoint = session.begin_nested()
    try:
        action()
        session.flush()
    except CpmError as exc:
        return str(exc)
    except IntegrityError:  # a database rule no service checks first; should not happen
        return "The workspace refuses this combination of values."
    finally:
        savepoint.rollback()
    return None
