"""Decision aggregate: the project's decision log, feeding the steering pack's decisions."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText


class Decision(Base):
    """A decision taken: what, when, by whom, why, and the change request or risk behind it.

    `number` makes the reference D-001, unique per project.
    """

    __tablename__ = "decision"
    __table_args__ = (
        UniqueConstraint("project_id", "number"),
        CheckConstraint("number >= 1", name="number_positive"),
        CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[Name]
    decided_on: Mapped[dt.date]
    decided_by: Mapped[ShortText]
    context: Mapped[LongText]
    internal: Mapped[bool] = mapped_column(
        default=False, server_default=false()
    )  # never in a client export
    # Deleting the linked request or risk keeps the decision, unlinked.
    change_request_id: Mapped[int | None] = mapped_column(
        ForeignKey("change_request.id", ondelete="SET NULL"), index=True
    )
    risk_id: Mapped[int | None] = mapped_column(
        ForeignKey("risk.id", ondelete="SET NULL"), index=True
    )

    @property
    def reference(self) -> str:
        """The reference users quote: D-001, D-002 …"""
        return f"D-{self.number:03d}"
