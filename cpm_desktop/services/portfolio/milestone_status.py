"""A milestone of the timeline read model, judged by the domain's milestone rule."""

from __future__ import annotations

import datetime as dt

from cpm_desktop.domain.milestones import MilestoneStanding, milestone_standing
from cpm_desktop.services.plan.timeline import TimelineTask


def milestone_status(task: TimelineTask, status_date: dt.date | None) -> MilestoneStanding:
    """How `task` (a milestone) stands on `status_date`; see `domain.milestones`."""
    achieved = task.actual_finish is not None or task.percent_complete >= 100
    return milestone_standing(achieved, task.finish, task.finish_variance, status_date)
