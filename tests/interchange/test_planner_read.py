"""Reading GNOME Planner files: small hand-made files, then the real ones against MPXJ."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import PlanLink
from cpm_desktop.interchange.planner_read import read_planner

D = dt.date
REAL = Path(__file__).resolve().parents[3] / "shared" / "testdata" / "interchange"
WEEK = '<default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>'
HOURS = '<interval start="0800" end="1200"/><interval start="1300" end="1700"/>'


def calendar(days: str = "", *, week: str = WEEK, hours: str = HOURS, types: str = "") -> str:
    """The usual Planner project calendar: Monday–Friday, 08–12 and 13–17."""
    return f"""<calendar id="1" name="Default">{week}
        <overridden-day-types><overridden-day-type id="0">{hours}</overridden-day-type>{types}
        </overridden-day-types><days>{days}</days></calendar>"""


def planner(tasks: str, *, cal: str | None = None, extra: str = "", day_types: str = "") -> bytes:
    """A Planner file around the given <task> elements, the way Planner 0.14 writes it."""
    return f"""<?xml version="1.0"?>
<project name="Office move" company="Acme" manager="Dana" phase="" project-start="20240304T000000Z"
         mrproject-version="2" calendar="1">
  <properties/><phases/>
  <calendars><day-types>
      <day-type id="0" name="Working" description="A default working day"/>
      <day-type id="1" name="Nonworking" description="A default non working day"/>
      <day-type id="2" name="Use base" description="Use day from base calendar"/>{day_types}
    </day-types>{calendar() if cal is None else cal}</calendars>
  <tasks>{tasks}</tasks>
  {extra}
</project>""".encode()


def ptask(
    ident: int, start: str, end: str, inner: str = "", *, work_start: str = "", **attrs: str
) -> str:
    """One <task>: times as "YYYYMMDDTHHMM"; keywords override attributes (_ becomes -)."""
    values = {
        "id": str(ident),
        "name": f"T{ident}",
        "note": "",
        "work": "28800",
        "start": f"{start}00Z",
        "end": f"{end}00Z",
        "work-start": f"{work_start or start}00Z",
        "percent-complete": "0",
        "priority": "0",
        "type": "normal",
        "scheduling": "fixed-work",
    }
    values.update({k.replace("_", "-"): v for k, v in attrs.items()})
    return "<task " + " ".join(f'{k}="{v}"' for k, v in values.items()) + f">{inner}</task>"


def pred(predecessor: int, kind: str = "FS", lag: int | None = None) -> str:
    """A <predecessors> block with one link to `predecessor`."""
    lag_attr = f' lag="{lag}"' if lag is not None else ""
    link = f'<predecessor id="1" predecessor-id="{predecessor}" type="{kind}"{lag_attr}/>'
    return f"<predecessors>{link}</predecessors>"


# -- structure and project -------------------------------------------------------------------


def test_tasks_nested_3000_deep_are_read_without_recursion() -> None:
    """An outline three times deeper than Python's recursion limit reads level by level."""
    depth = 3_000
    opening = "".join(ptask(i, "20240304T0800", "20240304T1700") for i in range(depth))
    data = planner(opening.replace("</task>", "") + "</task>" * depth)
    plan = read_planner(data, "deep.planner")
    assert len(plan.tasks) == depth
    assert plan.tasks[-1].parent_key == str(depth - 2)


def test_calendars_derived_3000_deep_are_read_without_recursion() -> None:
    """A chain of base calendars three times deeper than the recursion limit still resolves."""
    depth = 3_000
    inner = "".join(f'<calendar id="{i}" name="C{i}">' for i in range(2, depth + 2))
    cal = calendar().replace("</calendar>", inner + "</calendar>" * (depth + 1))
    data = planner(ptask(1, "20240304T0800", "20240305T1700"), cal=cal).replace(
        b'calendar="1"', f'calendar="{depth + 1}"'.encode()
    )
    plan = read_planner(data, "deep.planner")
    assert plan.calendar.working_weekdays == frozenset(range(5))  # inherited from the base
    assert plan.tasks[0].duration == 2


