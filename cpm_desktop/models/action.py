"""Action aggregate (the A of RAID): the project's action log and the steering meetings that
set many of its actions."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain.actions import ActionSource, ActionStatus
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum


class SteeringMeeting(Base):
    """A steering meeting held: when, who attended, what it decided (one per line)."""

    __tablename__ = "steering_meeting"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    held_on: Mapped[dt.date]
    title: Mapped[Name]
    attendees: Mapped[LongText]  # one per line
    decisions: Mapped[LongText]  # one per line
    notes: Mapped[LongText]


class ActionItem(Base):
    """An action: what, who, by when, where it came from, and when it was done.

    `number` makes the reference A-001, unique per project. The source's record (a meeting,
    a decision, a feedback entry, a risk or issue) is linked where there is one.
    """

    __tablename__ = "action_item"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[Name]
    owner: Mapped[ShortText]
    due_on: Mapped[dt.date | None]
    status: Mapped[ActionStatus] = mapped_column(text_enum(ActionStatus), default=ActionStatus.OPEN)
    source: Mapped[ActionSource] = mapped_column(
        text_enum(ActionSource), default=ActionSource.OTHER
    )
    raised_on: Mapped[dt.date]
    done_on: Mapped[dt.date | None]
    comments: Mapped[LongText]
    internal: Mapped[bool] = mapped_column(
        default=False, server_default=false()
    )  # never in a client export
    # Deleting the source record keeps the action, unlinked.
    meeting_id: Mapped[int | None] = mapped_column(
        ForeignKey("steering_meeting.id", ondelete="SET NULL"), index=True
    )
    decision_id: Mapped[int | None] = mapped_column(
        ForeignKey("decision.id", ondelete="SET NULL"), index=True
    )
    feedback_id: Mapped[int | None] = mapped_column(
        ForeignKey("feedback.id", ondelete="SET NULL"), index=True
    )
    risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk.id", ondelete="SET NULL"), index=True
    )

    @property
    def reference(self) -> str:
        """The reference users quote: A-001, A-002 …"""
        return f"A-{self.number:03d}"
