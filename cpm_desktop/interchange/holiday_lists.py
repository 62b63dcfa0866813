"""Holiday lists from outside: lines pasted from a page or sheet (`read_holiday_lines`); the
iCalendar reader is `ics_read.py`. Both give a `HolidayList`.

Untrusted input: a size limit, bounded expansion of yearly events, and one InterchangeError
naming the line for anything that cannot be read; nothing else escapes.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.text_values import local_number
from cpm_desktop.texts import _, ngettext

MAX_LIST_BYTES = 2 * 1024 * 1024  # a country's holidays for decades is a few hundred KB
MAX_HOLIDAYS = 5_000  # as many as a calendar keeps
MAX_DAYS_READ = 100_000  # days gathered, repeats included: bounds the work on any file
MAX_EVENT_DAYS = 366  # a longer "all-day event" is not a holiday
YEARS_AHEAD = 10  # yearly events are repeated up to this many years after this one
MAX_NAME = 200
DEFAULT_NAME = "Holiday"


@dataclass(frozen=True, slots=True)
class HolidayList:
    """What a list gave: (date, name) by date, and what it left out, for the preview."""

    days: tuple[tuple[dt.date, str], ...]
    skipped: tuple[str, ...] = field(default=())  # sentences: "2 timed events (not all-day)"


class Found:
    """The holidays gathered so far, merged by date, and what was skipped."""

    def __init__(self) -> None:
        self.days: dict[dt.date, str] = {}
        self.read = 0
        self.timed = 0
        self.cancelled = 0
        self.not_repeated = 0

    def add(self, day: dt.date, name: str, line: int) -> None:
        """Take one day read at `line`; two names on one day are kept together."""
        self.read += 1
        if self.read > MAX_DAYS_READ:
            raise InterchangeError(
                _(
                    "Line {line}: the list repeats more than {most} days; import a shorter one."
                ).format(line=line, most=MAX_DAYS_READ)
            )
        known = self.days.get(day)
        if known is None:
            if len(self.days) >= MAX_HOLIDAYS:
                raise InterchangeError(
                    _(
                        "Line {line}: the list holds more than {most} holidays; import a "
                        "shorter one."
                    ).format(line=line, most=MAX_HOLIDAYS)
                )
            self.days[day] = name
        elif name not in known.split(" / "):  # two holidays on one day: one name for both
            self.days[day] = f"{known} / {name}"[:MAX_NAME]

    def result(self) -> HolidayList:
        """The holidays by date and the sentences of what was skipped."""
        skipped = []
        if self.timed:
            skipped.append(
                ngettext(
                    "{count} timed event (not all-day)",
                    "{count} timed events (not all-day)",
                    self.timed,
                ).format(count=self.timed)
            )
        if self.cancelled:
            skipped.append(
                ngettext(
                    "{count} cancelled event", "{count} cancelled events", self.cancelled
                ).format(count=self.cancelled)
            )
        if self.not_repeated:
            skipped.append(
                ngettext(
                    "{count} repeating event taken once (only yearly repeats are expanded)",
                    "{count} repeating events taken once (only yearly repeats are expanded)",
                    self.not_repeated,
                ).format(count=self.not_repeated)
            )
        return HolidayList(tuple(sorted(self.days.items())), tuple(skipped))


# -- pasted lines ----------------------------------------------------------------------------

_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
_SLASHED = re.compile(r"(\d{1,4})/(\d{1,2})/(\d{1,4})")
_FIRST_CELL = re.compile(r"\s*([^\s,;]+)[\s,;]*(.*)")
_TIME = re.compile(r"(\d{1,2}:\d{2}(:\d{2})?)?")


def read_holiday_lines(text: str) -> HolidayList:
    """Holidays pasted one a line: "2026-12-25 Christmas Day", "25.12.2026 Christmas", or a
    date and a name in two spreadsheet cells (tab-separated). A header line is skipped."""
    check_size(len(text.encode("utf-8", "surrogatepass")))
    found = Found()
    first_line = True
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" in line:
            cells = [c.strip() for c in line.split("\t") if c.strip()]
            first, _space, time = cells[0].partition(" ")
            # A sheet may copy a date cell with its time ("2026-12-25 00:00:00").
            kept = [] if _TIME.fullmatch(time.strip()) else [time]
            rest = " ".join([*kept, *cells[1:]])
        else:
            match = _FIRST_CELL.fullmatch(line)
            if match is None:  # only separators: nothing on the line
                continue
            first, rest = match.groups()
        if first_line and not any(c.isdigit() for c in first):
            first_line = False
            continue  # a header ("Date  Name")
        first_line = False
        day = _pasted_date(first, number)
        name = " ".join(rest.split())[:MAX_NAME] or DEFAULT_NAME
        found.add(day, name, number)
    return found.result()


def _pasted_date(text: str, line: int) -> dt.date:
    """ISO, day.month.year, or a slashed date whose order is clear."""
    year = month = day = 0
    if (match := _ISO.fullmatch(text)) is not None:
        year, month, day = map(int, match.groups())
    elif (match := _DOTTED.fullmatch(text)) is not None:
        day, month, year = map(int, match.groups())
    elif (match := _SLASHED.fullmatch(text)) is not None:
        a, b, c = match.groups()
        if len(a) == 4:
            year, month, day = int(a), int(b), int(c)
        elif len(c) == 4 and int(a) > 12 >= int(b):
            day, month, year = int(a), int(b), int(c)
        elif len(c) == 4 and int(b) > 12 >= int(a):
            month, day, year = int(a), int(b), int(c)
        elif len(c) == 4:
            raise InterchangeError(
                _(
                    "Line {line}: {date} could be day/month or month/day; write it as "
                    "YYYY-MM-DD (2026-12-25) or DD.MM.YYYY."
                ).format(line=line, date=text)
            )
    if not year:
        raise InterchangeError(
            _(
                "Line {line}: {text!r} is not a date; start each line with one, as "
                "2026-12-25 or 25.12.2026."
            ).format(line=line, text=text[:40])
        )
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise InterchangeError(
            _("Line {line}: {date} is no such day.").format(line=line, date=text)
        ) from None


# -- shared ----------------------------------------------------------------------------------


def check_size(size: int) -> None:
    """Refuse a list larger than any real one (untrusted input)."""
    if size > MAX_LIST_BYTES:
        raise InterchangeError(
            _("The holiday list is {size} MB; lists over {limit} MB are not read.").format(
                size=local_number(size / 2**20, 1), limit=MAX_LIST_BYTES // 2**20
            )
        )
