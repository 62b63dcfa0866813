"""MS Project XML resources, rates, calendars, assignments and actual work: read, written, and
read back (by us and by MPXJ)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from xml.etree.ElementTree import fromstring

import pytest

from cpm_desktop.interchange.model import (
    Plan,
    PlanAssignment,
    PlanCalendar,
    PlanRate,
    PlanResource,
    PlanTask,
)
from cpm_desktop.interchange.mspdi_read import read_mspdi
from cpm_desktop.interchange.mspdi_write import write_mspdi
from tests.interchange.test_mspdi_read import TESTDATA, calendar, project, read, task
from tests.interchange.test_mspdi_write import NS, local_tags, text

D = dt.date
MONDAY = D(2026, 9, 7)

RESOURCE_ORDER = [
    "UID",
    "ID",
    "Name",
    "Type",
    "IsNull",
    "MaterialLabel",
    "Group",
    "EmailAddress",
    "MaxUnits",
    "StandardRate",
    "StandardRateFormat",
    "OvertimeRate",
    "OvertimeRateFormat",
    "CostPerUse",
    "CalendarUID",
    "Notes",
    "IsCostResource",
    "Rates",
]
ASSIGNMENT_ORDER = [
    "UID",
    "TaskUID",
    "ResourceUID",
    "ActualWork",
    "Cost",
    "Finish",
    "RemainingWork",
    "Start",
    "Units",
    "Work",
    "TimephasedData",
]


def resource(uid: int, name: str, **more: object) -> str:
    """One <Resource>; keyword fields become child elements (`inner` is raw XML)."""
    inner = str(more.pop("inner", ""))
    fields = "".join(f"<{k}>{v}</{k}>" for k, v in more.items())
    return f"<Resource><UID>{uid}</UID><Name>{name}</Name>{fields}{inner}</Resource>"


def assignment(task_uid: int, resource_uid: int, **more: object) -> str:
    """One <Assignment>; keyword fields become child elements (`inner` is raw XML)."""
    inner = str(more.pop("inner", ""))
    fields = "".join(f"<{k}>{v}</{k}>" for k, v in more.items())
    return (
        f"<Assignment><TaskUID>{task_uid}</TaskUID><ResourceUID>{resource_uid}</ResourceUID>"
        f"{fields}{inner}</Assignment>"
    )


def with_team(tasks: str, resources: str, assignments: str = "", calendars: str = "") -> Plan:
    tail = f"<Resources>{resources}</Resources><Assignments>{assignments}</Assignments>"
    return read(project(tasks, tail=tail, calendars=calendar() + calendars))


def test_resources_keep_kind_units_role_and_their_rate() -> None:
    """Type 0/1/2 (and IsCostResource) are material/work/cost; StandardRate is per hour and
    CostPerUse in hundredths; Group is the role; UID 0 without assignments is MS Project's
    placeholder."""
    plan = with_team(
        task(1, "Pour"),
        resource(0, "Unassigned")
        + resource(
            1,
            "Ana",
            Type=1,
            Group="Engineer",
            MaxUnits=0.5,
            StandardRate=85.5,
            StandardRateFormat=2,
            CostPerUse=2500,
            EmailAddress="ana@example.com",
        )
        + resource(2, "Concrete", Type=0, MaterialLabel="m3", StandardRate=120)
        + resource(3, "Travel", Type=2)
        + resource(4, "Permit", Type=0, IsCostResource=1),
    )
    by_name = {r.name: r for r in plan.resources}
    assert list(by_name) == ["Ana", "Concrete", "Travel", "Permit"]
    ana = by_name["Ana"]
    assert (ana.kind, ana.role, ana.max_units, ana.email) == (
        "work",
        "Engineer",
        0.5,
        "ana@example.com",
    )
    assert ana.rates == [PlanRate(None, Decimal("85.5"), Decimal(0), Decimal("25.00"))]
    assert (by_name["Concrete"].kind, by_name["Concrete"].material_unit) == ("material", "m3")
    assert by_name["Concrete"].rates[0].cost_rate == Decimal(120)
    assert [by_name[n].kind for n in ("Travel", "Permit")] == ["cost", "cost"]
    assert by_name["Travel"].rates == []  # a rate of nothing is no cost data
    assert "MS Project has no bill rates" in " ".join(plan.notes.approximated)


def test_rate_table_a_gives_dated_rates_other_tables_and_overtime_are_noted() -> None:
    """Rates/Rate of table 0 date the rate (the first from the start); B–E are left out."""
    rates = "".join(
        f"<Rate><RatesFrom>{start}</RatesFrom><RatesTo>{end}</RatesTo><RateTable>{table}"
        f"</RateTable><StandardRate>{rate}</StandardRate><OvertimeRate>{over}</OvertimeRate>"
        "<CostPerUse>0</CostPerUse></Rate>"
        for start, end, table, rate, over in (
            ("1984-01-01T00:00:00", "2026-10-01T00:00:00", 0, 80, 120),
            ("2026-10-01T00:00:00", "2049-12-31T23:59:00", 0, 90, 0),
            ("1984-01-01T00:00:00", "2049-12-31T23:59:00", 1, 200, 0),
        )
    )
    plan = with_team(task(1, "Build"), resource(1, "Ana", inner=f"<Rates>{rates}</Rates>"))
    (ana,) = plan.resources
    assert [(r.effective_from, r.cost_rate) for r in ana.rates] == [
        (None, Decimal(80)),
        (D(2026, 10, 1), Decimal(90)),
    ]
    dropped = " ".join(plan.notes.dropped)
    assert "Overtime rates of 'Ana'" in dropped
    assert "Cost rate tables B–E of 'Ana'" in dropped


def test_a_resource_calendar_gives_its_days_off_beyond_the_projects() -> None:
    """A calendar based on the project's adds leave; the project's own holidays stay out."""
    holiday = (
        "<Exceptions><Exception><TimePeriod><FromDate>{0}T00:00:00</FromDate>"
        "<ToDate>{0}T23:59:00</ToDate></TimePeriod><Name>{1}</Name><DayWorking>0</DayWorking>"
        "</Exception></Exceptions>"
    )
    project_calendar = calendar(1, inner=holiday.format("2026-09-10", "Fair"))
    own = calendar(2, base=1, days="", inner=holiday.format("2026-09-15", "Leave"))
    tail = f"<Resources>{resource(1, 'Ana', CalendarUID=2)}</Resources>"
    plan = read(project(task(1, "Build"), tail=tail, calendars=project_calendar + own))
    (ana,) = plan.resources
    assert ana.days_off == [(D(2026, 9, 15), "Leave")]
    assert ana.working_weekdays is None


def test_duplicate_names_are_made_unique() -> None:
    """Resource names are unique in a workspace: a second 'Ana' becomes 'Ana (2)'."""
    plan = with_team(task(1, "Build"), resource(1, "Ana") + resource(2, "ana"))
    assert [r.name for r in plan.resources] == ["Ana", "ana (2)"]


def test_assignments_keep_units_work_and_cost() -> None:
    """Units 1 = full time, Work in hours; a cost resource's Cost is its amount; the
    unassigned placeholder (-65535) is no assignment and no news."""
    plan = with_team(
        task(1, "Build") + task(2, "Ship"),
        resource(1, "Ana") + resource(2, "Travel", Type=2) + resource(3, "Sand", Type=0),
        assignment(1, 1, Units=0.5, Work="PT20H0M0S", Cost=150000)
        + assignment(1, 2, Cost=45050)
        + assignment(2, 3, Units=12)
        + assignment(2, -65535, Units=1, Work="PT8H0M0S"),
    )
    work, cost, material = plan.assignments
    assert (work.task_key, work.resource_key, work.units, work.work_hours) == ("1", "1", 0.5, 20.0)
    assert work.cost == Decimal("1500.00")
    assert (cost.cost_amount, cost.units, cost.work_hours) == (Decimal("450.50"), 0.0, 0.0)
    assert (material.units, material.work_hours) == (12.0, 0.0)
    assert plan.notes.counts["assignments"] == 3
    assert not any("65535" in line for line in plan.notes.dropped)


def test_timephased_actual_work_is_summed_by_week() -> None:
    """TimephasedData Type 2 rows (a day each) go to their week's Monday; Type 1 is not actual."""
    rows = "".join(
        f"<TimephasedData><Type>{kind}</Type><UID>1</UID><Start>{day}T08:00:00</Start>"
        f"<Finish>{day}T17:00:00</Finish><Unit>2</Unit><Value>PT{hours}H0M0S</Value>"
        "</TimephasedData>"
        for kind, day, hours in (
            (2, "2026-09-10", 8),
            (2, "2026-09-11", 4),
            (2, "2026-09-14", 6),
            (1, "2026-09-15", 8),
        )
    )
    plan = with_team(
        task(1, "Build"),
        resource(1, "Ana"),
        assignment(1, 1, ActualWork="PT18H0M0S", Work="PT40H0M0S", inner=rows),
    )
    (job,) = plan.assignments
    assert job.actual_hours == {D(2026, 9, 7): 12.0, D(2026, 9, 14): 6.0}


