"""Dependency aggregate: a link between two tasks of the same project."""

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.domain import LinkType
from cpm_desktop.models.base import Base, IntPk
from cpm_desktop.models.enums import text_enum

if TYPE_CHECKING:
    from cpm_desktop.models.task import Task


class Dependency(Base):
    """Predecessor → successor with a link type and a lag in working days (negative = lead)."""

    __tablename__ = "dependency"
    __table_args__ = (
        UniqueConstraint("predecessor_id", "successor_id"),
        CheckConstraint("predecessor_id <> successor_id", name="no_self_link"),
        CheckConstraint("lag BETWEEN -10000 AND 10000", name="lag_range"),
    )

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    predecessor_id: Mapped[int] = mapped_column(
        ForeignKey("task.id", ondelete="CASCADE"), index=True
    )
    successor_id: Mapped[int] = mapped_column(ForeignKey("task.id", ondelete="CASCADE"), index=True)
    type: Mapped[LinkType] = mapped_column(text_enum(LinkType), default=LinkType.FS)
    lag: Mapped[int] = mapped_column(default=0)

    predecessor: Mapped["Task"] = relationship(foreign_keys=[predecessor_id])
    successor: Mapped["Task"] = relationship(foreign_keys=[successor_id])
