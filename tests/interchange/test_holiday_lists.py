"""Holiday lists from an iCalendar file or pasted lines: what is read, and hostile input refused."""

from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.holiday_lists import (
    MAX_LIST_BYTES,
    read_holiday_lines,
)
from cpm_desktop.interchange.ics_read import read_ics

D = dt.date
YEARS = range(2026, 2029)


def ics(*events: str) -> bytes:
    """A calendar of `events` (each the lines inside a VEVENT), CRLF as the RFC writes it."""
    body = "".join(f"BEGIN:VEVENT\r\n{event}END:VEVENT\r\n" for event in events)
    return (
        f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n{body}END:VCALENDAR\r\n".encode()
    )


def event(start: str, summary: str, *more: str) -> str:
    """An all-day event's lines."""
    lines = [f"DTSTART;VALUE=DATE:{start}", f"SUMMARY:{summary}", *more]
    return "".join(f"{line}\r\n" for line in lines)


# -- iCalendar -------------------------------------------------------------------------------


def test_all_day_events_are_read_by_date() -> None:
    """One-day events give their date and summary, sorted by date."""
    got = read_ics(
        ics(event("20261225", "Christmas Day"), event("20260501", "Labour Day")), years=YEARS
    )
    assert got.days == ((D(2026, 5, 1), "Labour Day"), (D(2026, 12, 25), "Christmas Day"))
    assert got.skipped == ()


def test_a_multi_day_event_gives_each_day_before_its_exclusive_end() -> None:
    """DTEND is the day after the last; DURATION in days works too."""
    got = read_ics(
        ics(
            event("20261224", "Christmas break", "DTEND;VALUE=DATE:20261227"),
            event("20260406", "Easter week", "DURATION:P2D"),
        ),
        years=YEARS,
    )
    assert [d for d, _ in got.days] == [
        D(2026, 4, 6),
        D(2026, 4, 7),
        D(2026, 12, 24),
        D(2026, 12, 25),
        D(2026, 12, 26),
    ]


def test_summaries_are_unescaped_and_unfolded() -> None:
    """A folded line joins up; \\, \\; \\\\ and \\n read as text."""
    data = ics(
        "DTSTART;VALUE=DATE:20261226\r\n"
        "SUMMARY:St. Stephen\\, Boxing Day\\; closed \\\\ \r\n"
        " all day\\nsee note\r\n"
    )
    [(day, name)] = read_ics(data, years=YEARS).days
    assert (day, name) == (D(2026, 12, 26), "St. Stephen, Boxing Day; closed \\ all day see note")


def test_timed_and_cancelled_events_are_skipped_and_counted() -> None:
    """Meetings are no holidays: they are counted, not read."""
    got = read_ics(
        ics(
            event("20261225", "Christmas"),
            "DTSTART;TZID=Europe/Zurich:20261201T090000\r\nSUMMARY:Steering\r\n",
            "DTSTART:20261202T090000Z\r\nSUMMARY:Call\r\n",
            event("20261231", "Party", "STATUS:CANCELLED"),
        ),
        years=YEARS,
    )
    assert got.days == ((D(2026, 12, 25), "Christmas"),)
    assert got.skipped == ("2 timed events (not all-day)", "1 cancelled event")


def test_alarms_inside_an_event_do_not_change_it() -> None:
    """A VALARM's own properties (its description) are not the event's."""
    data = ics(
        event("20261225", "Christmas")
        + "BEGIN:VALARM\r\nACTION:DISPLAY\r\nSUMMARY:Reminder\r\nEND:VALARM\r\n"
    )
    assert read_ics(data, years=YEARS).days == ((D(2026, 12, 25), "Christmas"),)


def test_a_yearly_rule_repeats_within_the_years_asked() -> None:
    """FREQ=YEARLY repeats from its start on, bounded by the years, COUNT, UNTIL and EXDATE."""
    got = read_ics(
        ics(
            event("20201225", "Christmas", "RRULE:FREQ=YEARLY"),
            event("20260101", "New Year", "RRULE:FREQ=YEARLY;COUNT=2"),
            event("20260801", "National Day", "RRULE:FREQ=YEARLY;UNTIL=20270731"),
            event("20260501", "Labour Day", "RRULE:FREQ=YEARLY", "EXDATE;VALUE=DATE:20270501"),
        ),
        years=YEARS,
    )
    days = [d for d, _ in got.days]
    assert D(2020, 12, 25) in days  # the first occurrence is always taken
    assert [d for d in days if d.month == 12] == [
        D(2020, 12, 25),
        D(2026, 12, 25),
        D(2027, 12, 25),
        D(2028, 12, 25),
    ]
    assert [d for d in days if d.month == 1] == [D(2026, 1, 1), D(2027, 1, 1)]
    assert [d for d in days if d.month == 8] == [D(2026, 8, 1)]
    assert [d for d in days if d.month == 5] == [D(2026, 5, 1), D(2028, 5, 1)]


