"""The cells of a timesheet as people and spreadsheets write them: dates and weeks, hours, yes/no.

Each reader takes a cell's value (text from a CSV; text, a number, a date or a time from a
workbook) and returns the value or raises CellError with the sentence the preview shows.
English and German spellings are read: month and weekday names, a decimal comma, "ja"/"nein".
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata

from cpm_desktop.texts import N_, _

MAX_WEEK_HOURS = 168.0  # 24 × 7: nobody books more in one week
FIRST_SERIAL, LAST_SERIAL = 36_526, 73_050  # Excel's day numbers of 2000-01-01 .. 2099-12-31
SHOWN = 40  # characters of a cell quoted in a problem

# Each month's spellings, English and German, as `fold` leaves them (März → marz).
_MONTH_NAMES = (
    "january jan januar janner",
    "february feb februar",
    "march mar marz mrz",
    "april apr",
    "may mai",
    "june jun juni",
    "july jul juli",
    "august aug",
    "september sep sept",
    "october oct oktober okt",
    "november nov",
    "december dec dezember dez",
)
_MONTHS = {name: n for n, names in enumerate(_MONTH_NAMES, start=1) for name in names.split()}
_WEEKDAY_NAMES = (
    "monday mon mo montag",
    "tuesday tue tues di dienstag",
    "wednesday wed mi mittwoch",
    "thursday thu thur thurs do donnerstag",
    "friday fri fr freitag",
    "saturday sat sa samstag sonnabend",
    "sunday sun so sonntag",
)
_WEEKDAYS = frozenset(name for names in _WEEKDAY_NAMES for name in names.split())
_YES = frozenset(("yes", "y", "true", "1", "x", "ja", "j", "wahr", "billable", "abrechenbar"))
_NO = frozenset(
    ("no", "n", "false", "0", "nein", "falsch", "non-billable", "not billable")
    + ("nicht abrechenbar",)
)

_TIME = r"(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
_ISO = re.compile(rf"(\d{{4}})-(\d{{1,2}})-(\d{{1,2}}){_TIME}")
_DOTTED = re.compile(rf"(\d{{1,2}})\.(\d{{1,2}})\.(\d{{4}}|\d{{2}}){_TIME}")
_SLASHED = re.compile(r"(\d{1,4})/(\d{1,2})/(\d{1,4})")
_DAY_MONTH = re.compile(r"(\d{1,2})\.?[\s-]+([a-z]+)\.?[\s,-]+(\d{4})")  # 7 Sep 2026, 7. Sep. 2026
_MONTH_DAY = re.compile(r"([a-z]+)\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?\.?,?\s+(\d{4})")  # Sep 7, 2026
_WEEKDAY_FIRST = re.compile(r"([a-z]+)\.?,?\s+(.*)")
_ISO_WEEK = re.compile(r"(\d{4})-?w(\d{1,2})(?:-?[1-7])?")  # 2026-W37, 2026W37, 2026-W37-1
_WEEK_NUMBER = re.compile(r"(?:kw|cw|w|wk|week|woche)\.?\s*(\d{1,2})\s*[/,-]?\s*(\d{4})")
_BARE_WEEK = re.compile(r"(?:kw|cw|w|wk|week|woche)\.?\s*(\d{1,2})|\d{1,2}")
_HOURS_UNIT = re.compile(r"\s*(?:h|hr|hrs|hour|hours|std|std\.|stunden|stunde)\s*$")
_CLOCK = re.compile(r"(\d{1,3}):([0-5]\d)")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)")


class CellError(ValueError):
    """A cell holds something its column cannot take; the message says what, for the preview."""


def fold(text: str) -> str:
    """Text as names are compared: case-folded, accents dropped, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def monday_of(day: dt.date) -> dt.date:
    """The Monday of the week `day` is in: a timesheet's week is named by its Monday."""
    return day - dt.timedelta(days=day.weekday())


def shown(value: object) -> str:
    """A cell quoted in a problem: one line, cut with an ellipsis."""
    text = " ".join(str(value).split())
    return text if len(text) <= SHOWN else text[: SHOWN - 1] + "…"


