"""The forms of the communication page: a line of the plan, a level of the escalation path."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from cpm_desktop.services.communication.escalation import EscalationRow
from cpm_desktop.services.communication.plan import CommunicationRow
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box

# Offered in the dropdowns; anything may be typed.
CHANNELS = ("E-mail", "Meeting", "Teams call", "Phone", "Workshop on site", "Intranet", "Wiki")
FREQUENCIES = ("Daily", "Weekly", "Fortnightly", "Monthly", "Quarterly", "Each release", "Ad hoc")


class CommunicationDialog(RecordDialog):
    """What is sent, to whom, through which channel, how often, by whom."""

    def __init__(
        self,
        row: CommunicationRow | None,
        names: Iterable[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = "Add to the communication plan" if row is None else f"Edit “{row.content}”"
        super().__init__(title, submit, parent)
        people = sorted(set(names) - {""}, key=str.casefold)
        self.content = QLineEdit(row.content if row else "")
        self.content.setPlaceholderText("Weekly status report, steering committee, …")
        self.audience = QLineEdit(row.audience if row else "")
        self.audience.setPlaceholderText("Who receives it")
        self.channel = _choice(CHANNELS, row.channel if row else "")
        self.frequency = _choice(FREQUENCIES, row.frequency if row else "")
        self.owner = _choice(people, row.owner if row else "")
        self.form.addRow("&What", self.content)
        self.form.addRow("&Audience", self.audience)
        self.form.addRow("&Channel", self.channel)
        self.form.addRow("&Frequency", self.frequency)
        self.form.addRow("&Owner", self.owner)

    def values(self) -> dict[str, Any]:
        """The keywords of add_communication / edit_communication (the service checks them)."""
        return {
            "content": self.content.text(),
            "audience": self.audience.text(),
            "channel": self.channel.currentText(),
            "frequency": self.frequency.currentText(),
            "owner": self.owner.currentText(),
        }


class EscalationDialog(RecordDialog):
    """Who is called at this level on either side, and what triggers it."""

    def __init__(
        self,
        row: EscalationRow | None,
        level: int,
        client_people: Iterable[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = f"Add escalation level {level}" if row is None else f"Edit level {row.level}"
        super().__init__(title, submit, parent)
        self.level = QLabel(str(level))
        self.level.setToolTip("Levels are numbered in order; deleting one moves those above down")
        self.supplier_contact = QLineEdit(row.supplier_contact if row else "")
        self.supplier_contact.setPlaceholderText("Our side: role and name")
        self.client_contact = _choice(
            sorted(set(client_people) - {""}, key=str.casefold), row.client_contact if row else ""
        )
        self.trigger = text_box(
            row.trigger if row else "", "The thresholds: slippage, a red SLA, budget overrun…", 3
        )
        self.form.addRow("Level", self.level)
        self.form.addRow("&Supplier contact", self.supplier_contact)
        self.form.addRow("&Client contact", self.client_contact)
        self.form.addRow("&Triggers", self.trigger)

    def values(self) -> dict[str, Any]:
        """The keywords of add_escalation_level / edit_escalation_level."""
        return {
            "supplier_contact": self.supplier_contact.text(),
            "client_contact": self.client_contact.currentText(),
            "trigger": self.trigger.toPlainText(),
        }


def _choice(offered: Iterable[str], current: str) -> QComboBox:
    """An editable dropdown of suggestions, showing `current`."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(offered))
    combo.setEditText(current)
    return combo
