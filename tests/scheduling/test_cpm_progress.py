"""Hand-computed progress cases: actual dates, work in progress and the status date."""

from __future__ import annotations

import datetime as dt

import pytest

from cpm_desktop.scheduling import Driver, DriverKind, LinkSpec, TaskSpec
from tests.scheduling.cpm_support import MON_7, milestone, run, sep, span

THU_3 = dt.date(2026, 9, 3)  # before the Mon 7 project start
AFTER_1 = Driver(DriverKind.LINK, (1, "FS", 0))


def finished(task_id: int, name: str, began: dt.date, ended: dt.date, duration: int) -> TaskSpec:
    """A 100 % complete task with actual start and finish."""
    return TaskSpec(
        task_id,
        name,
        duration=duration,
        percent_complete=100,
        actual_start=began,
        actual_finish=ended,
    )


def started(task_id: int, name: str, duration: int, percent: int) -> TaskSpec:
    """A task in progress since Mon 7."""
    return TaskSpec(task_id, name, duration=duration, percent_complete=percent, actual_start=MON_7)


# ------------------------------------------------------------------------------ actuals


def test_actual_dates_are_kept_over_the_plan() -> None:
    """A planned 3d but done Mon 7 – Fri 11 shows Mon 7 – Fri 11; B follows on Mon 14."""
    schedule = run([finished(1, "A", MON_7, sep(11), 3), TaskSpec(2, "B")], [LinkSpec(1, 2)])
    assert span(schedule, 1) == (MON_7, sep(11))
    assert schedule.tasks[1].driver == Driver(DriverKind.ACTUAL_START)
    assert span(schedule, 2) == (sep(14), sep(14))
    assert schedule.tasks[2].driver == AFTER_1


def test_actual_start_before_the_project_start_is_kept() -> None:
    """Work started Thu 3 (before the Mon 7 start) and finished Mon 7 shows Thu 3 – Mon 7."""
    schedule = run([finished(1, "A", THU_3, MON_7, 2)], status=sep(9))
    assert span(schedule, 1) == (THU_3, MON_7)
    assert schedule.tasks[1].duration == 3  # Thu 3, Fri 4, Mon 7


def test_finished_task_has_no_slack_and_is_not_critical() -> None:
    """A done Mon 7 – Wed 9 → B (2d): A has total slack 0 and isn't critical; B is."""
    tasks = [finished(1, "A", MON_7, sep(9), 3), TaskSpec(2, "B", duration=2)]
    schedule = run(tasks, [LinkSpec(1, 2)], status=sep(9))
    assert schedule.tasks[1].total_slack == 0
    assert schedule.tasks[1].free_slack == 0
    assert not schedule.tasks[1].critical
    assert span(schedule, 2) == (sep(10), sep(11))
    assert schedule.tasks[2].critical
    assert schedule.critical_count == 1


def test_finished_task_off_the_critical_path_has_no_slack_either() -> None:
    """A done Mon 7 beside L (10d): finished work shows total slack 0, not its old 9 days."""
    tasks = [finished(1, "A", MON_7, MON_7, 1), TaskSpec(2, "L", duration=10)]
    schedule = run(tasks, status=sep(8))
    assert schedule.tasks[1].total_slack == 0
    assert not schedule.tasks[1].critical


def test_finished_milestone_shows_on_its_actual_day() -> None:
    """Gate reached Wed 9 shows on Wed 9; its successor (no status date) starts Thu 10."""
    gate = milestone(1, "Gate", percent_complete=100, actual_start=sep(9), actual_finish=sep(9))
    schedule = run([gate, TaskSpec(2, "B")], [LinkSpec(1, 2)])
    assert span(schedule, 1) == (sep(9), sep(9))
    assert span(schedule, 2) == (sep(10), sep(10))
    assert schedule.tasks[2].driver == AFTER_1


def test_finished_milestone_stays_on_its_day_with_a_later_status_date() -> None:
    """Gate reached Wed 9, status Fri 11: Gate stays Wed 9; unstarted B waits until Mon 14."""
    gate = milestone(1, "Gate", percent_complete=100, actual_start=sep(9), actual_finish=sep(9))
    schedule = run([gate, TaskSpec(2, "B")], [LinkSpec(1, 2)], status=sep(11))
    assert span(schedule, 1) == (sep(9), sep(9))
    assert span(schedule, 2) == (sep(14), sep(14))
    assert schedule.tasks[2].driver == Driver(DriverKind.STATUS_DATE)


# ------------------------------------------------------------------------------ in progress


