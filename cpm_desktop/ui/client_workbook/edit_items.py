"""The lines of the client-edits preview as plain objects, and the sentences that sum them up.

No Qt here: the item model (edit_model.py) shows these rows, the dialog shows the sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

from cpm_desktop.services.client_workbook.edits import AppliedEdits, Difference, EditPreview, NewRow

KIND_OF_SHEET = {"Risks": "risk", "Changes": "change request"}
NEW = "New"  # the reference shown for a row the client added


@dataclass(frozen=True, slots=True)
class EditItem:
    """One line of the preview: a changed cell, or a row the client added."""

    id: str  # what apply_client_edits accepts
    reference: str  # "R-007"; "New" for an added row
    where: str  # "Risks 10": the sheet and the row number Excel shows
    field: str  # the column header; "New risk" for an added row
    exported: str
    returned: str  # an added row: its cells, "Header: value" joined
    current: str  # the workspace's value now; "" unless the row is a conflict
    conflict: bool
    problem: str | None
    group: str  # items sharing a group are accepted together (a step and its decision)
    companion_of: str | None = None  # the reference of the status step this decides with
    details: str = ""  # the added row's cells, one a line (its tooltip)
    step: str = "status step"  # what records it with its companion: a deliverable's "verdict"

    @property
    def applicable(self) -> bool:
        """Whether the PM may choose it."""
        return self.problem is None

    @property
    def status(self) -> str:
        """What the PM should know about it, in a few words."""
        if self.problem is not None:
            return f"Cannot be applied: {self.problem}"
        if self.conflict and self.current == self.exported:
            return f"Changed here since the export (other fields of {self.reference})"
        if self.conflict:
            return "Changed here since the export"
        if self.companion_of is not None:
            return f"Recorded with the {self.step} of {self.companion_of}"
        if self.reference == NEW:
            return f"Becomes a {self.field.lower()}"
        return ""


def edit_items(preview: EditPreview) -> list[EditItem]:
    """The preview's differences in sheet order, then the rows the client added."""
    return [*map(_difference, preview.differences), *map(_new_row, preview.new_rows)]


def _difference(d: Difference) -> EditItem:
    return EditItem(
        id=d.id,
        reference=d.reference,
        where=f"{d.sheet} {d.row}",
        field=d.label,
        exported=d.exported,
        returned=d.returned,
        current=d.current if d.conflict else "",
        conflict=d.conflict,
        problem=d.problem,
        group=d.part_of or d.id,
        companion_of=d.reference if d.part_of else None,
        step="verdict" if d.part_of and d.part_of.endswith(".verdict") else "status step",
    )


def _new_row(n: NewRow) -> EditItem:
    kind = KIND_OF_SHEET.get(n.sheet, "entry")
    return EditItem(
        id=n.id,
        reference=NEW,
        where=f"{n.sheet} {n.row}",
        field=f"New {kind}",
        exported="",
        returned=" · ".join(f"{header}: {text}" for header, text in n.values),
        current="",
        conflict=False,
        problem=n.problem,
        group=n.id,
        details="\n".join(f"{header}: {text}" for header, text in n.values),
    )


def counts_line(preview: EditPreview) -> str:
    """'12 differences in 7 rows, 2 conflicts, 1 new risk, 1 cannot be applied'."""
    differences = preview.differences
    rows = {(d.sheet, d.row) for d in differences}
    parts = [f"{_count(len(differences), 'difference')} in {_count(len(rows), 'row')}"]
    conflicts = sum(d.conflict for d in differences)
    if conflicts:
        parts.append(_count(conflicts, "conflict"))
    for sheet, kind in KIND_OF_SHEET.items():
        added = sum(n.sheet == sheet for n in preview.new_rows)
        if added:
            parts.append(_count(added, f"new {kind}"))
    refused = sum(d.problem is not None for d in differences) + sum(
        n.problem is not None for n in preview.new_rows
    )
    if refused:
        parts.append(f"{refused} cannot be applied")
    return ", ".join(parts)


def applied_message(result: AppliedEdits) -> str:
    """'Applied 9 edits from the client: 3 risks, 2 change requests changed, R-019 created'."""
    edits = result.fields + len(result.created)
    changed = [
        _count(n, kind)
        for n, kind in (
            (result.risks_changed, "risk"),
            (result.changes_changed, "change request"),
            (result.deliverables_changed, "deliverable"),
            (result.actions_changed, "action"),
        )
        if n
    ]
    parts = []
    if changed:
        parts.append(f"{', '.join(changed)} changed")
    if result.created:
        parts.append(f"{', '.join(result.created)} created")
    text = f"Applied {_count(edits, 'edit')} from the client"
    text += f": {', '.join(parts)}" if parts else ""
    if result.conflicts_overridden:
        text += f" ({result.conflicts_overridden} over changes made here since the export)"
    return text


def apply_label(count: int) -> str:
    """The OK button: 'Apply 1 Edit', 'Apply 12 Edits'."""
    return f"Apply {count} Edit{'' if count == 1 else 's'}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
