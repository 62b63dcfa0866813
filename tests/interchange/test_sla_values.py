"""Pasted SLA values: the forms people paste, an error per line that cannot be read, and no
input that makes the reader fail."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.domain.service_levels import SlaPeriod, period_start
from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.sla_values import (
    MAX_ABS_VALUE,
    MAX_PASTE_BYTES,
    MAX_VALUES,
    read_sla_values,
)

D = dt.date


def _read(text: str, period: SlaPeriod = SlaPeriod.MONTHLY, unit: str = "%") -> list[tuple]:
    pasted = read_sla_values(text, period, unit)
    assert pasted.ok, pasted.errors
    return [(v.period_start, v.value, v.note) for v in pasted.values]


def test_the_forms_people_paste() -> None:
    """ISO month, a month's name with a tab and a percent sign, a day with a semicolon, a
    decimal comma, a German month, a header row and a comment."""
    text = (
        "Period\tValue\n"
        "# availability, from the monitoring report\n"
        "2026-07 99.2\n"
        "Aug 2026\t99.6 %\tplanned outage\n"
        "2026-09-14;99,8\n"
        "Okt. 2026 99.1 % network; switch replaced\n"
        "11/2026 1.234,5\n"
    )
    assert _read(text) == [
        (D(2026, 7, 1), 99.2, ""),
        (D(2026, 8, 1), 99.6, "planned outage"),
        (D(2026, 9, 1), 99.8, ""),
        (D(2026, 10, 1), 99.1, "network; switch replaced"),
        (D(2026, 11, 1), 1234.5, ""),
    ]


def test_weeks_and_quarters() -> None:
    """A weekly SLA takes ISO weeks and days (into their week); a quarterly one quarters."""
    weekly = _read(
        "2026-W45 3.5 h  P1 at gate 4\nKW 46 2026 2\n2026-11-18 1,5", SlaPeriod.WEEKLY, "h"
    )
    assert weekly == [
        (D(2026, 11, 2), 3.5, "P1 at gate 4"),
        (D(2026, 11, 9), 2.0, ""),
        (D(2026, 11, 16), 1.5, ""),
    ]
    assert _read("Q3 2026 98\n2026-Q4 97", SlaPeriod.QUARTERLY) == [
        (D(2026, 7, 1), 98.0, ""),
        (D(2026, 10, 1), 97.0, ""),
    ]


@pytest.mark.parametrize(
    ("line", "period", "says"),
    [
        ("nonsense 4", SlaPeriod.MONTHLY, "'nonsense' is not a period"),
        ("2026-13 4", SlaPeriod.MONTHLY, "no such day, week or month"),
        ("2026-02-30 4", SlaPeriod.MONTHLY, "no such day"),
        ("02/03/2026 5", SlaPeriod.MONTHLY, "could be day/month or month/day"),
        ("2026-10 n/a", SlaPeriod.MONTHLY, "no value after the period"),
        ("2026-10 12,500", SlaPeriod.MONTHLY, "could be 12500 or 12.500"),
        ("2026-10 99.2", SlaPeriod.WEEKLY, "2026-10 is a month; a weekly SLA takes the week"),
        ("2026-W45 99.2", SlaPeriod.MONTHLY, "is a week; a monthly SLA"),
        ("Octopus 2026 1", SlaPeriod.MONTHLY, "'Octopus' is not a month"),
        ("2250-01 4", SlaPeriod.MONTHLY, "outside 1900–2199"),
        ("2026-10 1e99", SlaPeriod.MONTHLY, "as a plain number"),
        ("2026-10 99999999999999", SlaPeriod.MONTHLY, "beyond any measured service level"),
    ],
)
def test_each_line_that_cannot_be_read_is_named(line: str, period: SlaPeriod, says: str) -> None:
    """The error names the line and what to write; the good lines are still read."""
    pasted = read_sla_values(f"2026-11-02 1\n{line}", period, "")
    assert len(pasted.errors) == 1
    assert pasted.errors[0].startswith("Line 2: ")
    assert says in pasted.errors[0]
    assert [v.line for v in pasted.values] == [1]


def test_two_lines_of_one_period_and_an_empty_paste() -> None:
    """The second value of a period is an error; nothing to read is one too."""
    pasted = read_sla_values("2026-11-02 1\n2026-11-06 2", SlaPeriod.WEEKLY)
    assert pasted.errors == ("Line 2: Week of 2 Nov 2026 is already on line 1.",)
    assert not read_sla_values("\n  \n# only a comment", SlaPeriod.WEEKLY).ok


def test_limits() -> None:
    """Too large a paste is refused whole; past the most values each line is an error, the
    errors beyond the first fifty only counted."""
    with pytest.raises(InterchangeError, match="paste at most"):
        read_sla_values("2026-10 1\n" * (MAX_PASTE_BYTES // 10 + 1), SlaPeriod.MONTHLY)
    lines = [f"{day.isoformat()} 1" for day in _days(MAX_VALUES + 80)]
    pasted = read_sla_values("\n".join(lines), SlaPeriod.WEEKLY)
    assert len(pasted.values) == MAX_VALUES
    assert len(pasted.errors) == 50
    assert pasted.more_errors == 30


def _days(count: int) -> list[dt.date]:
    return [D(2000, 1, 3) + dt.timedelta(weeks=n) for n in range(count)]


LINE_PARTS = st.sampled_from(
    ["2026-10", "Oct 2026", "2026-W45", "Q4 2026", "02.11.2026", "2026-11-02", "99,2", "4.5",
     "%", "h", "\t", ";", " ", "-", "−", "1.234,5", "1e308", "nan", "inf", "\x00", "=SUM(A1)",
     "\u202e", "\ufeff", "KW", "März", "/", "'", "12,500", "9" * 40, "\r", "\n"]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.one_of(
        st.text(max_size=300),
        st.lists(LINE_PARTS, max_size=40).map("".join),
    ),
    st.sampled_from(list(SlaPeriod)),
    st.text(max_size=5),
)
def test_hostile_input_never_fails_the_reader(text: str, period: SlaPeriod, unit: str) -> None:
    """Any text gives values and errors, never an exception; every value read is finite, in
    range, at its period's start, and one per period."""
    pasted = read_sla_values(text, period, unit)
    starts = [v.period_start for v in pasted.values]
    assert len(set(starts)) == len(starts)
    for value in pasted.values:
        assert math.isfinite(value.value)
        assert abs(value.value) <= MAX_ABS_VALUE
        assert period_start(period, value.period_start) == value.period_start
        assert len(value.note) <= 500
    assert all(error.startswith(("Line ", "Nothing to record")) for error in pasted.errors)