def test_a_yearly_rule_by_weekday_of_the_month() -> None:
    """BYMONTH with BYDAY=4TH (Thanksgiving) or -1MO (the last Monday) lands on that weekday."""
    got = read_ics(
        ics(
            event("20261126", "Thanksgiving", "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=4TH"),
            event("20260525", "Memorial Day", "RRULE:FREQ=YEARLY;BYMONTH=5;BYDAY=-1MO"),
        ),
        years=YEARS,
    )
    assert [d for d, n in got.days if n == "Thanksgiving"] == [
        D(2026, 11, 26),
        D(2027, 11, 25),
        D(2028, 11, 23),
    ]
    assert [d for d, n in got.days if n == "Memorial Day"] == [
        D(2026, 5, 25),
        D(2027, 5, 31),
        D(2028, 5, 29),
    ]


def test_other_repeats_are_taken_once_and_said() -> None:
    """A weekly rule is not expanded: its first day is read and the preview says so."""
    got = read_ics(ics(event("20261207", "Gym", "RRULE:FREQ=WEEKLY")), years=YEARS)
    assert got.days == ((D(2026, 12, 7), "Gym"),)
    assert got.skipped == ("1 repeating event taken once (only yearly repeats are expanded)",)


def test_two_holidays_on_one_day_share_it() -> None:
    """Two events on one date give one day with both names."""
    got = read_ics(ics(event("20261226", "Boxing Day"), event("20261226", "St. Stephen")))
    assert got.days == ((D(2026, 12, 26), "Boxing Day / St. Stephen"),)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        pytest.param(b"", "not an iCalendar file", id="empty"),
        pytest.param(b"Date,Name\n2026-12-25,Christmas\n", "Line 1", id="csv"),
        pytest.param(b"BEGIN:VCALENDAR\r\n", "truncated", id="truncated"),
        pytest.param(b"\xff\xfeB\x00E\x00", "not UTF-8", id="utf-16"),
        pytest.param(
            ics(event("20261332", "Nope")), "Line 5: DTSTART 20261332 is no such day", id="bad-day"
        ),
        pytest.param(ics(event("2026-12-25", "ISO")), "Line 5", id="iso-date"),
        pytest.param(
            ics(event("20260101", "Year", "DTEND;VALUE=DATE:20280101")), "too long", id="long"
        ),
        pytest.param(
            ics(event("20260101", "X", "RRULE:FREQ=YEARLY;INTERVAL=zero")), "RRULE", id="interval"
        ),
        pytest.param(
            ics(event("20260101", "X", "RRULE:FREQ=YEARLY;BYMONTH=1;BYDAY=MO")), "BYDAY", id="byday"
        ),
        pytest.param(b"BEGIN:VCALENDAR\r\nEND:VEVENT\r\n", "Line 2", id="unbegun"),
    ],
)
def test_bad_calendar_files_are_refused_with_the_line(data: bytes, words: str) -> None:
    """Each problem is one InterchangeError saying where."""
    with pytest.raises(InterchangeError, match=words):
        read_ics(data, years=YEARS)


def test_a_huge_file_is_refused_before_it_is_read() -> None:
    """Over the size limit: refused by its size."""
    with pytest.raises(InterchangeError, match="MB"):
        read_ics(b"BEGIN:VCALENDAR\r\n" + b" " * MAX_LIST_BYTES)


# -- pasted lines ----------------------------------------------------------------------------


def test_pasted_lines_in_iso_dotted_and_sheet_forms() -> None:
    """ISO or day.month.year then the name; a sheet's two cells; a header and blanks skipped."""
    text = (
        "Date\tHoliday\n"
        "2026-12-25 Christmas Day\n"
        "\n"
        "26.12.2026 St. Stephen's Day\n"
        "2027-01-01\tNew Year's Day\n"
        "2027-01-02 00:00:00\tBerchtoldstag\n"
        "# a comment\n"
        "01/08/2027, National Day\n"  # day first, no doubt it is not month 13
        "2027-04-02\n"
    )
    with pytest.raises(InterchangeError, match="Line 8: 01/08/2027 could be"):
        read_holiday_lines(text)
    got = read_holiday_lines(text.replace("01/08/2027", "13/08/2027"))
    assert got.days == (
        (D(2026, 12, 25), "Christmas Day"),
        (D(2026, 12, 26), "St. Stephen's Day"),
        (D(2027, 1, 1), "New Year's Day"),
        (D(2027, 1, 2), "Berchtoldstag"),
        (D(2027, 4, 2), "Holiday"),
        (D(2027, 8, 13), "National Day"),
    )


