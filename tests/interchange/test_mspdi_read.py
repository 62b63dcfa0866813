"""Reading MS Project XML: small hand-made files, then the real ones against MPXJ's reading."""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import Plan, PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.interchange.xml_input import parse_xml
from cpm_desktop.scheduling.calendar import WorkCalendar

D = dt.date
NS = "http://schemas.microsoft.com/project"
TESTDATA = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "interchange"
MONDAY = "2026-09-07"  # the project start of the hand-made files


def weekdays(working: tuple[int, ...] = (2, 3, 4, 5, 6)) -> str:
    """WeekDay rows, DayType 1 = Sunday … 7 = Saturday; Monday to Friday by default."""
    return "".join(
        f"<WeekDay><DayType>{d}</DayType><DayWorking>{int(d in working)}</DayWorking></WeekDay>"
        for d in range(1, 8)
    )


def calendar(uid: int = 1, *, days: str | None = None, inner: str = "", base: int = -1) -> str:
    """One <Calendar>; `inner` holds Exceptions (or more WeekDay rows go into `days`)."""
    return (
        f"<Calendar><UID>{uid}</UID><Name>Cal{uid}</Name>"
        f"<IsBaseCalendar>{int(base == -1)}</IsBaseCalendar><BaseCalendarUID>{base}"
        f"</BaseCalendarUID><WeekDays>{weekdays() if days is None else days}</WeekDays>"
        f"{inner}</Calendar>"
    )


def task(
    uid: int, name: str | None = None, level: int = 1, dur: str = "PT8H0M0S", **more: object
) -> str:
    """One <Task>; keyword fields become child elements (`inner` is raw XML)."""
    inner = str(more.pop("inner", ""))
    fields = "".join(f"<{k}>{v}</{k}>" for k, v in more.items())
    title = "" if name is None else f"<Name>{name}</Name>"
    return (
        f"<Task><UID>{uid}</UID>{title}<OutlineLevel>{level}</OutlineLevel>"
        f"<Duration>{dur}</Duration><DurationFormat>7</DurationFormat>{fields}{inner}</Task>"
    )


def link(predecessor: int, kind: int | None = 1, lag: int = 0, fmt: int = 7) -> str:
    """A <PredecessorLink>, written inside the successor."""
    type_ = "" if kind is None else f"<Type>{kind}</Type>"
    return (
        f"<PredecessorLink><PredecessorUID>{predecessor}</PredecessorUID>{type_}"
        f"<LinkLag>{lag}</LinkLag><LagFormat>{fmt}</LagFormat></PredecessorLink>"
    )


