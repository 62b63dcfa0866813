"""A WorkCalendar shared between threads (services keep one per content) answers consistently."""

from __future__ import annotations

import datetime as dt
import random
import sys
import threading
from collections.abc import Iterator

import pytest

from cpm_desktop.scheduling import WorkCalendar

D = dt.date
HOLIDAYS = [D(1950, 1, 2), D(2026, 12, 25), D(2150, 6, 1)]


@pytest.fixture
def busy_switching() -> Iterator[None]:
    """Switch threads as often as the interpreter allows, so growths and reads interleave."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    yield
    sys.setswitchinterval(before)


def questions(seed: int) -> list[tuple[D, int]]:
    """Days from 1960 to 2100 (outside the first index, both ways) and working-day offsets."""
    rng = random.Random(seed)
    return [
        (D(1960, 1, 1) + dt.timedelta(days=rng.randrange(140 * 365)), rng.randint(-50, 50))
        for _ in range(40)
    ]


def answers(calendar: WorkCalendar, asked: list[tuple[D, int]]) -> list[tuple[int, D]]:
    """The working-day index of each day and the day `offset` working days on."""
    return [(calendar.index(day), calendar.add_working_days(day, n)) for day, n in asked]


def test_threads_growing_one_calendar_get_a_fresh_calendars_answers(busy_switching) -> None:
    """Four threads ask far past and future days at once: each answer is as if alone."""
    shared = WorkCalendar(holidays=HOLIDAYS)
    asked = [questions(seed) for seed in range(4)]
    expected = [answers(WorkCalendar(holidays=HOLIDAYS), q) for q in asked]
    found: dict[int, list[tuple[int, D]]] = {}

    def ask(n: int) -> None:
        found[n] = answers(shared, asked[n])

    threads = [threading.Thread(target=ask, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert [found[n] for n in range(4)] == expected


def test_a_calendar_asked_by_turns_answers_as_fresh_ones_do() -> None:
    """Projects far apart in time take turns with one calendar: each gets its own answers."""
    shared = WorkCalendar(holidays=HOLIDAYS)
    asked = [questions(seed) for seed in range(4, 8)]
    expected = [answers(WorkCalendar(holidays=HOLIDAYS), q) for q in asked]
    by_turns = [[answers(shared, [q[k]])[0] for k in range(len(q))] for q in asked]
    assert by_turns == expected
