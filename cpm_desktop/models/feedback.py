"""Feedback aggregate: the client's feedback log, with a CSAT score (1–5) where one was given."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain import FeedbackChannel
from cpm_desktop.models.base import Base, IntPk, LongText
from cpm_desktop.models.enums import text_enum


class Feedback(Base):
    """One piece of client feedback: when, from whom, how, the score, and what we do about it."""

    __tablename__ = "feedback"
    __table_args__ = (
        CheckConstraint("score IS NULL OR score BETWEEN 1 AND 5", name="score_range"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    # Deleting the contact keeps the feedback, anonymous.
    contact_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    given_on: Mapped[dt.date]
    channel: Mapped[FeedbackChannel] = mapped_column(
        text_enum(FeedbackChannel), default=FeedbackChannel.MEETING
    )
    score: Mapped[int | None]  # CSAT, 1 (very unhappy) .. 5 (very happy)
    comment: Mapped[LongText]
    follow_up: Mapped[LongText]
