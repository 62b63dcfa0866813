"""Project aggregate: one client engagement with its schedule and commercial frame."""

import datetime as dt
from decimal import Decimal
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, false, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import Cadence, ContractType, ProjectStatus, Rag, Stage
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText, utc_now
from cpm_desktop.models.enums import text_enum

if TYPE_CHECKING:
    from cpm_desktop.models.calendar import Calendar
    from cpm_desktop.models.client import Client, Contact
    from cpm_desktop.models.task import Task


class Project(Base):
    """A client delivery project: code, people, dates, money and health."""

    __tablename__ = "project"
    __table_args__ = (
        UniqueConstraint("code"),
        CheckConstraint("length(trim(code)) > 0", name="code_not_blank"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("length(currency) = 3", name="currency_iso"),
        CheckConstraint("budget >= 0", name="budget_not_negative"),
        CheckConstraint("contract_value >= 0", name="contract_value_not_negative"),
        CheckConstraint(
            "status_date IS NULL OR status_date >= start_date", name="status_after_start"
        ),
        CheckConstraint("risk_amber_from BETWEEN 2 AND 25", name="risk_amber_range"),
        CheckConstraint(
            "risk_red_from > risk_amber_from AND risk_red_from <= 25", name="risk_thresholds"
        ),
    )

    id: Mapped[IntPk]
    code: Mapped[str] = mapped_column(String(20))
    name: Mapped[Name]
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="RESTRICT"), index=True)
    manager: Mapped[ShortText]
    sponsor_id: Mapped[int | None] = mapped_column(
        ForeignKey("contact.id", ondelete="SET NULL"), index=True
    )
    calendar_id: Mapped[int] = mapped_column(ForeignKey("calendar.id", ondelete="RESTRICT"))
    start_date: Mapped[dt.date]
    # Progress is reported "as of" the end of this day; None until progress is first reported.
    status_date: Mapped[dt.date | None]
    currency: Mapped[str] = mapped_column(String(3), default="EUR")
    budget: Mapped[Decimal] = mapped_column(default=Decimal(0))
    contract_value: Mapped[Decimal] = mapped_column(default=Decimal(0))
    status: Mapped[ProjectStatus] = mapped_column(
        text_enum(ProjectStatus), default=ProjectStatus.ACTIVE
    )
    # The PM's overall rating; None: not rated, the KPIs give the status (domain.overall_status).
    rag: Mapped[Rag | None] = mapped_column(text_enum(Rag), default=None)
    description: Mapped[LongText]
    # Open-book contract: the client may see cost figures; otherwise only what it pays.
    open_book: Mapped[bool] = mapped_column(default=False, server_default=false())
    # Risk scores (probability x impact, 1..25) from these on are amber, then red.
    risk_amber_from: Mapped[int] = mapped_column(default=5, server_default=text("5"))
    risk_red_from: Mapped[int] = mapped_column(default=15, server_default=text("15"))
    # What the client buys the project for, in a sentence or two (the charter's first line).
    objective: Mapped[str] = mapped_column(String(4_000), default="", server_default="")
    contract_type: Mapped[ContractType] = mapped_column(
        text_enum(ContractType),
        default=ContractType.FIXED_PRICE,
        server_default=ContractType.FIXED_PRICE.value,
    )
    cadence: Mapped[Cadence] = mapped_column(
        text_enum(Cadence), default=Cadence.WEEKLY, server_default=Cadence.WEEKLY.value
    )
    stage: Mapped[Stage] = mapped_column(
        text_enum(Stage), default=Stage.INITIATION, server_default=Stage.EXECUTION.value
    )
    # The day Close Project made it read-only; None while it runs (and again once reopened).
    closed_on: Mapped[dt.date | None]

    client: Mapped["Client"] = relationship(back_populates="projects")
    sponsor: Mapped["Contact | None"] = relationship()
    calendar: Mapped["Calendar"] = relationship()
    tasks: Mapped[list["Task"]] = relationship(
        back_populates="project", cascade="all, delete-orphan", passive_deletes=True
    )
    gates: Mapped[list["StageGate"]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="StageGate.id"
    )


class StageGate(Base):
    """A dated passage of a project into a stage, and who approved it."""

    __tablename__ = "stage_gate"

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    stage: Mapped[Stage] = mapped_column(text_enum(Stage))  # the stage entered
    passed_on: Mapped[dt.date]
    approved_by: Mapped[ShortText]
    note: Mapped[LongText]
    recorded_at: Mapped[dt.datetime] = mapped_column(default=utc_now)
