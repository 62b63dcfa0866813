"""Service-level aggregate: the SLAs of a managed-service or support engagement and the value
measured in each period."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain.service_levels import SlaDirection, SlaPeriod
from cpm_desktop.models.base import Base, IntPk, LongText, Name
from cpm_desktop.models.enums import text_enum


class ServiceLevel(Base):
    """A named SLA: its target in a unit, which way the target points, the measurement period
    and the tolerance within which a miss is amber rather than red.

    `number` makes the reference SLA-01, unique per project.
    """

    __tablename__ = "service_level"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        CheckConstraint("tolerance >= 0", name="tolerance_not_negative"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    name: Mapped[Name]
    target: Mapped[float]
    unit: Mapped[str] = mapped_column(String(40), default="")
    direction: Mapped[SlaDirection] = mapped_column(
        text_enum(SlaDirection), default=SlaDirection.AT_LEAST
    )
    period: Mapped[SlaPeriod] = mapped_column(text_enum(SlaPeriod), default=SlaPeriod.MONTHLY)
    tolerance: Mapped[float] = mapped_column(default=0.0)
    description: Mapped[LongText]

    measures: Mapped[list["ServiceLevelMeasure"]] = relationship(
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="ServiceLevelMeasure.period_start",
    )

    @property
    def reference(self) -> str:
        """The reference users quote: SLA-01, SLA-02 …"""
        return f"SLA-{self.number:02d}"


class ServiceLevelMeasure(Base):
    """The value an SLA measured over one period (the period's first day)."""

    __tablename__ = "service_level_measure"
    __table_args__ = (UniqueConstraint("service_level_id", "period_start"),)

    id: Mapped[IntPk]
    service_level_id: Mapped[int] = mapped_column(
        ForeignKey("service_level.id", ondelete="CASCADE"), index=True
    )
    period_start: Mapped[dt.date]
    value: Mapped[float]
    note: Mapped[LongText]
