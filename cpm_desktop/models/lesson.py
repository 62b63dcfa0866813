"""Lesson aggregate: lessons learned per project, searched across the whole workspace."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, false
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base, IntPk, LongText, Name, ShortText


class Lesson(Base):
    """What happened on a project and what to do next time, tagged by category and service line."""

    __tablename__ = "lesson"
    __table_args__ = (CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(
        ForeignKey("project.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[Name]
    what_happened: Mapped[LongText]
    recommendation: Mapped[LongText]
    category: Mapped[ShortText]
    service_line: Mapped[ShortText]  # the offering it applies to, e.g. "WMS implementation"
    recorded_on: Mapped[dt.date]
    internal: Mapped[bool] = mapped_column(
        default=False, server_default=false()
    )  # never in a client export
