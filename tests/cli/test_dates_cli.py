"""Dates on the command line: ISO and the forms with a month's name read back to the same day;
numbers in another order are refused, never guessed; a bad date is one line and exit 2."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cpm_desktop.cli.arguments import CliParser
from cpm_desktop.cli.dates import FORMS, read_date

# Written out here rather than taken from the module or the locale: the test's own oracle.
MONTHS = "January February March April May June July August September October November December"
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday"


def _month(day: dt.date) -> str:
    return MONTHS.split()[day.month - 1]


def _weekday(day: dt.date) -> str:
    return WEEKDAYS.split()[day.weekday()]


def _year(day: dt.date) -> str:
    return f"{day.year:04d}"


# Each accepted form, as a person (or another program's output) would write a date in it.
WRITTEN: dict[str, Callable[[dt.date], str]] = {
    "ISO": dt.date.isoformat,
    "ISO without zeros": lambda d: f"{_year(d)}-{d.month}-{d.day}",
    "7 Sep 2026": lambda d: f"{d.day} {_month(d)[:3]} {_year(d)}",
    "07 Sep 2026": lambda d: f"{d.day:02d} {_month(d)[:3]} {_year(d)}",
    "7 September 2026": lambda d: f"{d.day} {_month(d)} {_year(d)}",
    "07-SEP-2026": lambda d: f"{d.day:02d}-{_month(d)[:3].upper()}-{_year(d)}",
    "Sep 7, 2026": lambda d: f"{_month(d)[:3]} {d.day}, {_year(d)}",
    "september 7 2026": lambda d: f"{_month(d).lower()} {d.day} {_year(d)}",
    "Mon 2026-09-07 (schedule's)": lambda d: f"{_weekday(d)[:3]} {d.isoformat()}",
    "Mon 07 Sep 2026 (the window's)": lambda d: (
        f"{_weekday(d)[:3]} {d.day:02d} {_month(d)[:3]} {_year(d)}"
    ),
    "Monday, 7 September 2026": lambda d: f"{_weekday(d)}, {d.day} {_month(d)} {_year(d)}",
}


@given(day=st.dates(), form=st.sampled_from(sorted(WRITTEN)))
def test_every_accepted_form_reads_back_to_the_same_day(day: dt.date, form: str) -> None:
    """A date written in any accepted form is read as that date."""
    assert read_date(WRITTEN[form](day)) == day


@given(day=st.dates(), separator=st.sampled_from("/.-"))
def test_numbers_in_another_order_are_refused_not_guessed(day: dt.date, separator: str) -> None:
    """7/9/2026 is 7 September or 9 July: refused, naming the forms that are read."""
    text = separator.join((str(day.day), str(day.month), _year(day)))
    with pytest.raises(ValueError, match="day first or month first") as refused:
        read_date(text)
    assert FORMS in str(refused.value)


@given(st.text(max_size=40))
def test_any_text_is_a_date_or_one_line_saying_why_not(text: str) -> None:
    """Whatever is typed, the answer is a date or a ValueError of one line, nothing else."""
    assert isinstance(_answer(text), dt.date) or len(str(_answer(text)).splitlines()) == 1


def _answer(text: str) -> dt.date | str:
    """The date read, or the reason given for refusing the text."""
    try:
        return read_date(text)
    except ValueError as refused:
        return str(refused)


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("31 Feb 2026", "February 2026 has no day 31"),
        ("29 Feb 2027", "February 2027 has no day 29"),
        ("2026-13-01", "no month 13"),
        ("7 Smarch 2026", "'Smarch' is not a month"),
        ("Tue 2026-09-07", "2026-09-07 is a Monday"),
        ("7 Sep 26", FORMS),
        ("next Monday", FORMS),
        ("", FORMS),
    ],
)
def test_a_wrong_date_says_what_is_wrong(text: str, why: str) -> None:
    """Impossible days, unknown months, a weekday that does not match, other text."""
    with pytest.raises(ValueError, match=re.escape(why)):
        read_date(text)


def test_a_date_option_reads_dates_and_refuses_others_in_one_line(capsys) -> None:
    """An option declared `type="date"` gets a date; a bad one exits 2 with one line."""
    parser = CliParser(prog="cpm-desktop report")
    parser.add_argument("--on", type="date", help="the day")
    assert parser.parse_args(["--on", "7 sep 2026"]).on == dt.date(2026, 9, 7)
    with pytest.raises(SystemExit) as stopped:
        parser.parse_args(["--on", "7/9/2026"])
    assert stopped.value.code == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("cpm-desktop report: error: argument --on: '7/9/2026'")
    assert FORMS in err[0]
