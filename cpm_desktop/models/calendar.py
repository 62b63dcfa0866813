"""Calendar aggregate: working weekdays and holidays of a project."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, UniqueConstraint, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from cpm_desktop.models.base import Base, IntPk, Name, ShortText

MONDAY_TO_FRIDAY = 0b0011111  # bit 0 = Monday ... bit 6 = Sunday


class Calendar(Base):
    """Working weekdays (a 7-bit mask, bit 0 = Monday) and holiday dates."""

    __tablename__ = "calendar"
    __table_args__ = (
        CheckConstraint("working_weekdays BETWEEN 1 AND 127", name="some_working_day"),
    )

    id: Mapped[IntPk]
    name: Mapped[Name]
    working_weekdays: Mapped[int] = mapped_column(default=MONDAY_TO_FRIDAY)
    # The workspace's template calendar, copied into each new project.
    is_default: Mapped[bool] = mapped_column(default=False)

    holidays: Mapped[list["Holiday"]] = relationship(
        back_populates="calendar", cascade="all, delete-orphan", order_by="Holiday.day"
    )

    def works_on_weekday(self, weekday: int) -> bool:
        """Tell whether `weekday` (0 = Monday) is a working weekday."""
        return bool(self.working_weekdays >> weekday & 1)


class Holiday(Base):
    """An exception of one calendar: a holiday (not worked), or a day worked against the rule."""

    __tablename__ = "holiday"
    __table_args__ = (UniqueConstraint("calendar_id", "day"),)

    id: Mapped[IntPk]
    calendar_id: Mapped[int] = mapped_column(
        ForeignKey("calendar.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[dt.date]
    name: Mapped[ShortText]
    # True: a working day where the weekdays say rest (a weekend cut-over); False: a holiday.
    is_working: Mapped[bool] = mapped_column(default=False, server_default=false())

    calendar: Mapped["Calendar"] = relationship(back_populates="holidays")
