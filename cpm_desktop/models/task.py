"""Task aggregate: the WBS outline of a project and each task's plan, progress and cost."""

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import ConstraintType
from cpm_desktop.domain.team import TaskType
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum

if TYPE_CHECKING:
    from cpm_desktop.models.project import Project


class Task(Base):
    """A WBS element: a work package, a milestone, or a summary of its children.

    `start` and `finish` (and a summary's `duration`) are written only by the scheduler; total
    slack and the critical flag are not stored (every task's moves with the project finish),
    but read from the engine's run (services/plan/schedule.compute_schedule).
    """

    __tablename__ = "task"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("duration >= 0", name="duration_not_negative"),
        CheckConstraint("percent_complete BETWEEN 0 AND 100", name="percent_complete_range"),
        CheckConstraint("NOT is_milestone OR duration = 0", name="milestone_zero_duration"),
        CheckConstraint("position >= 0", name="position_not_negative"),
        CheckConstraint(
            "actual_finish IS NULL OR (actual_start IS NOT NULL AND actual_finish >= actual_start)",
            name="actual_finish_after_start",
        ),
        CheckConstraint(
            "(constraint_type IN ('ASAP', 'ALAP')) = (constraint_date IS NULL)",
            name="constraint_date_matches_type",
        ),
        CheckConstraint("budget_cost >= 0", name="budget_cost_not_negative"),
        CheckConstraint("actual_cost >= 0", name="actual_cost_not_negative"),
        CheckConstraint("fixed_cost >= 0", name="fixed_cost_not_negative"),
        CheckConstraint("leveling_delay >= 0", name="leveling_delay_not_negative"),
        CheckConstraint("priority BETWEEN 0 AND 1000", name="priority_range"),
        Index("ix_task_project_id_parent_id_position", "project_id", "parent_id", "position"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    name: Mapped[Name]
    duration: Mapped[int] = mapped_column(default=1)
    is_milestone: Mapped[bool] = mapped_column(default=False)
    constraint_type: Mapped[ConstraintType] = mapped_column(
        text_enum(ConstraintType), default=ConstraintType.ASAP
    )
    constraint_date: Mapped[dt.date | None]
    percent_complete: Mapped[int] = mapped_column(default=0)
    actual_start: Mapped[dt.date | None]
    actual_finish: Mapped[dt.date | None]
    budget_cost: Mapped[Decimal] = mapped_column(default=Decimal(0))
    actual_cost: Mapped[Decimal] = mapped_column(default=Decimal(0))
    owner: Mapped[ShortText]
    notes: Mapped[LongText]
    start: Mapped[dt.date | None]
    finish: Mapped[dt.date | None]
    # How assignments change the task (MS Project's task type and effort-driven flag), its cost
    # besides its resources', and what levelling may do to it.
    task_type: Mapped[TaskType] = mapped_column(
        text_enum(TaskType), default=TaskType.FIXED_UNITS, server_default=TaskType.FIXED_UNITS
    )
    effort_driven: Mapped[bool] = mapped_column(default=False, server_default=false())
    fixed_cost: Mapped[Decimal] = mapped_column(default=Decimal(0), server_default="0")
    leveling_delay: Mapped[int] = mapped_column(default=0, server_default="0")  # working days
    priority: Mapped[int] = mapped_column(default=500, server_default="500")  # 0..1000

    project: Mapped["Project"] = relationship(back_populates="tasks")
    parent: Mapped["Task | None"] = relationship(back_populates="children", remote_side="Task.id")
    children: Mapped[list["Task"]] = relationship(
        back_populates="parent", order_by="Task.position", passive_deletes=True
    )

    @property
    def is_summary(self) -> bool:
        """A task with children is a summary; its dates roll up from them."""
        return bool(self.children)