def test_hierarchy_keeps_document_order_and_parents() -> None:
    """Nested tasks come parent first, each with its summary's key."""
    inner = ptask(2, "20240304T0800", "20240305T1700") + ptask(3, "20240304T0800", "20240304T1700")
    data = planner(
        ptask(1, "20240304T0800", "20240305T1700", inner)
        + ptask(4, "20240306T0800", "20240306T1700")
    )
    plan = read_planner(data, "move.planner")
    assert [(t.key, t.parent_key) for t in plan.tasks] == [
        ("1", None),
        ("2", "1"),
        ("3", "1"),
        ("4", None),
    ]
    assert plan.notes.counts == {
        "tasks": 4,
        "summaries": 1,
        "milestones": 0,
        "links": 0,
        "holidays": 0,
    }


def test_project_fields() -> None:
    """Name, company (client), manager and project-start come from <project>."""
    plan = read_planner(planner(ptask(1, "20240305T0800", "20240305T1700")), "move.planner")
    assert (plan.name, plan.client, plan.manager) == ("Office move", "Acme", "Dana")
    assert (plan.start_date, plan.status_date, plan.source_format) == (
        D(2024, 3, 4),
        None,
        "GNOME Planner",
    )
    assert plan.calendar.name == "Default"


def test_unnamed_project_takes_the_file_name() -> None:
    """A project without a name is called after its file."""
    data = planner(ptask(1, "20240304T0800", "20240304T1700")).replace(
        b'name="Office move"', b'name=""'
    )
    assert read_planner(data, "plans/move.planner").name == "move"


# -- dates and durations ---------------------------------------------------------------------


def test_dates_are_work_start_and_end() -> None:
    """start 00:00 but work from 08:00 Monday to 17:00 Wednesday: 3 days, Monday to Wednesday."""
    (t,) = read_planner(
        planner(ptask(1, "20240304T0000", "20240306T1700", work_start="20240304T0800")), "d"
    ).tasks
    assert (t.start, t.finish, t.duration) == (D(2024, 3, 4), D(2024, 3, 6), 3)


def test_end_at_the_start_of_a_working_day_means_the_day_before() -> None:
    """Ending Monday 08:00 is ending Friday evening: finish Friday, 1 day."""
    (t,) = read_planner(planner(ptask(1, "20240308T0800", "20240311T0800")), "d").tasks
    assert (t.start, t.finish, t.duration) == (D(2024, 3, 8), D(2024, 3, 8), 1)


def test_start_after_a_predecessor_at_17_begins_next_working_day() -> None:
    """start at Friday 17:00 (the predecessor's end) with work from Monday: start Monday."""
    (t,) = read_planner(
        planner(ptask(1, "20240308T1700", "20240311T1700", work_start="")), "d"
    ).tasks
    assert (t.start, t.finish, t.duration) == (D(2024, 3, 11), D(2024, 3, 11), 1)


@pytest.mark.parametrize(
    ("end", "days", "note"),
    [
        ("20240304T1330", 1, "Task 'T1': 0.5625 working days rounded to 1."),  # 4.5 h
        ("20240305T1200", 2, "Task 'T1': 1.5 working days rounded to 2."),  # 12 h, half up
        ("20240305T1100", 1, "Task 'T1': 1.375 working days rounded to 1."),
    ],
)
def test_part_days_are_rounded_and_noted(end: str, days: int, note: str) -> None:
    """Working seconds become whole 8-hour days, each rounding reported."""
    plan = read_planner(planner(ptask(1, "20240304T0800", end)), "d.planner")
    assert plan.tasks[0].duration == days
    assert plan.notes.approximated == [note]


def test_fixed_work_shared_by_two_resources_lasts_what_its_dates_show() -> None:
    """work is effort: 20 days of work by two people over 10 days is a 10-day task."""
    t = ptask(1, "20240304T0800", "20240315T1700", work="576000")
    (task,) = read_planner(planner(t), "d.planner").tasks
    assert task.duration == 10


