"""Baseline aggregate: a numbered snapshot (0..10) of a project's task dates and costs."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.models.base import Base, IntPk, ShortText, utc_now

MAX_BASELINE = 10  # MS Project keeps Baseline and Baseline1..Baseline10


class Baseline(Base):
    """One saved baseline of a project: when, by whom, and the tasks as they were."""

    __tablename__ = "baseline"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint(f"number BETWEEN 0 AND {MAX_BASELINE}", name="number_range"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    saved_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
    saved_by: Mapped[str] = mapped_column(String(100))
    note: Mapped[ShortText]

    tasks: Mapped[list["BaselineTask"]] = relationship(
        back_populates="baseline", cascade="all, delete-orphan", passive_deletes=True
    )


class BaselineTask(Base):
    """A task's start, finish, duration and budget cost when the baseline was saved."""

    __tablename__ = "baseline_task"
    __table_args__ = (
        UniqueConstraint("baseline_id", "task_id"),
        CheckConstraint("duration >= 0", name="duration_not_negative"),
        CheckConstraint("finish >= start", name="finish_after_start"),
    )

    id: Mapped[IntPk]
    baseline_id: Mapped[int] = mapped_column(ForeignKey("baseline.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    start: Mapped[dt.date]
    finish: Mapped[dt.date]
    duration: Mapped[int]
    budget_cost: Mapped[Decimal]
    work_hours: Mapped[float] = mapped_column(default=0.0, server_default="0")

    baseline: Mapped["Baseline"] = relationship(back_populates="tasks")
