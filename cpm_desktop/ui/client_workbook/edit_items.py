"""The lines of the client-edits preview as plain objects, and the sentences that sum them up.

No widgets here: the item model (edit_model.py) shows these rows, the dialog shows the
sentences, worded in the window's language through Qt's translators (context "EditItem").
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from cpm_desktop.services.client_workbook.edits import AppliedEdits, Difference, EditPreview, NewRow
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP

# The sheets whose added rows become records: what an added row is called, and what it becomes.
NEW_ROW_FIELDS = {
    "Risks": QT_TRANSLATE_NOOP("EditItem", "New risk"),
    "Changes": QT_TRANSLATE_NOOP("EditItem", "New change request"),
}
NEW_ROW_BECOMES = {
    "Risks": QT_TRANSLATE_NOOP("EditItem", "Becomes a new risk"),
    "Changes": QT_TRANSLATE_NOOP("EditItem", "Becomes a new change request"),
}
NEW_ENTRY_FIELD = QT_TRANSLATE_NOOP("EditItem", "New entry")
NEW_ENTRY_BECOMES = QT_TRANSLATE_NOOP("EditItem", "Becomes a new entry")
VERDICT = "verdict"  # the step a deliverable's decision is recorded with
STATUS_STEP = "status step"  # the step a change request's decision is recorded with


@dataclass(frozen=True, slots=True)
class EditItem:
    """One line of the preview: a changed cell, or a row the client added."""

    id: str  # what apply_client_edits accepts
    reference: str  # "R-007"; "New" (in the window's language) for an added row
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
    step: str = STATUS_STEP  # what records it with its companion: a deliverable's VERDICT
    new_in: str | None = None  # an added row: the sheet it was added to

    @property
    def applicable(self) -> bool:
        """Whether the PM may choose it."""
        return self.problem is None

    @property
    def status(self) -> str:
        """What the PM should know about it, in a few words."""
        if self.problem is not None:
            # The problem is the service's sentence (English for now).
            return QCoreApplication.translate("EditItem", "Cannot be applied: {problem}").format(
                problem=self.problem
            )
        if self.conflict and self.current == self.exported:
            return QCoreApplication.translate(
                "EditItem", "Changed here since the export (other fields of {reference})"
            ).format(reference=self.reference)
        if self.conflict:
            return QCoreApplication.translate("EditItem", "Changed here since the export")
        if self.companion_of is not None and self.step == VERDICT:
            return QCoreApplication.translate(
                "EditItem", "Recorded with the verdict of {reference}"
            ).format(reference=self.companion_of)
        if self.companion_of is not None:
            return QCoreApplication.translate(
                "EditItem", "Recorded with the status step of {reference}"
            ).format(reference=self.companion_of)
        if self.new_in is not None:
            becomes = NEW_ROW_BECOMES.get(self.new_in, NEW_ENTRY_BECOMES)
            return QCoreApplication.translate("EditItem", becomes)
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
        step=VERDICT if d.part_of and d.part_of.endswith(".verdict") else STATUS_STEP,
    )


def _new_row(n: NewRow) -> EditItem:
    return EditItem(
        id=n.id,
        reference=QCoreApplication.translate("EditItem", "New"),
        where=f"{n.sheet} {n.row}",
        field=QCoreApplication.translate("EditItem", NEW_ROW_FIELDS.get(n.sheet, NEW_ENTRY_FIELD)),
        exported="",
        returned=" · ".join(f"{header}: {text}" for header, text in n.values),
        current="",
        conflict=False,
        problem=n.problem,
        group=n.id,
        details="\n".join(f"{header}: {text}" for header, text in n.values),
        new_in=n.sheet,
    )


# A count picks the English singular or plural source by the English rule ("1 risk", "2 risks"),
# and each is translated as it stands. Not Qt's %n plurals: pyside6-lupdate does not see the
# count argument of QCoreApplication.translate, and a translation without plural forms is only
# found for the counts of a language's first form.


def counts_line(preview: EditPreview) -> str:
    """'12 differences in 7 rows, 2 conflicts, 1 new risk, 1 cannot be applied'."""
    differences = preview.differences
    n = len(differences)
    rows = len({(d.sheet, d.row) for d in differences})
    parts = [
        QCoreApplication.translate("EditItem", "{differences} in {rows}").format(
            differences=(
                QCoreApplication.translate("EditItem", "{count} difference").format(count=n)
                if n == 1
                else QCoreApplication.translate("EditItem", "{count} differences").format(count=n)
            ),
            rows=(
                QCoreApplication.translate("EditItem", "{count} row").format(count=rows)
                if rows == 1
                else QCoreApplication.translate("EditItem", "{count} rows").format(count=rows)
            ),
        )
    ]
    conflicts = sum(d.conflict for d in differences)
    if conflicts:
        parts.append(
            QCoreApplication.translate("EditItem", "{count} conflict").format(count=conflicts)
            if conflicts == 1
            else QCoreApplication.translate("EditItem", "{count} conflicts").format(count=conflicts)
        )
    risks = sum(r.sheet == "Risks" for r in preview.new_rows)
    if risks:
        parts.append(
            QCoreApplication.translate("EditItem", "{count} new risk").format(count=risks)
            if risks == 1
            else QCoreApplication.translate("EditItem", "{count} new risks").format(count=risks)
        )
    changes = sum(r.sheet == "Changes" for r in preview.new_rows)
    if changes:
        parts.append(
            QCoreApplication.translate("EditItem", "{count} new change request").format(
                count=changes
            )
            if changes == 1
            else QCoreApplication.translate("EditItem", "{count} new change requests").format(
                count=changes
            )
        )
    refused = sum(d.problem is not None for d in differences) + sum(
        r.problem is not None for r in preview.new_rows
    )
    if refused:
        parts.append(
            QCoreApplication.translate("EditItem", "{count} cannot be applied").format(
                count=refused
            )
        )
    return ", ".join(parts)


def applied_message(result: AppliedEdits) -> str:
    """'Applied 9 edits from the client: 3 risks, 2 change requests changed, R-019 created'."""
    edits = result.fields + len(result.created)
    changed = _changed_counts(result)
    parts = []
    if changed:
        parts.append(
            QCoreApplication.translate("EditItem", "{records} changed").format(
                records=", ".join(changed)
            )
        )
    if result.created:
        parts.append(
            QCoreApplication.translate("EditItem", "{references} created").format(
                references=", ".join(result.created)
            )
        )
    text = (
        QCoreApplication.translate("EditItem", "Applied {count} edit from the client").format(
            count=edits
        )
        if edits == 1
        else QCoreApplication.translate("EditItem", "Applied {count} edits from the client").format(
            count=edits
        )
    )
    if parts:
        text = QCoreApplication.translate("EditItem", "{applied}: {what}").format(
            applied=text, what=", ".join(parts)
        )
    overridden = result.conflicts_overridden
    if overridden:
        text += QCoreApplication.translate(
            "EditItem", " ({count} over changes made here since the export)"
        ).format(count=overridden)
    return text


def _changed_counts(result: AppliedEdits) -> list[str]:
    """'3 risks', '2 change requests', '1 deliverable': the records changed, if any."""
    counts = []
    risks = result.risks_changed
    if risks:
        counts.append(
            QCoreApplication.translate("EditItem", "{count} risk").format(count=risks)
            if risks == 1
            else QCoreApplication.translate("EditItem", "{count} risks").format(count=risks)
        )
    changes = result.changes_changed
    if changes:
        counts.append(
            QCoreApplication.translate("EditItem", "{count} change request").format(count=changes)
            if changes == 1
            else QCoreApplication.translate("EditItem", "{count} change requests").format(
                count=changes
            )
        )
    deliverables = result.deliverables_changed
    if deliverables:
        counts.append(
            QCoreApplication.translate("EditItem", "{count} deliverable").format(count=deliverables)
            if deliverables == 1
            else QCoreApplication.translate("EditItem", "{count} deliverables").format(
                count=deliverables
            )
        )
    actions = result.actions_changed
    if actions:
        counts.append(
            QCoreApplication.translate("EditItem", "{count} action").format(count=actions)
            if actions == 1
            else QCoreApplication.translate("EditItem", "{count} actions").format(count=actions)
        )
    return counts


def apply_label(count: int) -> str:
    """The OK button: 'Apply 1 Edit', 'Apply 12 Edits'."""
    if count == 1:
        return QCoreApplication.translate("EditItem", "Apply {count} Edit").format(count=count)
    return QCoreApplication.translate("EditItem", "Apply {count} Edits").format(count=count)
