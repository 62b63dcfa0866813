"""write_mspdi: MS Project XML that MS Project, ProjectLibre and MPXJ read as the plan we hold."""

from __future__ import annotations

import datetime as dt
import importlib.util
from decimal import Decimal
from xml.etree.ElementTree import Element, fromstring

import pytest

from cpm_desktop.errors import InterchangeError
from cpm_desktop.interchange.model import Plan, PlanCalendar, PlanLink, PlanTask
from cpm_desktop.interchange.mspdi_write import write_mspdi

D = dt.date
NS = "{http://schemas.microsoft.com/project}"
START = D(2026, 9, 7)  # a Monday; Wednesday 2026-09-16 is a holiday below
# The MSPDI schema's Task sequence (the part we write), to check element order against.
TASK_SCHEMA_ORDER = [
    "UID",
    "ID",
    "Name",
    "Active",
    "Manual",
    "Type",
    "IsNull",
    "WBS",
    "OutlineNumber",
    "OutlineLevel",
    "Priority",
    "Start",
    "Finish",
    "Duration",
    "DurationFormat",
    "Work",
    "Stop",
    "Resume",
    "EffortDriven",
    "Estimated",
    "Milestone",
    "Summary",
    "FixedCost",
    "FixedCostAccrual",
    "PercentComplete",
    "Cost",
    "ActualStart",
    "ActualFinish",
    "ActualDuration",
    "ActualCost",
    "RemainingDuration",
    "ConstraintType",
    "CalendarUID",
    "ConstraintDate",
    "LevelingDelay",
    "LevelingDelayFormat",
    "Notes",
    "PredecessorLink",
    "Baseline",
]
PROJECT_SCHEMA_ORDER = [
    "SaveVersion",
    "Name",
    "Title",
    "Company",
    "Manager",
    "ScheduleFromStart",
    "StartDate",
    "FinishDate",
    "CurrencyDigits",
    "CurrencySymbol",
    "CurrencyCode",
    "CalendarUID",
    "DefaultStartTime",
    "DefaultFinishTime",
    "MinutesPerDay",
    "MinutesPerWeek",
    "DaysPerMonth",
    "DefaultTaskType",
    "DurationFormat",
    "EditableActualCosts",
    "HonorConstraints",
    "WeekStartDay",
    "StatusDate",
    "NewTasksAreManual",
    "Calendars",
    "Tasks",
    "Resources",
    "Assignments",
]


def sample_plan() -> Plan:
    """A phase of five tasks and a milestone, every link type, progress, costs and a baseline.

    Dates are the ones our scheduler (and MPXJ's, checked by hand) gives this plan.
    """
    tasks = [
        PlanTask("ph", "Phase 1", duration=13, start=START, finish=D(2026, 9, 24)),
        PlanTask(
            "a",
            "Design",
            parent_key="ph",
            duration=3,
            start=START,
            finish=D(2026, 9, 9),
            percent_complete=100,
            actual_start=START,
            actual_finish=D(2026, 9, 9),
            owner="Alice, Bob",
            budget_cost=Decimal("1234.56"),
            actual_cost=Decimal("1000.10"),
            notes="Agreed with the PMO",
            baseline_start=START,
            baseline_finish=D(2026, 9, 8),
            baseline_duration=2,
            baseline_cost=Decimal("1000"),
        ),
        PlanTask(
            "b",
            "Build",
            parent_key="ph",
            duration=4,
            start=D(2026, 9, 10),
            finish=D(2026, 9, 15),
            percent_complete=50,
            actual_start=D(2026, 9, 10),
            owner="Bob",
        ),
        PlanTask(
            "c", "Docs", parent_key="ph", duration=2, start=D(2026, 9, 11), finish=D(2026, 9, 14)
        ),
        PlanTask(
            "d", "Test", parent_key="ph", duration=2, start=D(2026, 9, 17), finish=D(2026, 9, 18)
        ),
        PlanTask(
            "e",
            "Review",
            parent_key="ph",
            duration=3,
            constraint_type="SNET",
            constraint_date=D(2026, 9, 22),
            start=D(2026, 9, 22),
            finish=D(2026, 9, 24),
        ),
        PlanTask(
            "m",
            "Sign-off",
            parent_key="ph",
            duration=0,
            is_milestone=True,
            start=D(2026, 9, 24),
            finish=D(2026, 9, 24),
        ),
        PlanTask(
            "f",
            "Handover",
            duration=1,
            constraint_type="FNLT",
            constraint_date=D(2026, 9, 30),
            start=D(2026, 9, 25),
            finish=D(2026, 9, 25),
        ),
        PlanTask("k", "Kick-off", duration=0, is_milestone=True, start=START, finish=START),
    ]
    links = [
        PlanLink("k", "a", "FS", 0),
        PlanLink("a", "b", "FS", 0),
        PlanLink("b", "c", "SS", 1),
        PlanLink("b", "d", "FF", 2),
        PlanLink("c", "e", "SF", 1),
        PlanLink("e", "m", "FS", 0),
        PlanLink("m", "f", "FS", -2),
    ]
    return Plan(
        name="Portal relaunch",
        start_date=START,
        status_date=D(2026, 9, 11),
        calendar=PlanCalendar(name="Client calendar", holidays=[(D(2026, 9, 16), "Town fair")]),
        tasks=tasks,
        links=links,
        currency="EUR",
        manager="Pat Lee",
        client="ACME",
    )