def project(
    tasks: str,
    *,
    head: str = "",
    calendars: str | None = None,
    tail: str = "",
    xmlns: str | None = NS,
    calendar_uid: int = 1,
) -> bytes:
    """A Project file around the given tasks, with a summary task UID 0 as Project writes."""
    ns = "" if xmlns is None else f' xmlns="{xmlns}"'
    cals = calendar() if calendars is None else calendars
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Project{ns}><Name>office.xml</Name><Title>Office move</Title>
<StartDate>{MONDAY}T08:00:00</StartDate><CurrencyCode>EUR</CurrencyCode>
<CalendarUID>{calendar_uid}</CalendarUID><DefaultStartTime>08:00:00</DefaultStartTime>
<MinutesPerDay>480</MinutesPerDay><MinutesPerWeek>2400</MinutesPerWeek>{head}
<Calendars>{cals}</Calendars>
<Tasks>{task(0, "Office move", 0, Summary=1)}{tasks}</Tasks>{tail}</Project>""".encode()


def read(data: bytes, name: str = "office.xml") -> Plan:
    """read_mspdi under a file name the messages can name."""
    return read_mspdi(data, name)


def one(data: bytes) -> Plan:
    """Read a file expected to hold exactly one task (besides the project summary)."""
    plan = read(data)
    assert len(plan.tasks) == 1
    return plan


# -- durations -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("duration", "days"),
    [("PT8H0M0S", 1), ("PT16H0M0S", 2), ("PT40H", 5), ("P1DT0H", 1), ("P2D", 2), ("PT480M", 1)],
)
def test_whole_day_durations_convert_without_a_note(duration: str, days: int) -> None:
    """Working hours at MinutesPerDay per day (and MPXJ's day form) give whole days, silently."""
    plan = one(project(task(1, "Pack", dur=duration)))
    assert plan.tasks[0].duration == days
    assert plan.notes.approximated == []


@pytest.mark.parametrize(
    ("duration", "days", "line"),
    [
        ("PT12H0M0S", 2, "Task 'Pack': duration 1.5 days rounded up to 2 days."),
        ("PT10H0M0S", 2, "Task 'Pack': duration 1.25 days rounded up to 2 days."),
        ("PT2H0M0S", 1, "Task 'Pack': duration 0.25 days rounded up to 1 day."),
        ("P2DT4H", 3, "Task 'Pack': duration 2.17 days rounded up to 3 days."),
    ],
)
def test_sub_day_durations_round_up_with_a_note(duration: str, days: int, line: str) -> None:
    """A started day is a day of the plan: part days round up, each rounding reported."""
    plan = one(project(task(1, "Pack", dur=duration)))
    assert plan.tasks[0].duration == days
    assert plan.notes.approximated == [line]


def test_minutes_per_day_of_the_file_is_used() -> None:
    """75 hours at 7.5 hours a day are 10 days, not 9.4."""
    data = project(task(1, "Pack", dur="PT75H0M0S")).replace(
        b"<MinutesPerDay>480</MinutesPerDay>", b"<MinutesPerDay>450</MinutesPerDay>"
    )
    plan = one(data)
    assert plan.tasks[0].duration == 10
    assert plan.notes.approximated == []


def test_estimated_day_formats_are_working_time() -> None:
    """DurationFormat 39 and 53 are estimated days (as MPXJ reads them), not elapsed time."""
    tasks = task(1, "A", dur="PT16H0M0S").replace("<DurationFormat>7<", "<DurationFormat>39<")
    tasks += task(2, "B", dur="PT24H0M0S").replace("<DurationFormat>7<", "<DurationFormat>53<")
    plan = read(project(tasks))
    assert [t.duration for t in plan.tasks] == [2, 3]
    assert plan.notes.approximated == []


def test_elapsed_duration_counts_the_working_days_it_covers() -> None:
    """7 elapsed days (format 8) from a Monday cover 5 working days, reported."""
    tasks = task(1, "Cure", dur="PT168H0M0S", Start=f"{MONDAY}T08:00:00")
    plan = one(project(tasks.replace("<DurationFormat>7<", "<DurationFormat>8<")))
    assert plan.tasks[0].duration == 5
    assert plan.notes.approximated == [
        "Task 'Cure': elapsed duration of 7 days (calendar) taken as 5 days of work."
    ]


def test_unreadable_duration_falls_back_on_the_dates() -> None:
    """A damaged Duration is replaced by the working days between Start and Finish."""
    tasks = task(1, "Pack", dur="eight hours", Start=f"{MONDAY}T08:00", Finish="2026-09-09T17:00")
    plan = one(project(tasks))
    assert plan.tasks[0].duration == 3
    assert plan.notes.approximated == [
        "Task 'Pack' has no readable duration ('eight hours'); 3 days from its dates."
    ]


def test_zero_and_negative_durations_become_milestones() -> None:
    """No duration means a milestone in our model; a negative one is reported too."""
    plan = read(project(task(1, "Zero", dur="PT0H0M0S") + task(2, "Minus", dur="-PT8H0M0S")))
    assert [(t.duration, t.is_milestone) for t in plan.tasks] == [(0, True), (0, True)]
    assert "Task 'Minus': negative duration -1 day taken as 0." in plan.notes.approximated


def test_milestone_flag_gives_zero_duration() -> None:
    """Milestone 1 is a milestone of 0 days; a duration it carried is reported as not kept."""
    tasks = task(1, "Go", dur="PT0H0M0S", Milestone=1)
    plan = read(project(tasks + task(2, "Long", dur="PT16H0M0S", Milestone=1)))
    assert [(t.is_milestone, t.duration) for t in plan.tasks] == [(True, 0), (True, 0)]
    assert plan.notes.approximated == [
        "Task 'Long' is a milestone; its duration of 2 days is not kept."
    ]


# -- links -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name"), [(0, "FF"), (1, "FS"), (2, "SF"), (3, "SS"), (None, "FS")]
)
def test_link_types(kind: int | None, name: str) -> None:
    """Type 0 = FF, 1 = FS, 2 = SF, 3 = SS; no Type is FS."""
    plan = read(project(task(1, "A") + task(2, "B", inner=link(1, kind))))
    assert plan.links == [PlanLink("1", "2", name, 0)]


