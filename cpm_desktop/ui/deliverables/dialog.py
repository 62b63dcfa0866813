"""DeliverableDialog: a deliverable's name, owner, due date (a milestone's or its own),
description and acceptance checklist, one criterion per line."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from cpm_desktop.services.deliverables.views import DeliverableRow
from cpm_desktop.ui.formatting import entry_date_format, entry_date_text, parse_date
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box

OWN_DATE = QT_TRANSLATE_NOOP("DeliverableDialog", "A date of its own")
Milestone = tuple[int, str]  # task id, "3.7  Design signed off (15 Dec 2026)"


class DeliverableDialog(RecordDialog):
    """Add (row None) or edit a deliverable; OK tries the edit and stays open if refused."""

    def __init__(
        self,
        row: DeliverableRow | None,
        milestones: Sequence[Milestone],
        owners: Sequence[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("DeliverableDialog", "Add deliverable")
            if row is None
            else QCoreApplication.translate("DeliverableDialog", "Edit {reference}").format(
                reference=row.reference
            ),
            submit,
            parent,
        )
        self.name = QLineEdit(row.name if row else "")
        self.name.setObjectName("deliverableName")
        self.name.setPlaceholderText(
            QCoreApplication.translate(
                "DeliverableDialog", "What the client receives, e.g. Functional design: inbound"
            )
        )
        self.owner = QComboBox()
        self.owner.setObjectName("deliverableOwner")
        self.owner.setEditable(True)
        self.owner.addItems(sorted(set(owners) - {""}, key=str.casefold))
        self.owner.setEditText(row.owner if row else "")
        self.milestone = QComboBox()
        self.milestone.setObjectName("deliverableMilestone")
        self.milestone.addItem(QCoreApplication.translate("DeliverableDialog", OWN_DATE), None)
        for task_id, label in milestones:
            self.milestone.addItem(label, task_id)
            if row is not None and row.milestone_id == task_id:
                self.milestone.setCurrentIndex(self.milestone.count() - 1)
        self.milestone.setMaximumWidth(520)  # long names elide rather than widen the dialog
        own = row.due if row is not None and row.milestone_id is None else None
        self.due = QLineEdit(entry_date_text(own))
        self.due.setObjectName("deliverableDue")
        self.due.setPlaceholderText(
            QCoreApplication.translate(
                "DeliverableDialog", "{format}, or empty: no due date"
            ).format(format=entry_date_format().lower())
        )
        self.description = text_box(
            row.description if row else "",
            QCoreApplication.translate("DeliverableDialog", "What it holds"),
            3,
        )
        self.description.setObjectName("deliverableDescriptionBox")
        lines = "\n".join(c.text for c in row.criteria) if row else ""
        self.criteria = text_box(
            lines,
            QCoreApplication.translate(
                "DeliverableDialog", "One criterion per line, as the client will check it"
            ),
            5,
        )
        self.criteria.setObjectName("deliverableCriteria")
        self.form.addRow(QCoreApplication.translate("DeliverableDialog", "&Deliverable"), self.name)
        self.form.addRow(QCoreApplication.translate("DeliverableDialog", "&Owner"), self.owner)
        self.form.addRow(
            QCoreApplication.translate("DeliverableDialog", "Due &with"), self.milestone
        )
        self.form.addRow(QCoreApplication.translate("DeliverableDialog", "Due &on"), self.due)
        self.form.addRow(
            QCoreApplication.translate("DeliverableDialog", "D&escription"), self.description
        )
        self.form.addRow(
            QCoreApplication.translate("DeliverableDialog", "Acceptance &criteria"), self.criteria
        )
        self.milestone.currentIndexChanged.connect(self._follow_milestone)
        self._follow_milestone()

    def _follow_milestone(self, *_: object) -> None:
        """A deliverable due with a milestone takes its date: no date of its own to type."""
        self.due.setEnabled(self.milestone.currentData() is None)

    def values(self) -> dict[str, Any]:
        """The keywords of add_deliverable / update_deliverable (the service checks them)."""
        milestone = self.milestone.currentData()
        return {
            "name": self.name.text(),
            "owner": self.owner.currentText(),
            "milestone_id": milestone,
            "due_on": None if milestone is not None else _optional_date(self.due.text()),
            "description": self.description.toPlainText(),
            "criteria": self.criteria.toPlainText().splitlines(),
        }


def _optional_date(text: str) -> dt.date | None:
    return parse_date(text) if text.strip() else None
