"""Deliverable aggregate: what the project hands the client, its acceptance criteria and the
history of its road to acceptance."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain.deliverables import DeliverableStatus
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum


class Deliverable(Base):
    """A deliverable of the project: D-001, its owner, its due date or milestone, its status.

    Its due date is the milestone's (forecast) finish when it is tied to one, else `due_on`.
    """

    __tablename__ = "deliverable"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    name: Mapped[Name]
    description: Mapped[LongText]
    owner: Mapped[ShortText]
    milestone_id: Mapped[int | None] = mapped_column(
        ForeignKey("task.id", ondelete="SET NULL"), index=True
    )
    due_on: Mapped[dt.date | None]
    status: Mapped[DeliverableStatus] = mapped_column(
        text_enum(DeliverableStatus), default=DeliverableStatus.NOT_STARTED
    )
    decided_by: Mapped[ShortText]  # who accepted or rejected it last
    decided_on: Mapped[dt.date | None]
    rejection_reasons: Mapped[LongText]  # the client's reasons, at the last rejection

    criteria: Mapped[list["AcceptanceCriterion"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="AcceptanceCriterion.position"
    )
    steps: Mapped[list["DeliverableStep"]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(DeliverableStep.changed_on, DeliverableStep.id)",
    )

    @property
    def reference(self) -> str:
        """The reference users quote: D-001, D-002 …"""
        return f"D-{self.number:03d}"


class AcceptanceCriterion(Base):
    """One line of a deliverable's acceptance checklist, ticked when the client finds it met."""

    __tablename__ = "acceptance_criterion"
    __table_args__ = (CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)

    id: Mapped[IntPk]
    deliverable_id: Mapped[int] = mapped_column(
        ForeignKey("deliverable.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    text: Mapped[str] = mapped_column(String(1_000))
    met: Mapped[bool] = mapped_column(default=False)


class DeliverableStep(Base):
    """One status change of a deliverable: from, to, who, when and why."""

    __tablename__ = "deliverable_step"

    id: Mapped[IntPk]
    deliverable_id: Mapped[int] = mapped_column(
        ForeignKey("deliverable.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[DeliverableStatus] = mapped_column(text_enum(DeliverableStatus))
    to_status: Mapped[DeliverableStatus] = mapped_column(text_enum(DeliverableStatus))
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    changed_on: Mapped[dt.date]
    comment: Mapped[LongText]