@pytest.mark.parametrize(
    ("lag", "fmt", "days", "noted"),
    [
        (4800, 7, 1, False),  # tenths of a minute: 4800 = 480 minutes = 1 day
        (-9600, 7, -2, False),  # a lead
        (24000, 9, 5, False),  # shown in weeks, still minutes of work
        (4800, 5, 1, False),  # shown in hours
        (96000, 11, 20, False),  # shown in months
        (2400, 7, 1, True),  # half a day rounds up
        (-2400, 7, -1, True),  # half a day of lead rounds away from zero
        (100800, 8, 5, True),  # 7 elapsed days ≈ 5 working days
        (50, 19, 2, True),  # 50 % of the predecessor's 4 days
    ],
)
def test_lag_formats(lag: int, fmt: int, days: int, noted: bool) -> None:
    """LinkLag is work time in tenths of a minute; elapsed and percent lags are approximated."""
    plan = read(project(task(1, "A", dur="PT32H0M0S") + task(2, "B", inner=link(1, 1, lag, fmt))))
    assert plan.links == [PlanLink("1", "2", "FS", days)]
    assert bool(plan.notes.approximated) is noted
    assert all(line.startswith("Link 'A' → 'B': ") for line in plan.notes.approximated)


def test_links_to_unknown_blank_or_summary_rows_are_dropped() -> None:
    """Links naming the project summary, a blank row or no task at all are left out, noted."""
    tasks = (
        task(1, "A")
        + task(2, None, 0, IsNull=1)
        + task(3, "B", inner=link(0) + link(2) + link(99) + link(1))
    )
    plan = read(project(tasks))
    assert plan.links == [PlanLink("1", "3", "FS", 0)]
    assert plan.notes.dropped == [
        "Task 'B': link from the project summary task (UID 0) left out.",
        "Task 'B': link from a blank row (UID 2) left out.",
        "Task 'B': link from unknown task UID 99 left out.",
    ]


# -- constraints and dates -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "name", "day"),
    [
        (0, "ASAP", None),
        (1, "ALAP", None),
        (2, "MSO", D(2026, 9, 9)),
        (3, "MFO", D(2026, 9, 9)),
        (4, "SNET", D(2026, 9, 9)),
        (5, "SNLT", D(2026, 9, 9)),
        (6, "FNET", D(2026, 9, 9)),
        (7, "FNLT", D(2026, 9, 9)),
    ],
)
def test_constraints(kind: int, name: str, day: dt.date | None) -> None:
    """ConstraintType 0-7 map to MS Project's names; ASAP/ALAP keep no date."""
    plan = one(project(task(1, "A", ConstraintType=kind, ConstraintDate="2026-09-09T17:00:00")))
    assert (plan.tasks[0].constraint_type, plan.tasks[0].constraint_date) == (name, day)


def test_finish_constraint_at_the_start_of_a_day_means_the_day_before() -> None:
    """Finish no later than Monday 08:00 is finish no later than the Friday before."""
    plan = one(project(task(1, "A", ConstraintType=7, ConstraintDate="2026-09-14T08:00:00")))
    assert plan.tasks[0].constraint_date == D(2026, 9, 11)


def test_start_and_finish_as_the_file_shows_them() -> None:
    """Dates keep their day; a finish at 08:00 is the end of the previous working day."""
    tasks = (
        task(1, "Same day", Start="2026-09-08T08:00:00", Finish="2026-09-08T17:00:00")
        + task(
            2,
            "Over weekend",
            dur="PT8H0M0S",
            Start="2026-09-11T08:00:00",
            Finish="2026-09-14T08:00:00",
        )
        + task(
            3,
            "Milestone",
            dur="PT0H0M0S",
            Milestone=1,
            Start="2026-09-14T08:00:00",
            Finish="2026-09-14T08:00:00",
        )
        + task(
            4,
            "Done",
            ActualStart="2026-09-07T08:00:00",
            ActualFinish="2026-09-09T08:00:00",
            PercentComplete=100,
        )
    )
    plan = read(project(tasks))
    dates = [(t.start, t.finish) for t in plan.tasks]
    assert dates[:3] == [
        (D(2026, 9, 8), D(2026, 9, 8)),
        (D(2026, 9, 11), D(2026, 9, 11)),
        (D(2026, 9, 14), D(2026, 9, 14)),
    ]
    done = plan.tasks[3]
    assert (done.actual_start, done.actual_finish, done.percent_complete) == (
        D(2026, 9, 7),
        D(2026, 9, 8),
        100,
    )


