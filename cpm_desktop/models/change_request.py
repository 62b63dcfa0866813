"""ChangeRequest aggregate: the project's change log, its workflow history and affected tasks.

Totals, the current budget and the forecast finish are derived (services/change_views.py),
never stored; the workflow's legal steps live in services/change_workflow.py.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import ChangeCategory, ChangePriority, ChangeStatus
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum


class ChangeRequest(Base):
    """A request to change scope, schedule or cost, with its impact and the client's decision.

    `number` makes the reference CR-001, unique per project. The change-order value is what
    the client pays for a billable change; the cost impact is what it costs the project.
    """

    __tablename__ = "change_request"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("schedule_days BETWEEN 0 AND 10000", name="schedule_days_range"),
        CheckConstraint("effort_days BETWEEN 0 AND 10000", name="effort_days_range"),
        CheckConstraint("cost_impact >= 0", name="cost_impact_not_negative"),
        CheckConstraint("change_order_value >= 0", name="change_order_value_not_negative"),
        CheckConstraint(
            "decided_on IS NULL OR decided_on >= raised_on", name="decided_after_raised"
        ),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[Name]
    description: Mapped[LongText]
    reason: Mapped[LongText]
    requested_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    raised_on: Mapped[dt.date]
    category: Mapped[ChangeCategory] = mapped_column(
        text_enum(ChangeCategory), default=ChangeCategory.SCOPE
    )
    priority: Mapped[ChangePriority] = mapped_column(
        text_enum(ChangePriority), default=ChangePriority.MEDIUM
    )
    schedule_days: Mapped[int] = mapped_column(default=0)  # working days
    cost_impact: Mapped[Decimal] = mapped_column(default=Decimal(0))  # project currency
    effort_days: Mapped[int] = mapped_column(default=0)  # person-days
    scope_impact: Mapped[LongText]
    billable: Mapped[bool] = mapped_column(default=False)
    change_order_value: Mapped[Decimal] = mapped_column(default=Decimal(0))
    status: Mapped[ChangeStatus] = mapped_column(
        text_enum(ChangeStatus), default=ChangeStatus.DRAFT
    )
    decided_by: Mapped[ShortText]
    decided_on: Mapped[dt.date | None]
    decision_notes: Mapped[LongText]
    implemented_on: Mapped[dt.date | None]
    # The day the schedule impact was added to the affected tasks (once only).
    schedule_applied_on: Mapped[dt.date | None]

    transitions: Mapped[list["ChangeTransition"]] = relationship(
        back_populates="change_request",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(ChangeTransition.changed_on, ChangeTransition.id)",
    )
    task_links: Mapped[list["ChangeTask"]] = relationship(
        back_populates="change_request",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ChangeTask.id",
    )

    @property
    def reference(self) -> str:
        """The reference users quote: CR-001, CR-002 …"""
        return f"CR-{self.number:03d}"


class ChangeTransition(Base):
    """One status change of a change request: from, to, who, when and why."""

    __tablename__ = "change_transition"

    id: Mapped[IntPk]
    change_request_id: Mapped[int] = mapped_column(
        ForeignKey("change_request.id", ondelete="CASCADE"), index=True
    )
    from_status: Mapped[ChangeStatus] = mapped_column(text_enum(ChangeStatus))
    to_status: Mapped[ChangeStatus] = mapped_column(text_enum(ChangeStatus))
    changed_by: Mapped[str] = mapped_column(String(100), default="")
    changed_on: Mapped[dt.date]
    comment: Mapped[LongText]

    change_request: Mapped["ChangeRequest"] = relationship(back_populates="transitions")


class ChangeTask(Base):
    """A task a change request affects; deleting the task removes the link."""

    __tablename__ = "change_task"
    __table_args__ = (UniqueConstraint("change_request_id", "task_id"),)

    id: Mapped[IntPk]
    change_request_id: Mapped[int] = mapped_column(
        ForeignKey("change_request.id", ondelete="CASCADE")
    )
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)

    change_request: Mapped["ChangeRequest"] = relationship(back_populates="task_links")