def test_fixed_duration_that_disagrees_with_its_dates_is_noted() -> None:
    """A stored duration unlike the dates' span keeps the dates and says so."""
    t = ptask(1, "20240304T0800", "20240305T1700", scheduling="fixed-duration", duration="288000")
    plan = read_planner(planner(t), "d.planner")
    assert plan.tasks[0].duration == 2
    assert plan.notes.approximated == [
        "Task 'T1': its fixed duration is 10 days but its dates span 2; the dates are kept."
    ]


def test_day_length_comes_from_the_working_intervals() -> None:
    """With a 6.5-hour day (09–12, 13–16:30) 13 hours of work are 2 days."""
    hours = '<interval start="0900" end="1200"/><interval start="1300" end="1630"/>'
    data = planner(ptask(1, "20240304T0900", "20240305T1630"), cal=calendar(hours=hours))
    assert read_planner(data, "d.planner").tasks[0].duration == 2


def test_milestone_keeps_its_own_date_and_constraint() -> None:
    """A milestone on Saturday stays on Saturday (work-start says Monday); MSO is kept."""
    inner = '<constraint type="must-start-on" time="20240309T000000Z"/>'
    t = ptask(
        5, "20240309T0000", "20240309T0000", inner, work_start="20240311T0800", type="milestone"
    )
    (m,) = read_planner(planner(t), "m.planner").tasks
    assert (m.is_milestone, m.duration) == (True, 0)
    assert (m.start, m.finish) == (D(2024, 3, 9), D(2024, 3, 9))
    assert (m.constraint_type, m.constraint_date) == ("MSO", D(2024, 3, 9))


def test_normal_task_without_working_time_becomes_a_milestone() -> None:
    """A 'normal' task with no working time between its dates is imported as a milestone."""
    plan = read_planner(
        planner(ptask(1, "20240304T0000", "20240304T0000", work_start="20240304T0800")), "m"
    )
    assert plan.tasks[0].is_milestone
    assert plan.notes.approximated == ["Task 'T1' has no working time; imported as a milestone."]


def test_progress_and_note() -> None:
    """percent-complete and the note attribute are kept."""
    t = ptask(1, "20240304T0800", "20240304T1700", percent_complete="26", note="Ask facilities")
    (task,) = read_planner(planner(t), "p").tasks
    assert (task.percent_complete, task.notes) == (26, "Ask facilities")


@pytest.mark.parametrize(
    ("kind", "expected"), [("start-no-earlier-than", "SNET"), ("must-start-on", "MSO")]
)
def test_constraints(kind: str, expected: str) -> None:
    """Planner's two constraints map to SNET and MSO with their dates."""
    inner = f'<constraint type="{kind}" time="20240306T000000Z"/>'
    (t,) = read_planner(planner(ptask(1, "20240306T0800", "20240306T1700", inner)), "c").tasks
    assert (t.constraint_type, t.constraint_date) == (expected, D(2024, 3, 6))


def test_unknown_constraint_is_dropped_and_noted() -> None:
    """A constraint type Planner does not define leaves the task ASAP, reported."""
    inner = '<constraint type="finish-no-later-than" time="20240306T000000Z"/>'
    plan = read_planner(planner(ptask(1, "20240306T0800", "20240306T1700", inner)), "c")
    assert plan.tasks[0].constraint_type == "ASAP"
    assert plan.notes.dropped == ["Task 'T1': constraint 'finish-no-later-than' is not kept."]


# -- links -----------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["FS", "SS", "FF", "SF"])
def test_link_types(kind: str) -> None:
    """The <predecessor> sits in the successor; its type is written out."""
    data = planner(
        ptask(1, "20240304T0800", "20240304T1700")
        + ptask(2, "20240305T0800", "20240305T1700", pred(1, kind))
    )
    assert read_planner(data, "l").links == [PlanLink("1", "2", kind, 0)]


@pytest.mark.parametrize(
    ("seconds", "days"),
    [
        (86400, 1),
        (2 * 86400, 1),
        (3 * 86400, 2),
        (7 * 86400, 5),
        (14 * 86400, 10),
        (-86400, -1),
        (28800, 0),
    ],
)
def test_lag_is_elapsed_time_turned_into_working_days(seconds: int, days: int) -> None:
    """Lag seconds are calendar time: 5 working days per 7 elapsed ones, rounded."""
    data = planner(
        ptask(1, "20240304T0800", "20240304T1700")
        + ptask(2, "20240311T0800", "20240311T1700", pred(1, lag=seconds))
    )
    plan = read_planner(data, "l")
    assert plan.links == [PlanLink("1", "2", "FS", days)]
    assert any(
        f"lag of {seconds / 3600:g} h elapsed time taken as {days} working" in line
        for line in plan.notes.approximated
    )


