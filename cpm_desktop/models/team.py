"""Team aggregate: roles and their rate card, the resources of the workspace (people, materials,
costs), their assignments to tasks and the hours they booked."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, true
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain.team import Employer, ResourceKind
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum


class Role(Base):
    """A role of the rate card: "Solution architect", "WMS consultant"."""

    __tablename__ = "role"
    __table_args__ = (CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    description: Mapped[LongText]


class Resource(Base):
    """Someone or something a task uses: a person (work, in hours), a material (by quantity) or
    a cost (an amount). Resources are the workspace's, so one person's load spans projects.

    A person's own calendar (leave) is `calendar_id`; without one, the project's calendar
    counts.
    """

    __tablename__ = "resource"
    __table_args__ = (
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("max_units > 0", name="max_units_positive"),
    )

    id: Mapped[IntPk]
    name: Mapped[Name] = mapped_column(unique=True)
    kind: Mapped[ResourceKind] = mapped_column(text_enum(ResourceKind), default=ResourceKind.WORK)
    role_id: Mapped[int | None] = mapped_column(
        ForeignKey("role.id", ondelete="SET NULL"), index=True
    )
    employer: Mapped[Employer] = mapped_column(text_enum(Employer), default=Employer.US)
    vendor_id: Mapped[int | None] = mapped_column(
        ForeignKey("vendor.id", ondelete="SET NULL"), index=True
    )
    max_units: Mapped[float] = mapped_column(default=1.0)  # 1.0 = one full-time person
    calendar_id: Mapped[int | None] = mapped_column(
        ForeignKey("calendar.id", ondelete="SET NULL"), index=True
    )
    material_unit: Mapped[str] = mapped_column(String(40), default="")  # "m³", "licence"
    email: Mapped[ShortText]
    notes: Mapped[LongText]
    active: Mapped[bool] = mapped_column(default=True, server_default=true())


class ResourceRate(Base):
    """A dated rate: from `effective_from` on, an hour (or a unit of material) costs
    `cost_rate` and is billed at `bill_rate`, in `currency`.

    It belongs to a role (the rate card) or to one resource (an override of its role's rate).
    """

    __tablename__ = "resource_rate"
    __table_args__ = (
        CheckConstraint("(role_id IS NULL) <> (resource_id IS NULL)", name="role_or_resource"),
        CheckConstraint("cost_rate >= 0 AND bill_rate >= 0", name="rates_not_negative"),
        UniqueConstraint("role_id", "resource_id", "effective_from"),
    )

    id: Mapped[IntPk]
    role_id: Mapped[int | None] = mapped_column(
        ForeignKey("role.id", ondelete="CASCADE"), index=True
    )
    resource_id: Mapped[int | None] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), index=True
    )
    effective_from: Mapped[dt.date]
    cost_rate: Mapped[Decimal]
    bill_rate: Mapped[Decimal]
    cost_per_use: Mapped[Decimal] = mapped_column(default=Decimal(0))
    currency: Mapped[str] = mapped_column(String(3))


class Assignment(Base):
    """A resource on a task: its units (1.0 = full time; a material's quantity) and planned
    work in hours; a cost resource's amount in `cost_amount`."""

    __tablename__ = "assignment"
    __table_args__ = (
        UniqueConstraint("task_id", "resource_id"),
        CheckConstraint("units >= 0", name="units_not_negative"),
        CheckConstraint("work_hours >= 0", name="work_not_negative"),
    )

    id: Mapped[IntPk]
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), index=True
    )
    units: Mapped[float] = mapped_column(default=1.0)
    work_hours: Mapped[float] = mapped_column(default=0.0)
    cost_amount: Mapped[Decimal | None]  # a cost resource's amount on this task


class TimesheetEntry(Base):
    """Hours a resource booked on a task in one week (the week's Monday)."""

    __tablename__ = "timesheet_entry"
    __table_args__ = (
        UniqueConstraint("resource_id", "task_id", "week_start"),
        CheckConstraint("hours >= 0", name="hours_not_negative"),
    )

    id: Mapped[IntPk]
    resource_id: Mapped[int] = mapped_column(
        ForeignKey("resource.id", ondelete="CASCADE"), index=True
    )
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    week_start: Mapped[dt.date]
    hours: Mapped[float]
    billable: Mapped[bool] = mapped_column(default=True, server_default=true())
    note: Mapped[ShortText]
