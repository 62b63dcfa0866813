"""Progress in whole working days: the remaining-duration rule of MS Project."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.domain.progress import Progress, as_planned, done_days, with_remaining


def test_a_remaining_duration_keeps_the_work_done() -> None:
    assert with_remaining(10, 40, 8) == (12, 33)  # 4 days done + 8 to go
    assert with_remaining(2, 50, 3) == (4, 25)
    assert with_remaining(5, 60, 0) == (3, 100)  # nothing left: done


@given(st.integers(0, 500), st.integers(0, 100), st.integers(0, 500))
def test_the_work_done_never_changes(duration: int, percent: int, remaining: int) -> None:
    total, after = with_remaining(duration, percent, remaining)
    done = done_days(duration, percent)
    assert total == done + remaining
    if total:
        assert 0 <= after <= 100
        assert abs(done_days(total, after) - done) <= total / 200 + 1


def test_as_planned_takes_the_schedule_and_never_undoes_progress() -> None:
    monday, friday = dt.date(2027, 1, 4), dt.date(2027, 1, 8)
    untouched = Progress(0, None, None)
    assert as_planned(untouched, 60, monday, friday) == Progress(60, monday, None)
    assert as_planned(untouched, 100, monday, friday) == Progress(100, monday, friday)
    ahead = Progress(80, dt.date(2027, 1, 5), None)
    assert as_planned(ahead, 60, monday, friday) == ahead