def test_actual_work_without_a_split_goes_to_the_week_it_started() -> None:
    """ActualWork alone is booked in the week of ActualStart, and the report says so."""
    plan = with_team(
        task(1, "Build"),
        resource(1, "Ana"),
        assignment(1, 1, ActualWork="PT10H30M0S", ActualStart="2026-09-16T08:00:00"),
    )
    assert plan.assignments[0].actual_hours == {D(2026, 9, 14): 10.5}
    assert any("without a day-by-day split" in line for line in plan.notes.approximated)


def test_a_resource_assigned_twice_to_a_task_is_added_up() -> None:
    """One assignment per pair here: units and work of the second are added to the first."""
    plan = with_team(
        task(1, "Build"),
        resource(1, "Ana"),
        assignment(1, 1, Units=0.5, Work="PT4H0M0S") + assignment(1, 1, Units=0.5, Work="PT4H0M0S"),
    )
    (job,) = plan.assignments
    assert (job.units, job.work_hours) == (1.0, 8.0)


def test_task_type_effort_fixed_cost_priority_and_levelling_delay() -> None:
    """Type 0/1/2, EffortDriven, FixedCost (hundredths), Priority; LevelingDelay is tenths of a
    minute of work (4800 a day), or of elapsed time for its elapsed formats."""
    plan = read(
        project(
            task(1, "A", Type=2, EffortDriven=1, FixedCost=12345, Priority=700, Work="PT16H0M0S")
            + task(2, "B", Type=1, LevelingDelay=9600, LevelingDelayFormat=7)
            + task(3, "C", LevelingDelay=7 * 14400, LevelingDelayFormat=8)
            + task(4, "D", LevelingDelay=2400, LevelingDelayFormat=7),
            head="<DefaultTaskType>1</DefaultTaskType>",
        )
    )
    a, b, c, d = plan.tasks
    assert (a.task_type, a.effort_driven, a.fixed_cost, a.priority, a.work_hours) == (
        "fixed_work",
        True,
        Decimal("123.45"),
        700,
        16.0,
    )
    assert (b.task_type, b.leveling_delay) == ("fixed_duration", 2)
    assert c.leveling_delay == 5  # a week elapsed is five working days
    assert d.leveling_delay == 1  # half a day rounds to one, noted
    assert any("levelling delay of 0.5" in line for line in plan.notes.approximated)
    assert read(project(task(1, "E"))).tasks[0].task_type == "fixed_units"