def read_day(value: object, what: str) -> dt.date:
    """A calendar day: a workbook date, an Excel day number, or text ISO, 07.09.2026 or with
    the month's name (7 Sep 2026, 7. September 2026, Sep 7, 2026). `what` names the column in
    a problem (marked with N_)."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial_day(value, what)
    text = fold(str(value))
    found = _text_day(text)
    if found is None:
        raise CellError(
            _(
                "{what} {value!r} is not a date: write it as 2026-09-07, 07.09.2026 or 7 Sep 2026."
            ).format(what=_(what), value=shown(value))
        )
    year, month, day = found
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise CellError(
            _("{what} {value!r} is no such day.").format(what=_(what), value=shown(value))
        ) from None


def read_week(value: object) -> dt.date:
    """The Monday of the week a Week cell names: a day in it (moved to its Monday) or an ISO
    week with its year (2026-W37, KW 37/2026)."""
    text = fold(str(value)) if isinstance(value, str) else ""
    numbers: tuple[str, str] | None = None
    if (match := _ISO_WEEK.fullmatch(text)) is not None:
        numbers = match.group(1), match.group(2)
    elif (match := _WEEK_NUMBER.fullmatch(text)) is not None:
        numbers = match.group(2), match.group(1)  # "KW 37/2026": the week comes first
    if numbers is not None:
        year, week = int(numbers[0]), int(numbers[1])
        try:
            return dt.date.fromisocalendar(year, week, 1)
        except ValueError:
            raise CellError(
                _("Week {value!r}: {year} has no week {week}.").format(
                    value=shown(value), year=year, week=week
                )
            ) from None
    bare = isinstance(value, int) and not isinstance(value, bool) and 0 < value < 54
    if bare or _BARE_WEEK.fullmatch(text):
        raise CellError(
            _(
                "Week {value!r} names no year: write 2026-W37, KW 37/2026 or the Monday's date."
            ).format(value=shown(value))
        )
    return monday_of(read_day(value, N_("Week")))


def read_hours(value: object) -> float:
    """Hours worked, 0–168: a number (7.5 or 7,5, a unit "h" or "Std" allowed), 7:30, or a
    workbook time or duration."""
    if isinstance(value, bool):
        raise CellError(_("Hours {value!r} is not a number of hours.").format(value=value))
    if isinstance(value, dt.timedelta):
        number = value.total_seconds() / 3600
    elif isinstance(value, dt.time):
        number = value.hour + value.minute / 60 + value.second / 3600
    elif isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, dt.date):
        raise CellError(
            _("Hours {value!r} is a date, not a number of hours.").format(value=shown(value))
        )
    else:
        number = _hours_text(str(value))
    if not math.isfinite(number) or number < 0:
        raise CellError(_("Hours {value!r} cannot be negative.").format(value=shown(value)))
    if number > MAX_WEEK_HOURS:
        raise CellError(
            _("Hours {value!r} is more than a week has ({most} h).").format(
                value=shown(value), most=f"{MAX_WEEK_HOURS:g}"
            )
        )
    return round(number, 2)


def read_flag(value: object) -> bool | None:
    """Billable: yes/no, true/false, 1/0, x, ja/nein; None when the cell is empty."""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = fold(str(value)) if value is not None else ""
    if not text:
        return None
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CellError(_("Billable {value!r} is not yes or no.").format(value=shown(value)))


def _hours_text(raw: str) -> float:
    text = _HOURS_UNIT.sub("", raw.strip().casefold()).strip()
    clock = _CLOCK.fullmatch(text)
    if clock is not None:
        return int(clock.group(1)) + int(clock.group(2)) / 60
    if _NUMBER.fullmatch(text):
        return float(text.replace(",", "."))
    raise CellError(
        _("Hours {value!r} is not a number of hours (7.5, 7,5 or 7:30).").format(value=shown(raw))
    )


def _serial_day(number: float, what: str) -> dt.date:
    """An Excel day number (a date cell that lost its format)."""
    if not FIRST_SERIAL <= number <= LAST_SERIAL:
        raise CellError(
            _("{what} {value!r} is not a date.").format(what=_(what), value=shown(number))
        )
    # Excel counts from 1899-12-30 for every day after its phantom 29 February 1900.
    return dt.date(1899, 12, 30) + dt.timedelta(days=int(number))


def _text_day(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) from folded text, or None; the day itself is not checked yet."""
    if (match := _ISO.fullmatch(text)) is not None:
        year, month, day = map(int, match.groups())
        return year, month, day
    if (match := _DOTTED.fullmatch(text)) is not None:
        day, month, year = map(int, match.groups())
        return (2000 + year if year < 100 else year), month, day
    if (match := _SLASHED.fullmatch(text)) is not None:
        return _slashed(match.groups())
    weekday = _WEEKDAY_FIRST.fullmatch(text)
    if weekday is not None and weekday.group(1) in _WEEKDAYS:
        text = weekday.group(2)  # "Mon 7 Sep 2026", "Mo., 07.09.2026"
        if (match := _ISO.fullmatch(text) or _DOTTED.fullmatch(text)) is not None:
            return _text_day(text)
    if (match := _DAY_MONTH.fullmatch(text)) is not None:
        return _named(match.group(3), match.group(2), match.group(1))
    if (match := _MONTH_DAY.fullmatch(text)) is not None:
        return _named(match.group(3), match.group(1), match.group(2))
    return None


def _named(year: str, name: str, day: str) -> tuple[int, int, int] | None:
    month = _MONTHS.get(name)
    return None if month is None else (int(year), month, int(day))


def _slashed(parts: tuple[str | object, ...]) -> tuple[int, int, int]:
    """A slashed date only when its order is clear: 2026/09/07, or 25/12/2026."""
    a, b, c = (str(part) for part in parts)
    if len(a) == 4:
        return int(a), int(b), int(c)
    if len(c) == 4 and int(a) > 12 >= int(b):
        return int(c), int(b), int(a)
    if len(c) == 4 and int(b) > 12 >= int(a):
        return int(c), int(a), int(b)
    raise CellError(
        _("{date} could be day/month or month/day: write it as 2026-09-07 or 07.09.2026.").format(
            date=f"{a}/{b}/{c}"
        )
    )