def parse(plan: Plan) -> Element:
    """The written file, parsed back with the standard library."""
    return fromstring(write_mspdi(plan))


def tasks_by_name(root: Element) -> dict[str, Element]:
    """Every written task by name (the project summary included)."""
    return {t.findtext(f"{NS}Name", ""): t for t in root.iter(f"{NS}Task")}


def text(element: Element, path: str) -> str | None:
    """The text at a slash-separated path of un-namespaced tags."""
    return element.findtext("/".join(NS + part for part in path.split("/")))


def local_tags(element: Element) -> list[str]:
    """The children's tags without the namespace, in document order."""
    return [child.tag.removeprefix(NS) for child in element]


def test_file_is_utf8_standalone_xml_in_the_ms_project_namespace() -> None:
    """The declaration says UTF-8 and standalone; the root is Project in MS Project's namespace."""
    data = write_mspdi(sample_plan())
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n')
    assert fromstring(data).tag == f"{NS}Project"


def test_project_properties_follow_the_schema_order() -> None:
    """Header elements appear in the MSPDI sequence, with the plan's name, client and manager."""
    root = parse(sample_plan())
    tags = local_tags(root)
    assert tags == [t for t in PROJECT_SCHEMA_ORDER if t in tags]
    assert tags[0] == "SaveVersion"
    assert tags[-4:] == ["Calendars", "Tasks", "Resources", "Assignments"]
    assert text(root, "SaveVersion") == "14"
    assert text(root, "Title") == "Portal relaunch"
    assert text(root, "Company") == "ACME"
    assert text(root, "Manager") == "Pat Lee"
    assert text(root, "CurrencyCode") == "EUR"
    assert text(root, "StartDate") == "2026-09-07T08:00:00"
    assert text(root, "FinishDate") == "2026-09-25T17:00:00"
    assert text(root, "StatusDate") == "2026-09-11T17:00:00"
    assert text(root, "MinutesPerDay") == "480"
    assert text(root, "MinutesPerWeek") == "2400"
    assert text(root, "DurationFormat") == "7"


def test_every_task_lists_its_elements_in_schema_order() -> None:
    """MS Project reads Task children as a sequence: each task keeps the schema's order."""
    for task in parse(sample_plan()).iter(f"{NS}Task"):
        tags = local_tags(task)
        assert tags == sorted(tags, key=TASK_SCHEMA_ORDER.index)


