"""Risk aggregate: the project's register of risks, issues and opportunities.

Scores, RAG, expected monetary value and trends are derived (services/risk_scoring.py), never
stored: only what the user judged is kept, plus the dated history of those judgements.
"""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import ResponseStrategy, RiskKind, RiskStatus
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum


class Risk(Base):
    """One entry of a project's register: a risk, an issue or an opportunity.

    Risks and opportunities carry probability and impact; an issue (it has happened) carries a
    severity and a due date instead. `number` makes the reference R-001, shared by every kind.
    """

    __tablename__ = "risk"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("probability BETWEEN 1 AND 5", name="probability_range"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
        CheckConstraint("severity BETWEEN 1 AND 5", name="severity_range"),
        CheckConstraint("residual_probability BETWEEN 1 AND 5", name="residual_probability_range"),
        CheckConstraint("residual_impact BETWEEN 1 AND 5", name="residual_impact_range"),
        CheckConstraint(
            "(kind = 'issue' AND severity IS NOT NULL AND probability IS NULL AND impact IS NULL"
            " AND residual_probability IS NULL AND residual_impact IS NULL)"
            " OR (kind <> 'issue' AND severity IS NULL AND due_date IS NULL"
            " AND probability IS NOT NULL AND impact IS NOT NULL)",
            name="kind_fields",
        ),
        CheckConstraint("cost_impact >= 0", name="cost_impact_not_negative"),
        CheckConstraint("schedule_impact BETWEEN 0 AND 10000", name="schedule_impact_range"),
        CheckConstraint(
            "(status = 'closed') = (closed_on IS NOT NULL)", name="closed_on_if_closed"
        ),
        CheckConstraint("closed_on IS NULL OR closed_on >= raised_on", name="closed_after_raised"),
        CheckConstraint("source_risk_id IS NULL OR source_risk_id <> id", name="not_own_source"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    kind: Mapped[RiskKind] = mapped_column(text_enum(RiskKind), default=RiskKind.RISK)
    title: Mapped[Name]
    description: Mapped[LongText]
    category: Mapped[ShortText]
    cause: Mapped[LongText]
    effect: Mapped[LongText]
    owner: Mapped[ShortText]
    probability: Mapped[int | None]
    impact: Mapped[int | None]
    severity: Mapped[int | None]
    proximity: Mapped[dt.date | None]
    due_date: Mapped[dt.date | None]
    strategy: Mapped[ResponseStrategy | None] = mapped_column(text_enum(ResponseStrategy))
    mitigation: Mapped[LongText]
    contingency: Mapped[LongText]
    trigger: Mapped[ShortText]
    cost_impact: Mapped[Decimal] = mapped_column(default=Decimal(0))
    schedule_impact: Mapped[int] = mapped_column(default=0)  # working days
    residual_probability: Mapped[int | None]
    residual_impact: Mapped[int | None]
    status: Mapped[RiskStatus] = mapped_column(text_enum(RiskStatus), default=RiskStatus.OPEN)
    raised_on: Mapped[dt.date]
    review_on: Mapped[dt.date | None]
    closed_on: Mapped[dt.date | None]
    closure_note: Mapped[LongText]
    internal: Mapped[bool] = mapped_column(
        default=False, server_default=false()
    )  # never in a client export
    # The risk an issue came from: kept when the risk occurred, so the register can show both.
    source_risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk.id", ondelete="SET NULL"), index=True
    )

    history: Mapped[list["RiskHistory"]] = relationship(
        back_populates="risk",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="(RiskHistory.changed_on, RiskHistory.id)",
    )
    task_links: Mapped[list["RiskTask"]] = relationship(
        back_populates="risk",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="RiskTask.id",
    )

    @property
    def reference(self) -> str:
        """The reference users quote: R-001, R-002 … (issues share the sequence)."""
        return f"R-{self.number:03d}"


class RiskHistory(Base):
    """The judged values of a risk from `changed_on` on: one row per dated change."""

    __tablename__ = "risk_history"
    __table_args__ = (
        CheckConstraint("probability BETWEEN 1 AND 5", name="probability_range"),
        CheckConstraint("impact BETWEEN 1 AND 5", name="impact_range"),
        CheckConstraint("severity BETWEEN 1 AND 5", name="severity_range"),
    )

    id: Mapped[IntPk]
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"), index=True)
    changed_on: Mapped[dt.date]
    probability: Mapped[int | None]
    impact: Mapped[int | None]
    severity: Mapped[int | None]
    status: Mapped[RiskStatus] = mapped_column(text_enum(RiskStatus))
    changed_by: Mapped[str] = mapped_column(String(100), default="")

    risk: Mapped["Risk"] = relationship(back_populates="history")


class RiskTask(Base):
    """A task a risk threatens (or an issue affects); deleting the task removes the link."""

    __tablename__ = "risk_task"
    __table_args__ = (UniqueConstraint("risk_id", "task_id"),)

    id: Mapped[IntPk]
    risk_id: Mapped[int] = mapped_column(ForeignKey("risk.id", ondelete="CASCADE"))
    task_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)

    risk: Mapped["Risk"] = relationship(back_populates="task_links")
