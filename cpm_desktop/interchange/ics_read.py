"""Holidays from an iCalendar (.ics) file: its all-day events, yearly ones repeated.

Untrusted input: a size limit, bounded expansion of yearly events, and one InterchangeError
naming the line for anything that cannot be read; nothing else escapes.
"""

from __future__ import annotations

import datetime as dt
import re
from calendar import monthrange
from collections.abc import Iterator
from dataclasses import dataclass

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.holiday_lists import (
    DEFAULT_NAME,
    MAX_EVENT_DAYS,
    MAX_NAME,
    YEARS_AHEAD,
    Found,
    HolidayList,
    check_size,
)
from cpm_desktop.texts import _


@dataclass(slots=True)
class _Property:
    line: int  # where it starts in the file, from 1
    name: str
    params: dict[str, str]
    value: str


def read_ics(data: bytes, *, years: range | None = None) -> HolidayList:
    """The all-day events of an iCalendar file as holidays.

    Multi-day events give each day (DTEND is exclusive); a yearly RRULE is repeated in each
    of `years` (default: last year to YEARS_AHEAD years ahead); timed events are skipped and
    counted.
    """
    if years is None:
        this_year = dt.date.today().year
        years = range(this_year - 1, this_year + YEARS_AHEAD + 1)
    check_size(len(data))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InterchangeError(
            _("The calendar file is not UTF-8 text, as iCalendar files are; export it again.")
        ) from None
    properties = list(_content_lines(text))
    if not properties or (properties[0].name, properties[0].value.upper()) != (
        "BEGIN",
        "VCALENDAR",
    ):
        raise InterchangeError(
            _("This is not an iCalendar file: it does not begin with a calendar.")
        )
    found = Found()
    for event in _events(properties):
        _read_event(event, years, found)
    return found.result()


def _content_lines(text: str) -> Iterator[_Property]:
    """Unfold the lines (a line starting with a space or tab continues the one before) and
    split each into name, parameters and value."""
    start, parts = 0, list[str]()
    for number, raw in enumerate(text.splitlines(), start=1):
        if raw[:1] in (" ", "\t") and parts:
            parts.append(raw[1:])
            continue
        if parts:
            yield _split(start, "".join(parts))
        start, parts = number, [raw] if raw.strip() else []
    if parts:
        yield _split(start, "".join(parts))


def _split(number: int, line: str) -> _Property:
    """NAME;PARAM=VALUE;…:value, with quoted parameter values that may hold ':' and ';'."""
    quoted = False
    for at, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            head, value = line[:at], line[at + 1 :]
            break
    else:
        raise InterchangeError(
            _("Line {line} of the calendar file has no ':' (name:value).").format(line=number)
        )
    name, *raw_params = _split_params(head)
    params: dict[str, str] = {}
    for raw in raw_params:
        key, _equals, param = raw.partition("=")
        params[key.strip().upper()] = param.strip().strip('"')
    return _Property(number, name.strip().upper(), params, value)


def _split_params(head: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    quoted = False
    for char in head:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _events(properties: list[_Property]) -> Iterator[list[_Property]]:
    """The properties of each VEVENT (not of the alarms inside it)."""
    stack: list[str] = []
    event: list[_Property] = []
    for prop in properties:
        if prop.name == "BEGIN":
            stack.append(prop.value.strip().upper())
            if stack[-1] == "VEVENT":
                event = []
        elif prop.name == "END":
            if not stack or stack[-1] != prop.value.strip().upper():
                raise InterchangeError(
                    _(
                        "Line {line} of the calendar file ends {value!r}, which was not begun; "
                        "the file may be damaged."
                    ).format(line=prop.line, value=prop.value.strip())
                )
            if stack.pop() == "VEVENT":
                yield event
        elif stack and stack[-1] == "VEVENT":
            event.append(prop)
    if stack:
        raise InterchangeError(_("The calendar file ends in the middle; it may be truncated."))


def _read_event(event: list[_Property], years: range, found: Found) -> None:
    props: dict[str, _Property] = {}
    for prop in event:
        props.setdefault(prop.name, prop)
    start = props.get("DTSTART")
    if start is None:
        return  # not a dated event (a note); nothing to take
    if props.get("STATUS") is not None and props["STATUS"].value.strip().upper() == "CANCELLED":
        found.cancelled += 1
        return
    if not _is_all_day(start):
        found.timed += 1
        return
    first = _ics_date(start)
    length = _length(props, first)
    summary = props.get("SUMMARY")
    name = _unescape(summary.value).strip()[:MAX_NAME] if summary else ""
    name = " ".join(name.split()) or DEFAULT_NAME
    rule = props.get("RRULE")
    starts = [first] if rule is None else _yearly(rule, first, years, found)
    excluded = {d for p in event if p.name == "EXDATE" for d in _ics_dates(p)}
    for day in starts:
        if day in excluded:
            continue
        for offset in range(length):
            try:
                found.add(day + dt.timedelta(offset), name, start.line)
            except OverflowError:
                raise InterchangeError(
                    _("Line {line}: the event runs past the year 9999.").format(line=start.line)
                ) from None


def _is_all_day(prop: _Property) -> bool:
    """VALUE=DATE, or a bare eight-digit date (some writers leave the parameter out)."""
    value = prop.value.strip()
    return (
        prop.params.get("VALUE", "").upper() == "DATE" or re.fullmatch(r"\d{8}", value) is not None
    )


_ICS_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})")