def test_uid_zero_is_the_project_summary() -> None:
    """The first task is UID 0 at outline level 0, a summary named after the project."""
    first = parse(sample_plan()).find(f"{NS}Tasks/{NS}Task")
    assert first is not None
    assert text(first, "UID") == "0"
    assert text(first, "OutlineLevel") == "0"
    assert text(first, "Summary") == "1"
    assert text(first, "Name") == "Portal relaunch"
    assert text(first, "Duration") == "PT112H0M0S"  # 2026-09-07 .. 09-25 less the holiday


def test_uids_follow_plan_order_and_outline_numbers_the_hierarchy() -> None:
    """UIDs are 1..n in plan order; OutlineLevel and OutlineNumber carry parent and child."""
    tasks = tasks_by_name(parse(sample_plan()))
    assert [text(tasks[n], "UID") for n in ("Phase 1", "Design", "Sign-off", "Kick-off")] == [
        "1",
        "2",
        "7",
        "9",
    ]
    assert (text(tasks["Phase 1"], "OutlineNumber"), text(tasks["Phase 1"], "Summary")) == (
        "1",
        "1",
    )
    assert text(tasks["Review"], "OutlineNumber") == "1.5"
    assert text(tasks["Review"], "OutlineLevel") == "2"
    assert text(tasks["Handover"], "OutlineNumber") == "2"
    assert text(tasks["Handover"], "OutlineLevel") == "1"
    assert text(tasks["Design"], "Summary") == "0"


def test_a_child_listed_before_its_parent_is_written_under_it() -> None:
    """Outline levels only make sense in outline order, so the writer puts the parent first."""
    plan = Plan(
        name="p",
        start_date=START,
        tasks=[
            PlanTask("c", "Child", parent_key="p", start=START, finish=START),
            PlanTask("p", "Parent", start=START, finish=START),
        ],
    )
    written = list(parse(plan).iter(f"{NS}Task"))[1:]
    assert [text(t, "Name") for t in written] == ["Parent", "Child"]
    assert [text(t, "OutlineNumber") for t in written] == ["1", "1.1"]
    assert [text(t, "UID") for t in written] == ["2", "1"]  # UIDs stay with plan order
    assert [text(t, "ID") for t in written] == ["1", "2"]


def test_a_parent_loop_is_broken_instead_of_hanging() -> None:
    """Two tasks naming each other as parent are both written, the first at the top."""
    plan = Plan(
        name="p",
        start_date=START,
        tasks=[PlanTask("a", "A", parent_key="b"), PlanTask("b", "B", parent_key="a")],
    )
    written = list(parse(plan).iter(f"{NS}Task"))[1:]
    assert [(text(t, "Name"), text(t, "OutlineNumber")) for t in written] == [
        ("A", "1"),
        ("B", "1.1"),
    ]


def test_durations_are_hours_of_eight_hour_days() -> None:
    """A 3-day task is PT24H0M0S in days format; a milestone is zero with Milestone 1."""
    tasks = tasks_by_name(parse(sample_plan()))
    assert text(tasks["Design"], "Duration") == "PT24H0M0S"
    assert text(tasks["Design"], "DurationFormat") == "7"
    assert text(tasks["Sign-off"], "Duration") == "PT0H0M0S"
    assert text(tasks["Sign-off"], "Milestone") == "1"
    assert text(tasks["Design"], "Milestone") == "0"
    assert text(tasks["Phase 1"], "Duration") == "PT104H0M0S"  # 13 working days
    assert text(tasks["Design"], "Type") == "0"  # the task's type: fixed units


def test_tasks_start_at_eight_and_finish_at_five() -> None:
    """Start and Finish carry the plan's dates at 08:00 and 17:00."""
    tasks = tasks_by_name(parse(sample_plan()))
    assert text(tasks["Build"], "Start") == "2026-09-10T08:00:00"
    assert text(tasks["Build"], "Finish") == "2026-09-15T17:00:00"