def test_link_from_a_missing_task_is_dropped_and_noted() -> None:
    """A predecessor-id not in the file is left out, and said."""
    plan = read_planner(planner(ptask(2, "20240305T0800", "20240305T1700", pred(9))), "l")
    assert plan.links == []
    assert any("'9'" in line for line in plan.notes.dropped)


def test_unknown_link_type_is_read_as_fs_with_a_note() -> None:
    """A type other than FS/SS/FF/SF falls back to FS, noted."""
    data = planner(
        ptask(1, "20240304T0800", "20240304T1700")
        + ptask(2, "20240305T0800", "20240305T1700", pred(1, "XX"))
    )
    plan = read_planner(data, "l")
    assert plan.links == [PlanLink("1", "2", "FS", 0)]
    assert any("unknown type 'XX'" in line for line in plan.notes.approximated)


# -- calendar --------------------------------------------------------------------------------


def test_non_working_day_is_a_holiday_and_shortens_the_work() -> None:
    """A day of type 1 on a Tuesday is a holiday; Monday to Wednesday is then 2 working days."""
    data = planner(
        ptask(1, "20240304T0800", "20240306T1700"),
        cal=calendar('<day date="20240305" type="day-type" id="1"/>'),
    )
    plan = read_planner(data, "h")
    assert plan.calendar.holidays == [(D(2024, 3, 5), "")]
    assert plan.tasks[0].duration == 2
    assert plan.notes.counts["holidays"] == 1


def test_custom_day_type_without_hours_is_a_named_holiday() -> None:
    """A user day type with no intervals is a day off, named after the type."""
    data = planner(
        ptask(1, "20240304T0800", "20240304T1700"),
        cal=calendar('<day date="20240315" type="day-type" id="3"/>'),
        day_types='<day-type id="3" name="Company day" description=""/>',
    )
    assert read_planner(data, "h").calendar.holidays == [(D(2024, 3, 15), "Company day")]


def test_working_weekend_day_is_dropped_and_noted() -> None:
    """A Saturday made working cannot be kept by a weekday calendar; the report says so."""
    data = planner(
        ptask(1, "20240304T0800", "20240304T1700"),
        cal=calendar('<day date="20240309" type="day-type" id="0"/>'),
    )
    plan = read_planner(data, "h")
    assert plan.calendar.holidays == []
    assert plan.notes.dropped == [
        "Working day 2024-03-09 on a usual day off (the calendar keeps weekdays only)."
    ]


def test_derived_calendar_uses_its_base() -> None:
    """'Use base' days take the base calendar's weekdays, hours and holidays, plus their own."""
    child = """<calendar id="7" name="Team"><default-week mon="2" tue="2" wed="2" thu="2" fri="1"
        sat="2" sun="2"/><overridden-day-types/><days><day date="20240306" type="day-type" id="1"/>
        </days></calendar>"""
    base = calendar('<day date="20240305" type="day-type" id="1"/>').replace(
        "</days></calendar>", "</days>" + child + "</calendar>"
    )
    data = planner(ptask(1, "20240304T0800", "20240307T1700"), cal=base).replace(
        b'calendar="1"', b'calendar="7"'
    )
    plan = read_planner(data, "c")
    assert plan.calendar.name == "Team"
    assert plan.calendar.working_weekdays == frozenset({0, 1, 2, 3})
    assert plan.calendar.holidays == [(D(2024, 3, 5), ""), (D(2024, 3, 6), "")]
    assert plan.tasks[0].duration == 2  # Monday and Thursday


