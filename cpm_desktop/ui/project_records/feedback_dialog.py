"""FeedbackDialog: one piece of client feedback: when, who, how, the CSAT score, what we do."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.services.records.feedback import CHANNELS, FeedbackRow
from cpm_desktop.texts import _
from cpm_desktop.ui.language import QT_TRANSLATE_NOOP
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)

SCORE_LABELS = {
    1: QT_TRANSLATE_NOOP("FeedbackDialog", "Very unhappy"),
    2: QT_TRANSLATE_NOOP("FeedbackDialog", "Unhappy"),
    3: QT_TRANSLATE_NOOP("FeedbackDialog", "Neutral"),
    4: QT_TRANSLATE_NOOP("FeedbackDialog", "Happy"),
    5: QT_TRANSLATE_NOOP("FeedbackDialog", "Very happy"),
}
"""A CSAT score in words (English; shown through `score_label`)."""


def score_label(score: int) -> str:
    """A CSAT score in words, in the window's language."""
    return QCoreApplication.translate("FeedbackDialog", SCORE_LABELS[score])


def channel_text(channel: str) -> str:
    """A channel as people say it: 'site_visit' → 'Site visit' (in the language spoken)."""
    return _(channel.replace("_", " ").capitalize())


class FeedbackDialog(RecordDialog):
    """Date, contact (or nobody), channel, CSAT 1–5 (or none), comment and follow-up action."""

    def __init__(
        self,
        row: FeedbackRow | None,
        contacts: list[tuple[int, str]],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("FeedbackDialog", "Add feedback")
            if row is None
            else QCoreApplication.translate("FeedbackDialog", "Feedback of {date}").format(
                date=row.given_on.isoformat()
            )
        )
        super().__init__(title, submit, parent)
        self.given_on = date_field(row.given_on if row else dt.date.today())
        self.contact = QComboBox()
        self.contact.addItem(QCoreApplication.translate("FeedbackDialog", "— (nobody named)"), None)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        if row is not None:
            self.contact.setCurrentIndex(max(0, self.contact.findText(row.contact)))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_text(channel), channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(row.channel if row else "")))
        self.score = QComboBox()
        self.score.addItem(QCoreApplication.translate("FeedbackDialog", "— (no score)"), None)
        for score in SCORE_LABELS:
            self.score.addItem(f"{score} {score_label(score)}", score)
        self.score.setCurrentIndex(max(0, self.score.findData(row.score if row else None)))
        self.comment = text_box(
            row.comment if row else "",
            QCoreApplication.translate("FeedbackDialog", "What the client said"),
        )
        self.follow_up = text_box(
            row.follow_up if row else "",
            QCoreApplication.translate("FeedbackDialog", "What we do about it"),
            2,
        )
        self.form.addRow(QCoreApplication.translate("FeedbackDialog", "&Date"), self.given_on)
        self.form.addRow(QCoreApplication.translate("FeedbackDialog", "C&ontact"), self.contact)
        self.form.addRow(QCoreApplication.translate("FeedbackDialog", "C&hannel"), self.channel)
        self.form.addRow(QCoreApplication.translate("FeedbackDialog", "CSAT &score"), self.score)
        self.form.addRow(QCoreApplication.translate("FeedbackDialog", "Co&mment"), self.comment)
        self.form.addRow(
            QCoreApplication.translate("FeedbackDialog", "&Follow-up action"), self.follow_up
        )

    def values(self) -> dict[str, Any]:
        """The keywords of add_feedback / update_feedback (the service checks them)."""
        return {
            "given_on": picked_date(self.given_on),
            "contact_id": self.contact.currentData(),
            "channel": self.channel.currentData(),
            "score": self.score.currentData(),
            "comment": self.comment.toPlainText(),
            "follow_up": self.follow_up.toPlainText(),
        }