@pytest.mark.parametrize(("given", "kept"), [("150", 100), ("-5", 0), ("49.5", 50)])
def test_percent_complete_is_clamped_and_rounded(given: str, kept: int) -> None:
    """Percent outside 0..100 is clamped and reported; fractions round half up."""
    plan = one(project(task(1, "A", PercentComplete=given)))
    assert plan.tasks[0].percent_complete == kept
    assert bool(plan.notes.approximated) is (given != "49.5")


# -- calendar --------------------------------------------------------------------------------


def test_weekday_types_map_sunday_first() -> None:
    """DayType 1 is Sunday and 7 Saturday: here Sunday to Thursday are the working days."""
    plan = read(project(task(1, "A"), calendars=calendar(days=weekdays((1, 2, 3, 4, 5)))))
    assert plan.calendar.working_weekdays == frozenset({6, 0, 1, 2, 3})
    assert plan.calendar.name == "Cal1"


def test_old_form_holidays_from_weekday_rows() -> None:
    """WeekDay rows with DayType 0 and a TimePeriod are non-working dates (pre-2007 form)."""
    old = (
        "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod>"
        "<FromDate>2026-12-24T00:00:00</FromDate><ToDate>2026-12-25T23:59:00</ToDate>"
        "</TimePeriod></WeekDay>"
    )
    plan = read(project(task(1, "A"), calendars=calendar(days=weekdays() + old)))
    assert plan.calendar.holidays == [(D(2026, 12, 24), "Holiday"), (D(2026, 12, 25), "Holiday")]
    assert plan.notes.counts["holidays"] == 2


def exception(name: str, first: str, last: str, working: int = 0, **rule: int) -> str:
    """A 2007+ <Exception>; `rule` holds Type, Occurrences, Period, Month… for a recurrence."""
    fields = "".join(f"<{k}>{v}</{k}>" for k, v in rule.items())
    return (
        f"<Exception><TimePeriod><FromDate>{first}T00:00:00</FromDate><ToDate>{last}T23:59:00"
        f"</ToDate></TimePeriod>{fields}<Name>{name}</Name><DayWorking>{working}</DayWorking>"
        "</Exception>"
    )


def exceptions(*rows: str) -> str:
    """An <Exceptions> block."""
    return f"<Exceptions>{''.join(rows)}</Exceptions>"


def holidays_of(*rows: str, days: str | None = None) -> list[tuple[dt.date, str]]:
    """The holidays read from a calendar holding these exceptions."""
    cals = calendar(days=days, inner=exceptions(*rows))
    return read(project(task(1, "A"), calendars=cals)).calendar.holidays


def test_new_form_exceptions_win_over_the_old_form() -> None:
    """Project 2007+ writes both forms; only Exceptions is read when it is there (as MPXJ)."""
    old = (
        "<WeekDay><DayType>0</DayType><DayWorking>0</DayWorking><TimePeriod>"
        "<FromDate>2026-05-01T00:00:00</FromDate><ToDate>2026-05-01T23:59:00</ToDate>"
        "</TimePeriod></WeekDay>"
    )
    found = holidays_of(exception("Move day", "2026-10-05", "2026-10-06"), days=weekdays() + old)
    assert found == [(D(2026, 10, 5), "Move day"), (D(2026, 10, 6), "Move day")]


def test_yearly_recurring_holiday() -> None:
    """Type 2 (yearly on a day): Christmas for three years, Month 11 = December."""
    rule = exception(
        "Christmas", "2026-12-25", "2028-12-25", Type=2, Occurrences=3, Month=11, MonthDay=25
    )
    assert holidays_of(rule) == [(D(year, 12, 25), "Christmas") for year in (2026, 2027, 2028)]


