"""The forms of the communication page: a line of the plan, a level of the escalation path."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from cpm_desktop.services.communication.escalation import EscalationRow
from cpm_desktop.services.communication.plan import CommunicationRow
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import RecordDialog, Submit, text_box

# Offered in the dropdowns, in the PM's language; anything may be typed.
CHANNELS = (
    QT_TRANSLATE_NOOP("CommunicationDialog", "E-mail"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Meeting"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Teams call"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Phone"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Workshop on site"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Intranet"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Wiki"),
)
FREQUENCIES = (
    QT_TRANSLATE_NOOP("CommunicationDialog", "Daily"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Weekly"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Fortnightly"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Monthly"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Quarterly"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Each release"),
    QT_TRANSLATE_NOOP("CommunicationDialog", "Ad hoc"),
)


class CommunicationDialog(RecordDialog):
    """What is sent, to whom, through which channel, how often, by whom."""

    def __init__(
        self,
        row: CommunicationRow | None,
        names: Iterable[str],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("CommunicationDialog", "Add to the communication plan")
            if row is None
            else QCoreApplication.translate("CommunicationDialog", "Edit “{content}”").format(
                content=row.content
            )
        )
        super().__init__(title, submit, parent)
        people = sorted(set(names) - {""}, key=str.casefold)
        self.content = QLineEdit(row.content if row else "")
        self.content.setPlaceholderText(
            QCoreApplication.translate(
                "CommunicationDialog", "Weekly status report, steering committee, …"
            )
        )
        self.audience = QLineEdit(row.audience if row else "")
        self.audience.setPlaceholderText(
            QCoreApplication.translate("CommunicationDialog", "Who receives it")
        )
        self.channel = _choice(_offered(CHANNELS), row.channel if row else "")
        self.frequency = _choice(_offered(FREQUENCIES), row.frequency if row else "")
        self.owner = _choice(people, row.owner if row else "")
        self.form.addRow(QCoreApplication.translate("CommunicationDialog", "&What"), self.content)
        self.form.addRow(
            QCoreApplication.translate("CommunicationDialog", "&Audience"), self.audience
        )
        self.form.addRow(
            QCoreApplication.translate("CommunicationDialog", "&Channel"), self.channel
        )
        self.form.addRow(
            QCoreApplication.translate("CommunicationDialog", "&Frequency"), self.frequency
        )
        self.form.addRow(QCoreApplication.translate("CommunicationDialog", "&Owner"), self.owner)

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
        title = (
            QCoreApplication.translate("EscalationDialog", "Add escalation level {level}").format(
                level=level
            )
            if row is None
            else QCoreApplication.translate("EscalationDialog", "Edit level {level}").format(
                level=row.level
            )
        )
        super().__init__(title, submit, parent)
        self.level = QLabel(str(level))
        self.level.setToolTip(
            QCoreApplication.translate(
                "EscalationDialog",
                "Levels are numbered in order; deleting one moves those above down",
            )
        )
        self.supplier_contact = QLineEdit(row.supplier_contact if row else "")
        self.supplier_contact.setPlaceholderText(
            QCoreApplication.translate("EscalationDialog", "Our side: role and name")
        )
        self.client_contact = _choice(
            sorted(set(client_people) - {""}, key=str.casefold), row.client_contact if row else ""
        )
        self.trigger = text_box(
            row.trigger if row else "",
            QCoreApplication.translate(
                "EscalationDialog", "The thresholds: slippage, a red SLA, budget overrun…"
            ),
            3,
        )
        self.form.addRow(QCoreApplication.translate("EscalationDialog", "Level"), self.level)
        self.form.addRow(
            QCoreApplication.translate("EscalationDialog", "&Supplier contact"),
            self.supplier_contact,
        )
        self.form.addRow(
            QCoreApplication.translate("EscalationDialog", "&Client contact"), self.client_contact
        )
        self.form.addRow(QCoreApplication.translate("EscalationDialog", "&Triggers"), self.trigger)

    def values(self) -> dict[str, Any]:
        """The keywords of add_escalation_level / edit_escalation_level."""
        return {
            "supplier_contact": self.supplier_contact.text(),
            "client_contact": self.client_contact.currentText(),
            "trigger": self.trigger.toPlainText(),
        }


def _offered(words: Iterable[str]) -> list[str]:
    """The dropdown's suggestions in the window's language."""
    return [QCoreApplication.translate("CommunicationDialog", word) for word in words]


def _choice(offered: Iterable[str], current: str) -> QComboBox:
    """An editable dropdown of suggestions, showing `current`."""
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(list(offered))
    combo.setEditText(current)
    return combo
