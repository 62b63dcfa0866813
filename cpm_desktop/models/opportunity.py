"""Opportunity aggregate: follow-on work spotted during delivery, the client's pipeline."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain.opportunities import OpportunityStage
from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText
from cpm_desktop.models.enums import text_enum


class Opportunity(Base):
    """Follow-on work for a client: the need, its estimated value, its stage and next step.

    It belongs to the client, not to the project that spotted it: it lives on after that
    project closes. `number` makes the reference O-001, unique per client.
    """

    __tablename__ = "opportunity"
    __table_args__ = (
        UniqueConstraint("client_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        CheckConstraint("estimated_value IS NULL OR estimated_value >= 0", name="value_positive"),
    )

    id: Mapped[IntPk]
    client_id: Mapped[int] = mapped_column(ForeignKey("client.id", ondelete="CASCADE"))
    # The project it was spotted on; deleting the project keeps the opportunity.
    project_id: Mapped[int | None] = mapped_column(
        ForeignKey("project.id", ondelete="SET NULL"), index=True
    )
    number: Mapped[int]
    title: Mapped[Name]
    need: Mapped[LongText]  # the client's need, in their words
    estimated_value: Mapped[Decimal | None]
    currency: Mapped[str] = mapped_column(String(3))
    stage: Mapped[OpportunityStage] = mapped_column(
        text_enum(OpportunityStage), default=OpportunityStage.SPOTTED
    )
    next_step: Mapped[LongText]
    handed_to: Mapped[ShortText]  # the account manager or sales lead who takes it on
    spotted_on: Mapped[dt.date]

    @property
    def reference(self) -> str:
        """The reference users quote: O-001, O-002 …"""
        return f"O-{self.number:03d}"