# -- writing ------------------------------------------------------------------------------


def team_plan() -> Plan:
    """Two tasks, a person with a dated rate and leave, a material, a cost, and actuals."""
    return Plan(
        name="Fit-out",
        start_date=MONDAY,
        calendar=PlanCalendar(holidays=[(D(2026, 9, 24), "Fair")]),
        tasks=[
            PlanTask(
                "1",
                "Build",
                duration=5,
                start=MONDAY,
                finish=D(2026, 9, 11),
                percent_complete=40,
                actual_start=MONDAY,
                task_type="fixed_work",
                effort_driven=True,
                fixed_cost=Decimal("99.50"),
                priority=800,
                leveling_delay=2,
                work_hours=60.0,
                cost=Decimal("3159.50"),
            ),
            PlanTask(
                "2", "Paint", duration=2, start=D(2026, 9, 14), finish=D(2026, 9, 15), owner="Bo"
            ),
        ],
        resources=[
            PlanResource(
                "r1",
                "Ana [lead]",
                role="Engineer",
                max_units=0.8,
                email="ana@example.com",
                rates=[
                    PlanRate(D(2026, 9, 7), Decimal("50"), Decimal("90"), Decimal("10")),
                    PlanRate(D(2026, 10, 1), Decimal("55"), Decimal("95")),
                ],
                days_off=[(D(2026, 9, 21), "Leave")],
            ),
            PlanResource(
                "r2",
                "Sand",
                kind="material",
                material_unit="t",
                rates=[PlanRate(None, Decimal("30"))],
            ),
            PlanResource("r3", "Travel", kind="cost"),
        ],
        assignments=[
            PlanAssignment(
                "1",
                "r1",
                units=1.5,
                work_hours=60.0,
                actual_hours={D(2026, 9, 7): 25.0},
                cost=Decimal("3010.00"),
            ),
            PlanAssignment("1", "r2", units=2.0),
            PlanAssignment("1", "r3", units=0.0, cost_amount=Decimal("450.50")),
        ],
    )


