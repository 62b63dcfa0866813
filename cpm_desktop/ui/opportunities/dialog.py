"""OpportunityDialog: follow-on work for the client: what, the need, its value, stage, next step,
who takes it on, and when and on which project it was spotted."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QWidget

from cpm_desktop.domain.opportunities import OpportunityStage
from cpm_desktop.services.opportunities.views import OpportunityRow, Pipeline
from cpm_desktop.ui.formatting import amount_entry_text, parse_money
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.opportunities.columns import stage_text
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)

NO_PROJECT = QT_TRANSLATE_NOOP("OpportunityDialog", "— (none of its projects)")
CURRENCIES = ("EUR", "CHF", "USD", "GBP")  # offered; any three-letter code may be typed


class OpportunityDialog(RecordDialog):
    """Title, need, estimated value and currency, stage, next step, handed to, spotted on."""

    def __init__(
        self,
        row: OpportunityRow | None,
        pipeline: Pipeline,
        spotted_on_project: int | None,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("OpportunityDialog", "Add opportunity — {client}")
            if row is None
            else QCoreApplication.translate("OpportunityDialog", "Edit {reference} — {client}")
        )
        reference = row.reference if row else ""
        super().__init__(title.format(reference=reference, client=pipeline.client), submit, parent)
        self.title = QLineEdit(row.title if row else "")
        self.title.setPlaceholderText(
            QCoreApplication.translate("OpportunityDialog", "The follow-on work, in a few words")
        )
        self.need = text_box(
            row.need if row else "",
            QCoreApplication.translate("OpportunityDialog", "The client's need, in their words"),
            4,
        )
        self.value = QLineEdit(
            amount_entry_text(row.estimated_value)
            if row is not None and row.estimated_value is not None
            else ""
        )
        self.value.setPlaceholderText(
            QCoreApplication.translate("OpportunityDialog", "Estimate; empty: not estimated yet")
        )
        self.currency = QComboBox()
        self.currency.setEditable(True)
        currency = row.currency if row else pipeline.currency
        self.currency.addItems(sorted({*CURRENCIES, pipeline.currency, currency}))
        self.currency.setCurrentText(currency)
        money = QHBoxLayout()
        money.addWidget(self.value, 1)
        money.addWidget(self.currency)
        self.stage = QComboBox()
        for stage in OpportunityStage:
            self.stage.addItem(stage_text(stage), stage)
        self.stage.setCurrentIndex(
            self.stage.findData(row.stage if row else OpportunityStage.SPOTTED)
        )
        self.next_step = text_box(
            row.next_step if row else "",
            QCoreApplication.translate("OpportunityDialog", "What happens next, and when"),
            2,
        )
        self.handed_to = QComboBox()
        self.handed_to.setEditable(True)
        names = {r.handed_to for r in pipeline.opportunities} - {""}
        self.handed_to.addItems(sorted(names, key=str.casefold))
        self.handed_to.setEditText(row.handed_to if row else "")
        entry = self.handed_to.lineEdit()
        if entry is not None:  # always, as the box is editable
            entry.setPlaceholderText(
                QCoreApplication.translate(
                    "OpportunityDialog", "The account manager who takes it on"
                )
            )
        self.spotted_on = date_field(row.spotted_on if row else dt.date.today())
        self.project = QComboBox()
        self.project.addItem(QCoreApplication.translate("OpportunityDialog", NO_PROJECT), None)
        for project in pipeline.projects:
            self.project.addItem(f"{project.code}  {project.name}", project.id)
        wanted = row.project_id if row else spotted_on_project
        self.project.setCurrentIndex(max(0, self.project.findData(wanted)))
        self.project.setMaximumWidth(520)  # long names elide rather than widen the dialog
        self.form.addRow(
            QCoreApplication.translate("OpportunityDialog", "&Opportunity"), self.title
        )
        self.form.addRow(QCoreApplication.translate("OpportunityDialog", "&Need"), self.need)
        value_label = QLabel(
            QCoreApplication.translate("OpportunityDialog", "Estimated &value")
        )  # a row of two fields: the label needs a buddy
        value_label.setBuddy(self.value)
        self.form.addRow(value_label, money)
        self.form.addRow(QCoreApplication.translate("OpportunityDialog", "&Stage"), self.stage)
        self.form.addRow(
            QCoreApplication.translate("OpportunityDialog", "Ne&xt step"), self.next_step
        )
        self.form.addRow(
            QCoreApplication.translate("OpportunityDialog", "&Handed to"), self.handed_to
        )
        self.form.addRow(
            QCoreApplication.translate("OpportunityDialog", "Spotted o&n"), self.spotted_on
        )
        self.form.addRow(
            QCoreApplication.translate("OpportunityDialog", "On &project"), self.project
        )

    def values(self) -> dict[str, Any]:
        """The keywords of add_opportunity / edit_opportunity (the service checks them)."""
        text = self.value.text().strip()
        return {
            "title": self.title.text(),
            "need": self.need.toPlainText(),
            "estimated_value": parse_money(text) if text else None,
            "currency": self.currency.currentText(),
            "stage": self.stage.currentData(),
            "next_step": self.next_step.toPlainText(),
            "handed_to": self.handed_to.currentText(),
            "spotted_on": picked_date(self.spotted_on),
            "project_id": self.project.currentData(),
        }
