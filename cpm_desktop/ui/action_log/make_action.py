"""Make an action of the log from another record: a client feedback's follow-up or a risk's
mitigation. A small form asks who and by when; OK is one undoable edit, linked to its source."""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton, QWidget

from cpm_desktop.domain.risks import RiskKind
from cpm_desktop.services.actions.register import action_from_feedback, action_from_risk
from cpm_desktop.services.actions.views import ActionRow
from cpm_desktop.services.portfolio.views import client_contacts
from cpm_desktop.services.records.feedback import FeedbackRow
from cpm_desktop.services.risks.views import RiskRow
from cpm_desktop.ui.formatting import (
    entry_date_format,
    entry_date_text,
    parse_date,
    short_date_text,
)
from cpm_desktop.ui.icons import icon
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit
from cpm_desktop.ui.project_records.record_panel import RecordPanel
from cpm_desktop.ui.project_records.trial import refusal
from cpm_desktop.ui.undo import REFUSED, Edit, Editor, edit, named

MakeEdit = Callable[[str, dt.date | None], Edit[ActionRow]]  # (owner, due) → the edit


class MakeActionDialog(RecordDialog):
    """What the action will say (read-only), and who does it by when."""

    def __init__(
        self,
        title: str,
        text: str,
        owner: str,
        owners: Sequence[str],
        due: dt.date | None,
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, submit, parent)
        said = QLabel(html.escape(text).replace("\n", "<br>"))
        said.setObjectName("makeActionText")
        said.setWordWrap(True)
        self.owner = QComboBox()
        self.owner.setObjectName("makeActionOwner")
        self.owner.setEditable(True)
        self.owner.addItems(sorted(set(owners) - {""}, key=str.casefold))
        self.owner.setEditText(owner)
        self.due = QLineEdit(entry_date_text(due))
        self.due.setObjectName("makeActionDue")
        self.due.setPlaceholderText(
            QCoreApplication.translate(
                "MakeActionDialog", "{format}, or empty: no due date"
            ).format(format=entry_date_format().lower())
        )
        self.form.addRow(QCoreApplication.translate("MakeActionDialog", "Action"), said)
        self.form.addRow(QCoreApplication.translate("MakeActionDialog", "&Owner"), self.owner)
        self.form.addRow(QCoreApplication.translate("MakeActionDialog", "D&ue"), self.due)

    def values(self) -> dict[str, Any]:
        """The owner and the due date (ValueError for an unreadable date)."""
        text = self.due.text().strip()
        return {"owner": self.owner.currentText(), "due_on": parse_date(text) if text else None}


def feedback_action_edit(row: FeedbackRow, owner: str, due: dt.date | None) -> Edit[ActionRow]:
    """The edit making an action of a feedback entry's follow-up."""
    name = named(
        QT_TRANSLATE_NOOP("Edits", "Make an action of the feedback of {date}"),
        date=short_date_text(row.given_on),
    )
    return edit(name, action_from_feedback, row.id, owner=owner, due_on=due)


def risk_action_edit(row: RiskRow, owner: str, due: dt.date | None) -> Edit[ActionRow]:
    """The edit making an action of a risk's mitigation (an issue's resolution)."""
    return edit(
        named(
            QT_TRANSLATE_NOOP("Edits", "Make an action of {reference}'s mitigation"),
            reference=row.reference,
        ),
        action_from_risk,
        row.id,
        owner=owner,
        due_on=due,
    )


def make_from_feedback(
    parent: QWidget, editor: Editor, project_id: int, row: FeedbackRow, owners: Sequence[str]
) -> bool:
    """Ask who and by when, then make the follow-up an action; True once made."""
    title = QCoreApplication.translate(
        "MakeActionDialog", "Make an action of the feedback of {date}"
    ).format(date=short_date_text(row.given_on))
    dialog = _Asking(editor, project_id, lambda owner, due: feedback_action_edit(row, owner, due))
    return dialog.ask(parent, title, row.follow_up, owner="", owners=owners, due=None)


def make_from_risk(
    parent: QWidget, editor: Editor, project_id: int, row: RiskRow, owners: Sequence[str]
) -> bool:
    """Ask who and by when, then make the mitigation an action; True once made."""
    due = row.due_date if row.kind == RiskKind.ISSUE else None
    title = QCoreApplication.translate(
        "MakeActionDialog", "Make an action of {reference}'s mitigation"
    ).format(reference=row.reference)
    dialog = _Asking(editor, project_id, lambda owner, when: risk_action_edit(row, owner, when))
    return dialog.ask(parent, title, row.mitigation, owner=row.owner, owners=owners, due=due)


class _Asking:
    """The form's OK: try the edit, show the refusal in place, else make it one undo step."""

    def __init__(self, editor: Editor, project_id: int, make: MakeEdit) -> None:
        self.editor = editor
        self.project_id = project_id
        self.make = make
        self.made = False

    def submit(self, values: dict[str, Any]) -> str | None:
        """Make the action from the form's owner and due date; the refusal, if any."""
        step = self.make(values["owner"], values["due_on"])
        problem = refusal(self.editor.workspace, step)
        if problem is None:
            self.made = self.editor.run(self.project_id, step) is not REFUSED
        return problem

    def ask(
        self,
        parent: QWidget,
        title: str,
        text: str,
        *,
        owner: str,
        owners: Sequence[str],
        due: dt.date | None,
    ) -> bool:
        """Show the form; True once the action is made."""
        MakeActionDialog(title, text, owner, [*owners, owner], due, self.submit, parent).exec()
        return self.made


def install_feedback_command(panel: RecordPanel[FeedbackRow]) -> QPushButton:
    """Add “Make action…” to the feedback panel's bar, enabled for an entry with a follow-up."""
    button = QPushButton(
        icon("done"), QCoreApplication.translate("MakeActionDialog", "Make action…")
    )
    button.setObjectName("makeActionButton")
    button.setToolTip(
        QCoreApplication.translate(
            "MakeActionDialog", "Make the selected entry's follow-up an action of the log"
        )
    )
    panel.bar.insertWidget(3, button)  # after Add, Edit and Delete

    def follow() -> None:
        row = panel.current_row()
        button.setEnabled(row is not None and bool(row.follow_up.strip()))

    def make() -> None:
        row, pid = panel.current_row(), panel.project_id
        if row is not None and pid is not None:
            people = [p.name for p in panel.editor.workspace.run(client_contacts, pid)]
            make_from_feedback(panel, panel.editor, pid, row, people)

    panel.table.selectionModel().currentRowChanged.connect(lambda *_: follow())
    panel.proxy.modelReset.connect(follow)
    button.clicked.connect(make)
    follow()
    return button
