"""The project calendar of an MS Project XML file, as working weekdays and non-working dates.

Calendar exceptions come in two forms: `WeekDay` rows with DayType 0 (before Project 2007) and
`Exceptions/Exception` (2007+), which may recur. Recurrences expand to dates as MPXJ's
`RecurringData` does; Project 2007+ writes both forms, and MPXJ (like us) reads the old one only
when a calendar has no `Exceptions`.
"""

from __future__ import annotations

import calendar as month_calendar
import datetime as dt
from collections.abc import Iterator
from itertools import count
from xml.etree.ElementTree import Element

from cpm_desktop.interchange.model import MONDAY_TO_FRIDAY, ImportNotes, PlanCalendar
from cpm_desktop.interchange.mspdi_values import flag_of, int_of, parse_datetime, text_of
from cpm_desktop.interchange.text_values import clipped

# A rule spanning more days than this is a mistake or a "closed for years" marker; the
# workspace keeps holidays one by one, so a longer run is cut and reported.
MAX_DAYS_PER_EXCEPTION = 3660
UNNAMED = "Holiday"
_DAY = dt.timedelta(days=1)


def read_project_calendar(root: Element, notes: ImportNotes) -> tuple[PlanCalendar, str | None]:
    """The calendar named by `CalendarUID` (with its base calendars) and its UID."""
    by_uid = calendars_by_uid(root)
    chosen = _project_calendar(root, by_uid)
    if chosen is None:
        if by_uid:
            notes.drop("The file names no project calendar; Monday to Friday is used.")
        return PlanCalendar(), None
    return read_calendar(chosen, by_uid, notes), text_of(chosen, "UID")


def calendars_by_uid(root: Element) -> dict[str, Element]:
    """Every `Calendars/Calendar` by its UID (the first of a repeated UID)."""
    by_uid: dict[str, Element] = {}
    for element in root.findall("Calendars/Calendar"):
        uid = text_of(element, "UID")
        if uid is not None:
            by_uid.setdefault(uid, element)
    return by_uid


def read_calendar(chosen: Element, by_uid: dict[str, Element], notes: ImportNotes) -> PlanCalendar:
    """One calendar with what its base calendars give it: working weekdays and days off."""
    chain = [chosen]  # the calendar, then its base, its base's base…
    while (base := by_uid.get(text_of(chain[-1], "BaseCalendarUID") or "")) is not None:
        if any(base is seen for seen in chain):
            break  # a loop of bases: stop at the first repeat
        chain.append(base)
    chain.reverse()  # apply the base first, then what each derived calendar changes
    name = text_of(chosen, "Name") or "Standard"
    label = f"Calendar '{name}'"

    working = {day: day in MONDAY_TO_FRIDAY for day in range(7)}
    for element in chain:
        _apply_weekdays(element, working)
    weekdays = frozenset(day for day, works in working.items() if works)
    if not weekdays:
        notes.drop(f"{label} has no working weekday; Monday to Friday is used.")
        weekdays = MONDAY_TO_FRIDAY

    holidays: dict[dt.date, str] = {}
    for element in chain:
        for dates, working_day, what in _exceptions(element, label, notes):
            _apply(dates, working_day, what, weekdays, holidays, label, notes)
        weeks = len(element.findall("WorkWeeks/WorkWeek"))
        if weeks:
            notes.drop(
                f"{label}: {weeks} alternate work week(s) left out; the default "
                "week is used all year."
            )
    return PlanCalendar(name, weekdays, sorted(holidays.items()))


def _project_calendar(root: Element, by_uid: dict[str, Element]) -> Element | None:
    """`CalendarUID`, else the one named Standard, else the first base calendar (as MPXJ)."""
    chosen = by_uid.get(text_of(root, "CalendarUID") or "")
    if chosen is not None:
        return chosen
    elements = list(by_uid.values())
    for element in elements:
        if text_of(element, "Name") == "Standard":
            return element
    return next((e for e in elements if flag_of(e, "IsBaseCalendar")), None)