@pytest.mark.parametrize(
    ("rule", "dates"),
    [
        ({"Type": 7, "Period": 3}, [D(2026, 9, d) for d in range(1, 31, 3)]),
        (
            {"Type": 6, "Period": 2, "DaysOfWeek": 2 | 32},  # Monday and Friday, every 2 weeks
            [D(2026, 9, 4), D(2026, 9, 14), D(2026, 9, 18), D(2026, 9, 28)],
        ),
        ({"Type": 4, "Period": 1, "MonthDay": 31}, [D(2026, 9, 30)]),  # clipped to the 30th
        (
            {"Type": 5, "Period": 1, "MonthItem": 8, "MonthPosition": 4},  # last Friday
            [D(2026, 9, 25)],
        ),
        (
            {"Type": 3, "Month": 8, "MonthItem": 4, "MonthPosition": 0},  # 1st Monday of September
            [D(2026, 9, 7)],
        ),
    ],
)
def test_daily_weekly_monthly_and_relative_recurrences(rule: dict, dates: list[dt.date]) -> None:
    """The recurrence forms expand as MPXJ's RecurringData does, within FromDate..ToDate."""
    found = holidays_of(exception("Rule", "2026-09-01", "2026-09-30", **rule))
    assert [day for day, _ in found] == dates


def test_recurrence_not_understood_is_dropped() -> None:
    """MonthItem 1 ('weekday') is a form not handled: left out, with a note."""
    odd = exception("Odd", "2026-09-01", "2026-12-31", Type=5, MonthItem=1, MonthPosition=0)
    plan = read(project(task(1, "A"), calendars=calendar(inner=exceptions(odd))))
    assert plan.calendar.holidays == []
    assert plan.notes.dropped == [
        "Calendar 'Cal1': recurring exception 'Odd' is in a form CPM Desktop does not "
        "understand and is left out."
    ]


def test_working_exception_on_a_weekend_is_dropped() -> None:
    """A working Saturday cannot be kept (weekdays + holidays only), so it is reported."""
    move = exception("Move", "2026-09-12", "2026-09-12", 1)
    plan = read(project(task(1, "A"), calendars=calendar(inner=exceptions(move))))
    assert plan.calendar.working_weekdays == frozenset(range(5))
    assert plan.notes.dropped == [
        "Calendar 'Cal1': working time 'Move' on 2026-09-12 falls on non-working weekdays and "
        "is left out."
    ]


def test_derived_calendar_starts_from_its_base() -> None:
    """CalendarUID 2 is based on 1: base holidays and weekdays, then its own changes."""
    base = calendar(1, inner=exceptions(exception("Fair", "2026-10-01", "2026-10-02")))
    derived = calendar(
        2,
        days="<WeekDay><DayType>6</DayType><DayWorking>0</DayWorking></WeekDay>",  # Friday off
        inner=exceptions(
            exception("Open", "2026-10-01", "2026-10-01", 1),
            exception("Own", "2026-10-05", "2026-10-05"),
        ),
        base=1,
    )
    plan = read(project(task(1, "A"), calendars=base + derived, calendar_uid=2))
    assert plan.calendar.working_weekdays == frozenset({0, 1, 2, 3})
    assert plan.calendar.holidays == [(D(2026, 10, 2), "Fair"), (D(2026, 10, 5), "Own")]


# -- outline, rows, owners, money, baseline --------------------------------------------------


def test_outline_levels_give_parents_in_file_order() -> None:
    """Parent = the nearest earlier task one level up; blank rows at level 0 change nothing."""
    tasks = (
        task(1, "Phase", 1, Summary=1)
        + task(2, "Design", 2)
        + task(3, None, 0, IsNull=1)
        + task(4, "Sub", 2, Summary=1)
        + task(5, "Deep", 3)
        + task(6, "Deeper jump", 5)
        + task(7, "Next phase", 1)
    )
    plan = read(project(tasks))
    assert [(t.key, t.parent_key) for t in plan.tasks] == [
        ("1", None),
        ("2", "1"),
        ("4", "1"),
        ("5", "4"),
        ("6", "5"),
        ("7", None),
    ]
    assert plan.notes.counts == {
        "tasks": 3,
        "summaries": 3,
        "milestones": 0,
        "links": 0,
        "holidays": 0,
    }


def test_project_summary_and_blank_rows_are_not_tasks() -> None:
    """UID 0, IsNull rows and rows without a name are skipped."""
    tasks = task(1, "A") + task(2, None, 0, IsNull=1) + task(3, None, 1) + task(4, "B")
    plan = read(project(tasks))
    assert [t.key for t in plan.tasks] == ["1", "4"]