def test_shorter_weekday_is_noted() -> None:
    """A weekday of another length is counted as a whole working day, and said."""
    types = '<overridden-day-type id="3"><interval start="0800" end="1200"/></overridden-day-type>'
    week = WEEK.replace('fri="0"', 'fri="3"')
    plan = read_planner(
        planner(ptask(1, "20240304T0800", "20240304T1700"), cal=calendar(week=week, types=types)),
        "c",
    )
    assert plan.calendar.working_weekdays == frozenset(range(5))
    assert plan.notes.approximated == [
        "Fridays have 4 h of work, the other working days 8 h; all count as whole working days."
    ]


def test_file_without_calendar_gets_monday_to_friday() -> None:
    """No <calendar> at all: Monday–Friday, 8 h days, with a note."""
    plan = read_planner(planner(ptask(1, "20240304T0800", "20240305T1700"), cal=""), "c")
    assert plan.calendar.working_weekdays == frozenset(range(5))
    assert plan.tasks[0].duration == 2
    assert any("no calendar" in line for line in plan.notes.approximated)


# -- owners ----------------------------------------------------------------------------------


def test_allocated_resources_become_the_owner() -> None:
    """The names of a task's resources, in allocation order, are its owner."""
    extra = """<resources><resource id="1" name="Ana" short-name="" type="1" units="0"/>
        <resource id="2" name="" short-name="BK" type="1" units="0"/></resources>
        <allocations><allocation task-id="1" resource-id="2" units="60"/>
        <allocation task-id="1" resource-id="1" units="10"/></allocations>"""
    plan = read_planner(planner(ptask(1, "20240304T0800", "20240304T1700"), extra=extra), "o")
    assert plan.tasks[0].owner == "BK, Ana"
    assert [(a.resource_key, a.units) for a in plan.assignments] == [("2", 0.6), ("1", 0.1)]


def test_resources_groups_rates_calendars_and_shared_work() -> None:
    """A group is the role, std-rate is per hour, type 2 is a material; a fixed-work task's
    work is shared by units; a resource calendar's day off is leave."""
    own = """<calendar id="2" name="Ana"><default-week mon="2" tue="2" wed="2" thu="2" fri="2"
        sat="2" sun="2"/><days><day date="20240305" type="day-type" id="1"/></days></calendar>"""
    cal = calendar().replace("</calendar>", own + "</calendar>")
    extra = """<resource-groups><group id="1" name="Crew"/></resource-groups>
        <resources>
        <resource id="1" name="Ana" type="1" units="0" std-rate="40" ovt-rate="60" group="1"
            calendar="2"/>
        <resource id="2" name="Bo" type="1" units="0" std-rate="0" email="bo@example.com"/>
        <resource id="3" name="Sand" type="2" units="0"/></resources>
        <allocations><allocation task-id="1" resource-id="1" units="100"/>
        <allocation task-id="1" resource-id="2" units="50"/>
        <allocation task-id="1" resource-id="3" units="300"/></allocations>"""
    tasks = ptask(1, "20240304T0800", "20240305T1200", work="43200") + ptask(
        2, "20240304T0800", "20240304T1700", scheduling="fixed-duration", priority="7000"
    )
    plan = read_planner(planner(tasks, cal=cal, extra=extra), "r.planner")
    ana, bo, sand = plan.resources
    assert (ana.role, ana.rates[0].cost_rate, ana.days_off) == (
        "Crew",
        Decimal(40),
        [(D(2024, 3, 5), "Day off")],
    )
    assert (bo.email, bo.rates, sand.kind) == ("bo@example.com", [], "material")
    assert [(a.resource_key, a.units, a.work_hours) for a in plan.assignments] == [
        ("1", 1.0, 8.0),
        ("2", 0.5, 4.0),
        ("3", 3.0, 0.0),
    ]
    first, second = plan.tasks
    assert (first.task_type, first.effort_driven, first.work_hours) == ("fixed_work", True, 12.0)
    assert (second.task_type, second.effort_driven, second.priority) == (
        "fixed_duration",
        False,
        700,
    )
    assert any("Overtime rates of 'Ana'" in line for line in plan.notes.dropped)


# -- bad input -------------------------------------------------------------------------------


