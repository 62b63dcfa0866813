"""Dates as people type them on the command line: ISO, or with the month's English name.

Accepted: `2026-09-07` (ISO; `2026-9-7` too), `7 Sep 2026`, `07 Sep 2026`, `7 September 2026`,
`07-Sep-2026`, `Sep 7, 2026`, `September 7 2026`; month names in any case, `Sept` and a full
stop after an abbreviation allowed; an optional weekday first (`Mon 2026-09-07`, as `schedule`
prints dates), which must be the date's. Numbers alone in another order (`7/9/2026`) are
refused: 7 September in most of the world is 9 July in the United States.
"""

from __future__ import annotations

import argparse
import calendar
import datetime as dt
import re

FORMS = "2026-09-07, 7 Sep 2026 or Sep 7, 2026"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")

# Every spelling of a month: full name, three letters, and "Sept".
_MONTH_NUMBERS = {
    **{name.casefold(): number for number, name in enumerate(MONTHS, start=1)},
    **{name[:3].casefold(): number for number, name in enumerate(MONTHS, start=1)},
    "sept": 9,
}
_WEEKDAY_NUMBERS = {
    **{name.casefold(): number for number, name in enumerate(WEEKDAYS)},
    **{name[:3].casefold(): number for number, name in enumerate(WEEKDAYS)},
}

_WEEKDAY = r"(?:(?P<weekday>[a-z]+)\.?,?\s+)?"
_MONTH = r"(?P<month>[a-z]+)\.?"
_SHAPES = tuple(
    re.compile(rf"{_WEEKDAY}{shape}", re.IGNORECASE | re.ASCII)
    for shape in (
        r"(?P<year>\d{4})-(?P<mnum>\d{1,2})-(?P<day>\d{1,2})",  # 2026-09-07
        rf"(?P<day>\d{{1,2}})(?:\s+|-){_MONTH}(?:\s+|-)(?P<year>\d{{4}})",  # 7 Sep 2026
        rf"{_MONTH}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>\d{{4}})",  # Sep 7, 2026
    )
)
_NUMBERS_ONLY = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}", re.ASCII)


def read_date(text: str) -> dt.date:
    """The date `text` names in one of the accepted forms; ValueError saying why not."""
    typed = " ".join(text.split())
    for shape in _SHAPES:
        found = shape.fullmatch(typed)
        if found:
            return _checked(typed, found.groupdict())
    if _NUMBERS_ONLY.fullmatch(typed):
        raise ValueError(f"{typed!r} could be read day first or month first: type it like {FORMS}.")
    raise ValueError(f"{typed!r} is not a date: type it like {FORMS}.")


def date_argument(text: str) -> dt.date:
    """`read_date` for argparse (`type="date"`): its refusal becomes a usage error."""
    try:
        return read_date(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _checked(typed: str, parts: dict[str, str | None]) -> dt.date:
    """The date of a matched form, checked: the month's name, the day in it, the weekday."""
    name, number, weekday = parts.get("month"), parts.get("mnum"), parts.get("weekday")
    month = int(number) if number is not None else _MONTH_NUMBERS.get(str(name).casefold(), 0)
    if weekday is not None and weekday.casefold() not in _WEEKDAY_NUMBERS:
        raise ValueError(f"{typed!r} is not a date: type it like {FORMS}.")
    if name is not None and not month:
        raise ValueError(f"{typed!r}: {name!r} is not a month; type the date like {FORMS}.")
    year, day = int(str(parts["year"])), int(str(parts["day"]))
    if year < dt.MINYEAR or not 1 <= month <= 12:
        what = f"month {month}" if year >= dt.MINYEAR else f"year {year}"
        raise ValueError(f"{typed!r} is not a date: there is no {what}.")
    if not 1 <= day <= calendar.monthrange(year, month)[1]:
        raise ValueError(f"{typed!r} is not a date: {MONTHS[month - 1]} {year} has no day {day}.")
    date = dt.date(year, month, day)
    if weekday is not None and _WEEKDAY_NUMBERS[weekday.casefold()] != date.weekday():
        actual = WEEKDAYS[date.weekday()]
        raise ValueError(f"{typed!r} does not add up: {date.isoformat()} is a {actual}.")
    return date
