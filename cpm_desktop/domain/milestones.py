"""How a milestone stands, in the same words on screen, in the workbook and in the pack."""

from __future__ import annotations

import datetime as dt
import enum

from cpm_desktop.domain.projects import Rag

LATE_AFTER_DAYS = 5  # working days behind the baseline before "At risk" becomes "Late"


class MilestoneStanding(enum.StrEnum):
    """A milestone's standing as the client reads it."""

    ACHIEVED = "Achieved"
    OVERDUE = "Overdue"
    LATE = "Late"
    AT_RISK = "At risk"
    ON_TRACK = "On track"

    @property
    def rag(self) -> Rag | None:
        """Its flag: red overdue or late, amber at risk, green achieved; none on track."""
        return _FLAGS.get(self)


_FLAGS = {
    MilestoneStanding.OVERDUE: Rag.RED,
    MilestoneStanding.LATE: Rag.RED,
    MilestoneStanding.AT_RISK: Rag.AMBER,
    MilestoneStanding.ACHIEVED: Rag.GREEN,
}


def milestone_standing(
    achieved: bool,
    finish: dt.date | None,
    finish_variance: int | None,
    status_date: dt.date | None,
) -> MilestoneStanding:
    """Achieved; Overdue (due by the status date, not reached); Late (more than LATE_AFTER_DAYS
    working days behind its baseline); At risk (behind it, less); On track."""
    if achieved:
        return MilestoneStanding.ACHIEVED
    if status_date is not None and finish is not None and finish <= status_date:
        return MilestoneStanding.OVERDUE
    behind = finish_variance or 0
    if behind > LATE_AFTER_DAYS:
        return MilestoneStanding.LATE
    return MilestoneStanding.AT_RISK if behind > 0 else MilestoneStanding.ON_TRACK