def test_milestone_after_a_finish_sits_at_five_and_one_at_the_start_at_eight() -> None:
    """Sign-off follows Review's finish (17:00); Kick-off opens the project (08:00)."""
    tasks = tasks_by_name(parse(sample_plan()))
    assert text(tasks["Sign-off"], "Start") == "2026-09-24T17:00:00"
    assert text(tasks["Sign-off"], "Finish") == "2026-09-24T17:00:00"
    assert text(tasks["Kick-off"], "Start") == "2026-09-07T08:00:00"
    assert text(tasks["Kick-off"], "Finish") == "2026-09-07T08:00:00"


def test_milestone_after_a_lagged_finish_sits_at_five() -> None:
    """A finish-to-start link with 2 days' lag puts the milestone at 17:00 two days later."""
    plan = Plan(
        name="p",
        start_date=START,
        tasks=[
            PlanTask("a", "A", duration=1, start=START, finish=START),
            PlanTask("m", "M", duration=0, is_milestone=True, start=D(2026, 9, 9)),
            PlanTask("s", "S", duration=0, is_milestone=True, start=D(2026, 9, 10)),
        ],
        links=[PlanLink("a", "m", "FS", 2), PlanLink("a", "s", "SS", 3)],
    )
    tasks = tasks_by_name(parse(plan))
    assert text(tasks["M"], "Start") == "2026-09-09T17:00:00"
    assert text(tasks["S"], "Start") == "2026-09-10T08:00:00"  # a start-driven milestone


def test_milestone_on_a_finish_constraint_or_reached_sits_at_five() -> None:
    """An FNET milestone on its date and a reached milestone end their day; SNET ones do not."""
    day = D(2026, 9, 9)
    plan = Plan(
        name="p",
        start_date=START,
        tasks=[
            PlanTask("f", "F", duration=0, constraint_type="FNET", constraint_date=day, start=day),
            PlanTask("s", "S", duration=0, constraint_type="SNET", constraint_date=day, start=day),
            PlanTask(
                "r",
                "R",
                duration=0,
                start=day,
                percent_complete=100,
                actual_start=day,
                actual_finish=day,
            ),
        ],
    )
    tasks = tasks_by_name(parse(plan))
    assert text(tasks["F"], "Start") == "2026-09-09T17:00:00"
    assert text(tasks["F"], "ConstraintDate") == "2026-09-09T17:00:00"
    assert text(tasks["S"], "Start") == "2026-09-09T08:00:00"
    assert text(tasks["R"], "Start") == "2026-09-09T17:00:00"
    assert text(tasks["R"], "ActualStart") == text(tasks["R"], "ActualFinish")


def test_links_use_ms_project_type_codes_and_tenths_of_minutes() -> None:
    """FF=0 FS=1 SF=2 SS=3, LinkLag = days × 4800, LagFormat 7, on the successor."""
    tasks = tasks_by_name(parse(sample_plan()))
    uid = {name: text(task, "UID") for name, task in tasks.items()}
    seen = {}
    for name, task in tasks.items():
        for link in task.iter(f"{NS}PredecessorLink"):
            assert text(link, "CrossProject") == "0"
            assert text(link, "LagFormat") == "7"
            key = (text(link, "PredecessorUID"), uid[name])
            seen[key] = (text(link, "Type"), text(link, "LinkLag"))
    assert seen == {
        (uid["Kick-off"], uid["Design"]): ("1", "0"),
        (uid["Design"], uid["Build"]): ("1", "0"),
        (uid["Build"], uid["Docs"]): ("3", "4800"),
        (uid["Build"], uid["Test"]): ("0", "9600"),
        (uid["Docs"], uid["Review"]): ("2", "4800"),
        (uid["Review"], uid["Sign-off"]): ("1", "0"),
        (uid["Sign-off"], uid["Handover"]): ("1", "-9600"),
    }


def test_links_to_tasks_outside_the_plan_are_left_out() -> None:
    """A link naming an unknown task, or a task to itself, is not written."""
    plan = sample_plan()
    plan.links = [PlanLink("a", "ghost", "FS", 0), PlanLink("a", "a", "FS", 0)]
    assert list(parse(plan).iter(f"{NS}PredecessorLink")) == []