def test_resources_become_the_owner() -> None:
    """Assigned resource names, each once, in file order; 'unassigned' -65535 gives none."""
    resources = "".join(
        f"<Resource><UID>{uid}</UID><Name>{name}</Name></Resource>"
        for uid, name in ((1, "Ana"), (2, "Bo"), (3, "X" * 150), (4, "Y" * 100))
    )
    assignments = "".join(
        f"<Assignment><TaskUID>{t}</TaskUID><ResourceUID>{r}</ResourceUID></Assignment>"
        for t, r in ((1, 2), (1, 1), (1, 2), (2, -65535), (3, 3), (3, 4))
    )
    tail = f"<Resources>{resources}</Resources><Assignments>{assignments}</Assignments>"
    plan = read(project(task(1, "A") + task(2, "B") + task(3, "C"), tail=tail))
    assert [t.owner for t in plan.tasks[:2]] == ["Bo, Ana", ""]
    assert plan.tasks[2].owner == ("X" * 150 + ", " + "Y" * 100)[:200]
    assert plan.notes.approximated == [
        "Task 'C': the names of its 2 resources are cut to 200 characters.",
        "Task 'A': Bo is assigned twice; the two are added up.",
    ]


def test_costs_are_stored_in_hundredths() -> None:
    """MSPDI money is ×100: Cost 43000 is 430.00 (MPXJ's parseCurrency)."""
    plan = one(project(task(1, "A", Cost=43000, ActualCost="1050.5")))
    assert (plan.tasks[0].budget_cost, plan.tasks[0].actual_cost) == (
        Decimal("430.00"),
        Decimal("10.51"),
    )


def test_baseline_zero_is_kept() -> None:
    """Baseline Number 0 gives the baseline fields; baseline 1 is ignored."""
    baselines = (
        "<Baseline><Number>1</Number><Start>2026-01-01T08:00:00</Start></Baseline>"
        "<Baseline><Number>0</Number><Start>2026-09-07T08:00:00</Start>"
        "<Finish>2026-09-10T08:00:00</Finish><Duration>PT24H0M0S</Duration>"
        "<Cost>150000</Cost></Baseline>"
    )
    task_ = one(project(task(1, "A", inner=baselines))).tasks[0]
    assert (task_.baseline_start, task_.baseline_finish) == (D(2026, 9, 7), D(2026, 9, 9))
    assert (task_.baseline_duration, task_.baseline_cost) == (3, Decimal("1500.00"))


def test_notes_and_project_fields() -> None:
    """Title, manager, company, status date, currency and task notes are read."""
    head = (
        "<Manager>Kim</Manager><Company>Acme</Company><StatusDate>2026-09-18T17:00:00</StatusDate>"
    )
    plan = read(project(task(1, "A", Notes="Call the movers\r\nfirst"), head=head))
    assert (plan.name, plan.manager, plan.client, plan.currency) == (
        "Office move",
        "Kim",
        "Acme",
        "EUR",
    )
    assert (plan.start_date, plan.status_date) == (D(2026, 9, 7), D(2026, 9, 18))
    assert plan.source_format == "MS Project XML"
    assert plan.tasks[0].notes == "Call the movers\nfirst"


def test_name_and_start_fall_back() -> None:
    """No Title/Name: the file stem; no StartDate: the earliest task start."""
    tasks = task(1, "A", Start="2026-09-09T08:00:00") + task(2, "B", Start="2026-09-08T08:00:00")
    data = project(tasks)
    data = re.sub(rb"<Name>office.xml</Name><Title>Office move</Title>", b"", data)
    data = re.sub(rb"<StartDate>[^<]*</StartDate>", b"", data, count=1)
    plan = read(data, "move-plan.xml")
    assert (plan.name, plan.start_date) == ("move-plan", D(2026, 9, 8))


@pytest.mark.parametrize("xmlns", [NS, "http://schemas.microsoft.com/project/2007", None])
def test_any_namespace_or_none(xmlns: str | None) -> None:
    """Project's namespace, the XSD's 2007 one, or none at all read the same."""
    plan = read(project(task(1, "A") + task(2, "B", inner=link(1)), xmlns=xmlns))
    assert [t.name for t in plan.tasks] == ["A", "B"]
    assert plan.links == [PlanLink("1", "2")]


# -- bad input -------------------------------------------------------------------------------


def test_wrong_root_is_refused() -> None:
    """Another XML file is named as not being MS Project XML, with its root element."""
    with pytest.raises(InterchangeError) as caught:
        read(b"<foo><Tasks/></foo>", "notes.xml")
    assert str(caught.value) == (
        "notes.xml is not an MS Project XML file (its root element is <foo>)."
    )


def test_malformed_xml_is_refused() -> None:
    """A truncated file is an InterchangeError naming the file, not a parser traceback."""
    with pytest.raises(InterchangeError, match=r"^office\.xml is not well-formed XML"):
        read(project(task(1, "A"))[:-20])