def test_work_behind_schedule_resumes_after_the_status_date() -> None:
    """A (4d) 25 % done since Mon 7, status Wed 16: 3 days left Thu 17, Fri 18, Mon 21."""
    # Done: 4 × 25 // 100 = 1 day. Remaining 3 days from Thu 17 → finish Mon 21; B Tue 22.
    schedule = run([started(1, "A", 4, 25), TaskSpec(2, "B")], [LinkSpec(1, 2)], status=sep(16))
    assert span(schedule, 1) == (MON_7, sep(21))
    assert schedule.tasks[1].driver == Driver(DriverKind.ACTUAL_START)
    assert span(schedule, 2) == (sep(22), sep(22))
    assert schedule.tasks[2].driver == AFTER_1
    assert schedule.finish == sep(22)


def test_done_days_are_rounded_down() -> None:
    """A (5d) 30 % done since Mon 7 (1.5 days → 1), status Tue 8: 4 days from Wed 9 → Mon 14."""
    schedule = run([started(1, "A", 5, 30)], status=sep(8))
    assert span(schedule, 1) == (MON_7, sep(14))


def test_work_behind_schedule_keeps_its_duration() -> None:
    """A (4d) 25 % done, status Wed 16: still 4 days of work (MS Project doesn't count splits)."""
    schedule = run([started(1, "A", 4, 25)], status=sep(16))
    assert schedule.tasks[1].duration == 4


@pytest.mark.parametrize(
    ("percent", "status"),
    [
        pytest.param(50, sep(8), id="on track"),  # 2 days done by Tue 8: exactly on plan
        pytest.param(75, MON_7, id="ahead"),  # 3 days done by Mon 7: a day ahead
    ],
)
def test_work_ahead_of_the_status_date_keeps_its_planned_finish(
    percent: int, status: dt.date
) -> None:
    """A (4d) since Mon 7 that is on or ahead of plan still finishes Thu 10 (not earlier)."""
    schedule = run([started(1, "A", 4, percent), TaskSpec(2, "B")], [LinkSpec(1, 2)], status=status)
    assert span(schedule, 1) == (MON_7, sep(10))
    assert schedule.tasks[1].duration == 4
    assert span(schedule, 2) == (sep(11), sep(11))


def test_without_a_status_date_work_in_progress_keeps_its_plan() -> None:
    """A (4d) only 25 % done but no status date: A keeps Mon 7 – Thu 10, B Fri 11."""
    schedule = run([started(1, "A", 4, 25), TaskSpec(2, "B")], [LinkSpec(1, 2)])
    assert span(schedule, 1) == (MON_7, sep(10))
    assert span(schedule, 2) == (sep(11), sep(11))


# ------------------------------------------------------------------------------ unstarted


@pytest.mark.parametrize(
    ("status", "first_day"),
    [
        pytest.param(sep(9), sep(10), id="Wednesday"),  # → Thu 10
        pytest.param(sep(11), sep(14), id="Friday"),  # → Mon 14, over the weekend
        pytest.param(sep(12), sep(14), id="Saturday"),  # → Mon 14
    ],
)
def test_unstarted_work_starts_after_the_status_date(status: dt.date, first_day: dt.date) -> None:
    """An unstarted 2-day task starts the working day after the status date; driver STATUS_DATE."""
    schedule = run([TaskSpec(1, "Todo", duration=2)], status=status)
    assert schedule.tasks[1].start == first_day
    assert schedule.tasks[1].driver == Driver(DriverKind.STATUS_DATE)


def test_unstarted_successor_already_after_the_status_date_keeps_its_link() -> None:
    """Status Tue 8, A (5d) 40 % done (on plan) → B: B starts Mon 14 by its link."""
    tasks = [started(1, "A", 5, 40), TaskSpec(2, "B")]
    schedule = run(tasks, [LinkSpec(1, 2)], status=sep(8))
    assert span(schedule, 2) == (sep(14), sep(14))
    assert schedule.tasks[2].driver == AFTER_1


def test_status_date_before_the_project_start_moves_nothing() -> None:
    """Status Thu 3 (before the project start): an unstarted task starts on Mon 7."""
    schedule = run([TaskSpec(1, "Todo", duration=2)], status=THU_3)
    assert span(schedule, 1) == (MON_7, sep(8))
    assert schedule.tasks[1].driver == Driver(DriverKind.PROJECT_START)


def test_without_a_status_date_unstarted_work_is_not_pushed() -> None:
    """No status date: an unstarted task starts on the project start."""
    schedule = run([TaskSpec(1, "Todo", duration=2)])
    assert span(schedule, 1) == (MON_7, sep(8))
    assert schedule.tasks[1].driver == Driver(DriverKind.PROJECT_START)
