"""A project's life: its stage, its contract type and how often its status is reported."""

from __future__ import annotations

import calendar
import datetime as dt

from cpm_desktop.domain.labels import Labelled


class Stage(Labelled):
    """The five stages of a client project, in order; a dated gate moves it to the next."""

    INITIATION = "initiation"
    PLANNING = "planning"
    EXECUTION = "execution"
    MONITORING = "monitoring"
    CLOSURE = "closure"


STAGES = tuple(Stage)


def next_stage(stage: Stage) -> Stage | None:
    """The stage after `stage`, None after closure."""
    at = STAGES.index(stage)
    return STAGES[at + 1] if at + 1 < len(STAGES) else None


class ContractType(Labelled):
    """How the client pays: a fixed price, time and materials, or time and materials capped."""

    FIXED_PRICE = "fixed_price"
    TIME_AND_MATERIALS = "time_and_materials"
    CAPPED = "capped"

    @property
    def label(self) -> str:
        """'Fixed price', 'Time and materials', 'Capped time and materials'."""
        if self is ContractType.CAPPED:
            return "Capped time and materials"
        return super().label


class Cadence(Labelled):
    """How often the PM reports status to the client."""

    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"


def next_status_date(cadence: Cadence, last: dt.date) -> dt.date:
    """The status date one reporting period after `last`.

    Monthly keeps the day of the month where the next month has it, else its last day
    (31 January → 28 February), and a month-end stays a month-end.
    """
    if cadence is Cadence.WEEKLY:
        return last + dt.timedelta(days=7)
    if cadence is Cadence.FORTNIGHTLY:
        return last + dt.timedelta(days=14)
    year, month = (last.year + 1, 1) if last.month == 12 else (last.year, last.month + 1)
    month_end = calendar.monthrange(last.year, last.month)[1] == last.day
    days_in_next = calendar.monthrange(year, month)[1]
    return dt.date(year, month, days_in_next if month_end else min(last.day, days_in_next))


def status_overdue(cadence: Cadence, status_date: dt.date | None, today: dt.date) -> bool:
    """Tell whether the next report is past due: its date, one period on, is before today."""
    return status_date is not None and next_status_date(cadence, status_date) < today