def test_constraints_use_codes_and_times_of_their_end() -> None:
    """SNET is 4 at 08:00, FNLT 7 at 17:00; ASAP is 0 without a date."""
    tasks = tasks_by_name(parse(sample_plan()))
    review, handover, build = tasks["Review"], tasks["Handover"], tasks["Build"]
    assert (text(review, "ConstraintType"), text(review, "ConstraintDate")) == (
        "4",
        "2026-09-22T08:00:00",
    )
    assert (text(handover, "ConstraintType"), text(handover, "ConstraintDate")) == (
        "7",
        "2026-09-30T17:00:00",
    )
    assert (text(build, "ConstraintType"), text(build, "ConstraintDate")) == ("0", None)


@pytest.mark.parametrize(
    ("kind", "code", "moment"),
    [
        ("ALAP", "1", None),
        ("MSO", "2", "2026-09-08T08:00:00"),
        ("MFO", "3", "2026-09-08T17:00:00"),
        ("SNLT", "5", "2026-09-08T08:00:00"),
        ("FNET", "6", "2026-09-08T17:00:00"),
    ],
)
def test_every_constraint_kind_has_its_code(kind: str, code: str, moment: str | None) -> None:
    """Each constraint name maps to its MSPDI code; a dated one keeps its date."""
    plan = Plan(
        name="p",
        start_date=START,
        tasks=[PlanTask("a", "A", constraint_type=kind, constraint_date=D(2026, 9, 8))],
    )
    task = tasks_by_name(parse(plan))["A"]
    assert (text(task, "ConstraintType"), text(task, "ConstraintDate")) == (code, moment)


def test_a_dated_constraint_without_a_date_pins_the_task_where_it_is() -> None:
    """FNLT with no date is written with the task's own finish rather than no date at all."""
    plan = Plan(
        name="p",
        start_date=START,
        tasks=[PlanTask("a", "A", duration=2, constraint_type="FNLT", start=START)],
    )
    task = tasks_by_name(parse(plan))["A"]
    assert text(task, "ConstraintDate") == "2026-09-08T17:00:00"


def test_calendar_has_seven_weekdays_and_the_holiday_as_an_exception() -> None:
    """DayType 1 = Sunday … 7 = Saturday, two working periods, holidays in the 2007+ form."""
    root = parse(sample_plan())
    calendar = root.find(f"{NS}Calendars/{NS}Calendar")
    assert calendar is not None
    assert text(calendar, "UID") == text(root, "CalendarUID") == "1"
    assert text(calendar, "Name") == "Client calendar"
    days = calendar.findall(f"{NS}WeekDays/{NS}WeekDay")
    assert [(text(d, "DayType"), text(d, "DayWorking")) for d in days] == [
        ("1", "0"),
        ("2", "1"),
        ("3", "1"),
        ("4", "1"),
        ("5", "1"),
        ("6", "1"),
        ("7", "0"),
    ]
    times = days[1].findall(f"{NS}WorkingTimes/{NS}WorkingTime")
    assert [(text(t, "FromTime"), text(t, "ToTime")) for t in times] == [
        ("08:00:00", "12:00:00"),
        ("13:00:00", "17:00:00"),
    ]
    assert days[0].find(f"{NS}WorkingTimes") is None
    (exception,) = calendar.findall(f"{NS}Exceptions/{NS}Exception")
    assert local_tags(exception) == [
        "EnteredByOccurrences",
        "TimePeriod",
        "Occurrences",
        "Name",
        "Type",
        "DayWorking",
    ]
    assert text(exception, "TimePeriod/FromDate") == "2026-09-16T00:00:00"
    assert text(exception, "TimePeriod/ToDate") == "2026-09-16T23:59:00"
    assert text(exception, "Name") == "Town fair"
    assert (text(exception, "Occurrences"), text(exception, "Type")) == ("1", "1")
    assert (text(exception, "EnteredByOccurrences"), text(exception, "DayWorking")) == ("0", "0")