def _ics_date(prop: _Property, value: str | None = None) -> dt.date:
    text = (prop.value if value is None else value).strip()
    match = _ICS_DATE.fullmatch(text[:8]) if len(text) >= 8 else None
    if match is None or (len(text) > 8 and text[8] != "T"):
        raise InterchangeError(
            _("Line {line}: {property} {value!r} is not an iCalendar date (YYYYMMDD).").format(
                line=prop.line, property=prop.name, value=text[:40]
            )
        )
    try:
        return dt.date(*map(int, match.groups()))
    except ValueError:
        raise InterchangeError(
            _("Line {line}: {property} {value} is no such day.").format(
                line=prop.line, property=prop.name, value=text[:8]
            )
        ) from None


def _ics_dates(prop: _Property) -> list[dt.date]:
    return [_ics_date(prop, part) for part in prop.value.split(",") if part.strip()]


_DURATION = re.compile(r"\+?P(?:(\d{1,4})W)?(?:(\d{1,4})D)?(?:T.*)?")


def _length(props: dict[str, _Property], first: dt.date) -> int:
    """Days the event covers: DTEND is exclusive; DURATION in days or weeks; else one."""
    end, duration = props.get("DTEND"), props.get("DURATION")
    if end is not None:
        days = (_ics_date(end) - first).days
        where = end
    elif duration is not None:
        match = _DURATION.fullmatch(duration.value.strip().upper())
        if match is None:
            raise InterchangeError(
                _("Line {line}: DURATION {value!r} is not read.").format(
                    line=duration.line, value=duration.value.strip()[:40]
                )
            )
        weeks, plain = (int(g) if g else 0 for g in match.groups())
        days = weeks * 7 + plain
        where = duration
    else:
        return 1
    if days > MAX_EVENT_DAYS:
        raise InterchangeError(
            _(
                "Line {line}: an all-day event of {days} days is too long for a holiday "
                "(at most {most})."
            ).format(line=where.line, days=days, most=MAX_EVENT_DAYS)
        )
    return max(days, 1)  # an end on (or before) the start: the one day


_WEEKDAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_BYDAY = re.compile(r"([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)")


def _yearly(rule: _Property, first: dt.date, years: range, found: Found) -> list[dt.date]:
    """The starts of a repeating event within `years` (its first always counts once).

    FREQ=YEARLY with INTERVAL, COUNT, UNTIL, BYMONTH, BYMONTHDAY and BYDAY with an ordinal
    (4TH: the fourth Thursday; -1MO: the last Monday) is expanded; anything else is taken once.
    """
    parts: dict[str, str] = {}
    for piece in rule.value.strip().upper().split(";"):
        key, _equals, value = piece.partition("=")
        parts[key.strip()] = value.strip()
    known = {"FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "WKST"}
    if parts.get("FREQ") != "YEARLY" or not parts.keys() <= known:
        found.not_repeated += 1
        return [first]
    interval = _rule_number(rule, parts.get("INTERVAL", "1"), 1, 100)
    count = _rule_number(rule, parts.get("COUNT", "1000"), 1, 1000)
    until = _ics_date(rule, parts["UNTIL"]) if "UNTIL" in parts else dt.date.max
    months = sorted({_rule_number(rule, m, 1, 12) for m in _list(parts.get("BYMONTH"))})
    months = months or [first.month]
    month_days = sorted({_rule_number(rule, d, -31, 31) for d in _list(parts.get("BYMONTHDAY"))})
    by_day = sorted({_by_day(rule, d) for d in _list(parts.get("BYDAY"))})
    if not month_days and not by_day:
        month_days = [first.day]
    starts = [first]
    for number in range(count):
        year = first.year + number * interval
        if year > min(years.stop - 1, until.year, dt.date.max.year):
            break
        if year not in years:
            continue
        for day in _days_in_year(year, months, month_days, by_day):
            if first < day <= until:
                starts.append(day)
    return starts


def _days_in_year(
    year: int, months: list[int], month_days: list[int], by_day: list[tuple[int, int]]
) -> Iterator[dt.date]:
    for month in months:
        last = monthrange(year, month)[1]
        for wanted in month_days:
            day = wanted if wanted > 0 else last + 1 + wanted
            if 1 <= day <= last:
                yield dt.date(year, month, day)
        for ordinal, weekday in by_day:
            matching = [
                d for d in range(1, last + 1) if dt.date(year, month, d).weekday() == weekday
            ]
            if ordinal and abs(ordinal) <= len(matching):
                index = ordinal - 1 if ordinal > 0 else ordinal
                yield dt.date(year, month, matching[index])


def _by_day(rule: _Property, text: str) -> tuple[int, int]:
    match = _BYDAY.fullmatch(text)
    if match is None or not match.group(1):
        raise InterchangeError(
            _(
                "Line {line}: BYDAY {value!r} is not read (a yearly holiday names its week, "
                "as 4TH or -1MO)."
            ).format(line=rule.line, value=text[:20])
        )
    ordinal = int(match.group(1))
    if not 1 <= abs(ordinal) <= 5:
        raise InterchangeError(
            _("Line {line}: BYDAY {value!r} has no such week.").format(
                line=rule.line, value=text[:20]
            )
        )
    return ordinal, _WEEKDAYS[match.group(2)]


def _rule_number(rule: _Property, text: str, low: int, high: int) -> int:
    if re.fullmatch(r"[+-]?\d{1,6}", text) is None or not low <= int(text) <= high:
        raise InterchangeError(
            _(
                "Line {line}: the RRULE value {value!r} is not a number from {low} to {high}."
            ).format(line=rule.line, value=text[:20], low=low, high=high)
        )
    return int(text)


def _list(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def _unescape(text: str) -> str:
    r"""iCalendar text: \\ \; \, and \n (a line break, read as a space in a name)."""
    return re.sub(
        r"\\(.)", lambda m: " " if m.group(1) in "nN" else m.group(1), text, flags=re.DOTALL
    )