def test_resources_and_assignments_keep_the_schema_order() -> None:
    """MS Project reads the children of Resource and Assignment as sequences."""
    root = fromstring(write_mspdi(team_plan()))
    for element in root.iter(f"{NS}Resource"):
        tags = local_tags(element)
        assert tags == sorted(tags, key=RESOURCE_ORDER.index)
    for element in root.iter(f"{NS}Assignment"):
        tags = local_tags(element)
        assert tags == sorted(tags, key=ASSIGNMENT_ORDER.index)


def test_the_team_is_written_as_ms_project_writes_it() -> None:
    """Names MS Project accepts, rates per hour, money ×100, a cost resource as a flagged
    material, a personal calendar based on the project's, actual work day by day."""
    root = fromstring(write_mspdi(team_plan()))
    resources = {text(r, "Name"): r for r in root.iter(f"{NS}Resource")}
    assert list(resources) == ["Ana (lead)", "Sand", "Travel", "Bo"]
    ana = resources["Ana (lead)"]
    assert (text(ana, "StandardRate"), text(ana, "CostPerUse"), text(ana, "MaxUnits")) == (
        "50",
        "1000",
        "0.8",
    )
    assert [text(r, "StandardRate") for r in ana.iter(f"{NS}Rate")] == ["50", "55"]
    assert [text(r, "RatesFrom") for r in ana.iter(f"{NS}Rate")] == [
        "1984-01-01T00:00:00",
        "2026-10-01T00:00:00",
    ]
    assert (text(resources["Travel"], "Type"), text(resources["Travel"], "IsCostResource")) == (
        "0",
        "1",
    )
    own = [c for c in root.iter(f"{NS}Calendar") if text(c, "UID") == text(ana, "CalendarUID")]
    assert text(own[0], "BaseCalendarUID") == "1"
    jobs = list(root.iter(f"{NS}Assignment"))
    assert text(jobs[0], "Work") == "PT60H0M0S"
    assert text(jobs[0], "ActualWork") == "PT25H0M0S"
    assert [text(t, "Value") for t in jobs[0].iter(f"{NS}TimephasedData")] == ["PT5H0M0S"] * 5
    assert text(jobs[2], "Cost") == "45050"
    build = next(t for t in root.iter(f"{NS}Task") if text(t, "Name") == "Build")
    assert (text(build, "Type"), text(build, "EffortDriven"), text(build, "Priority")) == (
        "2",
        "1",
        "800",
    )
    assert (text(build, "FixedCost"), text(build, "Cost"), text(build, "Work")) == (
        "9950",
        "315950",
        "PT60H0M0S",
    )
    assert text(build, "LevelingDelay") == "9600"
    # Bo owns Paint, which has no assignment of its own: he is named on it at 0 %, no work.
    bo = jobs[-1]
    assert (text(bo, "Units"), text(bo, "Work")) == ("0", "PT0H0M0S")