def test_a_six_day_week_and_repeated_holidays() -> None:
    """Saturday work shows as DayType 7; a date given twice becomes one exception, sorted."""
    calendar = PlanCalendar(
        working_weekdays=frozenset(range(6)),
        holidays=[(D(2026, 12, 25), "Xmas"), (D(2026, 1, 1), "New year"), (D(2026, 12, 25), "x")],
    )
    root = parse(Plan(name="p", start_date=START, calendar=calendar))
    days = root.findall(f"{NS}Calendars/{NS}Calendar/{NS}WeekDays/{NS}WeekDay")
    assert [text(d, "DayWorking") for d in days] == ["0", "1", "1", "1", "1", "1", "1"]
    assert text(root, "MinutesPerWeek") == "2880"
    exceptions = root.iter(f"{NS}Exception")
    assert [(text(e, "TimePeriod/FromDate"), text(e, "Name")) for e in exceptions] == [
        ("2026-01-01T00:00:00", "New year"),
        ("2026-12-25T00:00:00", "Xmas"),
    ]


def test_a_calendar_without_working_days_is_refused() -> None:
    """MS Project cannot schedule on a week without work: a clear InterchangeError instead."""
    plan = Plan(name="p", start_date=START, calendar=PlanCalendar(working_weekdays=frozenset()))
    with pytest.raises(InterchangeError, match="at least one working weekday"):
        write_mspdi(plan)
    plan.calendar.working_weekdays = frozenset({0, 7})  # 7 is no weekday
    with pytest.raises(InterchangeError, match="at least one working weekday"):
        write_mspdi(plan)


def test_progress_writes_actual_dates_and_consistent_durations() -> None:
    """Actual start/finish at 08:00/17:00; ActualDuration + RemainingDuration = Duration."""
    tasks = tasks_by_name(parse(sample_plan()))
    design, build, docs = tasks["Design"], tasks["Build"], tasks["Docs"]
    assert text(design, "PercentComplete") == "100"
    assert text(design, "ActualStart") == "2026-09-07T08:00:00"
    assert text(design, "ActualFinish") == "2026-09-09T17:00:00"
    assert (text(design, "ActualDuration"), text(design, "RemainingDuration")) == (
        "PT24H0M0S",
        "PT0H0M0S",
    )
    assert text(build, "PercentComplete") == "50"
    assert text(build, "ActualFinish") is None
    assert (text(build, "ActualDuration"), text(build, "RemainingDuration")) == (
        "PT16H0M0S",
        "PT16H0M0S",
    )
    assert (text(docs, "ActualStart"), text(docs, "ActualDuration")) == (None, "PT0H0M0S")


def test_partial_days_of_progress_are_written_in_minutes() -> None:
    """33 % of one 480-minute day is 158 minutes done (rounded) and 322 to go."""
    plan = Plan(name="p", start_date=START, tasks=[PlanTask("a", "A", percent_complete=33)])
    task = tasks_by_name(parse(plan))["A"]
    assert (text(task, "ActualDuration"), text(task, "RemainingDuration")) == (
        "PT2H38M0S",
        "PT5H22M0S",
    )


def test_money_is_written_in_hundredths() -> None:
    """MSPDI (and MPXJ) keep money ×100: 1234.56 is 123456 in Cost, FixedCost and ActualCost."""
    design = tasks_by_name(parse(sample_plan()))["Design"]
    assert text(design, "Cost") == "123456"
    assert text(design, "FixedCost") == "123456"
    assert text(design, "ActualCost") == "100010"
    assert text(tasks_by_name(parse(sample_plan()))["Docs"], "Cost") == "0"