def _apply_weekdays(element: Element, working: dict[int, bool]) -> None:
    """DayType 1 = Sunday … 7 = Saturday; a derived calendar lists only what it changes."""
    for day in element.findall("WeekDays/WeekDay"):
        kind = int_of(day, "DayType")
        if kind is not None and 1 <= kind <= 7 and text_of(day, "DayWorking") is not None:
            working[(kind - 2) % 7] = flag_of(day, "DayWorking")


def _apply(
    dates: list[dt.date],
    working_day: bool,
    what: str,
    weekdays: frozenset[int],
    holidays: dict[dt.date, str],
    label: str,
    notes: ImportNotes,
) -> None:
    if not working_day:
        for day in dates:
            holidays.setdefault(day, what)
        return
    # A working exception undoes a holiday of a base calendar; on a non-working weekday it
    # would need per-date working days, which our calendar does not have.
    for day in dates:
        holidays.pop(day, None)
    odd = [day for day in dates if day.weekday() not in weekdays]
    if odd:
        notes.drop(
            f"{label}: working time '{what}' on {_describe(odd)} falls on non-working "
            "weekdays and is left out."
        )


def _exceptions(
    element: Element, label: str, notes: ImportNotes
) -> Iterator[tuple[list[dt.date], bool, str]]:
    """(dates, is working, name) of each exception of one calendar, in file order."""
    exceptions = element.findall("Exceptions/Exception")
    if exceptions:
        for exception in exceptions:
            what = text_of(exception, "Name") or UNNAMED
            dates = _exception_dates(exception, what, label, notes)
            if dates is not None:
                yield dates, _is_working(exception), what
        return
    for day in element.findall("WeekDays/WeekDay"):
        if int_of(day, "DayType") == 0:
            found = _period(day, UNNAMED, label, notes)
            if found is not None:
                yield _days(*found, UNNAMED, label, notes), _is_working(day), UNNAMED


def _is_working(element: Element) -> bool:
    """DayWorking, else working when it gives working times (an exception is off by default)."""
    if text_of(element, "DayWorking") is not None:
        return flag_of(element, "DayWorking")
    return element.find("WorkingTimes/WorkingTime") is not None


def _period(
    element: Element, what: str, label: str, notes: ImportNotes
) -> tuple[dt.date, dt.date] | None:
    """TimePeriod FromDate..ToDate as days, both included; None (reported) if unreadable."""
    first_text = text_of(element, "TimePeriod/FromDate")
    last_text = text_of(element, "TimePeriod/ToDate")
    if first_text is None or last_text is None:
        notes.drop(f"{label}: exception '{what}' has no dates and is left out.")
        return None
    try:
        first, last = parse_datetime(first_text), parse_datetime(last_text)
    except ValueError:
        notes.drop(
            f"{label}: exception '{what}' has an unreadable date ({clipped(first_text)} – "
            f"{clipped(last_text)}) and is left out."
        )
        return None
    last_day = last.date()
    if last.time() == dt.time(0) and last_day > first.date():
        last_day -= _DAY  # an end at midnight closes the day before
    return first.date(), last_day


def _days(
    first: dt.date, last: dt.date, what: str, label: str, notes: ImportNotes
) -> list[dt.date]:
    span = (last - first).days + 1
    if span > MAX_DAYS_PER_EXCEPTION:
        notes.drop(
            f"{label}: exception '{what}' spans {span} days; only the first "
            f"{MAX_DAYS_PER_EXCEPTION} are kept."
        )
        span = MAX_DAYS_PER_EXCEPTION
    return [first + dt.timedelta(days=n) for n in range(max(span, 0))]


