"""What the user's change-log commands become: the undoable service calls, with their names.

A name is English in the audit trail, which keeps it when an edit is undone or redone, and in
the window's language in the Edit menu (marked in the context "Edits").
"""

from __future__ import annotations

from typing import Any, Protocol

from cpm_desktop.domain.charter import ScopeKind
from cpm_desktop.services.changes.impact import apply_schedule_impact
from cpm_desktop.services.changes.requests import (
    add_change_request,
    edit_change_request,
    set_affected_tasks,
    transition,
)
from cpm_desktop.services.changes.views import ChangeRow
from cpm_desktop.services.charter.scope import set_change_scope
from cpm_desktop.ui.changes.vocabulary import step_edit_name
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.undo import Edit, EditName, edit, named


class Added(Protocol):
    """What adding a request answers: the new request, known by its id."""

    @property
    def id(self) -> int:
        """The new request's id."""
        ...


# The name of a change to one field ("Undo Change the cost impact of CR-008"): whole names, so
# that each language words the field in its own sentence.
FIELD_EDITS = {
    "description": QT_TRANSLATE_NOOP("Edits", "Change the description of {reference}"),
    "reason": QT_TRANSLATE_NOOP("Edits", "Change the reason of {reference}"),
    "requested_by_id": QT_TRANSLATE_NOOP("Edits", "Change the requester of {reference}"),
    "raised_on": QT_TRANSLATE_NOOP("Edits", "Change the date raised of {reference}"),
    "category": QT_TRANSLATE_NOOP("Edits", "Change the category of {reference}"),
    "priority": QT_TRANSLATE_NOOP("Edits", "Change the priority of {reference}"),
    "schedule_days": QT_TRANSLATE_NOOP("Edits", "Change the schedule impact of {reference}"),
    "cost_impact": QT_TRANSLATE_NOOP("Edits", "Change the cost impact of {reference}"),
    "effort_days": QT_TRANSLATE_NOOP("Edits", "Change the effort of {reference}"),
    "scope_impact": QT_TRANSLATE_NOOP("Edits", "Change the scope impact of {reference}"),
    "change_order_value": QT_TRANSLATE_NOOP(
        "Edits", "Change the change-order value of {reference}"
    ),
}
# The fields' English names, for a step that changes several (no form does: each commits one
# field, billable aside), named "Change the cost impact and effort of CR-008".
FIELD_NAMES = {
    "description": "description",
    "reason": "reason",
    "requested_by_id": "requester",
    "raised_on": "date raised",
    "category": "category",
    "priority": "priority",
    "schedule_days": "schedule impact",
    "cost_impact": "cost impact",
    "effort_days": "effort",
    "scope_impact": "scope impact",
    "change_order_value": "change-order value",
}


def new_request(project_id: int, title: str, fields: dict[str, Any]) -> Edit[Added]:
    """Add a Draft request to the project."""
    return edit(
        QT_TRANSLATE_NOOP("Edits", "New change request"),
        add_change_request,
        project_id,
        title,
        **fields,
    )


def field_edit(row: ChangeRow, fields: dict[str, Any]) -> Edit[object]:
    """Change one field of a request (billable may bring its change-order value along)."""
    return edit(_field_edit_name(row.reference, fields), edit_change_request, row.id, **fields)


def _field_edit_name(reference: str, fields: dict[str, Any]) -> EditName:
    if "billable" in fields:
        template = (
            QT_TRANSLATE_NOOP("Edits", "Mark {reference} billable")
            if fields["billable"]
            else QT_TRANSLATE_NOOP("Edits", "Mark {reference} not billable")
        )
    elif "title" in fields:
        template = QT_TRANSLATE_NOOP("Edits", "Rename {reference}")
    elif len(fields) == 1 and next(iter(fields)) in FIELD_EDITS:
        template = FIELD_EDITS[next(iter(fields))]
    else:
        names = [FIELD_NAMES.get(name, name.replace("_", " ")) for name in fields]
        return named(
            QT_TRANSLATE_NOOP("Edits", "Change the {fields} of {reference}"),
            fields=" and ".join(names),
            reference=reference,
        )
    return named(template, reference=reference)


def step(row: ChangeRow, target: str, kwargs: dict[str, Any] | None = None) -> Edit[object]:
    """Move a request one step through the workflow (the service checks it is legal)."""
    name = step_edit_name(row.reference, row.status, target)
    return edit(name, transition, row.id, target, **(kwargs or {}))


def affected_tasks(row: ChangeRow, task_ids: list[int]) -> Edit[object]:
    """Make `task_ids` exactly the tasks the request affects."""
    name = named(
        QT_TRANSLATE_NOOP("Edits", "Change the affected tasks of {reference}"),
        reference=row.reference,
    )
    return edit(name, set_affected_tasks, row.id, task_ids)


def scope_lines(
    row: ChangeRow, adds: list[tuple[ScopeKind, str]], removes: list[int]
) -> Edit[object]:
    """Make `adds` and `removes` exactly the charter lines the request adds and removes."""
    return edit(
        named(
            QT_TRANSLATE_NOOP("Edits", "Change the scope lines of {reference}"),
            reference=row.reference,
        ),
        set_change_scope,
        row.id,
        adds=adds,
        removes=removes,
    )


def apply_impact(row: ChangeRow, *, add_task: bool) -> Edit[object]:
    """Add the approved schedule days to the plan (one step that reschedules)."""
    return edit(
        named(
            QT_TRANSLATE_NOOP("Edits", "Apply the schedule impact of {reference}"),
            reference=row.reference,
        ),
        apply_schedule_impact,
        row.id,
        add_task=add_task,
    )