def test_baseline_zero_is_written_when_the_plan_has_one() -> None:
    """Baseline Number 0 with start, finish, duration and cost; none for a task without one."""
    tasks = tasks_by_name(parse(sample_plan()))
    (baseline,) = tasks["Design"].findall(f"{NS}Baseline")
    assert local_tags(baseline) == [
        "Number",
        "Start",
        "Finish",
        "Duration",
        "DurationFormat",
        "Cost",
    ]
    assert text(baseline, "Number") == "0"
    assert text(baseline, "Start") == "2026-09-07T08:00:00"
    assert text(baseline, "Finish") == "2026-09-08T17:00:00"
    assert text(baseline, "Duration") == "PT16H0M0S"
    assert text(baseline, "Cost") == "100000"
    assert tasks["Build"].find(f"{NS}Baseline") is None


def test_owners_become_resources_assigned_to_their_tasks() -> None:
    """Each distinct owner name is one work resource; each task–owner pair one assignment, at
    0 %: the owner is named on the task without work the plan does not have."""
    root = parse(sample_plan())
    resources = {text(r, "UID"): text(r, "Name") for r in root.iter(f"{NS}Resource")}
    assert resources == {"1": "Alice", "2": "Bob"}
    assert {text(r, "Type") for r in root.iter(f"{NS}Resource")} == {"1"}
    uid = {name: text(task, "UID") for name, task in tasks_by_name(root).items()}
    pairs = [
        (text(a, "TaskUID"), resources[text(a, "ResourceUID")], text(a, "Units"))
        for a in root.iter(f"{NS}Assignment")
    ]
    assert pairs == [
        (uid["Design"], "Alice", "0"),
        (uid["Design"], "Bob", "0"),
        (uid["Build"], "Bob", "0"),
    ]


def test_resource_names_avoid_what_ms_project_refuses() -> None:
    """Square brackets and commas, which MS Project rejects in resource names, are replaced."""
    plan = Plan(name="p", start_date=START, tasks=[PlanTask("a", "A", owner="Ops [EU],2, Ops")])
    names = [text(r, "Name") for r in parse(plan).iter(f"{NS}Resource")]
    assert names == ["Ops (EU);2", "Ops"]


def test_text_is_escaped_and_reads_back_unchanged() -> None:
    """Ampersands, angle brackets and quotes survive; the raw bytes hold the entities."""
    name = "R&D <\"core\"> 'team'"
    plan = Plan(name=name, start_date=START, client="A&B", tasks=[PlanTask("a", name, notes=name)])
    data = write_mspdi(plan)
    assert b"R&amp;D &lt;" in data
    root = fromstring(data)
    task = tasks_by_name(root)[name]
    assert text(task, "Notes") == name
    assert text(root, "Title") == name
    assert text(root, "Company") == "A&B"


def test_control_characters_are_stripped_without_failing() -> None:
    """Characters XML 1.0 cannot hold vanish from names and notes; tabs and newlines stay."""
    plan = Plan(
        name="Plan\x00",
        start_date=START,
        tasks=[PlanTask("a", "Bad\x01name\x1f", notes="line\x0b1\n\tline 2\ud800")],
    )
    root = parse(plan)  # would raise if an illegal character got through
    task = tasks_by_name(root)["Badname"]
    assert text(task, "Notes") == "line1\n\tline 2"
    assert text(root, "Name") == "Plan"


def test_over_long_names_are_cut_to_the_schema_maximum() -> None:
    """Task names stop at 512 characters and the project name at 255, as the schema allows."""
    plan = Plan(name="p" * 300, start_date=START, tasks=[PlanTask("a", "t" * 600)])
    root = parse(plan)
    assert text(root, "Name") == "p" * 255
    assert len(list(root.iter(f"{NS}Task"))[1].findtext(f"{NS}Name", "")) == 512


def test_missing_dates_are_derived_from_duration_and_project_start() -> None:
    """An unscheduled task starts at the project's first working day and spans its duration."""
    saturday = D(2026, 9, 5)
    plan = Plan(name="p", start_date=saturday, tasks=[PlanTask("a", "A", duration=2)])
    task = tasks_by_name(parse(plan))["A"]
    assert (text(task, "Start"), text(task, "Finish")) == (
        "2026-09-07T08:00:00",
        "2026-09-08T17:00:00",
    )