def _exception_dates(
    exception: Element, what: str, label: str, notes: ImportNotes
) -> list[dt.date] | None:
    """The dates of a 2007+ exception: a plain range, or a recurrence expanded."""
    found = _period(exception, what, label, notes)
    if found is None:
        return None
    first, last = found
    kind = int_of(exception, "Type") or 0
    period = max(int_of(exception, "Period") or 1, 1)
    if kind not in range(1, 8) or (kind in (1, 7) and period == 1):
        # No recurrence, or "every day" which MPXJ too flattens to the date range.
        return _days(first, last, what, label, notes)
    candidates = _recurrence(exception, kind, first, period)
    if candidates is None:
        notes.drop(
            f"{label}: recurring exception '{what}' is in a form CPM Desktop does not "
            "understand and is left out."
        )
        return None
    dates: list[dt.date] = []
    try:
        for day in candidates:
            if day > last:
                break
            if day >= first:
                dates.append(day)
            if len(dates) == MAX_DAYS_PER_EXCEPTION:
                notes.drop(
                    f"{label}: recurring exception '{what}' is cut after "
                    f"{MAX_DAYS_PER_EXCEPTION} dates."
                )
                break
    except (OverflowError, ValueError):
        pass  # ran past the last representable date
    if not dates:
        notes.drop(
            f"{label}: recurring exception '{what}' has no date in "
            f"{first.isoformat()} – {last.isoformat()} and is left out."
        )
    return dates


def _recurrence(
    exception: Element, kind: int, first: dt.date, period: int
) -> Iterator[dt.date] | None:
    """Candidate dates in rising order (may start before `first`); None if not understood.

    Type 1/7 daily, 6 weekly (DaysOfWeek bits 1 = Sunday … 64 = Saturday), 4 monthly on a day,
    5 monthly relative, 2 yearly on a day, 3 yearly relative (MonthItem 3 = Sunday … 9 =
    Saturday, MonthPosition 0 = first … 4 = last, Month 0 = January).
    """
    if kind in (1, 7):
        return (first + dt.timedelta(days=period * n) for n in count())
    if kind == 6:
        bits = int_of(exception, "DaysOfWeek") or 0
        days = [d for d in range(7) if bits & (1 << ((d + 1) % 7))]  # Monday is bit 2
        return _weekly(first, period, days) if days else None
    month = int_of(exception, "Month")
    if kind in (2, 3) and (month is None or not 0 <= month <= 11):
        return None
    if kind in (2, 4):
        day = int_of(exception, "MonthDay")
        if day is None or not 1 <= day <= 31:
            return None
        if kind == 2:
            assert month is not None
            return (_on_day(year, month + 1, day) for year in count(first.year))
        # MPXJ starts in the next month when the day is already past in the first one.
        start = (first.year * 12 + first.month - 1) + (1 if day < first.day else 0)
        return (_on_day(*_year_month(start + period * n), day) for n in count())
    item, position = int_of(exception, "MonthItem"), int_of(exception, "MonthPosition")
    if item is None or not 3 <= item <= 9 or position is None or not 0 <= position <= 4:
        return None  # MonthItem 0-2 (any day / weekday / weekend day) is not handled
    weekday = (item - 3 + 6) % 7
    if kind == 3:
        assert month is not None
        return (_relative(year, month + 1, weekday, position) for year in count(first.year))
    start = first.year * 12 + first.month - 1
    return (_relative(*_year_month(start + period * n), weekday, position) for n in count())


def _weekly(first: dt.date, period: int, weekdays: list[int]) -> Iterator[dt.date]:
    """Weeks run Sunday to Saturday from the week holding `first`, every `period` weeks."""
    sunday = first - dt.timedelta(days=(first.weekday() + 1) % 7)
    order = sorted(weekdays, key=lambda d: (d + 1) % 7)  # Sunday first
    for n in count():
        week = sunday + dt.timedelta(weeks=period * n)
        for weekday in order:
            yield week + dt.timedelta(days=(weekday + 1) % 7)


def _year_month(months: int) -> tuple[int, int]:
    return months // 12, months % 12 + 1


def _on_day(year: int, month: int, day: int) -> dt.date:
    """Day `day` of the month, or its last day when the month is shorter (as MPXJ)."""
    return dt.date(year, month, min(day, month_calendar.monthrange(year, month)[1]))


def _relative(year: int, month: int, weekday: int, position: int) -> dt.date:
    """The first…fourth (position 0-3) or last (4) `weekday` of the month."""
    if position == 4:
        last = dt.date(year, month, month_calendar.monthrange(year, month)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * position)


def _describe(dates: list[dt.date]) -> str:
    if len(dates) == 1:
        return dates[0].isoformat()
    return f"{len(dates)} dates from {dates[0].isoformat()} to {dates[-1].isoformat()}"