def test_reading_back_gives_the_same_team() -> None:
    """Write, then read: resources, rates, leave, assignments, actuals and task fields."""
    plan = team_plan()
    again = read_mspdi(write_mspdi(plan), "fit-out.xml")
    by_name = {r.name: r for r in again.resources}
    ana = by_name["Ana (lead)"]
    assert (ana.role, ana.max_units, ana.email, ana.days_off) == (
        "Engineer",
        0.8,
        "ana@example.com",
        [(D(2026, 9, 21), "Leave")],
    )
    assert [(r.effective_from, r.cost_rate, r.cost_per_use) for r in ana.rates] == [
        (None, Decimal(50), Decimal(10)),
        (D(2026, 10, 1), Decimal(55), Decimal(0)),
    ]
    assert (by_name["Sand"].kind, by_name["Sand"].material_unit) == ("material", "t")
    assert by_name["Travel"].kind == "cost"
    keyed = {(a.task_key, by_name_of(again, a.resource_key)): a for a in again.assignments}
    job = keyed["1", "Ana (lead)"]
    assert (job.units, job.work_hours, job.actual_hours) == (1.5, 60.0, {D(2026, 9, 7): 25.0})
    assert keyed["1", "Sand"].units == 2.0
    assert keyed["1", "Travel"].cost_amount == Decimal("450.50")
    build = again.tasks[0]
    assert (build.task_type, build.effort_driven, build.fixed_cost) == (
        "fixed_work",
        True,
        Decimal("99.50"),
    )
    assert (build.priority, build.leveling_delay, build.work_hours) == (800, 2, 60.0)
    # Bo, named on Paint at 0 %, is its owner again and no assignment.
    assert again.tasks[1].owner == "Bo"
    assert all(a.task_key != "2" for a in again.assignments)


def by_name_of(plan: Plan, key: str) -> str:
    return next(r.name for r in plan.resources if r.key == key)


# -- MPXJ ---------------------------------------------------------------------------------


@pytest.mark.skipif(not TESTDATA.is_dir(), reason=f"the shared tools are absent ({TESTDATA})")
def test_mpxj_reads_our_team_as_written(tmp_path: Path) -> None:
    """MPXJ, reading our file, finds the resources, rates, assignments, work, costs and the
    hours worked we wrote (the file as MS Project would open it)."""
    from tests.interchange.mpxj_schedule import MpxjUnavailable, mpxj_python
    from tests.interchange.mpxj_team import read_team

    try:
        python = mpxj_python()
    except MpxjUnavailable as why:
        pytest.skip(str(why))
    path = tmp_path / "fit-out.xml"
    path.write_bytes(write_mspdi(team_plan()))
    team = read_team(python, path)
    resources = {r["name"]: r for r in team["resources"]}
    ana = resources["Ana (lead)"]
    assert (ana["type"], ana["max_units"], ana["group"]) == ("WORK", 80.0, "Engineer")
    assert [(e["standard_rate"], e["cost_per_use"]) for e in ana["rates"]] == [
        (50.0, 10.0),
        (55.0, 0.0),
    ]
    assert ana["rates"][1]["start"].startswith("2026-10-01")
    assert [resources[n]["type"] for n in ("Sand", "Travel", "Bo")] == ["MATERIAL", "COST", "WORK"]
    jobs = {(j["task"], j["resource"]): j for j in team["assignments"]}
    build = jobs["Build", "Ana (lead)"]
    assert (build["units"], build["work_hours"], build["actual_work_hours"]) == (150.0, 60.0, 25.0)
    assert sum(h for _, h in build["actual"]) == 25.0
    assert jobs["Build", "Travel"]["cost"] == 450.5
    assert (jobs["Paint", "Bo"]["units"], jobs["Paint", "Bo"]["work_hours"]) == (0.0, 0.0)
    assert jobs["Build", "Sand"]["units"] == 200.0
    tasks = {t["name"]: t for t in team["tasks"]}
    assert tasks["Build"]["type"] == "FIXED_WORK"
    assert (tasks["Build"]["work_hours"], tasks["Build"]["cost"]) == (60.0, 3159.5)
    assert (tasks["Build"]["fixed_cost"], tasks["Build"]["priority"]) == (99.5, 800)
    assert tasks["Build"]["effort_driven"] is True
