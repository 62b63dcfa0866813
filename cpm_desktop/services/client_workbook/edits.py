"""Re-import the client's edits from a returned client workbook: preview first, then apply.

`preview_client_edits` lists every cell the client changed (row, field, exported → returned,
and the workspace's value now) and every row the client added, and writes nothing.
`apply_client_edits` applies the differences and new rows the PM accepted, in one transaction,
through the services that own the rules; run through `Workspace.run_recorded` it is one
undoable step. A row that also changed in the workspace since the export is a conflict: it may
be applied, but only because the PM chose it.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from cpm_desktop.errors import ValidationError
from cpm_desktop.models import ActionItem
from cpm_desktop.services import audit
from cpm_desktop.services.client_workbook.edit_plan import (
    Difference,
    EditPreview,
    NewRow,
    plan_edits,
)
from cpm_desktop.services.client_workbook.edit_rows import (
    CHANGES,
    RISKS,
    Entity,
    apply_row,
    create_row,
)
from cpm_desktop.services.client_workbook.governance_rows import action_subject
from cpm_desktop.services.client_workbook.governance_tables import ACTIONS, DELIVERABLES
from cpm_desktop.services.client_workbook.tables import READ_BACK_LAYOUTS
from cpm_desktop.texts import _, pgettext

__all__ = [
    "AppliedEdits",
    "Difference",
    "EditPreview",
    "NewRow",
    "apply_client_edits",
    "preview_client_edits",
]

P = ParamSpec("P")
T = TypeVar("T")

if TYPE_CHECKING:  # the read-back loads openpyxl: the window needs it only to read a file
    from cpm_desktop.reports.excel.read_back import ReturnedRow


@dataclass(frozen=True, slots=True)
class AppliedEdits:
    """What `apply_client_edits` changed."""

    risks_changed: int
    changes_changed: int  # change requests
    created: tuple[str, ...]  # references of the new risks and change requests
    fields: int  # differences applied
    conflicts_overridden: int
    deliverables_changed: int = 0  # given the client's verdict
    actions_changed: int = 0


def preview_client_edits(session: Session, path: Path) -> EditPreview:
    """Read `path` and list what accepting it would change; nothing is written."""
    return plan_edits(session, path, trial=True).preview


def apply_client_edits(session: Session, path: Path, accepted: Collection[str]) -> AppliedEdits:
    """Apply the `accepted` ids of a fresh preview of `path`, in the caller's one transaction."""
    # No trial runs here: applying for real is the trial, and a refusal undoes it all.
    plan = plan_edits(session, path, trial=False)
    wanted = _check_accepted(plan.preview, set(accepted))
    source = f"From the client workbook {path.name}"
    counts = dict.fromkeys(READ_BACK_LAYOUTS, 0)
    fields = overridden = 0
    for row in plan.rows:
        chosen = [d for d in row.differences if d.id in wanted]
        if not chosen:
            continue
        changes = {d.field: row.values[d.field] for d in chosen}
        _in_row(row.source, apply_row, session, row.entity, changes, row.values, source)
        _record(session, plan.preview.project_id, row.entity, row.source, source)
        counts[row.source.sheet] += 1
        fields += len(chosen)
        overridden += sum(d.conflict for d in chosen)
    created: list[str] = []
    for ident, (returned, values) in plan.new.items():
        if ident in wanted:
            entry = _in_row(
                returned,
                create_row,
                session,
                plan.preview.project_id,
                returned.sheet,
                values,
                source,
            )
            _record(session, plan.preview.project_id, entry, returned, source)
            created.append(entry.reference)
    return AppliedEdits(
        counts[RISKS],
        counts[CHANGES],
        tuple(created),
        fields,
        overridden,
        deliverables_changed=counts[DELIVERABLES],
        actions_changed=counts[ACTIONS],
    )


def _check_accepted(preview: EditPreview, accepted: set[str]) -> set[str]:
    """The accepted ids with the decision fields of each accepted status step; refuse the rest."""
    differences = {d.id: d for d in preview.differences}
    new_rows = {n.id: n for n in preview.new_rows}
    unknown = sorted(accepted - differences.keys() - new_rows.keys())
    if unknown:
        raise ValidationError(
            _("{file} has no edit {edits}; preview it again and choose from its list.").format(
                file=preview.path.name, edits=", ".join(unknown)
            )
        )
    # Who decided, when and why are recorded by the status step itself, so they come with it.
    wanted = accepted | {d.id for d in preview.differences if d.part_of in accepted}
    for ident in sorted(wanted):
        item: Difference | NewRow = differences.get(ident) or new_rows[ident]
        if item.problem:
            raise ValidationError(
                _("{edit} cannot be applied: {problem}").format(edit=ident, problem=item.problem)
            )
        part_of = item.part_of if isinstance(item, Difference) else None
        if part_of is not None and part_of not in wanted:
            raise ValidationError(
                _(
                    "{edit} is recorded by the status step {step}; accept that step to apply it."
                ).format(edit=ident, step=part_of)
            )
    return wanted


def _in_row(returned: ReturnedRow, action: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    """Run `action`; a refusal names the row it came from (and undoes the whole apply)."""
    try:
        return action(*args, **kwargs)
    except ValidationError as exc:
        raise ValidationError(
            _("{sheet} row {row}: {problem}").format(
                sheet=pgettext("sheet", returned.sheet), row=returned.row, problem=exc
            )
        ) from exc


def _record(
    session: Session, project_id: int, entity: Entity, returned: ReturnedRow, source: str
) -> None:
    """Say in the audit trail that the row's changes came from the client's workbook."""
    about = action_subject(session, entity) if isinstance(entity, ActionItem) else entity
    audit.record(session, about, "import", new=f"{source}, {returned.sheet} row {returned.row}")
