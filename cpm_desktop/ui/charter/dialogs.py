"""The Charter page's forms: an objective, a line of the SOW, a SOW version, the project's
objective and description. OK tries the edit; a refusal stays in the form."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QWidget

from cpm_desktop.domain.charter import ScopeKind, objective_status
from cpm_desktop.services.charter.views import ObjectiveRow, ScopeLineRow, SowVersionRow
from cpm_desktop.ui.charter.columns import kind_text, objective_text
from cpm_desktop.ui.formatting import entry_date_format, entry_date_text, parse_date
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box

# What each kind of line is called in the Edit menu and the audit trail (English there), and
# in a form's title and its text box's hint (translated: QT_TRANSLATE_NOOP, shown translated).
NOUNS = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("RecordNouns", "in-scope line"),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP("RecordNouns", "out-of-scope line"),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("RecordNouns", "assumption"),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP("RecordNouns", "constraint"),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP("RecordNouns", "dependency"),
}
HINTS = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("CharterDialogs", "What the project delivers"),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP(
        "CharterDialogs", "What the project does not deliver"
    ),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("CharterDialogs", "What the plan takes for granted"),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP(
        "CharterDialogs", "What limits how the project may deliver"
    ),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP(
        "CharterDialogs", "What someone outside the project must deliver"
    ),
}
ADD_TITLES = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("CharterDialogs", "Add in-scope line"),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP("CharterDialogs", "Add out-of-scope line"),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("CharterDialogs", "Add assumption"),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP("CharterDialogs", "Add constraint"),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP("CharterDialogs", "Add dependency"),
}
EDIT_TITLES = {
    ScopeKind.IN_SCOPE: QT_TRANSLATE_NOOP("CharterDialogs", "Edit in-scope line"),
    ScopeKind.OUT_OF_SCOPE: QT_TRANSLATE_NOOP("CharterDialogs", "Edit out-of-scope line"),
    ScopeKind.ASSUMPTION: QT_TRANSLATE_NOOP("CharterDialogs", "Edit assumption"),
    ScopeKind.CONSTRAINT: QT_TRANSLATE_NOOP("CharterDialogs", "Edit constraint"),
    ScopeKind.DEPENDENCY: QT_TRANSLATE_NOOP("CharterDialogs", "Edit dependency"),
}
MET_CHOICES = (None, True, False)  # the order of the Met dropdown


class ObjectiveDialog(RecordDialog):
    """The objective, how it is measured, the target, the actual and whether it is met."""

    def __init__(
        self, row: ObjectiveRow | None, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CharterDialogs", "Add objective")
            if row is None
            else QCoreApplication.translate("CharterDialogs", "Edit objective"),
            submit,
            parent,
        )
        self.objective = text_box(
            row.objective if row else "",
            QCoreApplication.translate("CharterDialogs", "What the project must achieve"),
            2,
        )
        self.measure = _line(
            row.measure if row else "",
            QCoreApplication.translate("CharterDialogs", "How success is measured"),
        )
        self.target = _line(
            row.target if row else "",
            QCoreApplication.translate("CharterDialogs", "The value that counts as success"),
        )
        self.actual = _line(
            row.actual if row else "",
            QCoreApplication.translate("CharterDialogs", "As last measured (empty: not yet)"),
        )
        self.met = QComboBox()
        self.met.setObjectName("objectiveMet")
        for met in MET_CHOICES:
            self.met.addItem(objective_text(objective_status(met)), met)
        self.met.setCurrentIndex(MET_CHOICES.index(row.met if row else None))
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Objective"), self.objective)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Measure"), self.measure)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Target"), self.target)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Actual"), self.actual)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "M&et"), self.met)

    def values(self) -> dict[str, Any]:
        """The keywords of add_objective / edit_objective (the service checks them)."""
        return {
            "objective": self.objective.toPlainText(),
            "measure": self.measure.text(),
            "target": self.target.text(),
            "actual": self.actual.text(),
            "met": self.met.currentData(),
        }


class ScopeLineDialog(RecordDialog):
    """A line of the SOW: its kind, its text, who answers for it and by when."""

    def __init__(
        self,
        kind: ScopeKind,
        row: ScopeLineRow | None,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = ADD_TITLES[kind] if row is None else EDIT_TITLES[kind]
        super().__init__(QCoreApplication.translate("CharterDialogs", title), submit, parent)
        self.kind = QComboBox()
        for each in ScopeKind:
            self.kind.addItem(kind_text(each), each)
        self.kind.setCurrentIndex(list(ScopeKind).index(row.kind if row else kind))
        self.text = text_box(
            row.text if row else "", QCoreApplication.translate("CharterDialogs", HINTS[kind]), 2
        )
        self.owner = _line(
            row.owner if row else "",
            QCoreApplication.translate("CharterDialogs", "Who answers for it (optional)"),
        )
        self.due = _date_line(row.due_on if row else None)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Kind"), self.kind)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Line"), self.text)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Owner"), self.owner)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Due"), self.due)

    def values(self) -> dict[str, Any]:
        """The keywords of add_scope_line / edit_scope_line (the service checks them)."""
        return {
            "kind": self.kind.currentData(),
            "text": self.text.toPlainText(),
            "owner": self.owner.text(),
            "due_on": optional_date(self.due.text()),
        }


class SowVersionDialog(RecordDialog):
    """A version of the SOW: issued, signed by whom and when, the signed form back, a note."""

    def __init__(
        self,
        row: SowVersionRow | None,
        signers: list[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("CharterDialogs", "Add SOW version")
            if row is None
            else QCoreApplication.translate("CharterDialogs", "Edit SOW {version}").format(
                version=row.version
            )
        )
        super().__init__(title, submit, parent)
        self.version = _line(row.version if row else "", "1.0, 1.1, 2.0 …")
        self.issued = _date_line(row.issued_on if row else None)
        self.signed = _date_line(row.signed_on if row else None, signed=True)
        self.signed_by = QComboBox()
        self.signed_by.setEditable(True)
        self.signed_by.addItems(sorted(set(signers) - {""}, key=str.casefold))
        self.signed_by.setEditText(row.signed_by if row else "")
        self.received = QCheckBox(
            QCoreApplication.translate("CharterDialogs", "The signed form is back and filed")
        )
        self.received.setChecked(row.form_received if row else False)
        self.note = text_box(
            row.note if row else "",
            QCoreApplication.translate("CharterDialogs", "What this version changed"),
            2,
        )
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Version"), self.version)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Issued"), self.issued)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Signed"), self.signed)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "Signed &by"), self.signed_by)
        self.form.addRow("", self.received)
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Note"), self.note)

    def values(self) -> dict[str, Any]:
        """The keywords of add_sow_version / edit_sow_version (the service checks them)."""
        return {
            "version": self.version.text(),
            "issued_on": optional_date(self.issued.text()),
            "signed_on": optional_date(self.signed.text()),
            "signed_by": self.signed_by.currentText(),
            "form_received": self.received.isChecked(),
            "note": self.note.toPlainText(),
        }


class ProjectTextDialog(RecordDialog):
    """The charter's first lines: the project's objective and its description."""

    def __init__(
        self, objective: str, description: str, submit: Submit, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            QCoreApplication.translate("CharterDialogs", "Project objective and description"),
            submit,
            parent,
        )
        self.setMinimumWidth(640)
        self.objective = text_box(
            objective,
            QCoreApplication.translate("CharterDialogs", "What the client buys the project for"),
            3,
        )
        self.description = text_box(
            description,
            QCoreApplication.translate("CharterDialogs", "The project in a few paragraphs"),
            8,
        )
        self.form.addRow(QCoreApplication.translate("CharterDialogs", "&Objective"), self.objective)
        self.form.addRow(
            QCoreApplication.translate("CharterDialogs", "&Description"), self.description
        )

    def values(self) -> dict[str, Any]:
        """The keywords of update_project."""
        return {
            "objective": self.objective.toPlainText(),
            "description": self.description.toPlainText(),
        }


def optional_date(text: str) -> dt.date | None:
    """A typed date, or None for an empty box; ValueError names a date it cannot read."""
    return parse_date(text) if text.strip() else None


def _line(text: str, placeholder: str) -> QLineEdit:
    box = QLineEdit(text)
    box.setPlaceholderText(placeholder)
    return box


def _date_line(day: dt.date | None, *, signed: bool = False) -> QLineEdit:
    """A date to type; its hint says what an empty box means (no date, or not signed yet)."""
    box = QLineEdit(entry_date_text(day))
    hint = (
        QCoreApplication.translate("CharterDialogs", "{format}, or empty: not signed yet")
        if signed
        else QCoreApplication.translate("CharterDialogs", "{format}, or empty: no date")
    )
    box.setPlaceholderText(hint.format(format=entry_date_format().lower()))
    return box