@pytest.mark.parametrize(
    ("text", "words"),
    [
        pytest.param("2026-12-25 Christmas\nChristmas 2026\n", "Line 2: 'Christmas'", id="no-date"),
        pytest.param("31.02.2026 Nope\n", "Line 1: 31.02.2026 is no such day", id="no-such-day"),
        pytest.param("2026-12-25 A\n\n12/25/26 B\n", "Line 3", id="two-digit-year"),
    ],
)
def test_bad_pasted_lines_name_the_line(text: str, words: str) -> None:
    """A line that does not start with a date is refused by its number."""
    with pytest.raises(InterchangeError, match=words):
        read_holiday_lines(text)


# -- hostile input ---------------------------------------------------------------------------

ICS_PROPERTIES = st.sampled_from(
    [
        "DTSTART;VALUE=DATE:20261225",
        "DTSTART:20261225",
        "DTSTART;VALUE=DATE:99991231",
        "DTSTART;VALUE=DATE:00010101",
        "DTSTART;VALUE=DATE:2026",
        'DTSTART;TZID="a:b;c":20261201T090000',
        "DTEND;VALUE=DATE:20261227",
        "DTEND;VALUE=DATE:00010101",
        "DTEND;VALUE=DATE:99991231",
        "DURATION:P9999W",
        "DURATION:P3D",
        "DURATION:PT1H",
        "SUMMARY:Christmas\\, Day",
        "SUMMARY:\\",
        " folded",
        "RRULE:FREQ=YEARLY",
        "RRULE:FREQ=YEARLY;COUNT=1000;INTERVAL=1",
        "RRULE:FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=-1,30,31",
        "RRULE:FREQ=YEARLY;BYMONTH=12;BYDAY=5SU,-5MO",
        "RRULE:FREQ=YEARLY;UNTIL=99991231",
        "RRULE:FREQ=YEARLY;UNTIL=2026",
        "RRULE:FREQ=YEARLY;INTERVAL=0",
        "RRULE:FREQ=WEEKLY",
        "RRULE:FREQ=YEARLY;BYDAY=MO",
        "RRULE:",
        "EXDATE;VALUE=DATE:20271225,",
        "EXDATE:junk",
        "STATUS:CANCELLED",
        "BEGIN:VALARM",
        "END:VALARM",
        "X-JUNK",
        ":",
    ]
)
# Noise: mostly a property of random name, parameters and value; now and then any text.
NOISE = st.builds("{}:{}".format, st.text(max_size=10), st.text(max_size=15))
LINES = st.one_of(ICS_PROPERTIES, ICS_PROPERTIES, ICS_PROPERTIES, NOISE, NOISE)
ICS_EVENTS = st.lists(st.lists(LINES, max_size=8), max_size=6) | st.lists(
    st.lists(st.text(max_size=20), max_size=3), max_size=3
)


@settings(deadline=None, max_examples=200)
@given(events=ICS_EVENTS, closed=st.booleans())
def test_hostile_calendar_text_raises_only_interchange_errors(
    events: list[list[str]], closed: bool
) -> None:
    """Any mix of events, iCalendar lines and noise reads or is refused, nothing else raised."""
    lines = ["BEGIN:VCALENDAR"]
    for properties in events:
        lines += ["BEGIN:VEVENT", *properties, "END:VEVENT"]
    lines += ["END:VCALENDAR"] if closed else []
    data = "\r\n".join(lines).encode("utf-8", "surrogatepass")
    for years in (range(2025, 2030), range(9990, 10000)):
        try:
            got = read_ics(data, years=years)
        except InterchangeError:
            continue
        assert list(got.days) == sorted(got.days)


@settings(deadline=None)
@given(data=st.binary(max_size=300))
def test_random_bytes_raise_only_interchange_errors(data: bytes) -> None:
    """Random bytes are refused (or read, if they happen to form a calendar)."""
    with contextlib.suppress(InterchangeError):
        read_ics(data)


@settings(deadline=None, max_examples=200)
@given(
    lines=st.lists(
        st.sampled_from(
            [
                "2026-12-25",
                "25.12.2026",
                "13/12/2026",
                "12/13/2026",
                "1/1/1",
                "0000-00-00",
                "\t",
                " ",
            ]
        )
        | st.text(max_size=20),
        max_size=20,
    )
)
def test_hostile_pasted_text_raises_only_interchange_errors(lines: list[str]) -> None:
    """Any pasted text reads or is refused, with nothing else raised."""
    try:
        got = read_holiday_lines("\n".join(lines))
    except InterchangeError:
        return
    assert all(name and len(name) <= 200 for _, name in got.days)
