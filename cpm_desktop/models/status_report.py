"""StatusReport aggregate: the PM's commentary and section RAGs for one status date.

The pack's executive summary reads it; a RAG left empty (NULL) is derived from the schedule,
budget, change log or risk register when the pack is built.
"""

import datetime as dt

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.domain import Rag
from cpm_desktop.models.base import Base, IntPk, LongText
from cpm_desktop.models.enums import text_enum


class StatusReport(Base):
    """What the PM reports for one status date: commentary, RAGs, decisions and next steps.

    A project without a status date keeps its one report under a NULL date (the services
    look it up explicitly, since a unique constraint lets NULLs repeat).
    """

    __tablename__ = "status_report"
    __table_args__ = (UniqueConstraint("project_id", "status_date"),)

    id: Mapped[IntPk]
    project_id: Mapped[int] = mapped_column(ForeignKey("project.id", ondelete="CASCADE"))
    status_date: Mapped[dt.date | None]
    commentary: Mapped[LongText]
    internal_notes: Mapped[str] = mapped_column(
        String(20_000), default="", server_default=""
    )  # internal pack only
    schedule_rag: Mapped[Rag | None] = mapped_column(text_enum(Rag))
    budget_rag: Mapped[Rag | None] = mapped_column(text_enum(Rag))
    scope_rag: Mapped[Rag | None] = mapped_column(text_enum(Rag))
    risk_rag: Mapped[Rag | None] = mapped_column(text_enum(Rag))
    decisions_required: Mapped[LongText]  # one item per line
    next_steps: Mapped[LongText]  # one item per line
    # The facts as of this status date (task finishes, risks, changes, invoices) as JSON,
    # written by the status cycle: "since the last report" compares two of these.
    snapshot: Mapped[str | None] = mapped_column(Text)