def test_entity_declarations_are_refused() -> None:
    """Entities (billion laughs, XXE) are refused by parse_xml before anything is read."""
    data = b'<!DOCTYPE p [<!ENTITY a "aaaa">]><Project><Name>&a;</Name></Project>'
    with pytest.raises(InterchangeError, match="declares XML entities"):
        read(data)


def test_impossible_task_date_is_refused() -> None:
    """An impossible date stops the import with the task, its UID and the text."""
    with pytest.raises(InterchangeError) as caught:
        read(project(task(12, "Pour", Start="2026-02-30T08:00:00")))
    assert str(caught.value) == (
        "In office.xml, task 'Pour' (UID 12) has an impossible date '2026-02-30T08:00:00'."
    )


def test_duplicate_uid_is_refused() -> None:
    """Two tasks with one UID make links ambiguous: refused."""
    with pytest.raises(InterchangeError, match="lists task UID 1 twice"):
        read(project(task(1, "A") + task(1, "B")))


def test_file_without_tasks_reads_as_an_empty_plan() -> None:
    """Only the project summary (as a calendar template holds): no task, no error."""
    plan = read(project(""))
    assert (plan.tasks, plan.links, plan.notes.counts["tasks"]) == ([], [], 0)


HUGE = "1E+999999999"  # Fraction() or int() of it would build a billion-digit integer
LONG = "9" * 5_000  # past the 4,300 digits Python reads as an int


@pytest.mark.parametrize(
    ("fields", "check"),
    [
        pytest.param({"PercentComplete": HUGE}, lambda t: t.percent_complete == 100, id="percent"),
        pytest.param({"OutlineLevel": HUGE}, lambda t: t.parent_key is None, id="level"),
        pytest.param({"Cost": HUGE}, lambda t: t.budget_cost == 0, id="cost"),
        pytest.param({"ConstraintType": HUGE}, lambda t: t.constraint_type == "ASAP", id="kind"),
        pytest.param({"dur": f"PT{LONG}H"}, lambda t: t.duration == 1, id="duration-digits"),
    ],
)
def test_huge_numbers_read_at_once_with_a_short_note(
    fields: dict[str, Any], check: Callable[[PlanTask], bool]
) -> None:
    """Numbers no plan holds are read in an instant (no huge integers), noted in a few words."""
    body = task(1, "Pack", **fields).replace(
        "<OutlineLevel>1</OutlineLevel>", "", "OutlineLevel" in fields
    )
    plan = one(project(body))
    assert check(plan.tasks[0])
    assert all(len(line) < 160 for line in plan.notes.approximated + plan.notes.dropped)


def test_a_huge_lag_reads_at_once_and_the_importer_reports_what_it_keeps() -> None:
    """A LinkLag of 1E+999999999 is read as a finite (if absurd) lag, not built digit by digit."""
    plan = read(
        project(
            task(1, "A")
            + task(
                2, "B", inner=link(1).replace("<LinkLag>0</LinkLag>", f"<LinkLag>{HUGE}</LinkLag>")
            )
        )
    )
    assert plan.links[0].lag > 10_000
    assert all(len(line) < 160 for line in plan.notes.approximated)


# -- the real files, against what MPXJ read from them ----------------------------------------

REAL_FILES: list[Path | None] = [*sorted((TESTDATA / "mspdi").glob("*.xml"))]


@pytest.fixture(params=REAL_FILES or [None], ids=lambda p: p.name if p else "absent")
def real(request: pytest.FixtureRequest) -> tuple[Path, Plan, dict]:
    """A real MSPDI file, our Plan of it, and MPXJ's reading (expected/<file>.json)."""
    path = request.param
    if path is None:
        pytest.skip(f"the shared MSPDI test files are not beside the clone ({TESTDATA})")
    expected = json.loads((TESTDATA / "expected" / f"{path.name}.json").read_text("utf-8"))
    return path, read_mspdi(path.read_bytes(), path.name), expected


def real_tasks(expected: dict) -> list[dict]:
    """MPXJ's tasks but the project summary (UID 0) and blank rows (no name)."""
    return [t for t in expected["tasks"] if t["unique_id"] != 0 and t["name"] is not None]


