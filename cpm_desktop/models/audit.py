"""AuditEntry: the governance record of who changed what, and when."""

import datetime as dt

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from cpm_desktop.models.base import Base, IntPk, utc_now


class AuditEntry(Base):
    """One changed field of one entity (or its creation or deletion).

    `project_id` is a plain column, not a foreign key: the trail outlives what it describes.
    """

    __tablename__ = "audit_entry"

    id: Mapped[IntPk]
    at: Mapped[dt.datetime] = mapped_column(default=utc_now, index=True)
    user: Mapped[str] = mapped_column(String(100))
    project_id: Mapped[int | None] = mapped_column(index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int]
    entity_label: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str] = mapped_column(String(60), default="")
    old_value: Mapped[str | None] = mapped_column(String(20_000))
    new_value: Mapped[str | None] = mapped_column(String(20_000))
