"""FeedbackDialog: one piece of client feedback: when, who, how, the CSAT score, what we do."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtWidgets import QComboBox, QWidget

from cpm_desktop.services.records.feedback import CHANNELS, FeedbackRow
from cpm_desktop.ui.project_records.record_dialog import (
    RecordDialog,
    Submit,
    date_field,
    picked_date,
    text_box,
)

SCORE_LABELS = {1: "Very unhappy", 2: "Unhappy", 3: "Neutral", 4: "Happy", 5: "Very happy"}


def channel_text(channel: str) -> str:
    """A channel as people say it: 'site_visit' → 'Site visit'."""
    return channel.replace("_", " ").capitalize()


class FeedbackDialog(RecordDialog):
    """Date, contact (or nobody), channel, CSAT 1–5 (or none), comment and follow-up action."""

    def __init__(
        self,
        row: FeedbackRow | None,
        contacts: list[tuple[int, str]],
        submit: Submit,
        parent: QWidget | None = None,
    ) -> None:
        title = "Add feedback" if row is None else f"Feedback of {row.given_on.isoformat()}"
        super().__init__(title, submit, parent)
        self.given_on = date_field(row.given_on if row else dt.date.today())
        self.contact = QComboBox()
        self.contact.addItem("— (nobody named)", None)
        for contact_id, name in contacts:
            self.contact.addItem(name, contact_id)
        if row is not None:
            self.contact.setCurrentIndex(max(0, self.contact.findText(row.contact)))
        self.channel = QComboBox()
        for channel in CHANNELS:
            self.channel.addItem(channel_text(channel), channel)
        self.channel.setCurrentIndex(max(0, self.channel.findData(row.channel if row else "")))
        self.score = QComboBox()
        self.score.addItem("— (no score)", None)
        for score, label in SCORE_LABELS.items():
            self.score.addItem(f"{score} {label}", score)
        self.score.setCurrentIndex(max(0, self.score.findData(row.score if row else None)))
        self.comment = text_box(row.comment if row else "", "What the client said")
        self.follow_up = text_box(row.follow_up if row else "", "What we do about it", 2)
        self.form.addRow("&Date", self.given_on)
        self.form.addRow("C&ontact", self.contact)
        self.form.addRow("C&hannel", self.channel)
        self.form.addRow("CSAT &score", self.score)
        self.form.addRow("Co&mment", self.comment)
        self.form.addRow("&Follow-up action", self.follow_up)

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