def test_real_file_task_and_link_counts(real: tuple[Path, Plan, dict]) -> None:
    """Non-summary tasks, summaries and links number what MPXJ found."""
    _, plan, expected = real
    tasks = real_tasks(expected)
    assert plan.notes.counts["tasks"] == sum(not t["summary"] for t in tasks)
    assert plan.notes.counts["summaries"] == sum(t["summary"] for t in tasks)
    assert len(plan.tasks) == len(tasks)
    assert len(plan.links) == expected["project"]["relation_count"]


def test_real_file_outline(real: tuple[Path, Plan, dict]) -> None:
    """Every task has MPXJ's outline depth and our summaries are MPXJ's."""
    _, plan, expected = real
    parent = {t.key: t.parent_key for t in plan.tasks}

    def depth(key: str | None) -> int:
        return 0 if key is None else 1 + depth(parent[key])

    theirs = {str(t["unique_id"]): t for t in real_tasks(expected)}
    assert {key: depth(key) for key in parent} == {k: t["outline_level"] for k, t in theirs.items()}
    assert set(parent.values()) - {None} == {k for k, t in theirs.items() if t["summary"]}


def test_real_file_dates(real: tuple[Path, Plan, dict]) -> None:
    """Each task's start/finish is MPXJ's date; a finish at 08:00 is the working day before."""
    _, plan, expected = real
    calendar = WorkCalendar(plan.calendar.working_weekdays, [d for d, _ in plan.calendar.holidays])
    ours = {t.key: (t.start, t.finish) for t in plan.tasks}
    theirs = {}
    for t in real_tasks(expected):
        start, finish = (dt.datetime.fromisoformat(t[k]) for k in ("start", "finish"))
        end = finish.date()
        if finish.time() <= dt.time(8) and end > start.date():
            end = calendar.previous_working_day(end - dt.timedelta(days=1))
        theirs[str(t["unique_id"])] = (start.date(), end)
    assert ours == theirs


def test_real_file_durations_and_links(real: tuple[Path, Plan, dict]) -> None:
    """Work-item durations and every link (type, lag in days) agree with MPXJ, rounded."""
    path, plan, expected = real
    data = path.read_bytes()
    per_day = int(re.search(rb"<MinutesPerDay>(\d+)<", data).group(1))  # type: ignore[union-attr]
    in_days = {"d": 1, "h": 60 / per_day, "m": 1 / per_day, "w": 5, "mo": 20}
    theirs = {str(t["unique_id"]): t for t in real_tasks(expected)}
    for task_ in plan.tasks:
        other = theirs[task_.key]
        if not other["summary"] and not other["milestone"]:
            wanted = other["duration"]["value"] * in_days[other["duration"]["units"]]
            assert task_.duration == math.ceil(wanted - 1e-9), task_.name
    their_links = {
        (
            str(p["predecessor_unique_id"]),
            str(t["unique_id"]),
            p["type"],
            round(p["lag"]["value"] * in_days[p["lag"]["units"]]),
        )
        for t in expected["tasks"]
        for p in t["predecessors"]
    }
    assert {(k.predecessor_key, k.successor_key, k.type, k.lag) for k in plan.links} == their_links


def test_recurring_exceptions_expand_like_ms_project() -> None:
    """Our expansion of the 26 recurring rules equals the day list MS Project itself wrote."""
    path = TESTDATA / "mspdi" / "mpxj-calendar-recurring-exceptions-project2016.xml"
    if not path.is_file():
        pytest.skip(f"{path} is not there")
    plan = read_mspdi(path.read_bytes(), path.name)
    root = parse_xml(path.read_bytes(), path.name)
    written: set[dt.date] = set()
    for day in root.iter(f"{{{NS}}}WeekDay"):
        # Project 2007+ also writes every occurrence as an old-form DayType 0 row.
        if day.findtext(f"{{{NS}}}DayType") == "0" and day.findtext(f"{{{NS}}}DayWorking") == "0":
            first, last = (
                D.fromisoformat(day.findtext(f"{{{NS}}}TimePeriod/{{{NS}}}{k}", "")[:10])
                for k in ("FromDate", "ToDate")
            )
            written |= {first + dt.timedelta(days=n) for n in range((last - first).days + 1)}
    assert len(written) == 137
    assert {day for day, _ in plan.calendar.holidays} == written
    assert plan.notes.dropped == [
        "Calendar 'Standard': working time 'Recurring Working' on 3 dates from 2010-01-02 to "
        "2010-03-06 falls on non-working weekdays and is left out."
    ]