def test_ganttproject_file_is_refused() -> None:
    """A GanttProject file is recognised and refused by name."""
    data = b'<project name="x" version="3.3"><tasks><taskproperties/></tasks></project>'
    with pytest.raises(
        InterchangeError, match=r"x\.gan is not a GNOME Planner file .*GanttProject"
    ):
        read_planner(data, "x.gan")


def test_ms_project_file_is_refused() -> None:
    """Another format's root element is named in the error."""
    data = b'<Project xmlns="http://schemas.microsoft.com/project"/>'
    with pytest.raises(InterchangeError, match=r"its root element is <Project>"):
        read_planner(data, "x.xml")


def test_not_xml_is_refused() -> None:
    """Broken XML gives the shared parser's clear error."""
    with pytest.raises(InterchangeError, match="is not well-formed XML"):
        read_planner(b"<project mrproject-version='2'><tasks>", "cut.planner")


def test_impossible_time_names_the_task() -> None:
    """30 February is refused, naming the task and its id."""
    with pytest.raises(
        InterchangeError, match=r"task 'T4' \(id 4\) has an impossible end: '20240230T170000Z'"
    ):
        read_planner(planner(ptask(4, "20240304T0800", "20240230T1700")), "bad.planner")


def test_end_before_start_is_refused() -> None:
    """A task ending before it starts is impossible and named."""
    with pytest.raises(InterchangeError, match=r"task 'T4' \(id 4\) ends .* before it starts"):
        read_planner(planner(ptask(4, "20240305T0800", "20240304T1700")), "bad.planner")


def test_implausible_year_is_refused() -> None:
    """A date in year 9024 is a typo, refused before walking the calendar to it."""
    with pytest.raises(InterchangeError, match="implausible end"):
        read_planner(planner(ptask(4, "20240304T0800", "90240304T1700")), "bad.planner")


def test_impossible_working_time_is_refused() -> None:
    """An interval like 25:61 is named with its calendar."""
    hours = '<interval start="0800" end="2561"/>'
    with pytest.raises(
        InterchangeError, match=r"calendar 'Default' has an impossible working time: '2561'"
    ):
        read_planner(
            planner(ptask(1, "20240304T0800", "20240304T1700"), cal=calendar(hours=hours)), "bad"
        )


def test_calendar_without_working_days_is_refused() -> None:
    """A week of only days off cannot hold any work."""
    week = WEEK.replace('"0"', '"1"')
    with pytest.raises(InterchangeError, match="no working weekday"):
        read_planner(
            planner(ptask(1, "20240304T0800", "20240304T1700"), cal=calendar(week=week)), "bad"
        )


def test_duplicate_task_ids_are_refused() -> None:
    """Two tasks with one id cannot be linked unambiguously."""
    with pytest.raises(InterchangeError, match="lists task id 1 twice"):
        read_planner(planner(ptask(1, "20240304T0800", "20240304T1700") * 2), "bad")


def test_file_without_tasks_is_refused() -> None:
    """An empty project has nothing to import."""
    with pytest.raises(InterchangeError, match="holds no tasks"):
        read_planner(planner(""), "empty.planner")


# -- the real files, against MPXJ ------------------------------------------------------------

REAL_FILES = [
    "metasepi-bohai.planner",
    "metasepi-chiers-bohai.planner",
    "mpxj-planner-calendar.planner",
    "mpxj-planner-resource.planner",
    "mpxj-planner-sample.planner",
    "mpxj-project1.planner",
]
START_OF_DAY = dt.time(8, 0)  # all these project calendars work 08–12 and 13–17, Monday–Friday


def _real(name: str) -> tuple[bytes, dict]:
    path = REAL / "planner" / name
    if not path.is_file():
        pytest.skip(f"the shared real test files are not beside the clone ({path})")
    return path.read_bytes(), json.loads((REAL / "expected" / f"{name}.json").read_text("utf-8"))


def _last_working_day(value: str) -> dt.date:
    """MPXJ's finish instant as a date: ending by 08:00 is ending the working day before."""
    moment = dt.datetime.fromisoformat(value)
    day = moment.date()
    if moment.time() <= START_OF_DAY:
        day -= dt.timedelta(days=1)
        while day.weekday() >= 5:
            day -= dt.timedelta(days=1)
    return day