def test_the_same_plan_gives_the_same_bytes() -> None:
    """No GUIDs or timestamps: writing twice gives identical output."""
    assert write_mspdi(sample_plan()) == write_mspdi(sample_plan())


def test_an_empty_plan_is_still_a_valid_project() -> None:
    """No tasks: just the project summary, empty resources and the calendar."""
    root = parse(Plan(name="Empty", start_date=START))
    assert [text(t, "UID") for t in root.iter(f"{NS}Task")] == ["0"]
    assert text(root, "FinishDate") == "2026-09-07T08:00:00"
    assert list(root.iter(f"{NS}Resource")) == []


@pytest.mark.skipif(
    importlib.util.find_spec("cpm_desktop.interchange.mspdi_read") is None,
    reason="the MSPDI reader (cpm_desktop.interchange.mspdi_read) has not landed yet",
)
def test_reading_back_gives_the_same_plan() -> None:
    """write → read_mspdi keeps tasks, hierarchy, progress, dates, links and holidays."""
    from cpm_desktop.interchange.mspdi_read import read_mspdi

    plan = sample_plan()
    back = read_mspdi(write_mspdi(plan), "roundtrip.xml")
    assert [t.name for t in back.tasks] == [t.name for t in plan.tasks]
    name_of = {t.key: t.name for t in back.tasks}
    original = {t.key: t.name for t in plan.tasks}
    for ours, theirs in zip(plan.tasks, back.tasks, strict=True):
        assert (
            name_of.get(theirs.parent_key or ""),
            theirs.duration,
            theirs.is_milestone,
            theirs.constraint_type,
            theirs.constraint_date,
            theirs.percent_complete,
            theirs.actual_start,
            theirs.actual_finish,
            theirs.start,
            theirs.finish,
        ) == (
            original.get(ours.parent_key or ""),
            ours.duration,
            ours.is_milestone,
            ours.constraint_type,
            ours.constraint_date,
            ours.percent_complete,
            ours.actual_start,
            ours.actual_finish,
            ours.start,
            ours.finish,
        ), ours.name
    links = {
        (name_of[k.predecessor_key], name_of[k.successor_key], k.type, k.lag) for k in back.links
    }
    assert links == {
        (original[k.predecessor_key], original[k.successor_key], k.type, k.lag) for k in plan.links
    }
    assert back.calendar.holidays == plan.calendar.holidays
    assert back.calendar.working_weekdays == plan.calendar.working_weekdays


@pytest.mark.skipif(
    importlib.util.find_spec("cpm_desktop.interchange.mspdi_read") is None,
    reason="the MSPDI reader (cpm_desktop.interchange.mspdi_read) has not landed yet",
)
def test_reading_back_keeps_owners_notes_money_baseline_and_project_fields() -> None:
    """write → read_mspdi loses nothing else either: the reader notes no approximation."""
    from cpm_desktop.interchange.mspdi_read import read_mspdi

    plan = sample_plan()
    back = read_mspdi(write_mspdi(plan), "roundtrip.xml")

    def kept(task: PlanTask) -> tuple[object, ...]:
        return (
            task.owner,
            task.notes,
            task.budget_cost,
            task.actual_cost,
            task.baseline_start,
            task.baseline_finish,
            task.baseline_duration,
            task.baseline_cost,
        )

    assert [kept(t) for t in back.tasks] == [kept(t) for t in plan.tasks]
    assert (back.name, back.client, back.manager, back.currency) == (
        plan.name,
        plan.client,
        plan.manager,
        plan.currency,
    )
    assert (back.start_date, back.status_date, back.calendar.name) == (
        plan.start_date,
        plan.status_date,
        plan.calendar.name,
    )
    assert (back.notes.approximated, back.notes.dropped) == ([], [])
