"""The project's life: stages in order, and the reporting cadence's next status date."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.lifecycle import (
    STAGES,
    Cadence,
    ContractType,
    Stage,
    next_stage,
    next_status_date,
    status_overdue,
)


def test_stages_follow_each_other_and_closure_is_last() -> None:
    assert [next_stage(s) for s in STAGES] == [*STAGES[1:], None]
    assert STAGES[0] is Stage.INITIATION


def test_contract_types_read_as_people_write_them() -> None:
    assert [t.label for t in ContractType] == [
        "Fixed price",
        "Time and materials",
        "Capped time and materials",
    ]


def test_weekly_and_fortnightly_add_seven_and_fourteen_days() -> None:
    friday = dt.date(2026, 12, 4)
    assert next_status_date(Cadence.WEEKLY, friday) == dt.date(2026, 12, 11)
    assert next_status_date(Cadence.FORTNIGHTLY, friday) == dt.date(2026, 12, 18)


def test_monthly_keeps_the_day_or_the_month_end() -> None:
    assert next_status_date(Cadence.MONTHLY, dt.date(2027, 1, 15)) == dt.date(2027, 2, 15)
    assert next_status_date(Cadence.MONTHLY, dt.date(2027, 1, 30)) == dt.date(2027, 2, 28)
    assert next_status_date(Cadence.MONTHLY, dt.date(2027, 2, 28)) == dt.date(2027, 3, 31)
    assert next_status_date(Cadence.MONTHLY, dt.date(2026, 12, 31)) == dt.date(2027, 1, 31)


@given(st.dates(max_value=dt.date(9998, 1, 1)), st.sampled_from(list(Cadence)))
def test_the_next_status_date_is_always_later_and_within_a_month(
    last: dt.date, cadence: Cadence
) -> None:
    after = next_status_date(cadence, last)
    assert last < after <= last + dt.timedelta(days=31)


def test_a_report_is_overdue_only_once_its_period_has_passed() -> None:
    last = dt.date(2026, 11, 27)
    assert not status_overdue(Cadence.WEEKLY, last, dt.date(2026, 12, 4))
    assert status_overdue(Cadence.WEEKLY, last, dt.date(2026, 12, 5))
    assert not status_overdue(Cadence.MONTHLY, last, dt.date(2026, 12, 5))
    assert not status_overdue(Cadence.WEEKLY, None, dt.date(2030, 1, 1))