@pytest.mark.parametrize("name", REAL_FILES)
def test_real_file_reads_like_mpxj_task_by_task(name: str) -> None:
    """Same tasks in the same order: ids, names, flags, progress, constraints, rounded durations."""
    data, expected = _real(name)
    plan = read_planner(data, name)
    theirs = expected["tasks"]
    parents = {t.parent_key for t in plan.tasks}
    assert len(plan.tasks) == len(theirs) == expected["project"]["task_count"]
    assert sum(t.key not in parents for t in plan.tasks) == sum(not t["summary"] for t in theirs)
    assert sum(t.is_milestone for t in plan.tasks) == sum(t["milestone"] for t in theirs)
    constraint = {
        "AS_SOON_AS_POSSIBLE": "ASAP",
        "START_NO_EARLIER_THAN": "SNET",
        "MUST_START_ON": "MSO",
    }
    for ours, mpxj in zip(plan.tasks, theirs, strict=True):
        assert int(ours.key) == mpxj["unique_id"]
        assert ours.name == mpxj["name"]
        assert (ours.key in parents, ours.is_milestone) == (mpxj["summary"], mpxj["milestone"])
        assert ours.percent_complete == mpxj["percent_complete"]
        assert ours.constraint_type == constraint[mpxj["constraint_type"]], ours.name
        if mpxj["constraint_date"] is not None:
            assert ours.constraint_date == dt.datetime.fromisoformat(mpxj["constraint_date"]).date()
        if not ours.is_milestone:
            assert mpxj["duration"]["units"] == "d"
            assert ours.duration == int(mpxj["duration"]["value"] + 0.5), ours.name


@pytest.mark.parametrize("name", REAL_FILES)
def test_real_file_dates_match_mpxj(name: str) -> None:
    """Start and finish of every task equal MPXJ's (its finish instant read as a working day)."""
    data, expected = _real(name)
    plan = read_planner(data, name)
    for ours, mpxj in zip(plan.tasks, expected["tasks"], strict=True):
        finish = dt.datetime.fromisoformat(mpxj["finish"]).date()
        if ours.is_milestone:
            # MPXJ reports a milestone's start as Planner's work-start, the next working
            # moment; its finish is the milestone's own date, the one we keep for both.
            assert ours.start == ours.finish == finish, ours.name
            assert dt.datetime.fromisoformat(mpxj["start"]).date() >= finish
        else:
            assert ours.start == dt.datetime.fromisoformat(mpxj["start"]).date(), ours.name
            assert ours.finish == _last_working_day(mpxj["finish"]), ours.name


@pytest.mark.parametrize("name", REAL_FILES)
def test_real_file_links_match_mpxj(name: str) -> None:
    """Every link, its type, and its elapsed lag turned into working days (5 per 7)."""
    data, expected = _real(name)
    plan = read_planner(data, name)
    theirs = set()
    for t in expected["tasks"]:
        for p in t["predecessors"]:
            lag = p["lag"]
            hours = lag["value"] if lag["units"] == "eh" else lag["value"] * 8
            theirs.add(
                (
                    str(p["predecessor_unique_id"]),
                    str(t["unique_id"]),
                    p["type"],
                    int(hours / 24 * 5 / 7 + 0.5),
                )
            )
    ours = {(lk.predecessor_key, lk.successor_key, lk.type, lk.lag) for lk in plan.links}
    assert ours == theirs
    assert len(plan.links) == plan.notes.counts["links"] == expected["project"]["relation_count"]


def test_real_project1_in_detail() -> None:
    """MPXJ's Planner sample: owners, the one lag, the 1 February holiday, notes."""
    data, _ = _real("mpxj-project1.planner")
    plan = read_planner(data, "project1.planner")
    by_name = {t.name: t for t in plan.tasks}
    assert by_name["Task 27"].owner == "Resource One, Resource Two"
    assert by_name["Task Twenty Three"].notes == "Task Twenty Three Notes"
    assert [lk for lk in plan.links if lk.lag] == [PlanLink("16", "17", "FS", 1)]
    assert plan.calendar.holidays == [(D(2007, 2, 1), "")]
    assert plan.start_date == D(2007, 2, 23)
