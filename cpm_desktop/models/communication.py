"""Communication aggregate: the project's communication plan and its escalation path."""

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText


class CommunicationItem(Base):
    """A line of the communication plan: who receives what, through which channel, how often,
    and who sends it."""

    __tablename__ = "communication_item"
    __table_args__ = (CheckConstraint("length(trim(content)) > 0", name="content_not_blank"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int]
    content: Mapped[Name]  # "Weekly status report"
    audience: Mapped[ShortText]  # "Client sponsor, PMO"
    channel: Mapped[ShortText]  # "E-mail", "Steering meeting"
    frequency: Mapped[ShortText]  # "Weekly", "Monthly"
    owner: Mapped[ShortText]


class EscalationLevel(Base):
    """A step of the escalation path: its level (1 first), who is called, and the thresholds
    that trigger it."""

    __tablename__ = "escalation_level"
    __table_args__ = (
        UniqueConstraint("project_id", "level"),
        CheckConstraint("level >= 1", name="level_positive"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    level: Mapped[int]
    supplier_contact: Mapped[ShortText]  # our side: "Delivery director, J. Smith"
    client_contact: Mapped[ShortText]  # theirs
    trigger: Mapped[LongText]  # "Slippage > 10 days or a red SLA two periods running"
