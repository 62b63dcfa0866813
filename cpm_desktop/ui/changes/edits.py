"""What the user's change-log commands become: the undoable service calls, with their names.

The names stay English whatever the window's language: the audit trail keeps them when an edit
is undone or redone.
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
from cpm_desktop.ui.changes.vocabulary import step_undo_text
from cpm_desktop.ui.undo import Edit, edit


class Added(Protocol):
    """What adding a request answers: the new request, known by its id."""

    @property
    def id(self) -> int:
        """The new request's id."""
        ...


# How a field is named in the Edit menu ("Undo Change the cost impact of CR-008").
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
    return edit("New change request", add_change_request, project_id, title, **fields)


def field_edit(row: ChangeRow, fields: dict[str, Any]) -> Edit[object]:
    """Change one field of a request (billable may bring its change-order value along)."""
    ref = row.reference
    if "billable" in fields:
        text = f"Mark {ref} billable" if fields["billable"] else f"Mark {ref} not billable"
    elif "title" in fields:
        text = f"Rename {ref}"
    else:
        names = [FIELD_NAMES.get(name, name.replace("_", " ")) for name in fields]
        text = f"Change the {' and '.join(names)} of {ref}"
    return edit(text, edit_change_request, row.id, **fields)


def step(row: ChangeRow, target: str, kwargs: dict[str, Any] | None = None) -> Edit[object]:
    """Move a request one step through the workflow (the service checks it is legal)."""
    text = step_undo_text(row.reference, row.status, target)
    return edit(text, transition, row.id, target, **(kwargs or {}))


def affected_tasks(row: ChangeRow, task_ids: list[int]) -> Edit[object]:
    """Make `task_ids` exactly the tasks the request affects."""
    return edit(
        f"Change the affected tasks of {row.reference}", set_affected_tasks, row.id, task_ids
    )


def scope_lines(
    row: ChangeRow, adds: list[tuple[ScopeKind, str]], removes: list[int]
) -> Edit[object]:
    """Make `adds` and `removes` exactly the charter lines the request adds and removes."""
    return edit(
        f"Change the scope lines of {row.reference}",
        set_change_scope,
        row.id,
        adds=adds,
        removes=removes,
    )


def apply_impact(row: ChangeRow, *, add_task: bool) -> Edit[object]:
    """Add the approved schedule days to the plan (one step that reschedules)."""
    return edit(
        f"Apply the schedule impact of {row.reference}",
        apply_schedule_impact,
        row.id,
        add_task=add_task,
    )
